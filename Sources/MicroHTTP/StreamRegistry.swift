import Synchronization

/// Every live stream, so a stopping server can end them and resume their suspended connections.
final class StreamRegistry: Sendable {
    /// The process-wide registry (streams of every server in this process).
    static let shared = StreamRegistry()
    private let contexts = Mutex<[ObjectIdentifier: (server: ObjectIdentifier, context: StreamContext)]>([:])

    /// Records a stream of `server`.
    func add(_ context: StreamContext, server: AnyObject) {
        contexts.withLock { $0[ObjectIdentifier(context)] = (ObjectIdentifier(server), context) }
    }

    /// Forgets a finished stream.
    func remove(_ context: StreamContext) {
        _ = contexts.withLock { $0.removeValue(forKey: ObjectIdentifier(context)) }
    }

    /// Ends every stream of `server`.
    func endAll(of server: AnyObject) {
        let owner = ObjectIdentifier(server)
        let mine = contexts.withLock { $0.values.filter { $0.server == owner }.map(\.context) }
        mine.forEach { $0.end() }
    }
}
