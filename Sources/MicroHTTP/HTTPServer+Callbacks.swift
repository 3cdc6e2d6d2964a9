import CMicroHTTPD
import Glibc

/// libmicrohttpd's access handler: builds state on the first call, gathers the body, answers on the last.
func accessHandler(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                   _ url: UnsafePointer<CChar>?, _ method: UnsafePointer<CChar>?, _ version: UnsafePointer<CChar>?,
                   _ uploadData: UnsafePointer<CChar>?, _ uploadDataSize: UnsafeMutablePointer<Int>?,
                   _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> MHD_Result {
    guard let cls, let connection, let url, let method, let uploadDataSize, let requestContext else { return MHD_Result.NO }
    let server = Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue()
    guard let existing = requestContext.pointee, lumbung_raw_refusal_of(existing) == 0 else {
        let state = server.beginRequest(connection, method: methodName(method), path: String(cString: url),
                                        refusal: lumbung_raw_refusal_of(requestContext.pointee))
        requestContext.pointee = Unmanaged.passRetained(state).toOpaque()
        // Refused before the body is read; answering on the first call makes libmicrohttpd close the connection.
        if let problem = server.refusalBeforeBody(state) {
            state.deadline?.lift()
            return server.queue(server.finish(state, problem.response), of: state, on: connection)
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
        // A body past the limit (chunked, so not refused up front) is answered 413 at once and the connection
        // closed shortly after, instead of reading and discarding a body that may never end. libmicrohttpd cannot
        // queue an answer while a body is arriving, so the answer is written to the socket directly.
        guard state.overLimit, !state.answered else { return MHD_Result.YES }
        state.answered = true
        guard let deadline = state.deadline else { return MHD_Result.NO }
        var refusal = server.finish(state, Problem.payloadTooLarge(limit: state.bodyLimit).response)
        refusal.headers.set(HTTPServer.requestIDHeader, state.requestID)
        refusal.headers.set("Connection", "close")
        refusal.write(to: deadline.socket, reason: "Payload Too Large")
        deadline.cutOff(afterMilliseconds: 500)
        return MHD_Result.YES
    }
    state.deadline?.lift()
    // Only a request handed to the offload queue or the writer has an answer kept for it (most have none to look for).
    if state.offloaded || state.submitted, let answer = state.takeAnswer() {
        return server.queue(answer, of: state, on: connection)
    }
    if let writes = server.writeQueue, state.writes {
        // No worker thread waits for the commit: the connection sleeps until the writer resumes it with the answer.
        if state.submitted { return MHD_Result.YES }
        if let refused = server.runFirstStep(state) {
            return server.queue(server.finish(state, refused.response, route: refused.route), of: state, on: connection)
        }
        state.submitted = writes.submit(WriteQueue.Waiting(state: state, connection: connection))
        if state.submitted { return MHD_Result.YES }
    }
    if state.runsOffloaded {
        guard !state.offloaded else { return MHD_Result.YES }  // woken before the answer is there
        state.offloaded = true
        server.offload(state, on: connection)
        return MHD_Result.YES
    }
    return server.queue(server.respond(to: state), of: state, on: connection)
}

/// libmicrohttpd's accept policy: a new connection is taken until the server begins to stop.
func acceptPolicy(_ cls: UnsafeMutableRawPointer?, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t) -> MHD_Result {
    guard let cls else { return MHD_Result.NO }
    return Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue().accepting.load(ordering: .relaxed) ? .YES : .NO
}

/// The hook libmicrohttpd's URI callback hands a request's raw query string to: kept with the connection until
/// the request's state is made.
func rawQueryArrived(_ connection: OpaquePointer?, _ query: UnsafePointer<CChar>?) {
    guard let connection, let query, let deadline = connectionDeadline(connection) else { return }
    deadline.rawQuery = String(cString: query)
}

/// libmicrohttpd's completion callback: releases the request's state.
func requestCompleted(_ cls: UnsafeMutableRawPointer?, _ connection: OpaquePointer?,
                      _ requestContext: UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
                      _ reason: MHD_RequestTerminationCode) {
    guard let cls, let requestContext, let state = requestContext.pointee else { return }
    guard lumbung_raw_refusal_of(state) == 0 else {  // refused before any state was made
        requestContext.pointee = nil
        return
    }
    Unmanaged<RequestState>.fromOpaque(state)._withUnsafeGuaranteedRef { state in
        state.detachQuery()  // in case no answer was queued (a refusal written directly)
        state.deadline?.requestEnded()
    }
    Unmanaged<RequestState>.fromOpaque(state).release()
    requestContext.pointee = nil
    Unmanaged<HTTPServer>.fromOpaque(cls).takeUnretainedValue().inFlight.subtract(1, ordering: .releasing)
}

extension HTTPServer {
    /// Creates the state of a new request from its headers; `refusal` is what the raw request line was found
    /// to break (`lumbung_raw_refusal`), 0 when nothing.
    func beginRequest(_ connection: OpaquePointer, method: String, path: String, refusal: Int32) -> RequestState {
        let refusal = refusal == 0 ? nil : Self.rawRefusal(refusal)  // most requests: no Problem made or destroyed
        inFlight.add(1, ordering: .acquiring)
        let headers = HTTPHeaders(fields: connectionValues(connection, kind: MHD_ValueKind.HEADER_KIND))
        let deadline = connectionDeadline(connection)
        let now = monotonicNanoseconds()  // one reading for the deadline and the request's start
        deadline?.restart(at: now)  // the headers are in; the body, if any, gets a fresh budget
        deadline?.requestBegan()
        let rawQuery = deadline?.rawQuery
        if rawQuery != nil { deadline?.rawQuery = nil }
        // Decoded when first read; without a raw query (none, or not seen) decoded at once.
        let query: QueryStorage = rawQuery != nil ? .pending(QueryArguments(connection: connection))
                                                  : .decoded(deadline != nil ? [:] : queryParameters(connection))
        let state = state(method: method, path: path, headers: headers, query: query, rawQuery: rawQuery,
                          clientAddress: deadline?.clientAddress ?? clientAddress(connection), deadline: deadline,
                          refusal: refusal, startedAt: now)
        return state
    }

    /// The state of a request whose head is known (since `startedAt`, monotonic nanoseconds): its route, body limit
    /// and request id; a request refused for its raw request line (`refusal`) matches no route.
    func state(method: String, path: String, headers: HTTPHeaders, query: QueryStorage, rawQuery: String?,
               clientAddress: String, deadline: ConnectionDeadline?, refusal: Problem? = nil,
               startedAt: UInt64 = monotonicNanoseconds()) -> RequestState {
        let match = refusal != nil ? .notFound : router.match(method: method, path: path)
        var limit = configuration.bodyLimit
        if case .found(let route, _) = match, let routeLimit = route.bodyLimit { limit = routeLimit }
        let requestID = headers["X-Request-Id"].flatMap(Self.acceptableRequestID) ?? nextRequestID()
        let state = RequestState(method: method, path: path, headers: headers, queryStorage: query, rawQuery: rawQuery, match: match,
                                 bodyLimit: limit, requestID: requestID, clientAddress: clientAddress,
                                 startedAt: startedAt, deadline: deadline)
        if let refusal { state.refusal = refusal }
        return state
    }

    /// Suspends the connection and runs the request's handler on the offload queue; its answer is queued when
    /// libmicrohttpd calls the access handler again after the connection is resumed.
    func offload(_ state: RequestState, on connection: OpaquePointer) {
        /// The connection handed to the offload queue; libmicrohttpd allows resuming it from any thread.
        struct Suspended: @unchecked Sendable { let connection: OpaquePointer }
        let suspended = Suspended(connection: connection)
        MHD_suspend_connection(connection)
        offloadQueue.async {
            state.keep(self.respond(to: state))
            self.resumable.withLock { if $0 { MHD_resume_connection(suspended.connection) } }
        }
    }

    /// Why a request must be refused before its body is read, if it must (inlined: most requests take the first
    /// return, and the caller then has no `Problem` to destroy): conflicting `Content-Length` fields
    /// leave the body's end in doubt (request smuggling), and a body declared over the limit is not worth reading.
    @inline(__always)
    func refusalBeforeBody(_ state: RequestState) -> Problem? {
        guard state.headers["Content-Length"] != nil else { return nil }  // most requests: one look at the headers
        if state.conflictingLengths { return .malformed("Content-Length is given twice with different values.") }
        if let length = state.declaredLength, length > state.bodyLimit { return .payloadTooLarge(limit: state.bodyLimit) }
        return nil
    }

    /// Answers a whole request in process, exactly as one read from a connection is answered (routing, body
    /// limit, handler, problems, request id, access log, metrics), but without a socket: for tests.
    public func respond(to request: Request) -> Response {
        let state = state(method: request.method, path: request.path, headers: request.headers, query: request.queryStorage,
                          rawQuery: request.rawQuery, clientAddress: request.clientAddress, deadline: nil)
        var response: Response
        if let problem = refusalBeforeBody(state) {
            response = finish(state, problem.response)
        } else {
            request.body.withUnsafeBufferPointer { state.append($0) }
            response = respond(to: state)
            if request.method == "HEAD" { response.body = [] }
        }
        response.headers.set(Self.requestIDHeader, state.requestID)
        return response
    }

    /// Runs the matched handler (or answers 404/405/413) and finishes the response.
    func respond(to state: RequestState) -> Response {
        let (response, route) = handle(state)
        return finish(state, response, route: route)
    }

    /// Runs the matched handler (or answers 404/405/413): the answer and the route that gave it.
    func handle(_ state: RequestState) -> (response: Response, route: Route?) {
        if state.overLimit { return (Problem.payloadTooLarge(limit: state.bodyLimit).response, nil) }
        switch state.match {
        case .notFound:
            if let refusal = state.refusal { return (refusal.response, nil) }  // a refused request matches no route
            let problem = Problem.notFound("No route for \(state.path).")
            guard let unknownPath = router.unknownPath else { return (problem.response, nil) }
            let request = Request(method: state.method, path: state.path, query: state.query, headers: state.headers,
                                  body: state.body, requestID: state.requestID)
            return ((try? unknownPath(request)) ?? problem.response, nil)
        case .methodNotAllowed(let allowed):
            return (Problem.methodNotAllowed(state.method, allowed: allowed).response, nil)
        case .found(let route, let parameters):
            do {
                if let secondStep = state.secondStep { return (try secondStep(), route) }
                return (try route.handler(request(state, parameters)), route)
            } catch {
                return (answer(error, state), route)
            }
        }
    }

    /// Runs the first step of a staged route's handler (see `StagedHandler`) on the calling worker thread and keeps
    /// the second in the state for the writer; returns the answer when the first step refused the request.
    func runFirstStep(_ state: RequestState) -> (response: Response, route: Route?)? {
        guard case .found(let route, let parameters) = state.match, let staged = route.staged else { return nil }
        do {
            state.secondStep = try staged(request(state, parameters))
            return nil
        } catch {
            return (answer(error, state), route)
        }
    }

    /// The request a handler sees, from the state and the route's path parameters.
    private func request(_ state: RequestState, _ parameters: [String: String]) -> Request {
        Request(method: state.method, path: state.path, queryStorage: state.queryStorage, rawQuery: state.rawQuery, headers: state.headers,
                body: state.body, requestID: state.requestID, parameters: parameters, clientAddress: state.clientAddress)
    }

    /// The problem answering a handler's error: its own when it is a `Problem`, the error mapper's, else 500.
    private func answer(_ error: any Error, _ state: RequestState) -> Response {
        if let problem = error as? Problem ?? errorMapper(error) { return problem.response }
        logger.error("handler failed", metadata: ["request_id": "\(state.requestID)", "error": "\(error)"])
        return Problem.internalError(requestID: state.requestID).response
    }

    /// Adds HSTS when the request reached a proxy over HTTPS, logs the access line and reports to the observer.
    /// The request id is added where the answer is sent (`queue`, `respond(to:)`, a refusal written directly),
    /// so that a response built once is not copied to add it.
    func finish(_ state: RequestState, _ response: consuming Response, route: Route? = nil) -> Response {
        var response = response  // moved, not copied: the caller gives it up
        if let proto = state.headers["X-Forwarded-Proto"], HTTPHeaders.sameName(proto, "https") {
            response.headers.set("Strict-Transport-Security", "max-age=31536000")
        }
        let seconds = Double(monotonicNanoseconds() - state.startedAt) / 1e9
        observer?.observe(method: state.method, route: route, status: response.status, seconds: seconds)
        if accessLogged {  // the line is not even formatted when the access log is off
            // Escaped whole but for the unit: the status and the microseconds are digits, so only the method and path
            // can need it (and "µ" would send every line down the escaping path, which looks at 0xC2 bytes).
            let line = "\(state.method) \(state.path) \(response.status) \(Int(seconds * 1e6))".escapingControlCharacters
            logger.info("\(line)µs", metadata: ["request_id": .string(state.requestID)])
        }
        return response
    }

    /// The problem of a request refused on its raw request line.
    static func rawRefusal(_ code: Int32) -> Problem? {
        switch code {
        case Int32(LUMBUNG_RAW_NUL_IN_PATH.rawValue):
            return Problem.malformed("The path holds a NUL byte (%00).")
        case Int32(LUMBUNG_RAW_TOO_MANY_PARAMETERS.rawValue):
            return Problem(status: 414, code: "malformed", title: "Too many query parameters",
                           detail: "The query holds more than \(LUMBUNG_MAX_QUERY_PARAMETERS) parameters.")
        case Int32(LUMBUNG_RAW_QUERY_TOO_LARGE.rawValue):
            return Problem(status: 414, code: "malformed", title: "Query too large",
                           detail: "The request target and its query parameters need more than a connection's memory "
                           + "(\(LUMBUNG_POOL_BYTES_PER_PARAMETER) bytes per parameter beside the target).")
        default:
            return nil
        }
    }

    /// A client-supplied request id, if it is short printable ASCII.
    static func acceptableRequestID(_ candidate: String) -> String? {
        let ok = !candidate.isEmpty && candidate.utf8.count <= LUMBUNG_MAX_REQUEST_ID && candidate.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        return ok ? candidate : nil
    }
}

/// The request method as a string; the common ones are static strings, not decoded from C each time.
func methodName(_ method: UnsafePointer<CChar>) -> String {
    if strcmp(method, "GET") == 0 { return "GET" }
    if strcmp(method, "POST") == 0 { return "POST" }
    if strcmp(method, "HEAD") == 0 { return "HEAD" }
    return String(cString: method)
}

/// Nanoseconds on the monotonic clock.
func monotonicNanoseconds() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
}
