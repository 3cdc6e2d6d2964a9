import LumbungCore

/// Persists alert changes, appending one `alert_events` row per change; whether an alert opens, updates
/// or resolves is Core's `AlertCheck.decide` (regional checks included: `AlertStateMachine.regionalCheck`).
///
/// The one place that writes `alerts` and `alert_events`: price, band, stock and sweep code all go
/// through it, on the writer connection inside the transaction that changed the price or balance.
/// Figures are stored as integers: Rupiah for price kinds, thousandths for stock kinds.
///
/// An alert opened and resolved again by the same transaction (e.g. a batch of receipt and sale pairs taking a
/// shelf to zero and back 500 times) leaves no trace: it is deleted with its events, so officers' lists and
/// streams are not flooded with alerts that were never true once the write committed.
struct AlertLedger: AlertLedgerWrites {
    /// The writer connection, inside a transaction.
    let connection: Connection
    /// When the change happens.
    let now: Timestamp
    /// The token name behind the change; nil when the service itself acts.
    let actor: String?

    /// A ledger writing at `context.now` on behalf of `context.actor`.
    init(connection: Connection, context: WriteContext) {
        self.connection = connection
        self.now = context.now
        self.actor = context.actor
    }

    /// Opens an alert of `kind` for the subject's commodity showing `finding`, with its `opened` event; the
    /// transaction notes it, so resolving it again before commit deletes it.
    func insertAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID, showing finding: AlertFinding) throws {
        let id = RowIDs.make("alr", at: now)
        let time = now.millisecondsSinceEpoch
        try connection.run("""
            INSERT INTO alerts (id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id,
                                opened_at, updated_at, message, level)
            VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, kind.rawValue, subject.outletID, subject.cooperativeID, subject.region.rawValue,
                  commodity.rawValue, finding.value, finding.bandID, time, time, finding.message, finding.level?.rawValue])
        try append(id, .opened, value: finding.value, note: nil)
        connection.transactionMarks.insert(Self.openedMark(id))
    }

    /// Changes an open alert to show `finding`, with an `updated` event.
    func updateAlert(id: String, showing finding: AlertFinding) throws {
        try connection.run("UPDATE alerts SET value = ?, band_id = ?, message = ?, level = ?, updated_at = ? WHERE id = ?",
                           [finding.value, finding.bandID, finding.message, finding.level?.rawValue, now.millisecondsSinceEpoch, id])
        try append(id, .updated, value: finding.value, note: nil)
    }

    /// Sets the warning level of a regional alert.
    func setLevel(_ level: WarningLevel, id: String) throws {
        try connection.run("UPDATE alerts SET level = ? WHERE id = ?", [level.rawValue, id])
    }

    /// Resolves the open alert of `kind` for the outlet's commodity, if there is one; `value` (when
    /// given) becomes its latest figure, e.g. the price that is back inside the band. Returns whether
    /// one was resolved. A balance reaching zero also ends a stale-price alert: `clear(.stalePrice, …)`.
    @discardableResult
    func clear(_ kind: AlertKind, outletID: String, commodity: CommodityID, value: Int64?) throws -> Bool {
        guard let open = try openAlert(kind, outletID: outletID, commodity: commodity),
              case .resolve(let final) = AlertCheck(kind: kind, finding: nil, resolvedValue: value).decide(open: open.shown)
        else { return false }
        try resolve(id: open.id, value: final, note: nil)
        return true
    }

    /// Marks an alert resolved with an event carrying `value` and `note`; an alert this transaction opened is
    /// deleted with its events instead.
    func resolve(id: String, value: Int64?, note: String?) throws {
        if connection.transactionMarks.remove(Self.openedMark(id)) != nil {
            try connection.run("DELETE FROM alert_events WHERE alert_id = ?", [id])
            try connection.run("DELETE FROM alerts WHERE id = ?", [id])
            return
        }
        let time = now.millisecondsSinceEpoch
        try connection.run("""
            UPDATE alerts SET status = 'resolved', resolved_at = ?, updated_at = ?, value = ? WHERE id = ?
            """, [time, time, value, id])
        try append(id, .resolved, value: value, note: note)
    }

    /// Records the actor's acknowledgement (replacing an earlier one) with an event.
    func acknowledge(id: String, value: Int64?, note: String?) throws {
        let time = now.millisecondsSinceEpoch
        try connection.run("UPDATE alerts SET ack_by = ?, ack_at = ?, ack_note = ?, updated_at = ? WHERE id = ?",
                           [actor ?? "", time, note, time, id])
        try append(id, .acknowledged, value: value, note: note)
    }

    /// The open alert of `kind` for the subject's commodity, if any: its id and what it shows.
    func openAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID) throws -> (id: String, shown: AlertFinding)? {
        switch subject {
        case .outlet(let outlet): try openAlert(kind, outletID: outlet.id, commodity: commodity)
        case .region(let region):
            try connection.queryOne("""
                SELECT id, value, band_id, message, level FROM alerts
                WHERE kind = ? AND region = ? AND commodity = ? AND status = 'open' AND outlet_id IS NULL
                """, [kind.rawValue, region.rawValue, commodity.rawValue], row: Self.openAlert)
        }
    }

    /// The open alert of `kind` for an outlet's commodity, if any.
    private func openAlert(_ kind: AlertKind, outletID: String, commodity: CommodityID) throws -> (id: String, shown: AlertFinding)? {
        try connection.queryOne("""
            SELECT id, value, band_id, message, level FROM alerts
            WHERE kind = ? AND outlet_id = ? AND commodity = ? AND status = 'open'
            """, [kind.rawValue, outletID, commodity.rawValue], row: Self.openAlert)
    }

    /// The open price alerts (above band, below band, stale price) of an outlet's commodity by kind, read by one
    /// statement (`openPriceAlertsSQL`) instead of one statement per kind.
    func openPriceAlerts(outletID: String, commodity: CommodityID) throws -> [AlertKind: (id: String, shown: AlertFinding)] {
        let rows = try connection.query(Self.openPriceAlertsSQL, [outletID, commodity.rawValue]) { row in
            (kind: try row.parsed(5, AlertKind.init(rawValue:)), alert: try Self.openAlert(row))
        }
        return Dictionary(rows.map { ($0.kind, $0.alert) }, uniquingKeysWith: { first, _ in first })
    }

    /// The open price alerts of an outlet's commodity: one seek of `alerts_one_open` per kind. (A `kind IN (…)` list
    /// made SQLite read every open alert of the whole service through `alerts_by_status` instead.)
    /// Parameters: outlet id, commodity. Columns: `id, value, band_id, message, level, kind`.
    static let openPriceAlertsSQL = [AlertKind.priceAboveBand, .priceBelowBand, .stalePrice].map { kind in
        """
        SELECT id, value, band_id, message, level, kind FROM alerts
        WHERE kind = '\(kind.rawValue)' AND outlet_id = ?1 AND commodity = ?2 AND status = 'open'
        """
    }.joined(separator: "\nUNION ALL\n")

    /// An open alert from a row of `id, value, band_id, message, level`.
    private static func openAlert(_ row: Row) throws -> (id: String, shown: AlertFinding) {
        (row.string(0), AlertFinding(value: row.optionalInt64(1), bandID: row.optionalString(2), message: row.string(3),
                                     level: try row.optionalParsed(4, WarningLevel.init(rawValue:))))
    }

    /// The transaction mark of an alert opened in the current transaction.
    private static func openedMark(_ id: String) -> String { "alert-opened:" + id }

    /// Appends one event to an alert's trail.
    private func append(_ alertID: String, _ type: AlertEventType, value: Int64?, note: String?) throws {
        try connection.run("INSERT INTO alert_events (alert_id, type, at, value, actor, note) VALUES (?, ?, ?, ?, ?, ?)",
                           [alertID, type.rawValue, now.millisecondsSinceEpoch, value, actor, note])
    }
}
