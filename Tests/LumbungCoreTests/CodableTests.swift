import Foundation
import Testing
import LumbungCore

struct CodableTests {
    private struct Sample: Codable, Equatable {
        var region: RegionCode
        var commodity: CommodityID
        var price: Money
        var at: Timestamp
        var date: LocalDate
        var kind: AlertKind
        var status: PriceStatus
    }

    @Test func roundTripsThroughJSONAsTheAPISpellsIt() throws {
        let json = #"{"region":"63.71","commodity":"lpg-3kg","price":18500,"at":"2025-10-23T15:00:00+07:00","#
            + #""date":"2025-10-23","kind":"price_above_band","status":"in_band"}"#
        let sample = try JSONDecoder().decode(Sample.self, from: Data(json.utf8))
        #expect(sample.region.rawValue == "63.71")
        #expect(sample.price == 18_500)
        #expect(sample.at.rfc3339 == "2025-10-23T08:00:00Z")
        let encoded = String(decoding: try JSONEncoder().encode(sample), as: UTF8.self)
        #expect(encoded.contains(#""at":"2025-10-23T08:00:00Z""#))
        #expect(encoded.contains(#""price":18500"#))
        #expect(try JSONDecoder().decode(Sample.self, from: Data(encoded.utf8)) == sample)
    }

    @Test(arguments: [
        #"{"region":"63.7","commodity":"lpg-3kg","price":1,"at":"2025-10-23T08:00:00Z","date":"2025-10-23","kind":"low_stock","status":"in_band"}"#,
        #"{"region":"63","commodity":"LPG","price":1,"at":"2025-10-23T08:00:00Z","date":"2025-10-23","kind":"low_stock","status":"in_band"}"#,
        #"{"region":"63","commodity":"lpg","price":1,"at":"2025-02-30T08:00:00Z","date":"2025-10-23","kind":"low_stock","status":"in_band"}"#,
        #"{"region":"63","commodity":"lpg","price":1,"at":"2025-10-23T08:00:00Z","date":"2025-13-01","kind":"low_stock","status":"in_band"}"#,
        #"{"region":"63","commodity":"lpg","price":1,"at":"2025-10-23T08:00:00Z","date":"2025-10-23","kind":"lowStock","status":"in_band"}"#,
    ])
    func rejectsInvalidValues(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Sample.self, from: Data(json.utf8)) }
    }
}
