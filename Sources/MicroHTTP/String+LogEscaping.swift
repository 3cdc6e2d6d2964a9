extension String {
    /// The text with control characters (line breaks, tabs, escapes, DEL, C1) and backslashes written as `\xNN`
    /// escapes, so a client-supplied value cannot start a forged log line or recolour a terminal.
    var escapingControlCharacters: String {
        // Nearly every line needs no escape: one pass over the bytes finds that (C1 controls are 0xC2 0x80–0x9F).
        guard utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == UInt8(ascii: "\\") }) else { return self }
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || scalar == "\\" {
                escaped += "\\x" + (value < 0x10 ? "0" : "") + String(value, radix: 16, uppercase: true)
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
