import CMicroHTTPD
import Glibc

/// libmicrohttpd's access handler: builds state on the first call, gathers the body, answers on the last.
func accessHandler(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                   _ url: UnsafePointer<CChar>?, _ method: UnsafePointer<CChar>?, _ version: UnsafePointer<CChar>?,
                   _ uploadData: UnsafePointer<CChar>?, _ uploadDataSize: UnsafeMutablePointer<Int>?,
                   _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> MHD_Result {
    guard let cls, let connection, let url, let method, let uploadDataSize, let requestContext else { return MHD_Result.NO }
    let server = Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue()
    guard let existing = requestContext.pointee else {
        let state = server.beginRequest(connection, method: String(cString: method), path: String(cString: url))
        requestContext.pointee = Unmanaged.passRetained(state).toOpaque()
        // A body declared larger than the limit is refused before it is read; the connection then closes.
        if let length = state.declaredLength, length > state.bodyLimit {
            state.deadline?.lift()
            return server.queue(server.finish(state, Problem.payloadTooLarge(limit: state.bodyLimit).response), on: connection)
        }
        return MHD_Result.YES  // answering on the first call would make libmicrohttpd close a kept-alive connection
    }
    let state = Unmanaged<RequestState>.fromOpaque(existing).takeUnretainedValue()
    if uploadDataSize.pointee > 0 {
        if let uploadData {
            uploadData.withMemoryRebound(to: UInt8.self, capacity: uploadDataSize.pointee) {
                state.append(UnsafeBufferPointer(start: $0, count: uploadDataSize.pointee))
            }
        }
        state.deadline?.received(bytes: uploadDataSize.pointee)
        uploadDataSize.pointee = 0
        return MHD_Result.YES
    }
    state.deadline?.lift()
    return server.queue(server.respond(to: state), on: connection)
}

/// libmicrohttpd's completion callback: releases the request's state.
func requestCompleted(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                      _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                      _ reason: MHD_RequestTerminationCode) {
    guard let cls, let requestContext, let state = requestContext.pointee else { return }
    Unmanaged<RequestState>.fromOpaque(state).takeUnretainedValue().deadline?.restart()  // for the next request
    Unmanaged<RequestState>.fromOpaque(state).release()
    requestContext.pointee = nil
    Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue().inFlight.subtract(1, ordering: .releasing)
}

extension HTTPServer {
    /// Creates the state of a new request from its headers.
    func beginRequest(_ connection: OpaquePointer, method: String, path: String) -> RequestState {
        inFlight.add(1, ordering: .acquiring)
        let headers = HTTPHeaders(connectionValues(connection, kind: MHD_ValueKind.HEADER_KIND))
        var query: [String: String] = [:]
        for (name, value) in connectionValues(connection, kind: MHD_ValueKind.GET_ARGUMENT_KIND) where query[name] == nil {
            query[name] = value
        }
        let deadline = connectionDeadline(connection)
        deadline?.restart()  // the headers are in; the body, if any, gets a fresh budget
        return state(method: method, path: path, headers: headers, query: query, deadline: deadline)
    }

    /// The state of a request whose head is known: its route, body limit and request id.
    func state(method: String, path: String, headers: HTTPHeaders, query: [String: String],
               deadline: ConnectionDeadline?) -> RequestState {
        let match = router.match(method: method, path: path)
        var limit = configuration.bodyLimit
        if case .found(let route, _) = match, let routeLimit = route.bodyLimit { limit = routeLimit }
        let requestID = headers["X-Request-Id"].flatMap(Self.acceptableRequestID) ?? nextRequestID()
        return RequestState(method: method, path: path, headers: headers, query: query, match: match,
                            bodyLimit: limit, requestID: requestID, startedAt: monotonicNanoseconds(), deadline: deadline)
    }

    /// Answers a whole request in process, exactly as one read from a connection is answered (routing, body
    /// limit, handler, problems, request id, access log, metrics), but without a socket: for tests.
    public func respond(to request: Request) -> Response {
        let state = state(method: request.method, path: request.path, headers: request.headers, query: request.query,
                          deadline: nil)
        request.body.withUnsafeBufferPointer { state.append($0) }
        var response = respond(to: state)
        if request.method == "HEAD" { response.body = [] }
        return response
    }

    /// Runs the matched handler (or answers 404/405/413) and finishes the response.
    func respond(to state: RequestState) -> Response {
        if state.overLimit { return finish(state, Problem.payloadTooLarge(limit: state.bodyLimit).response) }
        switch state.match {
        case .notFound:
            let problem = Problem.notFound("No route for \(state.path).")
            guard let unknownPath = router.unknownPath else { return finish(state, problem.response) }
            let request = Request(method: state.method, path: state.path, query: state.query, headers: state.headers,
                                  body: state.body, requestID: state.requestID)
            return finish(state, (try? unknownPath(request)) ?? problem.response)
        case .methodNotAllowed(let allowed):
            return finish(state, Problem.methodNotAllowed(state.method, allowed: allowed).response)
        case .found(let route, let parameters):
            var request = Request(method: state.method, path: state.path, query: state.query,
                                  headers: state.headers, body: state.body, requestID: state.requestID)
            request.parameters = parameters
            do {
                return finish(state, try route.handler(request), route: route.template)
            } catch {
                if let problem = error as? Problem ?? errorMapper(error) {
                    return finish(state, problem.response, route: route.template)
                }
                logger.error("handler failed", metadata: ["request_id": "\(state.requestID)", "error": "\(error)"])
                return finish(state, Problem.internalError(requestID: state.requestID).response, route: route.template)
            }
        }
    }

    /// Adds the request id, logs the access line and reports to the observer.
    func finish(_ state: RequestState, _ response: Response, route: String? = nil) -> Response {
        var response = response
        response.headers.set("X-Request-Id", state.requestID)
        let seconds = Double(monotonicNanoseconds() - state.startedAt) / 1e9
        observer?.observe(method: state.method, route: route, status: response.status, seconds: seconds)
        logger.info("\(state.method) \(state.path) \(response.status) \(Int(seconds * 1e6))µs",
                    metadata: ["request_id": "\(state.requestID)"])
        return response
    }

    /// Hands a response to libmicrohttpd for sending.
    func queue(_ response: Response, on connection: OpaquePointer) -> MHD_Result {
        let mhdResponse: OpaquePointer?
        if let stream = response.stream {
            mhdResponse = streamResponse(stream, on: connection)
        } else {
            mhdResponse = response.body.withUnsafeBytes { buffer in
                MHD_create_response_from_buffer(buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress),
                                                MHD_ResponseMemoryMode.RESPMEM_MUST_COPY)
            }
        }
        guard let mhdResponse else { return MHD_Result.NO }
        for (name, value) in response.headers {
            _ = MHD_add_response_header(mhdResponse, name, value)
        }
        let result = MHD_queue_response(connection, UInt32(response.status), mhdResponse)
        MHD_destroy_response(mhdResponse)
        return result
    }

    /// A libmicrohttpd response that pulls its body from `stream`, suspending while nothing is ready.
    private func streamResponse(_ stream: any ResponseStream, on connection: OpaquePointer) -> OpaquePointer? {
        let context = StreamContext(stream: stream, connection: connection)
        StreamRegistry.shared.add(context, server: self)
        stream.attach { [weak context] in context?.wake() }
        return MHD_create_response_from_callback(UInt64.max, 4096, streamReader,
                                                 Unmanaged.passRetained(context).toOpaque(), streamReleased)
    }

    /// A client-supplied request id, if it is short printable ASCII.
    static func acceptableRequestID(_ candidate: String) -> String? {
        let ok = !candidate.isEmpty && candidate.utf8.count <= 64 && candidate.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        return ok ? candidate : nil
    }
}

/// Nanoseconds on the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}
