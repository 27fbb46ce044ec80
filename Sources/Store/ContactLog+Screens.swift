import Foundation
import GRDB
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

/// A segmentation saved with a contact, read back for editing.
public struct SavedAssessment: Equatable, Sendable {
    /// Scored again from the stored answers under the current instrument, with the stored override.
    public let assessment: Assessment
    public let chain: String?

    public init(assessment: Assessment, chain: String?) {
        self.assessment = assessment
        self.chain = chain
    }
}

extension ContactLog {
    /// Everything the home screen shows, read in one transaction with one audit row (each audit row is a synced
    /// write, and this runs after every save): the day's contacts at the point, the day's measures, how many
    /// follow-ups are open since `followUpsSince`, and the actor's drafts.
    public func overview(of day: CivilDate, point: String, followUpsSince: CivilDate, by actor: Actor) throws -> DayOverview {
        try writer.write { db in
            let contacts = try Self.loggedContacts(db, where: Self.dayAtPoint, arguments: [day.description, point])
            let report = try Self.report(db, from: day, to: day, point: point, vocabulary: vocabulary)
            let open = try Int.fetchOne(
                db, sql: #"SELECT count(*) FROM "contact" AS c LEFT JOIN "follow_up_done" AS f ON f."contact_id" = c."id" WHERE \#(Self.openFollowUps)"#,
                arguments: [point, followUpsSince.description]) ?? 0
            let drafts = try Self.drafts(db, of: actor.user)
            try Self.audit(
                db, actor, details: "day \(day), point \(point), follow-ups since \(followUpsSince), \(drafts.count) drafts",
                contacts: contacts.count + open)
            return DayOverview(day: day, contacts: contacts, report: report, openFollowUps: open, drafts: drafts)
        }
    }

