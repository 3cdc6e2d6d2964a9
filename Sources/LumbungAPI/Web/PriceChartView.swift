import LumbungCore

/// A line chart drawn on the server as SVG: the daily median price against the band's limits.
struct PriceChartView {
    /// The days to draw.
    let series: PriceSeries

    /// The drawing's coordinate box and the plot area inside it.
    private static let width = 480.0, height = 290.0, left = 90.0, right = 468.0, top = 14.0, bottom = 250.0

    /// The chart with its legend, or a note when no price was reported in the period.
    var html: HTML {
        let medians = series.points.map { $0.statistics.median?.rawValue }
        let maxima = series.points.map { $0.band?.max?.rawValue }
        let minima = series.points.map { $0.band?.min?.rawValue }
        let values = (medians + maxima + minima).compactMap { $0 }
        guard medians.contains(where: { $0 != nil }), let low = values.min(), let high = values.max(),
              let first = series.points.first, let last = series.points.last else {
            return "<p class=\"pesan\">Belum ada harga yang dilaporkan dalam 30 hari terakhir.</p>"
        }
        let scale = Scale(low: low, high: high, count: series.points.count)
        let title = "Median harga \(series.commodity.name) di \(series.region.name ?? "wilayah ini"), "
            + "\(IndonesianFormat.day(first.date)) sampai \(IndonesianFormat.day(last.date))"
        return """
            <svg class="grafik" viewBox="0 0 \(Self.number(Self.width)) \(Self.number(Self.height))" role="img" aria-labelledby="grafik-judul">
            <title id="grafik-judul">\(title)</title>
            \(grid(scale))
            \(lines(maxima, scale, style: "batas-atas"))
            \(lines(minima, scale, style: "batas-bawah"))
            \(lines(medians, scale, style: "median"))
            \(dots(medians, scale))
            </svg>
            <ul class="keterangan"><li><span class="k-median"></span>Median harian</li>
            <li><span class="k-atas"></span>Batas atas harga</li><li><span class="k-bawah"></span>Batas bawah harga</li></ul>
            """
    }

    /// Horizontal grid lines with prices, and the first, middle and last day under the plot.
    private func grid(_ scale: Scale) -> HTML {
        let prices = stride(from: scale.low, through: scale.high, by: scale.step).map { value -> HTML in
            let y = Self.number(scale.y(value))
            return """
                <line class="kisi" x1="\(Self.number(Self.left))" x2="\(Self.number(Self.right))" y1="\(y)" y2="\(y)"/>\
                <text x="\(Self.number(Self.left - 6))" y="\(y)" text-anchor="end" dominant-baseline="middle">\(Money(Int64(value.rounded())).formatted)</text>
                """
        }
        let count = series.points.count
        let days = Set([0, count / 2, count - 1]).sorted().map { index -> HTML in
            let anchor: HTML = index == 0 ? "start" : index == count - 1 ? "end" : "middle"
            return "<text x=\"\(Self.number(scale.x(index)))\" y=\"\(Self.number(Self.bottom + 28))\" text-anchor=\"\(anchor)\">\(IndonesianFormat.shortDay(series.points[index].date))</text>"
        }
        return HTML(prices + days)
    }

    /// One polyline per run of days that have a value.
    private func lines(_ values: [Int64?], _ scale: Scale, style: String) -> HTML {
        var runs: [[String]] = []
        var current: [String] = []
        for (index, value) in values.enumerated() {
            if let value {
                current.append("\(Self.number(scale.x(index))),\(Self.number(scale.y(Double(value))))")
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return HTML(runs.filter { $0.count > 1 }.map { run -> HTML in
            "<polyline class=\"\(style)\" points=\"\(run.joined(separator: " "))\"/>"
        })
    }

    /// A dot on each day with a median, titled with the day and price.
    private func dots(_ medians: [Int64?], _ scale: Scale) -> HTML {
        HTML(medians.enumerated().compactMap { index, value -> HTML? in
            guard let value else { return nil }
            let label = "\(IndonesianFormat.shortDay(series.points[index].date)): \(Money(value).formatted)"
            return "<circle class=\"titik\" cx=\"\(Self.number(scale.x(index)))\" cy=\"\(Self.number(scale.y(Double(value))))\" r=\"3.5\"><title>\(label)</title></circle>"
        })
    }

    /// A coordinate with one decimal, e.g. `123.4`.
    private static func number(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Maps days and prices to the plot area, whose price range runs between round figures.
    private struct Scale {
        /// The price at the bottom of the plot.
        let low: Double
        /// The price at the top of the plot.
        let high: Double
        /// The gap between grid lines: 1, 2 or 5 times a power of ten, for 3 to 6 lines.
        let step: Double
        /// How many days there are.
        let count: Int

        /// A scale over `count` days that holds every price from `low` to `high` with a margin.
        init(low: Int64, high: Int64, count: Int) {
            let spread = max(Double(high - low), Double(high) * 0.05, 10)
            let mantissas = [1.0, 2.0, 5.0]
            var power = 1.0
            var index = 0
            while spread / (mantissas[index] * power) > 5 {
                index = (index + 1) % mantissas.count
                if index == 0 { power *= 10 }
            }
            let step = mantissas[index] * power
            self.step = step
            self.low = max(0, ((Double(low) - spread * 0.1) / step).rounded(.down) * step)
            self.high = ((Double(high) + spread * 0.1) / step).rounded(.up) * step
            self.count = count
        }

        /// The horizontal position of day `index`.
        func x(_ index: Int) -> Double {
            count < 2 ? (left + right) / 2 : left + (right - left) * Double(index) / Double(count - 1)
        }

        /// The vertical position of `price`.
        func y(_ price: Double) -> Double {
            bottom - (bottom - top) * (price - low) / (high - low)
        }
    }
}
