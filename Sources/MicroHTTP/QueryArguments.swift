import CMicroHTTPD
import Synchronization

/// A request's query parameters, decoded from libmicrohttpd's connection when first read: a request answered
/// without reading them (a cached stock check, kept under its raw query string) never builds the dictionary.
// @unchecked Sendable because: the connection is only read under the lock, and only until `detach`, which the
// server calls before libmicrohttpd frees the request's values.
final class QueryArguments: @unchecked Sendable {
    /// The connection to decode from (nil once detached) and what was decoded.
    private struct State: @unchecked Sendable {  // the pointer is used only under the lock
        var connection: OpaquePointer?
        var decoded: [String: String]?
    }

    private let state: Mutex<State>

    /// The parameters of the request `connection` is reading now.
    init(connection: OpaquePointer) {
        state = Mutex(State(connection: connection, decoded: nil))
    }

    /// The parameters; the first value wins when a name repeats.
    var dictionary: [String: String] {
        state.withLock { state in
            if let decoded = state.decoded { return decoded }
            let decoded = state.connection.map(queryParameters) ?? [:]
            state.decoded = decoded
            return decoded
        }
    }

    /// Forgets the connection before its values go: decodes them first when someone besides the server still
    /// holds these arguments (`shared`: a handler's request kept by a stream or a closure) and may read them later.
    func detach(shared: Bool) {
        state.withLock { state in
            guard let connection = state.connection else { return }
            if shared && state.decoded == nil { state.decoded = queryParameters(connection) }
            state.connection = nil
        }
    }
}

/// The decoded query parameters of the request a connection is reading; the first value wins when a name repeats.
func queryParameters(_ connection: OpaquePointer) -> [String: String] {
    let arguments = connectionValues(connection, kind: MHD_ValueKind.GET_ARGUMENT_KIND)
    var query = [String: String](minimumCapacity: arguments.count)  // sized once
    for argument in arguments.reversed() { query[argument.name] = argument.value }  // so the first value wins
    return query
}
