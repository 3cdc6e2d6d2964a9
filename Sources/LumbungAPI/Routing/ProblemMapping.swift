import LumbungCore
import MicroHTTP

/// The one table from domain errors to HTTP problem details.
enum ProblemMapping {
    /// The problem for a thrown error, or nil when it is not a known domain error (→ 500).
    static func problem(for error: any Error) -> Problem? {
        if let failure = error as? any StorageFailure, let reason = failure.unavailability {
            return storageUnavailable(reason)
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

    /// Seconds a client is asked to wait before retrying when the storage is unavailable.
    static let storageRetrySeconds = 5

    /// `503 storage_unavailable` with `Retry-After`, saying why in plain words.
    static func storageUnavailable(_ reason: StorageUnavailability) -> Problem {
        let detail: String
        switch reason {
        case .full: detail = "The database disk is full; nothing was written."
        case .readOnly: detail = "The database cannot be written at the moment; nothing was written."
        case .ioError: detail = "The database could not read or write its files; nothing was written."
        case .overBudget: detail = "The query took longer than the server allows; retry later or ask for less."
        case .unreachable: detail = "The database server cannot be reached; nothing was written."
        }
        return Problem(status: 503, code: "storage_unavailable", title: "Storage unavailable", detail: detail,
                       extra: [("reason", .string(reason.rawValue))],
                       headers: HTTPHeaders([("Retry-After", String(storageRetrySeconds))]))
    }
}
