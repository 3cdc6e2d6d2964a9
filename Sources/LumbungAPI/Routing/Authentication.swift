import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The caller behind `Authorization: Bearer …` (an API token), or `Authorization: Session …` (a web page
    /// session, as the web pages pass it on; see `WebSession.bearer`), or nil for the public. An unknown,
    /// revoked or ended credential is refused rather than treated as public.
    func principal(_ request: Request) throws -> Principal? {
        try credential(request, outletID: nil)?.principal
    }

    /// The caller of `request`, who must hold a valid credential, and the outlet `outletID` (nil when there is
    /// none); an API token's principal and the outlet are read together (a writing request's admission needs both).
    func principal(_ request: Request, outletID: String) throws -> (principal: Principal, outlet: OutletSummary?) {
        guard let found = try credential(request, outletID: outletID) else { throw DomainError.unauthenticated }
        return found
    }

    /// The caller behind the `Authorization` header as `principal(_:)` describes it, with the outlet `outletID`
    /// when one is asked for; nil for the public.
    private func credential(_ request: Request, outletID: String?) throws -> (principal: Principal, outlet: OutletSummary?)? {
        guard let header = request.headers["Authorization"] else { return nil }
        // The scheme ends at the first space (cut on the bytes: a space is ASCII, so never inside a character).
        guard let space = header.utf8.firstIndex(of: UInt8(ascii: " ")), space != header.utf8.startIndex
        else { throw DomainError.unauthenticated }
        let secret = String(header[header.utf8.index(after: space)...]).trimmingBlanks()
        guard !secret.isEmpty, secret.utf8.count <= 256 else { throw DomainError.unauthenticated }
        let found: (principal: Principal, outlet: OutletSummary?)?
        switch header[..<space].lowercased() {
        case "bearer" where outletID != nil:
            let read = try storage.principal(secretHash: TokenSecret.hash(secret), outletID: outletID ?? "")
            found = read.principal.map { ($0, read.outlet) }
        case "bearer":
            found = try storage.principal(secretHash: TokenSecret.hash(secret)).map { ($0, nil) }
        case WebSession.scheme:
            found = try storage.webSession(secretHash: TokenSecret.hash(secret), at: clock.now()).map {
                ($0.principal, try outletID.flatMap(storage.outletSummary(id:)))
            }
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
