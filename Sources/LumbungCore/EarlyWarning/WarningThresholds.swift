/// The week-on-week rises, in percent, at which the warning levels start.
public struct WarningThresholds: Sendable, Hashable {
    /// Where `waspada` starts.
    public let waspada: Double
    /// Where `siaga` starts.
    public let siaga: Double
    /// Where `awas` starts.
    public let awas: Double

    /// The defaults: 8, 12 and 20 %.
    public static let standard = WarningThresholds(waspada: 8, siaga: 12, awas: 20)!

    /// Thresholds that are positive, finite and strictly increasing; nil otherwise.
    public init?(waspada: Double, siaga: Double, awas: Double) {
        guard waspada.isFinite, awas.isFinite, waspada > 0, waspada < siaga, siaga < awas, awas <= 1000 else { return nil }
        self.waspada = waspada
        self.siaga = siaga
        self.awas = awas
    }

    /// Parses `8,12,20` (the setting's text form); nil when it is not three valid thresholds.
    public init?(_ text: String) {
        let numbers = text.split(separator: ",").map { Double(String($0).trimmingBlanks()) }
        guard numbers.count == 3, let waspada = numbers[0], let siaga = numbers[1], let awas = numbers[2] else { return nil }
        self.init(waspada: waspada, siaga: siaga, awas: awas)
    }

    /// The week-on-week change from `weekAgo` to `now` (percent, one decimal) and its level; both nil
    /// when either median is missing.
    public func judge(weekAgo: Money?, now: Money?) -> (changeWeek: Double?, level: WarningLevel?) {
        let change = PercentChange.between(weekAgo, now)
        return (change, change.map(level))
    }

    /// The level of a week-on-week change in percent.
    public func level(_ changeWeek: Double) -> WarningLevel {
        if changeWeek >= awas { return .awas }
        if changeWeek >= siaga { return .siaga }
        if changeWeek >= waspada { return .waspada }
        return .normal
    }
}
