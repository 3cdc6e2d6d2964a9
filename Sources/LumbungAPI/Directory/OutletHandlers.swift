import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/outlets` (the cooperative's shopkeeper, an officer over it, admin): registers an
    /// outlet; its village defaults to the cooperative's.
    func createOutlet(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        var body = try BodyReader(request)
        let cooperativeID = body.text("cooperativeId", maxLength: 100)
        let name = body.text("name")
        let requestedRegion = body.region("region", required: false)
        let latitude = body.decimal("latitude", in: -90...90)
        let longitude = body.decimal("longitude", in: -180...180)
        switch (body.value("latitude"), body.value("longitude")) {
        case (nil, .some): body.fail("latitude", "must be given together with longitude")
        case (.some, nil): body.fail("longitude", "must be given together with latitude")
        default: break
        }
        let address = body.text("address", required: false, maxLength: 500)
        let cooperative = try cooperativeID.flatMap { try storage.cooperative(id: $0) }
        if cooperativeID != nil, cooperative == nil { body.fail("cooperativeId", "is not a known cooperative") }
        if let cooperative {
            let region = requestedRegion ?? cooperative.region
            guard principal.mayOperate(cooperativeID: cooperative.id, region: cooperative.region),
                  principal.mayPlaceOutlet(cooperativeID: cooperative.id, cooperativeRegion: cooperative.region,
                                           at: region) else {
                throw DomainError.forbidden("This token may not add outlets to cooperative \(cooperative.id) in \(region).")
            }
        }
        if let requestedRegion { try body.checkKnown(requestedRegion, field: "region", village: true, in: storage) }
        guard let cooperative, let name, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
        let now = clock.now()
        let outlet = Outlet(id: EntityID.make("out", at: now), cooperativeID: cooperative.id, name: name,
                            region: requestedRegion ?? cooperative.region, latitude: latitude, longitude: longitude,
                            address: address, createdAt: now)
        try storage.addOutlet(outlet)
        return .json(DirectoryJSON.outlet(outlet), status: 201)
    }

    /// `GET /v1/outlets?region=&cooperativeId=&quietDays=` (public): outlets, ordered by id; with
    /// `quietDays` (1–365) only those without a report recorded in the last that many days.
    func listOutlets(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let quietSince = try query.integer("quietDays", in: 1...365).map { clock.now().adding(hours: -24 * Int64($0)) }
        let filter = OutletQuery(region: try query.region(), cooperativeID: query.text("cooperativeId"), quietSince: quietSince)
        let page = try query.page()
        return .json(try storage.outlets(filter, page: page).json(DirectoryJSON.outlet))
    }

    /// `GET /v1/outlets/{id}` (public).
    func outlet(_ request: Request) throws -> Response {
        let id = request.parameters["id"] ?? ""
        guard let outlet = try storage.outlet(id: id) else { throw DomainError.notFound("No outlet \(id).") }
        return .json(DirectoryJSON.outlet(outlet))
    }
}
