import Glibc
import Logging
import MicroHTTP

/// A server on an ephemeral loopback port for one test, with echo, slow and failing routes.
struct TestServer {
    let server: HTTPServer
    var port: Int { server.port }

    init(bodyLimit: Int = 1024, threads: Int = 2, idleTimeoutSeconds: Int = 30, logger: Logger? = nil,
         writeGroups: (any WriteGroups)? = nil,
         extraRoutes: (inout Router) -> Void = { _ in }) throws {
        var router = Router()
        router.add("GET", "/hello") { _ in .text("hello") }
        router.add("POST", "/echo") { request in Response(status: 200, body: request.body) }
        router.add("GET", "/items/{id}") { request in .json(.object([("id", .string(request.parameters["id"]))])) }
        router.add("GET", "/boom") { _ in throw TestFailure() }
        router.add("GET", "/slow") { _ in
            usleep(400_000)
            return .text("done")
        }
        extraRoutes(&router)
        var configuration = ServerConfiguration()
        configuration.port = 0
        configuration.bodyLimit = bodyLimit
        configuration.threads = threads
        configuration.idleTimeoutSeconds = idleTimeoutSeconds
        var quiet = Logger(label: "test")
        quiet.logLevel = .critical
        server = HTTPServer(configuration: configuration, router: router, logger: logger ?? quiet, writeGroups: writeGroups)
        try server.start()
    }
}

struct TestFailure: Error {}
