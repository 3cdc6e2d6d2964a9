import LumbungCore
import MicroHTTP

extension BodyReader {
    /// A list of up to 10 distinct commodity aliases (upper-case words), or nil when absent.
    mutating func aliases(_ field: String) -> [String]? {
        guard let value = value(field) else { return nil }
        guard case .array(let items) = value, items.count <= 10 else { fail(field, "must be an array of at most 10 words"); return nil }
        var aliases: [String] = []
        for item in items {
            guard case .string(let word) = item, Commodity.isValidAlias(word), !aliases.contains(word) else {
                fail(field, "must hold distinct upper-case words of 1 to 20 letters A-Z or digits, such as LPG")
                return nil
            }
            aliases.append(word)
        }
        return aliases
    }
}
