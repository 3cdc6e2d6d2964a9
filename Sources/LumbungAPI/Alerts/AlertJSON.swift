import LumbungCore
import MicroHTTP

/// JSON renderings of alerts and their events.
enum AlertJSON {
    /// The list item: every key of the contract, `null` when empty.
    static func alert(_ alert: Alert) -> JSON {
        .object(members(alert))
    }

    /// The alert with its trail under `events`.
    static func detail(_ alert: Alert, events: [AlertEvent]) -> JSON {
        .object(members(alert) + [("events", .array(events.map(event)))])
    }

    /// The alert as the event stream sends it: the alert now, plus the event under `event`.
    static func streamed(_ alert: Alert, event: AlertEvent) -> JSON {
        .object(members(alert) + [("event", self.event(event))])
    }

    /// `{"at","type","value","actor","note"}`.
    static func event(_ event: AlertEvent) -> JSON {
        .object([
            ("at", .string(event.at.rfc3339)),
            ("type", .string(event.type.rawValue)),
            ("value", value(event.value)),
            ("actor", .string(event.actor)),
            ("note", .string(event.note)),
        ])
    }

    /// A price as whole Rupiah, a quantity as an exact decimal number, a change as a percent.
    static func value(_ value: AlertValue?) -> JSON {
        switch value {
        case .price(let money)?: return .int(money.rawValue)
        case .quantity(let quantity)?: return .number(quantity.description)
        case .percentTenths(let tenths)?: return .double(Double(tenths) / 10)
        case nil: return .null
        }
    }

    /// The members of an alert in contract order.
    private static func members(_ alert: Alert) -> [(key: String, value: JSON)] {
        let acknowledgement: JSON = alert.acknowledgement.map {
            .object([("by", .string($0.by)), ("at", .string($0.at.rfc3339)), ("note", .string($0.note))])
        } ?? .null
        return [
            ("id", .string(alert.id)),
            ("kind", .string(alert.kind.rawValue)),
            ("status", .string(alert.status.rawValue)),
            ("outletId", .string(alert.outletID)),
            ("outletName", .string(alert.outletName)),
            ("cooperativeId", .string(alert.cooperativeID)),
            ("region", .string(alert.region.rawValue)),
            ("commodity", .string(alert.commodity.rawValue)),
            ("value", value(alert.value)),
            ("band", BandJSON.band(alert.band)),
            ("openedAt", .string(alert.openedAt.rfc3339)),
            ("updatedAt", .string(alert.updatedAt.rfc3339)),
            ("resolvedAt", .string(alert.resolvedAt?.rfc3339)),
            ("acknowledgement", acknowledgement),
            ("message", .string(alert.message)),
            ("level", .string(alert.level?.rawValue)),
        ]
    }
}
