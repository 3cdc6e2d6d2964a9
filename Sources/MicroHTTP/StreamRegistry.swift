import Dispatch
import Glibc
import Synchronization

/// Every live stream, so a stopping server can end them and resume their suspended connections, and so a
/// client that hangs up is noticed at once: libmicrohttpd does not watch suspended connections, so a timer
/// polls their sockets a few times a second and ends the stream of any whose client closed.
final class StreamRegistry: Sendable {
    /// The process-wide registry (streams of every server in this process).
    static let shared = StreamRegistry()
    /// How often suspended streams' sockets are looked at.
    static let checkInterval = DispatchTimeInterval.milliseconds(200)
    private let contexts = Mutex<[ObjectIdentifier: (server: ObjectIdentifier, context: StreamContext)]>([:])
    /// The running timer, nil while no stream is open.
    private let timer = Mutex<(any DispatchSourceTimer)?>(nil)
    /// Where the checks run.
    private let queue = DispatchQueue(label: "microhttp.streams")

    /// Records a stream of `server`, starting the hang-up check for the first one.
    func add(_ context: StreamContext, server: AnyObject) {
        contexts.withLock { contexts in
            contexts[ObjectIdentifier(context)] = (ObjectIdentifier(server), context)
            timer.withLock { slot in
                guard slot == nil else { return }
                let source = DispatchSource.makeTimerSource(queue: queue)
                source.schedule(deadline: .now() + Self.checkInterval, repeating: Self.checkInterval)
                source.setEventHandler { [weak self] in self?.endHungUp() }
                source.resume()
                slot = source
            }
        }
    }

    /// Forgets a finished stream, stopping the check after the last one.
    func remove(_ context: StreamContext) {
        contexts.withLock { contexts in
            contexts.removeValue(forKey: ObjectIdentifier(context))
            guard contexts.isEmpty else { return }
            timer.withLock { slot in
                slot?.cancel()
                slot = nil
            }
        }
    }

    /// How many streams of `server` are open.
    func count(of server: AnyObject) -> Int {
        let owner = ObjectIdentifier(server)
        return contexts.withLock { $0.values.filter { $0.server == owner }.count }
    }

    /// Ends every stream of `server`.
    func endAll(of server: AnyObject) {
        let owner = ObjectIdentifier(server)
        let mine = contexts.withLock { $0.values.filter { $0.server == owner }.map(\.context) }
        mine.forEach { $0.end() }
    }

    /// Ends the streams whose suspended connection's client has hung up.
    private func endHungUp() {
        let all = contexts.withLock { $0.values.map(\.context) }
        all.filter { $0.clientHungUp() }.forEach { $0.end() }
    }
}
