import LumbungCore
import LumbungPostgres
import MicroHTTP

extension PostgresStore: ServiceStore {
    /// None: each writing request commits its own transaction on the process's writer session.
    public var writeGroups: (any WriteGroups)? { nil }

    /// Runs `body` under the job's session-level advisory lock, unless another process holds it.
    public func exclusively<T>(_ job: BackgroundJob, _ body: () throws -> T) throws -> T? {
        try exclusively(lockKey: job.lockKey, body)
    }
}
