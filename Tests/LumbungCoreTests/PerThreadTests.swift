import Foundation
import LumbungCore
import Synchronization
import Testing

/// `PerThread` gives each thread its own value, the same one every time that thread asks, and keeps the values of
/// different instances apart.
struct PerThreadTests {
    /// A value that remembers which thread made it.
    final class Made: Sendable {
        let thread: Int
        init(thread: Int) { self.thread = thread }
    }

    /// Five threads ask twice each: every one gets a value of its own, the same both times.
    @Test func eachThreadHasItsOwnValueAndKeepsIt() throws {
        let threadNumbers = Atomic<Int>(0)
        let first = PerThread { Made(thread: threadNumbers.add(1, ordering: .relaxed).newValue) }
        let second = PerThread { Made(thread: -1) }
        let here = first.current
        #expect(first.current === here, "the same thread gets the same value again")
        #expect(second.current !== first.current as AnyObject, "another instance has a value of its own")
        let elsewhere = Mutex<[ObjectIdentifier]>([])
        let threads = (0..<4).map { _ in
            Thread {
                let value = first.current
                if first.current === value { elsewhere.withLock { $0.append(ObjectIdentifier(value)) } }
            }
        }
        threads.forEach { $0.start() }
        let deadline = Date().addingTimeInterval(10)
        while elsewhere.withLock({ $0.count }) < threads.count && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let others = elsewhere.withLock { $0 }
        #expect(others.count == 4, "every thread asked twice and got the same value both times")
        #expect(Set(others + [ObjectIdentifier(here)]).count == 5, "five threads, five values")
        #expect(threadNumbers.load(ordering: .relaxed) == 5)
    }
}
