import MicroHTTP
import Testing
@testable import LumbungAPI

/// Smaller holes: duplicate JSON keys, formula injection in CSV exports.
@Suite struct SmallHardeningTests {
    @Test func aBodyWithADuplicateKeyIsMalformedAndWritesNothing() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let response = try app.request("POST", "/v1/cooperatives", token: admin,
                                       json: #"{"name":"Koperasi A","region":"63.71.01.1001","name":"Koperasi B"}"#)
        #expect(response.status == 400)
        #expect(response.string("code") == "malformed")
        #expect(try app.count("SELECT count(*) FROM cooperatives") == 0)
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreNeutralised() {
        var table = CSVTable(header: ["name", "value"])
        table.rows = [[.string("=HYPERLINK(\"http://x\")"), .number("-5")], [.string("+62 811 cmd|' /C calc'!A0"), .null],
                      [.string("-1+1"), .null], [.string("@SUM(A1)"), .null], [.string("Kelayan Timur"), .null],
                      [.string("-5,73"), .string("\tx")]]
        let lines = table.text.components(separatedBy: "\r\n")
        #expect(lines[1] == #""'=HYPERLINK(""http://x"")",-5"#)
        #expect(lines[2] == "'+62 811 cmd|' /C calc'!A0,")
        #expect(lines[3] == "'-1+1,")
        #expect(lines[4] == "'@SUM(A1),")
        #expect(lines[5] == "Kelayan Timur,")
        #expect(lines[6] == "\"-5,73\",'\tx")
    }
}

/// A region list cannot add villages under regions nobody loaded.
@Suite struct RegionParentTests {
    @Test func aVillageWhoseParentsAreMissingIsRefusedAndNothingIsImported() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        let orphan = try app.importRegions("kode,nama\n63,Kalimantan Selatan\n64.71.01.1001,Desa Tanpa Induk\n", token: admin)
        #expect(orphan.status == 422)
        #expect(orphan.number("line") == "3")
        #expect(orphan.text.contains("64.71.01"))
        #expect(try app.count("SELECT count(*) FROM regions") == 0)
    }

    @Test func aVillageUnderAnAlreadyLoadedKecamatanIsAccepted() throws {
        let app = try TestApp()
        let admin = try app.makeToken(.admin)
        #expect(try app.importRegions("kode,nama\n63,Kalimantan Selatan\n63.71,Kota Banjarmasin\n63.71.01,Banjarmasin Selatan\n",
                                      token: admin).status == 200)
        #expect(try app.importRegions("kode,nama\n63.71.01.1001,Kelayan Timur\n", token: admin).status == 200)
        #expect(try app.count("SELECT count(*) FROM regions") == 4)
    }
}
