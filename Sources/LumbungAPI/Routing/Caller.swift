import LumbungCore
import MicroHTTP

/// Who is calling, as the route's access rule established before its handler runs.
struct Caller: Sendable {
    /// The token's principal; nil for the public.
    let principal: Principal?
    /// The `{id}` outlet the caller may operate, for `outletOperator` routes.
    let outlet: OutletSummary?

    /// The principal of a route that requires a token.
    func signedIn() throws -> Principal {
        guard let principal else { throw DomainError.unauthenticated }
        return principal
    }

    /// The principal and outlet of an `outletOperator` route.
    func operating() throws -> (principal: Principal, outlet: OutletSummary) {
        guard let principal, let outlet else { throw DomainError.unauthenticated }
        return (principal, outlet)
    }
}

extension LumbungAPI {
    /// Answers `request` of the admitted `caller` by `route`: runs `handler` (the route's handler bound to this
    /// API), at most once per `Idempotency-Key` when the route honours keys.
    func serve(_ request: Request, by route: RouteDeclaration, as caller: Caller,
               handler: (Request, Caller) throws -> Response) throws -> Response {
        guard route.idempotency == .byKey, let principal = caller.principal else { return try handler(request, caller) }
        return try idempotent(request, principal) { try handler(request, caller) }
    }

    /// Why `access` turns a valid token of the wrong role away.
    private static func refusal(by access: RouteAccess) -> String {
        switch access {
        case .admin: return "Only an admin token may do this."
        case .tokenExceptAssistant: return "An assistant writes stock, prices and thresholds of its outlets but may not do this."
        default: return "Only admin and officer tokens may do this."
        }
    }

    /// The caller of `request` if `access` lets it in; 401 or 403 (404 for an unknown outlet) otherwise.
    func admit(_ request: Request, _ access: RouteAccess) throws -> Caller {
        switch access {
        case .open, .webSession, .signedWebhook:
            return Caller(principal: nil, outlet: nil)
        case .openOrToken:
            return Caller(principal: try principal(request), outlet: nil)
        case .outletOperator:
            let (principal, outlet) = try outletOperator(request)
            return Caller(principal: principal, outlet: outlet)
        case .token, .tokenExceptAssistant, .staff, .admin:
            let principal = try requirePrincipal(request)
            guard access.admitsRole(principal.role) else { throw DomainError.forbidden(Self.refusal(by: access)) }
            return Caller(principal: principal, outlet: nil)
        }
    }
}
