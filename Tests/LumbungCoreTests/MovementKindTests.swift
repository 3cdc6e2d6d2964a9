import Testing
import LumbungCore

struct MovementKindTests {
    private func q(_ text: String) -> Quantity { Quantity(decimalLiteral: text)! }

    private func expectInvalidQuantity(_ kind: MovementKind, _ quantity: String, balance: String = "10") {
        do {
            _ = try kind.apply(quantity: q(quantity), to: q(balance))
            Issue.record("\(kind) of \(quantity) was accepted")
        } catch {
            guard case .invalid(let errors) = error else { Issue.record("unexpected \(error)"); return }
            #expect(errors.map(\.field) == ["quantity"])
            #expect(!(errors.first?.message.isEmpty ?? true))
        }
    }

    @Test func rawValuesMatchTheAPI() {
        #expect(MovementKind.allCases.map(\.rawValue) == ["receipt", "sale", "adjustment", "count"])
    }

    @Test func receiptAddsAndSaleSubtracts() throws {
        let received = try MovementKind.receipt.apply(quantity: q("40"), to: q("2.5"))
        #expect(received == MovementOutcome(delta: q("40"), balanceAfter: q("42.5")))
        let sold = try MovementKind.sale.apply(quantity: q("2.5"), to: q("42.5"))
        #expect(sold == MovementOutcome(delta: q("-2.5"), balanceAfter: q("40")))
        let soldOut = try MovementKind.sale.apply(quantity: q("40"), to: q("40"))
        #expect(soldOut.balanceAfter.isZero)
    }

    @Test func countSetsBalanceAndRecordsDelta() throws {
        let down = try MovementKind.count.apply(quantity: q("7"), to: q("10"))
        #expect(down == MovementOutcome(delta: q("-3"), balanceAfter: q("7")))
        let up = try MovementKind.count.apply(quantity: q("12.25"), to: q("10"))
        #expect(up == MovementOutcome(delta: q("2.25"), balanceAfter: q("12.25")))
        let zero = try MovementKind.count.apply(quantity: .zero, to: q("10"))
        #expect(zero == MovementOutcome(delta: q("-10"), balanceAfter: .zero))
    }

    @Test func adjustmentIsSigned() throws {
        #expect(try MovementKind.adjustment.apply(quantity: q("-4"), to: q("10")).balanceAfter == q("6"))
        #expect(try MovementKind.adjustment.apply(quantity: q("0.5"), to: q("10")).delta == q("0.5"))
    }

    @Test func goingBelowZeroReportsWhatIsAvailable() {
        #expect(throws: DomainError.insufficientStock(available: q("3"))) {
            try MovementKind.sale.apply(quantity: q("5"), to: q("3"))
        }
        #expect(throws: DomainError.insufficientStock(available: q("3"))) {
            try MovementKind.adjustment.apply(quantity: q("-3.001"), to: q("3"))
        }
    }

    @Test func rejectsQuantitiesTheKindDoesNotAllow() {
        expectInvalidQuantity(.receipt, "0")
        expectInvalidQuantity(.receipt, "-1")
        expectInvalidQuantity(.sale, "0")
        expectInvalidQuantity(.sale, "-2")
        expectInvalidQuantity(.adjustment, "0")
        expectInvalidQuantity(.count, "-1")
    }

    @Test func overflowIsInvalidNotACrash() {
        do {
            _ = try MovementKind.receipt.apply(
                quantity: Quantity(thousandths: Int64.max), to: Quantity(thousandths: 1))
            Issue.record("overflow accepted")
        } catch {
            guard case .invalid(let errors) = error else { Issue.record("unexpected \(error)"); return }
            #expect(errors.first?.field == "quantity")
        }
    }
}
