import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many outlets of one cooperative, and how many open alerts, the assistant's page lists.
    static let assistantPageLimit = 100

    /// `GET /pendamping`: the signed-in assistant's cooperatives, each outlet with its last report
    /// ("belum lapor 9 hari" when quiet) and a link to its `/gerai` forms, and the open alerts of
    /// those cooperatives.
    func assistantPage(_ request: Request) throws -> Response {
        try signedIn(request, .assistant) { session in
            let ids = session.principal.cooperativeIDs
            let cooperatives = try ids.compactMap { id -> AssistantPageView.Group? in
                guard let cooperative = try storage.cooperative(id: id) else { return nil }
                let outlets = try storage.outlets(OutletQuery(cooperativeID: id), page: PageRequest(limit: Self.assistantPageLimit))
                return AssistantPageView.Group(cooperative: cooperative, villageName: try storage.region(code: cooperative.region)?.name,
                                               outlets: outlets.items)
            }
            let alerts = try storage.alerts(AlertFilter(status: .open, cooperativeIDs: ids),
                                            page: PageRequest(limit: Self.assistantPageLimit))
            return AssistantPageView(session: session, groups: cooperatives, alerts: alerts, catalogue: try catalogue(),
                                     now: clock.now(), zone: reportZone).page.response
        }
    }
}
