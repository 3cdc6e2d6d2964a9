import Foundation
import LumbungCore

/// Deterministic pseudo-coordinates for villages: kabupaten centres scattered around their province's
/// centre, villages around their kabupaten's (tightly for a kota), so a search near a point meets a
/// realistic number of outlets.
struct SyntheticPlacer {
    /// Radius (degrees) of the villages around a kabupaten centre.
    static let kabupatenRadius = 0.3
    /// Radius (degrees) of the kelurahan around a kota centre (kota codes are 71 and up).
    static let kotaRadius = 0.06

    /// Kabupaten centres already placed.
    private var centres: [RegionCode: (latitude: Double, longitude: Double)] = [:]

    /// The coordinates of a village.
    mutating func location(of village: RegionCode) -> GeoPoint {
        let kabupaten = village.ancestor(atLevel: 2)
        let centre = centres[kabupaten] ?? placeKabupaten(kabupaten)
        let isKota = kabupaten.segments.last.flatMap { Int($0) }.map { $0 >= 71 } ?? false
        var random = SyntheticRandom(village.rawValue)
        let (north, east) = Self.scatter(&random, radius: isKota ? Self.kotaRadius : Self.kabupatenRadius)
        return GeoPoint(latitude: min(89, max(-89, centre.latitude + north)),
                        longitude: min(180, max(-180, centre.longitude + east)))!
    }

    /// Places and remembers a kabupaten centre.
    private mutating func placeKabupaten(_ kabupaten: RegionCode) -> (latitude: Double, longitude: Double) {
        let province = ProvinceCentre.of(kabupaten.province.rawValue)
        var random = SyntheticRandom(kabupaten.rawValue)
        let (north, east) = Self.scatter(&random, radius: province.spread)
        let centre = (latitude: province.latitude + north, longitude: province.longitude + east)
        centres[kabupaten] = centre
        return centre
    }

    /// A uniformly random offset within a disc of `radius` degrees.
    private static func scatter(_ random: inout SyntheticRandom, radius: Double) -> (Double, Double) {
        let angle = random.uniform(0...(2 * Double.pi))
        let distance = radius * random.unit().squareRoot()
        return (distance * sin(angle), distance * cos(angle))
    }
}
