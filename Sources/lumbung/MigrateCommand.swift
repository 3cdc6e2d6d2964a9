import ArgumentParser
import LumbungApp

/// `lumbung migrate`: brings the database schema up to date and exits.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create the database or bring its schema up to date, then exit."
    )

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let settings = try common.settings()
        if case .postgresql(let uri) = settings.databaseLocation {
            let applied = try PostgresSetup.migrate(uri: uri)
            print("database \(settings.databaseLocation.displayName) is up to date (\(applied) migrations applied)")
            return
        }
        let store = try Application.openSQLite(settings)
        store.close()
        print("database \(settings.databasePath) is up to date")
    }
}
