import ArgumentParser
import LumbungApp

/// Options every command that opens the database understands.
struct CommonOptions: ParsableArguments {
    @Option(help: "The config file (default: $LUMBUNG_CONFIG or Config/lumbung.json).")
    var config: String?

    @Option(help: "The SQLite database file or a postgresql:// URI (default from the config file: data/lumbung.sqlite).")
    var database: String?

    /// The merged settings, with `extra` flags added to this command's own.
    func settings(extra: [String: String] = [:]) throws -> Settings {
        var flags = extra
        if let database { flags["database"] = database }
        return try SettingsLoader.load(configFile: config, flags: flags)
    }
}
