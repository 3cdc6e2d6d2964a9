import LumbungCore

/// The open alerts of a commodity in a region at any scale: the total, counts by kind (each a
/// filter) and by region one level down (each a drill-down), one page of the list, paging, and
/// the list as a spreadsheet download.
struct AlertOverviewView {
    /// The dashboard's links, keeping the commodity and date.
    typealias Link = (_ region: RegionCode?, _ kind: AlertKind?, _ page: Int) -> String

    /// The counts over every kind.
    let counts: AlertCounts
    /// The kind shown, nil for all.
    let kind: AlertKind?
    /// The page shown, from 1.
    let page: Int
    /// Alerts per page.
    let pageSize: Int
    /// The region shown (nil: the whole country).
    let region: RegionCode?
    /// Where the alerts are, named.
    let placeName: String
    /// The regions one level down, for the counts by region.
    let children: [Region]
    /// The rendered page of alerts.
    let list: HTML
    /// The download of every alert shown.
    let csv: String
    /// Builds the dashboard's links.
    let link: Link

    /// How many pages they fill.
    var pageCount: Int { Self.pageCount(counts, kind: kind, pageSize: pageSize) }

    /// How many pages of `pageSize` the alerts of `kind` (all for nil) fill; at least 1.
    static func pageCount(_ counts: AlertCounts, kind: AlertKind?, pageSize: Int) -> Int {
        let listed = kind.map { counts.byKind[$0] ?? 0 } ?? counts.total
        return max(1, (listed + pageSize - 1) / pageSize)
    }

    /// The whole overview.
    var html: HTML {
        guard counts.total > 0 else { return list }
        return """
            <p class="jumlah-peringatan"><b>\(counts.total)</b> peringatan terbuka di \(placeName).</p>
            \(kindFilter)
            \(regionCounts)
            \(list)
            \(pager)
            <p><a class="tombol kedua" href="\(csv)" download>Unduh daftar peringatan (CSV untuk spreadsheet)</a></p>
            """
    }

    /// Every kind with its count, each a link that shows only it.
    private var kindFilter: HTML {
        let all = entry("Semua", count: counts.total, href: link(region, nil, 1), current: kind == nil)
        let kinds = AlertKind.allCases.compactMap { candidate -> HTML? in
            guard let count = counts.byKind[candidate] else { return nil }
            return entry(AlertListView.kindName(candidate), count: count, href: link(region, candidate, 1),
                         current: candidate == kind)
        }
        return "<nav class=\"saring\" aria-label=\"Jenis peringatan\">\([all] + kinds)</nav>"
    }

    /// The regions one level down with their alert counts, most first, each a drill-down.
    private var regionCounts: HTML {
        let named = children.compactMap { child in counts.byRegion[child.code].map { (child, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.code.rawValue < $1.0.code.rawValue }
        guard !named.isEmpty else { return .empty }
        let items = named.map { child, count -> HTML in
            "<li><a href=\"\(link(child.code, kind, 1))\">\(child.name)</a> <b>\(count)</b></li>"
        }
        return "<h3>Per \(RegionPicker.levelName(named[0].0.level))</h3><ul class=\"per-wilayah\">\(items)</ul>"
    }

    /// `Halaman 2 dari 48` with links to the pages before and after.
    private var pager: HTML {
        guard pageCount > 1 else { return .empty }
        let previous: HTML = page > 1 ? "<a class=\"tombol kedua kecil\" href=\"\(link(region, kind, page - 1))\" rel=\"prev\">‹ Sebelumnya</a>" : .empty
        let next: HTML = page < pageCount ? "<a class=\"tombol kedua kecil\" href=\"\(link(region, kind, page + 1))\" rel=\"next\">Berikutnya ›</a>" : .empty
        return "<nav class=\"baris-tombol halaman\" aria-label=\"Halaman\">\(previous)<span>Halaman \(page) dari \(pageCount)</span>\(next)</nav>"
    }

    /// One filter choice.
    private func entry(_ label: String, count: Int, href: String, current: Bool) -> HTML {
        let mark: HTML = current ? " aria-current=\"true\"" : .empty
        return "<a href=\"\(href)\"\(mark)>\(label) (\(count))</a>"
    }
}
