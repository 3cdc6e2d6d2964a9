import LumbungCore

/// Persists alert changes, appending one `alert_events` row per change; whether an alert opens, updates
/// or resolves is Core's `AlertCheck.decide`.
///
/// The one place that writes `alerts` and `alert_events`: price, band, stock and sweep code all go
/// through it, on the writer connection inside the transaction that changed the price or balance.
/// Figures are stored as integers: Rupiah for price kinds, thousandths for stock kinds.
struct AlertLedger {
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

    /// The open alert of a kind for an outlet's commodity, as far as the ledger needs it.
    private struct OpenAlert {
        let id: String
        let shown: AlertFinding
    }

    /// Persists what `check` decides for the outlet's commodity (Core's `AlertCheck.decide`): opens an alert,
    /// updates the open one, resolves it, or does nothing. Returns the event appended, if any.
    @discardableResult
    func apply(_ check: AlertCheck, at outlet: OutletSummary, commodity: CommodityID) throws -> AlertEventType? {
        let open = try openAlert(check.kind, outletID: outlet.id, commodity: commodity)
        let time = now.millisecondsSinceEpoch
        switch check.decide(open: open?.shown) {
        case .keep:
            return nil
        case .resolve(let value):
            guard let open else { return nil }
            try resolve(id: open.id, value: value, note: nil)
            return .resolved
        case .update(let finding):
            guard let open else { return nil }
            try connection.run("UPDATE alerts SET value = ?, band_id = ?, message = ?, updated_at = ? WHERE id = ?",
                               [finding.value, finding.bandID, finding.message, time, open.id])
            try append(open.id, .updated, value: finding.value, note: nil)
            return .updated
        case .open(let finding):
            let id = EntityID.make("alr", at: now)
            try connection.run("""
                INSERT INTO alerts (id, kind, status, outlet_id, cooperative_id, region, commodity, value, band_id,
                                    opened_at, updated_at, message)
                VALUES (?, ?, 'open', ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, check.kind.rawValue, outlet.id, outlet.cooperativeID, outlet.region.rawValue, commodity.rawValue,
                      finding.value, finding.bandID, time, time, finding.message])
            try append(id, .opened, value: finding.value, note: nil)
            return .opened
        }
    }

    /// Resolves the open alert of `kind` for the outlet's commodity, if there is one; `value` (when given)
    /// becomes its latest figure. Returns whether one was resolved.
    @discardableResult
    func clear(_ kind: AlertKind, outletID: String, commodity: CommodityID, value: Int64?) throws -> Bool {
        guard let open = try openAlert(kind, outletID: outletID, commodity: commodity),
              case .resolve(let final) = AlertCheck(kind: kind, finding: nil, resolvedValue: value).decide(open: open.shown)
        else { return false }
        try resolve(id: open.id, value: final, note: nil)
        return true
    }

    /// Marks an alert resolved with an event carrying `value` and `note`.
    func resolve(id: String, value: Int64?, note: String?) throws {
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

    /// The open alert of `kind` for the outlet's commodity, if any.
    private func openAlert(_ kind: AlertKind, outletID: String, commodity: CommodityID) throws -> OpenAlert? {
        try connection.queryOne("""
            SELECT id, value, band_id, message FROM alerts
            WHERE kind = ? AND outlet_id = ? AND commodity = ? AND status = 'open'
            """, [kind.rawValue, outletID, commodity.rawValue]) { row in
            OpenAlert(id: row.string(0), shown: AlertFinding(value: row.optionalInt64(1), bandID: row.optionalString(2),
                                                             message: row.string(3)))
        }
    }

    /// Appends one event to an alert's trail.
    private func append(_ alertID: String, _ type: AlertEventType, value: Int64?, note: String?) throws {
        try connection.run("INSERT INTO alert_events (alert_id, type, at, value, actor, note) VALUES (?, ?, ?, ?, ?, ?)",
                           [alertID, type.rawValue, now.millisecondsSinceEpoch, value, actor, note])
    }
}
