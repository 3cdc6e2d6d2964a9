/// Storage of cooperatives.
public protocol CooperativeStore: Sendable {
    /// Stores a new cooperative.
    func addCooperative(_ cooperative: Cooperative) throws
    /// The cooperative with this id, or nil.
    func cooperative(id: String) throws -> Cooperative?
    /// A page of the cooperatives in `region` (all when nil), ordered by id.
    func cooperatives(in region: RegionCode?, page: PageRequest) throws -> Page<Cooperative>
}
