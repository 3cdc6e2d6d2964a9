import Logging

extension Settings {
    /// A logger writing to standard error at the configured level, through the process's `LogBuffer`.
    public func makeLogger(label: String = "lumbung") -> Logger {
        var logger = Logger(label: label) { label in BufferedLogHandler(label: label, buffer: LogBuffer.standardError) }
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return logger
    }
}
