/// How hard the writer connection works to keep committed transactions (`PRAGMA synchronous`).
///
/// Both settings run in WAL mode, where neither can corrupt the database file; they differ only
/// in what a power cut or operating-system crash may take back.
public enum Durability: Sendable {
    /// `synchronous=FULL`: the WAL is fsynced at every commit, so a transaction whose COMMIT
    /// returned survives an application crash, `kill -9`, an OS crash and a power cut.
    /// The default: every write the service acknowledges must survive power loss.
    case full
    /// `synchronous=NORMAL`: the WAL is fsynced only at checkpoints. A committed transaction
    /// survives an application crash or `kill -9` (it is in the OS page cache), but after a power
    /// cut or OS crash the transactions committed since the last checkpoint may be rolled back.
    /// Faster; use for tests, benchmarks or data that can be replayed.
    case normal

    /// The value given to `PRAGMA synchronous`.
    var pragmaValue: String {
        switch self {
        case .full: "FULL"
        case .normal: "NORMAL"
        }
    }
}
