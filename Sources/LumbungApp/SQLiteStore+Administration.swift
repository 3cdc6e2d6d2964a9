import Foundation
import LumbungAPI
import LumbungCore
import LumbungStore

extension SQLiteStore {
    /// Issues a token exactly as `POST /v1/tokens` does; returns its id and its secret. `cooperativeIDs`
    /// is an assistant's list (nil for other roles).
    public func issueToken(role: String, name: String, region: String?, cooperativeID: String?,
                           cooperativeIDs: [String]? = nil) throws -> (id: String, secret: String) {
        let issued = try TokenIssuer(storage: self).issue(
            fields: [("name", name), ("role", role), ("region", region), ("cooperativeId", cooperativeID)],
            cooperativeIDs: cooperativeIDs, now: SystemClock().now())
        return (issued.token.id, issued.secret)
    }

    /// Imports a region list file (CSV `kode,nama`) exactly as `POST /v1/regions/import` does;
    /// returns the number of regions.
    public func importRegions(file path: String) throws -> Int {
        try importRegions(csv: try Self.contents(of: path))
    }

    /// The bytes of a file; throws naming it when it cannot be read.
    static func contents(of path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandError(description: "cannot read \(path)") }
        return Array(data)
    }
}
