import Crypto
import LumbungCore
import MicroHTTP

/// A person signed in to the web pages: the secret of their session (kept in the cookie; the token they signed
/// in with never leaves the sign-in form), and whom it names.
struct WebSession {
    /// The name of the session cookie.
    static let cookieName = "lumbung_sesi"
    /// How long a session and its cookie last: 30 days (signing out or revoking the token ends it at once).
    static let cookieLifetimeSeconds = 30 * 24 * 60 * 60
    /// The `Authorization` scheme under which the web pages pass a session on to the API's handlers.
    static let scheme = "session"
    /// The name of the hidden field that carries `formToken`.
    static let formTokenField = "csrf"

    /// The session's secret, as kept in the cookie.
    let secret: String
    /// Whom the token names.
    let principal: Principal
    /// The anti-forgery value every form of this session carries (see `formToken(forToken:)`).
    let formToken: String

    /// The anti-forgery value of the sessions of a token: a hash of the token's secret under a label of its own,
    /// which another site can neither read nor compute. Every session of one token shares it, so a form kept
    /// on a phone while signed out is still accepted after signing in again.
    static func formToken(forToken tokenSecret: String) -> String {
        TokenSecret.hex(SHA256.hash(data: Array("lumbung-form\n\(tokenSecret)".utf8)))
    }

    /// The request as the API sees a caller: the cookie's session as its credential.
    func bearer(_ request: Request) -> Request {
        Self.bearer(request, secret: secret)
    }

    /// `request` with the session `secret` as its credential (`Authorization: Session …`).
    static func bearer(_ request: Request, secret: String) -> Request {
        var request = request
        request.headers.set("Authorization", "Session \(secret)")
        return request
    }

    /// Refuses a form that lacks this session's `formToken` or was sent from another site.
    func verify(_ form: WebForm, of request: Request) throws {
        let expected = Array(formToken.utf8)
        let given = Array((form[Self.formTokenField] ?? "").utf8)
        var difference = UInt8(expected.count == given.count ? 0 : 1)
        for (left, right) in zip(expected, given) { difference |= left ^ right }
        guard difference == 0, Self.isSameSite(request) else { throw WebRefusal.forgedForm }
    }

    /// The session secret in the request's cookie, if there is one.
    static func cookieSecret(_ request: Request) -> String? {
        guard let header = request.headers["Cookie"] else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, String(parts[0]).trimmingBlanks() == cookieName {
                let value = String(parts[1]).trimmingBlanks()
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// The `Set-Cookie` value that keeps `secret` (or, for nil, forgets the session): readable by
    /// no script, sent by the browser only on requests from this site, `Secure` behind HTTPS.
    static func cookie(keeping secret: String?, for request: Request) -> String {
        let secure = request.headers["X-Forwarded-Proto"]?.lowercased() == "https" ? "; Secure" : ""
        let lifetime = secret == nil ? 0 : cookieLifetimeSeconds
        return "\(cookieName)=\(secret ?? ""); Path=/; Max-Age=\(lifetime); HttpOnly; SameSite=Strict\(secure)"
    }

    /// Whether a form post comes from a page of this site: its `Origin`, when the browser sends one,
    /// names the host the request was sent to.
    static func isSameSite(_ request: Request) -> Bool {
        guard let origin = request.headers["Origin"] else { return true }
        guard let separator = origin.firstRange(of: "://") else { return false }
        let host = origin[separator.upperBound...].lowercased()
        let targets = [request.headers["X-Forwarded-Host"], request.headers["Host"]].compactMap { $0?.lowercased() }
        return targets.contains(host)
    }
}
