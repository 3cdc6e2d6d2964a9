import LumbungCore

/// Open alerts as cards, newest first, each with its acknowledgement and a form to acknowledge it
/// with a note.
struct AlertListView {
    /// The dashboard to come back to after acknowledging.
    struct ReturnTo {
        /// Its commodity.
        let commodity: CommodityID
        /// Its region (nil: the whole country).
        let region: RegionCode?
    }

    /// Who is signed in.
    let session: WebSession
    /// The alerts.
    let alerts: Page<Alert>
    /// Every commodity, for names.
    let catalogue: [Commodity]
    /// Where the acknowledge forms come back to.
    let returnTo: ReturnTo
    /// The time now.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The list, or a note that there is nothing open.
    var html: HTML {
        guard !alerts.items.isEmpty else {
            return "<p class=\"pesan berhasil\">Tidak ada peringatan terbuka.</p>"
        }
        let count = alerts.nextCursor == nil ? "\(alerts.items.count) peringatan terbuka, terbaru di atas."
            : "Lebih dari \(alerts.items.count) peringatan terbuka; \(alerts.items.count) terbaru ditampilkan."
        return "<p>\(count)</p><ol class=\"daftar\">\(alerts.items.map(card))</ol>"
    }

    /// One alert.
    private func card(_ alert: Alert) -> HTML {
        let commodity = catalogue.first { $0.id == alert.commodity }?.name ?? alert.commodity.rawValue
        let acknowledgement: HTML = alert.acknowledgement.map { ack in
            let note: HTML = ack.note.map { ": “\($0)”" } ?? .empty
            return "<p class=\"kecil diketahui\">Diketahui oleh \(ack.by), \(IndonesianFormat.dateTime(ack.at, zone: zone))\(note)</p>"
        } ?? .empty
        let button = alert.acknowledgement == nil ? "Tandai diketahui" : "Perbarui catatan"
        return """
            <li class="kartu peringatan">
            <p>\(Self.kindLabel(alert.kind)) <span class="kecil">dibuka \(IndonesianFormat.dateTime(alert.openedAt, zone: zone)) (\(IndonesianFormat.age(of: alert.openedAt, now: now)))</span></p>
            <h3>\(alert.message)</h3>
            <p class="kecil">\(alert.outletName ?? "Seluruh wilayah") · \(commodity) · wilayah \(alert.region.rawValue)</p>
            \(acknowledgement)
            <form method="post" action="/dinas/peringatan/\(FormEncoding.encode(alert.id))/diketahui">
            \(WebComponents.formSecrets(session, key: EntityID.make("form", at: now)))
            <input type="hidden" name="commodity" value="\(returnTo.commodity.rawValue)">
            <input type="hidden" name="region" value="\(returnTo.region?.rawValue ?? "")">
            <label for="catatan-\(alert.id)">Catatan tindak lanjut (boleh kosong)</label>
            <input type="text" id="catatan-\(alert.id)" name="note" maxlength="1000">
            <button class="tombol kedua">\(button)</button>
            </form>
            </li>
            """
    }

    /// The kind as a coloured label.
    static func kindLabel(_ kind: AlertKind) -> HTML {
        switch kind {
        case .priceAboveBand: return "<span class=\"lencana atas\">Harga di atas batas</span>"
        case .priceBelowBand: return "<span class=\"lencana bawah\">Harga di bawah batas</span>"
        case .outOfStock: return "<span class=\"lencana atas\">Stok habis</span>"
        case .lowStock: return "<span class=\"lencana waspada\">Stok menipis</span>"
        case .stalePrice: return "<span class=\"lencana waspada\">Harga belum diperbarui</span>"
        case .regionalPriceRise: return "<span class=\"lencana atas\">Kenaikan harga wilayah</span>"
        }
    }
}
