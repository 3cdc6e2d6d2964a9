import LumbungCore
import Testing

/// The stock check over HTTP, around Banjarmasin (no region list loaded unless a test imports one).
@Suite struct AvailabilityTests {
    /// Outlets by name: coordinates, stock received, current price.
    struct Place {
        let name: String
        let village: String
        let point: (Double, Double)?
        let stock: String
        let price: Int?
    }

    static let places = [
        Place(name: "Pusat", village: "63.71.01.1001", point: (-3.32, 114.59), stock: "10", price: 19_000),
        Place(name: "Dekat", village: "63.71.01.1002", point: (-3.33, 114.60), stock: "5", price: 18_500),
        Place(name: "Tanpa Harga", village: "63.71.02.1001", point: (-3.40, 114.59), stock: "20.5", price: nil),
        Place(name: "Jauh", village: "63.71.02.1001", point: (-3.50, 114.59), stock: "7", price: 18_500),
        Place(name: "Tanpa Titik", village: "63.71.01.1001", point: nil, stock: "3", price: 20_000),
        Place(name: "Jambi", village: "15.71.01.1001", point: (-1.6, 103.6), stock: "4", price: 18_000),
    ]

    let app: TestApp
    let admin: String

    init() throws {
        app = try TestApp()
        try app.ensureStockCommodities()
        admin = try app.makeToken(.admin)
        let band = try app.request("POST", "/v1/bands", token: admin, json: """
            {"commodity":"lpg-3kg","region":"63","min":18500,"max":20000,"effectiveFrom":"2025-10-01T00:00:00Z"}
            """)
        #expect(band.status == 201)
        for place in Self.places {
            let cooperative = try app.makeCooperative(village: place.village, name: "Koperasi \(place.name)")
            let outlet = try app.makeOutlet(cooperativeID: cooperative, village: place.village, name: "Gerai \(place.name)",
                                            latitude: place.point?.0, longitude: place.point?.1)
            #expect(try app.move(outlet, "receipt", place.stock, token: admin).status == 201)
            if let price = place.price {
                let posted = try app.request("POST", "/v1/outlets/\(outlet)/prices", token: admin,
                                             json: #"{"commodity":"lpg-3kg","price":\#(price)}"#)
                #expect(posted.status == 201)
            }
        }
        let soldOut = try app.makeOutlet(cooperativeID: try app.makeCooperative(), name: "Gerai Habis", latitude: -3.321, longitude: 114.591)
        #expect(try app.move(soldOut, "receipt", "5", token: admin).status == 201)
        #expect(try app.move(soldOut, "sale", "5", token: admin).status == 201)
    }

    func names(_ response: APIResponse) -> [String] {
        (0..<response.count("items")).compactMap { response.string("items.\($0).outletName") }
    }

    @Test func inARegionCheapestFirstThenMostStockThenUnpricedLast() throws {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71")
        #expect(found.status == 200)
        #expect(names(found) == ["Gerai Jauh", "Gerai Dekat", "Gerai Pusat", "Gerai Tanpa Titik", "Gerai Tanpa Harga"])
        #expect(found.value("outletsWithStock") == .number("5") && found.number("totalQuantity") == "45.5")
        #expect(found.string("commodity.id") == "lpg-3kg" && found.string("commodity.unit") == "tabung")
        #expect(found.string("region.code") == "63.71" && found.value("region.name") == .null)
        #expect(found.string("items.0.cooperativeName") == "Koperasi Jauh")
        #expect(found.string("items.0.region.code") == "63.71.02.1001")
        #expect(found.number("items.0.price") == "18500" && found.string("items.0.priceStatus") == "in_band")
        #expect(found.number("items.4.quantity") == "20.5" && found.value("items.4.price") == .null)
        #expect(found.value("items.4.priceStatus") == .null && found.value("items.4.priceObservedAt") == .null)
        #expect(found.string("items.0.stockUpdatedAt") == "2025-10-23T08:00:00Z")
        #expect(found.value("items.0.distanceKm") == nil, "no distance without near")
    }

    @Test func limitCutsTheListButNotTheTotals() throws {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71&limit=2")
        #expect(names(found) == ["Gerai Jauh", "Gerai Dekat"])
        #expect(found.number("outletsWithStock") == "5" && found.number("totalQuantity") == "45.5")
    }

    @Test func nearAPointNearestFirstWithinTheDefaultTenKilometres() throws {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&near=-3.32,114.59")
        #expect(found.status == 200)
        #expect(names(found) == ["Gerai Pusat", "Gerai Dekat", "Gerai Tanpa Harga"])
        #expect(found.value("region") == .null)
        #expect(found.number("outletsWithStock") == "3" && found.number("totalQuantity") == "35.5")
        #expect(found.number("items.0.distanceKm") == "0")
        #expect(found.number("items.1.distanceKm") == "1.57")
        #expect(found.number("items.2.distanceKm") == "8.9")
    }

    @Test func radiusNarrowsOrWidensTheCircle() throws {
        #expect(names(try app.request("GET", "/v1/availability?commodity=lpg-3kg&near=-3.32,114.59&radiusKm=2"))
                == ["Gerai Pusat", "Gerai Dekat"])
        let wide = try app.request("GET", "/v1/availability?commodity=lpg-3kg&near=-3.32,114.59&radiusKm=25&limit=1")
        #expect(names(wide) == ["Gerai Pusat"] && wide.number("outletsWithStock") == "4")
        #expect(wide.number("totalQuantity") == "42.5")
    }

