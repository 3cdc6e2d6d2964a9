import LumbungCore

/// One outlet of the stock check as a card: where it is (address and a `geo:` map link), how much
/// it holds, its price with the band beside it, and how fresh the figures are.
struct MemberOutletCard {
    /// The unit of the commodity, e.g. `tabung`.
    let unit: String
    /// The band in force in each listed outlet's village.
    let bands: [RegionCode: Band]
    /// The time now, for the age of the figures.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone
    /// After this many hours a figure counts as old.
    let staleAfterHours: Int

    /// The card of `outlet`.
    func html(_ outlet: AvailableOutlet) -> HTML {
        let distance = outlet.distanceKm.map { " · \(IndonesianFormat.kilometres($0))" } ?? ""
        let price: HTML = outlet.price.map { "<span class=\"harga\">\($0.formatted)</span>" } ?? .empty
        let priceAge: HTML = outlet.priceObservedAt.map { " · harga dilaporkan \(freshness($0))" } ?? .empty
        let band: HTML = outlet.region.scope.code.flatMap { bands[$0] }.map {
            " <span class=\"kecil batas\">batas harga \(BandText.range($0))</span>"
        } ?? .empty
        return """
            <li class="kartu gerai">
            <h3>\(outlet.outletName)</h3>
            <p class="kecil">\(outlet.cooperativeName) · \(outlet.region.name ?? outlet.region.scope.description)\(distance)</p>
            \(place(outlet))
            <p class="angka"><span class="stok">\(IndonesianFormat.quantity(outlet.quantity, unit: unit))</span>\(price)</p>
            <p>\(WebComponents.priceStatus(outlet.priceStatus))\(band)</p>
            <p class="kecil">Stok diperbarui \(freshness(outlet.stockUpdatedAt))\(priceAge)</p>
            </li>
            """
    }

    /// The address and a `geo:` link that opens the phone's map app, when they are known.
    private func place(_ outlet: AvailableOutlet) -> HTML {
        let address: HTML = outlet.address.map { "\($0)" } ?? .empty
        let map: HTML = outlet.location.map { point in
            let coordinates = "\(point.latitude),\(point.longitude)"
            let link = "geo:\(coordinates)?q=\(coordinates)(\(FormEncoding.encode(outlet.outletName)))"
            return "<a class=\"peta\" href=\"\(link)\">Buka di peta</a>"
        } ?? .empty
        guard outlet.address != nil || outlet.location != nil else { return .empty }
        let separator: HTML = outlet.address != nil && outlet.location != nil ? " · " : .empty
        return "<p class=\"kecil alamat\">\(address)\(separator)\(map)</p>"
    }

    /// `2 jam lalu (23 Okt 2025 13.00 WIB)`, marked when older than the stale limit.
    private func freshness(_ time: Timestamp) -> HTML {
        let text = "\(IndonesianFormat.age(of: time, now: now)) (\(IndonesianFormat.dateTime(time, zone: zone)))"
        let old = now.milliseconds(since: time) > Int64(staleAfterHours) * Timestamp.millisecondsPerHour
        return old ? "<span class=\"lama\">\(text), data lama</span>" : "\(text)"
    }
}
