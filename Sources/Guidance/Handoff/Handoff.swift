/// The warm handoff (CONTRACT §9): with the client's consent the advisor sends the matter to a receiving service,
/// which contacts the client; what became of it flows back as the referral's outcome.

/// How soon the receiving service should call.
public enum HandoffUrgency: String, CaseIterable, Sendable {
    case normal
    case urgent
}

/// How a closed handoff ended.
public enum HandoffResult: String, CaseIterable, Sendable {
    /// The client was reached.
    case reached
    /// The service gave up after its tries.
    case notReached = "not-reached"
    /// The client no longer wants it.
    case declined
    /// The wrong service, with a reason; the sending point may send it elsewhere.
    case returned

    /// The referral outcome (§7) a handoff closed this way sets on its contact; nil leaves it `pending`.
    public var referralOutcome: String? {
        switch self {
        case .reached: "reached"
        case .notReached: "not-reached"
        case .declined: "declined"
        case .returned: nil
        }
    }
}

/// Where a handoff is: sent, taken by a login of the receiving service, or closed with a result.
public enum HandoffState: String, CaseIterable, Sendable {
    case sent
    case taken
    case closed
}

/// A handoff's figures: what stays once its personal details are erased, one row of the CSV kind `handoffs`
/// (`sent_at,point,service,urgency,taken_at,closed_at,result,tries`) and what the report's `handoff…` keys count.
public struct HandoffRecord: Equatable, Sendable {
    public var sentAt: Timestamp
    /// The sending point.
    public var point: String
    /// The receiving service (an internal referral code of §1, or one a region adds).
    public var service: String
    public var urgency: HandoffUrgency
    public var takenAt: Timestamp?
    public var closedAt: Timestamp?
    public var result: HandoffResult?
    /// Tries to reach the client, 0–20.
    public var tries: Int

    public init(
        sentAt: Timestamp, point: String, service: String, urgency: HandoffUrgency = .normal, takenAt: Timestamp? = nil,
        closedAt: Timestamp? = nil, result: HandoffResult? = nil, tries: Int = 0
    ) {
        self.sentAt = sentAt
        self.point = point
        self.service = service
        self.urgency = urgency
        self.takenAt = takenAt
        self.closedAt = closedAt
        self.result = result
        self.tries = tries
    }

    public var state: HandoffState {
        closedAt != nil ? .closed : takenAt != nil ? .taken : .sent
    }
}
