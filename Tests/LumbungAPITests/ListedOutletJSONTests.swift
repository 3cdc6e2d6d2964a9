import LumbungCore
import Testing
@testable import LumbungAPI

/// The stock check's kept item bytes are reused only while the outlet shows the same: each change to what an item
/// lists gives the bytes a memory that never saw the outlet writes.
@Suite struct ListedOutletJSONTests {
    /// An outlet as listed, with one thing changed by `change`.
    static func outlet(_ change: String = "") -> AvailableOutlet {
        let village = RegionLabel(code: RegionCode("63.71.01.1001")!, name: change == "village" ? "Kelayan Baru" : "Kelayan Timur")
        return AvailableOutlet(
            outletID: "out_1", outletName: change == "name" ? "Gerai Baru" : "Gerai Lama",
            cooperativeName: change == "cooperative" ? "Koperasi Baru" : "Koperasi Lama", region: village,
            quantity: Quantity(thousandths: change == "quantity" ? 4_500 : 5_000),
            price: change == "unpriced" ? nil : Money(change == "price" ? 19_000 : 18_500),
            priceStatus: change == "unpriced" ? nil : (change == "status" ? .aboveBand : .inBand),
            priceObservedAt: change == "unpriced" ? nil : Timestamp(millisecondsSinceEpoch: change == "observed" ? 1_800_000_000_000 : 1_790_000_000_000),
            stockUpdatedAt: Timestamp(millisecondsSinceEpoch: change == "stocked" ? 1_800_000_000_001 : 1_790_000_000_001),
            distanceKm: change == "distance" ? 2.5 : nil, address: change == "address" ? "Jalan Baru 2" : "Jalan Lama 1",
            location: change == "location" ? GeoPoint(latitude: -3.4, longitude: 114.6) : GeoPoint(latitude: -3.3, longitude: 114.6))
    }

    @Test func everyChangeToAnItemIsWrittenAfresh() throws {
        let memory = ListedOutletJSON()
        let changes = ["quantity", "price", "status", "observed", "stocked", "unpriced", "distance", "name", "cooperative",
                       "village", "address", "location"]
        for change in changes {
            for listed in ["", "", change] {  // the unchanged outlet twice (kept, then reused), then one change
                let kept = String(decoding: memory.item(Self.outlet(listed)), as: UTF8.self)
                let fresh = String(decoding: ListedOutletJSON().item(Self.outlet(listed)), as: UTF8.self)
                #expect(kept == fresh, "\(listed.isEmpty ? "unchanged" : "after a change of " + listed)")
            }
        }
        let unchanged = String(decoding: memory.item(Self.outlet()), as: UTF8.self)
        #expect(unchanged.hasPrefix(#"{"outletId":"out_1","outletName":"Gerai Lama""#) && unchanged.contains(#""quantity":5,"price":18500,"priceStatus":"in_band""#),
                "\(unchanged)")
    }
}
