import LumbungCore
import MicroHTTP

/// What a shopkeeper typed into a refused form, shown again so nothing needs retyping.
struct OutletFormDraft {
    /// Which of the outlet page's forms it was.
    enum Form {
        /// The stock form (`/stok`).
        case movement
        /// The price form (`/harga`).
        case price
        /// The low-stock threshold form (`/batas-stok`).
        case threshold
    }

    /// The form sent.
    let form: Form
    /// The commodity field.
    let commodity: String?
    /// The movement kind field (stock form only).
    let kind: String?
    /// The quantity, price or threshold field.
    let amount: String?
    /// The note field (stock form only).
    let note: String?

    /// The draft of `form` from the submitted fields.
    init(_ form: Form, _ fields: WebForm) {
        self.form = form
        commodity = fields["commodity"]
        kind = fields["kind"]
        switch form {
        case .movement: amount = fields["quantity"]
        case .price: amount = fields["price"]
        case .threshold: amount = fields["threshold"]
        }
        note = fields["note"]
    }

    /// The fields as the API's JSON body, for its readers: a decimal comma becomes a point, and a
    /// price may be typed as `Rp18.500`.
    var json: JSON {
        var members: [(key: String, value: JSON)] = []
        if let commodity { members.append(("commodity", .string(commodity))) }
        switch form {
        case .movement:
            if let kind { members.append(("kind", .string(kind))) }
            if let amount { members.append(("quantity", .number(String(amount.map { $0 == "," ? "." : $0 })))) }
            if let note { members.append(("note", .string(note))) }
        case .price:
            if let amount { members.append(("price", .number(Self.rupiah(amount)))) }
        case .threshold:
            if let amount { members.append(("lowThreshold", .number(String(amount.map { $0 == "," ? "." : $0 })))) }
        }
        return .object(members)
    }

    /// `Rp18.500` or `18 500` as `18500`; other text unchanged (and then refused).
    private static func rupiah(_ text: String) -> String {
        var digits = Substring(text)
        if digits.lowercased().hasPrefix("rp") { digits = digits.dropFirst(2) }
        return String(digits.filter { $0 != "." && $0 != " " })
    }
}
