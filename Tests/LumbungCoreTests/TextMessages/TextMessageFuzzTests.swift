import Testing
import LumbungCore

/// Property tests: whatever arrives, the parser answers (never traps), and what it accepts is sane.
struct TextMessageFuzzTests {
    /// A deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces messages are built from: keywords, aliases, numbers good and bad, separators, junk.
    static let pieces = ["TERIMA", "JUAL", "STOK", "HARGA", "CEK", "INFO", "?", "LPG", "gas", "BERAS", "minyak", "XYZ", "3", "2,5",
                         "19.000", "Rp", "19rb", "-4", "0", "1e9", "99999999999999999999999999999", ";", "#", "\n", " ", "\t",
                         "\u{0}", "\u{FFFD}", "é", "🙂", ",", ".", "..", "rb", "1.2.3", "63.71.01", "KELAYAN"]

    @Test func randomMessagesNeverTrapAndAcceptedOnesAreSane() {
        var random = SplitMix(state: 20251130)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...24, using: &random)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &random)! }.joined(separator: Bool.random(using: &random) ? " " : "")
            switch TextMessage.parse(text, vocabulary: TextMessageTestData.vocabulary) {
            case .success(let clauses):
                #expect((1...TextMessage.maximumClauses).contains(clauses.count))
                for clause in clauses {
                    if case .movement(let kind, let quantity) = clause.action {
                        #expect(!quantity.isNegative && quantity <= TextNumber.maximumQuantity, "\(text)")
                        #expect(kind == .count || quantity > .zero, "\(text)")
                    }
                    if case .price(let price) = clause.action { #expect(price.rawValue > 0, "\(text)") }
                    #expect(TextMessageTestData.clauses(clause.echo)?.first?.echo == clause.echo, "echo of \(text) reads back")
                }
            case .failure(let refusal):
                #expect(refusal.clause <= TextMessage.maximumClauses)
                #expect(TextReply.parts([refusal.reply]).allSatisfy { $0.count <= TextReply.partLength })
            }
        }
    }

    @Test func randomBytesNeverTrap() {
        var random = SplitMix(state: 7)
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let text = String(decoding: bytes, as: UTF8.self)
            if case .success(let clauses) = TextMessage.parse(text, vocabulary: TextMessageTestData.vocabulary) {
                #expect(!clauses.isEmpty)
            }
        }
    }

    @Test func hugeMessagesAreRefusedQuickly() {
        let huge = String(repeating: "JUAL LPG 1;", count: 100_000)
        #expect(TextMessageTestData.refusal(huge)?.reason == .tooLong)
    }
}
