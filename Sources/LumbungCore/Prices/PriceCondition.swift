/// Decides which price alert, if any, a price status calls for.
public enum PriceCondition {
    /// `priceAboveBand` / `priceBelowBand` for prices outside their band; nil when in band or without a band.
    public static func evaluate(status: PriceStatus) -> AlertKind? {
        switch status {
        case .aboveBand: return .priceAboveBand
        case .belowBand: return .priceBelowBand
        case .inBand, .noBand: return nil
        }
    }
}
