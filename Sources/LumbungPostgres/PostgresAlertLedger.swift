import LumbungCore

/// Opens, updates, acknowledges and resolves alerts on PostgreSQL, appending one `alert_events`
/// row per change, inside the caller's write transaction.
///
/// Event ids come from the `alert_events` identity sequence, shared by every process. A sequence
/// hands out ids in call order but transactions commit in their own order, so appending takes a
/// transaction-scoped advisory lock first: events become visible in id order, and a stream that
/// has sent id N never later finds an event below N (`Last-Event-ID` stays exact across processes).
struct PostgresAlertLedger: AlertLedgerWrites {
    /// The advisory lock key that orders alert events ("ALERTEVT").
    static let eventOrderLock: Int64 = 0x41_4C45_5254_4556

    /// The writer session, inside a transaction.
    let connection: PostgresConnection
    /// When the change happens.
    let now: Timestamp
    /// The token name behind the change; nil when the service itself acts.
    let actor: String?

    /// A ledger writing at `context.now` on behalf of `context.actor`.
    init(connection: PostgresConnection, context: WriteContext) {
        self.connection = connection
        self.now = context.now
        self.actor = context.actor
    }

    /// Opens an alert of `kind` for the subject's commodity showing `finding`, with its `opened` event (the
    /// unique indexes on open alerts make a second open alert of a kind impossible); the transaction notes it,
    /// so resolving it again before commit deletes it.
    func insertAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID, showing finding: AlertFinding) throws {
        let id = EntityID.make("alr", at: now)
        try connection.run("""
            INSERT INTO alerts (id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id, opened_at,
                                updated_at, message, level)
            VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $9, $9, $10, $11)
            """, [id, kind.rawValue, subject.outletID, subject.cooperativeID, subject.region.rawValue, commodity.rawValue,
                  finding.value, finding.bandID, now.millisecondsSinceEpoch, finding.message, finding.level?.rawValue])
        try append(id, .opened, value: finding.value, note: nil)
        connection.transactionMarks.insert(Self.openedMark(id))
    }

    /// Changes an open alert to show `finding`, with an `updated` event.
    func updateAlert(id: String, showing finding: AlertFinding) throws {
        try connection.run("UPDATE alerts SET value = $1, band_id = $2, message = $3, level = $4, updated_at = $5 WHERE id = $6",
                           [finding.value, finding.bandID, finding.message, finding.level?.rawValue, now.millisecondsSinceEpoch, id])
        try append(id, .updated, value: finding.value, note: nil)
    }

    /// Sets the warning level of a regional alert.
    func setLevel(_ level: WarningLevel, id: String) throws {
        try connection.run("UPDATE alerts SET level = $1 WHERE id = $2", [level.rawValue, id])
    }

    /// Marks an alert resolved with an event carrying `value` and `note`; an alert this transaction opened is
    /// deleted with its events instead (as on SQLite: an alert that was never true once the write committed
    /// leaves no trace in lists and streams).
    func resolve(id: String, value: Int64?, note: String?) throws {
        if connection.transactionMarks.remove(Self.openedMark(id)) != nil {
            try connection.run("DELETE FROM alert_events WHERE alert_id = $1", [id])
            try connection.run("DELETE FROM alerts WHERE id = $1", [id])
            return
        }
        try connection.run("UPDATE alerts SET status = 'resolved', resolved_at = $1, updated_at = $1, value = $2 WHERE id = $3",
                           [now.millisecondsSinceEpoch, value, id])
        try append(id, .resolved, value: value, note: note)
    }

    /// Records the actor's acknowledgement (replacing an earlier one) with an event.
    func acknowledge(id: String, value: Int64?, note: String?) throws {
        try connection.run("UPDATE alerts SET ack_by = $1, ack_at = $2, ack_note = $3, updated_at = $2 WHERE id = $4",
                           [actor ?? "", now.millisecondsSinceEpoch, note, id])
        try append(id, .acknowledged, value: value, note: note)
    }

    /// Resolves the open alert of `kind` for the outlet's commodity, if there is one, with `value` as its
    /// latest figure (nil keeps its own). Returns whether one was resolved.
    @discardableResult
    func clear(_ kind: AlertKind, outletID: String, commodity: CommodityID, value: Int64?) throws -> Bool {
        guard let open = try openAlert(kind, outletID: outletID, region: nil, commodity: commodity),
              case .resolve(let final) = AlertCheck(kind: kind, finding: nil, resolvedValue: value).decide(open: open.shown)
        else { return false }
        try resolve(id: open.id, value: final, note: nil)
        return true
    }

    /// The open alert of `kind` for the subject's commodity, locked until the transaction ends.
    func openAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID) throws -> (id: String, shown: AlertFinding)? {
        try openAlert(kind, outletID: subject.outletID, region: subject.region, commodity: commodity)
    }

    /// The open alert of `kind` for an outlet's commodity (or, without an outlet, the region's), locked until
    /// the transaction ends.
    private func openAlert(_ kind: AlertKind, outletID: String?, region: RegionCode?,
                           commodity: CommodityID) throws -> (id: String, shown: AlertFinding)? {
        let subjectCondition = outletID == nil ? "region = $2 AND outlet_id IS NULL" : "outlet_id = $2"
        return try connection.queryOne("""
            SELECT id, value, band_id, message, level FROM alerts
            WHERE kind = $1 AND \(subjectCondition) AND commodity = $3 AND status = 'open' FOR UPDATE
            """, [kind.rawValue, outletID ?? region?.rawValue, commodity.rawValue]) { row in
            (row.string(0), AlertFinding(value: row.optionalInt64(1), bandID: row.optionalString(2), message: row.string(3),
                                         level: try row.optionalParsed(4, WarningLevel.init(rawValue:))))
        }
    }

    /// The transaction mark of an alert opened in the current transaction.
    private static func openedMark(_ id: String) -> String { "alert-opened:" + id }

    /// Appends one event to an alert's trail, after every earlier event of any process is committed.
    private func append(_ alertID: String, _ type: AlertEventType, value: Int64?, note: String?) throws {
        try connection.run("SELECT pg_advisory_xact_lock($1)", [Self.eventOrderLock])
        try connection.run("INSERT INTO alert_events (alert_id, type, at, value, actor, note) VALUES ($1, $2, $3, $4, $5, $6)",
                           [alertID, type.rawValue, now.millisecondsSinceEpoch, value, actor, note])
    }
}
