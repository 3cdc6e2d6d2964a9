import Dispatch
import Synchronization

/// Background work on its own serial queue: every interval once started, or at once when asked; one run at a time.
final class RepeatingJob: Sendable {
    /// Runs one piece of work at a time, from the timer or `run`.
    private let queue: DispatchQueue
    /// The running timer; nil when stopped.
    private let timer = Mutex<(any DispatchSourceTimer)?>(nil)

    /// A job on a queue named `label`.
    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    /// Runs `work` every `interval`, the first time one interval from now.
    func start(every interval: DispatchTimeInterval, _ work: @escaping @Sendable () -> Void) {
        timer.withLock { timer in
            let source = DispatchSource.makeTimerSource(queue: queue)
            source.schedule(deadline: .now() + interval, repeating: interval)
            source.setEventHandler(handler: work)
            source.resume()
            timer = source
        }
    }

    /// Stops the timer and waits for a run in progress to finish.
    func stop() {
        timer.withLock { timer in
            timer?.cancel()
            timer = nil
        }
        queue.sync {}
    }

    /// Runs `work` now, after any run in progress.
    func run<T>(_ work: () throws -> T) rethrows -> T {
        try queue.sync(execute: work)
    }
}
