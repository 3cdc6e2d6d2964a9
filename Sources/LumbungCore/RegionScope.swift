/// A region filter or band region: the whole country, or one region and everything inside it.
///
/// The API spells the national scope as the empty string `""`. Stored bands use
/// `RegionCode?` with nil meaning national; `Band.scope` converts between the two.
public enum RegionScope: Sendable, Hashable, CustomStringConvertible {
    /// The whole country; matches every code.
    case national
    /// One region and all regions inside it.
    case region(RegionCode)

    /// Parses `""` as national and anything else as a region code; nil when invalid.
    public init?(_ text: String) {
        if text.isEmpty {
            self = .national
        } else if let code = RegionCode(text) {
            self = .region(code)
        } else {
            return nil
        }
    }

    /// Wraps an optional code, nil meaning national.
    public init(_ code: RegionCode?) {
        self = code.map(RegionScope.region) ?? .national
    }

    /// The region code, or nil for the national scope.
    public var code: RegionCode? {
        switch self {
        case .national: return nil
        case .region(let code): return code
        }
    }

    /// `""` for national, else the code text.
    public var description: String { code?.rawValue ?? "" }

    /// 0 for national, else the region's level (1–4): a higher value is more specific.
    public var specificity: Int { code?.level ?? 0 }

    /// Whether `other` lies within this scope (whole-segment prefix match; reflexive).
    public func contains(_ other: RegionCode) -> Bool {
        code?.isPrefix(of: other) ?? true
    }
}
