import LumbungCore
import MicroHTTP

/// Reads query parameters; a value that cannot be parsed is `400 malformed` naming the parameter.
struct QueryReader {
    let request: Request

    /// A problem naming the parameter.
    static func malformed(_ name: String, _ message: String) -> Problem {
        var problem = Problem.malformed("Query parameter '\(name)' \(message).")
        problem.extra = [("errors", .array([.object([("field", .string(name)), ("message", .string(message))])]))]
        return problem
    }

    /// A non-empty text parameter.
    func text(_ name: String) -> String? {
        request.query[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A region code prefix such as `63.71` (whole segments only).
    func region(_ name: String = "region") throws -> RegionCode? {
        guard let text = text(name) else { return nil }
        guard let code = RegionCode(text) else { throw Self.malformed(name, "must be a region code such as 63 or 63.71") }
        return code
    }

    /// An integer within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = text(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw Self.malformed(name, "must be a whole number between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    /// One of the allowed words.
    func choice(_ name: String, _ allowed: [String]) throws -> String? {
        guard let text = text(name) else { return nil }
        guard allowed.contains(text) else { throw Self.malformed(name, "must be one of \(allowed.joined(separator: ", "))") }
        return text
    }

    /// A `YYYY-MM-DD` date.
    func date(_ name: String) throws -> LocalDate? {
        guard let text = text(name) else { return nil }
        guard let date = LocalDate(text) else { throw Self.malformed(name, "must be a date such as 2025-10-23") }
        return date
    }

    /// An RFC 3339 time.
    func timestamp(_ name: String) throws -> Timestamp? {
        guard let text = text(name) else { return nil }
        guard let time = Timestamp(rfc3339: text) else { throw Self.malformed(name, "must be an RFC 3339 time") }
        return time
    }

    /// `limit` (default 50, above 500 clamped to 500) and `cursor`.
    func page() throws -> PageRequest {
        var limit = 50
        if let text = text("limit") {
            guard let value = Int(text), value >= 1 else { throw Self.malformed("limit", "must be a whole number of at least 1") }
            limit = min(value, PageRequest.maximumLimit)
        }
        if let cursor = text("cursor"), cursor.utf8.count > 200 { throw Self.malformed("cursor", "is not a cursor from this API") }
        return PageRequest(limit: limit, cursor: text("cursor"))
    }
}
