/// The approximate centre and spread of a province, for placing synthetic outlets where people live.
struct ProvinceCentre {
    /// Degrees north.
    let latitude: Double
    /// Degrees east.
    let longitude: Double
    /// How far (degrees) kabupaten centres spread around the centre.
    let spread: Double

    /// The centre of a province by its 2-digit code; the middle of Indonesia for an unknown code.
    static func of(_ province: String) -> ProvinceCentre {
        table[province] ?? ProvinceCentre(latitude: -2.5, longitude: 118.0, spread: 4.0)
    }

    /// Approximate centres of the 38 provinces (Kepmendagri 2025 codes).
    private static let table: [String: ProvinceCentre] = [
        "11": .init(latitude: 4.4, longitude: 96.9, spread: 1.1), "12": .init(latitude: 2.4, longitude: 99.1, spread: 1.2),
        "13": .init(latitude: -0.8, longitude: 100.5, spread: 0.9), "14": .init(latitude: 0.4, longitude: 101.7, spread: 1.2),
        "15": .init(latitude: -1.6, longitude: 102.9, spread: 1.0), "16": .init(latitude: -3.3, longitude: 104.2, spread: 1.2),
        "17": .init(latitude: -3.6, longitude: 102.3, spread: 0.7), "18": .init(latitude: -5.0, longitude: 105.1, spread: 0.8),
        "19": .init(latitude: -2.4, longitude: 106.6, spread: 0.8), "21": .init(latitude: 0.9, longitude: 104.4, spread: 0.9),
        "31": .init(latitude: -6.2, longitude: 106.83, spread: 0.1), "32": .init(latitude: -6.9, longitude: 107.6, spread: 0.8),
        "33": .init(latitude: -7.2, longitude: 110.1, spread: 0.8), "34": .init(latitude: -7.85, longitude: 110.4, spread: 0.2),
        "35": .init(latitude: -7.6, longitude: 112.4, spread: 0.9), "36": .init(latitude: -6.4, longitude: 106.1, spread: 0.4),
        "51": .init(latitude: -8.4, longitude: 115.2, spread: 0.35), "52": .init(latitude: -8.6, longitude: 117.4, spread: 0.8),
        "53": .init(latitude: -9.4, longitude: 121.6, spread: 1.4), "61": .init(latitude: 0.0, longitude: 110.6, spread: 1.5),
        "62": .init(latitude: -1.7, longitude: 113.4, spread: 1.5), "63": .init(latitude: -2.9, longitude: 115.3, spread: 0.7),
        "64": .init(latitude: 0.5, longitude: 116.4, spread: 1.4), "65": .init(latitude: 3.0, longitude: 116.2, spread: 0.9),
        "71": .init(latitude: 1.0, longitude: 124.5, spread: 0.7), "72": .init(latitude: -1.4, longitude: 121.4, spread: 1.2),
        "73": .init(latitude: -4.2, longitude: 120.0, spread: 1.1), "74": .init(latitude: -4.1, longitude: 122.3, spread: 0.8),
        "75": .init(latitude: 0.7, longitude: 122.4, spread: 0.4), "76": .init(latitude: -2.5, longitude: 119.3, spread: 0.5),
        "81": .init(latitude: -3.2, longitude: 129.5, spread: 1.6), "82": .init(latitude: 1.0, longitude: 127.8, spread: 1.1),
        "91": .init(latitude: -2.6, longitude: 140.2, spread: 0.8), "92": .init(latitude: -1.4, longitude: 133.4, spread: 0.8),
        "93": .init(latitude: -7.2, longitude: 139.6, spread: 1.0), "94": .init(latitude: -3.8, longitude: 136.4, spread: 0.9),
        "95": .init(latitude: -4.1, longitude: 138.9, spread: 0.7), "96": .init(latitude: -1.0, longitude: 131.6, spread: 0.8),
    ]
}
