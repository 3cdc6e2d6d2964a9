import LumbungCore

extension SQLiteStore: AlertStore {
    /// Reads one page of alerts, newest opened first; the cursor is the last alert's seq.
    public func alerts(_ filter: AlertFilter, page: PageRequest) throws -> Page<Alert> {
        var conditions = AlertRows.conditions(filter)
        if let cursor = page.cursor {
            guard let seq = Int64(cursor) else { throw DomainError.unknownCursor }
            conditions.add("a.seq < ?", seq)
        }
        let alerts = try database.read { connection in
            try connection.query("\(AlertRows.select) \(conditions.sql) ORDER BY a.seq DESC LIMIT ?",
                                 conditions.arguments + [page.limit + 1]) { try AlertRows.alert(from: $0) }
        }
        return Page(fetched: alerts, limit: page.limit) { String($0.seq) }
    }

    /// Reads an alert and its trail in one snapshot.
    public func alertDetail(id: String) throws -> (alert: Alert, events: [AlertEvent])? {
        try database.read { try Self.detail(id: id, on: $0) }
    }

    /// Records the acknowledgement with an event.
    public func acknowledgeAlert(id: String, note: String?,
                                 context: WriteContext) throws -> (alert: Alert, events: [AlertEvent]) {
        try write(context) { connection, context in
            guard let alert = try Self.alert(id: id, on: connection) else { throw DomainError.notFound("No alert \(id).") }
            try AlertLedger(connection: connection, context: context).acknowledge(id: id, value: alert.storedValue, note: note)
            return try Self.writtenDetail(id: id, on: connection)
        }
    }

    /// The alert just written in this transaction, with its events.
    private static func writtenDetail(id: String, on connection: Connection) throws -> (alert: Alert, events: [AlertEvent]) {
        guard let detail = try detail(id: id, on: connection) else { throw DomainError.notFound("No alert \(id).") }
        return detail
    }

    /// Resolves the alert by hand with an event; a resolved one is a conflict.
    public func resolveAlert(id: String, note: String?,
                             context: WriteContext) throws -> (alert: Alert, events: [AlertEvent]) {
        try write(context) { connection, context in
            guard let alert = try Self.alert(id: id, on: connection) else { throw DomainError.notFound("No alert \(id).") }
            guard alert.status == .open else { throw DomainError.conflict("Alert \(id) is already resolved.") }
            try AlertLedger(connection: connection, context: context).resolve(id: id, value: alert.storedValue, note: note)
            return try Self.writtenDetail(id: id, on: connection)
        }
    }

    /// Reads events after `seq` with their alerts, oldest first.
    public func alertEvents(after seq: Int64, filter: AlertFilter, limit: Int) throws -> [(event: AlertEvent, alert: Alert)] {
        var conditions = AlertRows.conditions(filter, withStatus: false)
        conditions.add("e.seq > ?", seq)
        return try database.read { connection in
            try connection.query("""
                SELECT \(AlertRows.columns), \(AlertRows.eventColumns)
                FROM alert_events e JOIN alerts a ON a.id = e.alert_id \(AlertRows.joins)
                \(conditions.sql) ORDER BY e.seq LIMIT ?
                """, conditions.arguments + [limit]) { row in
                let alert = try AlertRows.alert(from: row)
                return (try AlertRows.event(from: row, kind: alert.kind), alert)
            }
        }
    }

    /// Counts open alerts by kind with the open-alerts index.
    public func openAlertCounts() throws -> [AlertKind: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT kind, count(*) FROM alerts WHERE status = 'open' GROUP BY kind") {
                (AlertKind(rawValue: $0.string(0)), $0.int(1))
            }
        }
        return Dictionary(rows.compactMap { kind, count in kind.map { ($0, count) } }, uniquingKeysWith: +)
    }

    /// The greatest `alert_events.seq`.
    public func latestAlertEventSeq() throws -> Int64 {
        try database.read { try $0.queryOne("SELECT COALESCE(MAX(seq), 0) FROM alert_events") { $0.int64(0) } ?? 0 }
    }

    /// The alert with this id and its events in order, read on a connection already in hand.
    static func detail(id: String, on connection: Connection) throws -> (alert: Alert, events: [AlertEvent])? {
        guard let alert = try alert(id: id, on: connection) else { return nil }
        let events = try connection.query("""
            SELECT \(AlertRows.eventColumns) FROM alert_events e WHERE e.alert_id = ? ORDER BY e.seq
            """, [id]) { try AlertRows.event(from: $0, kind: alert.kind) }
        return (alert, events)
    }

    /// The alert with this id read on a connection already in hand.
    static func alert(id: String, on connection: Connection) throws -> Alert? {
        try connection.queryOne("\(AlertRows.select) WHERE a.id = ?", [id]) { try AlertRows.alert(from: $0) }
    }
}

extension Alert {
    /// The figure as stored: Rupiah, thousandths or tenths of a percent.
    public var storedValue: Int64? {
        switch value {
        case .price(let money)?: return money.rawValue
        case .quantity(let quantity)?: return quantity.thousandths
        case .percentTenths(let tenths)?: return tenths
        case nil: return nil
        }
    }
}
