import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /masuk` `token`, `ke`: checks the token, opens a session of its own (kept in the cookie, the token
    /// is not) and opens the page asked for (`/gerai` or `/dinas`); an unknown token gets the form again with an
    /// explanation.
    func signIn(_ request: Request) throws -> Response {
        try explaining(.shopkeeper) {
            let form = try WebForm(request)
            let area = WebArea(signInTarget: form["ke"])
            guard WebSession.isSameSite(request) else { throw WebRefusal.forgedForm }
            guard let secret = form["token"] else {
                return SignInView.page(area, message: "Isi token Anda.", status: 422).response
            }
            let principal: Principal
            do {
                var asToken = request
                asToken.headers.set("Authorization", "Bearer \(secret)")
                principal = try requirePrincipal(asToken)
            } catch DomainError.unauthenticated {
                return SignInView.page(area, message: "Token tidak dikenal atau sudah dicabut. Periksa lagi token Anda.",
                                       status: 401).response
            }
            let session = TokenSecret.generate()
            let now = clock.now()
            try storage.startWebSession(secretHash: TokenSecret.hash(session), tokenID: principal.tokenID,
                                        formKey: WebSession.formToken(forToken: secret), at: now,
                                        until: now.adding(milliseconds: Int64(WebSession.cookieLifetimeSeconds) * 1000))
            return WebPage.redirect(to: area.path, cookie: WebSession.cookie(keeping: session, for: request))
        }
    }

    /// `POST /keluar`: ends the session, forgets its cookie and goes back to the stock check.
    func signOut(_ request: Request) throws -> Response {
        try explaining(.member) {
            if let session = try? webSession(request) {
                try session.verify(try WebForm(request), of: request)
                try storage.endWebSession(secretHash: TokenSecret.hash(session.secret), at: clock.now())
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
    /// `unauthenticated` when the session is unknown, ended or expired, or its token revoked.
    func webSession(_ request: Request) throws -> WebSession? {
        guard let secret = WebSession.cookieSecret(request) else { return nil }
        return try webSession(secret: secret)
    }

    /// The live stored session of `secret`.
    private func webSession(secret: String) throws -> WebSession {
        guard secret.utf8.count <= 256,
              let live = try storage.webSession(secretHash: TokenSecret.hash(secret), at: clock.now()) else {
            throw DomainError.unauthenticated
        }
        return WebSession(secret: secret, principal: live.principal, formToken: live.formKey)
    }
}
