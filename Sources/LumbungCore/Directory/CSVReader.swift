/// Reads RFC 4180 records from UTF-8 bytes: comma-separated fields, optional double quotes
/// (`""` inside quotes is one quote), CRLF or LF line ends.
struct CSVReader {
    /// One record and the line it starts on (the first line is 1).
    struct Record {
        /// The line the record starts on.
        let line: Int
        /// The field texts, unquoted.
        let fields: [String]
    }

    /// A syntax error and the line it was found on.
    struct SyntaxError: Error {
        /// The line of the record with the error.
        let line: Int
        /// What is wrong.
        let message: String
    }

    /// The whole input.
    private let bytes: [UInt8]
    /// The offset of the next byte to read.
    private var position = 0
    /// The line the next byte is on.
    private var line = 1

    /// A reader over `bytes`; a leading UTF-8 byte-order mark is skipped.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    /// The next record, or nil at the end of the input.
    mutating func next() throws(SyntaxError) -> Record? {
        guard position < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        while true {
            fields.append(try field(recordLine: start))
            guard position < bytes.count else { break }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "\r"), position < bytes.count, bytes[position] == UInt8(ascii: "\n") { position += 1 }
            line += 1
            break
        }
        return Record(line: start, fields: fields)
    }

    /// Reads one field, leaving `position` on the comma or line end after it.
    private mutating func field(recordLine: Int) throws(SyntaxError) -> String {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            let start = position
            while position < bytes.count, !Self.endsField(bytes[position]) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
        position += 1
        var text: [UInt8] = []
        while true {
            guard position < bytes.count else { throw SyntaxError(line: recordLine, message: "a quoted field is not closed") }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { break }
                position += 1
            } else if byte == UInt8(ascii: "\n") {
                line += 1
            }
            text.append(byte)
        }
        guard position == bytes.count || Self.endsField(bytes[position]) else {
            throw SyntaxError(line: recordLine, message: "a closing quote must end the field")
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether the byte ends an unquoted field: a comma or a line end.
    private static func endsField(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
