import Glibc

/// A blocking HTTP/1.1 client over one TCP connection, for tests and tools that need byte-level control.
public final class HTTPConnection {
    private let socket: Int32
    private var buffer: [UInt8] = []

    /// Connects to `host:port` (IPv4) with a receive timeout.
    public init(host: String = "127.0.0.1", port: Int, timeoutSeconds: Int = 10) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw ClientError.system("socket", errno) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        // No close here on failure: a class whose init throws after its properties are set still runs
        // deinit, which closes the socket; closing twice could close a descriptor another thread reused.
        guard connected == 0 else { throw ClientError.system("connect", errno) }
    }

    deinit { Glibc.close(socket) }

    /// Sends bytes as they are.
    public func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw ClientError.system("send", errno) }
            offset += sent
        }
    }

    /// Sends text as UTF-8.
    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    /// Sends one request with `Content-Length` and reads its response.
    public func request(_ method: String, _ target: String, headers: [(String, String)] = [],
                        body: [UInt8] = []) throws -> ClientResponse {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        try send(Array((head + "\r\n").utf8) + body)
        return try readResponse(method: method)
    }

    /// Reads one response; `method` tells whether a body follows (not for HEAD).
    public func readResponse(method: String = "GET") throws -> ClientResponse {
        let headEnd = try fill(until: { $0.firstRange(of: [13, 10, 13, 10]) })
        let head = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self)
        buffer.removeFirst(headEnd.upperBound)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw ClientError.protocolError(head) }
        let headers: [(String, String)] = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: " "))
        }
        var response = ClientResponse(status: status, headers: headers, body: [])
        if method == "HEAD" || status == 204 || status == 304 { return response }
        if let length = response.header("Content-Length").flatMap({ Int($0) }) {
            _ = try fill(until: { $0.count >= length ? length : nil })
            response.body = Array(buffer[..<length])
            buffer.removeFirst(length)
        } else if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            response.body = try readChunks()
        }
        return response
    }

    /// Reads whatever arrives until the peer closes or the timeout passes.
    public func readAvailable() -> [UInt8] {
        while (try? receive()) == true {}
        defer { buffer = [] }
        return buffer
    }

    /// Reads until the end of a response's header block and returns it (status line and fields).
    public func readHead() throws -> String {
        let end = try fill(until: { $0.firstRange(of: [13, 10, 13, 10]) })
        defer { buffer.removeFirst(end.upperBound) }
        return String(decoding: buffer[..<end.upperBound], as: UTF8.self)
    }

    /// Shuts the connection down in both directions, as a client that leaves does (the socket is closed on deinit).
    public func hangUp() {
        _ = shutdown(socket, Int32(SHUT_RDWR))
    }

    /// True when the server has closed the connection (a read returns end of stream).
    public func isClosedByPeer() -> Bool { (try? receive()) == false }

    private func readChunks() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try fill(until: { $0.firstRange(of: [13, 10]) })
            let sizeText = String(decoding: buffer[..<lineEnd.lowerBound], as: UTF8.self)
            buffer.removeFirst(lineEnd.upperBound)
            guard let size = Int(sizeText.split(separator: ";")[0], radix: 16) else { throw ClientError.protocolError(sizeText) }
            _ = try fill(until: { $0.count >= size + 2 ? size : nil })
            body += buffer[..<size]
            buffer.removeFirst(size + 2)
            if size == 0 { return body }
        }
    }

    private func fill<T>(until found: ([UInt8]) -> T?) throws -> T {
        while true {
            if let result = found(buffer) { return result }
            guard try receive() else { throw ClientError.closed }
        }
    }

    /// Reads once into the buffer; false at end of stream.
    private func receive() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count < 0 { throw ClientError.system("recv", errno) }
        if count == 0 { return false }
        buffer += chunk[..<count]
        return true
    }
}

/// Why a client call failed.
public enum ClientError: Error {
    case system(String, Int32)
    case closed
    case protocolError(String)
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
