import Glibc

/// Header field names most requests carry, spelled as browsers and tools send them: a name that arrives spelled
/// exactly so is taken from here instead of being decoded into a new string for every request.
enum CommonHeaderNames {
    /// Each name as static bytes to compare with and as the string to hand out.
    private static let names: [(bytes: StaticString, name: String)] = [
        ("Host", "Host"), ("User-Agent", "User-Agent"), ("Accept", "Accept"), ("Accept-Encoding", "Accept-Encoding"),
        ("Accept-Language", "Accept-Language"), ("Connection", "Connection"), ("Content-Type", "Content-Type"),
        ("Content-Length", "Content-Length"), ("Authorization", "Authorization"), ("Cache-Control", "Cache-Control"),
        ("Cookie", "Cookie"), ("Referer", "Referer"), ("Origin", "Origin"), ("X-Request-Id", "X-Request-Id"),
        ("X-Forwarded-For", "X-Forwarded-For"), ("X-Forwarded-Proto", "X-Forwarded-Proto"),
    ]

    /// The kept string equal to the `count` bytes at `start`, if they spell one of the names exactly.
    static func name(at start: UnsafePointer<CChar>, count: Int) -> String? {
        for entry in names where entry.bytes.utf8CodeUnitCount == count {
            if memcmp(entry.bytes.utf8Start, start, count) == 0 { return entry.name }
        }
        return nil
    }
}
