import Guidance

/// Everything a neuvo database holds but its figures (which the target counts again from the contacts) and the
/// pseudonym key (kept beside a SQLite file, inside a PostgreSQL database): what `neuvo copy` moves from one
/// backend to the other. Ids stay as they were, so the audit log's "contact 17" still names the same contact.
public struct LogContents: Sendable {
    /// A contact as saved: its id and when it was logged.
    public struct SavedContact: Sendable, Equatable {
        public let id: Int64
        public let contact: Contact
        public let loggedAt: String
    }

    /// A segmentation as stored beside its contact.
    public struct SavedSegmentation: Sendable, Equatable {
        public let contactID: Int64
        public let answers: String
        public let clientScore: Int
        public let needScore: Int
        public let computedSegment: String
        public let segment: String
        public let overrideReason: String?
        public let chain: String?
    }

    /// A follow-up marked done.
    public struct DoneFollowUp: Sendable, Equatable {
        public let contactID: Int64
        public let doneAt: String
        public let user: String
        public let note: String
        public let closedBy: Int64?
    }

    public var contacts: [SavedContact] = []
    public var segmentations: [SavedSegmentation] = []
    public var followUps: [DoneFollowUp] = []
    /// The settings a copy carries: the follow-up window, the region's time zone and how long a client_ref and a draft
    /// are kept (a database's kind stays the target's own).
    public var followUpWindowHours = Setting.defaultFollowUpWindowHours
    public var timeZone = Setting.defaultTimeZone
    public var retention = RetentionSettings.defaults
    public var audit: [AuditEntry] = []
    /// The anonymous records of CONTRACT §7, each answer once.
    public var records: [EvaluationRecord] = []
    /// The warm handoffs (CONTRACT §9) as stored, row by row: each table's columns in `HandoffTables`' order, every
    /// value as text (a try's `reached` as `true`/`false`), the details as they are until erased.
    public var handoffs = HandoffTables()
    /// The contacts whose pseudonym `neuvo retention` unlinked, by id, with the repeat flag frozen then: counted as they
    /// were counted with their pseudonym, so that the copy's reports equal the source's (CONTRACT §11).
    public var unlinked: [Int64: Bool] = [:]

    public init() {}

    /// The figures of every contact, counted as `Report.count` counts them, before the repeats are brought up to
    /// date (which then moves the contacts with a repeat, as after any import; an unlinked contact, which has no
    /// pseudonym to bring up to date, is counted with its frozen flag).
    var dailyChanges: DailyChanges {
        var changes = DailyChanges()
        for saved in contacts {
            if let hasRepeat = unlinked[saved.id] {
                changes.count(saved.contact.countedAsLinked, hasRepeat: hasRepeat)
            } else {
                changes.count(saved.contact)
            }
        }
        for record in records { changes.count(record) }
        return changes
    }
}

/// `neuvo copy` writes only into a database that holds no contacts.
public struct TargetNotEmpty: Error, Equatable, Sendable {
    public let contacts: Int
}

/// The three handoff tables' rows, for `neuvo copy`.
public struct HandoffTables: Sendable, Equatable {
    public static let handoffColumns = [
        "id", "contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by", "taken_at", "taken_instant",
        "taken_by", "closed_at", "closed_instant", "closed_by", "result", "return_reason", "tries",
    ]
    public static let tryColumns = ["handoff_id", "n", "at", "reached", "by"]
    public static let detailColumns = ["handoff_id", "name", "phone", "language", "when_to_call", "note"]

    public var handoffs: [[String?]] = []
    public var tries: [[String?]] = []
    public var details: [[String?]] = []

    public init() {}

    /// `"a", "b"` for a statement.
    static func quoted(_ columns: [String]) -> String { columns.map { "\"\($0)\"" }.joined(separator: ", ") }
}
