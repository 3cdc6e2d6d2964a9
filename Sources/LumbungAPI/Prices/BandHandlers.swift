import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/bands` `{"commodity","region","min"?,"max"?,"effectiveFrom","source"?}` → 201. An officer
    /// may write bands only within its region; national or wider bands need an admin.
    func postBand(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let now = clock.now()
        var body = try BodyReader(request)
        let commodity = body.commodity("commodity")
        let scope = body.bandScope("region")
        let min = body.integer("min", required: false, in: 1...Self.maximumPrice)
        let max = body.integer("max", required: false, in: 1...Self.maximumPrice)
        let effectiveFrom = body.timestamp("effectiveFrom")
        let source = body.text("source", required: false, maxLength: 500)
        try body.finish()
        guard let commodity, let scope, let effectiveFrom else { throw DomainError.invalid(body.errors) }
        try requireBandAuthority(principal, over: scope)
        try Band.validate(min: min.map { Money($0) }, max: max.map { Money($0) })
        let band = Band(id: EntityID.make("bnd", at: now), commodity: commodity, region: scope.code,
                        min: min.map { Money($0) }, max: max.map { Money($0) }, effectiveFrom: effectiveFrom,
                        source: source, createdAt: now)
        return .json(BandJSON.band(try storage.createBand(band, context: writeContext(principal, now: now))), status: 201)
    }

    /// `GET /v1/bands?commodity=&region=`: bands newest first, `region` a whole-segment prefix (public).
    func listBands(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let page = try query.page()
        let commodity = try query.commodity()
        let region = try query.region()
        let bands = try listing { try storage.bands(commodity: commodity, region: region, page: page) }
        return .json(bands.json(BandJSON.band))
    }

    /// `GET /v1/bands/effective?commodity=&region=&at=`: the band in force for a place (default: national)
    /// at an instant (default: now), or 404 (public).
    func effectiveBand(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        guard let commodity = try query.commodity() else { throw QueryReader.malformed("commodity", "is required") }
        let region = try query.region()
        let at = try query.timestamp("at") ?? clock.now()
        guard let band = try storage.effectiveBand(commodity: commodity, region: region, at: at) else {
            throw DomainError.notFound("No band for \(commodity) in \(region?.rawValue ?? "the whole country") at \(at.rfc3339).")
        }
        return .json(BandJSON.band(band))
    }

    /// Throws `forbidden` unless `principal` may write a band for `scope`: an admin anywhere, an
    /// officer within its own region (not nationally, not for a wider region).
    private func requireBandAuthority(_ principal: Principal, over scope: RegionScope) throws {
        guard principal.role != .admin else { return }
        guard let code = scope.code, principal.oversees(code) else {
            throw DomainError.forbidden("This token may write bands only within region \(principal.region?.rawValue ?? "-").")
        }
    }
}
