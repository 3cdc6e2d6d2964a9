import MicroHTTP
import Testing

@Suite struct JSONTests {
    @Test func parsesAndKeepsNumberLiteralsExact() throws {
        let value = try JSONParser.parse(Array(#"{"quantity": 0.1, "price": 18500, "ok": true, "note": null}"#.utf8))
        #expect(value["quantity"] == .number("0.1"))
        #expect(value["price"] == .number("18500"))
        #expect(value["ok"] == .bool(true))
        #expect(value["note"] == .null)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(Array(#"["a\"b\\c\n", "\u00e9\ud83d\ude00"]"#.utf8))
        #expect(value == .array([.string("a\"b\\c\n"), .string("é😀")]))
    }

    @Test(arguments: ["", "{", "[1,]", "{\"a\":}", "01", "1.", "-", "\"\u{01}\"", "tru", "{} x", "\"\\ud800\""])
    func rejectsMalformedDocuments(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    @Test func rejectsInvalidUTF8AndDeepNesting() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(deep.utf8)) }
    }

    @Test func readsStringsWithAndWithoutEscapesAndMultibyteText() throws {
        let value = try JSONParser.parse(Array(#"{"plain": "Gerai Kelayan", "é": "Bébé ✓", "tail": "ab\"c", "end": "x\u0041"}"#.utf8))
        #expect(value == .object([("plain", .string("Gerai Kelayan")), ("é", .string("Bébé ✓")), ("tail", .string("ab\"c")),
                                  ("end", .string("xA"))]))
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x61, 0xC3, 0x22]) }  // a cut two-byte character
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array("\"ab\u{0A}\"".utf8)) }  // a raw newline
    }

    @Test(arguments: [2, 8, 9, 40])
    func refusesARepeatedKeyAnywhereInAnObject(_ keys: Int) throws {
        let members = (0..<keys).map { "\"k\($0)\": \($0)" }
        let distinct = try JSONParser.parse(Array("{\(members.joined(separator: ","))}".utf8))
        #expect(distinct["k\(keys - 1)"] == .number("\(keys - 1)"))
        for repeated in [0, keys - 1] {
            let text = "{\((members + ["\"k\(repeated)\": 0"]).joined(separator: ","))}"
            #expect(throws: JSONParseError.self, "k\(repeated) again after \(keys) keys") { try JSONParser.parse(Array(text.utf8)) }
        }
    }

    @Test func serializesWithEscapesInKeyOrder() {
        let value = JSON.object([("b", .int(1)), ("a", .string("<\"\u{0}\n>")), ("c", .null)])
        #expect(String(decoding: value.bytes, as: UTF8.self) == #"{"b":1,"a":"<\"\u0000\n>","c":null}"#)
    }

    @Test func writingMemberByMemberGivesTheBytesOfTheWholeValue() {
        let whole = JSON.object([
            ("name", .string("Warung \"Bu\" Sri")), ("empty", .array([])), ("none", .null),
            ("items", .array([.object([("n", .int(1)), ("tags", .array([.string("a"), .bool(true)]))]), .object([])])),
        ])
        var json = JSONWriter()
        json.beginObject()
        json.key("name")
        json.value(.string("Warung \"Bu\" Sri"))
        json.key("empty")
        json.beginArray()
        json.endArray()
        json.key("none")
        json.value(.null)
        json.key("items")
        json.beginArray()
        json.beginObject()
        json.key("n")
        json.value(.int(1))
        json.key("tags")
        json.value(.array([.string("a"), .bool(true)]))
        json.endObject()
        json.beginObject()
        json.endObject()
        json.endArray()
        json.endObject()
        #expect(String(decoding: json.output, as: UTF8.self) == String(decoding: whole.bytes, as: UTF8.self))
    }
}
