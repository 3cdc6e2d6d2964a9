import HTTPTestClient
import Testing

/// Web page helpers for tests: pages and form posts as a browser sends them, with the session cookie.
extension TestApp {
    /// `GET path` with the session cookie, if any.
    func page(_ path: String, cookie: String? = nil) throws -> APIResponse {
        try request("GET", path, headers: cookie.map { [("Cookie", $0)] } ?? [])
    }

    /// Posts `fields` form-encoded to `path` with the session cookie, if any.
    @discardableResult
    func submit(_ path: String, _ fields: [(String, String)], cookie: String? = nil,
                headers: [(String, String)] = []) throws -> APIResponse {
        var allHeaders = headers + [("Content-Type", "application/x-www-form-urlencoded")]
        if let cookie { allHeaders.append(("Cookie", cookie)) }
        let body = fields.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        return APIResponse(try HTTPConnection(port: port).request("POST", path, headers: allHeaders, body: Array(body.utf8)))
    }

    /// Signs in with `token` through the form; returns the `Cookie` header value to send afterwards.
    func signIn(_ token: String, to target: String = "gerai") throws -> String {
        let answer = try submit("/masuk", [("token", token), ("ke", target)])
        let setCookie = try #require(answer.header("Set-Cookie"))
        return String(setCookie.split(separator: ";")[0])
    }

    /// The value of the first hidden field `name` in a page (form keys and anti-forgery values).
    static func hiddenField(_ name: String, in page: String) -> String? {
        guard let start = page.firstRange(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(page[start.upperBound...].prefix { $0 != "\"" })
    }

    /// Percent-encodes everything but letters and digits.
    private static func formEncode(_ text: String) -> String {
        text.utf8.map { byte in
            if (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20) { return String(UnicodeScalar(byte)) }
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count == 1 ? "0" + hex : hex)
        }.joined()
    }
}
