import Foundation
@testable import LumbungPostgres

/// The throwaway server `scripts/postgres-tests.sh` starts, named by `LUMBUNG_TEST_POSTGRES`.
enum PostgresTestServer {
    /// The server's URI, or nil when the tests run without one (they are then skipped).
    static let uri: String? = ProcessInfo.processInfo.environment["LUMBUNG_TEST_POSTGRES"]

    /// True when a server is there to test against.
    static var isAvailable: Bool { uri != nil }

    /// Creates an empty database of its own, hands its URI to `body`, and drops it afterwards.
    static func withFreshDatabase<T>(_ body: (String) throws -> T) throws -> T {
        let admin = try PostgresConnection(uri: uri!)
        defer { admin.close() }
        let name = "t_\(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20))"
        try admin.execute("CREATE DATABASE \(name)")
        defer { try? admin.execute("DROP DATABASE \(name) WITH (FORCE)") }
        return try body(databaseURI(name))
    }

    /// The server URI with its database name replaced by `name`.
    static func databaseURI(_ name: String) -> String {
        var parts = URLComponents(string: uri!)!
        parts.path = "/\(name)"
        return parts.string!
    }
}

/// A list appended to from many threads.
final class ThreadSafeList<Element: Sendable>: @unchecked Sendable {
    // @unchecked because `items` is only touched while holding `lock`.
    /// Guards `items`.
    private let lock = NSLock()
    /// The appended elements.
    private var items: [Element] = []

    /// Appends one element.
    func append(_ element: Element) {
        lock.withLock { items.append(element) }
    }

    /// Everything appended so far.
    var all: [Element] { lock.withLock { items } }
}

/// Runs `body(i)` for i in 0..<count, all at once on their own threads; waits for all to end.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread.detachNewThread {
            body(index)
            group.leave()
        }
    }
    group.wait()
}
