import LumbungCore
import Synchronization

/// What the stock check lists about an outlet besides its stock and price: names, village, address and position,
/// read from `outlets`, `cooperatives` and `regions`, which change rarely (a class: a lookup copies one reference).
final class ListedOutletFacts: Sendable {
    /// The outlet's id.
    let outletID: String
    /// The outlet's name.
    let outletName: String
    /// The name of the cooperative running it.
    let cooperativeName: String
    /// The code of the balance's village the facts were read for.
    let village: ShortText
    /// That village with its name.
    let region: RegionLabel
    /// The outlet's street address.
    let address: String?
    /// Where the outlet stands.
    let location: GeoPoint?

    /// The facts as read.
    init(outletID: String, outletName: String, cooperativeName: String, village: ShortText, region: RegionLabel,
         address: String?, location: GeoPoint?) {
        (self.outletID, self.outletName, self.cooperativeName) = (outletID, outletName, cooperativeName)
        (self.village, self.region, self.address, self.location) = (village, region, address, location)
    }
}

/// The facts of recently listed outlets, kept in memory for as long as the database's `directory_generation`
/// (migration 16) keeps the value it had when they were read. Every read transaction of the stock check reads
/// that value first and passes it in: facts are given and kept only under the value of the reader's own
/// snapshot, and a different value (any change to an outlet, cooperative or region, by this process or
/// another, or another database file put in place) empties the memory. At most `capacity` outlets are kept;
/// the memory is emptied when it is full.
final class ListedOutletDirectory: Sendable {
    /// The generation the kept facts belong to, and the facts by outlet id.
    private let state = Mutex<(generation: Int64?, facts: [OutletIDKey: ListedOutletFacts])>((nil, [:]))
    /// The most outlets kept at once.
    let capacity: Int

    /// An empty directory keeping up to `capacity` outlets.
    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// The facts kept for `outletID` in `village`, read under `generation`; nil when they are not kept (or were
    /// kept under another generation, which are dropped).
    func facts(of outletID: OutletIDKey, in village: ShortText, generation: Int64) -> ListedOutletFacts? {
        state.withLock { state in
            guard state.generation == generation else {
                state = (generation, [:])
                return nil
            }
            guard let facts = state.facts[outletID], facts.village == village else { return nil }
            return facts
        }
    }

    /// Keeps `facts` of `outletID`, read in a snapshot whose generation is `generation`.
    func keep(_ facts: ListedOutletFacts, of outletID: OutletIDKey, generation: Int64) {
        state.withLock { state in
            guard state.generation == generation else { return }
            if state.facts.count >= capacity { state.facts.removeAll(keepingCapacity: true) }
            state.facts[outletID] = facts
        }
    }

    /// How many outlets are kept now.
    var count: Int { state.withLock { $0.facts.count } }
}

/// An outlet id's UTF-8 bytes as a dictionary key, hashed in one go (an array of bytes hashes them one by one), so
/// that a listed outlet is found from its index entry's bytes without making a `String` of them.
struct OutletIDKey: Hashable, Sendable {
    /// The id's bytes.
    let bytes: [UInt8]

    /// Hashes the bytes at once.
    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

/// A text of at most 16 bytes (a region code has at most 13) held in two integers: made from a column's bytes and
/// compared without a `String` or an allocation.
struct ShortText: Equatable, Sendable {
    /// The bytes, the first eight in `head` and the rest in `tail`, little-endian, zero beyond `count`.
    private let head: UInt64, tail: UInt64
    /// How many bytes there are.
    private let count: Int

    /// The text of `bytes`; nil beyond 16 bytes.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= 16 else { return nil }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        (head, tail, count) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), bytes.count)
    }

    /// The text as a `String`.
    var text: String {
        withUnsafeBytes(of: (head.littleEndian, tail.littleEndian)) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
}
