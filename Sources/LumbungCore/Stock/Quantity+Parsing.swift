/// Exact conversion between quantities and JSON number text.
extension Quantity {
    /// Parses JSON number text with at most 3 decimals: `2.5`, `40`, `-3`, `0.125`, `-0`.
    ///
    /// Returns nil for exponents (`1e2`), more than 3 decimals (`1.2345`), leading
    /// zeros (`01`), a plus sign, empty text, `.5`, `5.`, and values whose thousandths
    /// do not fit in `Int64` (the accepted magnitude is at most `Int64.max` thousandths).
    public init?(decimalLiteral text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        while index < bytes.count, ASCIIDigits.isDigit(bytes[index]) { index += 1 }
        let integerCount = index - integerStart
        guard integerCount >= 1,
              integerCount == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
        var fractionCount = 0
        if index < bytes.count {
            guard bytes[index] == UInt8(ascii: ".") else { return nil }
            index += 1
            let fractionStart = index
            while index < bytes.count, ASCIIDigits.isDigit(bytes[index]) { index += 1 }
            fractionCount = index - fractionStart
            guard (1...3).contains(fractionCount), index == bytes.count else { return nil }
        }
        var magnitude: UInt64 = 0
        for byte in bytes[integerStart...] where byte != UInt8(ascii: ".") {
            let (times10, overflowA) = magnitude.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = times10.addingReportingOverflow(UInt64(byte &- 0x30))
            guard !overflowA, !overflowB else { return nil }
            magnitude = next
        }
        for _ in fractionCount..<3 {
            let (next, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            magnitude = next
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        thousandths = negative ? -Int64(magnitude) : Int64(magnitude)
    }

    /// The shortest exact decimal text: `2.5`, `40`, `0.125`, `-3`, `0`. Valid JSON number text.
    public var description: String {
        let magnitude = thousandths.magnitude
        let whole = magnitude / 1000
        var fraction = magnitude % 1000
        var text = (thousandths < 0 ? "-" : "") + String(whole)
        if fraction != 0 {
            var width = 3
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            text += "." + ASCIIDigits.padded(fraction, width: width)
        }
        return text
    }
}
