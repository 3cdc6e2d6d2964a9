/// Storage of API tokens; only a hash of each secret is kept.
public protocol TokenStore: Sendable {
    /// The principal of the live (not revoked) token whose secret hashes to `secretHash`.
    func principal(secretHash: String) throws -> Principal?
}
