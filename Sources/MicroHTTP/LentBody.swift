/// A response body lent to libmicrohttpd without copying: its own copy of the bytes, which stays where it is
/// until the last reference to this object goes (libmicrohttpd's free callback releases it).
final class LentBody: @unchecked Sendable {
    /// Bodies at least this long are lent; shorter ones are copied by libmicrohttpd (one `malloc` and a short
    /// `memcpy` cost less than this object).
    static let smallest = 1024
    /// Where the bytes start.
    let start: UnsafeRawPointer
    /// The array whose storage holds the bytes: kept, never changed, so its storage neither moves nor goes.
    private let bytes: [UInt8]

    /// Keeps `bytes` (a non-empty array) for lending.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        start = bytes.withUnsafeBytes { UnsafeRawPointer($0.baseAddress!) }
    }
}
