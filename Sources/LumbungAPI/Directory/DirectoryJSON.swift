import LumbungCore
import MicroHTTP

/// JSON bodies of regions, commodities, cooperatives and outlets.
enum DirectoryJSON {
    /// `{"code","name","level","parent"}`.
    static func region(_ region: Region) -> JSON {
        .object([("code", .string(region.code.rawValue)), ("name", .string(region.name)), ("level", .int(region.level)),
                 ("parent", .string(region.parent?.rawValue))])
    }

    /// `{"id","name","unit","category","aliases"}`.
    static func commodity(_ commodity: Commodity) -> JSON {
        .object([("id", .string(commodity.id.rawValue)), ("name", .string(commodity.name)), ("unit", .string(commodity.unit)),
                 ("category", .string(commodity.category.rawValue)), ("aliases", .array(commodity.aliases.map(JSON.string)))])
    }

    /// `{"id","name","region","createdAt"}`.
    static func cooperative(_ cooperative: Cooperative) -> JSON {
        .object([("id", .string(cooperative.id)), ("name", .string(cooperative.name)),
                 ("region", .string(cooperative.region.rawValue)), ("createdAt", .string(cooperative.createdAt.rfc3339))])
    }

    /// `{"id","cooperativeId","name","region","latitude","longitude","address","createdAt","lastReportAt"}`.
    static func outlet(_ outlet: Outlet) -> JSON {
        .object([("id", .string(outlet.id)), ("cooperativeId", .string(outlet.cooperativeID)), ("name", .string(outlet.name)),
                 ("region", .string(outlet.region.rawValue)), ("latitude", .double(outlet.latitude)),
                 ("longitude", .double(outlet.longitude)), ("address", .string(outlet.address)),
                 ("createdAt", .string(outlet.createdAt.rfc3339)), ("lastReportAt", .string(outlet.lastReportAt?.rfc3339))])
    }
}
