/// Runs the handlers of writing requests together: several requests' handlers inside one enclosing unit of
/// work (for a database: one transaction, one commit and one fsync), answered only once that unit is done.
public protocol WriteGroups: Sendable {
    /// Runs `handlers` (the group's requests, each answering for itself) inside the enclosing unit and finishes
    /// it. Throws when the unit as a whole failed: then no answer of the group may be sent as a success.
    func run(_ handlers: () -> Void) throws
}

extension Route {
    /// True for routes that change something (every method but GET and HEAD): with `WriteGroups` they run
    /// on the writer thread in groups instead of on the worker thread that read the request.
    var writes: Bool { method != "GET" && method != "HEAD" }
}
