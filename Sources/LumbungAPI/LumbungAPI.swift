import LumbungCore
import MicroHTTP
import Prometheus

/// The Lumbung HTTP API: every route, wired to the storage ports it is given.
public struct LumbungAPI: Sendable {
    let configuration: APIConfiguration
    let health: any StorageHealth
    let metrics: PrometheusCollectorRegistry
    let version: String

    /// An API over the given storage.
    public init(configuration: APIConfiguration, health: any StorageHealth, version: String) {
        self.configuration = configuration
        self.health = health
        self.metrics = PrometheusCollectorRegistry()
        self.version = version
    }

    /// Counts every request in the registry served at `/metrics`.
    public var requestObserver: any RequestObserver { RequestMetrics(registry: metrics) }

    /// Maps domain errors to problem details.
    public var errorMapper: @Sendable (any Error) -> Problem? { { ProblemMapping.problem(for: $0) } }
}
