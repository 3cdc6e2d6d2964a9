import LumbungCore
import MicroHTTP
import Synchronization

/// One `text/event-stream` listener: sends every alert event in its scope after the position it
/// started from, as `id: <event seq>` and `data: <alert JSON with the event>`, and a comment line
/// when a keep-alive is due.
final class AlertEventStream: ResponseStream {
    /// The most events read and sent in one go.
    static let batchSize = 100

    /// Wakes the stream when events arrive.
    private let hub: AlertEventHub
    /// Where the events are read.
    private let storage: any AlertStore
    /// The caller's scope and the requested region.
    private let filter: AlertFilter
    /// The token the stream was opened with; its revocation ends the stream.
    let tokenID: String
    /// Where the stream stands.
    private let state: Mutex<State>

    /// The position, greeting, keep-alive and wake function of a stream.
    private struct State {
        /// Events up to this position were considered (sent, or outside the scope).
        var checkedUpTo: Int64
        /// Whether the opening comment was sent.
        var greeted = false
        /// Whether a keep-alive comment is due.
        var keepAliveDue = false
        /// Resumes the suspended connection.
        var wake: (@Sendable () -> Void)?
        /// Whether the stream must end (its token was revoked).
        var ended = false
    }

    /// A stream for `tokenID` of the events after `position` that pass `filter`.
    init(hub: AlertEventHub, storage: any AlertStore, filter: AlertFilter, tokenID: String, after position: Int64) {
        self.hub = hub
        self.storage = storage
        self.filter = filter
        self.tokenID = tokenID
        state = Mutex(State(checkedUpTo: position))
    }

    /// Keeps the wake function and connects to the hub.
    func attach(wake: @escaping @Sendable () -> Void) {
        state.withLock { $0.wake = wake }
        hub.add(self)
    }

    /// The opening comment, then any new events, else a due keep-alive, else nothing (suspend);
    /// nil (end) when the storage is gone or the stream was ended.
    func next() -> [UInt8]? {
        let (greeted, after, keepAliveDue, ended) = state.withLock { state in
            defer { state.greeted = true }
            return (state.greeted, state.checkedUpTo, state.keepAliveDue, state.ended)
        }
        guard !ended else { return nil }
        guard greeted else { return Array(": connected\nretry: 3000\n\n".utf8) }
        let horizon: Int64
        let events: [(event: AlertEvent, alert: Alert)]
        do {
            horizon = try storage.latestAlertEventSeq()
            events = horizon > after ? try storage.alertEvents(after: after, filter: filter, limit: Self.batchSize) : []
        } catch {
            return nil
        }
        let full = events.count == Self.batchSize
        // Ended while the events were read (the token revoked meanwhile): they may be newer than the revocation.
        let endedMeanwhile = state.withLock { state in
            let lastSent = events.last?.event.seq ?? after
            state.checkedUpTo = full ? lastSent : max(lastSent, horizon)
            if !events.isEmpty || keepAliveDue { state.keepAliveDue = false }
            return state.ended
        }
        guard !endedMeanwhile else { return nil }
        if !events.isEmpty { return events.flatMap(Self.message) }
        return keepAliveDue ? Array(": keep-alive\n\n".utf8) : []
    }

    /// Disconnects from the hub.
    func close() {
        hub.remove(self)
    }

    /// Resumes the connection so `next()` looks for events again.
    func wake() {
        state.withLock { $0.wake }?()
    }

    /// Ends the stream: the connection is woken and the response finishes.
    func end() {
        let wake = state.withLock { state in
            state.ended = true
            return state.wake
        }
        wake?()
    }

    /// Marks a keep-alive comment as due.
    func requestKeepAlive() {
        state.withLock { $0.keepAliveDue = true }
    }

    /// One server-sent event for an alert event.
    private static func message(_ item: (event: AlertEvent, alert: Alert)) -> [UInt8] {
        Array("id: \(item.event.seq)\ndata: ".utf8) + AlertJSON.streamed(item.alert, event: item.event).bytes
            + Array("\n\n".utf8)
    }
}
