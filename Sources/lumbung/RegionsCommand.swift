import ArgumentParser
import LumbungApp

/// `lumbung regions`: manage the Kemendagri region list.
struct RegionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regions",
        abstract: "Manage the Kemendagri region list.",
        subcommands: [RegionsImportCommand.self]
    )
}

/// `lumbung regions import FILE`: upserts a whole `kode,nama` CSV list, all or nothing.
struct RegionsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a region list (CSV with the header kode,nama): an upsert, all or nothing."
    )

    @Argument(help: "The CSV file, e.g. wilayah.csv.")
    var file: String

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let store = try Application.openStore(try common.settings())
        defer { store.close() }
        let started = ContinuousClock.now
        let count = try store.importRegions(file: file)
        let milliseconds = Int((ContinuousClock.now - started) / .milliseconds(1))
        print("imported \(count) regions from \(file) in \(milliseconds) ms")
    }
}
