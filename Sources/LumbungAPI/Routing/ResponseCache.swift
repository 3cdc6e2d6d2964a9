import MicroHTTP
import Synchronization

/// Answers kept until the next committed write: a repeated read between writes costs a dictionary lookup.
/// Any write anywhere empties it, so it can never serve data older than the last commit. `Key` is what the
/// answer depends on (for a read answered from its query alone, the decoded query itself).
final class ResponseCache<Key: Hashable & Sendable>: Sendable {
    private let capacity: Int
    private let entries = Mutex<(generation: UInt64, responses: [Key: Response])>((0, [:]))

    /// A cache holding at most `capacity` answers.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The kept answer for `key` at `generation`, or `compute()`'s answer (kept when it is a 200).
    func response(for key: Key, generation: UInt64, _ compute: () throws -> Response) throws -> Response {
        let kept = entries.withLock { state -> Response? in
            if state.generation != generation { state = (generation, [:]) }
            return state.responses[key]
        }
        if let kept { return kept }
        let response = try compute()
        guard response.status == 200 else { return response }
        entries.withLock { state in
            guard state.generation == generation else { return }
            if state.responses.count >= capacity { state.responses.removeAll(keepingCapacity: true) }
            state.responses[key] = response
        }
        return response
    }
}
