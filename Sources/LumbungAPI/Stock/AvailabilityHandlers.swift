import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/availability?commodity=&region=&near=LAT,LON&radiusKm=&limit=` (public): the outlets
    /// holding the commodity in a region and/or within a radius of a point, with totals.
    /// Repeated checks between two writes are answered from `availabilityCache`, unless the client
    /// sends `Cache-Control: no-cache`.
    func availability(_ request: Request) throws -> Response {
        if request.headers["Cache-Control"]?.contains("no-cache") == true { return try freshAvailability(request) }
        return try availabilityCache.response(for: AvailabilityCacheKey(request), generation: storage.changeGeneration) {
            try freshAvailability(request)
        }
    }

    /// The stock check computed from the database.
    private func freshAvailability(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let commodity = try query.required("commodity", query.commodity())
        let region = try query.region()
        let near = try query.point("near")
        let radius = try query.positiveNumber("radiusKm", atMost: AvailabilityQuery.maximumRadiusKm)
        let limit = try query.page().limit
        guard region != nil || near != nil else {
            throw QueryReader.malformed("region", "or near is required")
        }
        let found = try storage.availability(AvailabilityQuery(
            commodity: commodity, region: region, near: near,
            radiusKm: radius ?? AvailabilityQuery.defaultRadiusKm, limit: limit))
        return .json(AvailabilityJSON.availability(found, outlets: listedOutletJSON))
    }
}
