/// Runs the handlers of writing requests together: several requests' handlers inside one enclosing unit of
/// work (for a database: one transaction, one commit and one fsync), answered only once that unit is done.
public protocol WriteGroups: Sendable {
    /// Runs `requests` in order (each closure answers one request of the group) inside the enclosing unit and
    /// finishes it; may stop early (then the requests not run are answered one by one, outside any group).
    func run(_ requests: [() -> Void]) -> WriteGroupOutcome
}

/// What became of a group: how many of its requests ran and whether their work was kept.
public struct WriteGroupOutcome: Sendable {
    /// How many requests ran, from the first.
    public var ran: Int
    /// Nil when the work of every request that ran is kept; else why none of it was.
    public var failure: (any Error)?

    /// An outcome of `ran` requests, kept unless `failure` says why not.
    public init(ran: Int, failure: (any Error)? = nil) {
        self.ran = ran
        self.failure = failure
    }
}

extension Route {
    /// True for routes that change something (every method but GET and HEAD): with `WriteGroups` they run
    /// on the writer thread in groups instead of on the worker thread that read the request.
    var writes: Bool { method != "GET" && method != "HEAD" }
}
