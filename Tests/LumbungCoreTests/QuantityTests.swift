import Testing
import LumbungCore

struct QuantityTests {
    @Test func tenthsAddExactly() throws {
        let a = try #require(Quantity(decimalLiteral: "0.1"))
        let b = try #require(Quantity(decimalLiteral: "0.2"))
        #expect(try a + b == Quantity(decimalLiteral: "0.3"))
        #expect(try (a + b).description == "0.3")
    }

    @Test(arguments: [
        ("2.5", Int64(2500), "2.5"), ("40", 40_000, "40"), ("-3", -3000, "-3"), ("0.125", 125, "0.125"),
        ("0", 0, "0"), ("-0", 0, "0"), ("1.000", 1000, "1"), ("1.50", 1500, "1.5"), ("0.001", 1, "0.001"),
        ("-0.5", -500, "-0.5"), ("9223372036854775.807", Int64.max, "9223372036854775.807"),
    ])
    func parsesAndPrintsShortestForm(text: String, thousandths: Int64, printed: String) throws {
        let quantity = try #require(Quantity(decimalLiteral: text))
        #expect(quantity.thousandths == thousandths)
        #expect(quantity.description == printed)
        #expect(Quantity(decimalLiteral: quantity.description) == quantity)
    }

    @Test(arguments: [
        "1.2345", "1e3", "1e2", "1E2", "01", "-01", "00", "+1", "", "-", ".5", "5.", "1.", "--1", " 1", "1 ",
        "1,5", "0x10", "NaN", "Infinity", "9223372036854775.808", "99999999999999999999", "1.2.3",
    ])
    func rejectsNonJSONOrInexactText(text: String) {
        #expect(Quantity(decimalLiteral: text) == nil)
    }

    @Test func signsAndComparison() {
        let forty: Quantity = 40
        #expect(forty.thousandths == 40_000)
        #expect(forty.isPositive && !forty.isNegative && !forty.isZero)
        #expect(Quantity.zero.isZero)
        #expect(Quantity(thousandths: -1).isNegative)
        #expect(Quantity(thousandths: 999) < Quantity(whole: 1)!)
        #expect(Quantity(whole: Int64.max) == nil)
    }

    @Test func arithmeticThrowsOnOverflow() throws {
        let big = Quantity(thousandths: Int64.max)
        #expect(throws: QuantityOverflow.self) { try big + Quantity(thousandths: 1) }
        #expect(throws: QuantityOverflow.self) { try Quantity(thousandths: Int64.min) - Quantity(thousandths: 1) }
        #expect(throws: QuantityOverflow.self) { try -Quantity(thousandths: Int64.min) }
        #expect(try big - big == .zero)
        #expect(try -Quantity(whole: 3)! == Quantity(decimalLiteral: "-3"))
        #expect(try Quantity.sum([Quantity(1), Quantity(2), Quantity(decimalLiteral: "0.5")!]).description == "3.5")
    }
}
