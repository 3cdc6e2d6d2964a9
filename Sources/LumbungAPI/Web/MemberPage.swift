import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many outlets the stock check page lists.
    static let memberPageOutlets = 30

    /// `GET /?commodity=&region=&near=LAT,LON`: the stock check for members (public). Values that
    /// cannot be read are left out rather than refused.
    func memberPage(_ request: Request) throws -> Response {
        try explaining(.member) {
            let catalogue = try catalogue()
            let commodity = chosenCommodity(request.query["commodity"], in: catalogue)
            var code = request.query["region"].flatMap { RegionCode($0) }
            let trail = try code.flatMap(regionTrail) ?? []
            if trail.isEmpty { code = nil }
            let near = request.query["near"].flatMap(GeoPoint.init)
            var found: Availability?
            if let commodity, code != nil || near != nil {
                found = try storage.availability(AvailabilityQuery(commodity: commodity.id, region: code, near: near,
                                                                   limit: Self.memberPageOutlets))
            }
            let picker = RegionPicker(trail: trail, wholeCountry: "Indonesia", children: try childRegions(of: code)) {
                FormEncoding.link("/", [("commodity", commodity?.id.rawValue), ("region", $0?.rawValue)])
            }
            let view = MemberPageView(catalogue: catalogue, commodity: commodity, picker: picker, near: near,
                                      availability: found, now: clock.now(), zone: reportZone,
                                      staleAfterHours: configuration.staleAfterHours)
            return view.page.response
        }
    }
}
