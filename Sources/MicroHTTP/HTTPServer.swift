import CMicroHTTPD
import Dispatch
import Glibc
import Logging
import Synchronization

/// An HTTP/1.1 server on libmicrohttpd: epoll worker threads, body limits, request ids, graceful stop.
// @unchecked Sendable because: the daemon pointer is written in start() before any callback
// can run and cleared in stop() under `stopping`; everything else is immutable, atomic or locked.
public final class HTTPServer: @unchecked Sendable {
    /// The settings it was started with.
    public let configuration: ServerConfiguration
    let router: Router
    let logger: Logger
    /// Whether an access line is written per request (the logger's level is `info` or lower), decided once.
    let accessLogged: Bool
    let observer: (any RequestObserver)?
    let errorMapper: @Sendable (any Error) -> Problem?
    /// The writer thread for writing routes, when the server was given `WriteGroups`.
    let writeQueue: WriteQueue?
    private var daemon: OpaquePointer?
    /// Held for the whole of `stop()`, so concurrent calls stop the daemon once and all return stopped.
    private let stopping = Mutex(false)
    /// False once `stop()` begins: a connection made after that is closed unanswered (see `acceptPolicy`), and
    /// one already open is closed after its next answer.
    let accepting = Atomic(true)
    private let requestCounter = Atomic<UInt64>(0)
    let inFlight = Atomic<Int>(0)
    let slowClients: SlowClientGuard
    /// Where offloaded handlers run (see `Route.offloaded`), off the worker threads.
    let offloadQueue = DispatchQueue(label: "microhttp.offloaded", attributes: .concurrent)
    /// False once the daemon is being stopped: an offloaded handler finishing later must not resume its
    /// connection (libmicrohttpd has closed it). Held while resuming, so the two never overlap.
    let resumable = Mutex(true)
    /// The first part of every request id this server makes: a random per-process number in hex and a dash.
    private let idPrefix: [UInt8]
    /// What libmicrohttpd's URI callback checks each query against and hands it to (`lumbung_uri_check`); kept
    /// for as long as the server, which outlives its daemon.
    private let uriCheck: UnsafeMutablePointer<lumbung_uri_check>

    /// A server for `router`; `errorMapper` turns domain errors into problems (nil → 500). With `writeGroups`,
    /// writing routes run on one writer thread in groups (see `WriteQueue`); without, on the worker thread.
    public init(configuration: ServerConfiguration, router: Router, logger: Logger,
                observer: (any RequestObserver)? = nil,
                errorMapper: @escaping @Sendable (any Error) -> Problem? = { _ in nil },
                writeGroups: (any WriteGroups)? = nil) {
        self.configuration = configuration
        self.router = router
        self.logger = logger
        self.accessLogged = logger.logLevel <= .info
        self.observer = observer
        self.errorMapper = errorMapper
        self.writeQueue = writeGroups.map { WriteQueue(groups: $0, logger: logger) }
        self.slowClients = SlowClientGuard(budgetSeconds: configuration.idleTimeoutSeconds,
                                           shedAbove: configuration.connectionLimit * 9 / 10)
        self.idPrefix = Array((String(UInt32.random(in: 0x1000_0000...UInt32.max), radix: 16) + "-").utf8)
        self.uriCheck = .allocate(capacity: 1)
        uriCheck.initialize(to: lumbung_uri_check(hook: rawQueryArrived, memory_limit: configuration.connectionMemoryLimit))
    }

    deinit {
        uriCheck.deallocate()
    }

    /// Binds and starts serving; throws when the address cannot be bound.
    public func start() throws(ServerError) {
        let host = configuration.host == "localhost" ? "127.0.0.1" : configuration.host
        let context = Unmanaged.passUnretained(self).toOpaque()
        daemon = host.withCString { ipv4 in
            var settings = lumbung_mhd_settings(
                ipv4: ipv4, port: UInt16(clamping: configuration.port),
                threads: UInt32(clamping: configuration.threads),
                connection_limit: UInt32(clamping: configuration.connectionLimit),
                timeout_seconds: UInt32(clamping: configuration.idleTimeoutSeconds),
                memory_limit: configuration.connectionMemoryLimit,
                listen_backlog: UInt32(clamping: configuration.listenBacklog),
                turbo: 1)
            return lumbung_mhd_start(&settings, acceptPolicy, context, accessHandler, context, requestCompleted, context,
                                     connectionNotified, context, uriCheck)
        }
        guard daemon != nil else {
            throw ServerError(description: "cannot listen on \(configuration.host):\(configuration.port): \(String(cString: strerror(errno)))")
        }
        writeQueue?.start(server: self)
        slowClients.start()
    }

    /// The port actually bound (differs from the configuration when it asked for 0).
    public var port: Int {
        guard let daemon else { return 0 }
        return Int(lumbung_mhd_bound_port(daemon))
    }

    /// Stops accepting, ends streams, waits up to `drainSeconds` for requests in flight, then closes every connection.
    ///
    /// A connection made while it drains is closed at once by the accept policy, and each open one after its next
    /// answer (`Connection: close`), so clients that keep sending move on. `MHD_quiesce_daemon` is not used:
    /// in libmicrohttpd 0.9.75 it races an epoll worker for the listen socket's removal, and the loser aborts the
    /// process ("Failed to remove listen FD from epoll set").
    public func stop() {
        stopping.withLock { stopped in
            guard !stopped, let daemon else { return }
            stopped = true
            accepting.store(false, ordering: .relaxed)
            StreamRegistry.shared.endAll(of: self)
            var waited = 0.0
            while inFlight.load(ordering: .acquiring) > 0 && waited < configuration.drainSeconds {
                usleep(10_000)
                waited += 0.01
            }
            writeQueue?.stop()  // answers and resumes every waiting write before the daemon goes
            resumable.withLock { $0 = false }
            MHD_stop_daemon(daemon)
            slowClients.stop()
            self.daemon = nil
        }
    }

    /// A new request id: a per-process prefix and a counter in hex, written digit by digit into the string
    /// (up to 15 bytes, the first 16.7 million ids, it is kept inline without an allocation).
    func nextRequestID() -> String {
        let number = requestCounter.wrappingAdd(1, ordering: .relaxed).newValue
        let digits = max(1, (UInt64.bitWidth - number.leadingZeroBitCount + 3) / 4)
        return String(unsafeUninitializedCapacity: idPrefix.count + digits) { buffer in
            _ = buffer.initialize(from: idPrefix)
            var rest = number
            for position in (idPrefix.count..<idPrefix.count + digits).reversed() {
                buffer[position] = Self.hexDigits[Int(rest & 0xF)]
                rest >>= 4
            }
            return idPrefix.count + digits
        }
    }

    /// Lower-case hexadecimal digits by value.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible {
    /// What went wrong, for people.
    public let description: String
}
