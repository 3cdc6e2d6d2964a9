import LumbungCore
import MicroHTTP

/// The one table from domain errors to HTTP problem details.
enum ProblemMapping {
    /// The problem for a thrown error, or nil when it is not a known domain error (→ 500).
    static func problem(for error: any Error) -> Problem? {
        if error is StorageUnavailable {
            return Problem(status: 503, code: "storage_unavailable", title: "Storage unavailable",
                           detail: "The database cannot be reached; nothing was written. Try again shortly.",
                           headers: HTTPHeaders([("Retry-After", "1")]))
        }
        guard let error = error as? DomainError else { return nil }
        switch error {
        case .invalid(let fields):
            let errors = JSON.array(fields.map { .object([("field", .string($0.field)), ("message", .string($0.message))]) })
            let detail = fields.map { "\($0.field): \($0.message)" }.joined(separator: "; ")
            return Problem(status: 422, code: "invalid", title: "Invalid request", detail: detail,
                           extra: [("errors", errors)])
        case .notFound(let what):
            return .notFound(what)
        case .conflict(let what):
            return Problem(status: 409, code: "conflict", title: "Conflict", detail: what)
        case .insufficientStock(let available):
            return Problem(status: 409, code: "insufficient_stock", title: "Insufficient stock",
                           detail: "Only \(available) is in stock.", extra: [("available", .number(available.description))])
        case .forbidden(let what):
            return Problem(status: 403, code: "forbidden", title: "Forbidden", detail: what)
        case .unauthenticated:
            return Problem(status: 401, code: "unauthenticated", title: "Unauthenticated",
                           detail: "A valid bearer token is required.",
                           headers: HTTPHeaders([("WWW-Authenticate", "Bearer")]))
        case .idempotencyKeyReused:
            return Problem(status: 422, code: "idempotency_key_reused", title: "Idempotency key reused",
                           detail: "This Idempotency-Key was already used with a different request.")
        }
    }
}
