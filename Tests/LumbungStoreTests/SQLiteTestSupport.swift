import Dispatch
import Foundation
import Testing
import Synchronization
@testable import LumbungStore

/// A fresh directory under the system temp directory, removed after `body` (even if it throws).
func withTemporarySQLiteDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("lumbung-sqlite-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// A database in a fresh temporary directory, closed and removed after `body`.
func withTemporarySQLiteDatabase<T>(
    readers: Int = 4,
    durability: Durability = .normal,
    _ body: (Database, String) throws -> T
) throws -> T {
    try withTemporarySQLiteDirectory { directory in
        let db = try Database(path: directory + "/test.sqlite", readers: readers, durability: durability)
        defer { db.close() }
        return try body(db, directory)
    }
}

/// Thread-safe list for collecting results from several threads.
final class ThreadSafeList<Element: Sendable>: Sendable {
    /// The collected elements.
    private let storage = Mutex<[Element]>([])

    /// Appends one element.
    func append(_ element: Element) { storage.withLock { $0.append(element) } }

    /// A copy of everything collected so far.
    var all: [Element] { storage.withLock { $0 } }
}

/// A thread-safe boolean flag.
final class ThreadSafeFlag: Sendable {
    /// The flag's value.
    private let value = Atomic<Bool>(false)

    /// Sets the flag.
    func set() { value.store(true, ordering: .sequentiallyConsistent) }

    /// True once set.
    var isSet: Bool { value.load(ordering: .sequentiallyConsistent) }
}

/// An error thrown on purpose by tests.
struct PlannedSQLiteTestFailure: Error, Equatable {}

/// Runs each SQL `change` in a write of its own on `db` and expects `generation` to take a value after each that it
/// never had before (starting from its value now); returns the last value.
@discardableResult
func expectEachChangeMovesGeneration(_ changes: [String], on db: Database, _ generation: () throws -> Int64) throws -> Int64 {
    var seen = [try generation()]
    for change in changes {
        try db.write { try $0.execute(change) }
        let now = try generation()
        #expect(!seen.contains(now), "\(change) gives a new generation")
        seen.append(now)
    }
    return seen[seen.count - 1]
}

/// Number of rows in `table`.
func rowCount(_ table: String, _ connection: Connection) throws -> Int {
    try connection.queryOne("SELECT count(*) FROM \(table)") { $0.int(0) } ?? -1
}

/// Runs `body(0..<count)` on `count` new threads at once; returns false if they did not all
/// finish within `timeout` seconds.
func runOnSQLiteTestThreads(_ count: Int, timeout: Double = 10, _ body: @escaping @Sendable (Int) -> Void) -> Bool {
    let start = DispatchSemaphore(value: 0)
    let done = DispatchSemaphore(value: 0)
    for index in 0..<count {
        Thread.detachNewThread {
            start.wait()
            body(index)
            done.signal()
        }
    }
    for _ in 0..<count { start.signal() }
    let deadline = DispatchTime.now() + timeout
    return (0..<count).allSatisfy { _ in done.wait(timeout: deadline) == .success }
}
