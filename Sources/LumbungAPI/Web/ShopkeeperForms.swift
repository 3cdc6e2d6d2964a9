import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// `POST /gerai/{id}/stok` `commodity, kind, quantity, note?` (+ `csrf`, `kunci`): records one
    /// movement through the API's stock path, once per form, then shows the new balance. A
    /// correction (`adjustment`) needs a note saying why.
    func shopkeeperMovement(_ request: Request) throws -> Response {
        try outletForm(request, .movement) { session, outlet, draft in
            var body = BodyReader(draft.json)
            if draft.kind == MovementKind.adjustment.rawValue, draft.note == nil {
                body.fail("note", "is required for an adjustment")
            }
            guard let movement = body.movement(now: clock.now()), body.errors.isEmpty else {
                throw DomainError.invalid(body.errors)
            }
            return try once(request, session, try WebForm(request)) {
                let recorded = try storage.recordMovements([movement], outlet: outlet,
                                                           context: writeContext(session.principal, now: clock.now()))
                return WebPage.redirect(to: FormEncoding.link("/gerai/\(FormEncoding.encode(outlet.id))", [
                    ("gerak", String(recorded[0].seq)), ("barang", movement.commodity.rawValue),
                    ("jenis", movement.kind.rawValue),
                ]))
            }
        }
    }

    /// `POST /gerai/{id}/harga` `commodity, price, yakin?` (+ `csrf`, `kunci`): records today's price
    /// through the API's price path, once per form, then shows it with its standing against the band.
    /// A price that looks like a typo is only saved with `yakin=1`; without it the page asks first.
    func shopkeeperPrice(_ request: Request) throws -> Response {
        try outletForm(request, .price) { session, outlet, draft in
            var body = BodyReader(draft.json)
            let commodity = body.commodity("commodity")
            let price = body.integer("price", in: 1...Self.maximumPrice)
            guard let commodity, let price else { throw DomainError.invalid(body.errors) }
            let form = try WebForm(request)
            if form[PriceConfirmation.field] != "1",
               let band = try storage.effectiveBand(commodity: commodity, region: outlet.region, at: clock.now()),
               band.isImplausible(Money(price)) {
                let question = PriceConfirmation.html(
                    price: Money(price), band: band, commodity: try catalogue().first { $0.id == commodity },
                    outlet: outlet, session: session, key: EntityID.make("form", at: clock.now()))
                return try outletPage(session, outlet, notice: question, draft: draft).page(status: 200).response
            }
            return try once(request, session, form) {
                let now = clock.now()
                let report = try storage.recordPrice(outlet: outlet, commodity: commodity, price: Money(price),
                                                     observedAt: now, context: writeContext(session.principal, now: now))
                return WebPage.redirect(to: FormEncoding.link("/gerai/\(FormEncoding.encode(outlet.id))", [
                    ("harga", commodity.rawValue), ("pada", String(report.observedAt.millisecondsSinceEpoch)),
                ]))
            }
        }
    }

    /// `POST /gerai/{id}/batas-stok` `commodity, threshold` (+ `csrf`, `kunci`): sets the low-stock
    /// threshold through the API's threshold path, once per form, then shows the outlet page again.
    func shopkeeperThreshold(_ request: Request) throws -> Response {
        try outletForm(request, .threshold) { session, outlet, draft in
            var body = BodyReader(draft.json)
            let commodity = body.commodity("commodity")
            let threshold = body.quantity("lowThreshold")
            if let threshold, threshold.isNegative { body.fail("lowThreshold", "must not be negative") }
            guard let commodity, let threshold, body.errors.isEmpty else { throw DomainError.invalid(body.errors) }
            return try once(request, session, try WebForm(request)) {
                _ = try storage.setLowThreshold(threshold, outlet: outlet, commodity: commodity,
                                                context: writeContext(session.principal, now: clock.now()))
                return WebPage.redirect(to: FormEncoding.link("/gerai/\(FormEncoding.encode(outlet.id))", [
                    ("batas", commodity.rawValue), ("barang", commodity.rawValue),
                ]))
            }
        }
    }

    /// Checks the session, the form's anti-forgery value and the outlet, then runs `write`; a
    /// refused write shows the outlet page again with the explanation and the fields as typed.
    private func outletForm(_ request: Request, _ kind: OutletFormDraft.Form,
                            _ write: (WebSession, OutletSummary, OutletFormDraft) throws -> Response) throws -> Response {
        try signedIn(request, .shopkeeper) { session in
            let form = try WebForm(request)
            try session.verify(form, of: request)
            let outlet = try outletOperator(session.bearer(request)).outlet
            let draft = OutletFormDraft(kind, form)
            do {
                return try write(session, outlet, draft)
            } catch {
                let unit = try catalogue().first { $0.id.rawValue == draft.commodity }?.unit ?? ""
                guard let explained = WebMessages.explain(error, unit: unit) else { throw error }
                let view = try outletPage(session, outlet, notice: WebComponents.notice(explained.message, ok: false),
                                          draft: draft)
                return view.page(status: explained.status).response
            }
        }
    }
}
