import Testing
import LumbungCore

struct ClockTests {
    @Test func fixedClockStandsStillUntilMoved() {
        let clock = FixedClock("2025-10-23T08:00:00Z")
        #expect(clock.now().rfc3339 == "2025-10-23T08:00:00Z")
        #expect(clock.now() == clock.now())
        clock.advance(by: 1500)
        #expect(clock.now().rfc3339 == "2025-10-23T08:00:01.500Z")
        clock.set(TestData.time("2026-01-01T00:00:00+07:00"))
        #expect(clock.now().rfc3339 == "2025-12-31T17:00:00Z")
    }

    @Test func fixedClockIsSafeToShare() async {
        let clock = FixedClock(Timestamp.epoch)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { for _ in 0..<1000 { clock.advance(by: 1) } }
            }
        }
        #expect(clock.now().millisecondsSinceEpoch == 8000)
    }

    @Test func systemClockIsNearTheRealTime() {
        let clock: any Clock = SystemClock()
        let first = clock.now()
        let second = clock.now()
        #expect(first >= TestData.time("2025-01-01T00:00:00Z"))
        #expect(first < TestData.time("2100-01-01T00:00:00Z"))
        #expect(second >= first)
    }
}
