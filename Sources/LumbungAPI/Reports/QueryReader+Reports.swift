import LumbungCore

/// Query parameters of the stock check and the reports.
extension QueryReader {
    /// `value`, or `400 malformed` naming the parameter when it is absent.
    func required<T>(_ name: String, _ value: T?) throws -> T {
        guard let value else { throw Self.malformed(name, "is required") }
        return value
    }

    /// A point written `LAT,LON` in decimal degrees, such as `-3.32,114.59`.
    func point(_ name: String) throws -> GeoPoint? {
        guard let text = text(name) else { return nil }
        guard let point = GeoPoint(text) else {
            throw Self.malformed(name, "must be latitude,longitude in decimal degrees, such as -3.32,114.59")
        }
        return point
    }

    /// A decimal number greater than 0 and at most `maximum`.
    func positiveNumber(_ name: String, atMost maximum: Double) throws -> Double? {
        guard let text = text(name) else { return nil }
        guard let value = Double(text), value.isFinite, value > 0, value <= maximum else {
            throw Self.malformed(name, "must be a number greater than 0 and at most \(Int(maximum))")
        }
        return value
    }
}
