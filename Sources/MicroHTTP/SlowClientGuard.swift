import CMicroHTTPD
import Dispatch
import Glibc
import Synchronization

/// Cuts off clients that trickle their requests (slowloris): libmicrohttpd's idle timeout restarts on every byte,
/// so a client sending a header byte a second would hold its connection forever. Every connection gets a
/// `ConnectionDeadline`; a timer shuts down the socket of any connection past its deadline, and libmicrohttpd then
/// closes it as if the client had gone.
///
/// It also sheds idle connections first when the server is near its connection limit: once more than
/// `shedAbove` connections are open, each new connection closes the longest-idle one that waits for a request
/// (never one being answered or streaming), so idle floods cannot keep ordinary requests out.
final class SlowClientGuard: Sendable {
    /// How often deadlines are checked.
    static let checkInterval = DispatchTimeInterval.milliseconds(250)
    /// The budget each deadline starts with.
    private let budgetMilliseconds: UInt64
    /// The open connections by identity. A connection leaves before libmicrohttpd closes its socket, and the
    /// sweep holds this lock while shutting sockets down, so it never touches a descriptor reused by another.
    private let connections = Mutex<[ObjectIdentifier: ConnectionDeadline]>([:])
    /// The running timer, nil when stopped.
    private let timer = Mutex<(any DispatchSourceTimer)?>(nil)
    /// Where sweeps run.
    private let queue = DispatchQueue(label: "microhttp.slow-clients")

    /// Open connections above which idle ones are shed.
    let shedAbove: Int

    /// A guard giving each request `budgetSeconds` for its line and headers, shedding idle connections
    /// above `shedAbove` open ones.
    init(budgetSeconds: Int, shedAbove: Int) {
        budgetMilliseconds = UInt64(max(budgetSeconds, 1)) * 1000
        self.shedAbove = max(shedAbove, 1)
    }

    /// Starts checking deadlines.
    func start() {
        timer.withLock { slot in
            let source = DispatchSource.makeTimerSource(queue: queue)
            source.schedule(deadline: .now() + Self.checkInterval, repeating: Self.checkInterval)
            source.setEventHandler { [weak self] in self?.sweep() }
            source.resume()
            slot = source
        }
    }

    /// Cancels the timer of a guard whose server was never stopped.
    deinit {
        timer.withLock { $0?.cancel() }
    }

    /// Stops checking and waits for a sweep in progress.
    func stop() {
        timer.withLock { source in
            source?.cancel()
            source = nil
        }
        queue.sync {}
    }

    /// Registers a new connection on `socket` from `clientAddress` and returns its deadline; near the limit, sheds the longest-idle
    /// other connection.
    func opened(socket: Int32, clientAddress: String) -> ConnectionDeadline {
        let deadline = ConnectionDeadline(socket: socket, clientAddress: clientAddress, budgetMilliseconds: budgetMilliseconds)
        connections.withLock { connections in
            connections[ObjectIdentifier(deadline)] = deadline
            guard connections.count > shedAbove else { return }
            let idlest = connections.values
                .compactMap { other in other.idleSinceMilliseconds.map { (since: $0, deadline: other) } }
                .filter { $0.deadline !== deadline }
                .min { $0.since < $1.since }
            if let idlest {
                idlest.deadline.closing()
                _ = shutdown(idlest.deadline.socket, Int32(SHUT_RDWR))
            }
        }
        return deadline
    }

    /// How many connections are open.
    var openCount: Int { connections.withLock { $0.count } }

    /// Forgets a connection libmicrohttpd is about to close.
    func closed(_ deadline: ConnectionDeadline) {
        _ = connections.withLock { $0.removeValue(forKey: ObjectIdentifier(deadline)) }
    }

    /// Shuts down the socket of every connection past its deadline.
    private func sweep() {
        let now = monotonicNanoseconds() / 1_000_000
        connections.withLock { connections in
            for deadline in connections.values where deadline.expire(at: now) {
                _ = shutdown(deadline.socket, Int32(SHUT_RDWR))
            }
        }
    }
}

/// libmicrohttpd's connection callback: gives each new connection a deadline (kept as its socket context) and
/// forgets it when the connection closes.
func connectionNotified(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                        _ socketContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                        _ code: MHD_ConnectionNotificationCode) {
    guard let cls, let connection, let socketContext else { return }
    let server = Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue()
    switch code {
    case .CONNECTION_NOTIFY_STARTED:
        let deadline = server.slowClients.opened(socket: lumbung_mhd_connection_socket(connection),
                                                  clientAddress: clientAddress(connection))
        socketContext.pointee = Unmanaged.passRetained(deadline).toOpaque()
    case .CONNECTION_NOTIFY_CLOSED:
        guard let stored = socketContext.pointee else { return }
        let deadline = Unmanaged<ConnectionDeadline>.fromOpaque(stored)
        server.slowClients.closed(deadline.takeUnretainedValue())
        deadline.takeUnretainedValue().keptResponse = nil
        deadline.release()
        socketContext.pointee = nil
    }
}

/// The deadline of the connection carrying a request, if it has one.
func connectionDeadline(_ connection: OpaquePointer) -> ConnectionDeadline? {
    lumbung_mhd_socket_context(connection).map { Unmanaged<ConnectionDeadline>.fromOpaque($0).takeUnretainedValue() }
}
