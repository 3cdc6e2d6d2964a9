import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/tokens` (admin): issues a token. Its secret is shown in this answer only: a replay
    /// of the same Idempotency-Key answers with `token` null, since only a hash of the secret is kept.
    func createToken(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        var body = try BodyReader(request)
        var issued: (token: AccessToken, secret: String)?
        let response = try idempotent(request, principal) {
            let fresh = try TokenIssuer(storage: storage).issue(reading: &body, now: clock.now())
            issued = fresh
            return .json(TokenJSON.created(fresh.token, secret: nil), status: 201)
        }
        guard let issued else { return response }
        return .json(TokenJSON.created(issued.token, secret: issued.secret), status: 201)
    }

    /// `GET /v1/tokens` (admin): the live tokens, without secrets.
    func listTokens(_ request: Request) throws -> Response {
        let page = try QueryReader(request: request).page()
        return .json(try storage.tokens(page: page).json(TokenJSON.listed))
    }

    /// `DELETE /v1/tokens/{id}` (admin): revokes a token at once and ends its open alert streams.
    func revokeToken(_ request: Request) throws -> Response {
        let id = request.parameters["id"] ?? ""
        guard try storage.revokeToken(id: id, at: clock.now()) else { throw DomainError.notFound("No live token \(id).") }
        alertEvents.endStreams(ofToken: id)  // by id: the revocation is not committed yet while its group runs
        return .empty()
    }
}
