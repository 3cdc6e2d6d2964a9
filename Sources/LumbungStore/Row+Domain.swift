import LumbungCore

/// Reads of domain values from stored rows; a value the code cannot read throws `MalformedRow`.
extension Row {
    /// The column as a region code.
    func region(_ i: Int) throws(MalformedRow) -> RegionCode { try parsed(i) { RegionCode($0) } }

    /// The column as a commodity id.
    func commodity(_ i: Int) throws(MalformedRow) -> CommodityID { try parsed(i) { CommodityID($0) } }
}
