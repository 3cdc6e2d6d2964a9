/// The schema as an ordered list of migrations. Add new ones at the end; never edit a released one.
enum Schema {
    /// Every migration, in order.
    static let migrations: [Migration] = [
        directory,
        stockLedger,
        pricesAndAlerts,
        stockCheckLocations,
        outletPriceHistory,
        alertListOrder,
        webSessions,
        textMessages,
        regionalAlerts,
        supersededBalanceIndex,
        wellFormedRegionCodes,
        priceDistributions,
        leanPriceReports,
        stockRankingKey,
        stockCheckUpkeep,
        leanerWrites,
        listedPrices,
        movementTriggers,
        catalogueGeneration,
        bandGeneration,
        tokenGeneration,
        unindexedMovementIDs,
        movementActivityAtCommit,
        provinceTotalsAtCommit,
        kabupatenPriceOrder,
        stalePriceTime,
    ]
}
