import LumbungCore
import MicroHTTP

/// Reads query parameters; a value that cannot be parsed is `400 malformed` naming the parameter.
struct QueryReader {
    /// The request's decoded parameters, read from it once.
    private let parameters: [String: String]

    /// A reader of `request`'s query parameters.
    init(request: Request) {
        parameters = request.query
    }

    /// A problem naming the parameter.
    static func malformed(_ name: String, _ message: String) -> Problem {
        var problem = Problem.malformed("Query parameter '\(name)' \(message).")
        problem.extra = [("errors", .array([.object([("field", .string(name)), ("message", .string(message))])]))]
        return problem
    }

    /// A non-empty text parameter.
    func text(_ name: String) -> String? {
        parameters[name].flatMap { $0.isEmpty ? nil : $0 }
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

    /// The earliest date accepted (`Timestamp.earliestAccepted`'s day).
    static let earliestDate = LocalDate(year: 2000, month: 1, day: 1)!

    /// A `YYYY-MM-DD` date, not before 2000-01-01.
    func date(_ name: String) throws -> LocalDate? {
        guard let text = text(name) else { return nil }
        guard let date = LocalDate(text) else { throw Self.malformed(name, "must be a date such as 2025-10-23") }
        guard date >= Self.earliestDate else { throw Self.malformed(name, "must not be before 2000-01-01") }
        return date
    }

    /// An RFC 3339 time.
    func timestamp(_ name: String) throws -> Timestamp? {
        guard let text = text(name) else { return nil }
        guard let time = Timestamp(rfc3339: text) else { throw Self.malformed(name, "must be an RFC 3339 time") }
        guard time >= .earliestAccepted else { throw Self.malformed(name, "must not be before 2000-01-01T00:00:00Z") }
        return time
    }

    /// `limit` (default 50, above 500 clamped to 500) and `cursor`.
    func page() throws -> PageRequest {
        var limit = 50
        if let text = text("limit") {
            let digits = !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            // A whole number too large for Int is clamped like any other large limit.
            guard let value = Int(text) ?? (digits ? Int.max : nil), value >= 1 else {
                throw Self.malformed("limit", "must be a whole number of at least 1")
            }
            limit = min(value, PageRequest.maximumLimit)
        }
        if let cursor = text("cursor"), cursor.utf8.count > 200 { throw Self.malformed("cursor", "is not a cursor from this API") }
        return PageRequest(limit: limit, cursor: text("cursor"))
    }
}
