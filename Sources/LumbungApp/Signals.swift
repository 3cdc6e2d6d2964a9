import Glibc

/// Termination signals handled by waiting for them instead of by the default action.
public enum Signals {
    /// Blocks SIGINT and SIGTERM in the calling thread and every thread it creates later.
    /// Call first thing in `main`, before any other thread exists.
    public static func blockTermination() {
        var set = terminationSet()
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Restores default handling in the calling thread (for commands that do not serve).
    public static func unblockTermination() {
        var set = terminationSet()
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Waits until SIGINT or SIGTERM arrives and returns its number.
    public static func waitForTermination() -> Int32 {
        var set = terminationSet()
        var received: Int32 = 0
        sigwait(&set, &received)
        return received
    }

    private static func terminationSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        sigaddset(&set, SIGTERM)
        return set
    }
}
