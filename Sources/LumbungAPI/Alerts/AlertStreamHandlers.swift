import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/alerts/stream?region=`: server-sent events for every alert event in the caller's scope
    /// from now on, or after `Last-Event-ID` when the client reconnects (an id beyond the newest event
    /// counts as the newest).
    func alertStream(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let filter = try alertScope(principal, requested: QueryReader(request: request).region())
        let lastEventID = request.headers["Last-Event-ID"].flatMap { Int64($0.trimmingBlanks()) }
        let latest = try storage.latestAlertEventSeq()
        let start = min(max(0, lastEventID ?? latest), latest)
        let stream = AlertEventStream(hub: alertEvents, storage: storage, filter: filter, after: start)
        return Response(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache"),
            ("X-Accel-Buffering", "no"),
        ]), stream: stream)
    }
}
