/// Decides which stock alert, if any, a balance calls for.
public enum StockCondition {
    /// `outOfStock` when the balance is zero (or, defensively, below), `lowStock` when
    /// 0 < balance < lowThreshold, otherwise nil (also when there is no threshold).
    public static func evaluate(balance: Quantity, lowThreshold: Quantity?) -> AlertKind? {
        if balance <= .zero { return .outOfStock }
        if let lowThreshold, balance < lowThreshold { return .lowStock }
        return nil
    }
}
