import LumbungCore

/// Reading alerts and their events from rows.
enum AlertRows {
    /// The alert columns `alert(from:)` reads by name (alerts `a`, outlets `o`, bands `b` as `band_…`).
    static let columns = """
        a.seq AS seq, a.id AS id, a.kind AS kind, a.status AS status, a.outlet_id AS outlet_id, o.name AS outlet_name,
        a.cooperative_id AS cooperative_id, a.region AS region, a.commodity AS commodity, a.value AS value,
        a.opened_at AS opened_at, a.updated_at AS updated_at, a.resolved_at AS resolved_at, a.ack_by AS ack_by,
        a.ack_at AS ack_at, a.ack_note AS ack_note, a.message AS message, a.level AS level, \(BandQueries.joinedColumns)
        """

    /// The joins from alerts `a` to its outlet `o` (none for regional alerts) and its band `b`.
    static let joins = "LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN bands b ON b.id = a.band_id"

    /// Every alert with its outlet's name and its band; add `WHERE …` on `a`.
    static let select = "SELECT \(columns) FROM alerts a \(joins)"

    /// The conditions on alerts `a` that `filter` asks for (its status only when `withStatus`).
    static func conditions(_ filter: AlertFilter, withStatus: Bool = true) -> SQLConditions {
        var conditions = SQLConditions()
        if withStatus, let status = filter.status { conditions.add("a.status = ?", status.rawValue) }
        if let kind = filter.kind { conditions.add("a.kind = ?", kind.rawValue) }
        if let commodity = filter.commodity { conditions.add("a.commodity = ?", commodity.rawValue) }
        if let region = filter.region { conditions.add("a.region", within: region) }
        if let outletID = filter.outletID { conditions.add("a.outlet_id = ?", outletID) }
        if let cooperativeIDs = filter.cooperativeIDs { conditions.add("a.cooperative_id", in: cooperativeIDs) }
        if let acknowledged = filter.acknowledged {
            conditions.add(acknowledged ? "a.ack_at IS NOT NULL" : "a.ack_at IS NULL")
        }
        return conditions
    }

    /// The alert in a row of `select`.
    static func alert(from row: Row) throws -> Alert {
        let kind = try row.parsed(try row.column("kind"), AlertKind.init(rawValue:))
        let ackBy = try row.column("ack_by"), ackNote = try row.column("ack_note")
        let acknowledgement = row.optionalInt64(try row.column("ack_at")).map {
            AlertAcknowledgement(by: row.string(ackBy), at: Timestamp(millisecondsSinceEpoch: $0), note: row.optionalString(ackNote))
        }
        return Alert(seq: row.int64(try row.column("seq")), id: row.string(try row.column("id")), kind: kind,
                     status: try row.parsed(try row.column("status"), AlertStatus.init(rawValue:)),
                     outletID: row.optionalString(try row.column("outlet_id")),
                     outletName: row.optionalString(try row.column("outlet_name")),
                     cooperativeID: row.optionalString(try row.column("cooperative_id")),
                     region: try row.region(try row.column("region")), commodity: try row.commodity(try row.column("commodity")),
                     value: value(row.optionalInt64(try row.column("value")), kind: kind),
                     band: try BandQueries.band(from: row, joined: true),
                     openedAt: Timestamp(millisecondsSinceEpoch: row.int64(try row.column("opened_at"))),
                     updatedAt: Timestamp(millisecondsSinceEpoch: row.int64(try row.column("updated_at"))),
                     resolvedAt: row.optionalInt64(try row.column("resolved_at")).map { Timestamp(millisecondsSinceEpoch: $0) },
                     acknowledgement: acknowledgement, message: row.string(try row.column("message")),
                     level: try row.optionalParsed(try row.column("level"), WarningLevel.init(rawValue:)))
    }

    /// The event columns `event(from:kind:)` reads by name (events `e`, as `event_…`).
    static let eventColumns = """
        e.seq AS event_seq, e.at AS event_at, e.type AS event_type, e.value AS event_value, e.actor AS event_actor,
        e.note AS event_note
        """

    /// The event in the `event_…` columns, its figure read for an alert of `kind`.
    static func event(from row: Row, kind: AlertKind) throws -> AlertEvent {
        AlertEvent(seq: row.int64(try row.column("event_seq")),
                   at: Timestamp(millisecondsSinceEpoch: row.int64(try row.column("event_at"))),
                   type: try row.parsed(try row.column("event_type"), AlertEventType.init(rawValue:)),
                   value: value(row.optionalInt64(try row.column("event_value")), kind: kind),
                   actor: row.optionalString(try row.column("event_actor")), note: row.optionalString(try row.column("event_note")))
    }

    /// A stored figure as what it means: thousandths for stock kinds, tenths of a percent for
    /// regional kinds, Rupiah otherwise.
    static func value(_ stored: Int64?, kind: AlertKind) -> AlertValue? {
        stored.map {
            if kind.isStockKind { return .quantity(Quantity(thousandths: $0)) }
            return kind == .regionalPriceRise ? .percentTenths($0) : .price(Money($0))
        }
    }
}
