import MicroHTTP

extension LumbungAPI {
    /// Every route of the service, each said once: method, path, access rule, idempotency, body limit,
    /// OpenAPI operation and handler.
    static let routeTable: [RouteDeclaration] = [
        RouteDeclaration("GET", "/healthz", .open, operation: "health", healthz),
        RouteDeclaration("GET", "/metrics", .open, operation: "metrics", metricsText),
        RouteDeclaration("GET", "/openapi.json", .open, operation: "openAPI", openAPI),
        // regions, commodities, cooperatives, outlets, tokens
        RouteDeclaration("GET", "/v1/regions", .openOrToken, operation: "listRegions", listRegions),
        RouteDeclaration("GET", "/v1/regions/{code}", .openOrToken, operation: "region", region),
        RouteDeclaration("POST", "/v1/regions/import", .admin, idempotency: .byKey, bodyLimit: .csv,
                         operation: "importRegions", importRegions),
        RouteDeclaration("GET", "/v1/commodities", .openOrToken, operation: "listCommodities", listCommodities),
        RouteDeclaration("PUT", "/v1/commodities/{id}", .admin, operation: "putCommodity", putCommodity),
        RouteDeclaration("POST", "/v1/cooperatives", .staff(refused: "A shopkeeper token, or an officer outside the village's region"),
                         idempotency: .byKey, operation: "createCooperative", createCooperative),
        RouteDeclaration("GET", "/v1/cooperatives", .openOrToken, operation: "listCooperatives", listCooperatives),
        RouteDeclaration("GET", "/v1/cooperatives/{id}", .openOrToken, operation: "cooperative", cooperative),
        RouteDeclaration("POST", "/v1/outlets",
                         .tokenExceptAssistant(refused: "An assistant token, or one that may not act for this cooperative or village"),
                         idempotency: .byKey, operation: "createOutlet", createOutlet),
        RouteDeclaration("GET", "/v1/outlets", .openOrToken, operation: "listOutlets", listOutlets),
        RouteDeclaration("GET", "/v1/outlets/{id}", .openOrToken, operation: "outlet", outlet),
        RouteDeclaration("POST", "/v1/tokens", .admin, idempotency: .byHandler, operation: "createToken", createToken),
        RouteDeclaration("GET", "/v1/tokens", .admin, operation: "listTokens", listTokens),
        RouteDeclaration("DELETE", "/v1/tokens/{id}", .admin, operation: "revokeToken", revokeToken),
        // stock
        RouteDeclaration("POST", "/v1/outlets/{id}/movements", .outletOperator, idempotency: .byKey,
                         operation: "postMovement", staged: postMovement),
        RouteDeclaration("POST", "/v1/outlets/{id}/movements/batch", .outletOperator, idempotency: .byKey,
                         operation: "postMovementBatch", staged: postMovementBatch),
        RouteDeclaration("GET", "/v1/outlets/{id}/movements", .open, operation: "outletMovements", outletMovements),
        RouteDeclaration("GET", "/v1/outlets/{id}/stock", .open, operation: "outletStock", outletStock),
        RouteDeclaration("PUT", "/v1/outlets/{id}/stock/{commodity}/threshold", .outletOperator,
                         operation: "putLowThreshold", putLowThreshold),
        // prices, bands, alerts
        RouteDeclaration("POST", "/v1/outlets/{id}/prices", .outletOperator, idempotency: .byKey,
                         operation: "postPrice", staged: postPrice),
        RouteDeclaration("GET", "/v1/outlets/{id}/prices", .open, operation: "outletPrices", outletPrices),
        RouteDeclaration("POST", "/v1/bands",
                         .staff(refused: "A shopkeeper token, or an officer outside its region or writing a national band"),
                         idempotency: .byKey, operation: "postBand", postBand),
        RouteDeclaration("GET", "/v1/bands", .open, operation: "listBands", listBands),
        RouteDeclaration("GET", "/v1/bands/effective", .open, operation: "effectiveBand", effectiveBand),
        RouteDeclaration("GET", "/v1/alerts", .token(refused: "An officer asking for a region outside its own"),
                         operation: "listAlerts", listAlerts),
        RouteDeclaration("GET", "/v1/alerts/stream", .token(refused: "An officer asking for a region outside its own"),
                         operation: "alertStream", alertStream),
        RouteDeclaration("GET", "/v1/alerts/{id}", .token(refused: alertReadRefused), operation: "alert", alert),
        RouteDeclaration("POST", "/v1/alerts/{id}/acknowledge", .token(refused: alertManageRefused), idempotency: .byKey,
                         operation: "acknowledgeAlert", acknowledgeAlert),
        RouteDeclaration("POST", "/v1/alerts/{id}/resolve", .token(refused: alertManageRefused), idempotency: .byKey,
                         operation: "resolveAlert", resolveAlert),
        // text messages
        RouteDeclaration("POST", "/v1/phones", .staff(refused: phoneManagersRefused), idempotency: .byKey,
                         operation: "createPhone", createPhone),
        RouteDeclaration("GET", "/v1/phones", .staff(refused: "Not an admin or an officer"),
                         operation: "listPhones", listPhones),
        RouteDeclaration("DELETE", "/v1/phones/{number}", .staff(refused: phoneManagersRefused),
                         operation: "deletePhone", deletePhone),
        RouteDeclaration("POST", "/v1/sms/inbound", .signedWebhook, operation: "receiveTextMessage", receiveTextWebhook),
        RouteDeclaration("GET", "/v1/sms/outbox", .admin, operation: "listOutbox", listOutbox),
        // availability, reports
        RouteDeclaration("GET", "/v1/availability", .open, operation: "availability", availability),
        RouteDeclaration("GET", "/v1/reports/prices", .open, cost: .report, operation: "priceReport", priceReport),
        RouteDeclaration("GET", "/v1/reports/prices/series", .open, cost: .report, operation: "priceSeries", priceSeries),
        RouteDeclaration("GET", "/v1/reports/early-warning", .open, cost: .report, operation: "earlyWarningReport",
                         earlyWarningReport),
        RouteDeclaration("GET", "/v1/reports/coverage", .open, cost: .report, operation: "coverageReport", coverageReport),
        // web pages
        RouteDeclaration("GET", "/", .open, operation: nil, memberPage),
        RouteDeclaration("GET", "/static/app.css", .open, operation: nil, stylesheet),
        RouteDeclaration("GET", "/static/dekat.js", .open, operation: nil, locationScript),
        RouteDeclaration("GET", "/manifest.webmanifest", .open, operation: nil, webAppManifest),
        RouteDeclaration("GET", "/static/gerai.js", .open, operation: nil, shopkeeperScript),
        RouteDeclaration("GET", "/static/gerai-sw.js", .open, operation: nil, shopkeeperWorker),
        RouteDeclaration("GET", "/static/ikon-192.png", .open, operation: nil, appIconSmall),
        RouteDeclaration("GET", "/static/ikon-512.png", .open, operation: nil, appIconLarge),
        RouteDeclaration("GET", "/static/satuan.js", .open, operation: nil, unitScript),
        RouteDeclaration("GET", "/favicon.ico", .open, operation: nil, favicon),
        RouteDeclaration("POST", "/masuk", .webSession, operation: nil, signIn),
        RouteDeclaration("POST", "/keluar", .webSession, operation: nil, signOut),
        RouteDeclaration("GET", "/gerai", .webSession, operation: nil, shopkeeperHome),
        RouteDeclaration("GET", "/gerai/{id}", .webSession, operation: nil, shopkeeperOutlet),
        RouteDeclaration("POST", "/gerai/{id}/stok", .webSession, operation: nil, shopkeeperMovement),
        RouteDeclaration("POST", "/gerai/{id}/harga", .webSession, operation: nil, shopkeeperPrice),
        RouteDeclaration("POST", "/gerai/{id}/batas-stok", .webSession, operation: nil, shopkeeperThreshold),
        RouteDeclaration("GET", "/dinas", .webSession, cost: .reportPage(.officer), operation: nil, officerDashboard),
        RouteDeclaration("POST", "/dinas/peringatan/{id}/diketahui", .webSession, operation: nil, officerAcknowledge),
        RouteDeclaration("GET", "/dinas/harga.csv", .webSession, cost: .reportPage(.officer), operation: nil, officerPriceCSV),
        RouteDeclaration("GET", "/dinas/peringatan.csv", .webSession, operation: nil, officerAlertCSV),
        RouteDeclaration("GET", "/dinas/harga-spreadsheet.csv", .webSession, cost: .reportPage(.officer), operation: nil,
                         officerPriceSpreadsheet),
        RouteDeclaration("GET", "/dinas/harga-gerai.csv", .webSession, cost: .reportPage(.officer), operation: nil,
                         officerOutletSpreadsheet),
        RouteDeclaration("GET", "/dinas/peringatan-dini.csv", .webSession, cost: .reportPage(.officer), operation: nil,
                         officerEarlyWarningCSV),
        RouteDeclaration("GET", "/dinas/cakupan.csv", .webSession, cost: .reportPage(.officer), operation: nil,
                         officerCoverageCSV),
        RouteDeclaration("GET", "/pendamping", .webSession, operation: nil, assistantPage),
    ]

