/// Answers one request; throwing a `Problem` (or any error) becomes a problem+json answer.
public typealias Handler = @Sendable (Request) throws -> Response

/// Answers a writing request in two steps: the first (checks and reads of committed data, e.g. who calls) runs on
/// the worker thread that read the request and returns the second (the write), which with `WriteGroups` runs on
/// the writer thread; a first step that throws answers at once, without waiting for the writer.
public typealias StagedHandler = @Sendable (Request) throws -> () throws -> Response

/// A route: a method, a path template such as `/v1/outlets/{id}`, and its handler. A class, so that a request's
/// match and its metrics hold the route by one reference, and the route's identity names it cheaply.
public final class Route: Sendable {
    /// The method in upper case.
    public let method: String
    /// The path template, used as the route's name in logs and metrics.
    public let template: String
    /// The largest body accepted, in bytes; nil uses the server's default.
    public let bodyLimit: Int?
    /// Whether the handler runs off the server's worker threads (for slow handlers such as reports): its
    /// connection is suspended meanwhile, so the worker goes on serving its other connections.
    public let offloaded: Bool
    /// The code that answers.
    public let handler: Handler
    /// The same code in two steps, for a route added with `add(_:_:bodyLimit:staged:)`.
    public let staged: StagedHandler?

    /// A route answering `method` at `template` with `handler` (and `staged`, its two steps, if it has them).
    init(method: String, template: String, bodyLimit: Int?, offloaded: Bool, handler: @escaping Handler,
         staged: StagedHandler?) {
        self.method = method
        self.template = template
        self.bodyLimit = bodyLimit
        self.offloaded = offloaded
        self.handler = handler
        self.staged = staged
    }
}

/// The outcome of looking up a method and path.
public enum RouteMatch: Sendable {
    /// A route answers; `parameters` holds the `{name}` segment values.
    case found(Route, parameters: [String: String])
    /// The path is known, but not for this method.
    case methodNotAllowed(allowed: [String])
    /// No route has this path.
    case notFound
}

/// Maps method and path to handlers; literal segments win over `{parameter}` segments.
public struct Router: Sendable {
    private var root = Node()
    /// The routes of templates without `{parameter}` segments, by template (each with its few methods): most
    /// requests are answered from here with one lookup, without cutting their path into segments.
    private var literalPaths: [String: [Route]] = [:]
    /// Every route, in the order added.
    public private(set) var routes: [Route] = []
    /// Answers a path no route has (for example with a page for browsers); nil answers 404 problem+json.
    public var unknownPath: Handler?
    /// Why routes added so far clash: a second route for one method and path, or one segment named two ways.
    public private(set) var conflicts: [String] = []

    /// An empty router.
    public init() {}

    /// Adds a route; `{name}` segments of `template` match any one segment. An `offloaded` route's handler runs
    /// off the worker threads (see `Route.offloaded`).
    public mutating func add(_ method: String, _ template: String, bodyLimit: Int? = nil, offloaded: Bool = false,
                             _ handler: @escaping Handler) {
        add(Route(method: method, template: template, bodyLimit: bodyLimit, offloaded: offloaded, handler: handler, staged: nil))
    }

    /// Adds a route answered in two steps (see `StagedHandler`); answered in one go, it runs both.
    public mutating func add(_ method: String, _ template: String, bodyLimit: Int? = nil, staged: @escaping StagedHandler) {
        add(Route(method: method, template: template, bodyLimit: bodyLimit, offloaded: false,
                  handler: { try staged($0)() }, staged: staged))
    }

    /// Adds `route` to the tree, the literal paths and the list.
    private mutating func add(_ route: Route) {
        let template = route.template, method = route.method
        if !isKnownUniquelyReferenced(&root) { root = root.copied() }  // a copy of this router keeps its own tree
        root.insert(route, segments: Self.segments(of: template)[...], conflicts: &conflicts)
        if !template.contains("{"), literalPaths[template]?.contains(where: { $0.method == method }) != true {
            literalPaths[template, default: []].append(route)
        }
        routes.append(route)
    }

    /// Throws when routes clash, naming each clash, so that a service refuses to start with an ambiguous table.
    public func validate() throws(RouteConflict) {
        guard conflicts.isEmpty else { throw RouteConflict(descriptions: conflicts) }
    }

