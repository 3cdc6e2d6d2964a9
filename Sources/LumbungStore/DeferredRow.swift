/// A row a write transaction may write as it commits instead of at once (`Connection.deferWrite`): one that many
/// writes of a group commit change in turn, and that nothing inside the transaction reads before settling it.
enum DeferredRow: Hashable {
    /// One stored day of a region's price distribution (`PriceDistributionWriter`).
    case distribution(DistributionDay)
    /// An outlet's latest report time (`outlet_activity`), by outlet id.
    case outletActivity(String)

    /// The distribution day, when the row is one.
    var distribution: DistributionDay? {
        if case .distribution(let day) = self { day } else { nil }
    }
}
