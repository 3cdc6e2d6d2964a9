/// The stored facts an early-warning report is computed from, read in one consistent snapshot:
/// every outlet's price at the start of the 31-day window and the reports observed during it.
public struct EarlyWarningSnapshot: Sendable, Hashable {
    /// The commodity and regions reported on.
    public let subject: PriceReportSubject
    /// The commodity's bands in force by the end of the report day.
    public let bands: [Band]
    /// The village of each outlet that reported by the end of the window (indexed like `opening`).
    public let villages: [RegionCode]
    /// Each outlet's latest price observed before the window starts, nil when it had none yet.
    public let opening: [Money?]
    /// The reports observed during the window, in any order (`outlet` indexes `villages`).
    public let changes: [PriceChange]
    /// The rows' histories read from stored distributions (then `villages`, `opening` and `changes`
    /// are empty); nil when the report replays the reports.
    public let histories: RegionHistories?

    /// A report's inputs.
    public init(subject: PriceReportSubject, bands: [Band], villages: [RegionCode], opening: [Money?],
                changes: [PriceChange]) {
        self.subject = subject
        self.bands = bands
        self.villages = villages
        self.opening = opening
        self.changes = changes
        histories = nil
    }

    /// A report's inputs as the rows' histories through the window.
    public init(subject: PriceReportSubject, bands: [Band], histories: RegionHistories) {
        self.subject = subject
        self.bands = bands
        villages = []
        opening = []
        changes = []
        self.histories = histories
    }
}
