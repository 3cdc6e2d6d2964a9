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
        digest.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
