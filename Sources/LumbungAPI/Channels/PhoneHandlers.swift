import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/phones` `{"number","outletId","name"?}` (admin; officers for outlets in their region)
    /// → 201 with the number in E.164; 409 when it is already registered.
    func createPhone(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        var body = try BodyReader(request)
        let numberText = body.text("number", maxLength: 40)
        let number = numberText.flatMap(PhoneNumber.init)
        if numberText != nil, number == nil { body.fail("number", "must be an Indonesian mobile number: 0812…, 62812… or +62812…") }
        let outletID = body.text("outletId", maxLength: 100)
        let name = body.text("name", required: false, maxLength: 100)
        let outlet = try outletID.flatMap { try storage.outletSummary(id: $0) }
        if outletID != nil, outlet == nil { body.fail("outletId", "is not a known outlet") }
        try body.finish()
        guard let number, let outlet else { throw DomainError.invalid(body.errors) }
        guard principal.oversees(outlet.region) else {
            throw DomainError.forbidden("This token may not register phones for outlet \(outlet.id).")
        }
        let phone = Phone(number: number, outletID: outlet.id, cooperativeID: outlet.cooperativeID,
                          name: name ?? "\(outlet.name) (\(number))", createdAt: clock.now())
        try storage.addPhone(phone)
        return .json(TextMessageJSON.phone(phone), status: 201)
    }

    /// `GET /v1/phones?outletId=&cooperativeId=` (admin; an officer sees its region's): by number.
    func listPhones(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let query = QueryReader(request: request)
        let page = try query.page()
        let phones = try listing {
            try storage.phones(outletID: query.text("outletId"), cooperativeID: query.text("cooperativeId"),
                               region: principal.role == .admin ? nil : principal.region, page: page)
        }
        return .json(phones.json(TextMessageJSON.phone))
    }

    /// `DELETE /v1/phones/{number}` → 204; from then on the number cannot write.
    func deletePhone(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let text = request.parameters["number"] ?? ""
        guard let number = PhoneNumber(text), let phone = try storage.phone(number: number),
              let outlet = try storage.outletSummary(id: phone.outletID) else {
            throw DomainError.notFound("No registered phone \(text).")
        }
        guard principal.oversees(outlet.region) else {
            throw DomainError.forbidden("This token may not remove phones of outlet \(outlet.id).")
        }
        guard try storage.removePhone(number: number) else { throw DomainError.notFound("No registered phone \(text).") }
        return .empty()
    }
}
