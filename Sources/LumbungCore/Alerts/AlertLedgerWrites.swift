/// The writes an alert ledger makes in its storage, inside the transaction that changed a price, a balance or
/// a band; `apply` turns a check's decision (`AlertCheck.decide`) into them the same way on every storage.
public protocol AlertLedgerWrites {
    /// The open alert of `kind` for the subject's commodity: its id and what it shows; nil when none is open.
    func openAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID) throws -> (id: String, shown: AlertFinding)?
    /// Opens an alert of `kind` for the subject's commodity showing `finding`, with its `opened` event.
    func insertAlert(_ kind: AlertKind, of subject: AlertSubject, commodity: CommodityID, showing finding: AlertFinding) throws
    /// Changes an open alert to show `finding`, with an `updated` event.
    func updateAlert(id: String, showing finding: AlertFinding) throws
    /// Resolves an alert, `value` becoming its latest figure, with a `resolved` event carrying `note`.
    func resolve(id: String, value: Int64?, note: String?) throws
    /// Sets the warning level of a regional alert.
    func setLevel(_ level: WarningLevel, id: String) throws
}

extension AlertLedgerWrites {
    /// Persists what `check` decides for the subject's commodity: opens an alert, updates the open one,
    /// resolves it (a regional alert ends at level `normal`), or does nothing. Returns the event appended, if any.
    @discardableResult
    public func apply(_ check: AlertCheck, at subject: AlertSubject, commodity: CommodityID) throws -> AlertEventType? {
        try apply(check, at: subject, commodity: commodity, open: try openAlert(check.kind, of: subject, commodity: commodity))
    }

    /// `apply(_:at:commodity:)` with the open alert of the check's kind already read (`open`, nil when none is
    /// open), for a caller that read several kinds' open alerts at once.
    @discardableResult
    public func apply(_ check: AlertCheck, at subject: AlertSubject, commodity: CommodityID,
                      open: (id: String, shown: AlertFinding)?) throws -> AlertEventType? {
        switch check.decide(open: open?.shown) {
        case .keep:
            return nil
        case .resolve(let value):
            guard let open else { return nil }
            if check.kind == .regionalPriceRise { try setLevel(.normal, id: open.id) }
            try resolve(id: open.id, value: value, note: nil)
            return .resolved
        case .update(let finding):
            guard let open else { return nil }
            try updateAlert(id: open.id, showing: finding)
            return .updated
        case .open(let finding):
            try insertAlert(check.kind, of: subject, commodity: commodity, showing: finding)
            return .opened
        }
    }
}
