import ArgumentParser
import LumbungApp

/// `lumbung copy --from SRC --to DEST`: a whole database between SQLite and PostgreSQL.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole database between a SQLite file and a postgresql:// database (either way).",
        discussion: "All or nothing: DEST must be empty (it is created or migrated first), and every table's row count is checked before committing."
    )

    @Option(help: "The database to read: a SQLite file or a postgresql:// URI.")
    var from: String

    @Option(help: "The empty database to fill: a SQLite file or a postgresql:// URI.")
    var to: String

    func run() throws {
        Signals.unblockTermination()
        let source = DatabaseLocation(from)
        let destination = DatabaseLocation(to)
        let copied = try DatabaseCopy(from: source, to: destination).run()
        for entry in copied { print("\(entry.table): \(entry.rows) rows") }
        print("copied \(copied.reduce(0) { $0 + $1.rows }) rows from \(source.displayName) to \(destination.displayName)")
    }
}
