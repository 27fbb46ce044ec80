import Foundation
import GRDB
import Guidance

extension SQLiteLog {
    public func overview(of day: CivilDate, point: String, followUpsSince: CivilDate, by actor: Actor) throws -> DayOverview {
        try writer.write { db in
            let contacts = try loggedContacts(db, where: Self.dayAtPoint, arguments: [day.description, point])
            let report = try Self.report(db, from: day, to: day, point: point, vocabulary: vocabulary, codes: codes)
            let open = try Int.fetchOne(
                db, sql: #"SELECT count(*) FROM "contact" AS c LEFT JOIN "follow_up_done" AS f ON f."contact_id" = c."id" WHERE \#(Self.openFollowUps)"#,
                arguments: [point, followUpsSince.description]) ?? 0
            let drafts = try Self.drafts(db, of: actor.user)
            try Self.audit(
                db, actor, details: "day \(day), point \(point), follow-ups since \(followUpsSince), \(drafts.count) drafts",
                contacts: contacts.count + open, clients: contacts.map(\.contact.clientRef) + drafts.map { Self.client(inDraft: $0.form) })
            return DayOverview(day: day, contacts: contacts, report: report, openFollowUps: open, drafts: drafts)
        }
    }

    public func contact(id: Int64, by actor: Actor) throws -> (LoggedContact, SavedAssessment?)? {
        try writer.write { db in
            let found = try loggedContacts(db, where: #"c."id" = ?"#, arguments: [id]).first
            try Self.audit(db, actor, details: "contact \(id)", contacts: found == nil ? 0 : 1, clients: [found?.contact.clientRef])
            guard let found else { return nil }
            return (found, try savedAssessment(db, contactID: id))
        }
    }

    public func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64?, by actor: Actor
    ) throws {
        _ = try check(contact)
        try writer.write { db in
            try Self.removeDraft(draft, db)
            guard let old = try loggedContacts(db, where: #"c."id" = ?"#, arguments: [id]).first else {
                throw ContactNotFound(id: id)
            }
            // A contact whose pseudonym retention unlinked was counted with one: it is taken out so, and, edited without a
            // client, put back so with the repeat flag it had (no later contact can change it); given one, it is linked.
            let wasUnlinked = try Bool.fetchOne(db, sql: #"SELECT "unlinked" FROM "contact" WHERE "id" = ?"#, arguments: [id]) ?? false
            let staysUnlinked = wasUnlinked && contact.clientRef == nil
            var changes = DailyChanges()
            changes.count(wasUnlinked ? old.contact.countedAsLinked : old.contact, hasRepeat: old.hasRepeat, times: -1)
            let c = contact
            let inserter = try ContactInserter(db, loggedAt: "", codes: codes)
            let ids = try inserter.codes(of: c)
            try db.execute(
                sql: """
                    UPDATE "contact" SET "instant" = ?, "utc_offset" = ?, "occurred_text" = NULL, "point" = ?, "channel" = ?, "resolved" = ?,
                        "contact_by" = ?, "reason" = ?, "identified" = ?, "age_group" = ?, "service_area" = ?, "duration_min" = ?,
                        "segment" = ?, "client_ref" = ?, "satisfaction" = ?, "advisor" = ?, "consultation" = ?, "has_repeat" = ?,
                        "unlinked" = ?
                    WHERE "id" = ?
                    """,
                arguments: [
                    c.occurredAt.instant, c.occurredAt.offsetMinutes, ids[0], ids[1], c.resolved,
                    ids[2], ids[3], c.identified, ids[4], ids[5], c.durationMinutes,
                    c.segment?.rawValue, c.clientRef, c.satisfaction, ids[6], c.consultation, staysUnlinked && old.hasRepeat,
                    staysUnlinked, id,
                ])
            for table in ["contact_topic", "contact_referral", "contact_unmet_need"] {
                try db.execute(sql: #"DELETE FROM "\#(table)" WHERE "contact_id" = ?"#, arguments: [id])
            }
            try inserter.insertParts(of: c, id: id)
            try db.execute(sql: #"DELETE FROM "assessment" WHERE "contact_id" = ?"#, arguments: [id])
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, db) }
            // Saved again without a repeat, as a new contact is; refreshRepeats sets the flag and moves its figures.
            if staysUnlinked {
                changes.count(contact.countedAsLinked, hasRepeat: old.hasRepeat)
            } else {
                changes.count(contact)
            }
            let refs = Set([old.contact.clientRef, contact.clientRef].compactMap { $0 })
            try refreshRepeats(db, clientRefs: refs, into: &changes)
            try changes.store(db, codes: codes)
            try Self.audit(db, actor, details: "contact \(id) edited", contacts: 1, clients: Array(refs))
        }
    }

    // MARK: - Reading contacts for the screens

    /// The contacts matching `filter` (on the contact `c`), with their repeat flags and follow-up states, in
    /// time order.
    func loggedContacts(_ db: Database, where filter: String, arguments: StatementArguments) throws -> [LoggedContact] {
        let rows = try Row.fetchCursor(db, sql: Self.loggedContactsSQL(where: filter), arguments: arguments)
        var contacts: [LoggedContact] = []
        while let row = try rows.next() { contacts.append(try loggedContact(row, db)) }
        return contacts
    }

    /// The query of `loggedContacts`, apart for the tests' EXPLAIN QUERY PLAN.
    static func loggedContactsSQL(where filter: String, order: String = #"c."instant", c."id""#, from: String = #""contact" AS c"#) -> String {
        """
        SELECT \(codeLists), c.*, f."contact_id" IS NOT NULL AS "follow_up_done", f."note" AS "follow_up_note",
            f."closed_by" AS "follow_up_closed_by"
        FROM \(from) LEFT JOIN "follow_up_done" AS f ON f."contact_id" = c."id"
        WHERE \(filter) ORDER BY \(order)
        """
    }

    /// The filter of the home screen's contacts (`overview`): a day, a point.
    static let dayAtPoint = #"c."day" = ? AND c."point" = "# + Schema.codeID("point")

    func loggedContact(_ row: Row, _ db: Database) throws -> LoggedContact {
        let resolved: Bool = row["resolved"]
        let followUp: FollowUpState =
            if resolved { .settled }
            else if row["follow_up_done"] { .done(note: row["follow_up_note"], closedBy: row["follow_up_closed_by"]) }
            else { .open }
        return LoggedContact(id: row["id"], contact: try contact(row, db), hasRepeat: row["has_repeat"], followUp: followUp)
    }

    /// The segmentation saved with the contact, scored again from its answers with its override.
    private func savedAssessment(_ db: Database, contactID: Int64) throws -> SavedAssessment? {
        guard let row = try Row.fetchOne(db, sql: #"SELECT * FROM "assessment" WHERE "contact_id" = ?"#, arguments: [contactID]) else {
            return nil
        }
        return try SavedAssessment(
            contactID: contactID, answers: row["answers"], segment: row["segment"], overrideReason: row["override_reason"],
            chain: row["chain"], instrument: instrument)
    }
}

extension Contact {
    /// The contact as its figures count it while it has a pseudonym: for one whose pseudonym retention unlinked, which
    /// was counted with one (`with_client_ref`, `repeats`). A stand-in that is never stored nor shown.
    var countedAsLinked: Contact {
        var counted = self
        counted.clientRef = counted.clientRef ?? "unlinked"
        return counted
    }
}
