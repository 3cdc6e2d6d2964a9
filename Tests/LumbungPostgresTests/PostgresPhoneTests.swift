import LumbungCore
import Testing
@testable import LumbungPostgres

/// Phone registrations on PostgreSQL: one registration per number across processes.
@Suite(.enabled(if: PostgresTestServer.isAvailable, "needs LUMBUNG_TEST_POSTGRES (scripts/postgres-tests.sh)"))
struct PostgresPhoneTests {
    @Test func aNumberIsRegisteredOnceWhicheverProcessIsAskedAndCanBeRemoved() throws {
        try PostgresStoreTests.withTwoStores { first, second in
            try PostgresStockTests.setUp(first)
            let number = try #require(PhoneNumber("081234567890"))
            let phone = Phone(number: number, outletID: "out_1", cooperativeID: "coop_1", name: "Bu Siti",
                              createdAt: Timestamp(millisecondsSinceEpoch: 1))
            let outcomes = ThreadSafeList<Bool>()
            onThreads(4) { index in
                outcomes.append((try? (index.isMultiple(of: 2) ? first : second).addPhone(phone)) != nil)
            }
            #expect(outcomes.all.filter { $0 }.count == 1)
            #expect(throws: DomainError.conflict("The number \(number) is already registered.")) { try first.addPhone(phone) }
            #expect(try second.phone(number: number)?.cooperativeID == "coop_1")
            #expect(try second.phones(outletID: nil, cooperativeID: "coop_1", region: RegionCode("63.71"), page: PageRequest()).items.count == 1)
            #expect(try second.phones(outletID: nil, cooperativeID: nil, region: RegionCode("64"), page: PageRequest()).items.isEmpty)
            #expect(try first.removePhone(number: number))
            #expect(try !second.removePhone(number: number))
            #expect(try second.phone(number: number) == nil)
        }
    }
}
