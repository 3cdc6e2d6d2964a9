/// The first word of a clause: what the clause asks for.
public enum TextKeyword: String, Sendable, Hashable, CaseIterable {
    /// `TERIMA <barang> <jumlah>`: a receipt.
    case terima = "TERIMA"
    /// `JUAL <barang> <jumlah>`: a sale.
    case jual = "JUAL"
    /// `STOK <barang> <jumlah>`: a stock count (opname).
    case stok = "STOK"
    /// `HARGA <barang> <harga>`: a price report.
    case harga = "HARGA"
    /// `CEK <barang> [<wilayah>]`: where to buy.
    case cek = "CEK"
    /// `INFO`, `BANTUAN` or `?`: how to write messages.
    case info = "INFO"

    /// The keyword a word stands for (case already folded to upper), or nil.
    public init?(word: String) {
        if word == "BANTUAN" || word == "?" {
            self = .info
        } else {
            self.init(rawValue: word)
        }
    }

    /// The keywords as a reply lists them.
    static let listed = "TERIMA, JUAL, STOK, HARGA, CEK atau INFO"

    /// A correct clause of this kind.
    public var example: String {
        switch self {
        case .terima: return "TERIMA LPG 40"
        case .jual: return "JUAL LPG 3"
        case .stok: return "STOK LPG 37"
        case .harga: return "HARGA LPG 19000"
        case .cek: return "CEK LPG KELAYAN TIMUR"
        case .info: return "INFO"
        }
    }

    /// What its number is called in a reply.
    var numberName: String { self == .harga ? "harga" : "jumlah" }

    /// The movement kind this keyword records, if it is one.
    public var movementKind: MovementKind? {
        switch self {
        case .terima: return .receipt
        case .jual: return .sale
        case .stok: return .count
        default: return nil
        }
    }
}
