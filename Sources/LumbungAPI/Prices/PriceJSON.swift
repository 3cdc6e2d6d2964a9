import LumbungCore
import MicroHTTP

/// JSON renderings of price reports, written straight into bytes (every report recorded is answered with one, so
/// no `JSON` tree is built for the report itself).
enum PriceJSON {
    /// `{"id","outletId","commodity","price","observedAt","recordedAt","status","band"}`.
    static func write(_ report: PriceReport, to json: inout JSONWriter) {
        json.beginObject()
        writeMembers(report, to: &json)
        json.endObject()
    }

    /// The answer to a new report: the report plus `"implausible"`, true when the price is so far
    /// outside its band (over twice the maximum, under half the minimum) that it may be a typo.
    static func recorded(_ report: PriceReport) -> [UInt8] {
        var json = JSONWriter(capacity: 512)
        json.beginObject()
        writeMembers(report, to: &json)
        json.key("implausible")
        json.value(.bool(report.band?.isImplausible(report.price) ?? false))
        json.endObject()
        return json.output
    }

    /// The members of `write`'s object, without its braces.
    private static func writeMembers(_ report: PriceReport, to json: inout JSONWriter) {
        json.key("id")
        json.string(report.id)
        json.key("outletId")
        json.string(report.outletID)
        json.key("commodity")
        json.string(report.commodity.rawValue)
        json.key("price")
        json.integer(report.price.rawValue)
        json.key("observedAt")
        json.unescapedString { report.observedAt.appendRFC3339(to: &$0) }
        json.key("recordedAt")
        json.unescapedString { report.recordedAt.appendRFC3339(to: &$0) }
        json.key("status")
        json.string(report.status.rawValue)
        json.key("band")
        BandJSON.write(report.band, to: &json)
    }
}
