import LumbungCore

/// Handles inbound text messages the same way whichever channel brings them (the gateway's
/// webhook or `lumbung sms receive`): reads the message, carries out every clause in one
/// transaction through the API's own write paths, and answers with the reply.
struct TextMessageDesk {
    /// The storage written to.
    let storage: any LumbungStorage
    /// Tells the time of each message.
    let clock: any Clock
    /// The alert policy writes are judged by.
    let staleAfterHours: Int

    /// How many outlets a stock check lists.
    static let outletsPerCheck = 3

    /// Handles the message with event id `eventID` once: a repeat answers as the first did. Everything
    /// that only reads (the catalogue, the sender's phone, stock checks) is done before the writer is
    /// taken, so a slow stock check never holds up other writes.
    func receive(eventID: String, sender: String, text: String) throws -> (answer: TextAnswer, replayed: Bool) {
        let now = clock.now()
        let number = PhoneNumber(sender)
        let reading = try read(text, from: number)
        // What is kept of a message is bounded: anything longer than the language allows is refused anyway.
        let kept = String(String.UnicodeScalarView(text.unicodeScalars.prefix(TextMessage.maximumLength + 1)))
        return try storage.receiveText(eventID: eventID, sender: number?.e164 ?? sender, text: kept, now: now) {
            try answer(reading, now: now)
        }
    }

    /// A message as read before any write: its clauses with the answers of the clauses that only
    /// read, or its refusal.
    private enum Reading {
        /// Understood; `lines` holds the reply lines of the reading clauses, by clause index.
        case understood([TextClause], sender: TextSender?, lines: [Int: Result<String, TextRefusalReason>])
        /// Refused whole.
        case refused(TextRefusal)
    }

    /// Parses the message and answers its reading clauses (help, stock checks).
    private func read(_ text: String, from number: PhoneNumber?) throws -> Reading {
        let vocabulary = TextVocabulary(catalogue: try storage.commodities(page: PageRequest(limit: PageRequest.maximumLimit)).items)
        let clauses: [TextClause]
        switch TextMessage.parse(text, vocabulary: vocabulary) {
        case .success(let understood): clauses = understood
        case .failure(let refusal): return .refused(refusal)
        }
        let sender = try number.flatMap { try storage.phone(number: $0) }
            .flatMap { phone in try storage.outletSummary(id: phone.outletID).map { TextSender(phone: phone, outlet: $0) } }
        var lines: [Int: Result<String, TextRefusalReason>] = [:]
        for (index, clause) in clauses.enumerated() {
            switch clause.action {
            case .help:
                lines[index] = .success(TextReply.help(vocabulary: vocabulary))
            case .check(let place):
                guard let commodity = clause.commodity else { continue }
                lines[index] = try TextStockCheck(storage: storage, limit: Self.outletsPerCheck)
                    .line(for: clause, commodity: commodity.id, place: place, home: sender?.outlet.region)
            case .movement, .price:
                continue
            }
        }
        return .understood(clauses, sender: sender, lines: lines)
    }

    /// Carries out the message's writes inside the transaction, or refuses it whole.
    private func answer(_ reading: Reading, now: Timestamp) throws -> TextAnswer {
        switch reading {
        case .refused(let refusal):
            return TextAnswer(status: .rejected, parts: TextReply.parts([refusal.reply]))
        case .understood(let clauses, let sender, let read):
            do {
                let lines = try storage.allOrNothing {
                    try clauses.enumerated().map { offset, clause in
                        try (read[offset] ?? write(clause, sender: sender, now: now))
                            .mapError { TextRefusal($0, clause: offset + 1, text: clause.echo) }.get()
                    }
                }
                return TextAnswer(status: .accepted, parts: TextReply.parts(lines))
            } catch let refusal as TextRefusal {
                return TextAnswer(status: .rejected, parts: TextReply.parts([refusal.reply]))
            }
        }
    }

    /// Carries out one writing clause; its reply line, or why it was refused (the caller then undoes
    /// the message's earlier clauses).
    private func write(_ clause: TextClause, sender: TextSender?, now: Timestamp) throws -> Result<String, TextRefusalReason> {
        guard let commodity = clause.commodity, let sender else { return .failure(.unregistered) }
        switch clause.action {
        case .movement(let kind, let quantity):
            do {
                let movement = NewMovement(commodity: commodity.id, kind: kind, quantity: quantity, note: sender.note)
                let recorded = try storage.recordMovements([movement], outlet: sender.outlet, context: context(sender, now))
                return .success(TextResultLine.movement(clause, balance: recorded[0].balanceAfter))
            } catch let rejected as MovementRejected {
                guard case .insufficientStock(let available) = rejected.reason else { return .failure(.refused(rejected.reason.message)) }
                return .failure(.insufficientStock(available: available, unit: commodity.unit))
            }
        case .price(let price):
            let report = try storage.recordPrice(outlet: sender.outlet, commodity: commodity.id, price: price, observedAt: now,
                                                 context: context(sender, now))
            return .success(TextResultLine.price(clause, status: report.status, band: report.band))
        case .check, .help:
            return .failure(.refused("not a write"))
        }
    }

    /// The context of a write by the registered phone: its name is the actor.
    private func context(_ sender: TextSender, _ now: Timestamp) -> WriteContext {
        WriteContext(now: now, actor: sender.phone.name, staleAfterHours: staleAfterHours)
    }
}

/// A registered phone and the outlet it acts for.
struct TextSender {
    /// The registration.
    let phone: Phone
    /// Its outlet.
    let outlet: OutletSummary

    /// The ledger note of its movements, naming who sent them.
    var note: String { "SMS \(phone.name)" }
}
