import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How far in the future `observedAt` may lie, in milliseconds (phone clocks run fast).
    static let observedAtTolerance: Int64 = 5 * Timestamp.millisecondsPerMinute
    /// The highest price accepted, in Rupiah.
    static let maximumPrice: Int64 = 1_000_000_000_000

    /// `POST /v1/outlets/{id}/prices` `{"commodity","price","observedAt"?}` → 201 with the status
    /// against the band in force at `observedAt`, and whether the price looks like a typo (recorded anyway). The
    /// body is read first; the returned write records the report, observed when it is written unless it says, and
    /// its answer is encoded when sent.
    func postPrice(_ request: Request, _ caller: Caller) throws -> () throws -> Response {
        let (principal, outlet) = try caller.operating()
        var body = try BodyReader(request)
        let commodity = body.commodity("commodity")
        let price = body.integer("price", in: 1...Self.maximumPrice)
        let observedAt = body.timestamp("observedAt", required: false)
        if let observedAt, observedAt.milliseconds(since: clock.now()) > Self.observedAtTolerance {
            body.fail("observedAt", "must not be more than 5 minutes in the future")
        }
        try body.finish()
        guard let commodity, let price else { throw DomainError.invalid(body.errors) }
        return {
            let now = self.clock.now()
            let report = try self.storage.recordPrice(outlet: outlet, commodity: commodity, price: Money(price),
                                                      observedAt: observedAt ?? now,
                                                      context: self.writeContext(principal, now: now))
            return .deferredJSON(status: 201, bytes: { PriceJSON.recorded(report) })
        }
    }

    /// `GET /v1/outlets/{id}/prices?commodity=&from=&to=`: the history, newest observed first (public).
    func outletPrices(_ request: Request) throws -> Response {
        let outlet = try existingOutlet(request)
        let query = QueryReader(request: request)
        let page = try query.page()
        let commodity = try query.commodity()
        let from = try query.timestamp("from")
        let to = try query.timestamp("to")
        let reports = try listing {
            try storage.priceHistory(outletID: outlet.id, commodity: commodity, from: from, to: to, page: page)
        }
        return .json(reports.json(PriceJSON.write))
    }

    /// The context of a change made now by `principal`.
    func writeContext(_ principal: Principal, now: Timestamp) -> WriteContext {
        WriteContext(now: now, actor: principal.name, staleAfterHours: configuration.staleAfterHours,
                     earlyWarning: configuration.earlyWarning)
    }
}
