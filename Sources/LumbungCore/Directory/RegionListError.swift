/// Why a region list (CSV `kode,nama`) was refused as a whole.
public enum RegionListError: Error, Hashable, CustomStringConvertible {
    /// The bytes are not UTF-8 text.
    case notUTF8
    /// A line is wrong: its number (the header is line 1), the column at fault and what is wrong.
    case badLine(line: Int, field: String, message: String)

    /// A plain-English explanation.
    public var description: String {
        switch self {
        case .notUTF8: return "The region list is not UTF-8 text."
        case .badLine(let line, let field, let message): return "Line \(line), \(field): \(message)."
        }
    }
}
