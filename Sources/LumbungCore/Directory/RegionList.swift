/// The Kemendagri region list as CSV: the header `kode,nama`, then one `code,name` row per region.
public enum RegionList {
    /// The longest region name accepted, in Unicode scalars.
    public static let maximumNameLength = 200

    /// The regions in file order; throws on the first bad line, so a list is taken whole or not at all.
    /// Blank lines are skipped; a code listed twice keeps its last name.
    public static func parse(_ bytes: [UInt8]) throws(RegionListError) -> [Region] {
        try parseNumbered(bytes).map(\.region)
    }

    /// The regions in file order with the line each is on (the header is line 1); see `parse`.
    public static func parseNumbered(_ bytes: [UInt8]) throws(RegionListError) -> [(line: Int, region: Region)] {
        guard String(validating: bytes, as: UTF8.self) != nil else { throw .notUTF8 }
        var reader = CSVReader(bytes)
        guard let header = try next(&reader),
              header.fields.map({ $0.trimmingBlanks().lowercased() }) == ["kode", "nama"] else {
            throw .badLine(line: 1, field: "header", message: "the first line must be kode,nama")
        }
        var regions: [(line: Int, region: Region)] = []
        regions.reserveCapacity(bytes.count / 25)
        while let record = try next(&reader) {
            if record.fields.count == 1, record.fields[0].isEmpty { continue }
            regions.append((record.line, try region(record)))
        }
        return regions
    }

    /// The next record, a syntax error becoming a bad line.
    private static func next(_ reader: inout CSVReader) throws(RegionListError) -> CSVReader.Record? {
        do {
            return try reader.next()
        } catch {
            throw .badLine(line: error.line, field: "row", message: error.message)
        }
    }

    /// One data row as a region.
    private static func region(_ record: CSVReader.Record) throws(RegionListError) -> Region {
        guard record.fields.count == 2 else {
            throw .badLine(line: record.line, field: "row", message: "expected 2 fields (kode,nama), found \(record.fields.count)")
        }
        let codeText = record.fields[0].trimmingBlanks()
        guard let code = RegionCode(codeText) else {
            throw .badLine(line: record.line, field: "kode", message: "'\(codeText.prefix(40))' is not a code such as 63.71.01.1001")
        }
        let name = record.fields[1].trimmingBlanks()
        guard !name.isEmpty else { throw .badLine(line: record.line, field: "nama", message: "the name is empty") }
        guard name.unicodeScalars.count <= maximumNameLength else {
            throw .badLine(line: record.line, field: "nama", message: "the name is longer than \(maximumNameLength) characters")
        }
        guard !name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw .badLine(line: record.line, field: "nama", message: "the name contains control characters")
        }
        return Region(code: code, name: name)
    }
}

extension RegionList {
    /// The first listed region whose parent is neither in the list nor among `loaded`, as a bad line.
    public static func firstOrphan(_ listed: [(line: Int, region: Region)],
                                   loaded: Set<RegionCode>) -> RegionListError? {
        let codes = Set(listed.map(\.region.code))
        for (line, region) in listed {
            guard let parent = region.parent, !codes.contains(parent), !loaded.contains(parent) else { continue }
            return .badLine(line: line, field: "kode",
                            message: "the parent \(parent) of \(region.code) is neither in the list nor already loaded")
        }
        return nil
    }

    /// The parents named by `listed` that the list itself does not hold (they must be loaded already).
    public static func outsideParents(_ listed: [(line: Int, region: Region)]) -> Set<RegionCode> {
        let codes = Set(listed.map(\.region.code))
        return Set(listed.compactMap(\.region.parent).filter { !codes.contains($0) })
    }
}