    /// Finds the route for `method` and `path`; `HEAD` is answered by the `GET` route.
    public func match(method: String, path: String) -> RouteMatch {
        var parameters: [String: String] = [:]
        var allowed: Set<String> = []
        let wanted = method == "HEAD" ? "GET" : method
        // A literal route for this exact path and method is what the tree would find too (literals win).
        if let route = literalPaths[path]?.first(where: { $0.method == wanted }) { return .found(route, parameters: parameters) }
        var path = path
        if let route = path.withUTF8({ root.find(wanted, in: $0, from: 0, &parameters, &allowed) }) {
            return .found(route, parameters: parameters)
        }
        if allowed.isEmpty { return .notFound }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        return .methodNotAllowed(allowed: allowed.sorted())
    }

    /// The non-empty segments between slashes of a template, cut on the bytes (a slash is ASCII, so never inside a
    /// character).
    private static func segments(of template: String) -> [Substring] {
        template.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }
}

/// One path segment's position in the routing tree. A request's path is matched on its bytes, without cutting it
/// into strings: each node has few children, so comparing bytes costs less than hashing a segment. A class, so that
/// walking the tree passes references instead of copying each node's lists; it is changed only while routes are added,
/// before the router is shared (`Router` copies it on write, `copied()`).
private final class Node: @unchecked Sendable {
    /// The bytes of each literal segment that leads on from here, beside `literalChildren` (same order).
    var literalSegments: [[UInt8]] = []
    /// The node each of `literalSegments` leads to.
    var literalChildren: [Node] = []
    var parameterName: String?
    var parameterChild: Node?
    /// The routes ending here, one per method.
    var routes: [Route] = []

    /// A deep copy, for a router copied before a route is added to it.
    func copied() -> Node {
        let copy = Node()
        copy.literalSegments = literalSegments
        copy.literalChildren = literalChildren.map { $0.copied() }
        copy.parameterName = parameterName
        copy.parameterChild = parameterChild?.copied()
        copy.routes = routes
        return copy
    }

    func insert(_ route: Route, segments: ArraySlice<Substring>, conflicts: inout [String]) {
        guard let first = segments.first else {
            if let earlier = routes.first(where: { $0.method == route.method }) {
                conflicts.append("\(route.method) \(route.template) repeats \(earlier.method) \(earlier.template)")
            } else {
                routes.append(route)
            }
            return
        }
        let rest = segments.dropFirst()
        if first.hasPrefix("{") && first.hasSuffix("}") {
            let name = String(first.dropFirst().dropLast())
            if let parameterName, parameterName != name {
                conflicts.append("\(route.method) \(route.template) names segment {\(parameterName)} as {\(name)}")
            }
            parameterName = parameterName ?? name
            let child = parameterChild ?? Node()
            parameterChild = child
            child.insert(route, segments: rest, conflicts: &conflicts)
        } else {
            let segment = Array(first.utf8)
            if let index = literalSegments.firstIndex(of: segment) {
                literalChildren[index].insert(route, segments: rest, conflicts: &conflicts)
            } else {
                let node = Node()
                node.insert(route, segments: rest, conflicts: &conflicts)
                literalSegments.append(segment)
                literalChildren.append(node)
            }
        }
    }

    /// The route for `method` at the rest of `path` from byte `start`; collects the methods the path has when it
    /// has none for `method`. Empty segments (doubled slashes) are skipped, as templates have none.
    func find(_ method: String, in path: UnsafeBufferPointer<UInt8>, from start: Int,
              _ parameters: inout [String: String], _ allowed: inout Set<String>) -> Route? {
        let slash = UInt8(ascii: "/")
        var begin = start
        while begin < path.count && path[begin] == slash { begin += 1 }
        guard begin < path.count else {
            if let route = routes.first(where: { $0.method == method }) { return route }
            allowed.formUnion(routes.map(\.method))
            return nil
        }
        var end = begin
        while end < path.count && path[end] != slash { end += 1 }
        let segment = UnsafeBufferPointer(rebasing: path[begin..<end])
        if let index = literalSegments.firstIndex(where: { $0.elementsEqual(segment) }),
           let route = literalChildren[index].find(method, in: path, from: end, &parameters, &allowed) {
            return route
        }
        if let name = parameterName, let child = parameterChild,
           let route = child.find(method, in: path, from: end, &parameters, &allowed) {
            parameters[name] = String(decoding: segment, as: UTF8.self)
            return route
        }
        return nil
    }
}

/// Routes that cannot all be served as declared; the service must not start with them.
public struct RouteConflict: Error, CustomStringConvertible {
    /// One line per clash.
    public let descriptions: [String]

    /// The clashes, one per line.
    public var description: String { "Conflicting routes:\n" + descriptions.joined(separator: "\n") }
}
