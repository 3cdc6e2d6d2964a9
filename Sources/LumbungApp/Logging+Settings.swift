import Logging

extension Settings {
    /// A logger writing to standard error at the configured level.
    public func makeLogger(label: String = "lumbung") -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        return logger
    }
}
