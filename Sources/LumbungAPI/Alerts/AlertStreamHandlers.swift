import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `GET /v1/alerts/stream?region=`: server-sent events for every alert event in the caller's scope
    /// from now on, or after `Last-Event-ID` when the client reconnects (an id beyond the newest event
    /// counts as the newest). At most `streamsPerToken` streams per token and `streamLimit` in all (429 beyond).
    func alertStream(_ request: Request, _ caller: Caller) throws -> Response {
        let principal = try caller.signedIn()
        let open = alertEvents.count(tokenID: principal.tokenID)
        guard open.token < configuration.streamsPerToken else {
            throw Self.tooManyStreams("This token already has \(open.token) open alert streams; close one first.")
        }
        guard open.total < configuration.streamLimit else {
            throw Self.tooManyStreams("The server has no room for more alert streams; retry later.")
        }
        let filter = try alertScope(principal, requested: QueryReader(request: request).region())
        let lastEventID = request.headers["Last-Event-ID"].flatMap { Int64($0.trimmingBlanks()) }
        let latest = try storage.latestAlertEventSeq()
        let start = min(max(0, lastEventID ?? latest), latest)
        let stream = AlertEventStream(hub: alertEvents, storage: storage, filter: filter, tokenID: principal.tokenID,
                                     after: start)
        return Response(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/event-stream; charset=utf-8"), ("Cache-Control", "no-cache"),
            ("X-Accel-Buffering", "no"), ("Connection", "close"),
        ]), stream: stream)
    }

    /// `429 rate_limited` for a stream over a limit, with `Retry-After`.
    private static func tooManyStreams(_ detail: String) -> Problem {
        Problem(status: 429, code: "rate_limited", title: "Too many streams", detail: detail,
                headers: HTTPHeaders([("Retry-After", "15")]))
    }
}
