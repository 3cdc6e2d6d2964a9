import Testing
import LumbungCore

struct TextNumberTests {
    @Test(arguments: [
        ("40", Int64(40_000)), ("2,5", 2_500), ("2.5", 2_500), ("0,125", 125), ("1.000", 1_000_000), ("1.000.000", 1_000_000_000),
        ("2.500", 2_500_000), ("1.000,5", 1_000_500), ("007", 7_000), ("0", 0), ("1000000000", 1_000_000_000_000),
    ])
    func readsQuantities(word: String, thousandths: Int64) throws {
        #expect(try TextNumber.quantity(word).get() == Quantity(thousandths: thousandths))
    }

    @Test(arguments: [
        ("-3", TextRefusalReason.negative("-3")), ("abc", .notANumber("abc")), ("2,", .notANumber("2,")), (",5", .notANumber(",5")),
        ("1.0000", .notANumber("1.0000")), ("2,5555", .tooManyDecimals("2,5555")), ("1000000001", .tooLarge("1000000001")),
        ("123456789012345678901234567890", .tooLarge("123456789012345678901234567890")), ("", .notANumber("")),
        ("٣", .notANumber("٣")), ("1e3", .notANumber("1e3")),
    ])
    func refusesQuantities(word: String, reason: TextRefusalReason) {
        #expect(throws: reason) { try TextNumber.quantity(word).get() }
    }

    @Test(arguments: [
        ("19000", Int64(19_000)), ("19.000", 19_000), ("RP19.000", 19_000), ("Rp19.000", 19_000), ("rp.19.000", 19_000),
        ("19rb", 19_000), ("19RB", 19_000), ("19,5rb", 19_500), ("19ribu", 19_000), ("19k", 19_000), ("1.250.000", 1_250_000),
    ])
    func readsRupiah(word: String, rupiah: Int64) throws {
        #expect(try TextNumber.rupiah(word).get() == Money(rupiah))
    }

    @Test(arguments: ["-19000", "Rp-19000", "0", "19,5", "rb", "Rp", "1e4", "19rbu", "1000000000001",
                      "999999999999999999999999999999"])
    func refusesPrices(word: String) {
        #expect((try? TextNumber.rupiah(word).get()) == nil)
    }
}
