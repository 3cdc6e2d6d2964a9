/// The home-screen icon of the shopkeeper app, drawn in code: a cream rice barn (*lumbung*) with a
/// golden roof on stilts, on the site's red.
enum AppIcon {
    /// The sizes the web app manifest lists.
    static let sizes = [192, 512]
    /// Red background, golden roof, cream walls, brown door and stilts.
    private static let palette: [UInt32] = [0x8A0C0C, 0xF0B400, 0xFFF7E0, 0x5A3A1A]

    /// The icon's PNG at `size` pixels square, drawn on first use.
    static func png(size: Int) -> [UInt8] {
        size == 512 ? large : small
    }

    /// The 192 px icon.
    private static let small = draw(192)
    /// The 512 px icon.
    private static let large = draw(512)

    /// Encodes the drawing at `size` pixels.
    private static func draw(_ size: Int) -> [UInt8] {
        PalettePNG(size: size, palette: palette) { x, y in
            colour(atU: (Double(x) + 0.5) / Double(size), v: (Double(y) + 0.5) / Double(size))
        }.bytes
    }

    /// The palette index at (`u`, `v`), both from 0 to 1, from the top left.
    private static func colour(atU u: Double, v: Double) -> UInt8 {
        let fromCentre = abs(u - 0.5)
        if (0.62...0.78).contains(v), fromCentre < 0.07 { return 3 }               // the door
        if (0.50...0.78).contains(v), fromCentre < 0.22 { return 2 }               // the walls
        if (0.78...0.82).contains(v), fromCentre < 0.28 { return 1 }               // the floor beam
        if (0.82...0.88).contains(v), (0.16...0.21).contains(fromCentre) { return 3 }  // the stilts
        if (0.20...0.50).contains(v), fromCentre < (v - 0.20) / 0.30 * 0.33 { return 1 }  // the roof
        return 0
    }
}
