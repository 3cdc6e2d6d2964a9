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

    /// The most cooperatives an assistant token may be bound to.
    public static let maximumAssistantCooperatives = 50

    /// Issues the token described by text fields (`name`, `role`, `region`, `cooperativeId`; nil
    /// when absent) and, for an assistant, `cooperativeIds`; checked as the HTTP route checks them;
    /// throws `invalid` naming bad fields.
    public func issue(fields: [(String, String?)], cooperativeIDs: [String]? = nil,
                      now: Timestamp) throws -> (token: AccessToken, secret: String) {
        var members = fields.compactMap { name, value in value.map { (key: name, value: JSON.string($0)) } }
        if let cooperativeIDs { members.append(("cooperativeIds", .array(cooperativeIDs.map(JSON.string)))) }
        var body = BodyReader(.object(members))
        return try issue(reading: &body, now: now)
    }

    /// Issues the token described by a request body.
    func issue(reading body: inout BodyReader, now: Timestamp) throws -> (token: AccessToken, secret: String) {
        let name = body.text("name", maxLength: 100)
        let roleText = body.text("role", maxLength: 20)
        let role = roleText.flatMap(Role.init(rawValue:))
        if roleText != nil, role == nil { body.fail("role", "must be one of admin, officer, shopkeeper, assistant") }
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
        let cooperativeIDs = try assistantCooperatives(&body, role: role)
        guard let name, let role, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
        let token = AccessToken(id: EntityID.make("tok", at: now), name: name, role: role, region: region,
                                cooperativeID: cooperativeID, createdAt: now, cooperativeIDs: cooperativeIDs)
        let secret = TokenSecret.generate()
        try storage.addToken(token, secretHash: TokenSecret.hash(secret))
        return (token, secret)
    }

    /// `cooperativeIds` of an assistant: 1–50 distinct known cooperatives (required for assistants,
    /// refused for other roles); nil for other roles.
    private func assistantCooperatives(_ body: inout BodyReader, role: Role?) throws -> [String]? {
        let field = "cooperativeIds"
        guard let value = body.value(field) else {
            if role == .assistant { body.fail(field, "is required") }
            return nil
        }
        guard role == .assistant else {
            body.fail(field, "applies to assistant tokens only")
            return nil
        }
        guard case .array(let items) = value, (1...Self.maximumAssistantCooperatives).contains(items.count) else {
            body.fail(field, "must be an array of 1 to \(Self.maximumAssistantCooperatives) cooperative ids")
            return nil
        }
        var ids: [String] = []
        for item in items {
            guard case .string(let id) = item, !id.isEmpty, id.utf8.count <= 100 else {
                body.fail(field, "must hold cooperative ids as strings")
                return nil
            }
            guard try storage.cooperative(id: id) != nil else {
                body.fail(field, "holds \(id), which is not a known cooperative")
                return nil
            }
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }
}
