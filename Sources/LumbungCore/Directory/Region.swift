/// A Kemendagri region: a province, kabupaten/kota, kecamatan or desa/kelurahan.
public struct Region: Sendable, Hashable {
    /// The code, e.g. `63.71.01.1008`.
    public let code: RegionCode
    /// The official name, e.g. `Kelayan Timur`.
    public let name: String

    /// A region as listed.
    public init(code: RegionCode, name: String) {
        self.code = code
        self.name = name
    }

    /// 1 = province, 2 = kabupaten/kota, 3 = kecamatan, 4 = desa/kelurahan.
    public var level: Int { code.level }

    /// The enclosing region's code; nil for a province.
    public var parent: RegionCode? { code.parent }
}
