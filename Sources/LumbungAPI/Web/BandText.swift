import LumbungCore

/// How the pages name a price band: always "batas harga" (the range the dinas watches), with the
/// legal basis the band itself records, never a figure called HET that the band does not carry.
enum BandText {
    /// `Rp18.500–Rp20.000`, `maks. Rp15.700`, `min. Rp10.000` or `–`.
    static func range(_ band: Band?) -> String {
        switch (band?.min, band?.max) {
        case let (minimum?, maximum?): return "\(minimum.formatted)–\(maximum.formatted)"
        case let (nil, maximum?): return "maks. \(maximum.formatted)"
        case let (minimum?, nil): return "min. \(minimum.formatted)"
        default: return "–"
        }
    }

    /// `Batas harga Rp18.500–Rp20.000 · dasar: …` with the band's recorded source, or a note that
    /// no band applies.
    static func basis(_ band: Band?) -> HTML {
        guard let band else { return "<p class=\"kecil dasar\">Belum ada batas harga untuk wilayah ini.</p>" }
        let source: HTML = band.source.map { " · dasar: \($0)" } ?? " · dasar hukum belum dicatat"
        return "<p class=\"kecil dasar\">Batas harga \(range(band))\(source)</p>"
    }
}
