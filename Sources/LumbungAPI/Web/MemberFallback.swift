import LumbungCore

/// What the stock check says when nobody in the chosen place has stock: whether the place has no
/// outlet at all or its outlets are sold out, and the nearest stock outside it (the same kecamatan,
/// then the same kabupaten/kota; around a point, the widest radius).
struct MemberFallback {
    /// Where the stock outside the place was found.
    struct Elsewhere {
        /// The area searched, e.g. `kecamatan Banjarmasin Barat` or `100 km dari lokasi Anda`.
        let area: String
        /// Its stock check.
        let availability: Availability
        /// The stock check of the whole area, when it is a region.
        let link: String?
    }

    /// Why the chosen place shows no stock.
    enum Reason {
        /// No outlet stands in the place.
        case noOutlet
        /// Outlets stand there, but none has stock recorded now.
        case soldOut
    }

    /// Why nothing was found in a chosen place (nil around a point).
    let reason: Reason?
    /// The nearest stock outside the place, if any.
    let elsewhere: Elsewhere?
}

extension LumbungAPI {
    /// How many outlets outside the chosen place the stock check offers.
    static let memberFallbackOutlets = 5

    /// The fallback of a stock check in the place `trail` ends at that found no stock; nil when the
    /// check found stock or covered no place.
    func memberFallback(_ found: Availability, trail: [Region], commodity: CommodityID) throws -> MemberFallback? {
        guard found.outletsWithStock == 0, let place = trail.last else { return nil }
        let outlets = try storage.outlets(OutletQuery(region: place.code), page: PageRequest(limit: 1))
        let reason: MemberFallback.Reason = outlets.items.isEmpty ? .noOutlet : .soldOut
        for wider in trail.dropLast().reversed() where wider.level >= 2 {
            let nearby = try storage.availability(AvailabilityQuery(commodity: commodity, region: wider.code, near: nil,
                                                                     limit: Self.memberFallbackOutlets))
            if nearby.outletsWithStock > 0 {
                let area = "\(RegionPicker.levelName(wider.level)) \(wider.name)"
                let link = FormEncoding.link("/", [("commodity", commodity.rawValue), ("region", wider.code.rawValue)])
                return MemberFallback(reason: reason, elsewhere: .init(area: area, availability: nearby, link: link))
            }
        }
        return MemberFallback(reason: reason, elsewhere: nil)
    }

    /// The fallback of a search around `near` that found no stock: the nearest stock within the
    /// widest radius the stock check allows; nil when the search found stock.
    func memberFallback(_ found: Availability, near: GeoPoint, commodity: CommodityID) throws -> MemberFallback? {
        guard found.outletsWithStock == 0 else { return nil }
        let radius = AvailabilityQuery.maximumRadiusKm
        let nearby = try storage.availability(AvailabilityQuery(commodity: commodity, region: nil, near: near,
                                                                 radiusKm: radius, limit: Self.memberFallbackOutlets))
        guard nearby.outletsWithStock > 0 else { return MemberFallback(reason: nil, elsewhere: nil) }
        return MemberFallback(reason: nil, elsewhere: .init(area: "\(Int(radius)) km dari lokasi Anda",
                                                            availability: nearby, link: nil))
    }

    /// The band in force now in the village of each listed outlet.
    func villageBands(_ lists: [Availability?], commodity: CommodityID) throws -> [RegionCode: Band] {
        var bands: [RegionCode: Band] = [:]
        var looked: Set<RegionCode> = []
        let now = clock.now()
        for outlet in lists.compactMap({ $0 }).flatMap(\.items) {
            guard let village = outlet.region.scope.code, looked.insert(village).inserted else { continue }
            bands[village] = try storage.effectiveBand(commodity: commodity, region: village, at: now)
        }
        return bands
    }
}
