import Foundation
import Glibc
import HTTPTestClient
@testable import MicroHTTP
import Synchronization
import Testing

/// A `WriteGroups` that records each group's requests and takes `commitMicroseconds` to "commit" it, failing
/// every group while `failing` is set.
final class RecordingGroups: WriteGroups {
    let commitMicroseconds: UInt32
    let failing = Atomic(false)
    /// Set to make every group fail before running any request (as a transaction that cannot begin).
    let refusingToBegin = Atomic(false)
    /// Signalled each time a group starts.
    let started = DispatchSemaphore(value: 0)
    private let current = Mutex<[String]>([])
    private let committed = Mutex<[[String]]>([])

    init(commitMicroseconds: UInt32) {
        self.commitMicroseconds = commitMicroseconds
    }

    /// The groups committed so far, each the bodies of its requests.
    var groups: [[String]] { committed.withLock { $0 } }

    /// Notes a request's write in the open group.
    func write(_ name: String) {
        current.withLock { $0.append(name) }
    }

    func run(_ requests: [() -> Void]) -> WriteGroupOutcome {
        if refusingToBegin.load(ordering: .relaxed) { return WriteGroupOutcome(ran: 0, failure: TestFailure()) }
        started.signal()
        current.withLock { $0 = [] }
        requests.forEach { $0() }
        usleep(commitMicroseconds)
        let group = current.withLock { $0 }
        if failing.load(ordering: .relaxed) { return WriteGroupOutcome(ran: requests.count, failure: TestFailure()) }
        committed.withLock { $0.append(group) }
        return WriteGroupOutcome(ran: requests.count)
    }
}

@Suite struct WriteGroupsTests {
    /// A server whose `POST /write` notes its body in the open group (or refuses `no` with 409).
    static func server(_ groups: RecordingGroups, threads: Int = 2) throws -> TestServer {
        try TestServer(threads: threads, writeGroups: groups) { router in
            router.add("POST", "/write") { request in
                let name = String(decoding: request.body, as: UTF8.self)
                guard name != "no" else { throw Problem(status: 409, code: "refused", title: "Refused", detail: "no") }
                groups.write(name)
                return .text("written \(name)", status: 201)
            }
        }
    }

    /// Sends `POST /write` with `name` on a new connection.
    static func write(_ port: Int, _ name: String) throws -> ClientResponse {
        try HTTPConnection(port: port).request("POST", "/write", body: Array(name.utf8))
    }

    @Test func concurrentWritesShareCommitsAndEachGetsItsOwnAnswer() throws {
        let groups = RecordingGroups(commitMicroseconds: 20_000)
        let test = try Self.server(groups)
        defer { test.server.stop() }
        let answers = Mutex<[String: ClientResponse]>([:])
        let finished = DispatchGroup()
        for index in 0..<24 {  // one thread each, so that all 24 are in flight at once
            finished.enter()
            Thread {
                let name = index % 6 == 5 ? "no" : "w\(index)"
                let response = try? Self.write(test.port, name)
                answers.withLock { $0[index % 6 == 5 ? "no\(index)" : name] = response }
                finished.leave()
            }.start()
        }
        finished.wait()
        let all = answers.withLock { $0 }
        #expect(all.count == 24)
        for (name, response) in all {
            if name.hasPrefix("no") {
                #expect(response.status == 409, "\(name)")
            } else {
                #expect(response.status == 201, "\(name)")
                #expect(response.text == "written \(name)")
            }
        }
        let written = groups.groups.flatMap { $0 }
        #expect(Set(written) == Set(all.keys.filter { !$0.hasPrefix("no") }), "a refused write left its neighbours alone")
        #expect(written.count == 20)
        #expect(groups.groups.count < 20, "24 writes waiting on 20 ms commits share them: \(groups.groups.map(\.count))")
    }

    @Test func aGroupLeavesTheLastWaitingWritesForTheNextOne() throws {
        let groups = RecordingGroups(commitMicroseconds: 400_000)
        let test = try Self.server(groups)
        defer { test.server.stop() }
        let statuses = Mutex<[Int]>([])
        let finished = DispatchGroup()
        let send = { (name: String) in
            finished.enter()
            Thread {
                let status = (try? Self.write(test.port, name))?.status ?? 0
                statuses.withLock { $0.append(status) }
                finished.leave()
            }.start()
        }
        send("first")
        groups.started.wait()
        for index in 0..<40 { send("w\(index)") }  // they wait while the first group commits
        #expect(finished.wait(timeout: .now() + 20) == .success)
        #expect(statuses.withLock { $0 } == Array(repeating: 201, count: 41))
        let sizes = groups.groups.map(\.count)
        #expect(sizes.first == 1)
        #expect(sizes.dropFirst().first == WriteQueue.nextGroupReserve, "40 waiting: a group of 32, 8 left for the next")
        #expect(sizes.reduce(0, +) == 41)
        #expect(WriteQueue.groupSize(waiting: 700) == WriteQueue.largestGroup, "a deep queue still makes large groups")
        #expect(WriteQueue.groupSize(waiting: 100) == 68)
        #expect(WriteQueue.groupSize(waiting: 5) == 5)
    }

