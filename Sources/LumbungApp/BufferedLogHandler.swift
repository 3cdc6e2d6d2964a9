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

    /// Formats the event as one line, written as bytes into one buffer, and hands it to the buffer.
    public func log(event: LogEvent) {
        var line: [UInt8] = []
        line.reserveCapacity(192)
        LogTime.write(into: &line)
        line.append(UInt8(ascii: " "))
        line.append(contentsOf: event.level.rawValue.utf8)
        line.append(UInt8(ascii: " "))
        line.append(contentsOf: label.utf8)
        line.append(contentsOf: " : ".utf8)
        appendFields(of: event, to: &line)
        line.append(contentsOf: event.message.description.utf8)
        line.append(UInt8(ascii: "\n"))
        buffer.append(line, urgent: event.level >= .notice)
    }

    /// Appends the metadata as `key=value ` fields sorted by key; a line with one field of its own (an access
    /// line's request id) is written without merging or sorting anything.
    private func appendFields(of event: LogEvent, to line: inout [UInt8]) {
        if metadata.isEmpty, metadataProvider == nil, let own = event.metadata, own.count <= 1 {
            if let (key, value) = own.first { Self.appendField(key, value, to: &line) }
            return
        }
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let own = event.metadata { merged.merge(own) { _, new in new } }
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { Self.appendField(key, value, to: &line) }
    }

    /// Appends `key=value `.
    private static func appendField(_ key: String, _ value: Logger.MetadataValue, to line: inout [UInt8]) {
        line.append(contentsOf: key.utf8)
        line.append(UInt8(ascii: "="))
        if case .string(let text) = value { line.append(contentsOf: text.utf8) } else { line.append(contentsOf: "\(value)".utf8) }
        line.append(UInt8(ascii: " "))
    }
}

/// The wall-clock time of a log line in UTC with milliseconds, e.g. `2026-11-30T10:15:00.123Z`.
enum LogTime {
    /// Writes the current time, formatted, digit by digit.
    static func write(into line: inout [UInt8]) {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var parts = tm()
        var seconds = spec.tv_sec
        gmtime_r(&seconds, &parts)
        digits(Int(parts.tm_year) + 1900, 4, into: &line)
        line.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mon) + 1, 2, into: &line)
        line.append(UInt8(ascii: "-"))
        digits(Int(parts.tm_mday), 2, into: &line)
        line.append(UInt8(ascii: "T"))
        digits(Int(parts.tm_hour), 2, into: &line)
        line.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_min), 2, into: &line)
        line.append(UInt8(ascii: ":"))
        digits(Int(parts.tm_sec), 2, into: &line)
        line.append(UInt8(ascii: "."))
        digits(spec.tv_nsec / 1_000_000, 3, into: &line)
        line.append(UInt8(ascii: "Z"))
    }

    /// Appends `value` (not negative, below 10^`width`) in decimal in exactly `width` digits, zeros in front; with
    /// arithmetic rather than a `String` per number (this runs six times per access line).
    private static func digits(_ value: Int, _ width: Int, into line: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            line.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
