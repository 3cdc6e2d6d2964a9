import MicroHTTP

/// What a cached stock check is kept under: the query string as it arrived when the server has it (no decoding,
/// sorting or building per request, and equal raw strings decode to equal queries), else the decoded query
/// (equal dictionaries are the same question whatever order or escaping the parameters came in).
/// The two never match each other, so a question asked both ways is at worst kept twice.
enum AvailabilityCacheKey: Hashable, Sendable {
    case raw(String)
    case decoded([String: String])

    /// The key of `request`'s query.
    init(_ request: Request) {
        if let raw = request.rawQuery { self = .raw(raw) } else { self = .decoded(request.query) }
    }
}
