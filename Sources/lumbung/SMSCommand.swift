import ArgumentParser
import Foundation
import LumbungApp

/// `lumbung sms`: text messages from the command line.
struct SMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "Text messages.",
        subcommands: [SMSReceiveCommand.self]
    )
}

/// `lumbung sms receive`: handles one inbound message as the webhook does, for Gammu SMSD's
/// `RunOnReceive`; prints the reply.
struct SMSReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "Handle one received text message and print the reply (for Gammu SMSD's RunOnReceive).",
        discussion: """
            With --from, the text is read from standard input; without it, the sender and text come from \
            Gammu's SMS_1_NUMBER and DECODED_1_TEXT, or SMS_1_TEXT … SMS_n_TEXT for a message in several parts. Exits 0 when the message was handled, even when it was \
            rejected. The reply is also kept in the outbox: as sent (the caller sends what is printed), or, when \
            smsGatewayURL is set, as pending for the server to deliver.
            """
    )

    @Option(help: "The sender's number (default: $SMS_1_NUMBER).")
    var from: String?

    @Option(help: "An id for the message: the same id again is answered as before and writes nothing.")
    var id: String?

    @OptionGroup var common: CommonOptions

    func run() throws {
        Signals.unblockTermination()
        let environment = ProcessInfo.processInfo.environment
        let message = try from.map { ($0, try Self.standardInput()) }
            ?? environment["SMS_1_NUMBER"].map { ($0, Self.gammuText(environment)) }
        guard let (sender, text) = message, !sender.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("Give --from NUMBER (text on standard input) or set SMS_1_NUMBER and SMS_1_TEXT.")
        }
        let settings = try common.settings()
        let reply = try TextMessageCommand.receive(settings: settings, eventID: id, sender: sender, text: text)
        print(reply ?? "")
    }

    /// The text Gammu hands over: the decoded text of a long (concatenated) message when there is one,
    /// else the parts `SMS_1_TEXT` … `SMS_n_TEXT` (`SMS_MESSAGES` of them) joined.
    private static func gammuText(_ environment: [String: String]) -> String {
        if let decoded = environment["DECODED_1_TEXT"], !decoded.isEmpty { return decoded }
        let parts = min(max(Int(environment["SMS_MESSAGES"] ?? "") ?? 1, 1), 10)
        return (1...parts).compactMap { environment["SMS_\($0)_TEXT"] }.joined()
    }

    /// Standard input as text, at most 64 KiB (the message language refuses more than 1,000 characters).
    private static func standardInput() throws -> String {
        let data = FileHandle.standardInput.readData(ofLength: 64 << 10)
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("Standard input is not UTF-8 text.") }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
