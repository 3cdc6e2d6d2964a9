import LumbungCore
import Prometheus

extension LumbungAPI {
    /// The gauge of the SMS outbox backlog, labelled by status.
    private static var outboxBacklog: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "lumbung", subsystem: "sms", metricName: "outbox", unitName: "messages",
                             helpText: "Replies to text messages waiting for the gateway (pending) or given up on (failed).")
    }

    /// Sets the outbox gauges for `/metrics`.
    func recordOutboxBacklog() throws {
        for (status, count) in try storage.outboxBacklog() {
            metrics.makeGauge(descriptor: Self.outboxBacklog, labels: [("status", status.rawValue)]).set(Double(count))
        }
    }
}
