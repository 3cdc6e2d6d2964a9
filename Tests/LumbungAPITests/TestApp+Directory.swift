import HTTPTestClient

extension TestApp {
    /// A few real regions of Banjarmasin and Jambi, including the fixture villages 63.71.01.1001 and 1002.
    static let sampleRegions = """
        kode,nama
        63,Kalimantan Selatan
        63.71,Kota Banjarmasin
        63.71.01,Banjarmasin Selatan
        63.71.01.1001,Mantuil
        63.71.01.1002,Kelayan Selatan
        63.71.01.1008,Kelayan Timur
        63.71.03,Banjarmasin Barat
        63.71.03.1005,Telawang
        15,Jambi
        15.71,Kota Jambi
        15.71.01,Telanaipura
        15.71.01.1001,Simpang IV Sipin

        """

    /// Sends one request with a raw body of any media type on a new connection.
    @discardableResult
    func request(_ method: String, _ target: String, token: String? = nil, contentType: String, body: [UInt8]) throws -> APIResponse {
        var headers = [("Content-Type", contentType)]
        if let token { headers.append(("Authorization", "Bearer \(token)")) }
        return APIResponse(try HTTPConnection(port: port).request(method, target, headers: headers, body: body))
    }

    /// Imports a region list as CSV text with an admin token; returns the answer.
    @discardableResult
    func importRegions(_ csv: String, token: String?) throws -> APIResponse {
        try request("POST", "/v1/regions/import", token: token, contentType: "text/csv", body: Array(csv.utf8))
    }

    /// Counts rows of the database with a `SELECT count(*) …` query.
    func count(_ sql: String) throws -> Int {
        Int(try sqlInt(sql) ?? 0)
    }
}
