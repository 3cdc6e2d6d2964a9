import Synchronization

/// Answers read from tables that change rarely, kept in memory for as long as a change counter of the database
/// keeps the value it had when they were read: the stock check's outlets' names and places, commodities and region
/// names under `directory_generation` (migrations 16 and 20), the price reports' bands under `band_generation`
/// (migration 21), the admitted callers under `token_generation` (migration 22). Every transaction reads that value
/// first and passes it in: answers are given and kept only under the value of the transaction's own snapshot, and a
/// different value (any change to what it covers, by this process or another, or another database file put in
/// place) empties the memory. At most `capacity` answers are kept; the memory is emptied when it is full.
final class GenerationMemory<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// The generation the kept answers belong to, and the answers by key.
    private let state = Mutex<(generation: Int64?, values: [Key: Value])>((nil, [:]))
    /// The most answers kept at once.
    let capacity: Int

    /// An empty memory keeping up to `capacity` answers.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The answer kept for `key`, read under `generation`; nil when it is not kept (or was kept under another
    /// generation: those are dropped).
    func value(of key: Key, generation: Int64) -> Value? {
        state.withLock { state in
            guard state.generation == generation else {
                state = (generation, [:])
                return nil
            }
            return state.values[key]
        }
    }

    /// The answer kept for `key` under `generation`, else the one `read` gives (kept); what `read` throws (an
    /// unknown key) is thrown and nothing is kept.
    func value(of key: Key, generation: Int64, else read: () throws -> Value) rethrows -> Value {
        if let kept = value(of: key, generation: generation) { return kept }
        let found = try read()
        keep(found, of: key, generation: generation)
        return found
    }

    /// The answer kept for `key` under `generation`, else the one `read` gives, kept when there is one: nil (an
    /// unknown key) is not kept, so it is read again next time.
    func value(of key: Key, generation: Int64, ifFound read: () throws -> Value?) rethrows -> Value? {
        if let kept = value(of: key, generation: generation) { return kept }
        let found = try read()
        if let found { keep(found, of: key, generation: generation) }
        return found
    }

    /// Keeps `value` for `key`, read in a snapshot whose generation is `generation`.
    func keep(_ value: Value, of key: Key, generation: Int64) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.values.count >= capacity { state.values.removeAll(keepingCapacity: true) }
            state.values[key] = value
        }
    }

    /// How many answers are kept now.
    var count: Int { state.withLock { $0.values.count } }
}
