import CMicroHTTPD
import Glibc

/// The libmicrohttpd response a connection sent last, kept to be sent again when the connection's next answer is
/// the very same one (a route's answer built once, a cached read): only its `X-Request-Id` changes, so such an
/// answer is not created, given its header fields and freed again for every request.
// @unchecked Sendable because: only the pool thread serving its connection touches it, one request after another,
// and libmicrohttpd has let go of the response before it calls the access handler for the next request.
final class KeptResponse: @unchecked Sendable {
    /// Bodies up to this size are kept with their connection; a larger one (unless shared, e.g. cached) would hold
    /// too much memory per idle connection.
    static let largestBody = 16 * 1024
    /// The libmicrohttpd response, referenced until this object goes.
    let handle: OpaquePointer
    /// The answer it was made from; its status, fields and body are compared by identity with the next answer.
    private let response: Response
    /// Where libmicrohttpd keeps the value of the response's `X-Request-Id` field, and its length.
    private var requestID: (value: UnsafeMutablePointer<CChar>?, length: Int)

    /// Keeps `handle`, made from `response` (whose body is whole).
    init(handle: OpaquePointer, response: Response) {
        self.handle = handle
        self.response = response
        let value = lumbung_mhd_request_id(handle)
        requestID = (value, value.map { strlen($0) } ?? 0)
    }

    deinit {
        MHD_destroy_response(handle)
    }

    /// Whether `answer` is the answer kept: the same status and the very same storage of fields and body. Both are
    /// held here, so storage that is the same cannot have changed since (an array copies itself before a write
    /// while another holds it).
    func sends(_ answer: Response) -> Bool {
        guard answer.status == response.status, answer.headers.sharesStorage(with: response.headers),
              let body = answer.wholeBody, let keptBody = response.wholeBody else { return false }
        return body.count == keptBody.count && body.withUnsafeBufferPointer { one in
            keptBody.withUnsafeBufferPointer { $0.baseAddress == one.baseAddress }
        }
    }

    /// Puts `id` in the response's `X-Request-Id` field in place of the previous request's: written over it when
    /// as long (the common case: ids are counted up), else the field is replaced.
    func name(_ id: String) {
        var id = id
        let overwritten = id.withUTF8 { bytes in
            guard let value = requestID.value, bytes.count == requestID.length, let start = bytes.baseAddress
            else { return false }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { value.update(from: $0, count: bytes.count) }
            return true
        }
        guard !overwritten else { return }
        HTTPServer.setRequestID(id, on: handle)
        let value = lumbung_mhd_request_id(handle)
        requestID = (value, value.map { strlen($0) } ?? 0)
    }
}
