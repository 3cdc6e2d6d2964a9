import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/commodities` (public): the catalogue, ordered by id.
    func listCommodities(_ request: Request) throws -> Response {
        let page = try QueryReader(request: request).page()
        return .json(try storage.commodities(page: page).json(DirectoryJSON.commodity))
    }

    /// `PUT /v1/commodities/{id}` (admin): adds (201) or replaces (200) a catalogue entry; without
    /// `aliases` an entry keeps the ones it has.
    func putCommodity(_ request: Request) throws -> Response {
        var body = try BodyReader(request)
        let idText = request.parameters["id"] ?? ""
        let id = CommodityID(idText)
        if id == nil { body.fail("id", "must be a slug of lowercase letters, digits and dashes such as lpg-3kg") }
        let name = body.text("name", maxLength: 100)
        let unit = body.text("unit", maxLength: 30)
        let categoryText = body.text("category", maxLength: 20)
        let category = categoryText.flatMap(CommodityCategory.init(rawValue:))
        if categoryText != nil, category == nil {
            body.fail("category", "must be one of \(CommodityCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let aliases = body.aliases("aliases")
        guard let id, let name, let unit, let category, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
        let kept = try aliases == nil ? storage.commodities(page: PageRequest(limit: PageRequest.maximumLimit)).items
            .first { $0.id == id }?.aliases : nil
        let commodity = Commodity(id: id, name: name, unit: unit, category: category, aliases: aliases ?? kept ?? [])
        let created = try storage.putCommodity(commodity, now: clock.now())
        return .json(DirectoryJSON.commodity(commodity), status: created ? 201 : 200)
    }
}
