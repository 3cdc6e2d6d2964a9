import Foundation
import Glibc
import Synchronization

/// A session that `LISTEN`s on some channels from a thread of its own and hands every
/// notification (from any process) to the registered handlers.
///
/// When the session is lost it reconnects by itself, and then reports a `reconnected` notification
/// on every channel: whatever was announced while it was away must be assumed to have happened.
final class ChangeFeed: Sendable {
    /// A handler: the channel and the payload.
    typealias Handler = @Sendable (_ channel: String, _ payload: String) -> Void

    /// The payload given to handlers after a reconnection.
    static let reconnectedPayload = "reconnected"

    /// Where to connect.
    private let uri: String
    /// The channels listened to.
    private let channels: [String]
    /// The registered handlers.
    private let handlers = Mutex<[Handler]>([])
    /// Set by `close()`.
    private let stopped = Atomic<Bool>(false)
    /// Signalled when the listening thread has ended.
    private let finished = DispatchSemaphore(value: 0)

    /// Starts the listening thread and waits for its first session; throws when the server cannot be reached.
    init(uri: String, channels: [String]) throws {
        self.uri = uri
        self.channels = channels
        let started = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        let thread = Thread { [self] in
            do {
                let connection = try Self.listeningSession(uri: uri, channels: channels)
                started.signal()
                run(connection)
            } catch {
                failure.withLock { $0 = error }
                started.signal()
                finished.signal()
            }
        }
        thread.name = "postgres-listen"
        thread.start()
        started.wait()
        if let error = failure.withLock({ $0 }) {
            stopped.store(true, ordering: .releasing)
            throw error
        }
    }

    /// Adds a handler, called on the listening thread for every notification.
    func onNotification(_ handler: @escaping Handler) {
        handlers.withLock { $0.append(handler) }
    }

    /// Stops listening and waits for the thread to end.
    func close() {
        guard !stopped.exchange(true, ordering: .acquiringAndReleasing) else { return }
        finished.wait()
    }

    /// A new session listening on `channels`.
    private static func listeningSession(uri: String, channels: [String]) throws -> PostgresConnection {
        let connection = try PostgresConnection(uri: uri)
        for channel in channels { try connection.execute("LISTEN \(channel)") }
        return connection
    }

    /// The thread's loop: wait for input (at most 200 ms, to notice `close`), deliver, reconnect when lost.
    private func run(_ first: PostgresConnection) {
        var connection: PostgresConnection? = first
        while !stopped.load(ordering: .acquiring) {
            guard let session = connection else {
                connection = try? Self.listeningSession(uri: uri, channels: channels)
                if connection != nil {
                    for channel in channels { deliver(channel, Self.reconnectedPayload) }
                } else {
                    Thread.sleep(forTimeInterval: 0.2)
                }
                continue
            }
            var descriptor = pollfd(fd: session.socket, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 200)
            do {
                for notification in try session.notifications() { deliver(notification.channel, notification.payload) }
                if !session.isHealthy { throw PostgresError.fromConnection(nil) }
            } catch {
                session.close()
                connection = nil
            }
        }
        connection?.close()
        finished.signal()
    }

    /// Calls every handler.
    private func deliver(_ channel: String, _ payload: String) {
        for handler in handlers.withLock({ $0 }) { handler(channel, payload) }
    }
}
