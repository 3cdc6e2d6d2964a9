import LumbungCore

/// The form that sets when a commodity counts as running low at this outlet (the low-stock alert).
struct OutletThresholdForm {
    /// Who is signed in.
    let session: WebSession
    /// The outlet.
    let outlet: OutletSummary
    /// Every commodity, for the choice list.
    let catalogue: [Commodity]
    /// The outlet's balances with their thresholds.
    let shelf: [ShelfItem]
    /// The commodity preselected.
    let selected: CommodityID?
    /// The time now, for the form's key.
    let now: Timestamp

    /// The form, with the thresholds already set listed above it.
    var html: HTML {
        let set = shelf.compactMap { item -> HTML? in
            guard let threshold = item.lowThreshold else { return nil }
            let name = catalogue.first { $0.id == item.commodity }?.name ?? item.commodity.rawValue
            return "<li>\(name): di bawah \(IndonesianFormat.quantity(threshold, unit: item.unit))</li>"
        }
        let current: HTML = set.isEmpty ? "<p class=\"kecil\">Belum ada batas stok menipis.</p>"
            : "<ul class=\"kecil\">\(set)</ul>"
        return """
            <form class="kartu" method="post" action="/gerai/\(FormEncoding.encode(outlet.id))/batas-stok">
            <h2>Batas stok menipis</h2>
            <p class="petunjuk">Gerai mendapat peringatan “Stok menipis” bila stok turun di bawah batas ini.</p>
            \(current)
            \(WebComponents.formSecrets(session, key: EntityID.make("form", at: now)))
            <label for="batas-barang">Barang</label>
            <select id="batas-barang" name="commodity">\(OutletPageView.unitOptions(catalogue, selected: selected))</select>
            <label for="batas">Batas (0 untuk mematikan)</label>
            <input type="number" id="batas" name="threshold" min="0" step="0.001" inputmode="decimal" required>
            <button class="tombol kedua">Simpan batas</button>
            </form>
            """
    }
}
