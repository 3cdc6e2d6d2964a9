import Testing
import LumbungCore

struct MoneyTests {
    @Test(arguments: [
        (Int64(18_500), "Rp18.500"), (1_234_567, "Rp1.234.567"), (0, "Rp0"), (999, "Rp999"),
        (1000, "Rp1.000"), (100_000, "Rp100.000"), (-5000, "-Rp5.000"),
        (Int64.min, "-Rp9.223.372.036.854.775.808"),
    ])
    func formatsIndonesianStyle(rupiah: Int64, expected: String) {
        #expect(Money(rupiah).formatted == expected)
        #expect(Money(rupiah).description == expected)
    }

    @Test func positivityAndOrdering() {
        let het: Money = 18_500
        #expect(het.isPositive)
        #expect(!Money.zero.isPositive)
        #expect(!Money(-1).isPositive)
        #expect(Money(18_500) < Money(20_000))
        #expect(het.rupiah == 18_500 && het.rawValue == 18_500)
    }

    @Test func requirePositiveNamesTheField() {
        #expect(throws: Never.self) { try Money(1).requirePositive(field: "price") }
        do {
            try Money(0).requirePositive(field: "price")
            Issue.record("zero accepted")
        } catch {
            guard case .invalid(let errors) = error else { Issue.record("wrong error \(error)"); return }
            #expect(errors.map(\.field) == ["price"])
        }
    }
}
