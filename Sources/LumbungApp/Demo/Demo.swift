import LumbungAPI
import LumbungCore
import LumbungStore

/// Fills a new database with demo data: regions, one cooperative with one outlet per village,
/// stock and prices at the four featured outlets, and tokens for every role.
public struct Demo {
    /// The new database to fill.
    private let store: SQLiteStore
    /// The time every demo record is created at.
    private let clock: any Clock

    /// A demo writing into `store`, which must be a new database.
    public init(store: SQLiteStore, clock: any Clock = SystemClock()) throws {
        guard store.isNew else {
            throw CommandError(description: "demo data goes only into a new database; \(store.database.path) already exists")
        }
        self.store = store
        self.clock = clock
    }

    /// Writes the small demo (or the national one from the region list `nationalFile`) into the new
    /// database the settings name; a PostgreSQL database is filled through a temporary SQLite file
    /// (see `PostgresSetup.fillThroughSQLite`), so it must be empty.
    public static func create(settings: Settings, nationalFile: String?, clock: any Clock = SystemClock()) throws -> DemoWorld {
        let fill = { (store: SQLiteStore) throws -> DemoWorld in
            let demo = try Demo(store: store, clock: clock)
            return try nationalFile.map { try demo.national(file: $0) } ?? demo.small()
        }
        switch settings.databaseLocation {
        case .sqlite:
            let store = try Application.openSQLite(settings, clock: clock)
            defer { store.close() }
            return try fill(store)
        case .postgresql(let uri):
            return try PostgresSetup.fillThroughSQLite(uri: uri, settings: settings, clock: clock, fill)
        }
    }

    /// The small demo: four kelurahan of Kota Banjarmasin.
    public func small() throws -> DemoWorld {
        let world = try build(try RegionList.parse(Array(DemoVillage.regionList.utf8)))
        try stockShelves()
        return world
    }

    /// The national demo: every region of a Kemendagri list file, one cooperative and outlet per village,
    /// and their synthetic past (see `NationalDataset`).
    public func national(file path: String) throws -> DemoWorld {
        let world = try build(try RegionList.parse(try LocalFile.contents(of: path)))
        try NationalDataset(store: store, now: clock.now()).fill()
        return world
    }

    /// Imports `regions`, places a cooperative and an outlet in each village, and issues tokens.
    private func build(_ regions: [Region]) throws -> DemoWorld {
        try store.importRegions(regions)
        let places = try places(in: regions.filter { $0.code.isVillage })
        let featured = places.filter { DemoVillage.named($0.cooperative.region) != nil }
        guard let sample = featured.first ?? places.first else {
            throw CommandError(description: "the region list holds no village")
        }
        return DemoWorld(
            cooperativeCount: places.count, sampleOutletID: sample.outlet.id,
            admin: try issue(role: .admin, name: "Admin Lumbung"),
            officer: try issue(role: .officer, name: "Dinas Perdagangan Kalimantan Selatan", region: "63"),
            shopkeepers: try featured.map { place in
                try issue(role: .shopkeeper, name: "Pengurus \(place.outlet.name)", cooperativeID: place.cooperative.id)
            },
            assistant: try issue(role: .assistant, name: "Pendamping Koperasi Banjarmasin",
                                 cooperativeIDs: (featured.isEmpty ? [sample] : featured).map(\.cooperative.id)))
    }

    /// One cooperative and one outlet in each village (returned in village order), written in one transaction
    /// in outlet id order.
    private func places(in villages: [Region]) throws -> [(cooperative: Cooperative, outlet: Outlet)] {
        let now = clock.now()
        let places = villages.map { village in
            let cooperative = Cooperative(id: EntityID.make("coop", at: now), name: "Koperasi Merah Putih \(village.name)",
                                          region: village.code, createdAt: now)
            let spot = DemoVillage.named(village.code)
            let outlet = Outlet(id: EntityID.make("out", at: now), cooperativeID: cooperative.id, name: "Gerai \(village.name)",
                                region: village.code, latitude: spot?.latitude, longitude: spot?.longitude,
                                address: spot?.address, createdAt: now)
            return (cooperative: cooperative, outlet: outlet)
        }
        let byOutletID = places.sorted { $0.outlet.id < $1.outlet.id }  // outlet keys follow ids: histories load in key order
        try store.addCooperatives(byOutletID.map(\.cooperative), outlets: byOutletID.map(\.outlet))
        return places
    }

    /// Receives stock and reports today's prices at the featured outlets, through the same store calls as the API.
    private func stockShelves() throws {
        let context = WriteContext(now: clock.now(), actor: "Demo", staleAfterHours: 48)
        for (village, shelves) in zip(DemoVillage.all, DemoShelf.byVillage) {
            guard let code = RegionCode(village.code),
                  let outlet = try store.outlets(OutletQuery(region: code), page: PageRequest(limit: 1)).items.first.map({
                      OutletSummary(id: $0.id, cooperativeID: $0.cooperativeID, name: $0.name, region: $0.region)
                  }) else { continue }
            for shelf in shelves {
                guard let commodity = CommodityID(shelf.commodity), let quantity = Quantity(decimalLiteral: shelf.received) else {
                    continue
                }
                _ = try store.recordMovements([NewMovement(commodity: commodity, kind: .receipt, quantity: quantity)],
                                              outlet: outlet, context: context)
                _ = try store.recordPrice(outlet: outlet, commodity: commodity, price: Money(shelf.price),
                                          observedAt: clock.now(), context: context)
            }
        }
    }

    /// Issues a token through the same code as `POST /v1/tokens`.
    private func issue(role: Role, name: String, region: String? = nil, cooperativeID: String? = nil,
                       cooperativeIDs: [String]? = nil) throws -> DemoWorld.IssuedToken {
        let issued = try TokenIssuer(storage: store).issue(
            fields: [("name", name), ("role", role.rawValue), ("region", region), ("cooperativeId", cooperativeID)],
            cooperativeIDs: cooperativeIDs, now: clock.now())
        return DemoWorld.IssuedToken(holder: "\(role.rawValue): \(name)", secret: issued.secret)
    }
}
