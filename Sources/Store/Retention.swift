import Guidance

/// CONTRACT §11's retention settings: how long a contact keeps its pseudonym (`client_ref`) and a draft is kept.
public struct RetentionSettings: Equatable, Sendable {
    /// A contact older than this many days (by its day, counted back from today) keeps no client_ref.
    public var clientRefDays: Int
    /// A draft not changed for this many days goes.
    public var draftDays: Int

    public static let clientRefDaysKey = "retention.client_ref_days"
    public static let draftDaysKey = "retention.draft_days"
    /// The settings as the setting table keeps them, key and value.
    var stored: [(key: String, value: String)] { [(Self.clientRefDaysKey, String(clientRefDays)), (Self.draftDaysKey, String(draftDays))] }
    public static let defaults = RetentionSettings(clientRefDays: 365, draftDays: 30)
    public static let clientRefDaysRange = 1...3650
    public static let draftDaysRange = 1...365

    public init(clientRefDays: Int, draftDays: Int) {
        self.clientRefDays = clientRefDays
        self.draftDays = draftDays
    }

    /// Why these settings are refused under a follow-up window of `followUpWindowHours`; nil when they are fine.
    public func problem(followUpWindowHours: Int) -> RetentionSettingRefused? {
        if !Self.clientRefDaysRange.contains(clientRefDays) { return .clientRefDaysOutOfRange }
        if !Self.draftDaysRange.contains(draftDays) { return .draftDaysOutOfRange }
        if clientRefDays < Self.windowDays(followUpWindowHours) { return .belowFollowUpWindow(days: Self.windowDays(followUpWindowHours)) }
        return nil
    }

    /// The follow-up window in whole days, rounded up.
    public static func windowDays(_ hours: Int) -> Int { (hours + 23) / 24 }
}

/// A retention setting refused, nothing changed.
public enum RetentionSettingRefused: Error, Equatable, Sendable {
    case clientRefDaysOutOfRange
    case draftDaysOutOfRange
    /// client_ref_days is shorter than the follow-up window (`days`), which repeat detection needs.
    case belowFollowUpWindow(days: Int)
}

/// What `neuvo retention` removed (or, on a dry run, would remove).
public struct RetentionResult: Equatable, Sendable {
    /// Contacts whose client_ref was removed.
    public var unlinked: Int
    /// Drafts removed.
    public var drafts: Int
    /// Handoffs whose personal details were erased (CONTRACT §9).
    public var handoffDetails: Int
    /// Contacts of days before this one were unlinked.
    public var unlinkedBefore: CivilDate

    public init(unlinked: Int, drafts: Int, handoffDetails: Int, unlinkedBefore: CivilDate) {
        self.unlinked = unlinked
        self.drafts = drafts
        self.handoffDetails = handoffDetails
        self.unlinkedBefore = unlinkedBefore
    }

    /// The audit row's details.
    func details(dryRun: Bool) -> String {
        "retention\(dryRun ? " dry run" : ""): \(unlinked) client_refs unlinked (days before \(unlinkedBefore)), \(drafts) drafts removed, "
            + "\(handoffDetails) handoffs' details erased"
    }
}

/// CONTRACT §11's `neuvo retention`, on both backends. A contact's repeat flag is kept as it was when its client_ref goes
/// (repeats are only ever recounted among contacts that keep one), so every report is the same afterwards, under any
/// later follow-up window too.
public protocol RetentionStore: AnyObject {
    func retentionSettings() throws -> RetentionSettings
    /// Changes both settings, audited; refuses (`RetentionSettingRefused` on SQLite, the server's 22023 on PostgreSQL) a
    /// value out of range or a client_ref_days shorter than the follow-up window, changing nothing. The owner's on
    /// PostgreSQL.
    func setRetention(_ settings: RetentionSettings, by actor: Actor) throws
    /// Unlinks the client_ref of every contact of a day more than `clientRefDays` (never fewer than the follow-up
    /// window's days) before `now`'s day, removes the drafts unchanged for more than `draftDays` and erases handoff
    /// details by §9's rules (`HandoffStore.eraseHandoffDetails`), all in one transaction, audited. With `dryRun`, the
    /// same work is done and undone: it returns what it would remove and changes nothing but the audit log. The
    /// owner's on PostgreSQL.
    func applyRetention(now: Timestamp, dryRun: Bool, by actor: Actor) throws -> RetentionResult
}
