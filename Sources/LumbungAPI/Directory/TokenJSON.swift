import LumbungCore
import MicroHTTP

/// JSON bodies of tokens.
enum TokenJSON {
    /// `{"id","name","role","region","cooperativeId","cooperativeIds","createdAt"}`: a token as listed,
    /// without its secret.
    static func listed(_ token: AccessToken) -> JSON {
        .object(members(token))
    }

    /// The creation answer: the listed fields plus `token`, the secret (null when it can no longer be shown).
    static func created(_ token: AccessToken, secret: String?) -> JSON {
        var members = members(token)
        members.insert(("token", .string(secret)), at: members.count - 1)
        return .object(members)
    }

    /// The fields every token answer has, in order.
    private static func members(_ token: AccessToken) -> [(key: String, value: JSON)] {
        [("id", .string(token.id)), ("name", .string(token.name)), ("role", .string(token.role.rawValue)),
         ("region", .string(token.region?.rawValue)), ("cooperativeId", .string(token.cooperativeID)),
         ("cooperativeIds", token.cooperativeIDs.map { .array($0.map(JSON.string)) } ?? .null),
         ("createdAt", .string(token.createdAt.rfc3339))]
    }
}
