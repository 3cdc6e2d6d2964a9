import Dispatch
import Glibc
import Synchronization

/// Log lines gathered in memory and written to a file descriptor with one system call for many lines:
/// every `interval`, as soon as `flushBytes` are waiting, for a line that must be seen at once, and at `flush()`.
/// An access log line per request then costs a copy into memory, not a `write(2)` of its own.
public final class LogBuffer: Sendable {
    /// Standard error, flushed every 100 ms: where the service logs.
    public static let standardError = LogBuffer(descriptor: 2)

    /// Where the lines go.
    private let descriptor: Int32
    /// Bytes waiting that make the next line flush at once.
    private let flushBytes: Int
    /// Lines not written yet.
    private let pending = Mutex<[UInt8]>([])
    /// Held while writing, so that lines taken out of `pending` reach the descriptor in order.
    private let writing = Mutex(())
    /// The periodic flush, started with the first line.
    private let timer = Mutex<(any DispatchSourceTimer)?>(nil)
    /// How often waiting lines are written.
    private let interval: DispatchTimeInterval

    /// A buffer writing to `descriptor` every `interval`, or once `flushBytes` are waiting.
    public init(descriptor: Int32, interval: DispatchTimeInterval = .milliseconds(100), flushBytes: Int = 64 * 1024) {
        self.descriptor = descriptor
        self.interval = interval
        self.flushBytes = flushBytes
    }

    /// Adds one line (its newline included) as UTF-8 bytes; `urgent` writes it and everything before it now.
    public func append(_ line: [UInt8], urgent: Bool) {
        startTimerIfNeeded()
        let waiting = pending.withLock { bytes in
            bytes.append(contentsOf: line)
            return bytes.count
        }
        if urgent || waiting >= flushBytes { flush() }
    }

    /// Writes every waiting line now.
    public func flush() {
        writing.withLock { _ in
            let bytes = pending.withLock { bytes in
                let taken = bytes
                bytes.removeAll(keepingCapacity: true)
                return taken
            }
            Self.writeAll(bytes, to: descriptor)
        }
    }

    /// Starts the periodic flush on first use.
    private func startTimerIfNeeded() {
        timer.withLock { timer in
            guard timer == nil else { return }
            let source = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "lumbung.log-flush"))
            source.schedule(deadline: .now() + interval, repeating: interval)
            source.setEventHandler { [weak self] in self?.flush() }
            source.resume()
            timer = source
        }
    }

    /// Writes `bytes` whole, retrying short writes and interruptions; gives up quietly on other errors
    /// (a log that cannot be written must not stop the service).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}
