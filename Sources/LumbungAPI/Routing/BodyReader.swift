import LumbungCore
import MicroHTTP

/// Reads fields of a JSON object body, collecting every invalid field before failing once.
struct BodyReader {
    private let members: [(key: String, value: JSON)]
    /// The problems found so far.
    private(set) var errors: [FieldError] = []

    /// The body of `request` as a JSON object: 415 unless `application/json`, 400 unless valid JSON.
    init(_ request: Request) throws {
        guard request.mediaType == "application/json" else {
            throw Problem(status: 415, code: "unsupported_media_type", title: "Unsupported media type",
                          detail: "Send the body as application/json.")
        }
        let value: JSON
        do {
            value = try JSONParser.parse(request.body)
        } catch {
            throw Problem.malformed("The body is not valid JSON: \(error).")
        }
        self.init(value)
        guard case .object = value else { throw Problem.malformed("The body must be a JSON object.") }
    }

    /// Reads fields of an already parsed value (an object; anything else has no fields).
    init(_ value: JSON) {
        if case .object(let members) = value { self.members = members } else { self.members = [] }
    }

    /// Throws `invalid` listing every problem, if any was found.
    func finish() throws(DomainError) {
        if !errors.isEmpty { throw .invalid(errors) }
    }

    /// Records a problem with a field.
    mutating func fail(_ field: String, _ message: String) {
        errors.append(FieldError(field: field, message: message))
    }

    /// The raw value of a field; JSON null counts as absent.
    func value(_ field: String) -> JSON? {
        guard let value = members.first(where: { $0.key == field })?.value, !value.isNull else { return nil }
        return value
    }

    /// A text field: trimmed, 1…`maxLength` characters, no control characters.
    mutating func text(_ field: String, required: Bool = true, maxLength: Int = 200) -> String? {
        guard let value = value(field) else {
            if required { fail(field, "is required") }
            return nil
        }
        guard case .string(let raw) = value else { fail(field, "must be a string"); return nil }
        let text = raw.trimmingBlanks()
        if text.isEmpty { fail(field, "must not be empty"); return nil }
        // Characters are counted as Unicode code points, as JSON Schema's maxLength counts them.
        if text.unicodeScalars.count > maxLength { fail(field, "must be at most \(maxLength) characters"); return nil }
        if text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" || $0.value == 0x7F }) {
            fail(field, "must not contain control characters")
            return nil
        }
        return text
    }

    /// A whole number field within `range`.
    mutating func integer(_ field: String, required: Bool = true, in range: ClosedRange<Int64>) -> Int64? {
        guard let value = value(field) else {
            if required { fail(field, "is required") }
            return nil
        }
        guard case .number(let literal) = value, let number = Int64(literal) else {
            fail(field, "must be a whole number")
            return nil
        }
        guard range.contains(number) else { fail(field, "must be between \(range.lowerBound) and \(range.upperBound)"); return nil }
        return number
    }

    /// A quantity with at most 3 decimal places.
    mutating func quantity(_ field: String, required: Bool = true) -> Quantity? {
        guard let value = value(field) else {
            if required { fail(field, "is required") }
            return nil
        }
        guard case .number(let literal) = value, let quantity = Quantity(decimalLiteral: literal) else {
            fail(field, "must be a number with at most 3 decimal places")
            return nil
        }
        return quantity
    }

    /// A Kemendagri region code.
    mutating func region(_ field: String, required: Bool = true) -> RegionCode? {
        guard let text = text(field, required: required, maxLength: 13) else { return nil }
        guard let code = RegionCode(text) else { fail(field, "must be a region code such as 63.71.01.1001"); return nil }
        return code
    }

    /// An RFC 3339 time.
    mutating func timestamp(_ field: String, required: Bool = true) -> Timestamp? {
        guard let text = text(field, required: required, maxLength: 40) else { return nil }
        guard let time = Timestamp(rfc3339: text) else { fail(field, "must be an RFC 3339 time such as 2025-10-23T08:00:00Z"); return nil }
        guard time >= .earliestAccepted else { fail(field, "must not be before 2000-01-01T00:00:00Z"); return nil }
        return time
    }

    /// A floating-point number within `range` (coordinates only).
    mutating func decimal(_ field: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = value(field) else { return nil }
        guard case .number(let literal) = value, let number = Double(literal), range.contains(number) else {
            fail(field, "must be a number between \(range.lowerBound) and \(range.upperBound)")
            return nil
        }
        return number
    }
}
