import MicroHTTP

/// An RFC 4180 table: a header row, then rows of JSON scalars (strings as text, neutralised against
/// formula injection; numbers as their literal; null and anything else as an empty field); CRLF line ends.
struct CSVTable {
    /// The column names.
    let header: [String]
    /// The rows, each as long as the header.
    var rows: [[JSON]] = []

    /// The table as text; fields holding a comma, quote, CR or LF are quoted, quotes doubled.
    var text: String {
        var lines = [header.map(Self.field).joined(separator: ",")]
        for row in rows {
            lines.append(row.map { value in
                switch value {
                case .string(let text): return Self.field(text)
                case .number(let literal): return literal
                default: return ""
                }
            }.joined(separator: ","))
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// A `text/csv; charset=utf-8` response with the table.
    var response: Response {
        .text(text, contentType: "text/csv; charset=utf-8")
    }

    /// One text field, neutralised against formulas (see `neutralisedForSpreadsheets`) and quoted when it must be.
    static func field(_ text: String) -> String {
        let text = text.neutralisedForSpreadsheets
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 13 || $0 == 10 })
        else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

extension String {
    /// The text with every `"` doubled.
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            result.append(character)
            if character == "\"" { result.append("\"") }
        }
        return result
    }
}
