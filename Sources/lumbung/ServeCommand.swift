import ArgumentParser
import LumbungApp

/// `lumbung serve`: runs the HTTP service until SIGINT or SIGTERM.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP API (creates and seeds the database if it does not exist)."
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "The IPv4 address to listen on (default 127.0.0.1).")
    var host: String?

    @Option(help: "The TCP port to listen on (default 8080).")
    var port: Int?

    func run() throws {
        var flags: [String: String] = [:]
        if let host { flags["host"] = host }
        if let port { flags["port"] = String(port) }
        var settings = try common.settings(extra: flags)
        MemoryTuning.apply()
        settings.api.afterExpensiveRequests = MemoryTuning.releaseFreedMemory
        let logger = settings.makeLogger()
        let application = try Application(settings: settings, logger: logger)
        if let problem = application.store.writeProblem {
            logger.warning("the database \(settings.databaseLocation.displayName) cannot be written (\(problem.rawValue)): every write will answer 503 until this is fixed")
        }
        logger.notice("lumbung \(Version.current) serving on http://\(settings.server.host):\(application.server.port) with database \(settings.databaseLocation.displayName)")
        let signal = Signals.waitForTermination()
        logger.notice("signal \(signal) received: finishing requests in flight and closing the database")
        application.stop()
        logger.notice("stopped cleanly")
    }
}
