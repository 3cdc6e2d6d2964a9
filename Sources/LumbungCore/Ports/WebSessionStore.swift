/// Storage of the web pages' sign-in sessions: each names the token it was opened with, and only a hash of its
/// secret (the cookie) is kept. Signing out ends a session; revoking its token ends it too.
public protocol WebSessionStore: Sendable {
    /// Opens a session for the token `tokenID` with its anti-forgery `formKey`, valid from `time` until `expiry`.
    func startWebSession(secretHash: String, tokenID: String, formKey: String, at time: Timestamp,
                         until expiry: Timestamp) throws
    /// The live session whose secret hashes to `secretHash` at `time` (not ended, not expired, its token not
    /// revoked), or nil.
    func webSession(secretHash: String, at time: Timestamp) throws -> LiveWebSession?
    /// Ends the session whose secret hashes to `secretHash`, if it is live.
    func endWebSession(secretHash: String, at time: Timestamp) throws
}

/// A live web page session: whom it names and the anti-forgery key its forms carry.
public struct LiveWebSession: Sendable, Hashable {
    /// The principal of the session's token.
    public let principal: Principal
    /// The value every form of the session carries (the same for every session of one token).
    public let formKey: String

    /// A session as stored.
    public init(principal: Principal, formKey: String) {
        self.principal = principal
        self.formKey = formKey
    }
}
