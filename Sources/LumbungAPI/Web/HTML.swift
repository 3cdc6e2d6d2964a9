/// Markup that is safe to send: the literal parts are written in this code, and every `String`
/// interpolated into it is escaped, so text from users can only ever show as text.
///
///     let row: HTML = "<td>\(outlet.name)</td>"   // the name is escaped
struct HTML: Sendable, ExpressibleByStringInterpolation {
    /// The markup text.
    let markup: String

    /// Nothing.
    static let empty = HTML(markup: "")

    /// Markup from a literal in this code.
    init(stringLiteral literal: StaticString) {
        markup = literal.description
    }

    /// Markup from a literal with interpolated text (escaped) and markup (kept).
    init(stringInterpolation: Interpolation) {
        markup = stringInterpolation.markup
    }

    /// The pieces one after another.
    init(_ pieces: [HTML]) {
        markup = pieces.map(\.markup).joined()
    }

    /// Markup already made safe.
    private init(markup: String) {
        self.markup = markup
    }

    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references: safe between
    /// tags and inside quoted attribute values. The one escaping function of the web pages.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Builds markup: literals as written, `String`s escaped, `HTML` kept.
    struct Interpolation: StringInterpolationProtocol {
        /// The markup so far.
        fileprivate var markup = ""

        /// Starts empty, with room for the literal parts.
        init(literalCapacity: Int, interpolationCount: Int) {
            markup.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        /// A literal part, taken as markup.
        mutating func appendLiteral(_ literal: StaticString) {
            markup += literal.description
        }

        /// Text, escaped.
        mutating func appendInterpolation(_ text: String) {
            markup += HTML.escape(text)
        }

        /// A whole number.
        mutating func appendInterpolation(_ number: Int) {
            markup += String(number)
        }

        /// Markup, kept.
        mutating func appendInterpolation(_ html: HTML) {
            markup += html.markup
        }

        /// Pieces of markup one after another.
        mutating func appendInterpolation(_ pieces: [HTML]) {
            for piece in pieces { markup += piece.markup }
        }
    }
}
