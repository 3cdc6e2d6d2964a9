import ArgumentParser
import LumbungApp

/// `lumbung token`: manage API tokens.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Manage API tokens.",
        subcommands: [TokenCreateCommand.self]
    )
}

/// `lumbung token create`: issues a token and prints its secret alone on the last line.
struct TokenCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Issue a token; its secret is printed alone on the last line and never again."
    )

    @Option(help: "admin, officer, shopkeeper or assistant.")
    var role: String

    @Option(help: "Who holds the token, e.g. \"Dinas Perdagangan Kalsel\".")
    var name: String

    @Option(help: "Officers: the region prefix they oversee, e.g. 63 or 63.71.")
    var region: String?

    @Option(help: "Shopkeepers: the id of their cooperative. Assistants: one of their 1–50 cooperatives (repeat the option).")
    var cooperative: [String] = []

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let store = try Application.openStore(try common.settings())
        defer { store.close() }
        let forAssistant = role == "assistant" || cooperative.count > 1
        let issued = try store.issueToken(role: role, name: name, region: region,
                                          cooperativeID: forAssistant ? nil : cooperative.first,
                                          cooperativeIDs: forAssistant ? cooperative : nil)
        print("created \(role) token \(issued.id) for \(name)")
        print(issued.secret)
    }
}
