import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The caller behind `Authorization: Bearer …`, or nil for the public.
    /// An unknown or revoked token is refused rather than treated as public.
    func principal(_ request: Request) throws -> Principal? {
        guard let header = request.headers["Authorization"] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw DomainError.unauthenticated }
        let secret = String(parts[1]).trimmingBlanks()
        guard !secret.isEmpty, secret.utf8.count <= 256,
              let principal = try storage.principal(secretHash: TokenSecret.hash(secret)) else {
            throw DomainError.unauthenticated
        }
        return principal
    }

    /// The caller, who must hold a valid token.
    func requirePrincipal(_ request: Request) throws -> Principal {
        guard let principal = try principal(request) else { throw DomainError.unauthenticated }
        return principal
    }
}
