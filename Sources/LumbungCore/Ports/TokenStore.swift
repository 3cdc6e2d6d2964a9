/// Storage of API tokens; only a hash of each secret is kept.
public protocol TokenStore: Sendable {
    /// The principal of the live (not revoked) token whose secret hashes to `secretHash`.
    func principal(secretHash: String) throws -> Principal?
    /// Stores a new token with the hash of its secret.
    func addToken(_ token: AccessToken, secretHash: String) throws
    /// A page of the live tokens, ordered by id.
    func tokens(page: PageRequest) throws -> Page<AccessToken>
    /// Which of `ids` are live tokens (not revoked).
    func liveTokenIDs(among ids: Set<String>) throws -> Set<String>
    /// Revokes the live token with this id at `time`; false when there is none.
    func revokeToken(id: String, at time: Timestamp) throws -> Bool
}
