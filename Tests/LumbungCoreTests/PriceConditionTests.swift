import Testing
import LumbungCore

struct PriceConditionTests {
    @Test func outsideTheBandOpensThePriceAlert() {
        #expect(PriceCondition.evaluate(status: .aboveBand) == .priceAboveBand)
        #expect(PriceCondition.evaluate(status: .belowBand) == .priceBelowBand)
    }

    @Test func inBandOrWithoutBandNeedsNoAlert() {
        #expect(PriceCondition.evaluate(status: .inBand) == nil)
        #expect(PriceCondition.evaluate(status: .noBand) == nil)
    }
}
