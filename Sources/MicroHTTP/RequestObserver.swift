/// Told about every answered request, e.g. to count it in metrics. Class-bound: the server holds an observer by one
/// reference, which a request reads without copying an existential box.
public protocol RequestObserver: AnyObject, Sendable {
    /// One request was answered; `route` is the matched route (its template names it), or nil when none matched.
    func observe(method: String, route: Route?, status: Int, seconds: Double)
}
