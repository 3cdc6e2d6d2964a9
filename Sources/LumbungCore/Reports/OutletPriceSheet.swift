/// Every outlet's latest price in a region at the end of a day, with names, for an outlet-level
/// export, and the bands of the commodity to judge each against.
public struct OutletPriceSheet: Sendable, Hashable {
    /// One outlet's line.
    public struct Line: Sendable, Hashable {
        /// The outlet's name.
        public let outletName: String
        /// Its village.
        public let region: RegionCode
        /// The village's name, when the region list holds it.
        public let villageName: String?
        /// The kecamatan's name, when the region list holds it.
        public let kecamatanName: String?
        /// Its latest price observed before the end of the day.
        public let price: Money
        /// When that price was observed.
        public let observedAt: Timestamp

        /// A line as read.
        public init(outletName: String, region: RegionCode, villageName: String?, kecamatanName: String?, price: Money,
                    observedAt: Timestamp) {
            self.outletName = outletName
            self.region = region
            self.villageName = villageName
            self.kecamatanName = kecamatanName
            self.price = price
            self.observedAt = observedAt
        }
    }

    /// The lines, by village code then outlet name.
    public let lines: [Line]
    /// The commodity's bands that took effect before the end of the day.
    public let bands: [Band]

    /// A sheet as read.
    public init(lines: [Line], bands: [Band]) {
        self.lines = lines
        self.bands = bands
    }
}
