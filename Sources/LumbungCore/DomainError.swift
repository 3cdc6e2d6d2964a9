/// A domain failure with a stable code and no HTTP in sight; the API maps codes to statuses.
public enum DomainError: Error, Hashable, CustomStringConvertible {
    /// Well-formed input with invalid values.
    case invalid([FieldError])
    /// The named thing does not exist.
    case notFound(String)
    /// A uniqueness or state conflict.
    case conflict(String)
    /// A sale or adjustment would make the balance negative; `available` is the current balance.
    case insufficientStock(available: Quantity)
    /// The caller is known but may not do this.
    case forbidden(String)
    /// The caller is not known.
    case unauthenticated
    /// The same idempotency key was sent with a different request.
    case idempotencyKeyReused

    /// A single invalid field.
    public static func invalid(field: String, message: String) -> DomainError {
        .invalid([FieldError(field: field, message: message)])
    }

    /// The stable snake_case code, e.g. `insufficient_stock`.
    public var code: String {
        switch self {
        case .invalid: return "invalid"
        case .notFound: return "not_found"
        case .conflict: return "conflict"
        case .insufficientStock: return "insufficient_stock"
        case .forbidden: return "forbidden"
        case .unauthenticated: return "unauthenticated"
        case .idempotencyKeyReused: return "idempotency_key_reused"
        }
    }

    /// A plain-English explanation suitable for a problem `detail`.
    public var message: String {
        switch self {
        case .invalid(let errors):
            return errors.isEmpty ? "Invalid request." : errors.map(\.description).joined(separator: "; ")
        case .notFound(let what): return what
        case .conflict(let what): return what
        case .insufficientStock(let available): return "Not enough stock: \(available) available."
        case .forbidden(let what): return what
        case .unauthenticated: return "Authentication required."
        case .idempotencyKeyReused: return "Idempotency-Key was already used with a different request."
        }
    }

    /// `code: message`.
    public var description: String { "\(code): \(message)" }
}
