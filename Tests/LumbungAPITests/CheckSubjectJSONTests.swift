import LumbungCore
import Testing
@testable import LumbungAPI

/// The stock check's kept commodity-and-region bytes are reused only while both are the same: each change gives the
/// bytes a memory that never saw the subject writes.
@Suite struct CheckSubjectJSONTests {
    /// A check's commodity and region, with one thing changed by `change`.
    static func subject(_ change: String = "") -> (commodity: Commodity, region: RegionLabel?) {
        let commodity = Commodity(
            id: CommodityID(change == "id" ? "beras-medium" : "lpg-3kg")!, name: change == "name" ? "Elpiji 3 kg" : "LPG 3 kg",
            unit: change == "unit" ? "tabung kecil" : "tabung", category: change == "category" ? .other : .lpg,
            aliases: change == "aliases" ? ["LPG", "ELPIJI"] : ["LPG"])
        let region: RegionLabel? = switch change {
        case "national": nil
        case "regionName": RegionLabel(code: RegionCode("63.71")!, name: "Banjarmasin")
        case "regionCode": RegionLabel(code: RegionCode("63.72")!, name: "Kota Banjarmasin")
        default: RegionLabel(code: RegionCode("63.71")!, name: "Kota Banjarmasin")
        }
        return (commodity, region)
    }

    @Test func everyChangeToTheSubjectIsWrittenAfresh() {
        let memory = CheckSubjectJSON()
        for change in ["id", "name", "unit", "category", "aliases", "national", "regionName", "regionCode"] {
            for asked in ["", "", change] {  // the unchanged subject twice (kept, then reused), then one change
                let subject = Self.subject(asked)
                let kept = String(decoding: memory.members(commodity: subject.commodity, region: subject.region), as: UTF8.self)
                let fresh = String(decoding: CheckSubjectJSON().members(commodity: subject.commodity, region: subject.region),
                                   as: UTF8.self)
                #expect(kept == fresh, "\(asked.isEmpty ? "unchanged" : "after a change of " + asked)")
            }
        }
        let unchanged = Self.subject()
        #expect(String(decoding: memory.members(commodity: unchanged.commodity, region: unchanged.region), as: UTF8.self)
            == #""commodity":{"id":"lpg-3kg","name":"LPG 3 kg","unit":"tabung","category":"lpg","aliases":["LPG"]},"#
            + #""region":{"code":"63.71","name":"Kota Banjarmasin"}"#)
        let national = Self.subject("national")
        #expect(String(decoding: memory.members(commodity: national.commodity, region: nil), as: UTF8.self).hasSuffix(#""region":null"#))
    }
}
