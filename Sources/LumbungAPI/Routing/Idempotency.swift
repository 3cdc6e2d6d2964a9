import Crypto
import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// Runs a writing handler at most once per (token, `Idempotency-Key`): a repeat with the same
    /// body replays the first answer with `Idempotent-Replayed: true`; another body is refused.
    func idempotent(_ request: Request, _ principal: Principal, _ write: () throws -> Response) throws -> Response {
        guard let key = request.headers["Idempotency-Key"] else { return try write() }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            throw Problem.malformed("Idempotency-Key must be 1 to 255 printable ASCII characters.")
        }
        var hasher = SHA256()
        hasher.update(data: Array("\(request.method) \(request.path)\n".utf8))
        hasher.update(data: request.body)
        let outcome = try storage.once(scope: principal.tokenID, key: key, requestHash: TokenSecret.hex(hasher.finalize()),
                                       now: clock.now()) {
            let response = try write()
            let kept = response.headers.filter { ["content-type", "location"].contains($0.name.lowercased()) }
            return StoredResponse(status: response.status, headers: kept.map { [$0.name, $0.value] }, body: response.body)
        }
        var response = Response(status: outcome.response.status,
                                headers: HTTPHeaders(outcome.response.headers.map { ($0[0], $0[1]) }),
                                body: outcome.response.body)
        if outcome.replayed { response.headers.set("Idempotent-Replayed", "true") }
        return response
    }
}
