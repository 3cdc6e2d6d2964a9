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
    /// How many waiting requests a group leaves for the next one (once it has this many of its own), so the writer
    /// starts the next group as soon as one commits instead of idling while the answers go out and new requests come.
    static let nextGroupReserve = 32

    /// How many of `waiting` requests the next group takes: all of up to `nextGroupReserve`; of more, all but the
    /// last `nextGroupReserve` (so a deep queue still makes large groups, one fsync for many writes), at most
    /// `largestGroup`.
    static func groupSize(waiting: Int) -> Int {
        min(waiting, largestGroup, max(nextGroupReserve, waiting - nextGroupReserve))
    }
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
    /// The writer is woken after the lock is let go, so that it does not wake only to wait for the lock.
    func submit(_ request: Waiting) -> Bool {
        condition.lock()
        guard !stopping else {
            condition.unlock()
            return false
        }
        MHD_suspend_connection(request.connection)  // before the writer can resume it
        waiting.append(request)
        let wasIdle = waiting.count == 1
        condition.unlock()
        if wasIdle { condition.signal() }
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

    /// The requests waiting now (as many as `groupSize` says), after waiting for one; nil once stopping and empty.
    private func nextGroup() -> [Waiting]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !stopping { condition.wait() }
        if waiting.isEmpty { return nil }
        let count = Self.groupSize(waiting: waiting.count)
        let group = Array(waiting.prefix(count))
        waiting.removeFirst(count)
        return group
    }

    /// Runs the group's handlers in one unit and answers them. When the unit failed, an answer that reported
    /// success is replaced by the failure (its work was not kept), while refusals stand; requests the unit did
    /// not get to (it could not even begin) are run one by one, each then failing or succeeding on its own.
    private func answer(_ group: [Waiting], _ server: HTTPServer) {
        var handled: [(response: Response, route: Route?)] = group.map { _ in (Response(status: 500), nil) }
        let outcome = groups.run(group.indices.map { index in { handled[index] = server.handle(group[index].state) } })
        if let failure = outcome.failure {
            logger.error("a group of writes was not kept", metadata: ["requests": "\(outcome.ran)", "error": "\(failure)"])
            for index in 0..<outcome.ran where (200..<300).contains(handled[index].response.status) {
                let problem = server.errorMapper(failure) ?? Problem.internalError(requestID: group[index].state.requestID)
                handled[index].response = problem.response
            }
        }
        for index in outcome.ran..<group.count {
            handled[index] = server.handle(group[index].state)
        }
        for (request, outcome) in zip(group, handled) {
            request.state.keep(server.finish(request.state, outcome.response, route: outcome.route))
            MHD_resume_connection(request.connection)
        }
    }
}
