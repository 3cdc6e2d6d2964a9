import Glibc
import Testing

/// The process links jemalloc through `LumbungApp`, so every allocation (SQLite's, the Swift runtime's) is jemalloc's.
@Suite struct AllocatorTests {
    @Test func mallocIsJemallocs() throws {
        let jemalloc = try #require(dlopen("libjemalloc.so.2", RTLD_NOW | RTLD_NOLOAD), "jemalloc is not loaded")
        defer { dlclose(jemalloc) }
        let resolved = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc")  // RTLD_DEFAULT: what every caller gets
        #expect(resolved != nil && resolved == dlsym(jemalloc, "malloc"))
    }
}
