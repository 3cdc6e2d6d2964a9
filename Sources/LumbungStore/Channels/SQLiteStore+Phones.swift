import LumbungCore

extension SQLiteStore: PhoneStore {
    /// Inserts the registration; a number already registered is a conflict.
    public func addPhone(_ phone: Phone) throws {
        try database.write { connection in
            let exists = try connection.queryOne("SELECT 1 FROM phones WHERE number = ?", [phone.number.e164]) { _ in true }
            if exists != nil { throw DomainError.conflict("The number \(phone.number) is already registered.") }
            try connection.run("INSERT INTO phones (number, outlet_id, name, created_at) VALUES (?, ?, ?, ?)",
                               [phone.number.e164, phone.outletID, phone.name, phone.createdAt.millisecondsSinceEpoch])
        }
    }

    /// The registration of a number, with its outlet's cooperative.
    public func phone(number: PhoneNumber) throws -> Phone? {
        try database.read { connection in
            try connection.queryOne("\(Self.phoneColumns) WHERE p.number = ?", [number.e164], row: Self.phone)
        }
    }

    /// A page of registrations by number, narrowed by outlet, cooperative and region.
    public func phones(outletID: String?, cooperativeID: String?, region: RegionCode?, page: PageRequest) throws -> Page<Phone> {
        var conditions = SQLConditions()
        conditions.add("p.number > ?", page.cursor ?? "")
        if let outletID { conditions.add("p.outlet_id = ?", outletID) }
        if let cooperativeID { conditions.add("o.cooperative_id = ?", cooperativeID) }
        if let region {
            let bounds = RegionBounds(RegionScope(region))
            conditions.add("o.region >= ? AND o.region < ?", bounds.lower, bounds.upper)
        }
        let sql = "\(Self.phoneColumns) \(conditions.sql) ORDER BY p.number LIMIT ?"
        let fetched = try database.read { try $0.query(sql, conditions.arguments + [page.limit + 1], row: Self.phone) }
        return Page(fetched: fetched, limit: page.limit) { $0.number.e164 }
    }

    /// Deletes the registration; later messages from the number cannot write.
    public func removePhone(number: PhoneNumber) throws -> Bool {
        try database.write { try $0.run("DELETE FROM phones WHERE number = ?", [number.e164]) > 0 }
    }

    /// The columns a `Phone` is read from.
    private static let phoneColumns = """
        SELECT p.number, p.outlet_id, o.cooperative_id, p.name, p.created_at FROM phones p JOIN outlets o ON o.id = p.outlet_id
        """

    /// A registration row as a phone.
    private static func phone(_ row: Row) throws -> Phone {
        guard let number = PhoneNumber(row.string(0)) else { throw SQLiteError.misuse("stored phone number \(row.string(0))") }
        return Phone(number: number, outletID: row.string(1), cooperativeID: row.string(2), name: row.string(3),
                     createdAt: Timestamp(millisecondsSinceEpoch: row.int64(4)))
    }
}
