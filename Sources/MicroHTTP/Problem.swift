/// An RFC 9457 problem detail, thrown by handlers and sent as `application/problem+json`.
public struct Problem: Error, Sendable {
    /// The HTTP status.
    public var status: Int
    /// A stable snake_case code, e.g. `not_found`.
    public var code: String
    /// A short, human-readable summary of the problem type.
    public var title: String
    /// What went wrong with this request.
    public var detail: String
    /// Extra members such as `errors`, `available` or `line`.
    public var extra: [(key: String, value: JSON)]
    /// Extra response header fields such as `Allow`.
    public var headers: HTTPHeaders

    /// A problem with the given status, code and detail.
    public init(status: Int, code: String, title: String, detail: String,
                extra: [(key: String, value: JSON)] = [], headers: HTTPHeaders = HTTPHeaders()) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.extra = extra
        self.headers = headers
    }

    /// The problem as a response.
    public var response: Response {
        let members: [(key: String, value: JSON)] = [
            ("type", .string("https://lumbung.id/problems/\(code.replacingUnderscores())")),
            ("title", .string(title)),
            ("status", .int(status)),
            ("detail", .string(detail)),
            ("code", .string(code)),
        ] + extra
        var headers = self.headers
        headers.set("Content-Type", "application/problem+json")
        return Response(status: status, headers: headers, body: JSON.object(members).bytes)
    }
}

extension Problem {
    /// 400: a body or query parameter that cannot be parsed.
    public static func malformed(_ detail: String) -> Problem {
        Problem(status: 400, code: "malformed", title: "Malformed request", detail: detail)
    }

    /// 404: no such route or resource.
    public static func notFound(_ detail: String) -> Problem {
        Problem(status: 404, code: "not_found", title: "Not found", detail: detail)
    }

    /// 405: the path exists but not for this method.
    public static func methodNotAllowed(_ method: String, allowed: [String]) -> Problem {
        Problem(status: 405, code: "method_not_allowed", title: "Method not allowed",
                detail: "\(method) is not allowed here; use \(allowed.joined(separator: ", ")).",
                headers: HTTPHeaders([("Allow", allowed.joined(separator: ", "))]))
    }

    /// 413: the body is over the limit.
    public static func payloadTooLarge(limit: Int) -> Problem {
        Problem(status: 413, code: "payload_too_large", title: "Payload too large",
                detail: "The request body is larger than the limit of \(limit) bytes.")
    }

    /// 500: a bug; the detail never reveals internals.
    public static func internalError(requestID: String) -> Problem {
        Problem(status: 500, code: "internal", title: "Internal server error",
                detail: "Something went wrong on our side; it was logged with request id \(requestID).")
    }
}

extension String {
    /// The snake_case code as a kebab-case URL segment.
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
