import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MicroHTTP

/// Delivers one text message through the SMS gateway app's API:
/// `POST {smsGatewayURL}/message`, Basic auth, `{"textMessage":{"text"},"phoneNumbers":[…]}`.
struct SMSGatewayClient: Sendable {
    /// Where and as whom.
    let settings: SMSGatewaySettings
    /// How long one attempt may take.
    let timeoutSeconds: Double = 10

    /// Sends `text` to `recipient`; nil when the gateway accepted it (2xx), else why not.
    func deliver(to recipient: String, text: String) -> String? {
        var request = URLRequest(url: settings.messageURL, timeoutInterval: timeoutSeconds)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let credentials = Data("\(settings.user):\(settings.password)".utf8).base64EncodedString()
        request.setValue("Basic \(credentials)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(JSON.object([("textMessage", .object([("text", .string(text))])),
                                             ("phoneNumbers", .array([.string(recipient)]))]).bytes)
        let outcome = DeliveryOutcome()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { _, response, error in
            if let error {
                outcome.failure = "network: \(error.localizedDescription)"
            } else if let status = (response as? HTTPURLResponse)?.statusCode, !(200..<300).contains(status) {
                outcome.failure = "gateway answered \(status)"
            }
            done.signal()
        }.resume()
        done.wait()
        return outcome.failure
    }
}

/// The result handed from the URL session's callback to the waiting sender.
// @unchecked Sendable because: written once by the callback before the semaphore signals, read after the wait.
private final class DeliveryOutcome: @unchecked Sendable {
    var failure: String?
}
