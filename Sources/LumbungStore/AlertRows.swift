import LumbungCore

/// Reading alerts and their events from rows.
enum AlertRows {
    /// The alert columns in the order `alert(from:)` reads them (alerts `a`, outlets `o`, bands `b`).
    static let columns = """
        a.seq, a.id, a.kind, a.status, a.outlet_id, o.name, a.cooperative_id, a.region, a.commodity, a.value,
        a.opened_at, a.updated_at, a.resolved_at, a.ack_by, a.ack_at, a.ack_note, a.message,
        b.id, b.commodity, b.region, b.min_price, b.max_price, b.effective_from, b.source, b.created_at
        """

    /// The joins from alerts `a` to its outlet `o` and its band `b`.
    static let joins = "JOIN outlets o ON o.id = a.outlet_id LEFT JOIN bands b ON b.id = a.band_id"

    /// Every alert with its outlet's name and its band; add `WHERE …` on `a`.
    static let select = "SELECT \(columns) FROM alerts a \(joins)"

    /// The number of columns in `columns`.
    static let columnCount = 25

    /// The filter conditions on `a`, with parameters ?1…?8 taken from `parameters(filter)`.
    static let filterConditions = """
        (?1 IS NULL OR a.status = ?1) AND (?2 IS NULL OR a.kind = ?2) AND (?3 IS NULL OR a.commodity = ?3)
        AND a.region >= ?4 AND a.region < ?5 AND (?6 IS NULL OR a.outlet_id = ?6)
        AND (?7 IS NULL OR a.cooperative_id = ?7) AND (?8 IS NULL OR (a.ack_at IS NOT NULL) = ?8)
        """

    /// The values for `filterConditions`, in order.
    static func parameters(_ filter: AlertFilter) -> [any SQLBindable] {
        let bounds = RegionBounds(RegionScope(filter.region))
        return [filter.status?.rawValue, filter.kind?.rawValue, filter.commodity?.rawValue, bounds.lower, bounds.upper,
                filter.outletID, filter.cooperativeID, filter.acknowledged]
    }

    /// The alert in a row of `select`.
    static func alert(from row: Row) -> Alert {
        let kind = AlertKind(rawValue: row.string(2)) ?? .stalePrice
        let acknowledgement = row.optionalInt64(14).map {
            AlertAcknowledgement(by: row.string(13), at: Timestamp(millisecondsSinceEpoch: $0), note: row.optionalString(15))
        }
        return Alert(seq: row.int64(0), id: row.string(1), kind: kind, status: AlertStatus(rawValue: row.string(3)) ?? .open,
                     outletID: row.string(4), outletName: row.string(5), cooperativeID: row.string(6),
                     region: RegionCode(row.string(7))!, commodity: CommodityID(row.string(8))!,
                     value: value(row.optionalInt64(9), kind: kind), band: BandQueries.band(from: row, at: 17),
                     openedAt: Timestamp(millisecondsSinceEpoch: row.int64(10)),
                     updatedAt: Timestamp(millisecondsSinceEpoch: row.int64(11)),
                     resolvedAt: row.optionalInt64(12).map { Timestamp(millisecondsSinceEpoch: $0) },
                     acknowledgement: acknowledgement, message: row.string(16))
    }

    /// The event columns in the order `event(from:at:kind:)` reads them.
    static let eventColumns = "e.seq, e.at, e.type, e.value, e.actor, e.note"

    /// The event whose columns start at `offset`, its figure read for an alert of `kind`.
    static func event(from row: Row, at offset: Int = 0, kind: AlertKind) -> AlertEvent {
        AlertEvent(seq: row.int64(offset), at: Timestamp(millisecondsSinceEpoch: row.int64(offset + 1)),
                   type: AlertEventType(rawValue: row.string(offset + 2)) ?? .updated,
                   value: value(row.optionalInt64(offset + 3), kind: kind),
                   actor: row.optionalString(offset + 4), note: row.optionalString(offset + 5))
    }

    /// A stored figure as what it means: thousandths for stock kinds, Rupiah otherwise.
    static func value(_ stored: Int64?, kind: AlertKind) -> AlertValue? {
        stored.map { kind.isStockKind ? .quantity(Quantity(thousandths: $0)) : .price(Money($0)) }
    }
}
