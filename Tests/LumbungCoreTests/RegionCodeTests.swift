import Testing
@testable import LumbungCore

struct RegionCodeTests {
    @Test func acceptsTheFourShapes() throws {
        #expect(try #require(RegionCode("63")).level == 1)
        #expect(try #require(RegionCode("63.71")).level == 2)
        #expect(try #require(RegionCode("63.71.01")).level == 3)
        #expect(try #require(RegionCode("63.71.01.1001")).level == 4)
        #expect(RegionCode("63.71.01.1001")?.isVillage == true)
        #expect(RegionCode("63.71")?.isVillage == false)
    }

    @Test(arguments: [
        "", "6", "630", "63.7", "63.710", "63.71.1", "63.71.01.100", "63.71.01.10011",
        "63.71.01.1001.01", ".63", "63.", "63..71", "6a", "63.71.01.１００１", " 63", "63-71", "+6",
    ])
    func rejectsMalformedCodes(text: String) {
        #expect(RegionCode(text) == nil)
        #expect(RegionCode(rawValue: text) == nil)
    }

    @Test func parentSegmentsAndProvince() throws {
        let village = try #require(RegionCode("63.71.01.1001"))
        #expect(village.segments == ["63", "71", "01", "1001"])
        #expect(village.parent?.rawValue == "63.71.01")
        #expect(village.parent?.parent?.rawValue == "63.71")
        #expect(village.parent?.parent?.parent?.rawValue == "63")
        #expect(village.parent?.parent?.parent?.parent == nil)
        #expect(village.province.rawValue == "63")
        #expect(village.description == "63.71.01.1001")
        #expect(village.lineage.map(\.rawValue) == ["63", "63.71", "63.71.01", "63.71.01.1001"])
    }

    @Test func prefixMatchingIsOnWholeSegments() throws {
        let kota = try #require(RegionCode("63.71"))
        let village = try #require(RegionCode("63.71.01.1001"))
        let lookalike = try #require(RegionCode("63.71.01"))
        let otherKabupaten = try #require(RegionCode("63.10"))
        #expect(kota.contains(village))
        #expect(kota.isPrefix(of: lookalike))
        #expect(kota.isPrefix(of: kota))
        #expect(!kota.isAncestor(of: kota))
        #expect(kota.isAncestor(of: village))
        #expect(!village.contains(kota))
        #expect(!kota.contains(otherKabupaten))
        #expect(try #require(RegionCode("63")).contains(otherKabupaten))
        let siblingVillage = try #require(RegionCode("63.71.01.1002"))
        #expect(!village.contains(siblingVillage))
        #expect(!(try #require(RegionCode("63.11"))).contains(try #require(RegionCode("63.10.01"))))
    }

    @Test func descendantRangeBracketsExactlyTheDescendants() throws {
        let kota = try #require(RegionCode("63.71"))
        #expect(kota.descendantPrefix == "63.71.")
        #expect(kota.likePattern == "63.71.%")
        let range = kota.descendantRange
        #expect(range.lower == "63.71.")
        #expect(range.upper == "63.71/")
        let inside = ["63.71.01", "63.71.01.1001", "63.71.99.9999"]
        let outside = ["63.71", "63.710", "63.72", "63.70.01", "63.8", "64"]
        for text in inside {
            #expect(range.lower <= text && text < range.upper, "\(text) should be inside")
        }
        for text in outside {
            #expect(!(range.lower <= text && text < range.upper), "\(text) should be outside")
        }
        let subtree = kota.subtreeRange
        #expect(subtree.lower <= "63.71" && "63.71" < subtree.upper)
        #expect(!(subtree.lower <= "63.710" && "63.710" < subtree.upper))
    }

    @Test func sortsParentsBeforeChildren() throws {
        let codes = try ["63.71.01", "63", "63.71", "63.71.01.1001"].map { try #require(RegionCode($0)) }
        #expect(codes.sorted().map(\.rawValue) == ["63", "63.71", "63.71.01", "63.71.01.1001"])
    }
}
