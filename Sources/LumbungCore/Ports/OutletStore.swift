/// Storage of outlets.
public protocol OutletStore: Sendable {
    /// Stores a new outlet of an existing cooperative.
    func addOutlet(_ outlet: Outlet) throws
    /// The outlet with this id, or nil.
    func outlet(id: String) throws -> Outlet?
    /// A page of the outlets matching `query`, ordered by id.
    func outlets(_ query: OutletQuery, page: PageRequest) throws -> Page<Outlet>
}
