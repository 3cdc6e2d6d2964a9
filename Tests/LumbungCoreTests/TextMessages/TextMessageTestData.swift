import LumbungCore

/// The catalogue and vocabulary text message tests read with.
enum TextMessageTestData {
    /// LPG, rice and cooking oil with their aliases.
    static let vocabulary = TextVocabulary(catalogue: [
        Commodity(id: CommodityID("lpg-3kg")!, name: "LPG 3 kg", unit: "tabung", category: .lpg, aliases: ["LPG", "GAS", "ELPIJI"]),
        Commodity(id: CommodityID("beras-medium")!, name: "Beras Medium", unit: "kg", category: .beras, aliases: ["BERAS"]),
        Commodity(id: CommodityID("minyakita")!, name: "Minyakita", unit: "liter", category: .sembako, aliases: ["MINYAK", "MINYAKITA"]),
        Commodity(id: CommodityID("gula-pasir")!, name: "Gula Pasir", unit: "kg", category: .sembako),
    ])

    /// The clauses of `text`, or nil when it is refused.
    static func clauses(_ text: String) -> [TextClause]? {
        try? TextMessage.parse(text, vocabulary: vocabulary).get()
    }

    /// The refusal of `text`, or nil when it is understood.
    static func refusal(_ text: String) -> TextRefusal? {
        if case .failure(let refusal) = TextMessage.parse(text, vocabulary: vocabulary) { return refusal }
        return nil
    }
}
