import LumbungCore

/// The stored form of a price distribution: each entry as its price (8 bytes) then its count
/// (4 bytes), little-endian, by price ascending.
enum HistogramCodec {
    /// The bytes of one entry.
    private static let entryWidth = 12

    /// The blob of `histogram`.
    static func encode(_ histogram: PriceHistogram) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(histogram.entries.count * entryWidth)
        for entry in histogram.entries {
            withUnsafeBytes(of: entry.price.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(entry.count).littleEndian) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// The distribution stored in `bytes`; throws when the blob is not whole entries.
    static func decode(_ bytes: [UInt8]) throws -> PriceHistogram {
        guard bytes.count % entryWidth == 0 else { throw StoredDistributionError(length: bytes.count) }
        var entries: [PriceHistogram.Entry] = []
        entries.reserveCapacity(bytes.count / entryWidth)
        bytes.withUnsafeBytes { raw in
            for offset in stride(from: 0, to: raw.count, by: entryWidth) {
                let price = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int64.self))
                let count = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self))
                entries.append(PriceHistogram.Entry(price: price, count: Int(count)))
            }
        }
        return PriceHistogram(sortedEntries: entries)
    }
}

/// A stored distribution whose blob is not a whole number of entries.
struct StoredDistributionError: Error, CustomStringConvertible {
    /// The blob's length in bytes.
    let length: Int

    /// What is wrong.
    var description: String { "A stored price distribution of \(length) bytes is not whole entries." }
}
