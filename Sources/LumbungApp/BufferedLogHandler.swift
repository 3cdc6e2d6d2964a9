import Foundation
import Logging

/// A swift-log handler writing `time level label : metadata message` lines into a `LogBuffer`;
/// lines at `notice` and above are written at once, quieter ones (the access log) with the next flush.
public struct BufferedLogHandler: LogHandler {
    /// The minimum level logged.
    public var logLevel: Logger.Level = .info
    /// Metadata added to every line.
    public var metadata: Logger.Metadata = [:]
    /// Metadata supplied per line from task-local context, if any.
    public var metadataProvider: Logger.MetadataProvider?
    /// The logger's name, shown on every line.
    private let label: String
    /// Where lines go.
    private let buffer: LogBuffer

    /// A handler for the logger `label` writing into `buffer`.
    public init(label: String, buffer: LogBuffer) {
        self.label = label
        self.buffer = buffer
    }

    /// Reads or changes one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Formats the event as one line and hands it to the buffer.
    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        let fields = merged.isEmpty ? "" : merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            .joined(separator: " ") + " "
        buffer.append("\(LogTime.now()) \(event.level) \(label) : \(fields)\(event.message)\n",
                      urgent: event.level >= .notice)
    }
}

/// The wall-clock time of a log line in UTC with milliseconds, e.g. `2026-11-30T10:15:00.123Z`.
enum LogTime {
    /// The current time, formatted.
    static func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var parts = tm()
        var seconds = spec.tv_sec
        gmtime_r(&seconds, &parts)
        let millis = spec.tv_nsec / 1_000_000
        return "\(parts.tm_year + 1900)-\(twoDigits(parts.tm_mon + 1))-\(twoDigits(parts.tm_mday))T"
            + "\(twoDigits(parts.tm_hour)):\(twoDigits(parts.tm_min)):\(twoDigits(parts.tm_sec))."
            + "\(millis < 100 ? "0" : "")\(millis < 10 ? "0" : "")\(millis)Z"
    }

    private static func twoDigits(_ value: Int32) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
