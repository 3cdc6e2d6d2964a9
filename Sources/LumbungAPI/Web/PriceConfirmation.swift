import LumbungCore

/// The question asked before a price that looks like a typo is saved: more than twice the band's
/// maximum or under half its minimum. Answering yes sends the same price again with `yakin=1`.
enum PriceConfirmation {
    /// The form field that says the shopkeeper confirmed the price.
    static let field = "yakin"

    /// The warning with a button that saves the price as typed; the price form below keeps the
    /// typed value to correct instead.
    static func html(price: Money, band: Band, commodity: Commodity?, outlet: OutletSummary, session: WebSession,
                     key: String) -> HTML {
        let name = commodity?.name ?? band.commodity.rawValue
        let how = band.max.map { price.rawValue > $0.rawValue } ?? false
            ? "lebih dari dua kali batas atas" : "kurang dari separuh batas bawah"
        return """
            <div class="pesan periksa" role="alert">
            <p><b>Periksa lagi: harga \(name) \(price.formatted) belum disimpan.</b></p>
            <p>Harga ini \(how) (batas harga \(BandText.range(band))). Mungkin ada angka nol yang berlebih atau kurang.</p>
            <form method="post" action="/gerai/\(FormEncoding.encode(outlet.id))/harga">
            \(WebComponents.formSecrets(session, key: key))
            <input type="hidden" name="commodity" value="\(band.commodity.rawValue)">
            <input type="hidden" name="price" value="\(String(price.rawValue))">
            <input type="hidden" name="\(field)" value="1">
            <div class="baris-tombol"><button class="tombol">Ya, simpan \(price.formatted)</button>
            <a class="tombol kedua" href="#harga">Perbaiki harga</a></div>
            </form>
            </div>
            """
    }
}
