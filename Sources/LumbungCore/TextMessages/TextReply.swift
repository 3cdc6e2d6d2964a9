/// Replies as text messages: lines packed into parts of at most 160 characters.
public enum TextReply {
    /// The most characters of one part (a single GSM-7 message).
    public static let partLength = 160
    /// The most parts one reply is sent in; what does not fit is cut.
    public static let maximumParts = 4

    /// How to write messages, for `INFO`, `BANTUAN` and `?`: one part, naming as many commodity
    /// words as fit.
    public static func help(vocabulary: TextVocabulary) -> String {
        let head = "TERIMA/JUAL/STOK <barang> <jumlah>; HARGA <barang> <harga>; CEK <barang> <wilayah>. Contoh: JUAL LPG 3; HARGA LPG 19rb. Barang: "
        var words = ""
        for word in vocabulary.suggestions where head.count + words.count + word.count + 1 <= partLength {
            words += words.isEmpty ? word : "," + word
        }
        return head + words
    }

    /// The lines packed into parts of at most `partLength` characters, breaking between lines
    /// (a line too long for one part is broken between words).
    public static func parts(_ lines: [String]) -> [String] {
        var parts: [String] = []
        var current = ""
        for piece in lines.flatMap(pieces) {
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= partLength {
                current += "\n" + piece
            } else {
                parts.append(current)
                current = piece
            }
        }
        if !current.isEmpty { parts.append(current) }
        if parts.count > maximumParts {
            parts = Array(parts.prefix(maximumParts))
            parts[maximumParts - 1] = String(parts[maximumParts - 1].prefix(partLength - 3)) + "..."
        }
        return parts
    }

    /// A line cut between words into pieces of at most `partLength` characters.
    private static func pieces(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for word in line.split(separator: " ") {
            for chunk in stride(from: 0, to: word.count, by: partLength).map({ word.dropFirst($0).prefix(partLength) }) {
                if current.isEmpty {
                    current = String(chunk)
                } else if current.count + 1 + chunk.count <= partLength {
                    current += " " + chunk
                } else {
                    pieces.append(current)
                    current = String(chunk)
                }
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}
