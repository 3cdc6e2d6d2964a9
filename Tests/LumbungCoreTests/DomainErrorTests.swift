import Testing
import LumbungCore

struct DomainErrorTests {
    @Test func codesAreStableSnakeCase() {
        #expect(DomainError.invalid(field: "quantity", message: "x").code == "invalid")
        #expect(DomainError.notFound("outlet").code == "not_found")
        #expect(DomainError.conflict("x").code == "conflict")
        #expect(DomainError.insufficientStock(available: .zero).code == "insufficient_stock")
        #expect(DomainError.forbidden("x").code == "forbidden")
        #expect(DomainError.unauthenticated.code == "unauthenticated")
        #expect(DomainError.idempotencyKeyReused.code == "idempotency_key_reused")
    }

    @Test func singleFieldShorthandEqualsTheListForm() {
        #expect(
            DomainError.invalid(field: "quantity", message: "Must be positive.")
                == .invalid([FieldError(field: "quantity", message: "Must be positive.")]))
        #expect(DomainError.insufficientStock(available: 3) != .insufficientStock(available: 4))
    }

    @Test func messagesAreReadable() {
        #expect(DomainError.insufficientStock(available: Quantity(decimalLiteral: "2.5")!).message.contains("2.5"))
        #expect(DomainError.invalid(field: "min", message: "Must not be greater than max.").message
            == "min: Must not be greater than max.")
    }
}
