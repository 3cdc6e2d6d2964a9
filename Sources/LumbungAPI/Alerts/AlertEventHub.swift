import Dispatch
import LumbungCore
import Synchronization

/// Tells connected alert streams when new alert events exist, and when to send a keep-alive.
///
/// While at least one stream is connected, a timer looks at the newest `alert_events` position a
/// few times a second (one small query, whoever wrote the event: a request, the sweep or another
/// process) and wakes every stream when it moved. Idle streams hold no thread: their connections
/// are suspended until woken. With no stream connected the timer is stopped. Every other tick it also
/// checks that the streams' tokens are still live and ends the streams of revoked ones.
final class AlertEventHub: Sendable {
    /// How often the newest event position is looked at.
    static let pollInterval = DispatchTimeInterval.milliseconds(250)

    /// Where the newest event position and the live tokens are read.
    private let storage: any AlertStore & TokenStore
    /// Timer ticks between keep-alive comments.
    private let keepAliveTicks: Int
    /// The queue the timer fires on.
    private let queue = DispatchQueue(label: "lumbung.alert-events")
    /// The streams, the timer and the newest position seen.
    private let state = Mutex(State())

    /// The connected streams and the timer that serves them.
    private struct State {
        /// Streams by identity.
        var streams: [ObjectIdentifier: AlertEventStream] = [:]
        /// The running timer, nil when no stream is connected.
        var timer: (any DispatchSourceTimer)?
        /// The newest event position seen.
        var latest: Int64 = 0
        /// Timer ticks since the last keep-alive.
        var ticks = 0
    }

    /// A hub reading event positions from `storage`, asking for a keep-alive every `keepAliveSeconds`.
    init(storage: any AlertStore & TokenStore, keepAliveSeconds: Int) {
        self.storage = storage
        keepAliveTicks = max(1, keepAliveSeconds * 4)
    }

    /// Connects a stream, starting the timer for the first one.
    func add(_ stream: AlertEventStream) {
        let latest = (try? storage.latestAlertEventSeq()) ?? 0
        state.withLock { state in
            state.streams[ObjectIdentifier(stream)] = stream
            guard state.timer == nil else { return }
            state.latest = latest
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + Self.pollInterval, repeating: Self.pollInterval)
            timer.setEventHandler { [weak self] in self?.tick() }
            timer.resume()
            state.timer = timer
        }
    }

    /// Disconnects a stream, stopping the timer after the last one.
    func remove(_ stream: AlertEventStream) {
        state.withLock { state in
            state.streams[ObjectIdentifier(stream)] = nil
            if state.streams.isEmpty {
                state.timer?.cancel()
                state.timer = nil
            }
        }
    }

    /// How many streams are connected in all, and with `tokenID`.
    func count(tokenID: String) -> (total: Int, token: Int) {
        state.withLock { state in
            (state.streams.count, state.streams.values.filter { $0.tokenID == tokenID }.count)
        }
    }

    /// Ends every stream of the token `tokenID` (just revoked).
    func endStreams(ofToken tokenID: String) {
        let streams = state.withLock { Array($0.streams.values) }
        for stream in streams where stream.tokenID == tokenID { stream.end() }
    }

    /// Ends the streams of tokens that are no longer live.
    func endRevokedStreams() {
        let streams = state.withLock { Array($0.streams.values) }
        guard !streams.isEmpty, let live = try? storage.liveTokenIDs(among: Set(streams.map(\.tokenID))) else { return }
        for stream in streams where !live.contains(stream.tokenID) { stream.end() }
    }

    /// One timer tick: wakes every stream when events arrived, asks for keep-alives when due, and every
    /// other tick ends the streams of revoked tokens.
    private func tick() {
        let latest = (try? storage.latestAlertEventSeq()) ?? 0
        let (woken, keepAlive, checkTokens) = state.withLock { state -> ([AlertEventStream], Bool, Bool) in
            state.ticks += 1
            let keepAlive = state.ticks >= keepAliveTicks
            if keepAlive { state.ticks = 0 }
            let moved = latest > state.latest
            state.latest = max(state.latest, latest)
            return (moved || keepAlive ? Array(state.streams.values) : [], keepAlive, state.ticks % 2 == 0)
        }
        for stream in woken {
            if keepAlive { stream.requestKeepAlive() }
            stream.wake()
        }
        if checkTokens { endRevokedStreams() }
    }
}
