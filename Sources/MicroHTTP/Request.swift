/// An HTTP request as handed to a route handler: the whole body is already read.
public struct Request: Sendable {
    /// The method in upper case, e.g. `GET`.
    public var method: String
    /// The decoded path without the query string, e.g. `/v1/outlets/abc`.
    public var path: String
    /// Decoded query parameters; the first value wins when a name repeats. A request read from a connection
    /// decodes them when they are first read.
    public var query: [String: String] {
        get {
            switch queryStorage {
            case .decoded(let query): return query
            case .pending(let arguments): return arguments.dictionary
            }
        }
        set { queryStorage = .decoded(newValue) }
    }
    /// The query parameters, or where to decode them from.
    var queryStorage: QueryStorage
    /// The query string exactly as it arrived, undecoded (nil when there was none, or the request was made by
    /// hand): equal raw queries decode to equal `query`, so a handler may key what it keeps by it.
    public var rawQuery: String?
    /// The request header fields.
    public var headers: HTTPHeaders
    /// The raw body bytes.
    public var body: [UInt8]
    /// The id echoed in `X-Request-Id` and the access log.
    public var requestID: String
    /// Values of the `{name}` segments of the matched route.
    public var parameters: [String: String]
    /// The IP address the request came from, as text (empty when unknown, e.g. a hand-built request).
    public var clientAddress: String

    /// A request built by hand, as tests and the server do.
    public init(method: String, path: String, query: [String: String] = [:], headers: HTTPHeaders = HTTPHeaders(),
                body: [UInt8] = [], requestID: String = "") {
        self.method = method
        self.path = path
        self.queryStorage = .decoded(query)
        self.headers = headers
        self.body = body
        self.requestID = requestID
        self.parameters = [:]
        self.clientAddress = ""
    }

    /// A request as the server hands it to a route's handler, every field given at once.
    init(method: String, path: String, queryStorage: QueryStorage, rawQuery: String?, headers: HTTPHeaders,
         body: [UInt8], requestID: String, parameters: [String: String], clientAddress: String) {
        self.method = method
        self.path = path
        self.queryStorage = queryStorage
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
        self.requestID = requestID
        self.parameters = parameters
        self.clientAddress = clientAddress
    }

    /// The media type of the body without parameters, lower-cased (e.g. `application/json`).
    public var mediaType: String? {
        headers["Content-Type"].map { value in
            if value == "application/json" { return value }  // as nearly every client sends it: nothing to cut
            let end = value.utf8.firstIndex(of: UInt8(ascii: ";")) ?? value.utf8.endIndex
            return String(Substring(value.utf8[..<end])).trimmingSpaces().lowercased()
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while scalars.first == " " || scalars.first == "\t" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}

/// A request's query parameters as decoded, or still to be decoded from its connection.
enum QueryStorage: Sendable {
    case decoded([String: String])
    case pending(QueryArguments)
}
