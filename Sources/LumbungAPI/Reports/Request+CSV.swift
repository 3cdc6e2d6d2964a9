import LumbungCore
import MicroHTTP

extension Request {
    /// Whether the `Accept` header asks for CSV: `text/csv` listed with a q above 0 and no
    /// `application/json` listed with a higher q. Anything else gets JSON.
    var prefersCSV: Bool {
        guard let accept = headers["Accept"] else { return false }
        var csv = 0.0
        var json = 0.0
        for range in accept.split(separator: ",") {
            let parts = range.split(separator: ";").map { String($0).trimmingBlanks() }
            let quality = parts.dropFirst().first { $0.lowercased().hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            switch parts.first?.lowercased() {
            case "text/csv": csv = max(csv, quality)
            case "application/json": json = max(json, quality)
            default: break
            }
        }
        return csv > 0 && csv >= json
    }
}
