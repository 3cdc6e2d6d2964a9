import MicroHTTP

extension LumbungAPI {
    /// Every route of the service, in one place.
    public func makeRouter() -> Router {
        var router = Router()
        router.add("GET", "/healthz", healthz)
        router.add("GET", "/metrics", metricsText)
        router.add("GET", "/openapi.json", openAPI)
        // regions, commodities, cooperatives, outlets, tokens
        router.add("GET", "/v1/regions", listRegions)
        router.add("GET", "/v1/regions/{code}", region)
        router.add("POST", "/v1/regions/import", bodyLimit: configuration.csvBodyLimit, importRegions)
        router.add("GET", "/v1/commodities", listCommodities)
        router.add("PUT", "/v1/commodities/{id}", putCommodity)
        router.add("POST", "/v1/cooperatives", createCooperative)
        router.add("GET", "/v1/cooperatives", listCooperatives)
        router.add("GET", "/v1/cooperatives/{id}", cooperative)
        router.add("POST", "/v1/outlets", createOutlet)
        router.add("GET", "/v1/outlets", listOutlets)
        router.add("GET", "/v1/outlets/{id}", outlet)
        router.add("POST", "/v1/tokens", createToken)
        router.add("GET", "/v1/tokens", listTokens)
        router.add("DELETE", "/v1/tokens/{id}", revokeToken)
        // stock
        router.add("POST", "/v1/outlets/{id}/movements", postMovement)
        router.add("POST", "/v1/outlets/{id}/movements/batch", postMovementBatch)
        router.add("GET", "/v1/outlets/{id}/movements", outletMovements)
        router.add("GET", "/v1/outlets/{id}/stock", outletStock)
        router.add("PUT", "/v1/outlets/{id}/stock/{commodity}/threshold", putLowThreshold)
        // prices, bands, alerts
        router.add("POST", "/v1/outlets/{id}/prices", postPrice)
        router.add("GET", "/v1/outlets/{id}/prices", outletPrices)
        router.add("POST", "/v1/bands", postBand)
        router.add("GET", "/v1/bands", listBands)
        router.add("GET", "/v1/bands/effective", effectiveBand)
        router.add("GET", "/v1/alerts", listAlerts)
        router.add("GET", "/v1/alerts/stream", alertStream)
        router.add("GET", "/v1/alerts/{id}", alert)
        router.add("POST", "/v1/alerts/{id}/acknowledge", acknowledgeAlert)
        router.add("POST", "/v1/alerts/{id}/resolve", resolveAlert)
        // text messages
        router.add("POST", "/v1/phones", createPhone)
        router.add("GET", "/v1/phones", listPhones)
        router.add("DELETE", "/v1/phones/{number}", deletePhone)
        router.add("POST", "/v1/sms/inbound", receiveTextWebhook)
        router.add("GET", "/v1/sms/outbox", listOutbox)
        // availability, reports
        router.add("GET", "/v1/availability", availability)
        router.add("GET", "/v1/reports/prices", offloaded: true, expensive(priceReport))
        router.add("GET", "/v1/reports/prices/series", offloaded: true, expensive(priceSeries))
        // web pages
        router.add("GET", "/", memberPage)
        router.add("GET", "/static/app.css", stylesheet)
        router.add("GET", "/static/dekat.js", locationScript)
        router.add("GET", "/manifest.webmanifest", webAppManifest)
        router.add("GET", "/static/gerai.js", shopkeeperScript)
        router.add("GET", "/static/gerai-sw.js", shopkeeperWorker)
        router.add("GET", "/static/ikon-192.png", appIconSmall)
        router.add("GET", "/static/ikon-512.png", appIconLarge)
        router.add("GET", "/static/satuan.js", unitScript)
        router.add("GET", "/favicon.ico", favicon)
        router.add("POST", "/masuk", signIn)
        router.add("POST", "/keluar", signOut)
        router.add("GET", "/gerai", shopkeeperHome)
        router.add("GET", "/gerai/{id}", shopkeeperOutlet)
        router.add("POST", "/gerai/{id}/stok", shopkeeperMovement)
        router.add("POST", "/gerai/{id}/harga", shopkeeperPrice)
        router.add("POST", "/gerai/{id}/batas-stok", shopkeeperThreshold)
        router.add("GET", "/dinas", offloaded: true, expensivePage(.officer, officerDashboard))
        router.add("POST", "/dinas/peringatan/{id}/diketahui", officerAcknowledge)
        router.add("GET", "/dinas/harga.csv", offloaded: true, expensivePage(.officer, officerPriceCSV))
        router.add("GET", "/dinas/peringatan.csv", officerAlertCSV)
        router.add("GET", "/dinas/harga-spreadsheet.csv", offloaded: true, expensivePage(.officer, officerPriceSpreadsheet))
        router.add("GET", "/dinas/harga-gerai.csv", offloaded: true, expensivePage(.officer, officerOutletSpreadsheet))
        router.unknownPath = unknownPathPage
        return router
    }
}
