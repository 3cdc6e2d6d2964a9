import LumbungCore

/// An outlet's page for its shopkeeper: what is on the shelf, and forms for stock and today's prices.
struct OutletPageView {
    /// Who is signed in.
    let session: WebSession
    /// The outlet.
    let outlet: OutletSummary
    /// Every commodity, for the choice lists.
    let catalogue: [Commodity]
    /// The outlet's balances and current prices.
    let shelf: [ShelfItem]
    /// A confirmation or an explanation on top.
    let notice: HTML
    /// A refused form's fields, to fill in again.
    let draft: OutletFormDraft?
    /// The outlet's open alerts, newest first.
    let alerts: [Alert]
    /// The outlet's last stock entries, newest first.
    let recent: [Movement]
    /// The commodity and kind of the entry just saved, kept for the next one.
    let last: (commodity: CommodityID?, kind: MovementKind?)
    /// The time now.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The movement kinds offered, with their labels.
    static let kinds: [(kind: MovementKind, label: String)] = [
        (.receipt, "Barang masuk"), (.sale, "Terjual"), (.count, "Hitung stok (stok opname)"),
        (.adjustment, "Koreksi salah catat"),
    ]

    /// The whole page with `status`.
    func page(status: Int) -> WebPage {
        WebPage(title: outlet.name, area: .shopkeeper, body: """
            \(WebComponents.sessionBar(session))
            \(notice)
            \(OutletAlertsView(alerts: alerts, catalogue: catalogue, now: now, zone: zone).html)
            <div class="dua-kolom">
            <div>\(stockForm)\(priceForm)</div>
            <div>\(shelfTable)
            \(OutletRecentEntriesView(entries: recent, catalogue: catalogue, zone: zone).html)
            \(OutletThresholdForm(session: session, outlet: outlet, catalogue: catalogue, shelf: shelf,
                                  selected: selectedCommodity(.movement), now: now).html)</div>
            </div>
            <p><a href="/gerai">Pilih gerai lain</a></p>
            """, status: status)
    }

    /// The commodity a form starts on: the refused one, else the one just saved, else the first on
    /// the shelf, else LPG 3 kg.
    private func selectedCommodity(_ form: OutletFormDraft.Form) -> CommodityID? {
        if let draft, draft.form == form, let text = draft.commodity { return CommodityID(text) }
        return last.commodity ?? shelf.first?.commodity ?? CommodityID("lpg-3kg")
    }

    /// `<option>`s of the catalogue, each carrying its unit in `data-satuan`, `selected` marked.
    static func unitOptions(_ catalogue: [Commodity], selected: CommodityID?) -> HTML {
        HTML(catalogue.map { commodity in
            let mark: HTML = commodity.id == selected ? " selected" : .empty
            return "<option value=\"\(commodity.id.rawValue)\" data-satuan=\"\(commodity.unit)\"\(mark)>\(commodity.name)</option>"
        })
    }

    /// The refused form's value of a field, when `form` was the one refused.
    private func drafted(_ form: OutletFormDraft.Form, _ value: (OutletFormDraft) -> String?) -> String {
        draft.flatMap { $0.form == form ? value($0) : nil } ?? ""
    }

    /// Goods received, sold or counted.
    private var stockForm: HTML {
        let chosenKind = draft?.form == .movement ? draft?.kind ?? "" : (last.kind ?? .receipt).rawValue
        let selected = selectedCommodity(.movement)
        let unit = catalogue.first { $0.id == selected }?.unit ?? ""
        let kinds = Self.kinds.map { entry -> HTML in
            let checked: HTML = entry.kind.rawValue == chosenKind ? " checked" : .empty
            return "<label><input type=\"radio\" name=\"kind\" value=\"\(entry.kind.rawValue)\"\(checked) required>\(entry.label)</label>"
        }
        return """
            <form class="kartu" method="post" action="/gerai/\(FormEncoding.encode(outlet.id))/stok">
            <h2>Catat stok</h2>
            \(WebComponents.formSecrets(session, key: EntityID.make("form", at: now)))
            <label for="stok-barang">Barang</label>
            <select id="stok-barang" name="commodity">\(Self.unitOptions(catalogue, selected: selected))</select>
            <fieldset class="pilihan"><legend>Jenis catatan</legend>\(kinds)</fieldset>
            <label for="jumlah">Jumlah <span class="satuan" id="satuan">(\(unit))</span></label>
            <input type="number" id="jumlah" name="quantity" step="0.001" inputmode="decimal" required
             value="\(drafted(.movement) { $0.amount })">
            <p class="petunjuk">Untuk hitung stok, isi jumlah yang ada di rak sekarang. Untuk koreksi, isi selisihnya:
            minus untuk mengurangi (misalnya -2), dan tulis alasannya di catatan.</p>
            <label for="catatan">Catatan (wajib untuk koreksi)</label>
            <input type="text" id="catatan" name="note" maxlength="500" value="\(drafted(.movement) { $0.note })">
            <button class="tombol">Simpan stok</button>
            </form>
            <script src="/static/satuan.js" defer></script>
            """
    }

    /// Today's selling price.
    private var priceForm: HTML {
        """
        <form class="kartu" method="post" action="/gerai/\(FormEncoding.encode(outlet.id))/harga">
        <h2>Harga jual hari ini</h2>
        \(WebComponents.formSecrets(session, key: EntityID.make("form", at: now)))
        <label for="harga-barang">Barang</label>
        <select id="harga-barang" name="commodity">\(Self.unitOptions(catalogue, selected: selectedCommodity(.price)))</select>
        <label for="harga">Harga per satuan (Rupiah)</label>
        <input type="number" id="harga" name="price" min="1" step="1" inputmode="numeric" required
         value="\(drafted(.price) { $0.amount })">
        <button class="tombol">Simpan harga</button>
        </form>
        """
    }

    /// The shelf: balance, price and its standing per commodity.
    private var shelfTable: HTML {
        guard !shelf.isEmpty else {
            return "<h2>Stok sekarang</h2><p class=\"pesan\">Belum ada stok tercatat di gerai ini.</p>"
        }
        let rows = shelf.map { item -> HTML in
            let name = catalogue.first { $0.id == item.commodity }?.name ?? item.commodity.rawValue
            return """
                <tr><td>\(name)</td>
                <td data-label="Stok">\(IndonesianFormat.quantity(item.quantity, unit: item.unit))</td>
                <td data-label="Harga"><span>\(item.price?.formatted ?? "–")<br>\(WebComponents.priceStatus(item.priceStatus))</span></td>
                <td data-label="Diperbarui">\(updated(item))</td></tr>
                """
        }
        return """
            <h2>Stok sekarang</h2>
            <table class="susun"><thead><tr><th>Barang</th><th>Stok</th><th>Harga</th><th>Diperbarui</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    /// When the balance last changed, or that no stock was recorded yet (only a price is known).
    private func updated(_ item: ShelfItem) -> HTML {
        guard let updatedAt = item.updatedAt else { return "<span class=\"kecil\">Stok belum dicatat</span>" }
        return """
            <span>\(IndonesianFormat.age(of: updatedAt, now: now))<br>
            <span class="kecil">\(IndonesianFormat.dateTime(updatedAt, zone: zone))</span></span>
            """
    }
}
