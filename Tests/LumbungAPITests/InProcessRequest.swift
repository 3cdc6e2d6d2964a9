import MicroHTTP

/// Builds the `Request` a server would hand its router for a request line's target, decoding it as
/// libmicrohttpd does: `%XX` escapes in the path and query, `+` as a space in the query, the first value of a
/// repeated name winning.
enum InProcessRequest {
    /// The request for `method` and `target` (path and query) with these headers and body.
    static func make(_ method: String, _ target: String, headers: [(String, String)], body: [UInt8]) -> Request {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var query: [String: String] = [:]
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&") {
                let nameAndValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let name = unescape(nameAndValue[0], plusIsSpace: true)
                if query[name] == nil {
                    query[name] = nameAndValue.count == 2 ? unescape(nameAndValue[1], plusIsSpace: true) : ""
                }
            }
        }
        var fields = headers
        if !body.isEmpty || method == "POST" || method == "PUT" { fields.append(("Content-Length", String(body.count))) }
        return Request(method: method, path: unescape(parts[0], plusIsSpace: false), query: query,
                       headers: HTTPHeaders(fields), body: body)
    }

    /// The text with `%XX` escapes decoded (a malformed escape is kept as it is).
    static func unescape(_ text: Substring, plusIsSpace: Bool) -> String {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "%"), input.count >= 2, let high = hex(input[input.startIndex]),
               let low = hex(input[input.startIndex + 1]) {
                bytes.append(high << 4 | low)
                input = input.dropFirst(2)
            } else {
                bytes.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of a hexadecimal digit.
    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
