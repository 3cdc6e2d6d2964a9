/// Storage of the web pages' sign-in sessions: each names the token it was opened with, and only a hash of its
/// secret (the cookie) is kept. Signing out ends a session; revoking its token ends it too.
public protocol WebSessionStore: Sendable {
    /// Opens a session for the token `tokenID`, valid from `time` until `expiry`.
    func startWebSession(secretHash: String, tokenID: String, at time: Timestamp, until expiry: Timestamp) throws
    /// The principal of the live session whose secret hashes to `secretHash` at `time`: not ended, not expired,
    /// and its token not revoked.
    func webSessionPrincipal(secretHash: String, at time: Timestamp) throws -> Principal?
    /// Ends the session whose secret hashes to `secretHash`, if it is live.
    func endWebSession(secretHash: String, at time: Timestamp) throws
}
