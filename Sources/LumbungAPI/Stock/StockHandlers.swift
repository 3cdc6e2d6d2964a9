import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /v1/outlets/{id}/movements`: records one movement → 201 with the balance after it. The body is read
    /// first; the returned write records it, and its answer is encoded when sent.
    func postMovement(_ request: Request, _ caller: Caller) throws -> () throws -> Response {
        let (principal, outlet) = try caller.operating()
        var body = try BodyReader(request)
        guard let movement = body.movement(now: clock.now()) else { throw DomainError.invalid(body.errors) }
        return {
            let recorded = try self.recordMovements([movement], outlet: outlet, principal: principal, inBatch: false)[0]
            return .deferredJSON(status: 201, bytes: { StockJSON.movement(recorded) })
        }
    }

    /// `POST /v1/outlets/{id}/movements/batch`: records movements in order, all or nothing → 201 `{"items"}`. The
    /// body is read first; the returned write records them, and its answer is encoded when sent.
    func postMovementBatch(_ request: Request, _ caller: Caller) throws -> () throws -> Response {
        let (principal, outlet) = try caller.operating()
        var body = try BodyReader(request)
        let movements = body.movementBatch(now: clock.now())
        try body.finish()
        return {
            let recorded = try self.recordMovements(movements, outlet: outlet, principal: principal, inBatch: true)
            return .deferredJSON(status: 201, bytes: { StockJSON.batch(recorded) })
        }
    }

    /// `GET /v1/outlets/{id}/movements?commodity=`: the ledger, newest recorded first (public).
    func outletMovements(_ request: Request) throws -> Response {
        let outlet = try existingOutlet(request)
        let query = QueryReader(request: request)
        let page = try query.page()
        let commodity = try query.commodity()
        var before: Int64?
        if let cursor = page.cursor {
            guard let seq = Int64(cursor), seq > 0 else { throw QueryReader.malformed("cursor", "is not a cursor from this API") }
            before = seq
        }
        let movements = try storage.movements(outletID: outlet.id, commodity: commodity, before: before, limit: page.limit)
        return .json(movements.json(StockJSON.write))
    }

    /// `GET /v1/outlets/{id}/stock`: the shelf, each balance with its current price (public).
    func outletStock(_ request: Request) throws -> Response {
        let outlet = try existingOutlet(request)
        return .json(StockJSON.shelf(outletID: outlet.id, items: try storage.shelf(outletID: outlet.id)))
    }

    /// `PUT /v1/outlets/{id}/stock/{commodity}/threshold` `{"lowThreshold"}` → 200 with the shelf item.
    func putLowThreshold(_ request: Request, _ caller: Caller) throws -> Response {
        let (principal, outlet) = try caller.operating()
        let slug = request.parameters["commodity"] ?? ""
        guard let commodity = CommodityID(slug) else { throw DomainError.notFound("No commodity \(slug).") }
        var body = try BodyReader(request)
        let threshold = body.quantity("lowThreshold")
        guard let threshold, !threshold.isNegative, threshold <= .maximum else {
            if threshold != nil { body.fail("lowThreshold", "must be between 0 and \(Quantity.maximumUnits)") }
            throw DomainError.invalid(body.errors)
        }
        let item = try storage.setLowThreshold(threshold, outlet: outlet, commodity: commodity,
                                               context: stockWriteContext(principal))
        return .json(StockJSON.shelfItem(item))
    }

    /// Records movements for the caller; a refused movement of a batch is named `movements[i]`.
    private func recordMovements(_ movements: [NewMovement], outlet: OutletSummary, principal: Principal,
                                 inBatch: Bool) throws -> [Movement] {
        do {
            return try storage.recordMovements(movements, outlet: outlet, context: stockWriteContext(principal))
        } catch let rejected as MovementRejected {
            guard inBatch else { throw rejected.reason }
            throw Self.batchProblem(rejected)
        }
    }

    /// The context of a stock write by `principal`, now.
    private func stockWriteContext(_ principal: Principal) -> WriteContext {
        WriteContext(now: clock.now(), actor: principal.name, staleAfterHours: configuration.staleAfterHours,
                     earlyWarning: configuration.earlyWarning)
    }

    /// The refusal of a batch's movement, its fields named `movements[i].field`.
    private static func batchProblem(_ rejected: MovementRejected) -> any Error {
        let prefix = "movements[\(rejected.index)]"
        switch rejected.reason {
        case .invalid(let fields):
            return DomainError.invalid(fields.map { FieldError(field: "\(prefix).\($0.field)", message: $0.message) })
        case .insufficientStock:
            guard var problem = ProblemMapping.problem(for: rejected.reason) else { return rejected.reason }
            problem.detail = "\(prefix): \(problem.detail)"
            problem.extra.append(("errors", .array([.object([("field", .string("\(prefix).quantity")),
                                                             ("message", .string(problem.detail))])])))
            return problem
        default:
            return rejected.reason
        }
    }
}
