/// What a token may do; the public (no token) has no role.
public enum Role: String, Sendable, Hashable, CaseIterable {
    /// Everything, including tokens, commodities and region import.
    case admin
    /// Dinas staff, bound to a region prefix.
    case officer
    /// Outlet staff, bound to one cooperative.
    case shopkeeper
    /// A business assistant (pendamping), bound to 1–50 cooperatives: a shopkeeper for each of them.
    case assistant
}
