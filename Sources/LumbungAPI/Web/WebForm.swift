import MicroHTTP

/// The fields of a submitted HTML form (`application/x-www-form-urlencoded`).
struct WebForm {
    /// The fields in the order sent.
    private let fields: [(name: String, value: String)]

    /// The form in the body of `request`; refused unless it is form-encoded.
    init(_ request: Request) throws {
        guard request.mediaType == "application/x-www-form-urlencoded" else { throw WebRefusal.notAForm }
        fields = FormEncoding.decode(request.body)
    }

    /// The first value of the field, without surrounding blanks; nil when missing or blank.
    subscript(name: String) -> String? {
        guard let value = fields.first(where: { $0.name == name })?.value else { return nil }
        let trimmed = value.trimmingBlanks()
        return trimmed.isEmpty ? nil : trimmed
    }
}
