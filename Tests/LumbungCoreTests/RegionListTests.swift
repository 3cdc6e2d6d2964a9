import LumbungCore
import Testing

@Suite struct RegionListTests {
    @Test func readsQuotedFieldsLineEndsAndAByteOrderMark() throws {
        let csv = "\u{FEFF}Kode , Nama\r\n12.07.28.1007,\"Lubuk Pakam I,II\"\r\n\r\n63, Kalimantan Selatan \n63.71,\"Kota \"\"Banjarmasin\"\"\""
        let regions = try RegionList.parse(Array(csv.utf8))
        #expect(regions.map(\.code.rawValue) == ["12.07.28.1007", "63", "63.71"])
        #expect(regions.map(\.name) == ["Lubuk Pakam I,II", "Kalimantan Selatan", "Kota \"Banjarmasin\""])
        #expect(regions.map(\.level) == [4, 1, 2])
        #expect(regions.map { $0.parent?.rawValue } == ["12.07.28", nil, "63"])
    }

    @Test(arguments: [
        ("kode,nama\n63,A\n\"63.71\"x,B\n", 3, "row"),
        ("kode,nama\n63,\"A\nB\n", 2, "row"),
        ("kode,nama\n63,A\n\n\n6,B\n", 5, "kode"),
        ("kode,nama\n63.71.01.1001.1,A\n", 2, "kode"),
        ("kode,nama\n63,\t\n", 2, "nama"),
        ("kode;nama\n63;A\n", 1, "header"),
    ])
    func namesTheFirstBadLine(_ csv: String, _ line: Int, _ field: String) {
        do {
            _ = try RegionList.parse(Array(csv.utf8))
            Issue.record("\(csv) was accepted")
        } catch .badLine(let found, let foundField, _) {
            #expect(found == line)
            #expect(foundField == field)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func refusesBytesThatAreNotUTF8() {
        #expect(throws: RegionListError.notUTF8) { try RegionList.parse(Array("kode,nama\n63,".utf8) + [0xFF]) }
    }
}
