import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/cooperatives` (officer within its region, admin): registers a cooperative in a village.
    func createCooperative(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        var body = try BodyReader(request)
        let name = body.text("name")
        let region = body.region("region")
        if let region {
            guard principal.oversees(region) else { throw DomainError.forbidden("This token may not act in region \(region).") }
            try body.checkKnown(region, field: "region", village: true, in: storage)
        }
        guard let name, let region, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
        let now = clock.now()
        let cooperative = Cooperative(id: EntityID.make("coop", at: now), name: name, region: region,
                                      createdAt: now)
        try storage.addCooperative(cooperative)
        return .json(DirectoryJSON.cooperative(cooperative), status: 201)
    }

    /// `GET /v1/cooperatives?region=` (public): cooperatives in a region, ordered by id.
    func listCooperatives(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let region = try query.region()
        let page = try query.page()
        return .json(try storage.cooperatives(in: region, page: page).json(DirectoryJSON.cooperative))
    }

    /// `GET /v1/cooperatives/{id}` (public).
    func cooperative(_ request: Request) throws -> Response {
        let id = request.parameters["id"] ?? ""
        guard let cooperative = try storage.cooperative(id: id) else { throw DomainError.notFound("No cooperative \(id).") }
        return .json(DirectoryJSON.cooperative(cooperative))
    }
}
