/// Numbers as people type them in text messages: `40`, `2,5`, `1.000`, `19.000`, `Rp19.000`, `19rb`.
public enum TextNumber {
    /// The largest quantity a message may carry (the API's limit per movement).
    public static let maximumQuantity = Quantity(thousandths: 1_000_000_000 * Quantity.scale)
    /// The largest price a message may carry, in Rupiah.
    public static let maximumPrice: Int64 = 1_000_000_000_000

    /// A quantity: digits, optionally `.`-grouped thousands (`1.000`), with a decimal comma and at
    /// most 3 decimals (`2,5`); a lone `.` before 1–2 digits is read as a decimal point (`2.5`).
    public static func quantity(_ word: String) -> Result<Quantity, TextRefusalReason> {
        if word.hasPrefix("-") { return .failure(.negative(word)) }
        guard let decimal = decimalText(word) else { return .failure(.notANumber(word)) }
        guard decimal.count <= 16, let quantity = Quantity(decimalLiteral: decimal) else {
            return .failure(tooManyDecimals(decimal) ? .tooManyDecimals(word) : .tooLarge(word))
        }
        guard quantity <= maximumQuantity else { return .failure(.tooLarge(word)) }
        return .success(quantity)
    }

    /// A price in whole Rupiah: `19000`, `19.000`, `Rp19.000`, `Rp 19.000` (already joined), `19rb`,
    /// `19,5rb`, `19ribu`.
    public static func rupiah(_ word: String) -> Result<Money, TextRefusalReason> {
        var text = Substring(word.uppercased())
        if text.hasPrefix("-") { return .failure(.negative(word)) }
        if text.hasPrefix("RP") { text = text.dropFirst(2) }
        if text.hasPrefix(".") { text = text.dropFirst() }
        if text.hasPrefix("-") { return .failure(.negative(word)) }
        var thousands = false
        for suffix in ["RIBU", "RB", "K"] where text.hasSuffix(suffix) {
            text = text.dropLast(suffix.count)
            thousands = true
            break
        }
        guard let decimal = decimalText(String(text)), decimal.count <= 16,
              let amount = Quantity(decimalLiteral: decimal) else {
            return .failure(text.count > 16 ? .tooLarge(word) : .notANumber(word))
        }
        let thousandths = amount.thousandths.multipliedReportingOverflow(by: thousands ? 1000 : 1)
        guard !thousandths.overflow else { return .failure(.tooLarge(word)) }
        guard thousandths.partialValue % Quantity.scale == 0 else { return .failure(.notWholeRupiah(word)) }
        let rupiah = thousandths.partialValue / Quantity.scale
        guard rupiah > 0 else { return .failure(.notPositive(word)) }
        guard rupiah <= maximumPrice else { return .failure(.tooLarge(word)) }
        return .success(Money(rupiah))
    }

    /// The word as JSON-style decimal text (`1.000` → `1000`, `2,5` → `2.5`), or nil when it is not
    /// a number in one of the accepted shapes.
    static func decimalText(_ word: String) -> String? {
        guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
              word.first!.isNumber, word.last!.isNumber else { return nil }
        let commaParts = word.split(separator: ",", omittingEmptySubsequences: false)
        guard commaParts.count <= 2 else { return nil }
        let whole = commaParts[0]
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        var integer: String
        var fraction = commaParts.count == 2 ? String(commaParts[1]) : ""
        if groups.count == 1 {
            integer = String(whole)
        } else if groups.count == 2 && groups[1].count < 3 && commaParts.count == 1 {
            integer = String(groups[0])
            fraction = String(groups[1])
        } else {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            integer = groups.joined()
        }
        if fraction.contains(".") { return nil }
        while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    /// Whether decimal text has more than 3 digits after its point.
    private static func tooManyDecimals(_ decimal: String) -> Bool {
        guard let point = decimal.firstIndex(of: ".") else { return false }
        return decimal[decimal.index(after: point)...].count > 3
    }
}

extension Quantity {
    /// The quantity with a decimal comma, as Indonesians write it: `2,5`, `40`, `0,125`.
    public var decimalCommaText: String {
        String(description.map { $0 == "." ? "," : $0 })
    }
}
