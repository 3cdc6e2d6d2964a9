/// The message language: splits a text into clauses and reads each one, all or nothing.
public enum TextMessage {
    /// The most characters a message may have (a long message of 7 parts).
    public static let maximumLength = 1000
    /// The most clauses one message may hold.
    public static let maximumClauses = 10

    /// The clauses of `text`, or the first refusal with the clause it happened in (counted from 1;
    /// 0 for the message as a whole).
    public static func parse(_ text: String, vocabulary: TextVocabulary) -> Result<[TextClause], TextRefusal> {
        guard text.unicodeScalars.count <= maximumLength else { return .failure(TextRefusal(.tooLong)) }
        guard text.unicodeScalars.allSatisfy(isReadable) else { return .failure(TextRefusal(.unreadable)) }
        let clauses = clauseTexts(text)
        guard !clauses.isEmpty else { return .failure(TextRefusal(.empty)) }
        guard clauses.count <= maximumClauses else { return .failure(TextRefusal(.tooManyClauses)) }
        var parsed: [TextClause] = []
        for (offset, clause) in clauses.enumerated() {
            switch parseClause(clause, vocabulary: vocabulary) {
            case .success(let understood): parsed.append(understood)
            case .failure(let reason): return .failure(TextRefusal(reason, clause: offset + 1, text: clause))
            }
        }
        return .success(parsed)
    }

    /// The non-empty clauses, split on new lines, `;` and `#`.
    static func clauseTexts(_ text: String) -> [String] {
        text.split(whereSeparator: { $0.isNewline || $0 == ";" || $0 == "#" })
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
    }

    /// Reads one clause.
    static func parseClause(_ clause: String, vocabulary: TextVocabulary) -> Result<TextClause, TextRefusalReason> {
        let words = joinRupiahSign(clause.uppercased().split(separator: " ").map(String.init))
        guard let keyword = TextKeyword(word: words[0]) else { return .failure(.unknownKeyword(words[0])) }
        if keyword == .info { return .success(TextClause(keyword: .info, commodity: nil, action: .help)) }
        guard words.count >= 2 else { return .failure(.missingCommodity(keyword)) }
        guard let commodity = vocabulary.entry(words[1]) else { return .failure(.unknownCommodity(words[1])) }
        let rest = Array(words.dropFirst(2))
        if keyword == .cek {
            let place = rest.isEmpty ? nil : rest.joined(separator: " ")
            return .success(TextClause(keyword: .cek, commodity: commodity, action: .check(place: place)))
        }
        guard let word = rest.first else { return .failure(.missingNumber(keyword)) }
        guard rest.count == 1 else { return .failure(.extraWords(keyword)) }
        return action(keyword, word).map { TextClause(keyword: keyword, commodity: commodity, action: $0) }
    }

    /// The action of a write clause whose number is `word`.
    private static func action(_ keyword: TextKeyword, _ word: String) -> Result<TextClause.Action, TextRefusalReason> {
        guard let kind = keyword.movementKind else { return TextNumber.rupiah(word).map { .price($0) } }
        return TextNumber.quantity(word).flatMap { quantity in
            if kind != .count && quantity == .zero { return .failure(.notPositive(word)) }
            return .success(.movement(kind, quantity))
        }
    }

    /// `RP 19.000` written with a space becomes one word, `RP19.000`.
    private static func joinRupiahSign(_ words: [String]) -> [String] {
        var joined: [String] = []
        var index = 0
        while index < words.count {
            if (words[index] == "RP" || words[index] == "RP.") && index + 1 < words.count && index > 1 {
                joined.append("RP" + words[index + 1])
                index += 2
            } else {
                joined.append(words[index])
                index += 1
            }
        }
        return joined
    }

    /// Printable text, spaces, tabs and line breaks; no other control characters.
    private static func isReadable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\r" || scalar == "\t" { return true }
        return scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80..<0xA0).contains(scalar.value)
            && scalar.value != 0xFFFD && scalar.properties.generalCategory != .privateUse
    }
}
