import MicroHTTP
import Synchronization

/// Limits how many expensive requests (reports) run at once, per client address and in the whole
/// server, so that no client can occupy every worker and cheap requests such as `/healthz` always find one.
/// A request over either limit is refused at once with `429 rate_limited` and `Retry-After`.
final class ExpensiveRequestGate: Sendable {
    /// The most expensive requests one client address may have running.
    let perClient: Int
    /// The most expensive requests running in the whole server.
    let atOnce: Int
    /// Running requests by client address, and their total.
    private let running = Mutex<(byClient: [String: Int], total: Int)>(([:], 0))

    /// Run when the last running request has finished.
    private let afterLast: @Sendable () -> Void

    /// A gate with the given limits (each at least 1), running `afterLast` whenever none is left running.
    init(perClient: Int, atOnce: Int, afterLast: @escaping @Sendable () -> Void = {}) {
        self.perClient = max(1, perClient)
        self.atOnce = max(1, atOnce)
        self.afterLast = afterLast
    }

    /// Runs `body` if `client` is within both limits, else throws `429 rate_limited`.
    func admit<T>(client: String, _ body: () throws -> T) throws -> T {
        let refusal: Problem? = running.withLock { running in
            if running.byClient[client, default: 0] >= perClient {
                return Self.tooMany("This client already has \(perClient) report request(s) running; wait for the answer.")
            }
            if running.total >= atOnce {
                return Self.tooMany("The server is answering \(atOnce) report request(s) already; retry in a moment.")
            }
            running.byClient[client, default: 0] += 1
            running.total += 1
            return nil
        }
        if let refusal { throw refusal }
        defer {
            let idle = running.withLock { running in
                running.total -= 1
                let left = running.byClient[client, default: 1] - 1
                running.byClient[client] = left > 0 ? left : nil
                return running.total == 0
            }
            if idle { afterLast() }
        }
        return try body()
    }

    /// `429 rate_limited` with `Retry-After: 1`.
    private static func tooMany(_ detail: String) -> Problem {
        Problem(status: 429, code: "rate_limited", title: "Too many requests", detail: detail,
                headers: HTTPHeaders([("Retry-After", "1")]))
    }
}

extension LumbungAPI {
    /// `handler`, run only within the limits of `expensiveRequests`.
    func expensive(_ handler: @escaping Handler) -> Handler {
        { [gate = expensiveRequests] request in try gate.admit(client: request.clientAddress) { try handler(request) } }
    }

    /// A web page's `handler`, run only within the limits of `expensiveRequests`; over them, an Indonesian page.
    func expensivePage(_ area: WebArea, _ handler: @escaping Handler) -> Handler {
        let gated = expensive(handler)
        return { request in
            do {
                return try gated(request)
            } catch let problem as Problem where problem.code == "rate_limited" {
                let message = "Terlalu banyak laporan diminta sekaligus. Tunggu sebentar, lalu muat ulang halaman ini."
                var response = WebPage.message(message, area: area, status: 429).response
                response.headers.set("Retry-After", "1")
                return response
            }
        }
    }
}
