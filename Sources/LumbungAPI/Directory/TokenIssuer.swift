import LumbungCore
import MicroHTTP

/// Issues bearer tokens, for the HTTP route and the command line alike: checks the role and its
/// scope, generates the secret and stores only its hash.
public struct TokenIssuer: Sendable {
    let storage: any TokenStore & CooperativeStore & RegionStore

    /// An issuer storing tokens in `storage`.
    public init(storage: any TokenStore & CooperativeStore & RegionStore) {
        self.storage = storage
    }

    /// Issues the token described by text fields (`name`, `role`, `region`, `cooperativeId`; nil
    /// when absent), checked as the HTTP route checks them; throws `invalid` naming bad fields.
    public func issue(fields: [(String, String?)], now: Timestamp) throws -> (token: AccessToken, secret: String) {
        var body = BodyReader(.object(fields.compactMap { name, value in value.map { (name, JSON.string($0)) } }))
        return try issue(reading: &body, now: now)
    }

    /// Issues the token described by a request body.
    func issue(reading body: inout BodyReader, now: Timestamp) throws -> (token: AccessToken, secret: String) {
        let name = body.text("name", maxLength: 100)
        let roleText = body.text("role", maxLength: 20)
        let role = roleText.flatMap(Role.init(rawValue:))
        if roleText != nil, role == nil { body.fail("role", "must be one of admin, officer, shopkeeper") }
        let region = body.region("region", required: role == .officer)
        let cooperativeID = body.text("cooperativeId", required: role == .shopkeeper, maxLength: 100)
        if let region {
            if role == .officer {
                try body.checkKnown(region, field: "region", village: false, in: storage)
            } else {
                body.fail("region", "applies to officer tokens only")
            }
        }
        if let cooperativeID {
            if role != .shopkeeper {
                body.fail("cooperativeId", "applies to shopkeeper tokens only")
            } else if try storage.cooperative(id: cooperativeID) == nil {
                body.fail("cooperativeId", "is not a known cooperative")
            }
        }
        guard let name, let role, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
        let token = AccessToken(id: EntityID.make("tok", at: now), name: name, role: role, region: region,
                                cooperativeID: cooperativeID, createdAt: now)
        let secret = TokenSecret.generate()
        try storage.addToken(token, secretHash: TokenSecret.hash(secret))
        return (token, secret)
    }
}
