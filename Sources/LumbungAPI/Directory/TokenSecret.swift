import Crypto

/// Bearer token secrets: generated at random, stored only as a SHA-256 hash.
public enum TokenSecret {
    private static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// A new secret: `lmb_` and 32 base32 characters (160 random bits).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let characters = (0..<32).map { _ in alphabet[Int(generator.next(upperBound: UInt8(32)))] }
        return "lmb_" + String(decoding: characters, as: UTF8.self)
    }

    /// The hex SHA-256 of a secret, as stored.
    public static func hash(_ secret: String) -> String {
        hex(SHA256.hash(data: Array(secret.utf8)))
    }

    /// The hex SHA-256 of arbitrary bytes.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.withUnsafeBytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { text in
                for (index, byte) in bytes.enumerated() {
                    text[2 * index] = hexDigits[Int(byte >> 4)]
                    text[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
                }
                return bytes.count * 2
            }
        }
    }

    /// The lower-case hexadecimal digits, by value.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
