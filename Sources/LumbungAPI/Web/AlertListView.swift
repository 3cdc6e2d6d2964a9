import LumbungCore

/// One page of open alerts as a table, furthest outside the band first: the outlet and its places
/// by name, the kind, the figure against the band with the gap in percent, when it opened, and a
/// folded form to acknowledge it with a note.
struct AlertListView {
    /// The dashboard to come back to after acknowledging.
    struct ReturnTo {
        /// Its commodity.
        let commodity: CommodityID
        /// Its region (nil: the whole country).
        let region: RegionCode?
        /// Its day, alert kind and page.
        let choice: DashboardChoice
    }

    /// Who is signed in.
    let session: WebSession
    /// The alerts of this page.
    let alerts: [PlacedAlert]
    /// Every commodity, for units.
    let catalogue: [Commodity]
    /// Where the acknowledge forms come back to.
    let returnTo: ReturnTo
    /// The time now.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The table, or a note that nothing is open.
    var html: HTML {
        guard !alerts.isEmpty else {
            return "<p class=\"pesan berhasil\">Tidak ada peringatan terbuka.</p>"
        }
        return """
            <table class="susun daftar-peringatan"><thead><tr><th>Gerai</th><th>Jenis</th><th>Harga / stok</th>
            <th>Batas harga</th><th>Selisih</th><th>Dibuka</th><th>Tindak lanjut</th></tr></thead>
            <tbody>\(alerts.map(row))</tbody></table>
            """
    }

    /// One alert.
    private func row(_ placed: PlacedAlert) -> HTML {
        let alert = placed.alert
        let title = alert.outletName ?? placed.kabupaten ?? "wilayah \(alert.region.rawValue)"
        let village = placed.village.flatMap { title.contains($0) ? nil : $0 }
        let places = alert.outletID == nil ? ["seluruh kabupaten/kota"]
            : [village, placed.kecamatan.map { "Kec. \($0)" }, placed.kabupaten.map(Self.shortKabupaten)].compactMap { $0 }
        let place = places.isEmpty ? "wilayah \(alert.region.rawValue)" : places.joined(separator: ", ")
        return """
            <tr class="peringatan"><td><b>\(title)</b><br><span class="kecil">\(place)</span></td>
            <td data-label="Jenis">\(Self.kindLabel(alert.kind))</td>
            <td data-label="Harga / stok">\(figure(alert))</td>
            <td data-label="Batas harga">\(alert.band.map { BandText.range($0) } ?? "–")</td>
            <td data-label="Selisih">\(Self.gapLabel(alert.bandGap))</td>
            <td data-label="Dibuka"><span class="waktu" title="\(IndonesianFormat.dateTime(alert.openedAt, zone: zone))">\(IndonesianFormat.age(of: alert.openedAt, now: now))</span></td>
            <td data-label="Tindak lanjut">\(followUp(alert))</td></tr>
            """
    }

    /// The price, or the stock with its unit.
    private func figure(_ alert: Alert) -> String {
        switch alert.value {
        case .price(let price)?: return price.formatted
        case .quantity(let quantity)?:
            return IndonesianFormat.quantity(quantity, unit: catalogue.first { $0.id == alert.commodity }?.unit ?? "")
        case .percentTenths(let tenths)?: return "naik \(PercentChange.indonesian(tenths)) seminggu"
        case nil: return "–"
        }
    }

    /// The acknowledgement so far, and the folded form to acknowledge (or update the note).
    private func followUp(_ alert: Alert) -> HTML {
        let acknowledgement: HTML = alert.acknowledgement.map { ack in
            let note: HTML = ack.note.map { ": “\($0)”" } ?? .empty
            return "<p class=\"kecil diketahui\">Diketahui oleh \(ack.by), \(IndonesianFormat.dateTime(ack.at, zone: zone))\(note)</p>"
        } ?? .empty
        let button = alert.acknowledgement == nil ? "Tandai diketahui" : "Perbarui catatan"
        return """
            <div>\(acknowledgement)<details><summary>\(button)</summary>
            <form method="post" action="/dinas/peringatan/\(FormEncoding.encode(alert.id))/diketahui">
            \(WebComponents.formSecrets(session, key: EntityID.make("form", at: now)))
            <input type="hidden" name="commodity" value="\(returnTo.commodity.rawValue)">
            <input type="hidden" name="region" value="\(returnTo.region?.rawValue ?? "")">
            <input type="hidden" name="tanggal" value="\(returnTo.choice.isToday ? "" : returnTo.choice.date.description)">
            <input type="hidden" name="jenis" value="\(returnTo.choice.kind?.rawValue ?? "")">
            <input type="hidden" name="halaman" value="\(returnTo.choice.page > 1 ? String(returnTo.choice.page) : "")">
            <label for="catatan-\(alert.id)">Catatan tindak lanjut (boleh kosong)</label>
            <input type="text" id="catatan-\(alert.id)" name="note" maxlength="1000">
            <button class="tombol kedua kecil">\(button)</button>
            </form></details></div>
            """
    }

    /// `Kab. Banjar` for `Kabupaten Banjar`; a kota keeps its name.
    static func shortKabupaten(_ name: String) -> String {
        name.hasPrefix("Kabupaten ") ? "Kab. " + name.dropFirst("Kabupaten ".count) : name
    }

    /// `+75,0%` in red above the band, `-12,0%` in blue below it, `–` without a gap.
    static func gapLabel(_ gap: Double?) -> HTML {
        guard let gap else { return "–" }
        let style: HTML = gap > 0 ? "atas" : "bawah"
        return "<span class=\"lencana \(style)\">\(IndonesianFormat.signedPercent(gap))</span>"
    }

    /// The kind as a coloured label.
    static func kindLabel(_ kind: AlertKind) -> HTML {
        "<span class=\"lencana \(kindStyle(kind))\">\(kindName(kind))</span>"
    }

    /// The kind in words.
    static func kindName(_ kind: AlertKind) -> String {
        switch kind {
        case .priceAboveBand: return "Harga di atas batas"
        case .priceBelowBand: return "Harga di bawah batas"
        case .outOfStock: return "Stok habis"
        case .lowStock: return "Stok menipis"
        case .stalePrice: return "Harga belum diperbarui"
        case .regionalPriceRise: return "Kenaikan harga wilayah"
        }
    }

    /// The label colour of a kind.
    private static func kindStyle(_ kind: AlertKind) -> HTML {
        switch kind {
        case .priceAboveBand, .outOfStock, .regionalPriceRise: return "atas"
        case .priceBelowBand: return "bawah"
        case .lowStock, .stalePrice: return "waspada"
        }
    }
}
