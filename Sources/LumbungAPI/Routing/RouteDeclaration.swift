import MicroHTTP

/// One route, said once: method, path, who may call it, idempotency, body limit, its OpenAPI
/// operation and its handler. `Routes.swift` lists them all.
struct RouteDeclaration: Sendable {
    /// How a route treats `Idempotency-Key`.
    enum Idempotency: Sendable, Equatable {
        /// Not honoured.
        case none
        /// The router runs the handler at most once per (token, key).
        case byKey
        /// Honoured by the handler itself (it answers a replay differently, e.g. without a secret).
        case byHandler
    }

    /// The body a route accepts.
    enum BodyLimit: Sendable {
        /// The server's default limit.
        case standard
        /// The CSV import limit.
        case csv
    }

    /// What answering a route costs the server.
    enum Cost: Sendable, Equatable {
        /// Quick: answered on the worker thread that read the request.
        case ordinary
        /// A report: answered off the worker threads, within the limits of expensive requests (429 over them).
        case report
        /// A report page of `area`: as `report`, but over the limits it answers an Indonesian page.
        case reportPage(WebArea)
    }

    /// A handler of the API, given the admitted caller.
    typealias Handler = @Sendable (LumbungAPI) -> @Sendable (Request, Caller) throws -> Response
    /// A writing handler of the API in two steps, given the admitted caller: the first reads and checks the body
    /// on the worker thread and returns the second, the write, which runs on the writer (see `StagedHandler`).
    typealias StagedWrite = @Sendable (LumbungAPI) -> @Sendable (Request, Caller) throws -> () throws -> Response

    /// The method in upper case.
    let method: String
    /// The path template, e.g. `/v1/outlets/{id}`.
    let path: String
    /// Who may call it.
    let access: RouteAccess
    /// How `Idempotency-Key` is treated.
    let idempotency: Idempotency
    /// The largest body accepted.
    let bodyLimit: BodyLimit
    /// Whether it is a report, answered off the worker threads and within the expensive request limits.
    let cost: Cost
    /// The `operationId` describing it in `/openapi.json`; nil for web pages, which are not part of the API.
    let operationID: String?
    /// The code that answers.
    let handler: Handler
    /// The same code in two steps, for a route declared with a `StagedWrite`.
    let staged: StagedWrite?

    /// True for routes that change something (every method but GET and HEAD, and never a report).
    var writes: Bool { method != "GET" && method != "HEAD" && cost == .ordinary }

    /// A route whose handler reads the admitted caller.
    init(_ method: String, _ path: String, _ access: RouteAccess, idempotency: Idempotency = .none,
         bodyLimit: BodyLimit = .standard, cost: Cost = .ordinary, operation operationID: String?,
         staged: StagedWrite? = nil, _ handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.idempotency = idempotency
        self.bodyLimit = bodyLimit
        self.cost = cost
        self.operationID = operationID
        self.handler = handler
        self.staged = staged
    }

    /// A writing route whose handler reads and checks its body before the write (see `StagedWrite`).
    init(_ method: String, _ path: String, _ access: RouteAccess, idempotency: Idempotency = .none,
         operation operationID: String?, staged: @escaping StagedWrite) {
        self.init(method, path, access, idempotency: idempotency, operation: operationID, staged: staged) { api in
            let bound = staged(api)
            return { request, caller in try bound(request, caller)() }
        }
    }

    /// A route whose handler needs only the request.
    init(_ method: String, _ path: String, _ access: RouteAccess, idempotency: Idempotency = .none,
         bodyLimit: BodyLimit = .standard, cost: Cost = .ordinary, operation operationID: String?,
         _ handler: @escaping @Sendable (LumbungAPI) -> @Sendable (Request) throws -> Response) {
        self.init(method, path, access, idempotency: idempotency, bodyLimit: bodyLimit, cost: cost,
                  operation: operationID) { api in
            let bound = handler(api)
            return { request, _ in try bound(request) }
        }
    }
}
