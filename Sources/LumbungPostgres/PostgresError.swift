import CLibPQ
import Foundation
import LumbungCore

/// A failure reported by libpq or the PostgreSQL server, with the server's SQLSTATE when there is one.
public struct PostgresError: Error, CustomStringConvertible, Sendable {
    /// The five-character SQLSTATE (`23505` unique violation, `08006` connection failure …), or "" when libpq failed locally.
    public let sqlState: String
    /// The server's (or libpq's) message.
    public let message: String
    /// The statement that failed, if any.
    public let sql: String?
    /// True when the connection is gone (server restarted, network lost): the connection must be reopened.
    public let connectionLost: Bool

    /// A readable summary (the SQL is included, the parameters never are).
    public var description: String {
        let state = sqlState.isEmpty ? "" : " [\(sqlState)]"
        return "PostgreSQL\(state): \(message)" + (sql.map { " (in: \($0.prefix(120)))" } ?? "")
    }

    /// True for a unique-index violation (an idempotency key or an open alert already there).
    public var isUniqueViolation: Bool { sqlState == "23505" }

    /// True when a transaction lost a serialization or deadlock race and may simply be retried.
    public var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }

    /// An error from libpq's own message on `connection` (no server result).
    static func fromConnection(_ connection: OpaquePointer?, sql: String? = nil) -> PostgresError {
        let message = connection.flatMap { PQerrorMessage($0) }.map { String(cString: $0) } ?? "out of memory"
        let lost = connection.map { PQstatus($0) != CONNECTION_OK } ?? true
        return PostgresError(sqlState: lost ? "08006" : "", message: trimmed(message), sql: sql, connectionLost: lost)
    }

    /// An error from a failed result; `connection` tells whether the session survived it. An error without
    /// SQLSTATE comes from libpq itself, not the server: the session failed (libpq may report "server closed
    /// the connection unexpectedly" before it marks the session bad).
    static func fromResult(_ result: OpaquePointer?, connection: OpaquePointer?, sql: String) -> PostgresError {
        guard let result else { return fromConnection(connection, sql: sql) }
        let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        let message = String(cString: PQresultErrorMessage(result))
        let lost = connection.map { PQstatus($0) != CONNECTION_OK } ?? true
            || state.isEmpty || state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03"
        return PostgresError(sqlState: state, message: trimmed(message), sql: sql, connectionLost: lost)
    }

    /// A misuse of this library (closed database, bad URI …).
    static func misuse(_ message: String) -> PostgresError {
        PostgresError(sqlState: "", message: message, sql: nil, connectionLost: false)
    }

    /// The message without libpq's trailing newline.
    private static func trimmed(_ message: String) -> String {
        message.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

extension PostgresError: StorageFailure {
    /// `unreachable` when the session was lost, `full` when the server's disk is (SQLSTATE 53100),
    /// `overBudget` when a statement ran past its timeout (57014); nil for errors about the request.
    public var unavailability: StorageUnavailability? {
        if connectionLost { return .unreachable }
        switch sqlState {
        case "53100": return .full
        case "57014": return .overBudget
        default: return nil
        }
    }
}
