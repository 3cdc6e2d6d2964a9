/// A PNG with four palette colours (2 bits per pixel), stored without compression so that it needs
/// no zlib: small enough for app icons, and every byte is written here.
struct PalettePNG {
    /// Width and height in pixels (the image is square).
    let size: Int
    /// The four colours as `0xRRGGBB`.
    let palette: [UInt32]
    /// The palette index (0–3) of the pixel at column `x`, row `y`.
    let pixel: (_ x: Int, _ y: Int) -> UInt8

    /// The encoded file.
    var bytes: [UInt8] {
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += Self.chunk("IHDR", Self.bigEndian(UInt32(size)) + Self.bigEndian(UInt32(size)) + [2, 3, 0, 0, 0])
        file += Self.chunk("PLTE", palette.flatMap { [UInt8($0 >> 16 & 0xFF), UInt8($0 >> 8 & 0xFF), UInt8($0 & 0xFF)] })
        file += Self.chunk("IDAT", Self.zlibStored(rows))
        file += Self.chunk("IEND", [])
        return file
    }

    /// The scanlines: a filter byte (0, none) then four pixels per byte, leftmost in the high bits.
    private var rows: [UInt8] {
        let rowBytes = (size + 3) / 4
        var data = [UInt8](repeating: 0, count: size * (rowBytes + 1))
        for y in 0..<size {
            let start = y * (rowBytes + 1) + 1
            for x in 0..<size {
                data[start + x / 4] |= (pixel(x, y) & 3) << UInt8(6 - 2 * (x % 4))
            }
        }
        return data
    }

    /// One chunk: length, type, data, and the CRC of type and data.
    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typed = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typed + bigEndian(crc32(typed))
    }

    /// A zlib stream of stored (uncompressed) deflate blocks of at most 65,535 bytes, with its Adler-32.
    private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let isLast = offset + length == data.count
            stream += [isLast ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8 & 0xFF)]
            stream += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        return stream + bigEndian(adler32(data))
    }

    /// The CRC-32 (ISO 3309) PNG chunks end with.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }

    /// The Adler-32 checksum a zlib stream ends with.
    private static func adler32(_ data: [UInt8]) -> UInt32 {
        var low: UInt32 = 1
        var high: UInt32 = 0
        for byte in data {
            low = (low + UInt32(byte)) % 65_521
            high = (high + low) % 65_521
        }
        return high << 16 | low
    }

    /// `value` as four bytes, most significant first.
    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
