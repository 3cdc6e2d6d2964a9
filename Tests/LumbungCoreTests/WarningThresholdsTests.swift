import LumbungCore
import Testing

@Suite struct WarningThresholdsTests {
    @Test func levelsStartAtTheirThresholds() {
        let thresholds = WarningThresholds.standard
        #expect(thresholds.level(-5) == .normal)
        #expect(thresholds.level(7.9) == .normal)
        #expect(thresholds.level(8) == .waspada)
        #expect(thresholds.level(11.9) == .waspada)
        #expect(thresholds.level(12) == .siaga)
        #expect(thresholds.level(20) == .awas)
        #expect(thresholds.judge(weekAgo: nil, now: Money(100)) == (nil, nil))
        #expect(thresholds.judge(weekAgo: Money(15000), now: Money(16650)) == (11.0, .waspada))
    }

    @Test func theSettingTextIsThreeIncreasingPercentages() {
        #expect(WarningThresholds("8,12,20") == .standard)
        #expect(WarningThresholds(" 5, 10.5 ,15") == WarningThresholds(waspada: 5, siaga: 10.5, awas: 15))
        for bad in ["", "8,12", "8,12,20,30", "12,8,20", "0,12,20", "8,8,20", "a,b,c", "8,12,2000"] {
            #expect(WarningThresholds(bad) == nil, "\(bad)")
        }
    }

    @Test func percentsAreOneDecimalHalfAwayFromZero() {
        #expect(PercentChange.between(Money(60000), Money(78750)) == 31.3)
        #expect(PercentChange.between(Money(0), Money(5)) == nil)
        #expect(PercentChange.share(1, of: 3) == 33.3)
        #expect(PercentChange.share(0, of: 0) == nil)
        #expect(PercentChange.indonesian(-67) == "-6,7%")
        #expect(PercentChange.indonesian(110) == "11,0%")
    }
}
