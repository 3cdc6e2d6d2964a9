import ArgumentParser
import LumbungApp

/// `lumbung backup DEST`: a consistent online copy of the database, safe while the server writes.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to DEST while it is in use (SQLite online backup); DEST must not exist."
    )

    @Argument(help: "The file to create.")
    var destination: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let settings = try common.settings()
        if case .postgresql = settings.databaseLocation { throw PostgresSetup.backupRefusal }
        let store = try Application.openSQLite(settings)
        defer { store.close() }
        try store.backup(to: destination)
        print("backed up \(settings.databasePath) to \(destination)")
    }
}
