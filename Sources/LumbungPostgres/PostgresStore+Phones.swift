import LumbungCore

extension PostgresStore: PhoneStore {
    /// Inserts the registration; a number already registered (by any process, even a moment ago) is a conflict.
    public func addPhone(_ phone: Phone) throws {
        let registered = DomainError.conflict("The number \(phone.number) is already registered.")
        do {
            try database.write { connection in
                try connection.run("INSERT INTO phones (number, outlet_id, name, created_at) VALUES ($1, $2, $3, $4)",
                                   [phone.number.e164, phone.outletID, phone.name, phone.createdAt.millisecondsSinceEpoch])
            }
        } catch let error as PostgresError where error.isUniqueViolation {
            throw registered
        }
    }

    /// The registration of a number, with its outlet's cooperative.
    public func phone(number: PhoneNumber) throws -> Phone? {
        try database.read { try $0.queryOne("\(Self.phoneColumns) WHERE p.number = $1", [number.e164], row: Self.phone) }
    }

    /// A page of registrations by number, narrowed by outlet, cooperative and region.
    public func phones(outletID: String?, cooperativeID: String?, region: RegionCode?, page: PageRequest) throws -> Page<Phone> {
        var conditions = PostgresConditions()
        conditions.add("p.number COLLATE \"C\" > ?", page.cursor ?? "")
        if let outletID { conditions.add("p.outlet_id = ?", outletID) }
        if let cooperativeID { conditions.add("o.cooperative_id = ?", cooperativeID) }
        if let region {
            conditions.add("o.region COLLATE \"C\" >= ? AND o.region COLLATE \"C\" < ?", region.subtreeRange.lower, region.subtreeRange.upper)
        }
        let fetched = try database.read { connection in
            try connection.query("\(Self.phoneColumns) \(conditions.sql) ORDER BY p.number COLLATE \"C\" LIMIT \(conditions.nextPlaceholder)",
                                 conditions.arguments + [page.limit + 1], row: Self.phone)
        }
        return Page(fetched: fetched, limit: page.limit) { $0.number.e164 }
    }

    /// Deletes the registration; later messages from the number cannot write.
    public func removePhone(number: PhoneNumber) throws -> Bool {
        try database.write { try $0.run("DELETE FROM phones WHERE number = $1", [number.e164]) > 0 }
    }

    /// The columns a `Phone` is read from.
    private static let phoneColumns = """
        SELECT p.number, p.outlet_id, o.cooperative_id, p.name, p.created_at FROM phones p JOIN outlets o ON o.id = p.outlet_id
        """

    /// A registration row as a phone; a stored number that does not parse is a storage fault.
    private static func phone(_ row: PostgresRow) throws -> Phone {
        guard let number = PhoneNumber(row.string(0)) else { throw PostgresError.misuse("stored phone number \(row.string(0))") }
        return Phone(number: number, outletID: row.string(1), cooperativeID: row.string(2), name: row.string(3),
                     createdAt: Timestamp(millisecondsSinceEpoch: row.int64(4)))
    }
}
