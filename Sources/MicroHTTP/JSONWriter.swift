/// Serializes `JSON` values to compact UTF-8, whole or member by member: a long list can be written straight
/// from its items (`beginObject`, `key`, `value`, …) without first building a `JSON` tree of them.
public struct JSONWriter {
    /// The bytes written so far.
    public private(set) var output: [UInt8] = []
    /// Whether the next member or element needs a comma before it.
    private var needsComma = false

    /// A writer with room for `capacity` bytes, so the buffer is not regrown byte by byte.
    public init(capacity: Int = 1024) {
        output.reserveCapacity(capacity)
    }

    /// Opens an object (as a value: after a key, in an array or at the top).
    public mutating func beginObject() {
        separate()
        output.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes the innermost object.
    public mutating func endObject() {
        output.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array (as a value).
    public mutating func beginArray() {
        separate()
        output.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes the innermost array.
    public mutating func endArray() {
        output.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member's name (which must need no escape, as every name the API writes); its value follows.
    public mutating func key(_ name: StaticString) {
        separate()
        output.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { output.append(contentsOf: $0) }
        output.append(UInt8(ascii: "\""))
        output.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes members written before by another writer (`"name":value,…`, as `key` and `value` write them) into
    /// the innermost object.
    public mutating func members(_ bytes: [UInt8]) {
        written(bytes)
    }

    /// Writes a value written before by another writer: a member's after its `key`, or an element of the
    /// innermost array.
    public mutating func written(_ value: [UInt8]) {
        separate()
        output.append(contentsOf: value)
        needsComma = true
    }

    /// Writes a string value, or `null` for nil, without a `JSON` value in between.
    public mutating func string(_ text: String?) {
        separate()
        if let text { writeString(text) } else { append("null") }
        needsComma = true
    }

    /// Writes an integer value digit by digit, or `null` for nil.
    public mutating func integer(_ value: Int64?) {
        separate()
        needsComma = true
        guard let value else { return append("null") }
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt64 = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            output.append(UInt8(truncatingIfNeeded: 0x30 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes a number value from its JSON text (e.g. a quantity's exact decimal).
    public mutating func number(_ text: String) {
        separate()
        append(text)
        needsComma = true
    }

    /// Writes a string value whose bytes `body` appends and which need no escape (e.g. a timestamp's digits).
    public mutating func unescapedString(_ body: (inout [UInt8]) -> Void) {
        separate()
        output.append(UInt8(ascii: "\""))
        body(&output)
        output.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes a whole value: a member's after its `key`, or an element of the innermost array.
    public mutating func value(_ value: JSON) {
        separate()
        write(value)
        needsComma = true
    }

    /// A comma when a member or element came before.
    private mutating func separate() {
        if needsComma { output.append(UInt8(ascii: ",")) }
    }

    /// Appends the serialization of `value`.
    mutating func write(_ value: JSON) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .number(let text): append(text)
        case .string(let text): writeString(text)
        case .array(let items):
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key)
                output.append(UInt8(ascii: ":"))
                write(member.value)
            }
            output.append(UInt8(ascii: "}"))
        case .written(let bytes): output.append(contentsOf: bytes)
        }
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a quoted string, escaping quotes, backslashes and control characters. Runs of bytes that need no
    /// escape (nearly all of them) are copied at once.
    private mutating func writeString(_ text: String) {
        var text = text
        text.withUTF8 { Self.appendQuoted($0, to: &output) }
    }

    /// Appends `bytes` as a quoted string (one exclusive access to the buffer for the whole string).
    private static func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var start = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            appendEscape(byte, to: &output)
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        output.append(UInt8(ascii: "\""))
    }

    /// Appends the escape sequence of a quote, backslash or control character.
    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
        case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
        case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
        default:
            output.append(contentsOf: "\\u00".utf8)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0xF)])
        }
    }
}
