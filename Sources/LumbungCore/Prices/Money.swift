/// An amount of money in whole Rupiah, stored as an `Int64`. Never a float.
public struct Money: Sendable, Hashable, Comparable, RawRepresentable, Codable,
    ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The number of Rupiah.
    public let rawValue: Int64

    /// Wraps a number of Rupiah.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// Wraps a number of Rupiah.
    public init(_ rupiah: Int64) {
        rawValue = rupiah
    }

    /// Wraps an integer literal as Rupiah, e.g. `let het: Money = 18_500`.
    public init(integerLiteral value: Int64) {
        rawValue = value
    }

    /// Zero Rupiah.
    public static let zero = Money(0)

    /// The number of Rupiah (the same as `rawValue`).
    public var rupiah: Int64 { rawValue }

    /// Whether the amount is greater than zero, as every price and band limit must be.
    public var isPositive: Bool { rawValue > 0 }

    /// Throws `invalid` naming `field` unless the amount is positive.
    public func requirePositive(field: String) throws(DomainError) {
        guard isPositive else {
            throw .invalid(field: field, message: "Must be a positive whole number of Rupiah.")
        }
    }

    /// Orders by amount.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The Indonesian display form, e.g. `Rp18.500`.
    public var description: String { formatted }
}
