import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/availability?commodity=&region=&near=LAT,LON&radiusKm=&limit=` (public): the outlets
    /// holding the commodity in a region and/or within a radius of a point, with totals.
    /// Repeated checks between two writes are answered from `availabilityCache`, unless the client
    /// sends `Cache-Control: no-cache`.
    func availability(_ request: Request) throws -> Response {
        if Self.asksForFreshAnswer(request) { return try freshAvailability(request) }
        return try availabilityCache.response(for: AvailabilityCacheKey(request), generation: storage.changeGeneration) {
            try freshAvailability(request)
        }
    }

    /// Whether `request`'s `Cache-Control` holds `no-cache`, matched on its bytes (Foundation's `contains` and
    /// the standard library's `firstRange(of:)` cost ≈ 5 k and 8 k instructions per check).
    private static func asksForFreshAnswer(_ request: Request) -> Bool {
        guard var value = request.headers["Cache-Control"] else { return false }
        return value.withUTF8 { bytes in
            guard bytes.count >= noCache.count else { return false }
            return (0...bytes.count - noCache.count).contains { start in
                noCache.indices.allSatisfy { bytes[start + $0] == noCache[$0] }
            }
        }
    }

    /// The directive that asks for a fresh answer.
    private static let noCache = Array("no-cache".utf8)

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
        return .json(AvailabilityJSON.availability(found, subjects: checkSubjectJSON.current,
                                                          outlets: listedOutletJSON.current))
    }
}
