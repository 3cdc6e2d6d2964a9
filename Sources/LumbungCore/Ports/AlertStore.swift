/// Storage of alerts and their append-only event trails.
public protocol AlertStore: Sendable {
    /// Alerts passing `filter`, newest opened first.
    func alerts(_ filter: AlertFilter, page: PageRequest) throws -> Page<Alert>

    /// One alert and its events in order, or nil.
    func alertDetail(id: String) throws -> (alert: Alert, events: [AlertEvent])?

    /// Records an acknowledgement (open or resolved alerts); returns the alert and its events after it.
    /// Throws `notFound`.
    func acknowledgeAlert(id: String, note: String?, context: WriteContext) throws -> (alert: Alert, events: [AlertEvent])

    /// Resolves an open alert by hand; returns the alert and its events after it. Throws `notFound`,
    /// or `conflict` when it is already resolved.
    func resolveAlert(id: String, note: String?, context: WriteContext) throws -> (alert: Alert, events: [AlertEvent])

    /// Events after `seq` of alerts passing `filter` (its `status` is ignored), oldest first, each
    /// with its alert as it is now.
    func alertEvents(after seq: Int64, filter: AlertFilter, limit: Int) throws -> [(event: AlertEvent, alert: Alert)]

    /// How many alerts of each kind are open (kinds without open alerts are absent).
    func openAlertCounts() throws -> [AlertKind: Int]

    /// The greatest event position so far (0 when there is none).
    func latestAlertEventSeq() throws -> Int64
}
