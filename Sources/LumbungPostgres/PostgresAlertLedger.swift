import LumbungCore

/// Opens, updates, acknowledges and resolves alerts on PostgreSQL, appending one `alert_events`
/// row per change, inside the caller's write transaction.
///
/// Event ids come from the `alert_events` identity sequence, shared by every process. A sequence
/// hands out ids in call order but transactions commit in their own order, so appending takes a
/// transaction-scoped advisory lock first: events become visible in id order, and a stream that
/// has sent id N never later finds an event below N (`Last-Event-ID` stays exact across processes).
struct PostgresAlertLedger {
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

    /// What an open alert should show: its figure, the band behind it and the sentence for people.
    struct Finding {
        /// Rupiah (price kinds) or thousandths (stock kinds); nil when there is none.
        var value: Int64?
        /// The band the price was judged against (price kinds).
        var bandID: String?
        /// The sentence from `AlertMessage.text`.
        var message: String
    }

    /// The open alert of a kind for an outlet's commodity, as far as the ledger needs it.
    private struct OpenAlert {
        /// The alert's id.
        let id: String
        /// Its current figure.
        let value: Int64?
        /// Its band.
        let bandID: String?
        /// Its sentence.
        let message: String
    }

    /// Opens the alert of `kind`, or updates the open one when its figure, band or sentence changed.
    /// The unique index on open alerts makes a second open alert of a kind impossible.
    @discardableResult
    func raise(_ kind: AlertKind, outlet: OutletSummary, commodity: CommodityID, _ finding: Finding) throws -> AlertEventType? {
        let time = now.millisecondsSinceEpoch
        if let open = try openAlert(kind, outletID: outlet.id, commodity: commodity) {
            guard open.value != finding.value || open.bandID != finding.bandID || open.message != finding.message else { return nil }
            try connection.run("UPDATE alerts SET value = $1, band_id = $2, message = $3, updated_at = $4 WHERE id = $5",
                               [finding.value, finding.bandID, finding.message, time, open.id])
            try append(open.id, .updated, value: finding.value, note: nil)
            return .updated
        }
        let id = EntityID.make("alr", at: now)
        try connection.run("""
            INSERT INTO alerts (id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id, opened_at, updated_at, message)
            VALUES ($1, $2, 'open', $3, $4, $5, $6, $7, $8, $9, $10, $11)
            """, [id, kind.rawValue, outlet.id, outlet.cooperativeID, outlet.region.rawValue, commodity.rawValue,
                  finding.value, finding.bandID, time, time, finding.message])
        try append(id, .opened, value: finding.value, note: nil)
        return .opened
    }

    /// Resolves the open alert of `kind` for the outlet's commodity, if any; returns whether one was.
    @discardableResult
    func clear(_ kind: AlertKind, outletID: String, commodity: CommodityID, value: Int64?) throws -> Bool {
        guard let open = try openAlert(kind, outletID: outletID, commodity: commodity) else { return false }
        try resolve(id: open.id, value: value ?? open.value, note: nil)
        return true
    }

    /// Marks an alert resolved with an event carrying `value` and `note`.
    func resolve(id: String, value: Int64?, note: String?) throws {
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

    /// The open alert of `kind` for the outlet's commodity, locked until the transaction ends.
    private func openAlert(_ kind: AlertKind, outletID: String, commodity: CommodityID) throws -> OpenAlert? {
        try connection.queryOne("""
            SELECT id, value, band_id, message FROM alerts
            WHERE kind = $1 AND outlet_id = $2 AND commodity = $3 AND status = 'open' FOR UPDATE
            """, [kind.rawValue, outletID, commodity.rawValue]) { row in
            OpenAlert(id: row.string(0), value: row.optionalInt64(1), bandID: row.optionalString(2), message: row.string(3))
        }
    }

    /// Appends one event to an alert's trail, after every earlier event of any process is committed.
    private func append(_ alertID: String, _ type: AlertEventType, value: Int64?, note: String?) throws {
        try connection.run("SELECT pg_advisory_xact_lock($1)", [Self.eventOrderLock])
        try connection.run("INSERT INTO alert_events (alert_id, type, at, value, actor, note) VALUES ($1, $2, $3, $4, $5, $6)",
                           [alertID, type.rawValue, now.millisecondsSinceEpoch, value, actor, note])
    }
}
