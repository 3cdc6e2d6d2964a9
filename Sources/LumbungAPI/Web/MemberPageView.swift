import LumbungCore

/// The stock check page: a search by place name, the search form, then the outlets holding the
/// commodity, and when the place has none, why and where the nearest stock is.
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
    /// Why the chosen place shows no stock, and the nearest stock outside it.
    let fallback: MemberFallback?
    /// Places found by name, when a name was typed.
    let search: VillageSearch?
    /// Things about the request to say first (an unknown commodity or region).
    let notices: [String]
    /// How each outlet is shown.
    let card: MemberOutletCard

    /// The whole page.
    var page: WebPage {
        var page = WebPage(title: "Cek stok", area: .member, body: """
            <p class="pengantar">Cari gerai koperasi desa yang punya barang yang Anda perlukan, lengkap dengan harga.</p>
            \(notices.map { WebComponents.notice($0, ok: false) })
            \(nameSearch)
            \(search?.html { FormEncoding.link("/", [("commodity", commodity?.id.rawValue), ("region", $0.rawValue)]) } ?? .empty)
            \(form)
            \(results)
            \(elsewhere)
            """)
        page.usesLocationScript = true
        return page
    }

    /// Looking a place up by typing its name.
    private var nameSearch: HTML {
        """
        <form class="kartu cari-nama" method="get" action="/" role="search">
        <input type="hidden" name="commodity" value="\(commodity?.id.rawValue ?? "")">
        <label for="q">Cari nama desa/kelurahan</label>
        <input type="search" id="q" name="q" minlength="\(VillageSearch.minimumLength)" maxlength="100"
         value="\(search?.text ?? "")" placeholder="misalnya Telawang" autocomplete="off">
        <button class="tombol kedua">Cari desa</button>
        </form>
        """
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
        let place = near == nil ? "di \(picker.chosenName)"
            : "dalam \(Int(AvailabilityQuery.defaultRadiusKm)) km dari lokasi Anda"
        let summary: HTML
        if availability.outletsWithStock > 0 {
            summary = "<p>\(availability.outletsWithStock) gerai punya stok, seluruhnya \(IndonesianFormat.quantity(availability.totalQuantity, unit: card.unit)).</p>"
        } else if fallback?.reason == .noOutlet {
            summary = "<p class=\"pesan\">Belum ada gerai koperasi yang terdaftar \(place).</p>"
        } else if fallback?.reason == .soldOut {
            summary = "<p class=\"pesan\">Stok \(availability.commodity.name) sedang habis di semua gerai \(place) (atau belum dicatat).</p>"
        } else {
            summary = "<p class=\"pesan\">Belum ada gerai dengan stok \(availability.commodity.name) \(place).</p>"
        }
        return """
            <section class="hasil" aria-live="polite">
            <h2>\(availability.commodity.name) \(place)</h2>
            \(summary)
            <ol class="daftar">\(availability.items.map(card.html))</ol>
            </section>
            """
    }

    /// The nearest stock outside the chosen place or radius, when it has none.
    private var elsewhere: HTML {
        guard let fallback, let availability else { return .empty }
        let name = availability.commodity.name
        guard let found = fallback.elsewhere else {
            let around = near == nil ? "Di kecamatan dan kabupaten/kota sekitarnya"
                : "Dalam \(Int(AvailabilityQuery.maximumRadiusKm)) km dari lokasi Anda"
            return "<p class=\"kecil\">\(around) juga belum ada gerai dengan stok \(name).</p>"
        }
        let nearby = found.availability
        let which = near == nil ? "termurah" : "terdekat"
        let shown = nearby.items.count < nearby.outletsWithStock
            ? "\(nearby.items.count) \(which) dari \(nearby.outletsWithStock) gerai" : "\(nearby.outletsWithStock) gerai"
        let outside = near == nil ? picker.chosenName : "\(Int(AvailabilityQuery.defaultRadiusKm)) km"
        let all: HTML = found.link.map { "<p><a class=\"tombol kedua\" href=\"\($0)\">Lihat semua di \(nearby.region?.name ?? found.area)</a></p>" } ?? .empty
        return """
            <section class="sekitar">
            <h2>Stok terdekat di luar \(outside): \(found.area)</h2>
            <p>\(shown) dalam \(found.area) punya stok \(name).</p>
            <ol class="daftar">\(nearby.items.map(card.html))</ol>
            \(all)
            </section>
            """
    }
}
