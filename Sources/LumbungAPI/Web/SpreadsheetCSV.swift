import MicroHTTP

/// A table for spreadsheets set to Indonesian (Excel, LibreOffice): UTF-8 with a byte-order mark
/// so the text is read as UTF-8, `;` between fields because the comma is the decimal separator,
/// decimals with a comma, CRLF line ends; a field holding `;`, `"`, CR or LF is quoted, and one a spreadsheet
/// would run as a formula is neutralised.
struct SpreadsheetCSV {
    /// The column names, in Indonesian.
    let header: [String]
    /// The rows, each as long as the header, already written as the spreadsheet should read them.
    var rows: [[String]] = []

    /// The file: the byte-order mark, then the lines.
    var bytes: [UInt8] {
        let lines = ([header] + rows).map { $0.map(Self.field).joined(separator: ";") + "\r\n" }
        return [0xEF, 0xBB, 0xBF] + Array(lines.joined().utf8)
    }

    /// The file as a download named `filename`.
    func response(filename: String) -> Response {
        Response(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"\(filename)\""),
            ("Cache-Control", "no-store"),
        ]), body: bytes)
    }

    /// A number with `places` decimals and a decimal comma, e.g. `5,73`; empty for nil.
    static func decimal(_ value: Double?, places: Int) -> String {
        guard let value, value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int64((abs(value) * scale).rounded())
        let whole = scaled / Int64(scale)
        let fraction = String(scaled % Int64(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard places > 0 else { return "\(sign)\(whole)" }
        return "\(sign)\(whole),\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }

    /// One field, neutralised against formulas (see `neutralisedForSpreadsheets`) and quoted when it must be.
    private static func field(_ text: String) -> String {
        let text = text.neutralisedForSpreadsheets
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
