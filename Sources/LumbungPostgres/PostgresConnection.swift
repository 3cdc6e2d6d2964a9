import CLibPQ

/// One PostgreSQL session (libpq `PGconn`), used by one thread at a time.
///
/// Statements take `$1, $2, …` parameters, each sent with its declared type (see `PostgresValue`).
public final class PostgresConnection {
    /// The libpq handle; nil once closed.
    private var handle: OpaquePointer?
    /// How many `transaction` blocks are open (nested ones are savepoints).
    private var transactionDepth = 0
    /// Set when a statement failed because the session did (libpq may still report it open).
    private var failed = false
    /// Names that code running in the current transaction noted for later in the same transaction (e.g. rows
    /// it created); emptied whenever a new outermost transaction begins.
    var transactionMarks: Set<String> = []

    /// Connects to `uri` (`postgresql://user:password@host:port/name`, libpq's own syntax).
    public init(uri: String) throws {
        let connection = PQconnectdb(uri)
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let error = PostgresError.fromConnection(connection)
            PQfinish(connection)
            throw error
        }
        handle = connection
        PQsetNoticeProcessor(connection, { _, _ in }, nil)  // Keep NOTICEs (IF NOT EXISTS …) off stderr.
    }

    deinit { close() }

    /// True while the session is open and libpq has not seen it fail.
    public var isHealthy: Bool { !failed && handle.map { PQstatus($0) == CONNECTION_OK } ?? false }

    /// The socket, for waiting on notifications.
    var socket: Int32 { handle.map { PQsocket($0) } ?? -1 }

    /// The open handle, or a connection-lost error once closed.
    func liveHandle(sql: String? = nil) throws -> OpaquePointer {
        guard let handle else {
            throw PostgresError(sqlState: "08003", message: "connection is closed", sql: sql, connectionLost: true)
        }
        return handle
    }

    /// Runs one or more `;`-separated statements without parameters (DDL, `BEGIN`, `NOTIFY` …).
    public func execute(_ sql: String) throws {
        let connection = try liveHandle(sql: sql)
        let result = PQexec(connection, sql)
        defer { PQclear(result) }
        try check(result, connection: connection, sql: sql)
    }

    /// Runs a statement that returns no rows; returns how many rows it changed.
    @discardableResult
    public func run(_ sql: String, _ parameters: [any PostgresBindable] = []) throws -> Int {
        try withResult(sql, parameters) { result in
            Int(String(cString: PQcmdTuples(result))) ?? 0
        }
    }

    /// Runs a query and maps every row with `row`.
    public func query<T>(_ sql: String, _ parameters: [any PostgresBindable] = [],
                         row: (PostgresRow) throws -> T) throws -> [T] {
        try withResult(sql, parameters) { result in
            try (0..<PQntuples(result)).map { try row(PostgresRow(result: result, index: $0)) }
        }
    }

    /// Runs a query and maps its first row, or returns nil when there is none.
    public func queryOne<T>(_ sql: String, _ parameters: [any PostgresBindable] = [],
                            row: (PostgresRow) throws -> T) throws -> T? {
        try withResult(sql, parameters) { result in
            PQntuples(result) > 0 ? try row(PostgresRow(result: result, index: 0)) : nil
        }
    }

    /// Runs `body` in a transaction (`BEGIN` … `COMMIT`, rolled back when it throws); a nested
    /// call becomes a savepoint, so an inner failure can be caught without losing the outer work.
    public func transaction<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        let depth = transactionDepth
        try execute(depth == 0 ? "BEGIN" : "SAVEPOINT s\(depth)")
        if depth == 0 { transactionMarks = [] }
        transactionDepth += 1
        defer { transactionDepth -= 1 }
        do {
            let value = try body(self)
            try execute(depth == 0 ? "COMMIT" : "RELEASE SAVEPOINT s\(depth)")
            return value
        } catch {
            if isHealthy {
                try? execute(depth == 0 ? "ROLLBACK" : "ROLLBACK TO SAVEPOINT s\(depth)")
            }
            throw error
        }
    }

    /// Reads the notifications that have arrived (after `LISTEN`), without blocking.
    func notifications() throws -> [(channel: String, payload: String)] {
        let connection = try liveHandle()
        guard PQconsumeInput(connection) == 1 else { throw PostgresError.fromConnection(connection) }
        var received: [(channel: String, payload: String)] = []
        while let notification = PQnotifies(connection) {
            received.append((String(cString: notification.pointee.relname), String(cString: notification.pointee.extra)))
            PQfreemem(notification)
        }
        return received
    }

    /// Closes the session; safe to call more than once.
    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// Runs `sql` with `parameters` and hands the successful result to `body`.
    private func withResult<T>(_ sql: String, _ parameters: [any PostgresBindable],
                               _ body: (OpaquePointer) throws -> T) throws -> T {
        let connection = try liveHandle(sql: sql)
        let values = parameters.map(\.postgresValue)
        let wires = values.map(\.wire)
        let types = values.map(\.typeOID)
        let lengths = wires.map { Int32($0.bytes?.count ?? 0) }
        let formats = wires.map { Int32($0.binary ? 1 : 0) }
        let buffers: [UnsafeMutablePointer<CChar>?] = wires.map { wire in
            guard let bytes = wire.bytes else { return nil }
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            buffer.withMemoryRebound(to: UInt8.self, capacity: bytes.count + 1) { target in
                for (offset, byte) in bytes.enumerated() { target[offset] = byte }
            }
            buffer[bytes.count] = 0
            return buffer
        }
        defer { buffers.forEach { $0?.deallocate() } }
        let result = buffers.map { UnsafePointer($0) }.withUnsafeBufferPointer { pointers in
            PQexecParams(connection, sql, Int32(values.count), types, pointers.baseAddress, lengths, formats, 0)
        }
        defer { PQclear(result) }
        try check(result, connection: connection, sql: sql)
        return try body(result!)
    }

    /// Throws unless `result` is a successful command or row set; remembers a failed session.
    private func check(_ result: OpaquePointer?, connection: OpaquePointer, sql: String) throws {
        let status = result.map { PQresultStatus($0) } ?? PGRES_FATAL_ERROR
        guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
            let error = PostgresError.fromResult(result, connection: connection, sql: sql)
            if error.connectionLost { failed = true }
            throw error
        }
    }
}

@available(*, unavailable, message: "A connection is used by one thread at a time; share a PostgresDatabase instead")
extension PostgresConnection: Sendable {}
