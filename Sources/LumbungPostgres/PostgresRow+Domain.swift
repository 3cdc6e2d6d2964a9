import CLibPQ
import LumbungCore
import LumbungStore

extension PostgresRow {
    /// The column's text parsed by `parse` (e.g. `RegionCode.init`); a stored value the code cannot read
    /// throws `MalformedRow` naming its column instead of crashing (the request fails with 500).
    func parsed<T>(_ column: Int, _ parse: (String) -> T?) throws(MalformedRow) -> T {
        let text = string(column)
        guard let value = parse(text) else { throw MalformedRow(table: "?", column: name(column), value: text) }
        return value
    }

    /// Like `parsed`, or nil for NULL.
    func optionalParsed<T>(_ column: Int, _ parse: (String) -> T?) throws(MalformedRow) -> T? {
        isNull(column) ? nil : try parsed(column, parse)
    }

    /// The column as a region code.
    func region(_ column: Int) throws(MalformedRow) -> RegionCode { try parsed(column) { RegionCode($0) } }

    /// The column as a commodity id.
    func commodity(_ column: Int) throws(MalformedRow) -> CommodityID { try parsed(column) { CommodityID($0) } }

    /// The column as a timestamp in milliseconds since the epoch.
    func timestamp(_ column: Int) -> Timestamp { Timestamp(millisecondsSinceEpoch: int64(column)) }

    /// The column as a timestamp, or nil for NULL.
    func optionalTimestamp(_ column: Int) -> Timestamp? { optionalInt64(column).map(Timestamp.init(millisecondsSinceEpoch:)) }
}