    @Test func aWriteWaitingForItsCommitHoldsNoWorkerThread() throws {
        let groups = RecordingGroups(commitMicroseconds: 600_000)
        let test = try Self.server(groups, threads: 1)
        defer { test.server.stop() }
        let writeDone = DispatchSemaphore(value: 0)
        let writer = Thread {
            _ = try? Self.write(test.port, "slow")
            writeDone.signal()
        }
        writer.start()
        usleep(100_000)  // the write is now waiting for its commit
        let started = Date()
        let read = try HTTPConnection(port: test.port).request("GET", "/hello")
        #expect(read.status == 200)
        #expect(Date().timeIntervalSince(started) < 0.4, "the one worker answered a read while a write waited")
        #expect(writeDone.wait(timeout: .now()) == .timedOut, "the write still waits for its commit")
        writeDone.wait()
        #expect(groups.groups == [["slow"]])
    }

    @Test func aGroupThatFailsToCommitAnswersNoneAsWritten() throws {
        let groups = RecordingGroups(commitMicroseconds: 1_000)
        groups.failing.store(true, ordering: .relaxed)
        let test = try Self.server(groups)
        defer { test.server.stop() }
        let response = try Self.write(test.port, "lost")
        #expect(response.status == 500)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(groups.groups.isEmpty)
        groups.failing.store(false, ordering: .relaxed)
        #expect(try Self.write(test.port, "kept").status == 201)
    }

    @Test func aGroupThatCannotBeginRunsItsRequestsOneByOne() throws {
        let groups = RecordingGroups(commitMicroseconds: 1_000)
        groups.refusingToBegin.store(true, ordering: .relaxed)
        let test = try Self.server(groups)
        defer { test.server.stop() }
        let written = try Self.write(test.port, "alone")
        #expect(written.status == 201, "answered by its own handler, outside any group")
        #expect(written.text == "written alone")
        #expect(try Self.write(test.port, "no").status == 409)
        #expect(groups.groups.isEmpty)
    }

    @Test func stoppingAnswersTheWritesStillWaiting() throws {
        let groups = RecordingGroups(commitMicroseconds: 400_000)
        let test = try Self.server(groups)
        let answers = Mutex<[Int]>([])
        let clients = (0..<4).map { index in
            Thread {
                let status = (try? Self.write(test.port, "s\(index)"))?.status ?? 0  // sent outside the lock: all at once
                answers.withLock { $0.append(status) }
            }
        }
        clients.forEach { $0.start() }
        groups.started.wait()
        usleep(200_000)  // the other writes arrive and wait behind the first group's commit
        test.server.stop()
        while answers.withLock({ $0.count }) < 4 { usleep(10_000) }
        let written = groups.groups.flatMap { $0 }.count
        #expect(written == 4, "the writes waiting when the server stopped were written")
        #expect(answers.withLock { $0 } == [201, 201, 201, 201], "and answered")
    }

    @Test func aStagedWriteChecksOnTheWorkerWritesOnTheWriterAndIsEncodedWhenSent() throws {
        let groups = RecordingGroups(commitMicroseconds: 0)
        let threads = Mutex<[String: pthread_t]>([:])
        let test = try TestServer(threads: 2, writeGroups: groups) { router in
            router.add("POST", "/staged", staged: { request in
                let name = String(decoding: request.body, as: UTF8.self)
                threads.withLock { $0["first " + name] = pthread_self() }
                guard name != "no" else { throw Problem(status: 403, code: "forbidden", title: "Forbidden", detail: "no") }
                return {
                    threads.withLock { $0["second " + name] = pthread_self() }
                    groups.write(name)
                    return .deferredJSON(status: 201) {
                        threads.withLock { $0["encoded " + name] = pthread_self() }
                        return .object([("written", .string(name))])
                    }
                }
            })
        }
        defer { test.server.stop() }
        let written = try HTTPConnection(port: test.port).request("POST", "/staged", body: Array("yes".utf8))
        #expect(written.status == 201)
        #expect(written.text == #"{"written":"yes"}"#)
        let refused = try HTTPConnection(port: test.port).request("POST", "/staged", body: Array("no".utf8))
        #expect(refused.status == 403, "the first step's refusal is the answer")
        #expect(groups.groups == [["yes"]], "the second step ran in a group; a request its first step refused never reaches one")
        let seen = threads.withLock { $0 }
        #expect(Set(seen.keys) == ["first yes", "first no", "second yes", "encoded yes"])
        if let first = seen["first yes"], let second = seen["second yes"], let encoded = seen["encoded yes"] {
            #expect(pthread_equal(first, second) == 0, "the first step ran on a worker, the second on the writer")
            #expect(pthread_equal(encoded, second) == 0, "the deferred answer was encoded off the writer, when sent")
        }
    }
}
