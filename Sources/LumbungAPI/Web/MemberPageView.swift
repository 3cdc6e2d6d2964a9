import LumbungCore

/// The stock check page: the search form, then the outlets holding the commodity.
struct MemberPageView {
    /// Every commodity, for the choice list.
    let catalogue: [Commodity]
    /// The commodity looked for.
    let commodity: Commodity?
    /// The region chosen so far and the next level down.
    let picker: RegionPicker
    /// The point searched around, if any.
    let near: GeoPoint?
    /// The answer, once a region or a point is chosen.
    let availability: Availability?
    /// The time now, for the age of the figures.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone
    /// After this many hours a figure counts as old.
    let staleAfterHours: Int

    /// The whole page.
    var page: WebPage {
        var page = WebPage(title: "Cek stok", area: .member, body: """
            <p class="pengantar">Cari gerai koperasi desa yang punya barang yang Anda perlukan, lengkap dengan harga.</p>
            \(form)
            \(results)
            """)
        page.usesLocationScript = true
        return page
    }

    /// The search: commodity, region step by step, and "near me".
    private var form: HTML {
        """
        <form class="kartu cari" method="get" action="/">
        <label for="commodity">Barang</label>
        <select id="commodity" name="commodity">\(WebComponents.commodityOptions(catalogue, selected: commodity?.id))</select>
        \(picker.trailLinks)
        \(picker.select)
        <input type="hidden" id="near" name="near" value="">
        <button class="tombol">Cari</button>
        <button type="button" class="tombol kedua" id="dekat" hidden>Gerai terdekat dari saya</button>
        <p class="kecil" id="dekat-pesan" role="status"></p>
        </form>
        """
    }

    /// The outlets found, or a hint to choose a place first.
    private var results: HTML {
        guard let availability else {
            return "<p class=\"kecil\">Pilih wilayah sampai desa/kelurahan, atau tekan tombol lokasi untuk gerai terdekat.</p>"
        }
        let unit = availability.commodity.unit
        let place = near == nil ? "di \(picker.chosenName)"
            : "dalam \(Int(AvailabilityQuery.defaultRadiusKm)) km dari lokasi Anda"
        let summary: HTML = availability.outletsWithStock == 0
            ? "<p class=\"pesan\">Belum ada gerai dengan stok \(availability.commodity.name) \(place).</p>"
            : "<p>\(availability.outletsWithStock) gerai punya stok, seluruhnya \(IndonesianFormat.quantity(availability.totalQuantity, unit: unit)).</p>"
        return """
            <section class="hasil" aria-live="polite">
            <h2>\(availability.commodity.name) \(place)</h2>
            \(summary)
            <ol class="daftar">\(availability.items.map { item($0, unit: unit) })</ol>
            </section>
            """
    }

    /// One outlet: where, how much, at what price, and how fresh.
    private func item(_ outlet: AvailableOutlet, unit: String) -> HTML {
        let distance = outlet.distanceKm.map { " · \(IndonesianFormat.kilometres($0))" } ?? ""
        let price: HTML = outlet.price.map { "<span class=\"harga\">\($0.formatted)</span>" } ?? .empty
        let priceAge: HTML = outlet.priceObservedAt.map { " · harga dilaporkan \(freshness($0))" } ?? .empty
        return """
            <li class="kartu gerai">
            <h3>\(outlet.outletName)</h3>
            <p class="kecil">\(outlet.cooperativeName) · \(outlet.region.name ?? outlet.region.scope.description)\(distance)</p>
            <p class="angka"><span class="stok">\(IndonesianFormat.quantity(outlet.quantity, unit: unit))</span>\(price)</p>
            <p>\(WebComponents.priceStatus(outlet.priceStatus))</p>
            <p class="kecil">Stok diperbarui \(freshness(outlet.stockUpdatedAt))\(priceAge)</p>
            </li>
            """
    }

    /// `2 jam lalu (23 Okt 2025 13.00 WIB)`, marked when older than the stale limit.
    private func freshness(_ time: Timestamp) -> HTML {
        let text = "\(IndonesianFormat.age(of: time, now: now)) (\(IndonesianFormat.dateTime(time, zone: zone)))"
        let old = now.milliseconds(since: time) > Int64(staleAfterHours) * Timestamp.millisecondsPerHour
        return old ? "<span class=\"lama\">\(text), data lama</span>" : "\(text)"
    }
}
