import Foundation

/// Files the commands read.
enum LocalFile {
    /// The bytes of a file; throws naming it when it cannot be read.
    static func contents(of path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError(description: "cannot read \(path)") }
        return Array(data)
    }
}