    /// The declared route described by OpenAPI operation `id`, if any.
    static func declaredRoute(operationID id: String) -> RouteDeclaration? {
        routeTable.first { $0.operationID == id }
    }

    /// The router serving `routeTable`; throws when two routes clash.
    public func makeRouter() throws(RouteConflict) -> Router {
        var router = Router()
        for route in Self.routeTable {
            let bodyLimit = route.bodyLimit == .csv ? configuration.csvBodyLimit : nil
            let bound = route.handler(self)  // once, not for every request
            if route.writes {
                // Who calls is found (and a staged handler's body read) on the worker thread; only the write itself
                // waits for the writer.
                let firstStep = route.staged?(self)
                router.add(route.method, route.path, bodyLimit: bodyLimit) { request in
                    let caller = try admit(request, route.access)
                    guard let firstStep else { return { try serve(request, by: route, as: caller, handler: bound) } }
                    let write = try firstStep(request, caller)
                    return { try serve(request, by: route, as: caller) { _, _ in try write() } }
                }
                continue
            }
            let handler: Handler = { request in
                try serve(request, by: route, as: try admit(request, route.access), handler: bound)
            }
            router.add(route.method, route.path, bodyLimit: bodyLimit, offloaded: route.cost != .ordinary,
                       gated(handler, by: route.cost))
        }
        router.unknownPath = unknownPathPage
        try router.validate()
        return router
    }

    /// `handler` within the limits of expensive requests when `cost` says it is a report.
    func gated(_ handler: @escaping Handler, by cost: RouteDeclaration.Cost) -> Handler {
        switch cost {
        case .ordinary: return handler
        case .report: return expensive(handler)
        case .reportPage(let area): return expensivePage(area, handler)
        }
    }

    /// When a valid token may still not read an alert.
    static let alertReadRefused = "The alert is outside the token's region or cooperative"
    /// When a valid token may still not acknowledge or resolve an alert.
    static let alertManageRefused = "A shopkeeper or assistant token, or an alert outside the officer's region"
    /// When a valid token may still not manage a phone.
    static let phoneManagersRefused = "Not an admin or an officer, or an officer for an outlet outside its region"
}
