import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// How many outlets the outlet list shows at once.
    static let outletListLimit = 100

    /// `GET /gerai`: the outlets the signed-in person may update (a shopkeeper with one outlet goes
    /// straight to it).
    func shopkeeperHome(_ request: Request) throws -> Response {
        try signedIn(request, .shopkeeper) { session in
            let principal = session.principal
            if principal.role == .assistant { return WebPage.redirect(to: WebArea.assistant.path) }
            let filter = principal.role == .shopkeeper ? OutletQuery(cooperativeID: principal.cooperativeID ?? "")
                : OutletQuery(region: principal.region)
            let page = PageRequest(limit: Self.outletListLimit, cursor: request.query["cursor"])
            let outlets = try listing { try storage.outlets(filter, page: page) }
            if principal.role == .shopkeeper, page.cursor == nil, outlets.items.count == 1 {
                return WebPage.redirect(to: "/gerai/\(FormEncoding.encode(outlets.items[0].id))")
            }
            return OutletListView(session: session, outlets: outlets).page.response
        }
    }

    /// How many of the outlet's open alerts its page lists.
    static let outletPageAlerts = 20

    /// `GET /gerai/{id}`: the outlet's open alerts, shelf, last entries and its stock, price and
    /// threshold forms; `gerak=SEQ&barang=ID` or `harga=ID&pada=MS` (set by the forms' redirects)
    /// show what was just recorded, and the stock form keeps the item (`barang`) and kind (`jenis`).
    func shopkeeperOutlet(_ request: Request) throws -> Response {
        try signedIn(request, .shopkeeper) { session in
            let outlet = try outletOperator(session.bearer(request)).outlet
            let last = (commodity: (request.query["barang"] ?? request.query["harga"]).flatMap { CommodityID($0) },
                        kind: request.query["jenis"].flatMap { MovementKind(rawValue: $0) })
            let view = try outletPage(session, outlet, notice: try recordedNotice(request.query, outlet: outlet), last: last)
            return view.page(status: 200).response
        }
    }

    /// The outlet page with `notice` on top and, after a refusal, the refused form filled in again.
    func outletPage(_ session: WebSession, _ outlet: OutletSummary, notice: HTML, draft: OutletFormDraft? = nil,
                    last: (commodity: CommodityID?, kind: MovementKind?) = (nil, nil)) throws -> OutletPageView {
        let alerts = try storage.alerts(AlertFilter(status: .open, outletID: outlet.id),
                                        page: PageRequest(limit: Self.outletPageAlerts))
        let recent = try storage.movements(outletID: outlet.id, commodity: nil, before: nil,
                                           limit: OutletRecentEntriesView.limit)
        return OutletPageView(session: session, outlet: outlet, catalogue: try catalogue(),
                              shelf: try storage.shelf(outletID: outlet.id), notice: notice, draft: draft,
                              alerts: alerts.items, recent: recent.items, last: last, now: clock.now(), zone: reportZone)
    }

    /// The confirmation of the write the query names, read back from the ledger or price history.
    private func recordedNotice(_ query: [String: String], outlet: OutletSummary) throws -> HTML {
        let catalogue = try catalogue()
        if let seq = query["gerak"].flatMap({ Int64($0) }), let commodity = query["barang"].flatMap({ CommodityID($0) }),
           let movement = try storage.movements(outletID: outlet.id, commodity: commodity, before: seq + 1, limit: 1)
               .items.first, movement.seq == seq {
            return OutletNotice.movement(movement, commodity: catalogue.first { $0.id == commodity })
        }
        if let commodity = query["harga"].flatMap({ CommodityID($0) }),
           let millis = query["pada"].flatMap({ Int64($0) }) {
            let time = Timestamp(millisecondsSinceEpoch: millis)
            let history = try storage.priceHistory(outletID: outlet.id, commodity: commodity, from: time, to: time,
                                                   page: PageRequest(limit: 1))
            if let report = history.items.first {
                return OutletNotice.price(report, commodity: catalogue.first { $0.id == commodity })
            }
        }
        if let commodity = query["batas"].flatMap({ CommodityID($0) }),
           let item = try storage.shelf(outletID: outlet.id).first(where: { $0.commodity == commodity }) {
            return OutletNotice.threshold(item, commodity: catalogue.first { $0.id == commodity })
        }
        return .empty
    }
}
