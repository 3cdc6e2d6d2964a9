import LumbungCore

/// Who may call a route. The router admits the caller before the handler runs; the OpenAPI
/// `security` and the role matrix test read the same rule.
enum RouteAccess: Sendable, Equatable {
    /// Anyone; an `Authorization` header is not looked at.
    case open
    /// Anyone; a token that is sent must be valid (an unknown or revoked one is 401).
    case openOrToken
    /// Any valid token; the handler narrows what it sees (`refused`: when a valid token is still 403).
    case token(refused: String)
    /// Any valid token but an assistant's (assistants write for outlets, they do not register them); the
    /// handler narrows the rest (`refused`: when a valid token is still 403).
    case tokenExceptAssistant(refused: String)
    /// An admin or an officer (never a shopkeeper or an assistant); the handler narrows an officer to its region (`refused`: when 403).
    case staff(refused: String)
    /// An admin only.
    case admin
    /// The shopkeeper of the `{id}` outlet's cooperative, an assistant of that cooperative, an officer over its
    /// village, or an admin.
    case outletOperator
    /// A web page or form; a signed-in session is checked by the page itself (cookie, not bearer token).
    case webSession
    /// The SMS gateway; the handler checks the webhook signature.
    case signedWebhook

    /// What the OpenAPI description says about this rule.
    var openAPI: OpenAPIOperation.Access {
        switch self {
        case .open, .webSession, .signedWebhook: return .open
        case .openOrToken: return .optionalToken
        case .token(let refused), .tokenExceptAssistant(let refused), .staff(let refused): return .token(refused: refused)
        case .admin: return .token(refused: "Not an admin")
        case .outletOperator: return .token(refused: Self.operatorRefused)
        }
    }

    /// Whether a valid token of `role` passes the rule's role check (scopes are checked later).
    func admitsRole(_ role: Role) -> Bool {
        switch self {
        case .open, .openOrToken, .token, .outletOperator, .webSession, .signedWebhook: return true
        case .tokenExceptAssistant: return role != .assistant
        case .staff: return role == .admin || role == .officer
        case .admin: return role == .admin
        }
    }

    /// Whether the rule asks for a bearer token at all.
    var requiresToken: Bool {
        switch self {
        case .open, .openOrToken, .webSession, .signedWebhook: return false
        case .token, .tokenExceptAssistant, .staff, .admin, .outletOperator: return true
        }
    }

    /// When a valid token may not write for an outlet.
    static let operatorRefused =
        "Neither the shopkeeper or an assistant of the outlet's cooperative, nor an officer over its village, nor an admin"
}
