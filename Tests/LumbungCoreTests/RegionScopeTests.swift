import Testing
import LumbungCore

struct RegionScopeTests {
    @Test func emptyTextIsNational() {
        #expect(RegionScope("") == .national)
        #expect(RegionScope.national.description == "")
        #expect(RegionScope.national.code == nil)
        #expect(RegionScope.national.specificity == 0)
    }

    @Test func codeTextIsARegionAndInvalidTextIsNil() throws {
        let scope = try #require(RegionScope("63.71"))
        #expect(scope.code?.rawValue == "63.71")
        #expect(scope.description == "63.71")
        #expect(scope.specificity == 2)
        #expect(RegionScope("63.7") == nil)
        #expect(RegionScope(nil) == .national)
    }

    @Test func containsMatchesWholeSegments() throws {
        let village = try #require(RegionCode("63.71.01.1001"))
        #expect(RegionScope.national.contains(village))
        #expect(try #require(RegionScope("63.71")).contains(village))
        #expect(!(try #require(RegionScope("63.72")).contains(village)))
    }
}
