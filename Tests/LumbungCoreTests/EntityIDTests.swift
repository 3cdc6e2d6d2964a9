import LumbungCore
import Testing

/// Ids carry their time and random bits in base32 digits, in the order they were drawn.
struct EntityIDTests {
    /// Hands out the given values in turn.
    struct Replay: RandomNumberGenerator {
        var values: [UInt64]
        mutating func next() -> UInt64 { values.removeFirst() }
    }

    let time = Timestamp(millisecondsSinceEpoch: 1_761_152_400_000)

    @Test func anIdIsItsPrefixTimeAndRandomBitsInBase32() {
        var random = Replay(values: [0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210])
        #expect(EntityID.make("prc", at: time, using: &random) == "prc_01k86dsym0028t5cy4tqkff8cgg")
        #expect(EntityID.timePart(at: time) == "01k86dsym0")
    }

    @Test func theRandomPartIsWhatFollowsTheTimePart() {
        var random = Replay(values: [0x0123_4567_89ab_cdef, 0xfedc_ba98_7654_3210, .max, .max])
        #expect(EntityID.randomPart(using: &random) == "028t5cy4tqkff8cgg")
        #expect(EntityID.randomPart(using: &random) == "fzzzzzzzzzzzzzzzz")
    }

    @Test func timesBefore1970AreZeroAndLaterIdsSortAfter() {
        #expect(EntityID.timePart(at: Timestamp(millisecondsSinceEpoch: -5)) == "0000000000")
        let earlier = EntityID.make("mov", at: time), later = EntityID.make("mov", at: time.adding(milliseconds: 1))
        #expect(earlier.count == 31 && later.count == 31 && earlier < later)
        #expect(EntityID.make("a-much-longer-prefix", at: time).hasPrefix("a-much-longer-prefix_01k86dsym0"))
    }
}
