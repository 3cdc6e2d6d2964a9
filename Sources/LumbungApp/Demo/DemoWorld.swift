import LumbungCore

/// What a demo created: its places and the tokens to try them with.
public struct DemoWorld: Sendable {
    /// A token to print: who it is for and its secret.
    public struct IssuedToken: Sendable {
        /// Who holds it, e.g. `shopkeeper, Koperasi … Kelayan Timur`.
        public let holder: String
        /// The bearer secret.
        public let secret: String
    }

    /// How many cooperatives (each with one outlet) were created.
    public let cooperativeCount: Int
    /// The outlet of the first demo village, for the examples.
    public let sampleOutletID: String
    /// The admin token.
    public let admin: IssuedToken
    /// The officer token for province 63.
    public let officer: IssuedToken
    /// One shopkeeper token per demo village cooperative.
    public let shopkeepers: [IssuedToken]
    /// A business assistant for the demo village cooperatives.
    public let assistant: IssuedToken

    /// The tokens and a few commands to try every kind of route, for people.
    public func guide(baseURL: String) -> String {
        let shopkeeper = shopkeepers.first?.secret ?? "SHOPKEEPER_TOKEN"
        let tokens = ([admin, officer] + shopkeepers + [assistant]).map { "  \($0.secret)  \($0.holder)" }
        return """
            Created \(cooperativeCount) cooperatives, each with one outlet.

            Tokens (shown only now; keep them):
            \(tokens.joined(separator: "\n"))

            Try it (start the server with `lumbung serve`):
              curl -s '\(baseURL)/v1/regions?parent=63.71'
              curl -s '\(baseURL)/v1/regions?q=kelayan'
              curl -s '\(baseURL)/v1/commodities'
              curl -s '\(baseURL)/v1/cooperatives?region=63.71'
              curl -s '\(baseURL)/v1/outlets/\(sampleOutletID)'
              curl -s -X POST '\(baseURL)/v1/outlets/\(sampleOutletID)/movements' -H 'Authorization: Bearer \(shopkeeper)' \\
                -H 'Content-Type: application/json' -d '{"commodity":"lpg-3kg","kind":"receipt","quantity":40}'
              curl -s -X POST '\(baseURL)/v1/outlets/\(sampleOutletID)/prices' -H 'Authorization: Bearer \(shopkeeper)' \\
                -H 'Content-Type: application/json' -d '{"commodity":"lpg-3kg","price":19000}'
              curl -s '\(baseURL)/v1/availability?commodity=lpg-3kg&region=63.71'
              curl -s '\(baseURL)/v1/alerts' -H 'Authorization: Bearer \(officer.secret)'
              curl -s '\(baseURL)/v1/reports/early-warning?commodity=lpg-3kg&region=63'
              curl -s '\(baseURL)/v1/reports/coverage?region=63&days=7'
              curl -s '\(baseURL)/v1/outlets?region=63.71&quietDays=3'
              curl -s '\(baseURL)/v1/tokens' -H 'Authorization: Bearer \(admin.secret)'
            """
    }
}
