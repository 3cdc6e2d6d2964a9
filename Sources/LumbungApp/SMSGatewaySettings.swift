import Foundation

/// The SMS gateway app's API that replies are delivered to: `POST {url}/message` with Basic auth.
public struct SMSGatewaySettings: Sendable {
    /// The message endpoint, `{smsGatewayURL}/message`.
    public let messageURL: URL
    /// The Basic auth user.
    public let user: String
    /// The Basic auth password.
    public let password: String

    /// The gateway at `url`, or nil when no URL is set; throws for a URL that is not http(s).
    public init?(url: String?, user: String, password: String) throws {
        guard let url else { return nil }
        let base = url.hasSuffix("/") ? String(url.dropLast()) : url
        guard let parsed = URL(string: base + "/message"), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
              parsed.host != nil else {
            throw SettingsError(description: "setting 'smsGatewayURL' is \(url), not an http(s) URL")
        }
        messageURL = parsed
        self.user = user
        self.password = password
    }
}
