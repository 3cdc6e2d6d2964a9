import LumbungCore

/// The confirmations shown after a shopkeeper's write, with the figures read back from storage.
enum OutletNotice {
    /// `Barang masuk 40 tabung LPG 3 kg tercatat. Stok sekarang: 52 tabung.`
    static func movement(_ movement: Movement, commodity: Commodity?) -> HTML {
        let unit = commodity?.unit ?? ""
        let name = commodity?.name ?? movement.commodity.rawValue
        let amount = IndonesianFormat.quantity(movement.quantity, unit: unit)
        let what: String
        switch movement.kind {
        case .receipt: what = "Barang masuk \(amount) \(name) tercatat."
        case .sale: what = "Penjualan \(amount) \(name) tercatat."
        case .count: what = "Hasil hitung stok \(name) tercatat (selisih \(IndonesianFormat.quantity(movement.delta, unit: unit)))."
        case .adjustment: what = "Koreksi \(amount) \(name) tercatat."
        }
        let balance = IndonesianFormat.quantity(movement.balanceAfter, unit: unit)
        return """
            <div class="pesan berhasil" role="status"><p>\(what)</p>
            <p class="saldo">Stok \(name) sekarang: <b id="saldo-baru">\(balance)</b></p></div>
            """
    }

    /// `Harga LPG 3 kg Rp19.000 tersimpan.` with its standing against the band.
    static func price(_ report: PriceReport, commodity: Commodity?) -> HTML {
        let name = commodity?.name ?? report.commodity.rawValue
        return """
            <div class="pesan berhasil" role="status"><p>Harga \(name) <b>\(report.price.formatted)</b> tersimpan.</p>
            <p>\(WebComponents.priceStatus(report.status)) <span class="kecil batas">batas harga \(BandText.range(report.band))</span></p></div>
            """
    }

    /// `Batas stok menipis LPG 3 kg: 10 tabung tersimpan.`
    static func threshold(_ item: ShelfItem, commodity: Commodity?) -> HTML {
        let name = commodity?.name ?? item.commodity.rawValue
        let limit = item.lowThreshold.map { IndonesianFormat.quantity($0, unit: item.unit) } ?? "–"
        return WebComponents.notice("Batas stok menipis \(name): \(limit) tersimpan.", ok: true)
    }
}
