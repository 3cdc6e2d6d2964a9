import LumbungCore

/// Settings of the API that are not about HTTP transport.
public struct APIConfiguration: Sendable {
    /// The largest CSV body accepted by imports.
    public var csvBodyLimit: Int = 16 << 20
    /// The time zone in which days are cut for reports.
    public var reportTimeZone: String = "Asia/Jakarta"
    /// Hours without a price report after which an outlet holding stock gets a stale-price alert.
    public var staleAfterHours: Int = 48
    /// The week-on-week rises at which the early-warning levels start.
    public var earlyWarningThresholds: WarningThresholds = .standard
    /// Seconds between keep-alive comments on an idle alert event stream.
    public var streamKeepAliveSeconds: Int = 15
    /// The most alert streams one token may hold open (more → 429).
    public var streamsPerToken: Int = 8
    /// The most alert streams open in the whole server (more → 429); below the connection limit, so ordinary
    /// requests always find a connection slot.
    public var streamLimit: Int = 512
    /// The most report requests one client address may have running at once (more → 429).
    public var expensiveRequestsPerClient: Int = 1
    /// The most report requests running at once in the whole server (more → 429); keep it below the worker
    /// threads so cheap requests always find a free worker.
    public var expensiveRequestsAtOnce: Int = 1
    /// Run when the last running report request has answered (the server hands freed memory back to the
    /// system there: a report's rows are the largest allocations it makes).
    public var afterExpensiveRequests: @Sendable () -> Void = {}
    /// The secret the SMS gateway signs its webhook calls with; nil switches the webhook off (404).
    public var smsWebhookSecret: String?

    /// The defaults.
    public init() {}

    /// How regional price rises are judged under these settings.
    public var earlyWarning: EarlyWarningPolicy {
        EarlyWarningPolicy(thresholds: earlyWarningThresholds, zone: ReportTimeZone(identifier: reportTimeZone) ?? .jakarta)
    }
}
