import LumbungCore

extension LumbungAPI {
    /// Runs a list query; a cursor the storage does not recognise becomes `400 malformed` naming `cursor`.
    func listing<T>(_ query: () throws -> T) throws -> T {
        do {
            return try query()
        } catch DomainError.invalid(let fields) where fields.allSatisfy({ $0.field == "cursor" }) {
            throw QueryReader.malformed("cursor", "is not a cursor from this API")
        }
    }
}
