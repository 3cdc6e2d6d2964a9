import Glibc

/// An HTTP response: status, header fields and a complete or streamed body.
public struct Response: Sendable {
    /// The status code, e.g. 200.
    public var status: Int
    /// The header fields; `Content-Length` is added by the server.
    public var headers: HTTPHeaders
    /// What is sent after the headers (empty for a streamed response); a deferred body is made each time it is read.
    public var body: [UInt8] {
        get { makeBody?() ?? storedBody }
        set {
            storedBody = newValue
            makeBody = nil
        }
    }
    /// The source of a streamed body, if this response is streamed.
    public var stream: (any ResponseStream)?
    /// The body given whole.
    private var storedBody: [UInt8]
    /// Makes the body when it is read, for a response made with `deferredJSON`.
    private var makeBody: (@Sendable () -> [UInt8])?

    /// A response with a complete body.
    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.storedBody = body
    }

    /// The body when it is given whole: nil for a streamed or deferred one.
    var wholeBody: [UInt8]? { makeBody == nil && stream == nil ? storedBody : nil }

    /// A streamed response: `stream` produces the body until it ends or the client leaves.
    public init(status: Int, headers: HTTPHeaders, stream: any ResponseStream) {
        self.status = status
        self.headers = headers
        self.storedBody = []
        self.stream = stream
    }

    /// A JSON response whose body is built and written when it is read: the answer of a write made on the writer
    /// thread is then encoded on the worker thread that sends it, not on the writer.
    public static func deferredJSON(status: Int = 200, _ value: @escaping @Sendable () -> JSON) -> Response {
        deferredJSON(status: status, bytes: { value().bytes })
    }

    /// A JSON response whose body `write` serializes when it is read, straight into bytes (see `JSONWriter`), as
    /// `deferredJSON` does with a `JSON` value.
    public static func deferredJSON(status: Int = 200, bytes write: @escaping @Sendable () -> [UInt8]) -> Response {
        var response = Response(status: status, headers: HTTPHeaders([("Content-Type", "application/json")]))
        response.makeBody = write
        return response
    }

    /// A JSON response.
    public static func json(_ value: JSON, status: Int = 200) -> Response {
        json(value.bytes, status: status)
    }

    /// A JSON response whose body was serialized already (see `JSONWriter`).
    public static func json(_ body: [UInt8], status: Int = 200) -> Response {
        Response(status: status, headers: HTTPHeaders([("Content-Type", "application/json")]), body: body)
    }

    /// A plain-text response in UTF-8.
    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8") -> Response {
        Response(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: Array(text.utf8))
    }

    /// A response with no body.
    public static func empty(status: Int = 204) -> Response {
        Response(status: status)
    }
}

extension Response {
    /// Writes the response as HTTP/1.1 bytes straight to `socket`, then ends the sending side; for answers that
    /// libmicrohttpd cannot queue (while a request body is still arriving). Small bodies only: a full socket
    /// buffer truncates the answer.
    func write(to socket: Int32, reason: String) {
        var head = "HTTP/1.1 \(status) \(reason)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\n\r\n"
        let bytes = Array(head.utf8) + body
        _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        _ = shutdown(socket, Int32(SHUT_WR))
    }
}
