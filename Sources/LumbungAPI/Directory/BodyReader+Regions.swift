import LumbungCore

extension BodyReader {
    /// Records a problem with `field` unless `code` is a village (when `village`) and, once any
    /// region was imported, a known region.
    mutating func checkKnown(_ code: RegionCode, field: String, village: Bool, in regions: any RegionStore) throws {
        if village, !code.isVillage {
            fail(field, "must be a village (desa/kelurahan) code such as 63.71.01.1001")
        } else if try regions.hasRegions(), try regions.region(code: code) == nil {
            fail(field, "is not a known region")
        }
    }
}
