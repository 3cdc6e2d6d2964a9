import LumbungCore
import MicroHTTP
import Synchronization

/// The JSON of the stock check's members that describe an outlet rather than its stock (`outletId` to `region`,
/// and `address` to `longitude`), written once per outlet and reused while those facts stay the same: every use
/// compares the facts it is given with the ones the bytes were written from, so a renamed or moved outlet is
/// written afresh. At most `capacity` outlets are kept; the memory is emptied when it is full.
final class ListedOutletJSON: Sendable {
    /// The facts the bytes were written from, and the bytes.
    struct Fragments: Sendable {
        let outletID, outletName, cooperativeName: String
        let region: RegionLabel
        let address: String?
        let location: GeoPoint?
        /// `"outletId":…,"outletName":…,"cooperativeName":…,"region":{…}`.
        let head: [UInt8]
        /// `"address":…,"latitude":…,"longitude":…`.
        let tail: [UInt8]

        /// Whether these bytes were written from `outlet`'s facts.
        func describe(_ outlet: AvailableOutlet) -> Bool {
            outletID == outlet.outletID && outletName == outlet.outletName && cooperativeName == outlet.cooperativeName
                && region == outlet.region && address == outlet.address && location == outlet.location
        }
    }

    /// The fragments by outlet id.
    private let kept = Mutex<[String: Fragments]>([:])
    /// The most outlets kept at once.
    let capacity: Int

    /// An empty memory of up to `capacity` outlets.
    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// The fragments of `outlet`: kept ones when its facts are unchanged, else written now (and kept).
    func fragments(_ outlet: AvailableOutlet) -> Fragments {
        if let found = kept.withLock({ $0[outlet.outletID] }), found.describe(outlet) { return found }
        let written = Self.write(outlet)
        kept.withLock { kept in
            if kept.count >= capacity { kept.removeAll(keepingCapacity: true) }
            kept[outlet.outletID] = written
        }
        return written
    }

    /// Writes `outlet`'s fragments.
    private static func write(_ outlet: AvailableOutlet) -> Fragments {
        var head = JSONWriter(capacity: 256)
        head.key("outletId")
        head.string(outlet.outletID)
        head.key("outletName")
        head.string(outlet.outletName)
        head.key("cooperativeName")
        head.string(outlet.cooperativeName)
        head.key("region")
        head.value(ReportJSON.region(outlet.region))
        var tail = JSONWriter(capacity: 128)
        tail.key("address")
        tail.string(outlet.address)
        tail.key("latitude")
        tail.value(.double(outlet.location?.latitude))
        tail.key("longitude")
        tail.value(.double(outlet.location?.longitude))
        return Fragments(outletID: outlet.outletID, outletName: outlet.outletName, cooperativeName: outlet.cooperativeName,
                         region: outlet.region, address: outlet.address, location: outlet.location,
                         head: head.output, tail: tail.output)
    }
}
