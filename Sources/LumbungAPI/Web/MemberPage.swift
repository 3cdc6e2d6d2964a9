import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many outlets the stock check page lists.
    static let memberPageOutlets = 30

    /// `GET /?commodity=&region=&near=LAT,LON&q=`: the stock check for members (public). A commodity
    /// or region that cannot be found is said so, and the page shows the default instead; `q` looks
    /// places up by name.
    func memberPage(_ request: Request) throws -> Response {
        try explaining(.member) {
            let catalogue = try catalogue()
            let commodity = chosenCommodity(request.query["commodity"], in: catalogue)
            var code = request.query["region"].flatMap { RegionCode($0) }
            let trail = try code.flatMap(regionTrail) ?? []
            if trail.isEmpty { code = nil }
            let notices = unknownChoiceNotices(request.query, commodity: commodity, regionKnown: code != nil,
                                               regionShown: "seluruh Indonesia")
            let near = request.query["near"].flatMap(GeoPoint.init)
            var found: Availability?
            var fallback: MemberFallback?
            if let commodity, code != nil || near != nil {
                let answer = try storage.availability(AvailabilityQuery(commodity: commodity.id, region: code, near: near,
                                                                        limit: Self.memberPageOutlets))
                found = answer
                fallback = try near.map { try memberFallback(answer, near: $0, commodity: commodity.id) }
                    ?? memberFallback(answer, trail: trail, commodity: commodity.id)
            }
            let picker = RegionPicker(trail: trail, wholeCountry: "Indonesia", children: try childRegions(of: code)) {
                FormEncoding.link("/", [("commodity", commodity?.id.rawValue), ("region", $0?.rawValue)])
            }
            let bands = try commodity.map { try villageBands([found, fallback?.elsewhere?.availability], commodity: $0.id) }
            let view = MemberPageView(
                catalogue: catalogue, commodity: commodity, picker: picker, near: near, availability: found,
                fallback: fallback, search: try request.query["q"].map(villageSearch), notices: notices,
                card: MemberOutletCard(unit: commodity?.unit ?? "", bands: bands ?? [:], now: clock.now(), zone: reportZone,
                                       staleAfterHours: configuration.staleAfterHours))
            return view.page.response
        }
    }
}
