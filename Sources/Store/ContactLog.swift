import Guidance

/// The contact log: contacts with their topics, referrals and assessments, repeat contacts, the measures,
/// drafts, settings and the audit log. The screens and commands talk to this, never to a database: each backend
/// is a class of its own (`SQLiteLog`), opened through `ContactLogs.open`. Every write checks the contact against
/// data/, and every read and write of contact data is recorded in the audit log with its actor.
public protocol ContactLog: AnyObject, Sendable {
    // MARK: - Writing

    /// Saves one contact (and the segmentation done with it) and brings the client's repeats up to date.
    /// `followUps` are earlier contacts this one settles: in the same transaction their follow-ups are
    /// marked done, closed by the new contact (see `markFollowUpDone`); an unknown id saves nothing and
    /// throws `ContactNotFound`. `draft`, the form's draft, is removed in the same transaction, so a crash
    /// can never leave both the contact and its draft (which would be offered back and saved twice).
    /// `token` names this save, the same however often it is tried: where a save's outcome can be unknown (a
    /// connection lost during the commit, on PostgreSQL), a save whose token is already there is not done again
    /// and its contact's id comes back. Returns the contact's id. (Defaults:
    /// `ContactLog.log(_:assessment:chain:closing:replacingDraft:token:by:)` in the extension below.)
    @discardableResult
    func log(
        _ contact: Contact, assessment: Assessment?, chain: String?, closing followUps: [Int64], replacingDraft draft: Int64?,
        token: String?, by actor: Actor
    ) throws -> Int64

    /// Whether a contact was saved with `token` (`log`'s): a form kept on the machine while the database was away may
    /// have been saved after all (a commit whose answer was lost). SQLite's saves commit or not before they return, so
    /// it keeps no tokens and answers false.
    func isSaved(token: String) throws -> Bool

    /// Saves all the contacts in one transaction, or none of them (each is checked against data/ first). Audited
    /// with `details`.
    func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws

