import LumbungCore
import MicroHTTP
import Prometheus

/// The Lumbung HTTP API: every route, wired to the storage it is given.
public struct LumbungAPI: Sendable {
    let configuration: APIConfiguration
    let storage: any LumbungStorage
    let clock: any Clock
    let metrics: PrometheusCollectorRegistry
    let version: String
    /// Wakes alert event streams when new events exist.
    let alertEvents: AlertEventHub
    /// Stock-check answers kept until the next write.
    let availabilityCache = ResponseCache<AvailabilityCacheKey>(capacity: 4096)
    /// Whether the storage answers, asked at most every 100 ms (`/healthz`).
    let reachability = ReachabilityCheck()
    /// The stock check's JSON of outlets' names and places, reused while they stay the same (one memory per thread,
    /// as the one below: every check reads them, and threads sharing one would wait on each other).
    let listedOutletJSON = PerThread { ListedOutletJSON() }
    /// The stock check's JSON of its commodity and region, reused while they stay the same.
    let checkSubjectJSON = PerThread { CheckSubjectJSON() }
    /// Counts every request for `/metrics`, beside the registry's metrics.
    let requestMetrics = RequestMetrics()
    /// Keeps reports from occupying every worker.
    let expensiveRequests: ExpensiveRequestGate

    /// An API over `storage`, telling time by `clock`.
    public init(configuration: APIConfiguration, storage: any LumbungStorage, clock: any Clock = SystemClock(),
                version: String) {
        self.configuration = configuration
        self.storage = storage
        self.clock = clock
        self.metrics = PrometheusCollectorRegistry()
        self.version = version
        self.expensiveRequests = ExpensiveRequestGate(perClient: configuration.expensiveRequestsPerClient,
                                                      atOnce: configuration.expensiveRequestsAtOnce,
                                                      afterLast: configuration.afterExpensiveRequests)
        self.alertEvents = AlertEventHub(storage: storage, keepAliveSeconds: configuration.streamKeepAliveSeconds)
    }

    /// Counts every request for `/metrics`.
    public var requestObserver: any RequestObserver { requestMetrics }

    /// Maps domain errors to problem details.
    public var errorMapper: @Sendable (any Error) -> Problem? { { ProblemMapping.problem(for: $0) } }
}
