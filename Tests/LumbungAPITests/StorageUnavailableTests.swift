import LumbungCore
import Testing
@testable import LumbungAPI

/// A storage that cannot be reached is answered with 503 problem+json, never a crash or a 500.
struct StorageUnavailableTests {
    @Test func anUnreachableStorageIs503StorageUnavailable() {
        let problem = ProblemMapping.problem(for: StorageUnavailable(reason: "server closed the connection"))
        #expect(problem?.status == 503)
        #expect(problem?.code == "storage_unavailable")
        #expect(problem?.detail.contains("nothing was written") == true)
    }
}
