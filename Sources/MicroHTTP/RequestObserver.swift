/// Told about every answered request, e.g. to count it in metrics.
public protocol RequestObserver: Sendable {
    /// One request was answered; `route` is the matched template, or nil when no route matched.
    func observe(method: String, route: String?, status: Int, seconds: Double)
}
