import Testing
import LumbungCore

struct StockConditionTests {
    @Test func zeroIsOutOfStock() {
        #expect(StockCondition.evaluate(balance: .zero, lowThreshold: nil) == .outOfStock)
        #expect(StockCondition.evaluate(balance: .zero, lowThreshold: 10) == .outOfStock)
    }

    @Test func belowThresholdIsLowStock() {
        #expect(StockCondition.evaluate(balance: 3, lowThreshold: 10) == .lowStock)
        #expect(StockCondition.evaluate(balance: Quantity(thousandths: 1), lowThreshold: 10) == .lowStock)
    }

    @Test func atOrAboveThresholdOrWithoutOneIsFine() {
        #expect(StockCondition.evaluate(balance: 10, lowThreshold: 10) == nil)
        #expect(StockCondition.evaluate(balance: 11, lowThreshold: 10) == nil)
        #expect(StockCondition.evaluate(balance: 1, lowThreshold: nil) == nil)
        #expect(StockCondition.evaluate(balance: 1, lowThreshold: .zero) == nil)
    }

    @Test func alertKindsUseSnakeCaseNames() {
        #expect(AlertKind.allCases.map(\.rawValue)
            == ["price_above_band", "price_below_band", "out_of_stock", "low_stock", "stale_price", "regional_price_rise"])
        #expect(AlertEventType.allCases.map(\.rawValue) == ["opened", "updated", "acknowledged", "resolved"])
        #expect(AlertKind.lowStock.isStockKind && !AlertKind.lowStock.isPriceKind)
        #expect(AlertKind.priceBelowBand.isPriceKind && !AlertKind.stalePrice.isPriceKind)
    }
}
