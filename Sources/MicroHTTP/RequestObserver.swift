/// Told about every answered request, e.g. to count it in metrics.
public protocol RequestObserver: Sendable {
    /// One request was answered; `route` is the matched route (its template names it), or nil when none matched.
    func observe(method: String, route: Route?, status: Int, seconds: Double)
}
