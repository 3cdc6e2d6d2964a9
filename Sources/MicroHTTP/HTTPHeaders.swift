/// An ordered list of header fields with case-insensitive lookup.
public struct HTTPHeaders: Sendable, Sequence {
    private var fields: [(name: String, value: String)] = []

    /// An empty list.
    public init() {}

    /// A list holding the given fields in order.
    public init(_ fields: [(String, String)]) {
        self.fields = fields.map { (name: $0.0, value: $0.1) }
    }

    /// A list holding the given fields in order, taken as they are.
    init(fields: [(name: String, value: String)]) {
        self.fields = fields
    }

    /// The first value of the field `name` (case-insensitive), or nil.
    public subscript(name: String) -> String? {
        fields.first { Self.sameName($0.name, name) }?.value
    }

    /// Every value of the field `name` (case-insensitive), in order.
    public func values(of name: String) -> [String] {
        fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    /// How many fields are named `name` (case-insensitive).
    public func count(of name: String) -> Int {
        fields.reduce(0) { $0 + (Self.sameName($1.name, name) ? 1 : 0) }
    }

    /// Appends a field, keeping any others of the same name.
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name, value))
    }

    /// Replaces every field named `name` with one holding `value`.
    public mutating func set(_ name: String, _ value: String) {
        // Removing looks first: a response's fields are often shared (a response built once), and removing
        // nothing from a shared list would still copy it.
        if fields.contains(where: { Self.sameName($0.name, name) }) { fields.removeAll { Self.sameName($0.name, name) } }
        fields.append((name, value))
    }

    /// Whether `other` holds its fields in the very same storage (a copy of this list, not changed since).
    func sharesStorage(with other: HTTPHeaders) -> Bool {
        fields.count == other.fields.count && fields.withUnsafeBufferPointer { one in
            other.fields.withUnsafeBufferPointer { $0.baseAddress == one.baseAddress }
        }
    }

    /// True when two field names are equal ignoring ASCII case (compared in place, nothing allocated).
    static func sameName(_ first: String, _ second: String) -> Bool {
        guard first.utf8.count == second.utf8.count else { return false }
        let compared = first.utf8.withContiguousStorageIfAvailable { one in
            second.utf8.withContiguousStorageIfAvailable { other in
                zip(one, other).allSatisfy { sameLetter($0, $1) }
            }
        }
        return (compared ?? nil) ?? zip(first.utf8, second.utf8).allSatisfy { sameLetter($0, $1) }
    }

    /// True when two bytes are equal, or the same ASCII letter in either case.
    private static func sameLetter(_ one: UInt8, _ other: UInt8) -> Bool {
        one == other || (one | 0x20 == other | 0x20 && (one | 0x20) >= 0x61 && (one | 0x20) <= 0x7A)
    }

    /// Iterates the fields in order.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }
}
