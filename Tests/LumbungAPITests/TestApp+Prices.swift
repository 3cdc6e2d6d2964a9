import LumbungCore

/// Price, band and alert helpers for tests.
extension TestApp {
    /// `POST /v1/outlets/{outlet}/prices`.
    @discardableResult
    func reportPrice(_ outlet: String, _ price: Int, commodity: String = "lpg-3kg", observedAt: String? = nil,
                     token: String, key: String? = nil) throws -> APIResponse {
        let observed = observedAt.map { #","observedAt":"\#($0)""# } ?? ""
        return try request("POST", "/v1/outlets/\(outlet)/prices", token: token,
                           json: #"{"commodity":"\#(commodity)","price":\#(price)\#(observed)}"#,
                           headers: key.map { [("Idempotency-Key", $0)] } ?? [])
    }

    /// `POST /v1/bands`; `min`/`max` are left out when nil.
    @discardableResult
    func postBand(_ commodity: String, region: String, min: Int? = nil, max: Int? = nil,
                  effectiveFrom: String = "2025-10-01T00:00:00Z", token: String) throws -> APIResponse {
        var fields = [#""commodity":"\#(commodity)""#, #""region":"\#(region)""#, #""effectiveFrom":"\#(effectiveFrom)""#,
                      #""source":"test""#]
        if let min { fields.append(#""min":\#(min)"#) }
        if let max { fields.append(#""max":\#(max)"#) }
        return try request("POST", "/v1/bands", token: token, json: "{" + fields.joined(separator: ",") + "}")
    }

    /// `GET /v1/alerts?…` as `token`.
    func alerts(_ query: String = "", token: String? = nil) throws -> APIResponse {
        try request("GET", "/v1/alerts" + (query.isEmpty ? "" : "?" + query), token: token)
    }

    /// `GET /v1/bands/effective?…` for `commodity` in `region`.
    func effectiveBand(_ commodity: String, region: String? = nil, at: String? = nil) throws -> APIResponse {
        var target = "/v1/bands/effective?commodity=\(commodity)"
        if let region { target += "&region=\(region)" }
        if let at { target += "&at=\(at)" }
        return try request("GET", target)
    }

    /// Moves the test clock by whole hours.
    func advance(hours: Int64) {
        clock.advance(by: hours * Timestamp.millisecondsPerHour)
    }

    /// The stored status of an outlet's current price of `commodity`.
    func currentStatus(_ outlet: String, _ commodity: String = "lpg-3kg") throws -> String? {
        try sqlRows("SELECT status FROM current_prices WHERE outlet_id = ? AND commodity = ?", outlet, commodity).first?.first ?? nil
    }
}
