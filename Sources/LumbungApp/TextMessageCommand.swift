import Foundation
import LumbungAPI
import LumbungCore

/// `lumbung sms receive`: one inbound message handled against the database, as the webhook would.
public enum TextMessageCommand {
    /// Handles the message (once per `eventID`; a fresh id when nil) and returns the reply. Without
    /// a gateway (`smsGatewayURL`) the caller sends the reply, so its outbox parts are marked sent;
    /// with one, the server's outbox sender delivers them.
    public static func receive(settings: Settings, eventID: String?, sender: String, text: String,
                               clock: any Clock = SystemClock()) throws -> String? {
        let store = try Application.openStore(settings, clock: clock)
        defer { store.close() }
        let api = LumbungAPI(configuration: settings.api, storage: store, clock: clock, version: Version.current)
        let id = eventID ?? EntityID.make("cli", at: clock.now())
        let reply = try api.receiveText(eventID: id, sender: sender, text: text).answer.reply
        if settings.smsGateway == nil { try store.recordRepliesHandedOver(eventID: id, at: clock.now()) }
        return reply
    }
}
