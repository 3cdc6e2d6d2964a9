import LumbungCore
import Synchronization

/// What the stock check lists about an outlet besides its stock and price: names, village, address and position,
/// read from `outlets`, `cooperatives` and `regions`, which change rarely.
struct ListedOutletFacts: Sendable {
    /// The outlet's name.
    let outletName: String
    /// The name of the cooperative running it.
    let cooperativeName: String
    /// The code of the balance's village the facts were read for.
    let regionCode: String
    /// That village with its name.
    let region: RegionLabel
    /// The outlet's street address.
    let address: String?
    /// Where the outlet stands.
    let location: GeoPoint?
}

/// The facts of recently listed outlets, kept in memory for as long as the database's `directory_generation`
/// (migration 16) keeps the value it had when they were read. Every read transaction of the stock check reads
/// that value first and passes it in: facts are given and kept only under the value of the reader's own
/// snapshot, and a different value (any change to an outlet, cooperative or region, by this process or
/// another, or another database file put in place) empties the memory. At most `capacity` outlets are kept;
/// the memory is emptied when it is full.
final class ListedOutletDirectory: Sendable {
    /// The generation the kept facts belong to, and the facts by outlet id.
    private let state = Mutex<(generation: Int64?, facts: [String: ListedOutletFacts])>((nil, [:]))
    /// The most outlets kept at once.
    let capacity: Int

    /// An empty directory keeping up to `capacity` outlets.
    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// The facts kept for `outletID` in `region`, read under `generation`; nil when they are not kept (or were
    /// kept under another generation, which are dropped).
    func facts(of outletID: String, in region: String, generation: Int64) -> ListedOutletFacts? {
        state.withLock { state in
            guard state.generation == generation else {
                state = (generation, [:])
                return nil
            }
            guard let facts = state.facts[outletID], facts.regionCode == region else { return nil }
            return facts
        }
    }

    /// Keeps `facts` of `outletID`, read in a snapshot whose generation is `generation`.
    func keep(_ facts: ListedOutletFacts, of outletID: String, generation: Int64) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.facts.count >= capacity { state.facts.removeAll(keepingCapacity: true) }
            state.facts[outletID] = facts
        }
    }

    /// How many outlets are kept now.
    var count: Int { state.withLock { $0.facts.count } }
}
