extension String {
    /// The characters that make a spreadsheet read a cell as a formula.
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text as a CSV cell that a spreadsheet will not run as a formula: a cell starting with `=`, `+`, `-`,
    /// `@`, tab or CR gets a leading `'`, unless it is a plain number such as `-5` or `-5,73`.
    var neutralisedForSpreadsheets: String {
        guard let first, Self.formulaStarts.contains(first), !isPlainNumber else { return self }
        return "'" + self
    }

    /// Whether the text is a number with an optional sign and decimal point or comma, and nothing else.
    private var isPlainNumber: Bool {
        let digits = drop { $0 == "-" || $0 == "+" }
        return count - digits.count <= 1 && digits.first?.isASCII == true && digits.first?.isNumber == true
            && digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
    }
}
