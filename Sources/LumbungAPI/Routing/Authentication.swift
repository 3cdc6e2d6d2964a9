import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The caller behind `Authorization: Bearer …` (an API token), or `Authorization: Session …` (a web page
    /// session, as the web pages pass it on; see `WebSession.bearer`), or nil for the public. An unknown,
    /// revoked or ended credential is refused rather than treated as public.
    func principal(_ request: Request) throws -> Principal? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { throw DomainError.unauthenticated }
        let secret = String(parts[1]).trimmingBlanks()
        guard !secret.isEmpty, secret.utf8.count <= 256 else { throw DomainError.unauthenticated }
        let found: Principal?
        switch parts[0].lowercased() {
        case "bearer": found = try storage.principal(secretHash: TokenSecret.hash(secret))
        case WebSession.scheme: found = try storage.webSession(secretHash: TokenSecret.hash(secret), at: clock.now())?.principal
        default: found = nil
        }
        guard let found else { throw DomainError.unauthenticated }
        return found
    }

    /// The caller, who must hold a valid token.
    func requirePrincipal(_ request: Request) throws -> Principal {
        guard let principal = try principal(request) else { throw DomainError.unauthenticated }
        return principal
    }
}
