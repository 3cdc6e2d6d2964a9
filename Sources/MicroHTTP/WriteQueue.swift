import CMicroHTTPD
import Foundation
import Logging

/// The writer thread: takes the writing requests waiting (their connections suspended, so no worker thread is
/// held while they wait), runs their handlers as one group in `WriteGroups`, then stores each answer and resumes
/// its connection; libmicrohttpd then calls the access handler again, which sends the answer.
///
/// While one group commits, the next requests gather, so under load one commit serves many requests.
// @unchecked Sendable because: `waiting`, `stopping` and `thread` are only touched while holding `condition`.
final class WriteQueue: @unchecked Sendable {
    /// One suspended request.
    struct Waiting {
        let state: RequestState
        let connection: OpaquePointer
    }

    /// The most requests run in one group.
    static let largestGroup = 256
    private let groups: any WriteGroups
    private let logger: Logger
    private let condition = NSCondition()
    private var waiting: [Waiting] = []
    private var stopping = false
    private var running = false
    private var thread: Thread?

    /// A queue running its groups in `groups`.
    init(groups: any WriteGroups, logger: Logger) {
        self.groups = groups
        self.logger = logger
    }

    /// Starts the writer thread.
    func start(server: HTTPServer) {
        condition.lock()
        defer { condition.unlock() }
        running = true
        let thread = Thread { [self] in loop(server) }
        thread.name = "lumbung-writer"
        thread.start()
        self.thread = thread
    }

    /// Suspends the request's connection and queues it; false (and nothing done) once the queue is stopping,
    /// so a request arriving on a kept-alive connection during shutdown is answered on its worker thread.
    func submit(_ request: Waiting) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !stopping else { return false }
        MHD_suspend_connection(request.connection)  // before the writer can resume it
        waiting.append(request)
        condition.signal()
        return true
    }

    /// Answers everything still waiting, then ends the writer thread and waits for it.
    func stop() {
        condition.lock()
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    /// Takes groups until stopped and nothing waits.
    private func loop(_ server: HTTPServer) {
        while let group = nextGroup() {
            answer(group, server)
        }
        condition.lock()
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// The requests waiting now (at most `largestGroup`), after waiting for one; nil once stopping and empty.
    private func nextGroup() -> [Waiting]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !stopping { condition.wait() }
        if waiting.isEmpty { return nil }
        let count = min(waiting.count, Self.largestGroup)
        let group = Array(waiting.prefix(count))
        waiting.removeFirst(count)
        return group
    }

    /// Runs the group's handlers in one unit; answers each (500, as for any failed commit, for all of them if the
    /// unit failed: none of their changes was kept) and resumes their connections.
    private func answer(_ group: [Waiting], _ server: HTTPServer) {
        var handled: [(response: Response, route: String?)] = []
        do {
            try groups.run {
                handled = group.map { server.handle($0.state) }
            }
        } catch {
            logger.error("a group of writes failed to commit", metadata: ["requests": "\(group.count)", "error": "\(error)"])
            handled = group.map { (Problem.internalError(requestID: $0.state.requestID).response, $0.state.routeTemplate) }
        }
        for (request, outcome) in zip(group, handled) {
            request.state.answer = server.finish(request.state, outcome.response, route: outcome.route)
            MHD_resume_connection(request.connection)
        }
    }
}
