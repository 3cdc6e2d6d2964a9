import CSQLite
import LumbungCore

extension SQLiteError: StorageFailure {
    /// Disk full, read-only database, I/O error or an interrupted (over-budget) query; nil otherwise.
    public var unavailability: StorageUnavailability? {
        switch code {
        case SQLITE_FULL: return .full
        case SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM: return .readOnly
        case SQLITE_IOERR: return .ioError
        case SQLITE_INTERRUPT: return .overBudget
        default: return nil
        }
    }
}
