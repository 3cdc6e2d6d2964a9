import Testing
import LumbungCore

struct CommodityTests {
    @Test(arguments: ["lpg-3kg", "beras-medium", "minyakita", "a", "x9", String(repeating: "a", count: 64)])
    func acceptsSlugs(text: String) {
        #expect(CommodityID(text)?.rawValue == text)
    }

    @Test(arguments: [
        "", "-lpg", "lpg-", "LPG", "beras_medium", "beras medium", "gula.pasir", "é", String(repeating: "a", count: 65),
    ])
    func rejectsNonSlugs(text: String) {
        #expect(CommodityID(text) == nil)
    }

    @Test func categoriesUseTheirAPINames() {
        #expect(CommodityCategory.allCases.map(\.rawValue) == ["lpg", "beras", "sembako", "other"])
        #expect(CommodityCategory(rawValue: "sembako") == .sembako)
        #expect(CommodityCategory(rawValue: "Beras") == nil)
    }

    @Test func commodityHoldsItsFields() throws {
        let lpg = Commodity(id: try #require(CommodityID("lpg-3kg")), name: "LPG 3 kg", unit: "tabung", category: .lpg)
        #expect(lpg.id.description == "lpg-3kg")
        #expect(lpg.unit == "tabung")
        #expect(lpg.category == .lpg)
    }
}
