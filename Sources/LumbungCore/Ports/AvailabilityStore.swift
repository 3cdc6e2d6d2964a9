/// Reading which outlets hold a commodity, for the public stock check.
public protocol AvailabilityStore: Sendable {
    /// The outlets with stock matching `query` (see `Availability` for the order), with totals over
    /// all of them. Throws `notFound` for a commodity not in the catalogue, or a region not in the
    /// loaded region list.
    func availability(_ query: AvailabilityQuery) throws -> Availability
}
