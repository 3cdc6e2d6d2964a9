import LumbungCore
import Prometheus

extension LumbungAPI {
    /// The gauge of open alerts, labelled by kind.
    private static var openAlerts: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "lumbung", subsystem: "alerts", metricName: "open", unitName: "",
                             helpText: "Alerts currently open, by kind.")
    }

    /// Sets the open-alerts gauge of every kind (0 for kinds without open alerts) for `/metrics`.
    func recordOpenAlerts() throws {
        let counts = try storage.openAlertCounts()
        for kind in AlertKind.allCases {
            metrics.makeGauge(descriptor: Self.openAlerts, labels: [("kind", kind.rawValue)]).set(Double(counts[kind] ?? 0))
        }
    }
}
