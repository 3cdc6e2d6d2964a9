import Logging
import MicroHTTP
import Synchronization

/// The SMS gateway app's API on a loopback port: `POST /message` fails the first `failures` times
/// (503), and while `refusing` is set, else accepts; it keeps every request it was sent.
final class FakeSMSGateway: Sendable {
    private let server: HTTPServer
    /// The port it listens on.
    var port: Int { server.port }

    /// Starts a gateway that refuses `failures` deliveries before accepting.
    init(failures: Int) throws {
        let received = Mutex<[Request]>([])
        let refusing = Mutex(false)
        var router = Router()
        router.add("POST", "/message") { request in
            let count = received.withLock { list in
                list.append(request)
                return list.count
            }
            return count <= failures || refusing.withLock({ $0 }) ? .text("busy", status: 503) : .json(.object([("id", .string("gw-\(count)"))]), status: 202)
        }
        var configuration = ServerConfiguration()
        configuration.port = 0
        var logger = Logger(label: "gateway")
        logger.logLevel = .critical
        server = HTTPServer(configuration: configuration, router: router, logger: logger)
        try server.start()
        self.requests = { received.withLock { $0 } }
        self.refuse = { value in refusing.withLock { $0 = value } }
    }

    /// Sets whether every delivery is refused from now on.
    let refuse: @Sendable (Bool) -> Void

    /// The requests received so far.
    let requests: @Sendable () -> [Request]

    deinit { server.stop() }
}