    /// One contact with its segmentation, for editing; nil when there is none with that id. Audited
    /// "contact <id>". Throws `UnreadableAssessment` when the saved answers no longer score under the
    /// instrument in data/ — rather than hand back a contact whose save would drop its segmentation.
    public func contact(id: Int64, by actor: Actor) throws -> (LoggedContact, SavedAssessment?)? {
        try writer.write { db in
            let found = try Self.loggedContacts(db, where: #"c."id" = ?"#, arguments: [id]).first
            try Self.audit(db, actor, details: "contact \(id)", contacts: found == nil ? 0 : 1)
            guard let found else { return nil }
            return (found, try savedAssessment(db, contactID: id))
        }
    }

    /// Replaces a saved contact's fields, topics, referrals and segmentation (`assessment` nil removes it);
    /// its follow-up state and when it was first logged stay. The daily figures stay exact: the old contact's
    /// counts (with the repeat flag it had) come out, the new one's go in, and the repeats of both the old and
    /// the new client_ref are brought up to date, other contacts' flags included. Checked like `log` (throws
    /// `StoreError.invalidContact`); an unknown id throws `ContactNotFound`. Audited "contact <id> edited".
    public func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64? = nil, by actor: Actor
    ) throws {
        _ = try check(contact)
        try writer.write { db in
            try Self.removeDraft(draft, db)
            guard let old = try Self.loggedContacts(db, where: #"c."id" = ?"#, arguments: [id]).first else {
                throw ContactNotFound(id: id)
            }
            var changes = DailyChanges()
            changes.count(old.contact, hasRepeat: old.hasRepeat, times: -1)
            let c = contact
            try db.execute(
                sql: """
                    UPDATE "contact" SET "occurred_at" = ?, "instant" = ?, "day" = ?, "point" = ?, "channel" = ?, "resolved" = ?,
                        "contact_by" = ?, "reason" = ?, "identified" = ?, "age_group" = ?, "service_area" = ?, "duration_min" = ?,
                        "segment" = ?, "client_ref" = ?, "satisfaction" = ?, "advisor" = ?, "has_repeat" = 0
                    WHERE "id" = ?
                    """,
                arguments: [
                    c.occurredAt.description, c.occurredAt.instant, c.occurredAt.date.description, c.point, c.channel, c.resolved,
                    c.contactBy, c.reason, c.identified, c.ageGroup, c.serviceArea, c.durationMinutes,
                    c.segment?.rawValue, c.clientRef, c.satisfaction, c.advisor, id,
                ])
            try db.execute(sql: #"DELETE FROM "contact_topic" WHERE "contact_id" = ?"#, arguments: [id])
            try db.execute(sql: #"DELETE FROM "contact_referral" WHERE "contact_id" = ?"#, arguments: [id])
            for topic in c.topics {
                try db.execute(sql: #"INSERT INTO "contact_topic" ("contact_id", "topic") VALUES (?, ?)"#, arguments: [id, topic])
            }
            for referral in c.referrals {
                try db.execute(
                    sql: #"INSERT INTO "contact_referral" ("contact_id", "referral") VALUES (?, ?)"#, arguments: [id, referral])
            }
            try db.execute(sql: #"DELETE FROM "assessment" WHERE "contact_id" = ?"#, arguments: [id])
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, db) }
            // Saved again without a repeat, as a new contact is; refreshRepeats sets the flag and moves its figures.
            changes.count(contact)
            let refs = Set([old.contact.clientRef, contact.clientRef].compactMap { $0 })
            try refreshRepeats(db, clientRefs: refs, into: &changes)
            try changes.store(db)
            try Self.audit(db, actor, details: "contact \(id) edited", contacts: 1)
        }
    }

    // MARK: - Reading contacts for the screens

    /// The contacts matching `filter` (on the contact `c`), with their repeat flags and follow-up states, in
    /// time order.
    static func loggedContacts(_ db: Database, where filter: String, arguments: StatementArguments) throws -> [LoggedContact] {
        let rows = try Row.fetchCursor(db, sql: loggedContactsSQL(where: filter), arguments: arguments)
        var contacts: [LoggedContact] = []
        while let row = try rows.next() { contacts.append(try loggedContact(row)) }
        return contacts
    }

    /// The query of `loggedContacts`, apart for the tests' EXPLAIN QUERY PLAN.
    static func loggedContactsSQL(where filter: String) -> String {
        """
        SELECT c.*, \(codeLists), f."contact_id" IS NOT NULL AS "follow_up_done", f."note" AS "follow_up_note",
            f."closed_by" AS "follow_up_closed_by"
        FROM "contact" AS c LEFT JOIN "follow_up_done" AS f ON f."contact_id" = c."id"
        WHERE \(filter) ORDER BY c."instant", c."id"
        """
    }

    /// The filter of the home screen's contacts (`overview`): a day, a point.
    static let dayAtPoint = #"c."day" = ? AND c."point" = ?"#

    static func loggedContact(_ row: Row) throws -> LoggedContact {
        let resolved: Bool = row["resolved"]
        let followUp: FollowUpState =
            if resolved { .settled }
            else if row["follow_up_done"] { .done(note: row["follow_up_note"], closedBy: row["follow_up_closed_by"]) }
            else { .open }
        return LoggedContact(id: row["id"], contact: try contact(row), hasRepeat: row["has_repeat"], followUp: followUp)
    }

    /// The segmentation saved with the contact, scored again from its answers with its override.
    private func savedAssessment(_ db: Database, contactID: Int64) throws -> SavedAssessment? {
        guard let row = try Row.fetchOne(db, sql: #"SELECT * FROM "assessment" WHERE "contact_id" = ?"#, arguments: [contactID]) else {
            return nil
        }
        guard let instrument else { throw UnreadableAssessment(contactID: contactID, problems: []) }
        var answers = Answers()
        if case .object(let items) = try JSONValue.parse(Data((row["answers"] as String).utf8)) {
            for (item, value) in items { answers.values[item] = value.integer }
        }
        var assessment: Assessment
        do {
            assessment = try instrument.assess(answers)
        } catch {
            throw UnreadableAssessment(contactID: contactID, problems: error.problems)
        }
        if let reason: String = row["override_reason"], let segment = Segment(rawValue: row["segment"]) {
            assessment.override = try Override(segment: segment, reason: reason)
        }
        return SavedAssessment(assessment: assessment, chain: row["chain"])
    }
}
