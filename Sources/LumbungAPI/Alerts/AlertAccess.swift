import LumbungCore
import MicroHTTP

/// Who may see and act on which alerts: an admin all, an officer those in its region, a shopkeeper
/// or an assistant (read only) its own cooperatives'.
extension LumbungAPI {
    /// The filter that limits `principal` to its own alerts, narrowed to `requested` when given.
    /// An officer asking for a region outside its own is refused; a wider region is narrowed to its own.
    func alertScope(_ principal: Principal, requested: RegionCode?) throws -> AlertFilter {
        var filter = AlertFilter(region: requested)
        switch principal.role {
        case .admin:
            break
        case .officer:
            guard let own = principal.region else { throw DomainError.forbidden("This token has no region.") }
            if let requested, !own.isPrefix(of: requested) {
                guard requested.isPrefix(of: own) else {
                    throw DomainError.forbidden("This token may read alerts only within region \(own).")
                }
                filter.region = own
            } else {
                filter.region = requested ?? own
            }
        case .shopkeeper, .assistant:
            filter.cooperativeIDs = principal.boundCooperatives
        }
        return filter
    }

    /// The alert named by the `{id}` path parameter and its events, if `principal` may read it; 404/403 otherwise.
    func readableAlert(_ request: Request, _ principal: Principal) throws -> (alert: Alert, events: [AlertEvent]) {
        let id = request.parameters["id"] ?? ""
        guard let detail = try storage.alertDetail(id: id) else { throw DomainError.notFound("No alert \(id).") }
        let alert = detail.alert
        let allowed = principal.isCooperativeBound ? principal.boundCooperatives.contains(alert.cooperativeID ?? "")
            : principal.oversees(alert.region)
        guard allowed else { throw DomainError.forbidden("This token may not read alert \(id).") }
        return detail
    }

    /// The alert named by the `{id}` path parameter, which `principal` must be allowed to acknowledge
    /// and resolve: an admin, or an officer over the alert's region.
    func manageableAlert(_ request: Request, _ principal: Principal) throws -> Alert {
        let alert = try readableAlert(request, principal).alert
        guard !principal.isCooperativeBound else {
            throw DomainError.forbidden("A shopkeeper or assistant may read alerts but not acknowledge or resolve them.")
        }
        return alert
    }
}
