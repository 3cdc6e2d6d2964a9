import LumbungCore
import Testing
@testable import LumbungStore

/// Stored values the code cannot read throw `MalformedRow` naming their table and column.
struct RowDecodingTests {
    @Test func aMalformedValueNamesItsTableAndColumn() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/rows.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, region TEXT, kind TEXT)")
            try c.execute("INSERT INTO places (region, kind) VALUES ('63.71', 'sale'), ('xx', 'theft'), (NULL, NULL)")
            let good = try c.queryOne("SELECT p.region AS r, kind FROM places p WHERE id = 1") { row in
                (try row.region(0), try row.parsed(1, MovementKind.init(rawValue:)))
            }
            #expect(good?.0 == RegionCode("63.71") && good?.1 == .sale)
            #expect {
                _ = try c.queryOne("SELECT p.region AS r FROM places p WHERE id = 2") { try $0.region(0) }
            } throws: { ($0 as? MalformedRow)?.description == #"malformed stored value in places.region: "xx""# }
            #expect {
                _ = try c.queryOne("SELECT kind FROM places WHERE id = 2") { try $0.parsed(0, MovementKind.init(rawValue:)) }
            } throws: { ($0 as? MalformedRow).map { [$0.table, $0.column, $0.value] } == ["places", "kind", "theft"] }
            let absent = try c.queryOne("SELECT region FROM places WHERE id = 3") { try $0.optionalParsed(0) { RegionCode($0) } }
            #expect(absent == .some(nil))
        }
    }

    @Test func aMatchedValueIsTheOneWithTheSameBytesAndAnyOtherTextIsParsedOrThrows() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/matched.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT)")
            try c.execute("INSERT INTO t (status) VALUES ('below_band'), ('above_band'), ('no_band'), ('in_band '), ('')")
            // Only two statuses in the table of bytes: the others go through the parser, as `parsed` would.
            let known = [PriceStatus.aboveBand, .belowBand].map { (bytes: Array($0.rawValue.utf8), value: $0) }
            let read = try c.query("SELECT status FROM t WHERE id <= 3 ORDER BY id") {
                try $0.matched(0, among: known, else: PriceStatus.init(rawValue:))
            }
            #expect(read == [.belowBand, .aboveBand, .noBand])
            for id in [4, 5] {
                #expect {
                    _ = try c.queryOne("SELECT status FROM t WHERE id = ?1", [id]) {
                        try $0.matched(0, among: known, else: PriceStatus.init(rawValue:))
                    }
                } throws: { ($0 as? MalformedRow)?.column == "status" }
            }
        }
    }

    @Test func columnsAreFoundByNameAndAMissingOneThrows() throws {
        try withTemporarySQLiteDirectory { dir in
            let c = try Connection(path: dir + "/names.sqlite")
            defer { c.close() }
            try c.execute("CREATE TABLE t (a TEXT, b TEXT); INSERT INTO t VALUES ('first', 'second')")
            let read = try c.queryOne("SELECT a, b AS renamed FROM t") { row in
                (row.string(try row.column("renamed")), row.string(try row.column("a")))
            }
            #expect(read?.0 == "second" && read?.1 == "first")
            #expect(throws: MalformedRow.self) { _ = try c.queryOne("SELECT a FROM t") { try $0.column("b") } }
        }
    }
}
