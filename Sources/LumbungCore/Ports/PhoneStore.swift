/// Storage of the phones registered to outlets.
public protocol PhoneStore: Sendable {
    /// Registers a phone. Throws `conflict` when the number is already registered.
    func addPhone(_ phone: Phone) throws
    /// The registration of a number, or nil.
    func phone(number: PhoneNumber) throws -> Phone?
    /// Registered phones, by number, optionally of one outlet, one cooperative and within a region.
    func phones(outletID: String?, cooperativeID: String?, region: RegionCode?, page: PageRequest) throws -> Page<Phone>
    /// Removes a registration; false when there was none.
    func removePhone(number: PhoneNumber) throws -> Bool
}
