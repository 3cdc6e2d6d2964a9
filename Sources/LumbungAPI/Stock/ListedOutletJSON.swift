import LumbungCore
import MicroHTTP

/// The JSON of the stock check's listed outlets, kept per outlet listing (its names and place) and reused while what
/// it was written from stays the same: the members that describe the outlet rather than its stock (`outletId` to
/// `region`, and `address` to `longitude`) for as long as the listing is the same, and the whole item while, besides
/// it, its quantity, price, price status and time, stock time and distance are the same too. Items are found by
/// their listing (the store's shared instance is found at once; another instance with the same names and place
/// finds the same bytes), so a renamed outlet is written afresh under its new listing, and a sale writes its item
/// again. At most `capacity` listings are kept; the memory is emptied when it is full.
final class ListedOutletJSON: Sendable {
    /// The bytes of an outlet's names and place (a class: a lookup copies one reference).
    final class Fragments: Sendable {
        /// `"outletId":…,"outletName":…,"cooperativeName":…,"region":{…}`.
        let head: [UInt8]
        /// `"address":…,"latitude":…,"longitude":…`.
        let tail: [UInt8]

        /// `listing`'s fragments, written now.
        init(_ listing: OutletListing) {
            var head = JSONWriter(capacity: 256)
            head.key("outletId")
            head.string(listing.outletID)
            head.key("outletName")
            head.string(listing.outletName)
            head.key("cooperativeName")
            head.string(listing.cooperativeName)
            head.key("region")
            head.value(ReportJSON.region(listing.region))
            var tail = JSONWriter(capacity: 128)
            tail.key("address")
            tail.string(listing.address)
            tail.key("latitude")
            tail.value(.double(listing.location?.latitude))
            tail.key("longitude")
            tail.value(.double(listing.location?.longitude))
            (self.head, self.tail) = (head.output, tail.output)
        }
    }

    /// What an outlet's item shows besides its names and place.
    struct ItemKey: Equatable, Sendable {
        let quantity: Int64
        let price: Int64?
        let priceStatus: PriceStatus?
        let priceObservedAt: Int64?
        let stockUpdatedAt: Int64
        let distanceKm: Double?

        /// The key of `outlet`'s item.
        init(_ outlet: AvailableOutlet) {
            quantity = outlet.quantity.thousandths
            price = outlet.price?.rawValue
            priceStatus = outlet.priceStatus
            priceObservedAt = outlet.priceObservedAt?.millisecondsSinceEpoch
            stockUpdatedAt = outlet.stockUpdatedAt.millisecondsSinceEpoch
            distanceKm = outlet.distanceKm
        }
    }

    /// An outlet's fragments, and its last whole item with what it showed (a class: a lookup copies one reference).
    private final class Kept: Sendable {
        let fragments: Fragments
        /// What the item showed besides the fragments.
        let key: ItemKey
        /// The item's bytes.
        let bytes: [UInt8]

        /// Keeps `fragments` and the item `bytes` written with them, showing `key`.
        init(fragments: Fragments, key: ItemKey, bytes: [UInt8]) {
            (self.fragments, self.key, self.bytes) = (fragments, key, bytes)
        }
    }

    /// What is kept, by listing.
    private let kept: BoundedMemory<OutletListing, Kept>

    /// An empty memory of up to `capacity` listings.
    init(capacity: Int = 16_384) {
        kept = BoundedMemory(capacity: capacity)
    }

    /// The JSON of `outlet` as the stock check lists it (`AvailabilityJSON.write`): the kept bytes when it shows
    /// the same as when they were written, else written now (with its listing's kept fragments when there are some)
    /// and kept.
    func item(_ outlet: AvailableOutlet) -> [UInt8] {
        let (key, listing) = (ItemKey(outlet), outlet.listing)
        let found = kept.value(for: listing)
        let fragments: Fragments
        if let found {
            if found.key == key { return found.bytes }
            fragments = found.fragments
        } else {
            fragments = Fragments(listing)
        }
        var item = JSONWriter(capacity: 512)
        AvailabilityJSON.write(outlet, fragments: fragments, to: &item)
        let written = Kept(fragments: fragments, key: key, bytes: item.output)
        kept.keep(written, for: listing)
        return written.bytes
    }
}
