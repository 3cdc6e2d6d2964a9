import LumbungCore

/// Reading alerts, their events and their bands from PostgreSQL rows (the same columns as SQLite's).
enum PostgresAlertRows {
    /// The alert columns in the order `alert(from:)` reads them (alerts `a`, outlets `o`, bands `b`).
    static let columns = """
        a.seq, a.id, a.kind, a.status, a.outlet_id, o.name, a.cooperative_id, a.region, a.commodity, a.value,
        a.opened_at, a.updated_at, a.resolved_at, a.ack_by, a.ack_at, a.ack_note, a.message,
        b.id, b.commodity, b.region, b.min_price, b.max_price, b.effective_from, b.source, b.created_at, a.level
        """

    /// The joins from alerts `a` to its outlet `o` (none for regional alerts) and its band `b`.
    static let joins = "LEFT JOIN outlets o ON o.id = a.outlet_id LEFT JOIN bands b ON b.id = a.band_id"

    /// Every alert with its outlet's name and its band; add `WHERE …` on `a`.
    static let select = "SELECT \(columns) FROM alerts a \(joins)"

    /// The number of columns in `columns`.
    static let columnCount = 26

    /// The event columns in the order `event(from:at:kind:)` reads them.
    static let eventColumns = "e.seq, e.at, e.type, e.value, e.actor, e.note"

    /// The conditions on alerts `a` that `filter` asks for (its status only when `withStatus`).
    static func conditions(_ filter: AlertFilter, withStatus: Bool = true) -> PostgresConditions {
        var conditions = PostgresConditions()
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
    static func alert(from row: PostgresRow) throws -> Alert {
        let kind = try row.parsed(2, AlertKind.init(rawValue:))
        let acknowledgement = row.optionalInt64(14).map {
            AlertAcknowledgement(by: row.string(13), at: Timestamp(millisecondsSinceEpoch: $0), note: row.optionalString(15))
        }
        return Alert(seq: row.int64(0), id: row.string(1), kind: kind, status: try row.parsed(3, AlertStatus.init(rawValue:)),
                     outletID: row.optionalString(4), outletName: row.optionalString(5), cooperativeID: row.optionalString(6),
                     region: try row.region(7), commodity: try row.commodity(8),
                     value: value(row.optionalInt64(9), kind: kind), band: try band(from: row, at: 17),
                     openedAt: Timestamp(millisecondsSinceEpoch: row.int64(10)),
                     updatedAt: Timestamp(millisecondsSinceEpoch: row.int64(11)),
                     resolvedAt: row.optionalInt64(12).map { Timestamp(millisecondsSinceEpoch: $0) },
                     acknowledgement: acknowledgement, message: row.string(16),
                     level: try row.optionalParsed(25, WarningLevel.init(rawValue:)))
    }

    /// The event whose columns start at `offset`, its figure read for an alert of `kind`.
    static func event(from row: PostgresRow, at offset: Int = 0, kind: AlertKind) -> AlertEvent {
        AlertEvent(seq: row.int64(offset), at: Timestamp(millisecondsSinceEpoch: row.int64(offset + 1)),
                   type: AlertEventType(rawValue: row.string(offset + 2)) ?? .updated,
                   value: value(row.optionalInt64(offset + 3), kind: kind),
                   actor: row.optionalString(offset + 4), note: row.optionalString(offset + 5))
    }

    /// The band whose columns start at `offset`, or nil when its id is NULL (an outer join found none).
    static func band(from row: PostgresRow, at offset: Int) throws -> Band? {
        guard let id = row.optionalString(offset) else { return nil }
        let region = row.string(offset + 2)
        return Band(id: id, commodity: try row.commodity(offset + 1), region: region.isEmpty ? nil : try row.region(offset + 2),
                    min: row.optionalInt64(offset + 3).map { Money($0) }, max: row.optionalInt64(offset + 4).map { Money($0) },
                    effectiveFrom: Timestamp(millisecondsSinceEpoch: row.int64(offset + 5)),
                    source: row.optionalString(offset + 6), createdAt: Timestamp(millisecondsSinceEpoch: row.int64(offset + 7)))
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
