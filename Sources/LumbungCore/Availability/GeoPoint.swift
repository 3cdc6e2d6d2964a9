#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A place on the Earth as latitude and longitude in degrees (WGS 84).
public struct GeoPoint: Sendable, Hashable {
    /// Degrees north, −90…90.
    public let latitude: Double
    /// Degrees east, −180…180.
    public let longitude: Double

    /// The mean Earth radius used for distances, in kilometres.
    public static let earthRadiusKm = 6371.0088

    /// Kilometres per degree of latitude on a sphere of `earthRadiusKm`.
    public static let kilometresPerDegree = earthRadiusKm * Double.pi / 180

    /// A point; nil unless both values are finite and in range.
    public init?(latitude: Double, longitude: Double) {
        guard latitude.isFinite, longitude.isFinite, (-90...90).contains(latitude),
              (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Parses `LAT,LON` such as `-3.32,114.59`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let latitude = Double(parts[0]), let longitude = Double(parts[1]) else { return nil }
        self.init(latitude: latitude, longitude: longitude)
    }

    /// A latitude/longitude box holding every point within `radiusKm` of this one (a superset of
    /// the circle, for an index prefilter). Near a pole or the antimeridian it spans all longitudes.
    public func boundingBox(radiusKm: Double) -> GeoBox {
        let latitudeSpan = radiusKm / GeoPoint.kilometresPerDegree
        let south = latitude - latitudeSpan
        let north = latitude + latitudeSpan
        let widest = max(abs(south), abs(north))
        guard widest < 89 else {
            return GeoBox(south: max(-90, south), north: min(90, north), west: -180, east: 180)
        }
        let longitudeSpan = latitudeSpan / cos(widest * .pi / 180)
        let west = longitude - longitudeSpan
        let east = longitude + longitudeSpan
        guard west >= -180, east <= 180 else { return GeoBox(south: south, north: north, west: -180, east: 180) }
        return GeoBox(south: south, north: north, west: west, east: east)
    }
}

/// A latitude/longitude rectangle, limits inclusive.
public struct GeoBox: Sendable, Hashable {
    /// The southern latitude limit.
    public let south: Double
    /// The northern latitude limit.
    public let north: Double
    /// The western longitude limit.
    public let west: Double
    /// The eastern longitude limit.
    public let east: Double
}