    @Test func regionAndNearTogetherMustBothHold() throws {
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71.01&near=-3.32,114.59&radiusKm=25")
        #expect(names(found) == ["Gerai Pusat", "Gerai Dekat"] && found.string("region.code") == "63.71.01")
        let elsewhere = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=15&near=-3.32,114.59")
        #expect(elsewhere.count("items") == 0 && elsewhere.number("outletsWithStock") == "0")
        #expect(elsewhere.number("totalQuantity") == "0")
    }

    @Test func namesComeFromTheRegionListAndUnknownRegionsAreNotFound() throws {
        #expect(try app.importRegions(TestApp.sampleRegions, token: admin).status == 200)
        let found = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.71.01&limit=1")
        #expect(found.string("region.name") == "Banjarmasin Selatan")
        #expect(found.string("items.0.region.name") == "Kelayan Selatan")
        let missing = try app.request("GET", "/v1/availability?commodity=lpg-3kg&region=63.99")
        #expect(missing.status == 404 && missing.string("code") == "not_found")
    }

    @Test func anUnknownCommodityIsNotFound() throws {
        let missing = try app.request("GET", "/v1/availability?commodity=avtur&region=63")
        #expect(missing.status == 404 && missing.string("code") == "not_found")
    }

    @Test(arguments: [
        ("region=63.71", "commodity"), ("commodity=LPG&region=63.71", "commodity"),
        ("commodity=lpg-3kg", "region"), ("commodity=lpg-3kg&region=63.7", "region"),
        ("commodity=lpg-3kg&near=abc", "near"), ("commodity=lpg-3kg&near=-91,114", "near"),
        ("commodity=lpg-3kg&near=-3.32", "near"),
        ("commodity=lpg-3kg&near=-3.32,114.59&radiusKm=-1", "radiusKm"),
        ("commodity=lpg-3kg&near=-3.32,114.59&radiusKm=0", "radiusKm"),
        ("commodity=lpg-3kg&near=-3.32,114.59&radiusKm=ten", "radiusKm"),
        ("commodity=lpg-3kg&near=-3.32,114.59&radiusKm=101", "radiusKm"),
        ("commodity=lpg-3kg&region=63&limit=0", "limit"),
    ])
    func malformedParametersAreNamed(_ query: String, _ parameter: String) throws {
        let answer = try app.request("GET", "/v1/availability?" + query)
        #expect(answer.status == 400 && answer.string("code") == "malformed", "\(query)")
        #expect(answer.string("errors.0.field") == parameter, "\(query)")
    }
}
