extension StoredResponse {
    /// The header pairs as stored: one `name: value` line each.
    public var headerLines: String {
        headers.map { "\($0[0]): \($0[1])" }.joined(separator: "\n")
    }

    /// Header pairs read back from stored `name: value` lines (lines without a colon are skipped).
    public static func headers(fromLines text: String) -> [[String]] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return [String(parts[0]), String(parts[1].dropFirst())]
        }
    }
}
