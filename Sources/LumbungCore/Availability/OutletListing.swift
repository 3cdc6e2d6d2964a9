/// What a stock check lists about an outlet besides its stock and price: its names and place, the same for every
/// check until one of them changes, so a store may hand the same instance to every item it lists (a class: an item
/// copies one reference, and two items with the same instance are known equal without comparing their texts).
public final class OutletListing: Sendable, Hashable {
    /// The outlet's id.
    public let outletID: String
    /// The outlet's name.
    public let outletName: String
    /// The name of the cooperative running it.
    public let cooperativeName: String
    /// The village it stands in.
    public let region: RegionLabel
    /// The outlet's street address, when it has one.
    public let address: String?
    /// Where the outlet stands, when its coordinates are known.
    public let location: GeoPoint?
    /// The id's hash, computed once: a listing a store keeps is hashed by every check that lists it.
    private let idHash: Int

    /// An outlet's names and place.
    public init(outletID: String, outletName: String, cooperativeName: String, region: RegionLabel, address: String?,
                location: GeoPoint?) {
        (self.outletID, self.outletName, self.cooperativeName) = (outletID, outletName, cooperativeName)
        (self.region, self.address, self.location) = (region, address, location)
        idHash = outletID.hashValue
    }

    /// Whether both list the same names and place (the same instance does without comparing, and listings of two
    /// outlets, which a dictionary's lookup passes on its way, mostly differ in the id's hash).
    public static func == (first: OutletListing, second: OutletListing) -> Bool {
        first === second
            || (first.idHash == second.idHash && first.outletID == second.outletID && first.outletName == second.outletName
                && first.cooperativeName == second.cooperativeName && first.region == second.region
                && first.address == second.address && first.location == second.location)
    }

    /// Hashes the id (listings that are equal have the same id), as hashed once.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(idHash)
    }

    /// The standard library's hook for a type's own hash, which a dictionary calls instead of feeding a `Hasher`:
    /// the id's hash, made once, mixed with the dictionary's seed (no `Hasher` per lookup).
    public func _rawHashValue(seed: Int) -> Int {
        idHash ^ seed
    }
}
