/// How alarming a week-on-week rise of a region's median price is, in the words of the TPID.
public enum WarningLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Below the `waspada` threshold (falls included).
    case normal
    /// Watch: at or above the first threshold (default 8 %).
    case waspada
    /// Alert: at or above the second threshold (default 12 %).
    case siaga
    /// Danger: at or above the third threshold (default 20 %).
    case awas

    /// Levels order from `normal` to `awas`.
    public static func < (lhs: WarningLevel, rhs: WarningLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The Indonesian word shown to people, e.g. `Siaga`.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
