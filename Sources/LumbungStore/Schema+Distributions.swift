/// Stored end-of-day price distributions behind the dinas reports.
extension Schema {
    /// Migration 13: per commodity, region (province, kabupaten/kota, kecamatan) and day on which
    /// something changed, the distribution of the outlets' latest prices at the end of the day and
    /// how many reported that day; built from the stored price reports.
    static let priceDistributions = Migration(
        id: 13, name: "end-of-day price distributions per region for the dinas reports, built from the price reports",
        sql: PriceDistributionQueries.createTable,
        derive: { try PriceDistributionBuilder(connection: $0).rebuild() })
}
