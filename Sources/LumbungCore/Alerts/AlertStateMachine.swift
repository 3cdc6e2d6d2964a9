/// What an open alert shows, or should show: its figure, the band behind it, the sentence for people
/// and (regional kinds) the warning level.
public struct AlertFinding: Sendable, Equatable {
    /// Rupiah (price kinds), thousandths (stock kinds) or tenths of a percent (regional kinds); nil when there is none.
    public var value: Int64?
    /// The band the price was judged against (price kinds).
    public var bandID: String?
    /// The sentence from `AlertMessage.text`.
    public var message: String
    /// The warning level of a regional rise; nil for outlet alerts.
    public var level: WarningLevel?

    /// A finding with its figure, band, sentence and level.
    public init(value: Int64?, bandID: String? = nil, message: String, level: WarningLevel? = nil) {
        self.value = value
        self.bandID = bandID
        self.message = message
        self.level = level
    }
}

/// What to do with the alert of one kind for an outlet's (or a kabupaten/kota's) commodity.
public enum AlertDecision: Sendable, Equatable {
    /// Open a new alert showing the finding.
    case open(AlertFinding)
    /// Change the open alert to show the finding (an `updated` event).
    case update(AlertFinding)
    /// Resolve the open alert, its latest figure `value`.
    case resolve(value: Int64?)
    /// Leave things as they are.
    case keep
}

/// One alert kind a change decides about: the finding wanted (nil when its condition does not hold) and the
/// figure to resolve with otherwise (nil keeps the open alert's own).
public struct AlertCheck: Sendable, Equatable {
    /// The kind decided about.
    public let kind: AlertKind
    /// What the alert should show while its condition holds; nil when it does not.
    public let finding: AlertFinding?
    /// The figure a resolved alert ends with; nil keeps the open alert's.
    public let resolvedValue: Int64?

    /// A check of `kind`.
    public init(kind: AlertKind, finding: AlertFinding?, resolvedValue: Int64?) {
        self.kind = kind
        self.finding = finding
        self.resolvedValue = resolvedValue
    }

    /// The decision given the open alert of this kind, if any: open when the condition begins, update when
    /// what it shows changed, resolve when the condition ended, otherwise keep.
    public func decide(open: AlertFinding?) -> AlertDecision {
        switch (open, finding) {
        case (nil, let wanted?): return .open(wanted)
        case (let current?, let wanted?): return current == wanted ? .keep : .update(wanted)
        case (let current?, nil): return .resolve(value: resolvedValue ?? current.value)
        case (nil, nil): return .keep
        }
    }
}

/// Which alerts a balance or a price calls for, in the order they are to be applied.
public enum AlertStateMachine {
    /// The stock checks after a balance or threshold change: the stock kind the balance does not call for is
    /// resolved, a stale-price alert ends when the stock is gone, and the wanted kind opens or updates.
    public static func stockChecks(balance: Quantity, threshold: Quantity?, commodityName: String, outletName: String,
                                   unit: String) -> [AlertCheck] {
        let wanted = StockCondition.evaluate(balance: balance, lowThreshold: threshold)
        var checks = [AlertKind.outOfStock, .lowStock].filter { $0 != wanted }.map {
            AlertCheck(kind: $0, finding: nil, resolvedValue: balance.thousandths)
        }
        if balance.isZero { checks.append(AlertCheck(kind: .stalePrice, finding: nil, resolvedValue: nil)) }
        if let wanted {
            let message = AlertMessage.text(kind: wanted, commodityName: commodityName, outletName: outletName,
                                            value: .quantity(balance), threshold: threshold, unit: unit)
            checks.append(AlertCheck(kind: wanted, finding: AlertFinding(value: balance.thousandths, message: message),
                                     resolvedValue: nil))
        }
        return checks
    }

    /// The price checks after a price or band change: the price kind the status does not call for is resolved,
    /// the wanted kind opens or updates, and a stale-price alert ends when the price is `fresh`.
    public static func priceChecks(price: Money, band: Band?, fresh: Bool, commodityName: String,
                                   outletName: String) -> [AlertCheck] {
        let wanted = PriceCondition.evaluate(status: PriceStatus(price: price, band: band))
        var checks = [AlertKind.priceAboveBand, .priceBelowBand].filter { $0 != wanted }.map {
            AlertCheck(kind: $0, finding: nil, resolvedValue: price.rawValue)
        }
        if let wanted {
            let message = AlertMessage.text(kind: wanted, commodityName: commodityName, outletName: outletName,
                                            value: .price(price), band: band)
            checks.append(AlertCheck(kind: wanted, finding: AlertFinding(value: price.rawValue, bandID: band?.id,
                                                                         message: message), resolvedValue: nil))
        }
        if fresh { checks.append(AlertCheck(kind: .stalePrice, finding: nil, resolvedValue: price.rawValue)) }
        return checks
    }

    /// The regional check of a kabupaten/kota's commodity from its median price a week ago and today: the
    /// alert is wanted at `waspada` or above, showing the change in tenths of a percent, the level and a
    /// sentence naming the region (`regionName` is only asked for then); otherwise it resolves with the
    /// change (or keeps its last figure when no change can be computed).
    public static func regionalCheck(weekAgo: Money?, now: Money?, thresholds: WarningThresholds, commodityName: String,
                                     regionName: () throws -> String) rethrows -> AlertCheck {
        let judged = thresholds.judge(weekAgo: weekAgo, now: now)
        let tenths = judged.changeWeek.map(PercentChange.tenths)
        guard let tenths, let level = judged.level, level >= .waspada else {
            return AlertCheck(kind: .regionalPriceRise, finding: nil, resolvedValue: tenths)
        }
        let message = AlertMessage.regionalRise(commodityName: commodityName, regionName: try regionName(),
                                                changeWeekTenths: tenths, level: level)
        return AlertCheck(kind: .regionalPriceRise, finding: AlertFinding(value: tenths, message: message, level: level),
                          resolvedValue: nil)
    }

    /// The regional check of the kabupaten/kota containing `region` at `now` under `policy`: its median at the end
    /// of today (the day of `now` in the policy's zone) against the end of the same day a week before, as the
    /// early-warning report for today shows them; `median(kabupaten, end)` is the median of its outlets' latest
    /// prices observed before `end`. Nil for a province, which has no kabupaten/kota.
    public static func regionalCheck(around region: RegionCode, at now: Timestamp, policy: EarlyWarningPolicy,
                                     commodityName: String, median: (RegionCode, Timestamp) throws -> Money?,
                                     regionName: (RegionCode) throws -> String) rethrows -> (kabupaten: RegionCode, check: AlertCheck)? {
        guard region.level >= 2 else { return nil }
        let kabupaten = region.ancestor(atLevel: 2)
        let today = policy.zone.date(of: now)
        let current = try median(kabupaten, policy.zone.endOfDay(today))
        let weekAgo = try median(kabupaten, policy.zone.endOfDay(today.adding(days: -Int64(EarlyWarningReport.weekDays))))
        let check = try regionalCheck(weekAgo: weekAgo, now: current, thresholds: policy.thresholds, commodityName: commodityName) {
            try regionName(kabupaten)
        }
        return (kabupaten, check)
    }
}
