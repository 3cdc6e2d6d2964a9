import LumbungCore

/// How a price report's id is stored: an id made when the report was recorded (every id the service
/// makes) keeps only what follows its prefix and time part, which the recorded time gives back; any
/// other id is kept whole. A whole id holds `_`, a kept remainder never does (not in the alphabet).
enum StoredReportID {
    /// The prefix of price report ids.
    static let prefix = "prc_"

    /// What is stored for `id` of a report recorded at `recordedAt`.
    static func stored(_ id: String, recordedAt: Timestamp) -> String {
        let head = prefix + EntityID.timePart(at: recordedAt)
        guard id.utf8.starts(with: head.utf8) else { return id }
        let rest = Substring(id.utf8.dropFirst(head.utf8.count))
        return !rest.isEmpty && !rest.utf8.contains(underscore) ? String(rest) : id
    }

    /// `_`, which every whole id holds and no kept remainder does (looked for byte by byte).
    private static let underscore = UInt8(ascii: "_")

    /// The id `stored` stands for in a report recorded at `recordedAt`.
    static func id(_ stored: String, recordedAt: Timestamp) -> String {
        stored.utf8.contains(underscore) ? stored : prefix + EntityID.timePart(at: recordedAt) + stored
    }

    /// SQL of `stored(id, recordedAt)` for the two expressions.
    static func storedSQL(id: String, recordedAt: String) -> String {
        let head = "'\(prefix)' || \(EntityID.timePartSQL(recordedAt))", length = prefix.count + 10
        return """
            CASE WHEN substr(\(id), 1, \(length)) = \(head) AND length(\(id)) > \(length)
                AND instr(substr(\(id), \(length + 1)), '_') = 0
            THEN substr(\(id), \(length + 1)) ELSE \(id) END
            """
    }

    /// SQL of `id(stored, recordedAt)` for the two expressions.
    static func idSQL(stored: String, recordedAt: String) -> String {
        "CASE WHEN instr(\(stored), '_') > 0 THEN \(stored) ELSE '\(prefix)' || \(EntityID.timePartSQL(recordedAt)) || \(stored) END"
    }
}
