import LumbungCore

/// The outlet's last stock entries, newest first, so a shopkeeper can see what was recorded and
/// spot a mistake to correct.
struct OutletRecentEntriesView {
    /// How many entries are shown.
    static let limit = 10

    /// The entries, newest first.
    let entries: [Movement]
    /// Every commodity, for names and units.
    let catalogue: [Commodity]
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The table, or a note that nothing was recorded yet.
    var html: HTML {
        guard !entries.isEmpty else { return "<h2>Catatan terakhir</h2><p class=\"kecil\">Belum ada catatan stok.</p>" }
        let rows = entries.map { entry -> HTML in
            let commodity = catalogue.first { $0.id == entry.commodity }
            let unit = commodity?.unit ?? ""
            let note: HTML = entry.note.map { "<br><span class=\"kecil\">“\($0)”</span>" } ?? .empty
            return """
                <tr><td>\(commodity?.name ?? entry.commodity.rawValue)\(note)</td>
                <td data-label="Jenis">\(Self.kindName(entry.kind))</td>
                <td data-label="Perubahan">\(Self.signed(entry.delta, unit: unit))</td>
                <td data-label="Stok setelahnya">\(IndonesianFormat.quantity(entry.balanceAfter, unit: unit))</td>
                <td data-label="Waktu">\(IndonesianFormat.dateTime(entry.occurredAt, zone: zone))</td></tr>
                """
        }
        return """
            <h2>\(entries.count) catatan terakhir</h2>
            <table class="susun catatan-terakhir"><thead><tr><th>Barang</th><th>Jenis</th><th>Perubahan</th>
            <th>Stok setelahnya</th><th>Waktu</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    /// The kind as the stock form names it.
    static func kindName(_ kind: MovementKind) -> String {
        OutletPageView.kinds.first { $0.kind == kind }?.label ?? kind.rawValue
    }

    /// `+40 tabung`, `-3 tabung`, `0 tabung`.
    private static func signed(_ delta: Quantity, unit: String) -> String {
        let text = IndonesianFormat.quantity(delta, unit: unit)
        return delta.isPositive ? "+\(text)" : text
    }
}
