/// How an `HTTPServer` listens and protects itself.
public struct ServerConfiguration: Sendable {
    /// The IPv4 address to bind; `localhost` means 127.0.0.1.
    public var host: String = "127.0.0.1"
    /// The TCP port; 0 picks a free one (see `HTTPServer.port`).
    public var port: Int = 8080
    /// Worker threads, each with its own epoll loop.
    public var threads: Int = 2
    /// The most simultaneous connections; more are refused.
    public var connectionLimit: Int = 1024
    /// Seconds a connection may stay idle before it is closed; also the time a request's line and headers have to
    /// arrive in full, after which its body must keep arriving at 1,000 bytes a second (see `SlowClientGuard`).
    public var idleTimeoutSeconds: Int = 30
    /// The largest body accepted by routes that do not set their own limit.
    public var bodyLimit: Int = 1 << 20
    /// Memory per connection, which bounds the request line and headers (a little under this size; 431 above).
    /// libmicrohttpd zeroes the whole pool after every request and half of it while answering, so its size is a
    /// cost paid per request: 16 KiB zeroes half of what 32 KiB did and still takes 15 KiB of headers.
    public var connectionMemoryLimit: Int = 16 * 1024
    /// The listen backlog of the socket.
    public var listenBacklog: Int = 1024
    /// Seconds `stop()` waits for requests in flight before closing.
    public var drainSeconds: Double = 10

    /// The defaults.
    public init() {}
}
