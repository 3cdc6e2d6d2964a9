import LumbungCore

/// A village of the small demo, with where its outlet stands.
struct DemoVillage {
    /// The village code.
    let code: String
    /// The outlet's latitude.
    let latitude: Double
    /// The outlet's longitude.
    let longitude: Double
    /// The outlet's street address.
    let address: String

    /// Four kelurahan of Kota Banjarmasin.
    static let all: [DemoVillage] = [
        DemoVillage(code: "63.71.01.1008", latitude: -3.3384, longitude: 114.6012, address: "Jl. Kelayan A No. 12"),
        DemoVillage(code: "63.71.03.1005", latitude: -3.3226, longitude: 114.5795, address: "Jl. Telawang No. 45"),
        DemoVillage(code: "63.71.03.1008", latitude: -3.3035, longitude: 114.5741, address: "Jl. Kuin Cerucuk No. 8"),
        DemoVillage(code: "63.71.03.1009", latitude: -3.3312, longitude: 114.5679, address: "Jl. Simpang Basirih No. 3"),
    ]

    /// The regions the small demo needs: the four villages and everything above them (names as in
    /// the Kemendagri list).
    static let regionList = """
        kode,nama
        63,Kalimantan Selatan
        63.71,Kota Banjarmasin
        63.71.01,Banjarmasin Selatan
        63.71.03,Banjarmasin Barat
        63.71.01.1008,Kelayan Timur
        63.71.03.1005,Telawang
        63.71.03.1008,Kuin Cerucuk
        63.71.03.1009,Basirih

        """

    /// The demo village with this code, if it is one.
    static func named(_ code: RegionCode) -> DemoVillage? {
        all.first { $0.code == code.rawValue }
    }
}
