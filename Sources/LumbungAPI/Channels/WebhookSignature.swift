import Crypto
import LumbungCore
import MicroHTTP

/// The gateway app's webhook signature: lower-case hex HMAC-SHA256, keyed with the shared secret,
/// over the raw body followed by the `X-Timestamp` value (Unix seconds).
enum WebhookSignature {
    /// How far `X-Timestamp` may lie from now, in seconds.
    static let toleranceSeconds: Int64 = 300

    /// The signature of `body` sent at `timestamp`.
    static func sign(body: [UInt8], timestamp: String, secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: body + Array(timestamp.utf8), using: SymmetricKey(data: Array(secret.utf8)))
        return code.map { byte in byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }.joined()
    }

    /// Throws 401 unless the request carries a fresh timestamp and the right signature.
    static func verify(_ request: Request, secret: String, now: Timestamp) throws {
        guard let timestamp = request.headers["X-Timestamp"], let signature = request.headers["X-Signature"] else {
            throw refusal("X-Timestamp and X-Signature are required.")
        }
        guard let seconds = Int64(timestamp), abs(seconds - now.millisecondsSinceEpoch / 1000) <= toleranceSeconds else {
            throw refusal("X-Timestamp must be Unix seconds within \(toleranceSeconds) s of now.")
        }
        let expected = Array(sign(body: request.body, timestamp: timestamp, secret: secret).utf8)
        let given = Array(signature.lowercased().utf8)
        guard given.count == expected.count, zip(given, expected).reduce(0, { $0 | ($1.0 ^ $1.1) }) == 0 else {
            throw refusal("X-Signature does not match the body and X-Timestamp.")
        }
    }

    /// A 401 problem saying what was wrong with the signature.
    private static func refusal(_ detail: String) -> Problem {
        Problem(status: 401, code: "unauthenticated", title: "Unauthenticated", detail: detail,
                headers: HTTPHeaders([("WWW-Authenticate", "X-Signature")]))
    }
}
