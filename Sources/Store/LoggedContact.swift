import Guidance

/// One saved contact as the screens list it.
public struct LoggedContact: Equatable, Sendable {
    public let id: Int64
    /// Topics and referrals come back in code order, not in the order they were entered.
    public let contact: Contact
    /// A later contact of the same client on a shared topic within the follow-up window exists (CONTRACT §4).
    public let hasRepeat: Bool
    public let followUp: FollowUpState

    public init(id: Int64, contact: Contact, hasRepeat: Bool, followUp: FollowUpState) {
        self.id = id
        self.contact = contact
        self.hasRepeat = hasRepeat
        self.followUp = followUp
    }
}

/// Whether a contact still waits for something. Marking a follow-up done never changes `resolved`: that is
/// a measure of the one contact (CONTRACT §4), and the reports stay as they were.
public enum FollowUpState: Equatable, Sendable {
    /// resolved = yes: nothing to follow up.
    case settled
    /// Not resolved, not yet marked done.
    case open
    /// Marked done (`closedBy`: the later contact that closed it, if any).
    case done(note: String, closedBy: Int64?)
}
