import LumbungCore
import MicroHTTP

/// Reading stock movements from request bodies: one movement, or a batch of them.
extension BodyReader {
    /// How far in the future `occurredAt` may lie, in milliseconds (phone clocks run fast).
    static let occurredAtTolerance: Int64 = 5 * Timestamp.millisecondsPerMinute
    /// The most movements one batch may hold.
    static let maximumBatchSize = 1000

    /// The movement in this object's fields `commodity`, `kind`, `quantity`, `occurredAt`, `note`;
    /// nil (with the problems recorded) when any is missing or invalid.
    mutating func movement(now: Timestamp) -> NewMovement? {
        let problemsBefore = errors.count
        let commodityText = text("commodity", maxLength: CommodityID.maximumLength)
        let commodity = commodityText.flatMap { CommodityID($0) }
        if commodityText != nil, commodity == nil { fail("commodity", "must be a commodity id such as lpg-3kg") }
        let kindText = text("kind", maxLength: 20)
        let kind = kindText.flatMap { MovementKind(rawValue: $0) }
        if kindText != nil, kind == nil { fail("kind", "must be one of receipt, sale, adjustment, count") }
        let quantity = quantity("quantity")
        if let kind, let quantity {
            do {
                try kind.validate(quantity: quantity)
            } catch {
                if case .invalid(let fields) = error { fields.forEach { fail($0.field, $0.message) } }
            }
        }
        let occurredAt = timestamp("occurredAt", required: false)
        if let occurredAt, occurredAt.milliseconds(since: now) > Self.occurredAtTolerance {
            fail("occurredAt", "must not be more than 5 minutes in the future")
        }
        let note = text("note", required: false, maxLength: 500)
        guard errors.count == problemsBefore, let commodity, let kind, let quantity else { return nil }
        return NewMovement(commodity: commodity, kind: kind, quantity: quantity, occurredAt: occurredAt, note: note)
    }

    /// The movements of the `movements` array, in order; problems are recorded under names such as
    /// `movements[3].quantity` (positions from 0).
    mutating func movementBatch(now: Timestamp) -> [NewMovement] {
        guard let value = value("movements") else { fail("movements", "is required"); return [] }
        guard case .array(let elements) = value else { fail("movements", "must be an array"); return [] }
        guard (1...Self.maximumBatchSize).contains(elements.count) else {
            fail("movements", "must hold 1 to \(Self.maximumBatchSize) movements")
            return []
        }
        var movements: [NewMovement] = []
        for (index, element) in elements.enumerated() {
            let field = "movements[\(index)]"
            guard case .object = element else { fail(field, "must be an object"); continue }
            var reader = BodyReader(element)
            if let movement = reader.movement(now: now) { movements.append(movement) }
            reader.errors.forEach { fail("\(field).\($0.field)", $0.message) }
        }
        return movements
    }
}
