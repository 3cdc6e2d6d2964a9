import MicroHTTP

extension LumbungAPI {
    /// Every route of the service, in one place.
    public func makeRouter() -> Router {
        var router = Router()
        router.add("GET", "/healthz", healthz)
        router.add("GET", "/metrics", metricsText)
        router.add("GET", "/openapi.json", openAPI)
        // regions, commodities, cooperatives, outlets, tokens
        // stock
        // prices, bands, alerts
        // availability, reports
        return router
    }
}
