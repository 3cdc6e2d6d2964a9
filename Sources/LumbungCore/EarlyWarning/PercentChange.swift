/// Percent figures as the early-warning report shows them: one decimal, rounded half away from zero.
public enum PercentChange {
    /// The change from `before` to `now` in percent to one decimal; nil when either is missing.
    public static func between(_ before: Money?, _ now: Money?) -> Double? {
        guard let before, let now, before.rawValue > 0 else { return nil }
        return oneDecimal(Double(now.rawValue - before.rawValue) * 100 / Double(before.rawValue))
    }

    /// `part` of `whole` in percent to one decimal; nil when `whole` is 0.
    public static func share(_ part: Int, of whole: Int) -> Double? {
        whole > 0 ? oneDecimal(Double(part) * 100 / Double(whole)) : nil
    }

    /// A percent in tenths written the Indonesian way: `11,5%`, `-3,0%`.
    public static func indonesian(_ tenths: Int64) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(tenths.magnitude / 10),\(tenths.magnitude % 10)%"
    }

    /// `value` in percent as whole tenths (`11.5` → 115).
    public static func tenths(_ value: Double) -> Int64 {
        Int64((value * 10).rounded())
    }

    /// `value` rounded to one decimal.
    public static func oneDecimal(_ value: Double) -> Double {
        (value * 10).rounded() / 10
    }
}
