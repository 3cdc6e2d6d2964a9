/// A phone registered to act for one outlet by text message.
public struct Phone: Sendable, Hashable {
    /// The number, unique across the service.
    public let number: PhoneNumber
    /// The outlet its messages write for.
    public let outletID: String
    /// The cooperative running that outlet.
    public let cooperativeID: String
    /// Who holds it; recorded as the actor of its writes.
    public let name: String
    /// When it was registered.
    public let createdAt: Timestamp

    /// A registration.
    public init(number: PhoneNumber, outletID: String, cooperativeID: String, name: String, createdAt: Timestamp) {
        self.number = number
        self.outletID = outletID
        self.cooperativeID = cooperativeID
        self.name = name
        self.createdAt = createdAt
    }
}
