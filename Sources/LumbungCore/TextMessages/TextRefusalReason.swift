/// Why a text message, or one clause of it, was refused; `text` says it in Indonesian.
public enum TextRefusalReason: Sendable, Hashable, Error {
    /// The message has no clause at all.
    case empty
    /// The message is longer than `TextMessage.maximumLength` characters.
    case tooLong
    /// The message holds more than `TextMessage.maximumClauses` clauses.
    case tooManyClauses
    /// The message holds control characters or other bytes no phone types.
    case unreadable
    /// The clause starts with a word that is not a keyword.
    case unknownKeyword(String)
    /// The clause names no commodity.
    case missingCommodity(TextKeyword)
    /// The word is neither a commodity id nor an alias.
    case unknownCommodity(String)
    /// The clause lacks its number.
    case missingNumber(TextKeyword)
    /// The clause has words after its number.
    case extraWords(TextKeyword)
    /// The word is not a number in an accepted shape.
    case notANumber(String)
    /// The number is negative.
    case negative(String)
    /// The number must be above zero.
    case notPositive(String)
    /// The number is beyond what the service accepts.
    case tooLarge(String)
    /// The number has more than 3 decimals.
    case tooManyDecimals(String)
    /// A price with a fraction of a Rupiah.
    case notWholeRupiah(String)
    /// A write from a number that is not registered.
    case unregistered
    /// A sale or adjustment beyond the balance.
    case insufficientStock(available: Quantity, unit: String)
    /// A stock check without a place from a number that has none.
    case missingPlace
    /// A stock check naming a place that is not known.
    case unknownPlace(String)
    /// Anything else the write path refused, in its own words.
    case refused(String)

    /// The reason in Indonesian, short enough for a text message.
    public var text: String {
        switch self {
        case .empty: return "Pesan kosong."
        case .tooLong: return "Pesan terlalu panjang (maks \(TextMessage.maximumLength) huruf)."
        case .tooManyClauses: return "Terlalu banyak perintah (maks \(TextMessage.maximumClauses) per pesan)."
        case .unreadable: return "Pesan berisi huruf yang tidak terbaca."
        case .unknownKeyword(let word): return "kata \(Self.clip(word)) tidak dikenal. Awali dengan \(TextKeyword.listed)."
        case .missingCommodity(let keyword): return "barang belum disebut. Contoh: \(keyword.example)"
        case .unknownCommodity(let word): return "barang \(Self.clip(word)) tidak dikenal."
        case .missingNumber(let keyword): return "\(keyword.numberName) belum ditulis. Contoh: \(keyword.example)"
        case .extraWords(let keyword): return "ada kata lebih. Contoh: \(keyword.example)"
        case .notANumber(let word): return "\(Self.clip(word)) bukan angka."
        case .negative(let word): return "\(Self.clip(word)) negatif; tulis angka tanpa tanda minus."
        case .notPositive(let word): return "\(Self.clip(word)) harus lebih dari 0."
        case .tooLarge(let word): return "angka \(Self.clip(word)) terlalu besar."
        case .tooManyDecimals(let word): return "\(Self.clip(word)): paling banyak 3 angka di belakang koma."
        case .notWholeRupiah(let word): return "harga \(Self.clip(word)) harus rupiah bulat."
        case .unregistered: return "nomor ini belum terdaftar untuk melapor. Hubungi koperasi atau dinas."
        case .insufficientStock(let available, let unit):
            return "stok tidak cukup, sisa \(available.decimalCommaText) \(unit)."
        case .missingPlace: return "sebut wilayahnya. Contoh: CEK LPG KELAYAN TIMUR"
        case .unknownPlace(let place): return "wilayah \(Self.clip(place)) tidak ditemukan."
        case .refused(let message): return Self.clip(message, to: 60)
        }
    }

    /// `text` cut to `length` characters with `..` when longer, so one bad word cannot fill a reply.
    static func clip(_ text: String, to length: Int = 20) -> String {
        text.count <= length ? text : String(text.prefix(length - 2)) + ".."
    }
}
