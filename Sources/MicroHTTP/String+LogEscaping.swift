extension String {
    /// The text with control characters (line breaks, tabs, escapes, DEL, C1) and backslashes written as `\xNN`
    /// escapes, so a client-supplied value cannot start a forged log line or recolour a terminal.
    var escapingControlCharacters: String {
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
