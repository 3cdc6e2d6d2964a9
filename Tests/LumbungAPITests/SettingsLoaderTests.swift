import Foundation
import LumbungApp
import Testing

/// The settings table in the README against what `SettingsLoader` reads.
@Suite struct SettingsLoaderTests {
    /// The README's settings rows that name an environment variable and have a whole-number default:
    /// (key, variable).
    static let documentedNumbers: [(key: String, variable: String)] = {
        let readme = (try? String(contentsOfFile: TestApp.repositoryRoot + "/README.md", encoding: .utf8)) ?? ""
        return readme.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
            guard cells.count > 5, cells[2].hasPrefix("LUMBUNG_"), Int(cells[4]) != nil else { return nil }
            return (cells[1], cells[2])
        }
    }()

    static let configFile = TestApp.repositoryRoot + "/Config/lumbung.json"

    @Test func theDocumentedDefaultsAreTheConfigFilesOwn() async throws {
        let settings = try await SettingsLoader.load(configFile: Self.configFile, flags: [:], environment: [:])
        #expect(settings.server.connectionMemoryLimit == 16 * 1024)
        #expect(settings.readerTuning.cacheKiB == 2000 && settings.readerTuning.mmapBytes == 0)
        #expect(settings.server.bodyLimit == 1 << 20)
    }

    @Test func everyDocumentedNumberIsReadFromItsEnvironmentVariable() async throws {
        #expect(Self.documentedNumbers.count >= 10)
        #expect(Self.documentedNumbers.contains { $0 == ("readerCacheKiB", "LUMBUNG_READER_CACHE_KIB") })
        for (key, variable) in Self.documentedNumbers {
            // -5 is outside every number's range, so a variable that is read stops the loading, naming its key.
            let error = await #expect(throws: SettingsError.self) {
                try await SettingsLoader.load(configFile: Self.configFile, flags: [:], environment: [variable: "-5"])
            }
            #expect(error?.description.contains("'\(key)' is -5") == true, "\(variable)")
        }
    }

    @Test func unitVariablesReachTheirSettings() async throws {
        let settings = try await SettingsLoader.load(configFile: Self.configFile, flags: [:], environment: [
            "LUMBUNG_READER_CACHE_KIB": "4096", "LUMBUNG_READER_MMAP_MIB": "64", "LUMBUNG_CONNECTION_MEMORY_KIB": "32",
        ])
        #expect(settings.readerTuning.cacheKiB == 4096)
        #expect(settings.readerTuning.mmapBytes == 64 << 20)
        #expect(settings.server.connectionMemoryLimit == 32 * 1024)
    }
}
