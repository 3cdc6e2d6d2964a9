/// SplitMix64 seeded from the system's generator: random parts of ids for bulk writes, where a system
/// call per id (as `SystemRandomNumberGenerator` makes) would cost more than the row.
public struct FastRandomGenerator: RandomNumberGenerator {
    /// The state, advanced by a constant at each draw.
    private var state: UInt64

    /// A generator seeded from the system's.
    public init() {
        var system = SystemRandomNumberGenerator()
        state = system.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
