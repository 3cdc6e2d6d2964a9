import Foundation
import HTTPTestClient
import MicroHTTP
import Synchronization
import Testing

/// A stream fed from outside: `push` queues bytes and wakes the connection; `finish` ends it.
final class PushStream: ResponseStream {
    private let state = Mutex<(queue: [[UInt8]], finished: Bool, wake: (@Sendable () -> Void)?)>(([], false, nil))
    private let closedFlag = Atomic<Bool>(false)

    /// Whether the server has closed this stream.
    var isClosed: Bool { closedFlag.load(ordering: .acquiring) }

    func next() -> [UInt8]? {
        state.withLock { state in
            if !state.queue.isEmpty { return state.queue.removeFirst() }
            return state.finished ? nil : []
        }
    }

    func attach(wake: @escaping @Sendable () -> Void) { state.withLock { $0.wake = wake } }
    func close() { closedFlag.store(true, ordering: .releasing) }

    func push(_ text: String) {
        let wake = state.withLock { state in
            state.queue.append(Array(text.utf8))
            return state.wake
        }
        wake?()
    }

    func finish() {
        let wake = state.withLock { state in
            state.finished = true
            return state.wake
        }
        wake?()
    }
}

@Suite struct ResponseStreamTests {
    @Test func streamSendsWhatIsPushedAndEnds() throws {
        let stream = PushStream()
        let test = try TestServer { router in
            router.add("GET", "/events") { _ in
                Response(status: 200, headers: HTTPHeaders([("Content-Type", "text/event-stream")]), stream: stream)
            }
        }
        defer { test.server.stop() }
        let connection = try HTTPConnection(port: test.port)
        try connection.send("GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
        Thread {
            for index in 1...3 {
                usleep(50_000)
                stream.push("data: \(index)\n\n")
            }
            stream.finish()
        }.start()
        let response = try connection.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "data: 1\n\ndata: 2\n\ndata: 3\n\n")
        usleep(50_000)
        #expect(stream.isClosed)
    }

    @Test func suspendedStreamsDoNotBlockOtherRequestsAndEndOnStop() throws {
        let streams = Mutex<[PushStream]>([])
        let test = try TestServer(threads: 2) { router in
            router.add("GET", "/events") { _ in
                let stream = PushStream()
                streams.withLock { $0.append(stream) }
                return Response(status: 200, headers: HTTPHeaders([("Content-Type", "text/event-stream")]), stream: stream)
            }
        }
        let listeners = try (0..<20).map { _ in try HTTPConnection(port: test.port) }
        for listener in listeners { try listener.send("GET /events HTTP/1.1\r\nHost: x\r\n\r\n") }
        usleep(100_000)
        let hello = try HTTPConnection(port: test.port).request("GET", "/hello")
        #expect(hello.status == 200)
        #expect(streams.withLock { $0.count } == 20)
        test.server.stop()
        #expect(streams.withLock { $0.allSatisfy { $0.isClosed } })
    }
}
