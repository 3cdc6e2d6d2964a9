import LumbungCore

extension DomainError {
    /// A list cursor that this storage did not hand out (the API answers 400 naming `cursor`).
    public static let unknownCursor = DomainError.invalid(field: "cursor", message: "is not a cursor from this API")
}
