/// A response body produced over time, such as a server-sent event stream.
public protocol ResponseStream: AnyObject, Sendable {
    /// Called on a server thread when the client can take more: bytes to send now, `[]` when nothing
    /// is ready yet (the connection is suspended until `wake` is called), or nil to end the response.
    func next() -> [UInt8]?
    /// Called once before the first `next()` with a function that resumes the connection when more is ready.
    func attach(wake: @escaping @Sendable () -> Void)
    /// Called once when the connection ends (client gone or server stopping).
    func close()
}
