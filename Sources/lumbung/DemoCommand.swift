import ArgumentParser
import LumbungApp

/// `lumbung demo`: fills a new database with demo data and prints tokens to try it with.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a new database with demo data and print tokens and commands to try it.",
        discussion: """
            By default: four kelurahan of Kota Banjarmasin, each with a cooperative and an outlet. With \
            --national: every region of the Kemendagri list and one cooperative and outlet per village; \
            the list is the project's own copy (\(Self.nationalRegionList)) unless a FILE is given.
            """
    )

    /// The project's copy of the Kemendagri region list, relative to the repository root.
    static let nationalRegionList = "Tests/Fixtures/wilayah/wilayah.csv"

    @Flag(help: "Place a cooperative and outlet in every village of a national region list.")
    var national = false

    @Argument(help: "With --national: a region list (kode,nama CSV) to use instead of the project's copy.")
    var file: String?

    @OptionGroup var common: CommonOptions

    /// A region list is only read for the national demo.
    func validate() throws {
        if file != nil && !national { throw ValidationError("A region list FILE goes with --national.") }
    }

    func run() throws {
        Signals.unblockTermination()
        let settings = try common.settings()
        let world = try Demo.create(settings: settings, nationalFile: national ? file ?? Self.nationalRegionList : nil)
        print("Demo data written to \(settings.databaseLocation.displayName).")
        print(world.guide(baseURL: "http://\(settings.server.host):\(settings.server.port)"))
    }
}
