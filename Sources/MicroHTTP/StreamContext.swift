import CMicroHTTPD
import Synchronization

/// Drives one `ResponseStream` on one connection, suspending the connection while nothing is ready.
// @unchecked Sendable because: `pending` is touched only by libmicrohttpd's reader callback, which runs
// on the one thread serving this connection; the suspension state sits behind `state`'s mutex.
final class StreamContext: @unchecked Sendable {
    let stream: any ResponseStream
    private let connection: OpaquePointer
    /// The connection's socket.
    private let socket: Int32
    private var pending: [UInt8] = []
    private let state = Mutex(SuspensionState())

    private struct SuspensionState {
        var suspended = false
        var wakeRequested = false
        var ending = false
    }

    init(stream: any ResponseStream, connection: OpaquePointer) {
        self.stream = stream
        self.connection = connection
        self.socket = lumbung_mhd_connection_socket(connection)
    }

    /// Whether the connection sleeps and its client has closed or reset it. Only a suspended connection is
    /// looked at: libmicrohttpd cannot close it meanwhile, so its socket is still this connection's.
    func clientHungUp() -> Bool {
        state.withLock { state in
            state.suspended && socket >= 0 && lumbung_peer_hung_up(socket) != 0
        }
    }

    /// Fills `buffer` with up to `capacity` bytes; 0 after suspending the connection; -1 at the end.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        while pending.isEmpty {
            let ending = state.withLock { state in
                state.wakeRequested = false
                return state.ending
            }
            if ending { return -1 }
            guard let bytes = stream.next() else { return -1 }
            if !bytes.isEmpty { pending = bytes; break }
            let suspended = state.withLock { state in
                guard !state.wakeRequested, !state.ending else { return false }
                state.suspended = true
                MHD_suspend_connection(connection)
                return true
            }
            if suspended { return 0 }
        }
        let count = min(capacity, pending.count)
        pending.withUnsafeBytes { source in
            UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress!, byteCount: count)
        }
        pending.removeFirst(count)
        return count
    }

    /// Resumes the connection if it sleeps, or makes the next suspension attempt look again.
    func wake() {
        state.withLock { state in
            if state.suspended {
                state.suspended = false
                MHD_resume_connection(connection)
            } else {
                state.wakeRequested = true
            }
        }
    }

    /// Ends the stream at the next read and wakes the connection so that read happens.
    func end() {
        state.withLock { $0.ending = true }
        wake()
    }
}

/// libmicrohttpd's content reader for streamed responses.
func streamReader(_ cls: UnsafeMutableRawPointer?, _ position: UInt64, _ buffer: UnsafeMutablePointer<CChar>?,
                  _ capacity: Int) -> Int {
    guard let cls, let buffer else { return -2 }
    return Unmanaged<StreamContext>.fromOpaque(cls).takeUnretainedValue().read(into: buffer, capacity: capacity)
}

/// libmicrohttpd's release callback for streamed responses.
func streamReleased(_ cls: UnsafeMutableRawPointer?) {
    guard let cls else { return }
    let context = Unmanaged<StreamContext>.fromOpaque(cls).takeRetainedValue()
    context.stream.close()
    StreamRegistry.shared.remove(context)
}
