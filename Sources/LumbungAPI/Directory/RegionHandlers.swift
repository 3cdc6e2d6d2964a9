import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The longest `q` accepted by the region search.
    static let maximumSearchLength = 100

    /// `GET /v1/regions` (public): provinces; `?parent=` its children; `?q=` names containing the text.
    func listRegions(_ request: Request) throws -> Response {
        let query = QueryReader(request: request)
        let parent = try query.region("parent")
        let text = query.text("q")
        if let text, text.unicodeScalars.count > Self.maximumSearchLength {
            throw QueryReader.malformed("q", "must be at most \(Self.maximumSearchLength) characters")
        }
        let page = try query.page()
        return .json(try storage.regions(RegionQuery(parent: parent, text: text), page: page).json(DirectoryJSON.region))
    }

    /// `GET /v1/regions/{code}` (public).
    func region(_ request: Request) throws -> Response {
        let text = request.parameters["code"] ?? ""
        guard let code = RegionCode(text), let region = try storage.region(code: code) else {
            throw DomainError.notFound("No region \(text).")
        }
        return .json(DirectoryJSON.region(region))
    }

    /// `POST /v1/regions/import` (admin): upserts a whole `kode,nama` CSV list, all or nothing.
    func importRegions(_ request: Request) throws -> Response {
        guard request.mediaType == "text/csv" else {
            throw Problem(status: 415, code: "unsupported_media_type", title: "Unsupported media type",
                          detail: "Send the region list as text/csv.")
        }
        do {
            let imported = try storage.importRegions(csv: request.body)
            return .json(.object([("imported", .int(imported))]))
        } catch .notUTF8 as RegionListError {
            throw Problem.malformed(RegionListError.notUTF8.description)
        } catch .badLine(let line, let field, let message) as RegionListError {
            throw Problem(status: 422, code: "invalid", title: "Invalid request",
                          detail: "Line \(line), \(field): \(message). Nothing was imported.",
                          extra: [("line", .int(line)),
                                  ("errors", .array([.object([("field", .string(field)), ("message", .string(message))])]))])
        }
    }
}
