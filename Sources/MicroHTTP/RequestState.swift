import CMicroHTTPD
import Glibc
import Synchronization

/// What the server keeps about one request between libmicrohttpd's calls.
// @unchecked Sendable because: only the pool thread serving its connection touches it.
final class RequestState: @unchecked Sendable {
    let method: String
    let path: String
    let headers: HTTPHeaders
    /// The query parameters as given (a request made in process), or [:] when `pendingQuery` holds them.
    private let decodedQuery: [String: String]
    /// Where the query parameters are decoded from when first read (a request read from a connection). Only the
    /// thread serving the request touches it, so its accesses are not checked at run time (that cost a call each).
    @exclusivity(unchecked) private var pendingQuery: QueryArguments?
    /// The query string as it arrived (see `Request.rawQuery`).
    let rawQuery: String?
    let match: RouteMatch
    let bodyLimit: Int
    let requestID: String
    /// The client's IP address as text.
    let clientAddress: String
    let startedAt: UInt64
    /// The deadline of the connection carrying the request (nil if libmicrohttpd gave none).
    let deadline: ConnectionDeadline?
    /// The body received so far (accessed without run-time exclusivity checks: only the serving thread touches it).
    @exclusivity(unchecked) var body: [UInt8] = []
    var overLimit = false
    /// Whether an answer was queued before the body ended (a body over the limit).
    var answered = false
    /// Whether the handler was handed to the offload queue (its connection is suspended until it answers).
    var offloaded = false
    /// The answer of an offloaded handler, set on the offload queue and taken on the worker after resuming.
    private let offloadedAnswer = Mutex<Response?>(nil)
    /// Why the raw request line is refused (a NUL byte in the path, too many query parameters), if it is.
    var refusal: Problem?
    /// Set once the request was handed to the writer thread (its answer comes back through `keep`).
    var submitted = false
    /// The second step of a staged handler whose first step ran on the worker (see `StagedHandler`).
    var secondStep: (() throws -> Response)?

    init(method: String, path: String, headers: HTTPHeaders, queryStorage: QueryStorage, rawQuery: String?, match: RouteMatch,
         bodyLimit: Int, requestID: String, clientAddress: String, startedAt: UInt64, deadline: ConnectionDeadline?) {
        self.method = method
        self.path = path
        self.headers = headers
        switch queryStorage {
        case .decoded(let query): decodedQuery = query
        case .pending(let arguments):
            decodedQuery = [:]
            pendingQuery = arguments
        }
        self.rawQuery = rawQuery
        self.match = match
        self.bodyLimit = bodyLimit
        self.requestID = requestID
        self.clientAddress = clientAddress
        self.startedAt = startedAt
        self.deadline = deadline
    }

    /// The query parameters, or where to decode them from.
    var queryStorage: QueryStorage {
        pendingQuery.map { .pending($0) } ?? .decoded(decodedQuery)
    }

    /// The decoded query parameters.
    var query: [String: String] { pendingQuery?.dictionary ?? decodedQuery }

    /// Lets go of the connection's query values before libmicrohttpd frees them (when the answer is queued, and
    /// when the request ends): decoded first only if a handler's request still holds them.
    func detachQuery() {
        guard pendingQuery != nil else { return }
        let shared = !isKnownUniquelyReferenced(&pendingQuery)
        pendingQuery?.detach(shared: shared)
    }

    /// Keeps the answer of the offloaded handler.
    func keep(_ response: Response) {
        offloadedAnswer.withLock { $0 = response }
    }

    /// The answer of the offloaded handler, once it is there.
    func takeAnswer() -> Response? {
        offloadedAnswer.withLock { answer in
            defer { answer = nil }
            return answer
        }
    }

    /// Whether the matched route runs off the worker threads.
    var runsOffloaded: Bool {
        // A refused request matches no route (see `HTTPServer.state`), so a match is never a refused request.
        if case .found(let route, _) = match { return route.offloaded && !overLimit }
        return false
    }

    /// Adds a chunk of the body, or marks the request over its limit (dropping what was kept).
    func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        guard !overLimit else { return }
        if body.count + chunk.count > bodyLimit {
            overLimit = true
            body = []
        } else {
            body.append(contentsOf: chunk)
        }
    }

    /// True when the matched route changes something (see `Route.writes`) and nothing refused it already.
    var writes: Bool {
        if case .found(let route, _) = match { return route.writes && !overLimit }  // never refused, as above
        return false
    }

    /// The template of the matched route, if one matched.
    var routeTemplate: String? {
        if case .found(let route, _) = match { return route.template }
        return nil
    }

    /// Whether the client sent `Content-Length` more than once with different values.
    var conflictingLengths: Bool {
        guard headers.count(of: "Content-Length") > 1 else { return false }
        return Set(headers.values(of: "Content-Length").map { $0.trimmingSpaces() }).count > 1
    }

    /// The `Content-Length` the client declared, if any.
    var declaredLength: Int? { headers["Content-Length"].flatMap { Int($0) } }
}

/// Reads every value of one kind (headers or query arguments) from a connection, whole: a value holding a
/// NUL byte (`%00` in a query) keeps it, so that handlers refuse it instead of seeing only the part before it.
func connectionValues(_ connection: OpaquePointer, kind: MHD_ValueKind) -> [(name: String, value: String)] {
    var pairs: [(name: String, value: String)] = []
    withUnsafeMutablePointer(to: &pairs) { pairs in
        _ = MHD_get_connection_values_n(connection, kind, { cls, _, key, keySize, value, valueSize in
            guard let cls, let key else { return MHD_Result.YES }
            let text = { (start: UnsafePointer<CChar>, count: Int) in
                start.withMemoryRebound(to: UInt8.self, capacity: count) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
                }
            }
            let pairs = cls.assumingMemoryBound(to: [(name: String, value: String)].self)
            if pairs.pointee.isEmpty { pairs.pointee.reserveCapacity(16) }  // one allocation, not growing 1, 2, 4, 8
            let name = CommonHeaderNames.name(at: key, count: keySize) ?? text(key, keySize)
            pairs.pointee.append((name, value.map { text($0, valueSize) } ?? ""))
            return MHD_Result.YES
        }, pairs)
    }
    return pairs
}

/// The IP address of a connection's client as text, or "" when libmicrohttpd does not know it.
func clientAddress(_ connection: OpaquePointer) -> String {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { text in
        guard let start = text.baseAddress, lumbung_mhd_client_address(connection, start, socklen_t(text.count)) == 0 else {
            return ""
        }
        return String(cString: start)
    }
}
