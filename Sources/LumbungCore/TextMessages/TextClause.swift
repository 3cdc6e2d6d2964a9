/// One understood clause of a text message.
public struct TextClause: Sendable, Hashable {
    /// What the clause asks for.
    public enum Action: Sendable, Hashable {
        /// Record a movement of `quantity`.
        case movement(MovementKind, Quantity)
        /// Report a selling price.
        case price(Money)
        /// List outlets holding the commodity in `place` (a region code or a village name), or
        /// around the sender's own outlet when nil.
        case check(place: String?)
        /// Explain how to write messages.
        case help
    }

    /// The keyword it started with.
    public let keyword: TextKeyword
    /// The commodity it is about (nil for `INFO`).
    public let commodity: VocabularyEntry?
    /// What it asks for.
    public let action: Action

    /// An understood clause.
    public init(keyword: TextKeyword, commodity: VocabularyEntry?, action: Action) {
        self.keyword = keyword
        self.commodity = commodity
        self.action = action
    }

    /// Whether the clause writes (and so needs a registered phone).
    public var writes: Bool {
        switch action {
        case .movement, .price: return true
        case .check, .help: return false
        }
    }

    /// The clause as it was understood, in its canonical spelling: `JUAL LPG 3`, `HARGA LPG Rp19.000`.
    public var echo: String {
        let name = commodity?.word ?? ""
        switch action {
        case .movement(_, let quantity): return "\(keyword.rawValue) \(name) \(quantity.decimalCommaText)"
        case .price(let price): return "HARGA \(name) \(price.formatted)"
        case .check(let place): return ["CEK", name, place].compactMap { $0 }.joined(separator: " ")
        case .help: return "INFO"
        }
    }
}
