import Guidance

/// A handoff as the store gives it back (CONTRACT §9): its figures, who moved it, its tries and — only to a login of the
/// receiving service, each time audited — the client's details.
public struct Handoff: Equatable, Sendable {
    public let id: Int64
    /// The figures: times, state, result and tries.
    public var record: HandoffRecord
    /// The contact it was sent from (nil for one sent by `neuvo handoff send`) and the contact's referral whose outcome
    /// closing it sets (the service first sent to; a handoff sent again elsewhere keeps it).
    public var contactID: Int64?
    public var referral: String?
    public var sentBy: String
    public var takenBy: String?
    public var closedBy: String?
    /// Why the receiving service returned it (result `returned`).
    public var returnReason: String?
    /// The tries, oldest first (only where they are asked for: `openHandoff`, `sentHandoffs`).
    public var tries: [HandoffTry]
    /// The client's details: nil unless revealed to a login of the receiving service, and after erasure.
    public var details: HandoffDetails?
    /// Whether the details have been erased (30 days after closing, 90 after sending).
    public var erased: Bool

    public init(
        id: Int64, record: HandoffRecord, contactID: Int64? = nil, referral: String? = nil, sentBy: String, takenBy: String? = nil, closedBy: String? = nil,
        returnReason: String? = nil, tries: [HandoffTry] = [], details: HandoffDetails? = nil, erased: Bool = false
    ) {
        self.id = id
        self.record = record
        self.contactID = contactID
        self.referral = referral
        self.sentBy = sentBy
        self.takenBy = takenBy
        self.closedBy = closedBy
        self.returnReason = returnReason
        self.tries = tries
        self.details = details
        self.erased = erased
    }

    public var state: HandoffState { record.state }

    /// Whole minutes since it was sent, at `now` (the queue's age).
    public func ageMinutes(at now: Timestamp) -> Int64 { max(0, (now.instant - record.sentAt.instant) / 60) }
}

/// One try to reach the client: when, by whom, and whether the client answered.
public struct HandoffTry: Equatable, Sendable {
    public let at: Timestamp
    public let reached: Bool
    public let by: String

    public init(at: Timestamp, reached: Bool, by: String) {
        self.at = at
        self.reached = reached
        self.by = by
    }
}

/// Why the store refused to move a handoff.
public enum HandoffError: Error, Equatable, Sendable {
    /// No handoff of that id the login may see.
    case notFound(id: Int64)
    /// The handoff is not in a state for it (`taken` needed, already closed …), with the store's reason.
    case wrongState(id: Int64, reason: String)
    /// A field refused (the request's checks, a return's reason).
    case invalid(HandoffProblem)
    /// The server refused an argument (PostgreSQL, 22023), its message naming the field.
    case refused(reason: String)
}

/// The warm handoff's store, a capability of its own that both backends implement (`ContactLog` keeps the contacts).
/// On PostgreSQL every method is a `neuvo.*` function that decides in the server who may (a service login: its
/// services' handoffs, with details; an advisor: her points' handoffs, state and times only; the owner: everything);
/// on SQLite the file's user is every role. Times are stamped by the store, in the region's time zone.
public protocol HandoffStore: AnyObject, Sendable {
    /// Sends a handoff (checked: point, receiving service, consent, details) and returns its id. `contactID`: the saved
    /// contact whose referral to `request.service` it carries (that referral must exist); nil for `neuvo handoff send`.
    /// A contact's referral has at most one open handoff: sent again (a retry after a lost connection), the open
    /// one's id comes back and nothing is added.
    func sendHandoff(_ request: HandoffRequest, fromContact contactID: Int64?, by actor: Actor) throws -> Int64

    /// The queue: open handoffs (sent or taken) to `services` (nil: every service the login receives for), urgent first,
    /// then oldest. No details (`openHandoff` reveals them).
    func handoffQueue(services: [String]?, by actor: Actor) throws -> [Handoff]

    /// One handoff with its details and tries, for a login of the receiving service; each call is an audit row naming
    /// the login and the handoff.
    func openHandoff(id: Int64, by actor: Actor) throws -> Handoff

    /// Takes a sent handoff (the caller's login becomes its taker).
    func takeHandoff(id: Int64, by actor: Actor) throws

    /// Records a try to reach the client, with its time: `reached` or no answer. The handoff must be taken; at most 20.
    func recordHandoffTry(id: Int64, reached: Bool, by actor: Actor) throws

    /// Closes a taken handoff with `reached` (a try reached the client), `notReached` (at least one try) or `declined`;
    /// a handoff sent from a contact sets that contact's referral outcome by the rule every outcome is set.
    func closeHandoff(id: Int64, result: HandoffResult, by actor: Actor) throws

    /// Returns a handoff to the sending point as the wrong service, with a reason (≤ 200 characters, no identity code).
    func returnHandoff(id: Int64, reason: String, by actor: Actor) throws

    /// Sends a returned handoff again to another receiving service, its details copied in the store (the sending advisor
    /// never reads them); returns the new handoff's id.
    func resendHandoff(id: Int64, to service: String, by actor: Actor) throws -> Int64

    /// `neuvo handoffs`: the handoffs the login may see, newest first (`open`: sent or taken only). With `details`, and
    /// only for a login of the receiving service (the owner; on SQLite the file's user), each comes with its details and
    /// the listing is audited naming the handoffs.
    func handoffs(open: Bool, details: Bool, by actor: Actor) throws -> [Handoff]

    /// The sending points' handoffs (nil: the login's points; for the advisor's follow-ups), sent on or after `since`,
    /// newest first, with state, times and tries, never details.
    func sentHandoffs(points: [String]?, since: CivilDate, by actor: Actor) throws -> [Handoff]

    /// Whether a handoff was sent, moved or erased since the last call (the first call says yes), by anyone: cheap
    /// enough for a screen to ask on every tick.
    func handoffsChanged() throws -> Bool

    /// The figures of the handoffs sent from `from` to `to` (by `sent_at`'s day as written), at `point` (nil: every point
    /// the login reads): no personal details; for every role that reads reports.
    func handoffRecords(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [HandoffRecord]

    /// The live board's open handoffs (CONTRACT §8, §9): of the handoffs sent from `points` and not closed (sent or
    /// taken), per receiving service how many and the oldest's sent instant — an aggregate, never a handoff row or a
    /// detail, and not audited (as the board's other figures). For the owner, supervisors, board logins and advisors
    /// (their points only; the server drops the others); a service without an open handoff is absent.
    func boardHandoffs(points: [String], by actor: Actor) throws -> [String: OpenFollowUps]

    /// Imports handoffs' figures (the CSV kind `handoffs`), all or nothing; audited with `details`.
    func importHandoffs(_ records: [HandoffRecord], details: String, by actor: Actor) throws

    /// Erases name, phone, language, when and note of every handoff closed more than 30 days before `now`, or sent more
    /// than 90 days before it; states and times stay. Returns how many were erased (audited when any). §11's
    /// `neuvo retention` calls it.
    @discardableResult
    func eraseHandoffDetails(now: Timestamp, by actor: Actor) throws -> Int
}

/// The erasure's limits (CONTRACT §9).
public enum HandoffErasure {
    public static let afterClosingSeconds: Int64 = 30 * 86400
    public static let afterSendingSeconds: Int64 = 90 * 86400
}
