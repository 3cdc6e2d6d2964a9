/// An exact quantity (cylinders, kilograms, litres) with up to 3 decimals,
/// stored as an integer number of thousandths. Never a float.
///
/// Arithmetic throws `QuantityOverflow` rather than trapping or wrapping.
/// There is deliberately no `Codable`: JSON numbers must be read and written
/// from their exact text (`init?(decimalLiteral:)` and `description`).
public struct Quantity: Sendable, Hashable, Comparable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The quantity in thousandths of a unit (`2.5` is `2500`).
    public let thousandths: Int64

    /// Thousandths per whole unit.
    public static let scale: Int64 = 1000

    /// Wraps a number of thousandths.
    public init(thousandths: Int64) {
        self.thousandths = thousandths
    }

    /// A whole number of units; nil when it does not fit in thousandths.
    public init?(whole units: Int64) {
        let (value, overflow) = units.multipliedReportingOverflow(by: Quantity.scale)
        guard !overflow else { return nil }
        thousandths = value
    }

    /// A whole number of units from an integer literal (`let q: Quantity = 40`).
    ///
    /// Only for literals in code: a literal too large to hold traps, like any integer literal overflow.
    public init(integerLiteral value: Int64) {
        guard let quantity = Quantity(whole: value) else {
            preconditionFailure("Quantity literal \(value) is too large")
        }
        self = quantity
    }

    /// The most units one movement may move and one balance may hold.
    public static let maximumUnits: Int64 = 1_000_000_000

    /// `maximumUnits` as a quantity.
    public static let maximum = Quantity(thousandths: maximumUnits * scale)

    /// Whether the magnitude is within `maximum` (either sign).
    public var isWithinBounds: Bool { thousandths >= -Quantity.maximum.thousandths && thousandths <= Quantity.maximum.thousandths }

    /// Zero units.
    public static let zero = Quantity(thousandths: 0)

    /// Whether the quantity is exactly zero.
    public var isZero: Bool { thousandths == 0 }

    /// Whether the quantity is greater than zero.
    public var isPositive: Bool { thousandths > 0 }

    /// Whether the quantity is less than zero.
    public var isNegative: Bool { thousandths < 0 }

    /// Orders by amount.
    public static func < (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.thousandths < rhs.thousandths
    }
}
