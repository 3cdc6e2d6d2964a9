import Foundation
import LumbungCore
import Synchronization

/// Whether a database file and its folder (where SQLite creates the WAL) may be written, asked of the file system
/// at most once per `interval`: `/healthz` asks on every request, and its two `access(2)` calls cost more than
/// the rest of a healthy answer. A file made read-only shows within the interval.
final class WritePermission: Sendable {
    /// The database file.
    private let path: String
    /// The folder holding it, "." for a bare file name.
    private let folder: String
    /// How long an answer is reused, in nanoseconds.
    private let intervalNanoseconds: UInt64
    /// When the file system was last asked (monotonic nanoseconds, 0: never). Read without a lock: every request's
    /// look only loads it, so the threads asking do not take turns on one cache line.
    private let askedAt = Atomic<UInt64>(0)
    /// What the file system answered then.
    private let lastAnswer = Atomic<Bool>(true)

    /// A check of `path`, reusing each answer for `intervalNanoseconds`.
    init(path: String, intervalNanoseconds: UInt64 = 100_000_000) {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        self.folder = folder.isEmpty ? "." : folder
        self.intervalNanoseconds = intervalNanoseconds
    }

    /// True when both the file and its folder may be written (as of at most one interval ago).
    var writable: Bool {
        let now = MonotonicTime.nanoseconds()
        let asked = askedAt.load(ordering: .acquiring)
        if asked != 0, now &- asked < intervalNanoseconds { return lastAnswer.load(ordering: .relaxed) }
        let writable = access(path, W_OK) == 0 && access(folder, W_OK) == 0
        lastAnswer.store(writable, ordering: .relaxed)
        askedAt.store(max(now, 1), ordering: .releasing)
        return writable
    }
}
