import LumbungCore

/// Choosing a region step by step with plain GET forms: the way down so far as links, then a list
/// of the regions one level further down.
struct RegionPicker {
    /// The regions from the top the user may reach down to the chosen one.
    let trail: [Region]
    /// The link text for "no region", when the whole country may be chosen.
    let wholeCountry: String?
    /// The regions one level below the chosen one.
    let children: [Region]
    /// The page's link for a region (nil: the whole country).
    let link: (RegionCode?) -> String

    /// `provinsi`, `kabupaten/kota`, `kecamatan`, `desa/kelurahan` for levels 1–4.
    static func levelName(_ level: Int) -> String {
        switch level {
        case 1: return "provinsi"
        case 2: return "kabupaten/kota"
        case 3: return "kecamatan"
        default: return "desa/kelurahan"
        }
    }

    /// The chosen region, nil for the whole country.
    var chosen: Region? { trail.last }

    /// The name of the chosen region, `Indonesia` for the whole country.
    var chosenName: String { chosen?.name ?? "Indonesia" }

    /// The way down as links, the chosen region last and not linked.
    var trailLinks: HTML {
        var steps: [HTML] = []
        if let wholeCountry {
            steps.append(trail.isEmpty ? "<b>\(wholeCountry)</b>" : "<a href=\"\(link(nil))\">\(wholeCountry)</a>")
        }
        for (index, region) in trail.enumerated() {
            steps.append(index == trail.count - 1 ? "<b>\(region.name)</b>"
                         : "<a href=\"\(link(region.code))\">\(region.name)</a>")
        }
        let joined = steps.enumerated().map { index, step -> HTML in index == 0 ? step : " › \(step)" }
        return "<p class=\"jejak\">Wilayah: \(joined)</p>"
    }

    /// A labelled list of the next level down (named `region`); the chosen region itself is the
    /// first choice. A hidden field keeps the chosen region when there is no level below.
    var select: HTML {
        guard let first = children.first else {
            return chosen.map { "<input type=\"hidden\" name=\"region\" value=\"\($0.code.rawValue)\">" } ?? .empty
        }
        let current = chosen.map {
            WebComponents.option(value: $0.code.rawValue, label: "Semua di \($0.name)", selected: true)
        } ?? WebComponents.option(value: "", label: "Pilih \(Self.levelName(first.level))", selected: true)
        let options = children.map { WebComponents.option(value: $0.code.rawValue, label: $0.name, selected: false) }
        return """
            <label for="region">Pilih \(Self.levelName(first.level))</label>
            <select id="region" name="region">\(current)\(options)</select>
            """
    }
}
