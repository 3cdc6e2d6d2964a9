import CMicroHTTPD

/// Handing answers to libmicrohttpd: a whole body lent or copied, or a stream pulled as it is ready, with the
/// request's id and the answer's headers.
extension HTTPServer {
    /// Hands a response to libmicrohttpd for sending, with the request id of `state` in `X-Request-Id`. The
    /// connection's previous response is sent again when this answer is the same (see `KeptResponse`). While the
    /// server stops, every answer carries `Connection: close`, so each connection ends after its answer.
    func queue(_ response: Response, of state: RequestState, on connection: OpaquePointer) -> MHD_Result {
        state.detachQuery()  // the handler is done
        let draining = !accepting.load(ordering: .relaxed)
        if !draining, let kept = state.deadline?.keptResponse, kept.sends(response) {
            kept.name(state.requestID)
            return MHD_queue_response(connection, UInt32(response.status), kept.handle)
        }
        let mhdResponse: OpaquePointer?
        if let stream = response.stream {
            mhdResponse = streamResponse(stream, on: connection)
        } else {
            mhdResponse = lentResponse(response.body)
        }
        guard let mhdResponse else { return MHD_Result.NO }
        for (name, value) in response.headers where !HTTPHeaders.sameName(name, Self.requestIDHeader) {
            // withCString lends a native string's own bytes, no copy
            _ = name.withCString { name in value.withCString { MHD_add_response_header(mhdResponse, name, $0) } }
        }
        Self.setRequestID(state.requestID, on: mhdResponse)
        if draining { _ = MHD_add_response_header(mhdResponse, "Connection", "close") }
        let result = MHD_queue_response(connection, UInt32(response.status), mhdResponse)
        if let deadline = state.deadline, let body = response.wholeBody, body.count <= KeptResponse.largestBody {
            deadline.keptResponse = KeptResponse(handle: mhdResponse, response: response)
        } else {
            MHD_destroy_response(mhdResponse)
        }
        return result
    }

    /// Puts `requestID` in the `X-Request-Id` field of `response`, replacing the one it has; the id's bytes are
    /// lent as they are (a short id is kept inline, and `withCString` would copy it to the heap).
    static func setRequestID(_ requestID: String, on response: OpaquePointer) {
        var id = requestID
        _ = id.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { lumbung_mhd_set_request_id(response, $0.baseAddress, $0.count) }
        }
    }

    /// A libmicrohttpd response sending `body`. A large body (a cached stock check's 8 KiB) is lent rather than
    /// copied: the array is kept by a `LentBody` until libmicrohttpd frees the response; a small one costs less
    /// to copy than to keep.
    private func lentResponse(_ body: [UInt8]) -> OpaquePointer? {
        guard body.count >= LentBody.smallest else {
            return body.withUnsafeBytes { buffer in
                MHD_create_response_from_buffer(buffer.count, UnsafeMutableRawPointer(mutating: buffer.baseAddress),
                                                MHD_ResponseMemoryMode.RESPMEM_MUST_COPY)
            }
        }
        let lent = LentBody(body)
        let keeper = Unmanaged.passRetained(lent).toOpaque()
        let response = MHD_create_response_from_buffer_with_free_callback_cls(
            body.count, UnsafeMutableRawPointer(mutating: lent.start), { keeper in
                keeper.map { Unmanaged<LentBody>.fromOpaque($0).release() }
            }, keeper)
        if response == nil { Unmanaged<LentBody>.fromOpaque(keeper).release() }
        return response
    }

    /// A libmicrohttpd response that pulls its body from `stream`, suspending while nothing is ready.
    private func streamResponse(_ stream: any ResponseStream, on connection: OpaquePointer) -> OpaquePointer? {
        let context = StreamContext(stream: stream, connection: connection)
        StreamRegistry.shared.add(context, server: self)
        stream.attach { [weak context] in context?.wake() }
        return MHD_create_response_from_callback(UInt64.max, 4096, streamReader,
                                                 Unmanaged.passRetained(context).toOpaque(), streamReleased)
    }

    /// The header naming the request on every answer.
    static let requestIDHeader = "X-Request-Id"
}
