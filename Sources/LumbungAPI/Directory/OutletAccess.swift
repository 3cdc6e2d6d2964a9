import LumbungCore
import MicroHTTP

extension LumbungAPI {
    /// The outlet named by the `{id}` path parameter and the caller, who must be allowed to operate it:
    /// its cooperative's shopkeeper, an officer over its village, or an admin. 404 for an unknown outlet.
    func outletOperator(_ request: Request) throws -> (principal: Principal, outlet: OutletSummary) {
        let id = request.parameters["id"] ?? ""
        let (principal, found) = try principal(request, outletID: id)
        guard let outlet = found else { throw DomainError.notFound("No outlet \(id).") }
        guard principal.mayOperate(cooperativeID: outlet.cooperativeID, region: outlet.region) else {
            throw DomainError.forbidden("This token may not act for outlet \(outlet.id).")
        }
        return (principal, outlet)
    }

    /// The outlet named by the `{id}` path parameter, or 404.
    func existingOutlet(_ request: Request) throws -> OutletSummary {
        let id = request.parameters["id"] ?? ""
        guard let outlet = try storage.outletSummary(id: id) else { throw DomainError.notFound("No outlet \(id).") }
        return outlet
    }
}
