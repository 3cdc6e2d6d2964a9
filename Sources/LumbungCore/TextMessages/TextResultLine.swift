/// The reply line of a clause that was carried out: what was understood and what it did.
public enum TextResultLine {
    /// `JUAL LPG 3 -> sisa 37 tabung`.
    public static func movement(_ clause: TextClause, balance: Quantity) -> String {
        "\(clause.echo) -> sisa \(balance.decimalCommaText) \(clause.commodity?.unit ?? "")"
    }

    /// `HARGA LPG Rp19.000 dalam batas Rp18.500-20.000`, `... DI ATAS batas ...`, `... (belum ada batas)`.
    public static func price(_ clause: TextClause, status: PriceStatus, band: Band?) -> String {
        let limits = band.map(bandText) ?? ""
        switch status {
        case .inBand: return "\(clause.echo) dalam batas \(limits)"
        case .aboveBand: return "\(clause.echo) DI ATAS batas \(limits)"
        case .belowBand: return "\(clause.echo) DI BAWAH batas \(limits)"
        case .noBand: return "\(clause.echo) dicatat (belum ada batas harga)"
        }
    }

    /// `CEK LPG Kelayan Timur: Gerai Kelayan Timur 37 tabung Rp19.000; ...` or that none has stock.
    public static func check(_ clause: TextClause, placeName: String, outlets: [AvailableOutlet]) -> String {
        let head = "CEK \(clause.commodity?.word ?? "") \(placeName):"
        guard !outlets.isEmpty else { return "\(head) tidak ada gerai dengan stok." }
        let unit = clause.commodity?.unit ?? ""
        let listed = outlets.map { outlet in
            let name = TextRefusalReason.clip(outlet.outletName, to: 28)
            return "\(name) \(outlet.quantity.decimalCommaText) \(unit)" + (outlet.price.map { " \($0.formatted)" } ?? "")
        }
        return head + " " + listed.joined(separator: "; ")
    }

    /// `Rp18.500-20.000`, `maks Rp20.000` or `min Rp18.500`.
    static func bandText(_ band: Band) -> String {
        switch (band.min, band.max) {
        case let (min?, max?): return "\(min.formatted)-\(max.formatted.dropFirst(2))"
        case let (nil, max?): return "maks \(max.formatted)"
        case let (min?, nil): return "min \(min.formatted)"
        case (nil, nil): return ""
        }
    }
}
