import Foundation
import LumbungApp
import LumbungCore
import Testing

@Suite struct DemoTests {
    @Test func theSmallDemoGivesTokensThatWorkForEveryRole() throws {
        let folder = NSTemporaryDirectory() + "lumbung-demo-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var settings = Settings()
        settings.databasePath = folder + "/demo.sqlite"
        settings.catalogueFile = TestApp.repositoryRoot + "/Config/commodities.json"
        settings.bandsFile = TestApp.repositoryRoot + "/Config/bands.json"
        let store = try Application.openSQLite(settings)
        let world = try Demo(store: store).small()
        store.close()
        #expect(world.cooperativeCount == 4)
        #expect(world.shopkeepers.count == 4)
        let guide = world.guide(baseURL: "http://127.0.0.1:8080")
        #expect(guide.contains(world.admin.secret) && guide.contains("curl -s 'http://127.0.0.1:8080/v1/outlets/\(world.sampleOutletID)'"))

        let reopened = try Application.openSQLite(settings)
        #expect(throws: CommandError.self) { try Demo(store: reopened) }
        reopened.close()

        let app = try TestApp { $0.databasePath = settings.databasePath }
        let villages = try app.request("GET", "/v1/regions?parent=63.71.03")
        #expect(villages.count("items") == 3)
        let outlets = try app.request("GET", "/v1/outlets?region=63.71")
        #expect(outlets.count("items") == 4)
        let sample = try app.request("GET", "/v1/outlets/\(world.sampleOutletID)")
        #expect(sample.string("region") == "63.71.01.1008")
        #expect(sample.string("name") == "Gerai Kelayan Timur")
        #expect(sample.number("latitude")?.hasPrefix("-3.3") == true)
        #expect(sample.string("address") != nil)
        let cooperative = try #require(sample.string("cooperativeId"))

        #expect(try app.request("GET", "/v1/tokens", token: world.admin.secret).count("items") == 7)
        #expect(try app.request("POST", "/v1/cooperatives", token: world.officer.secret,
                                json: #"{"name":"Koperasi Baru","region":"63.71.03.1005"}"#).status == 201)
        #expect(try app.request("POST", "/v1/outlets", token: world.shopkeepers[0].secret,
                                json: #"{"cooperativeId":"\#(cooperative)","name":"Gerai Kedua"}"#).status == 201)
        #expect(try app.request("POST", "/v1/outlets", token: world.shopkeepers[1].secret,
                                json: #"{"cooperativeId":"\#(cooperative)","name":"Gerai Ketiga"}"#).status == 403)
    }
}
