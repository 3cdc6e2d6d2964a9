import Dispatch

/// Runs async work to completion from synchronous code (start-up only; never on a server thread).
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
        do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try outcome.result!.get()
}

/// The result handed from the task back to the waiting thread.
// @unchecked Sendable because: written once by the task before the semaphore signals, read after the wait.
private final class Outcome<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
