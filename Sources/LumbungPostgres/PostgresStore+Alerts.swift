import LumbungCore
import LumbungStore

extension PostgresStore: AlertStore {
    /// One page of alerts, newest opened first; the cursor is the last alert's seq.
    public func alerts(_ filter: AlertFilter, page: PageRequest) throws -> Page<Alert> {
        var conditions = PostgresAlertRows.conditions(filter)
        if let cursor = page.cursor {
            guard let seq = Int64(cursor) else { throw DomainError.unknownCursor }
            conditions.add("a.seq < ?", seq)
        }
        let alerts = try database.read { connection in
            try connection.query("\(PostgresAlertRows.select) \(conditions.sql) ORDER BY a.seq DESC LIMIT \(conditions.nextPlaceholder)",
                                 conditions.arguments + [page.limit + 1]) { try PostgresAlertRows.alert(from: $0) }
        }
        return Page(fetched: alerts, limit: page.limit) { String($0.seq) }
    }

    /// An alert and its trail in one snapshot.
    public func alertDetail(id: String) throws -> (alert: Alert, events: [AlertEvent])? {
        try database.read { try Self.detail(id: id, on: $0) }
    }

    /// Records the acknowledgement with an event (the alert row locked meanwhile).
    public func acknowledgeAlert(id: String, note: String?, context: WriteContext) throws -> (alert: Alert, events: [AlertEvent]) {
        try write(context) { connection, context in
            guard let alert = try Self.lockedAlert(id: id, on: connection) else { throw DomainError.notFound("No alert \(id).") }
            try PostgresAlertLedger(connection: connection, context: context)
                .acknowledge(id: id, value: alert.storedValue, note: note)
            return try Self.detail(id: id, on: connection)!
        }
    }

    /// Resolves the alert by hand with an event; a resolved one is a conflict, whichever process resolved it.
    public func resolveAlert(id: String, note: String?, context: WriteContext) throws -> (alert: Alert, events: [AlertEvent]) {
        try write(context) { connection, context in
            guard let alert = try Self.lockedAlert(id: id, on: connection) else { throw DomainError.notFound("No alert \(id).") }
            guard alert.status == .open else { throw DomainError.conflict("Alert \(id) is already resolved.") }
            try PostgresAlertLedger(connection: connection, context: context)
                .resolve(id: id, value: alert.storedValue, note: note)
            return try Self.detail(id: id, on: connection)!
        }
    }

    /// Events after `seq` with their alerts, oldest first.
    public func alertEvents(after seq: Int64, filter: AlertFilter, limit: Int) throws -> [(event: AlertEvent, alert: Alert)] {
        var conditions = PostgresAlertRows.conditions(filter, withStatus: false)
        conditions.add("e.seq > ?", seq)
        return try database.read { connection in
            try connection.query("""
                SELECT \(PostgresAlertRows.columns), \(PostgresAlertRows.eventColumns)
                FROM alert_events e JOIN alerts a ON a.id = e.alert_id \(PostgresAlertRows.joins)
                \(conditions.sql) ORDER BY e.seq LIMIT \(conditions.nextPlaceholder)
                """, conditions.arguments + [limit]) { row in
                let alert = try PostgresAlertRows.alert(from: row)
                return (PostgresAlertRows.event(from: row, at: PostgresAlertRows.columnCount, kind: alert.kind), alert)
            }
        }
    }

    /// Open alerts by kind.
    public func openAlertCounts() throws -> [AlertKind: Int] {
        let rows = try database.read { connection in
            try connection.query("SELECT kind, count(*) FROM alerts WHERE status = 'open' GROUP BY kind") {
                (AlertKind(rawValue: $0.string(0)), $0.int(1))
            }
        }
        return Dictionary(rows.compactMap { kind, count in kind.map { ($0, count) } }, uniquingKeysWith: +)
    }

    /// The greatest event id committed (ids become visible in order, see `PostgresAlertLedger`).
    public func latestAlertEventSeq() throws -> Int64 {
        try database.read { try $0.queryOne("SELECT COALESCE(max(seq), 0) FROM alert_events") { $0.int64(0) } ?? 0 }
    }

    /// The alert with this id and its events in order, read on a session already in hand.
    static func detail(id: String, on connection: PostgresConnection) throws -> (alert: Alert, events: [AlertEvent])? {
        guard let alert = try connection.queryOne("\(PostgresAlertRows.select) WHERE a.id = $1", [id], row: PostgresAlertRows.alert) else {
            return nil
        }
        let events = try connection.query("SELECT \(PostgresAlertRows.eventColumns) FROM alert_events e WHERE e.alert_id = $1 ORDER BY e.seq",
                                          [id]) { PostgresAlertRows.event(from: $0, kind: alert.kind) }
        return (alert, events)
    }

    /// The alert with this id, its row locked until the transaction ends.
    private static func lockedAlert(id: String, on connection: PostgresConnection) throws -> Alert? {
        try connection.queryOne("\(PostgresAlertRows.select) WHERE a.id = $1 FOR UPDATE OF a", [id], row: PostgresAlertRows.alert)
    }
}
