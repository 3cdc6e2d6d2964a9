/// What the service needs to know about its storage to report health and size.
public protocol StorageHealth: Sendable {
    /// Throws when the storage cannot answer a trivial query.
    func check() throws
    /// Why writes cannot succeed now (read-only, disk full after a failed write), or nil when they can.
    var writeProblem: StorageUnavailability? { get }
    /// The size of the stored data in bytes.
    func sizeInBytes() throws -> Int64
    /// A number that grows with every committed write: equal values mean nothing changed in between.
    var changeGeneration: UInt64 { get }
}
