import LumbungCore
import MicroHTTP

/// The JSON of what a stock check is about (`"commodity":{…},"region":{…}`), kept per commodity and region and reused
/// while both are the same: each use compares the commodity and region it is given with those the bytes were
/// written from, so a renamed one is written afresh. At most `capacity` subjects are kept; the memory is emptied
/// when it is full.
final class CheckSubjectJSON: Sendable {
    /// A commodity and region, hashed by their ids alone (their names are compared, not hashed).
    private struct Subject: Hashable, Sendable {
        let commodity: Commodity
        let region: RegionLabel?

        /// Hashes the commodity's id and the region's code.
        func hash(into hasher: inout Hasher) {
            hasher.combine(commodity.id)
            hasher.combine(region?.scope)
        }
    }

    /// The bytes kept, by subject.
    private let kept: BoundedMemory<Subject, [UInt8]>

    /// An empty memory of up to `capacity` subjects.
    init(capacity: Int = 1024) {
        kept = BoundedMemory(capacity: capacity)
    }

    /// The members `"commodity"` and `"region"` (null for none) of a check of `commodity` in `region`.
    func members(commodity: Commodity, region: RegionLabel?) -> [UInt8] {
        let subject = Subject(commodity: commodity, region: region)
        if let found = kept.value(for: subject) { return found }
        var json = JSONWriter(capacity: 256)
        json.key("commodity")
        json.value(DirectoryJSON.commodity(commodity))
        json.key("region")
        json.value(region.map(ReportJSON.region) ?? .null)
        kept.keep(json.output, for: subject)
        return json.output
    }
}
