import ArgumentParser
import LumbungApp

/// `lumbung demo`: fills a new database with demo data and prints tokens to try it with.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a new database with demo data and print tokens and commands to try it.",
        discussion: """
            By default: four kelurahan of Kota Banjarmasin, each with a cooperative and an outlet. With \
            --national FILE: every region of the file and one cooperative and outlet per village.
            """
    )

    @Option(help: "A Kemendagri region list (kode,nama CSV) to place a cooperative and outlet in every village of.")
    var national: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let settings = try common.settings()
        let store = try Application.openStore(settings)
        defer { store.close() }
        let demo = try Demo(store: store)
        let world = try national.map { try demo.national(file: $0) } ?? demo.small()
        print("Demo data written to \(settings.databasePath).")
        print(world.guide(baseURL: "http://\(settings.server.host):\(settings.server.port)"))
    }
}
