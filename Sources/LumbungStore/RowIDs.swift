import LumbungCore
import Synchronization

/// Ids of the rows that writes add by the thousand (movements, price reports, alerts), their random parts drawn from one
/// generator seeded from the system's, so a row costs no system call for its id (`SystemRandomNumberGenerator`
/// makes two per id). These ids name rows anyone may list and guard nothing, so being unique (80 random bits
/// behind the millisecond) is all they need; ids that are secrets or capabilities keep the system's generator.
enum RowIDs {
    /// The generator, shared by every thread that writes.
    private static let random = Mutex(FastRandomGenerator())

    /// A new id with `prefix` made at `time`, as `EntityID.make(_:at:)` makes it.
    static func make(_ prefix: String, at time: Timestamp) -> String {
        random.withLock { EntityID.make(prefix, at: time, using: &$0) }
    }

    /// A new price report id made at `time`, as `make("prc", at: time)` makes it, with what is stored for it when it
    /// is recorded at `time` (`StoredReportID.stored`: its random part), so that neither is worked out from the other.
    static func makeReport(at time: Timestamp) -> (id: String, stored: String) {
        let randomPart = random.withLock { EntityID.randomPart(using: &$0) }
        return (StoredReportID.prefix + EntityID.timePart(at: time) + randomPart, randomPart)
    }
}
