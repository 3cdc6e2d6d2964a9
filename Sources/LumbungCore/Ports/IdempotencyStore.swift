/// A response kept so a retried write can be answered without writing again.
public struct StoredResponse: Sendable, Equatable {
    /// The HTTP status of the first answer.
    public let status: Int
    /// Header fields worth replaying (e.g. `Content-Type`), as name/value pairs.
    public let headers: [[String]]
    /// The body of the first answer.
    public let body: [UInt8]

    /// A response to keep.
    public init(status: Int, headers: [[String]], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Runs writes at most once per (token, idempotency key).
public protocol IdempotencyStore: Sendable {
    /// Runs `write` and keeps its response under (scope, key) in the same transaction, or returns
    /// the kept response (`replayed` true) without running it. A concurrent repeat waits for the
    /// first to finish. Throws `idempotencyKeyReused` when the key was used for another request.
    func once(scope: String, key: String, requestHash: String, now: Timestamp,
              _ write: () throws -> StoredResponse) throws -> (response: StoredResponse, replayed: Bool)
}
