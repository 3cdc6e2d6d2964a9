/// Indonesian display formatting for Rupiah amounts.
extension Money {
    /// Indonesian style with a dot thousands separator and no decimals:
    /// `Rp18.500`, `Rp1.234.567`, `Rp0`, `-Rp5.000`.
    public var formatted: String {
        let digits = Array(String(rawValue.magnitude).utf8)
        var bytes = Array((rawValue < 0 ? "-Rp" : "Rp").utf8)
        bytes.reserveCapacity(bytes.count + digits.count + digits.count / 3)
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { bytes.append(UInt8(ascii: ".")) }
            bytes.append(digit)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
