import Foundation
import LumbungAPI
import LumbungCore

/// `lumbung sms receive`: one inbound message handled against the database, as the webhook would.
public enum TextMessageCommand {
    /// Handles the message (once per `eventID`; a fresh id when nil) and returns the reply.
    public static func receive(settings: Settings, eventID: String?, sender: String, text: String) throws -> String? {
        let store = try Application.openStore(settings)
        defer { store.close() }
        let api = LumbungAPI(configuration: settings.api, storage: store, version: Version.current)
        let id = eventID ?? EntityID.make("cli", at: SystemClock().now())
        return try api.receiveText(eventID: id, sender: sender, text: text).answer.reply
    }
}
