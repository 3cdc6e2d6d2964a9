import LumbungCore
import MicroHTTP

/// JSON renderings of price bands.
enum BandJSON {
    /// `{"id","commodity","region","min","max","effectiveFrom","source","createdAt"}`, or `null` without a band, written
    /// straight into `json` (every price report recorded is answered with its band); `region` is `""` when national.
    static func write(_ band: Band?, to json: inout JSONWriter) {
        guard let band else { return json.value(.null) }
        json.beginObject()
        json.key("id")
        json.string(band.id)
        json.key("commodity")
        json.string(band.commodity.rawValue)
        json.key("region")
        json.string(band.scope.description)
        json.key("min")
        json.integer(band.min?.rawValue)
        json.key("max")
        json.integer(band.max?.rawValue)
        json.key("effectiveFrom")
        json.unescapedString { band.effectiveFrom.appendRFC3339(to: &$0) }
        json.key("source")
        json.string(band.source)
        json.key("createdAt")
        json.unescapedString { band.createdAt.appendRFC3339(to: &$0) }
        json.endObject()
    }

    /// A band (or `null`) as a value of a `JSON` tree, written by `write`.
    static func band(_ band: Band?) -> JSON {
        var json = JSONWriter(capacity: 256)
        write(band, to: &json)
        return .written(json.output)
    }
}
