import Foundation
import LumbungCore
import LumbungStore

/// The defaults a new database starts with, read from the files named in the settings
/// (`Config/commodities.json`, then `Config/bands.json`, whose bands refer to the catalogue);
/// `seed` writes them all in one transaction.
struct Seeder {
    /// The default commodity catalogue.
    let catalogue: [Commodity]
    /// The default price bands, each with its legal source.
    let bands: [DefaultBand]

    /// Reads and checks the default files; throws naming the file that is missing or invalid.
    init(settings: Settings) throws {
        catalogue = try Self.load([Commodity].self, from: settings.catalogueFile)
        bands = try Self.load([DefaultBand].self, from: settings.bandsFile)
    }

    /// Writes the defaults into a new database.
    func seed(_ store: SQLiteStore, now: Timestamp) throws {
        try store.database.write { _ in
            for commodity in catalogue { try store.putCommodity(commodity, now: now) }
            try store.seedBands(bands.map { $0.band(at: now) })
        }
    }

    /// Decodes a JSON file.
    private static func load<Value: Decodable>(_ type: Value.Type, from path: String) throws -> Value {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SettingsError(description: "default data file \(path) cannot be read")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw SettingsError(description: "default data file \(path) is not valid: \(error)")
        }
    }
}
