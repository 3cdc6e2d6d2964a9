import MicroHTTP

/// Writes from forms happen once: each rendered form carries a fresh random key that becomes the
/// `Idempotency-Key` of the same write path the API uses, so a double tap or a resend writes once.
enum WebOnce {
    /// The name of the hidden field holding the key.
    static let field = "kunci"
}

extension LumbungAPI {
    /// Runs `write` at most once per form key of the signed-in token; a resend of the same form
    /// gets the first answer again without writing.
    func once(_ request: Request, _ session: WebSession, _ form: WebForm, _ write: () throws -> Response) throws -> Response {
        guard let key = form[WebOnce.field] else { throw WebRefusal.forgedForm }
        var keyed = session.bearer(request)
        keyed.headers.set("Idempotency-Key", key)
        return try idempotent(keyed, session.principal, write)
    }
}
