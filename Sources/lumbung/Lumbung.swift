import ArgumentParser
import LumbungApp

/// The `lumbung` command: serve the API, manage the database and tokens.
struct Lumbung: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stock and prices of LPG, rice and staples at village cooperative outlets.",
        discussion: """
            Start with `lumbung serve`: it creates the database on first use. Settings come from \
            Config/lumbung.json, then LUMBUNG_* environment variables (LUMBUNG_HOST, LUMBUNG_PORT, \
            LUMBUNG_DATABASE, LUMBUNG_CONFIG, ...), then command-line flags.
            """,
        version: Version.current,
        subcommands: [ServeCommand.self, MigrateCommand.self, BackupCommand.self, CopyCommand.self, TokenCommand.self, RegionsCommand.self, DemoCommand.self,
                      SMSCommand.self]
    )
}
