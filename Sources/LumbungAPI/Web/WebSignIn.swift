import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /masuk` `token`, `ke`: checks the token, keeps it in the session cookie and opens the
    /// page asked for (`/gerai` or `/dinas`); an unknown token gets the form again with an explanation.
    func signIn(_ request: Request) throws -> Response {
        try explaining(.shopkeeper) {
            let form = try WebForm(request)
            let area = WebArea(signInTarget: form["ke"])
            guard WebSession.isSameSite(request) else { throw WebRefusal.forgedForm }
            guard let secret = form["token"] else {
                return SignInView.page(area, message: "Isi token Anda.", status: 422).response
            }
            do {
                _ = try webSession(secret: secret, request)
            } catch DomainError.unauthenticated {
                return SignInView.page(area, message: "Token tidak dikenal atau sudah dicabut. Periksa lagi token Anda.",
                                       status: 401).response
            }
            return WebPage.redirect(to: area.path, cookie: WebSession.cookie(keeping: secret, for: request))
        }
    }

    /// `POST /keluar`: forgets the session cookie and goes back to the stock check.
    func signOut(_ request: Request) throws -> Response {
        try explaining(.member) {
            if let session = try? webSession(request) {
                try session.verify(try WebForm(request), of: request)
            }
            return WebPage.redirect(to: "/", cookie: WebSession.cookie(keeping: nil, for: request))
        }
    }

    /// Answers with `page` for the person signed in by the session cookie, or with the sign-in
    /// form of `area`. Refusals become pages that explain them in Indonesian; the officers' page
    /// refuses shopkeepers and assistants, the assistants' page everyone else.
    func signedIn(_ request: Request, _ area: WebArea, _ page: (WebSession) throws -> Response) throws -> Response {
        let session: WebSession
        do {
            guard let found = try webSession(request) else {
                return SignInView.page(area, status: request.method == "GET" ? 200 : 401).response
            }
            session = found
        } catch DomainError.unauthenticated {
            return SignInView.page(area, message: "Sesi berakhir karena token sudah dicabut. Silakan masuk lagi.",
                                   status: 401, cookie: WebSession.cookie(keeping: nil, for: request)).response
        }
        return try explaining(area, session: session) {
            if area == .officer, session.principal.isCooperativeBound { throw WebRefusal.officersOnly(session.principal.role) }
            if area == .assistant, session.principal.role != .assistant { throw WebRefusal.assistantsOnly }
            return try page(session)
        }
    }

    /// Runs `answer`, turning a refusal into a page of `area` that explains it in Indonesian.
    func explaining(_ area: WebArea, session: WebSession? = nil, _ answer: () throws -> Response) throws -> Response {
        do {
            return try answer()
        } catch {
            guard let explained = WebMessages.explain(error) else { throw error }
            return WebPage.message(explained.message, area: area, status: explained.status,
                                   extra: session.map(WebComponents.sessionBar) ?? .empty).response
        }
    }

    /// The person signed in by the session cookie of `request`: nil without one; throws
    /// `unauthenticated` when its token is unknown or revoked.
    func webSession(_ request: Request) throws -> WebSession? {
        guard let secret = WebSession.cookieSecret(request) else { return nil }
        return try webSession(secret: secret, request)
    }

    /// The session of `secret`, looked up as the API looks up a bearer token.
    private func webSession(secret: String, _ request: Request) throws -> WebSession {
        WebSession(secret: secret, principal: try requirePrincipal(WebSession.bearer(request, secret: secret)))
    }
}
