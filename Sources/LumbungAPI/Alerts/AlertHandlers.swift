import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/alerts?status=&kind=&commodity=&region=&outletId=&acknowledged=`: alerts within the
    /// caller's scope, newest opened first; `status` defaults to `open`.
    func listAlerts(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let query = QueryReader(request: request)
        let page = try query.page()
        var filter = try alertScope(principal, requested: query.region())
        switch try query.choice("status", ["open", "resolved", "all"]) ?? "open" {
        case "all": filter.status = nil
        case let status: filter.status = AlertStatus(rawValue: status)
        }
        filter.kind = try query.choice("kind", AlertKind.allCases.map(\.rawValue)).flatMap(AlertKind.init)
        filter.commodity = try query.commodity()
        filter.outletID = query.text("outletId")
        filter.acknowledged = try query.choice("acknowledged", ["true", "false"]).map { $0 == "true" }
        let alerts = try listing { try storage.alerts(filter, page: page) }
        return .json(alerts.json(AlertJSON.alert))
    }

    /// `GET /v1/alerts/{id}`: the alert and its event trail.
    func alert(_ request: Request, _ caller: Caller) throws -> Response {
        let detail = try readableAlert(request, try caller.signedIn())
        return .json(AlertJSON.detail(detail.alert, events: detail.events))
    }

    /// `POST /v1/alerts/{id}/acknowledge` `{"note"?}` → 200 with the alert and its trail; open or resolved alerts.
    func acknowledgeAlert(_ request: Request, _ caller: Caller) throws -> Response {
        try act(on: request, by: try caller.signedIn()) { id, note, context in try storage.acknowledgeAlert(id: id, note: note, context: context) }
    }

    /// `POST /v1/alerts/{id}/resolve` `{"note"?}` → 200 with the alert and its trail; 409 when already resolved.
    func resolveAlert(_ request: Request, _ caller: Caller) throws -> Response {
        try act(on: request, by: try caller.signedIn()) { id, note, context in try storage.resolveAlert(id: id, note: note, context: context) }
    }

    /// Checks the caller may manage the alert, reads the optional note, and runs `change`.
    private func act(on request: Request, by principal: Principal, _ change: (String, String?, WriteContext) throws -> (alert: Alert, events: [AlertEvent]))
        throws -> Response {
        let alert = try manageableAlert(request, principal)
        var note: String?
        if !request.body.isEmpty {
            var body = try BodyReader(request)
            note = body.text("note", required: false, maxLength: 1000)
            try body.finish()
        }
        let detail = try change(alert.id, note, writeContext(principal, now: clock.now()))
        return .json(AlertJSON.detail(detail.alert, events: detail.events))
    }
}
