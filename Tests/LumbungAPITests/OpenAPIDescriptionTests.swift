import MicroHTTP
import Testing

/// Structural rules of the served OpenAPI description: every route described, path parameters declared, the
/// problems each operation can produce listed as problem+json, references resolvable, and every key of every
/// answer required (the contract: "response objects always carry every key listed").
@Suite struct OpenAPIDescriptionTests {
    /// Keys that answers carry only sometimes, each by the contract: `distanceKm` only with `near`; problem
    /// extras only for their codes; the health `detail` only when the database does not answer.
    private static let optionalKeys: Set<String> = ["distanceKm", "errors", "available", "line", "reason", "detail"]
    /// The operations whose path parameters never give 404: an unknown commodity id is added, not missing.
    private static let without404: Set<String> = ["putCommodity"]
    /// The methods of an OpenAPI path item.
    private static let methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    private let document: JSON
    private let routes: [(method: String, template: String)]

    init() throws {
        let app = try TestApp()
        let answer = try app.request("GET", "/openapi.json")
        #expect(answer.status == 200)
        document = answer.json
        routes = try app.application.api.makeRouter().routes.map { ($0.method.lowercased(), $0.template) }
            .filter { $0.1.hasPrefix("/v1") || ["/healthz", "/metrics", "/openapi.json"].contains($0.1) }
    }

    /// Every operation of the document: (method, path template, operation object).
    private var operations: [(method: String, path: String, operation: JSON)] {
        guard case .object(let paths)? = document["paths"] else { return [] }
        return paths.flatMap { path, item in
            Self.methods.compactMap { method in item[method].map { (method, path, $0) } }
        }
    }

    @Test func describesExactlyTheRoutesOfTheRouter() {
        #expect(document["openapi"] == .string("3.1.0"))
        for route in routes {
            #expect(document["paths"]?[route.template]?[route.method] != nil, "\(route.method) \(route.template) is not described")
        }
        for operation in operations {
            #expect(routes.contains { $0 == (operation.method, operation.path) },
                    "\(operation.method) \(operation.path) is described but not routed")
        }
        let ids = operations.compactMap { text($0.operation["operationId"]) }
        #expect(ids.count == operations.count && Set(ids).count == ids.count, "operationIds must be unique")
    }

    @Test func declaresEveryPathParameterOfItsTemplate() {
        for (method, path, operation) in operations {
            let names = path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
            let declared = parameters(of: operation).filter { $0["in"] == .string("path") }
            #expect(declared.compactMap { text($0["name"]) } == names, "\(method) \(path): path parameters")
            #expect(declared.allSatisfy { $0["required"] == .bool(true) }, "\(method) \(path): path parameters are required")
        }
    }

    @Test func listsTheProblemsEachOperationCanProduce() {
        for (method, path, operation) in operations {
            let label = "\(method) \(path)"
            let statuses = responses(of: operation).map(\.key)
            #expect(statuses.contains { $0.hasPrefix("2") }, "\(label) has no 2xx answer")
            var expected: Set<String> = []
            if requiresToken(operation) { expected.insert("401") }
            if path.contains("{"), !Self.without404.contains(text(operation["operationId"]) ?? "") {
                expected.insert("404")
            }
            if operation["requestBody"] != nil { expected.formUnion(["400", "413", "415", "422"]) }
            let parameters = parameters(of: operation)
            if parameters.contains(where: { $0["in"] == .string("query") }) { expected.insert("400") }
            if parameters.contains(where: { $0["name"] == .string("Idempotency-Key") }) { expected.formUnion(["400", "422"]) }
            for status in expected.sorted() {
                #expect(statuses.contains(status), "\(label) does not list \(status)")
            }
        }
    }

    @Test func everyAnswerHasItsRequestIDAndEvery4xxIsProblemJSON() {
        for (method, path, operation) in operations {
            for (status, response) in responses(of: operation) {
                let label = "\(method) \(path) \(status)"
                #expect(resolve(response["headers"]?["X-Request-Id"])?["required"] == .bool(true), "\(label) lacks X-Request-Id")
                guard status.hasPrefix("4") else { continue }
                let schema = response["content"]?["application/problem+json"]?["schema"]
                guard case .array(let parts)? = schema?["allOf"], parts.count == 2 else {
                    Issue.record("\(label) is not application/problem+json"); continue
                }
                #expect(parts[0]["$ref"] == .string("#/components/schemas/Problem"), "\(label) is not a Problem")
                #expect(parts[1]["properties"]?["status"]?["const"] == .number(status), "\(label) names another status")
                if status == "401" { #expect(response["headers"]?["WWW-Authenticate"] != nil, "\(label) lacks WWW-Authenticate") }
            }
        }
    }

    @Test func everyReferenceResolves() {
        var references: [String] = []
        collect(document) { schema in if case .string(let ref)? = schema["$ref"] { references.append(ref) } }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(resolve(.object([("$ref", .string(reference))])) != nil, "\(reference) does not resolve")
        }
    }

    @Test func answersRequireEveryKeyTheyList() {
        var answers: [(label: String, schema: JSON)] = [("components", document["components"]?["schemas"] ?? .null)]
        for (method, path, operation) in operations {
            for (status, response) in responses(of: operation) {
                guard case .object(let content)? = response["content"] else { continue }
                answers += content.map { ("\(method) \(path) \(status) \($0.key)", $0.value["schema"] ?? .null) }
            }
        }
        for (label, schema) in answers {
            collect(schema) { object in
                guard object["type"] == .string("object"), case .object(let properties)? = object["properties"] else { return }
                let required = Set(requiredKeys(object))
                for key in properties.map(\.key) where !Self.optionalKeys.contains(key) {
                    #expect(required.contains(key), "\(label): \(key) is not required")
                }
            }
        }
    }

    /// The parameters of an operation.
    private func parameters(of operation: JSON) -> [JSON] {
        if case .array(let list)? = operation["parameters"] { return list }
        return []
    }

    /// The responses of an operation by status.
    private func responses(of operation: JSON) -> [(key: String, value: JSON)] {
        if case .object(let members)? = operation["responses"] { return members }
        return []
    }

    /// `value`, or what it refers to when it is a `$ref` into this document.
    private func resolve(_ value: JSON?) -> JSON? {
        guard let reference = text(value?["$ref"]) else { return value }
        guard reference.hasPrefix("#/") else { return nil }
        var target: JSON? = document
        for part in reference.dropFirst(2).split(separator: "/") { target = target?[String(part)] }
        return target
    }

    /// The text of a JSON string.
    private func text(_ value: JSON?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    /// The `required` keys of a schema.
    private func requiredKeys(_ schema: JSON) -> [String] {
        guard case .array(let keys)? = schema["required"] else { return [] }
        return keys.compactMap { if case .string(let key) = $0 { key } else { nil } }
    }

    /// Whether every security requirement of an operation needs the bearer token (none is empty).
    private func requiresToken(_ operation: JSON) -> Bool {
        guard case .array(let requirements)? = operation["security"], !requirements.isEmpty else { return false }
        return requirements.allSatisfy { if case .object(let schemes) = $0 { !schemes.isEmpty } else { false } }
    }

    /// Calls `visit` on `value` and every object nested in it.
    private func collect(_ value: JSON, _ visit: (JSON) -> Void) {
        switch value {
        case .object(let members):
            visit(value)
            members.forEach { collect($0.value, visit) }
        case .array(let items):
            items.forEach { collect($0, visit) }
        default:
            break
        }
    }
}
