import Configuration
import LumbungCore
import Foundation
import SystemPackage

/// Reads settings from the config file, then `LUMBUNG_*` environment variables, then command-line flags.
public enum SettingsLoader {
    /// The config file used when neither `--config` nor `LUMBUNG_CONFIG` names one.
    public static let defaultConfigFile = "Config/lumbung.json"

    /// Merges the sources; flags win over the environment, which wins over the file.
    /// Relative file paths inside the config file are taken relative to the config file's folder.
    /// For threads outside Swift's concurrency pool (the command line's); it waits there for `load` below.
    public static func load(configFile: String?, flags: [String: String],
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        try blocking { try await load(configFile: configFile, flags: flags, environment: environment) }
    }

    /// Merges the sources as the blocking `load` does.
    public static func load(configFile: String?, flags: [String: String],
                            environment: [String: String] = ProcessInfo.processInfo.environment) async throws -> Settings {
        let path = configFile ?? environment["LUMBUNG_CONFIG"] ?? defaultConfigFile
        guard FileManager.default.fileExists(atPath: path) else {
            throw SettingsError(description: "config file \(path) does not exist")
        }
        let file: FileProvider<JSONSnapshot>
        do {
            file = try await FileProvider<JSONSnapshot>(filePath: FilePath(path))
        } catch {
            throw SettingsError(description: "config file \(path) is not valid JSON: \(error)")
        }
        let reader = ConfigReader(providers: [
            InMemoryProvider(values: Dictionary(uniqueKeysWithValues: flags.map {
                (AbsoluteConfigKey(ConfigKey($0.key)), ConfigValue(Int($0.value).map(ConfigContent.int) ?? .string($0.value), isSecret: false))
            })),
            EnvironmentVariablesProvider(environmentVariables: environment).mapKeys(unitAsOneWord).prefixKeys(with: "lumbung"),
            file,
        ])
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try settings(from: reader, configFolder: folder)
    }

    /// Spells a key's unit as one word (`readerCacheKiB` as `readerCacheKib`), so that its environment variable is
    /// `LUMBUNG_READER_CACHE_KIB` rather than the `…_KI_B` that splitting at every capital would make of it.
    private static func unitAsOneWord(_ key: AbsoluteConfigKey) -> AbsoluteConfigKey {
        var key = key
        key.components = key.components.map {
            $0.replacingOccurrences(of: "KiB", with: "Kib").replacingOccurrences(of: "MiB", with: "Mib")
        }
        return key
    }

    private static func settings(from reader: ConfigReader, configFolder: String) throws -> Settings {
        var settings = Settings()
        settings.server.host = try reader.requiredString(forKey: "host")
        settings.server.port = try integer(reader, "port", in: 0...65535)
        settings.server.threads = try integer(reader, "threads", in: 1...256)
        settings.server.connectionLimit = try integer(reader, "connectionLimit", in: 1...100_000)
        settings.server.idleTimeoutSeconds = try integer(reader, "idleTimeoutSeconds", in: 1...3600)
        settings.server.bodyLimit = try integer(reader, "bodyLimitBytes", in: 1...(1 << 30))
        settings.server.connectionMemoryLimit = try integer(reader, "connectionMemoryKiB", in: 16...1024) * 1024
        settings.api.csvBodyLimit = try integer(reader, "csvBodyLimitBytes", in: 1...(1 << 30))
        settings.api.reportTimeZone = try reader.requiredString(forKey: "reportTimeZone")
        settings.api.staleAfterHours = try integer(reader, "staleAfterHours", in: 1...10_000)
        settings.api.streamsPerToken = try integer(reader, "streamsPerToken", in: 1...1000)
        // Streams never take more than three quarters of the connection slots, whatever is configured.
        settings.api.streamLimit = min(try integer(reader, "streamLimit", in: 1...100_000),
                                       max(1, settings.server.connectionLimit * 3 / 4))
        settings.queryBudget = .milliseconds(try integer(reader, "queryBudgetMilliseconds", in: 1...600_000))
        settings.api.expensiveRequestsPerClient = try integer(reader, "expensiveRequestsPerClient", in: 1...1000)
        settings.api.expensiveRequestsAtOnce = try integer(reader, "expensiveRequestsAtOnce", in: 1...1000)
        let thresholds = try reader.requiredString(forKey: "earlyWarningThresholds")
        guard let parsed = WarningThresholds(thresholds) else {
            throw SettingsError(description: "setting 'earlyWarningThresholds' is '\(thresholds)', not three increasing "
                                + "percentages such as 8,12,20")
        }
        settings.api.earlyWarningThresholds = parsed
        settings.sweepIntervalSeconds = try integer(reader, "sweepIntervalSeconds", in: 1...86_400)
        settings.databasePath = try reader.requiredString(forKey: "database")
        settings.readerTuning.cacheKiB = try integer(reader, "readerCacheKiB", in: 100...1_048_576)
        settings.readerTuning.mmapBytes = Int64(try integer(reader, "readerMmapMiB", in: 0...65_536)) * 1_048_576
        settings.catalogueFile = resolve(try reader.requiredString(forKey: "catalogueFile"), in: configFolder)
        settings.bandsFile = resolve(try reader.requiredString(forKey: "bandsFile"), in: configFolder)
        settings.logLevel = try reader.requiredString(forKey: "logLevel")
        settings.api.smsWebhookSecret = optionalString(reader, "smsWebhookSecret")
        settings.smsGateway = try SMSGatewaySettings(url: optionalString(reader, "smsGatewayURL"),
                                                     user: optionalString(reader, "smsGatewayUser") ?? "",
                                                     password: optionalString(reader, "smsGatewayPassword") ?? "")
        return settings
    }

    /// A string setting that may be absent; empty counts as absent.
    private static func optionalString(_ reader: ConfigReader, _ key: String) -> String? {
        guard let value = reader.string(forKey: ConfigKey(key), isSecret: true), !value.isEmpty else { return nil }
        return value
    }

    private static func integer(_ reader: ConfigReader, _ key: String, in range: ClosedRange<Int>) throws -> Int {
        let value: Int
        do {
            value = try reader.requiredInt(forKey: ConfigKey(key))
        } catch {
            throw SettingsError(description: "setting '\(key)' is missing or not an integer")
        }
        guard range.contains(value) else {
            throw SettingsError(description: "setting '\(key)' is \(value), outside \(range.lowerBound)...\(range.upperBound)")
        }
        return value
    }

    private static func resolve(_ path: String, in folder: String) -> String {
        path.hasPrefix("/") ? path : folder + "/" + path
    }
}

/// A configuration problem that stops start-up, naming the setting.
public struct SettingsError: Error, CustomStringConvertible {
    /// What is wrong, for people.
    public let description: String
}