    /// Saves the contacts `next` gives, batch by batch until nil, in one transaction: if `next` fails,
    /// nothing is written. The caller may still be reading (and checking) its file while this writes.
    /// Returns how many were saved; audited with `details`.
    @discardableResult
    func importContacts(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int

    /// Closes the database; the log is not used after this.
    func close() throws

    // MARK: - Repeat contacts (CONTRACT §4)

    /// The follow-up window: a later contact within this many hours can be a repeat.
    func followUpWindowHours() throws -> Int

    /// Changes the window and recomputes every contact's repeat flag under it. `hours` is more than 0.
    func setFollowUpWindow(hours: Int, by actor: Actor) throws

    // MARK: - The region's clock (CONTRACT §3)

    /// The `timezone` setting: the IANA name of the region's time zone (`Europe/Helsinki` when the database holds
    /// none), as written — the caller turns it into a `RegionClock` and says so when it is not a time zone.
    func timeZoneName() throws -> String

    /// Changes the `timezone` setting to `name` (checked by the caller); audited with the old and new names.
    func setTimeZone(_ name: String, by actor: Actor) throws

    // MARK: - Reading

    /// The measures over `from`…`to` (inclusive, by each contact's day), for one point or all. Audited with
    /// the period.
    func report(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> Report

    /// Calls `each` with every contact of the period (all when nil; either end may be open) in time order;
    /// returns how many. Reads one snapshot without keeping others from saving contacts during a long export.
    /// Audited with the period.
    @discardableResult
    func exportContacts(from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void) throws -> Int

    /// Writes the period's report through `write` (which saves the file) and records it in the audit log with
    /// `file`, in one transaction: if writing fails, nothing is recorded as written.
    @discardableResult
    func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report

    // MARK: - Audit

    /// The audit log, oldest first; `from`/`to` are UTC days, inclusive (nil: open).
    func audit(from: CivilDate?, to: CivilDate?) throws -> [AuditEntry]

    /// An event that touches no contact but belongs in the audit log (a role changed).
    func record(_ details: String, by actor: Actor) throws

    /// The audit log's hash chain checked row by row (`neuvo audit --verify`): where it first breaks, if it does.
    func verifyAudit() throws -> AuditChain.Verifier

    // MARK: - The client's log review (CONTRACT §11)

    /// Every audit row that read or changed the data of the client `code` names, oldest first (without their clients'
    /// pseudonyms); this search is itself audited, naming the client. `key`: the pseudonym key on SQLite (nil: none
    /// was ever made, so no client was ever named); on PostgreSQL the server computes the pseudonym, and only the owner
    /// and supervisors may ask.
    func clientAudit(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> [AuditEntry]

    /// The audit rows of `login` in the UTC days `from`…`to` (nil: open), oldest first; itself audited.
    func loginAudit(_ login: String, from: CivilDate?, to: CivilDate?, by actor: Actor) throws -> [AuditEntry]

    /// Everything held linked to the client `code` names, as one JSON object: `contacts` (every column but the pseudonym,
    /// with their `topics`, `referrals` and `unmet_needs`), `assessments`, `follow_ups` (marked done) and `handoffs` (with
    /// their `details` while they exist, null after, and `tries`); audited, naming the client.
    func clientData(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> JSONValue

    // MARK: - Health

    /// The backend's own check of what it stores: `ok` when intact.
    func integrityCheck() throws -> String

    /// How many contacts the log holds (not audited: no contact is read).
    func contactCount() throws -> Int

    // MARK: - The screens

    /// Everything the home screen shows, read in one transaction with one audit row (each audit row is a synced
    /// write, and this runs after every save): the day's contacts at the point, the day's measures, how many
    /// follow-ups are open since `followUpsSince`, and the actor's drafts.
    func overview(of day: CivilDate, point: String, followUpsSince: CivilDate, by actor: Actor) throws -> DayOverview

    /// One contact with its segmentation, for editing; nil when there is none with that id. Audited
    /// "contact <id>". Throws `UnreadableAssessment` when the saved answers no longer score under the
    /// instrument in data/ — rather than hand back a contact whose save would drop its segmentation.
    func contact(id: Int64, by actor: Actor) throws -> (LoggedContact, SavedAssessment?)?

    /// Replaces a saved contact's fields, topics, referrals and segmentation (`assessment` nil removes it);
    /// its follow-up state and when it was first logged stay. The daily figures stay exact: the old contact's
    /// counts (with the repeat flag it had) come out, the new one's go in, and the repeats of both the old and
    /// the new client_ref are brought up to date, other contacts' flags included. `draft`, the form's draft, is
    /// removed in the same transaction. Checked like `log` (throws `StoreError.invalidContact`); an unknown id
    /// throws `ContactNotFound`. Audited "contact <id> edited". (Default `draft`: nil, in the extension below.)
    func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64?, by actor: Actor
    ) throws

    // MARK: - The day browser

    /// Contacts and resolved contacts per day from `from` to `to` (every day, zeros included), for one point or
    /// all, from the daily figures. Audited.
    func dailySeries(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [DailyCount]

    /// Everything the day browser shows, in one transaction with one audit row (each audit row is a synced
    /// write, and this runs on every key that moves the browser): the period's report and the comparison
    /// period's — the very figures `report(from:to:point:by:)` gives — and the daily series.
    func browse(
        from: CivilDate, to: CivilDate, comparedWith comparison: (from: CivilDate, to: CivilDate),
        series: (from: CivilDate, to: CivilDate), point: String?, by actor: Actor
    ) throws -> BrowsedPeriod

    /// One page of the contacts of the period (one point or all) that `filter`'s figure counts, in the order of
    /// `ContactKey` (day, instant, id), with their repeat flags and follow-up states: at most `limit` of them (at most
    /// `pageLimit`) from `start`, in that order even when read backwards. Audited with the filter and the page, naming
    /// the pseudonyms of the contacts given. (`contacts(from:to:point:matching:by:)` reads every page.)
    func contacts(
        from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, page start: PageStart<ContactKey>, limit: Int,
        by actor: Actor
    ) throws -> [LoggedContact]

    /// How many contacts the list behind the figure has (from the stored figure when one counts exactly them),
    /// without reading them. Audited.
    func countContacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> Int

    // MARK: - Drafts

    /// Saves a form as a new draft (`id` nil, or a draft that is not the actor's) or over the actor's existing
    /// one; returns its id. A form holding a personal identity code is refused: the code is turned into a
    /// pseudonym before anything is kept. Audited when a draft begins, not on each rewrite.
    @discardableResult
    func saveDraft(id: Int64?, form: String, point: String?, by actor: Actor) throws -> Int64

    /// The advisor's (the actor's) drafts, newest first: what the next start offers back. Audited when there are any.
    func drafts(by actor: Actor) throws -> [Draft]

    /// Removes a draft the advisor discards (a saved contact's draft goes with `log(replacingDraft:)`). Audited.
    func deleteDraft(id: Int64, by actor: Actor) throws

    // MARK: - Follow-ups
    // Contacts not resolved in themselves wait until the advisor marks them done, by hand or by logging the later
    // contact that settles them. Done is kept beside the contact, never as a change to `resolved`, so the
    // measures do not move.

    /// Open follow-ups at a point: contacts not resolved and not marked done, whose day is `since` or later,
    /// oldest first (instant, id). Audited "follow-ups at point <p> since <date>".
    func followUps(point: String, since: CivilDate, by actor: Actor) throws -> [LoggedContact]

    /// Marks a follow-up done with a note of the outcome (may be empty). Marking it again replaces the note
    /// and keeps the contact that closed it, if one did. A note holding a personal identity code is refused
    /// (as `saveDraft` refuses one); an unknown id throws `ContactNotFound`. Audited "follow-up of contact <id> done".
    func markFollowUpDone(contactID: Int64, note: String, by actor: Actor) throws

    /// The client's contacts in the follow-up window before `before` (before − window ≤ instant < before),
    /// oldest first, on any topic (the caller keeps those sharing a topic), at every point. Only what the form shows
    /// is promised — the id, time, point, channel, topics, outcome and whether the follow-up is open: on PostgreSQL an
    /// advisor learns no more of other points' contacts (the rest is left at its defaults, without a repeat or a
    /// note). Audited "earlier contacts of a client".
    func earlierContacts(clientRef: String, before: Timestamp, by actor: Actor) throws -> [LoggedContact]

    // MARK: - The evaluation (CONTRACT §7)

    /// Sets what became of one referral of a contact: in follow-ups (the advisor's own point's contacts) or when
    /// the client comes back (an earlier contact of the same client, named by `clientRef`, at any point). The
    /// figures move with it. An unknown id or a referral the contact does not have throws `ContactNotFound`; an
    /// unknown outcome `StoreError.invalidContact`. Audited "referral outcome of contact <id>".
    func setReferralOutcome(contactID: Int64, referral: String, outcome: String, clientRef: String?, by actor: Actor) throws

    /// Saves anonymous records (feedback, mood, staffing) in one transaction, all or nothing, with their figures; a
    /// staffing row replaces the one held for its day and point. Each is checked against data/ (the point). With
    /// `details` (an import) the write is audited; a single answer from the kiosk or the mood question is not — an
    /// audit row's time would tie the answer to a time of day. Staffing is always audited.
    func saveRecords(_ records: [EvaluationRecord], details: String?, by actor: Actor) throws

    /// The records of one kind in the period (either end open) for one point or all, by day, point and value, each
    /// answer once. Audited when `audited`.
    func records(_ kind: RecordKind, from: CivilDate?, to: CivilDate?, point: String?, audited: Bool, by actor: Actor) throws
        -> [EvaluationRecord]

    // MARK: - Segment targets

    /// The contacts with a segment in the period (one point or all), by service chain and segment: a contact's
    /// chain is the one saved with its segmentation, else the one `targets`' rule gives its age group and topics.
    /// Audited.
    func segmentShares(from: CivilDate, to: CivilDate, point: String?, targets: SegmentTargets, by actor: Actor) throws -> SegmentShares

    // MARK: - The trainers' demo

    /// The trainers' reset: every contact, figure, follow-up, draft and handoff of a demo database gives way to
    /// `contacts`, `records` and `handoffs` (each sent from the contact at its `contactIndex`, with its tries and
    /// details), in one transaction. Refused on a real database (`StoreError.notDemoDatabase`). The audit log stays (it
    /// is never deleted) and records the reset.
    func resetDemo(with contacts: [Contact], records: [EvaluationRecord], handoffs: [DemoHandoff], by actor: Actor) throws

    // MARK: - The live board

    /// What the wall board shows of `day` for these points (every point of data/ when nil): each point's day from the
    /// daily figures (the report's own code), its contacts by hour on the same weekday of the 8 weeks before, and its
    /// open follow-ups with the oldest's instant — figures and one aggregate, never a contact row. Not audited: the board
    /// asks on every save it hears of, and `neuvo board` records one audit row when it starts. On PostgreSQL the points
    /// are narrowed by the server to what the login may see (an advisor's own).
    func board(day: CivilDate, points: [String]?, by actor: Actor) throws -> BoardFigures

    // MARK: - Others' saves

    /// Whether anyone else — another screen, another process, `neuvo import` — has saved since the last call (the
    /// first call: since the log was opened). Cheap enough to ask every second: SQLite
    /// compares `PRAGMA data_version`, PostgreSQL reads the notifications already
    /// received on the channel `neuvo.channel()` names and then the server's count of writes. Throws `StoreError.connectionLost` while a lost connection cannot be made again.
    func othersHaveSaved() throws -> Bool

    // MARK: - Copying a whole database (`neuvo copy`)

    /// Everything the database holds but its figures and the pseudonym key (`LogContents`). Audited.
    func contents(by actor: Actor) throws -> LogContents

    /// Writes `contents` into this database, which holds no contacts (else `TargetNotEmpty`), in one transaction:
    /// all of it or nothing. The contacts keep their ids; the figures and repeats are counted again; the audit
    /// rows are appended as they were, followed by one for the copy (`details`).
    func load(_ contents: LogContents, details: String, by actor: Actor) throws
}

/// The defaults of the requirements' arguments (a protocol requirement cannot have them). Every backend
/// implements the requirements themselves: these only fill in the arguments left out (a backend without its own
/// `log` or `update` would find these calling themselves).
extension ContactLog {
    @discardableResult
    public func log(
        _ contact: Contact, assessment: Assessment? = nil, chain: String? = nil, closing followUps: [Int64] = [],
        replacingDraft draft: Int64? = nil, token: String? = nil, by actor: Actor
    ) throws -> Int64 {
        try log(contact, assessment: assessment, chain: chain, closing: followUps, replacingDraft: draft, token: token, by: actor)
    }

    public func resetDemo(with contacts: [Contact], records: [EvaluationRecord] = [], handoffs: [DemoHandoff] = [], by actor: Actor) throws {
        try resetDemo(with: contacts, records: records, handoffs: handoffs, by: actor)
    }

    public func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64? = nil, by actor: Actor
    ) throws {
        try update(id: id, to: contact, assessment: assessment, chain: chain, replacingDraft: draft, by: actor)
    }
}
