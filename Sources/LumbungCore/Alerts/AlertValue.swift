/// The figure an alert is about: a price for price alerts, a balance for stock alerts, a percent
/// change for regional alerts.
public enum AlertValue: Sendable, Hashable, CustomStringConvertible {
    /// A price in Rupiah.
    case price(Money)
    /// A stock quantity.
    case quantity(Quantity)
    /// A change in percent, kept in tenths (`115` is 11.5 %).
    case percentTenths(Int64)

    /// `Rp18.500` for a price, the exact decimal for a quantity.
    public var description: String {
        switch self {
        case .price(let money): return money.formatted
        case .quantity(let quantity): return quantity.description
        case .percentTenths(let tenths): return PercentChange.indonesian(tenths)
        }
    }
}
