import Foundation
import Testing
@testable import LumbungStore

/// The file system's answer about writing the database is reused for an interval, then asked again.
struct WritePermissionTests {
    @Test func aFolderThatIsGoneIsNoticedOnceTheIntervalHasPassed() throws {
        try withTemporarySQLiteDirectory { directory in
            let folder = directory + "/data"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
            FileManager.default.createFile(atPath: folder + "/test.sqlite", contents: Data())
            let reused = WritePermission(path: folder + "/test.sqlite", intervalNanoseconds: 3_600_000_000_000)
            let fresh = WritePermission(path: folder + "/test.sqlite", intervalNanoseconds: 0)
            #expect(reused.writable && fresh.writable)
            try FileManager.default.removeItem(atPath: folder)
            #expect(reused.writable)  // still within its hour
            #expect(!fresh.writable)
        }
    }

    @Test func aBareFileNameIsCheckedInTheWorkingFolder() throws {
        #expect(WritePermission(path: "no-such-file-here.sqlite", intervalNanoseconds: 0).writable == false)
    }
}
