import Foundation
import GRDB
import Guidance

/// Follow-ups: contacts not resolved in themselves wait until the advisor marks them done, by hand or by
/// logging the later contact that settles them. Done is kept beside the contact (`follow_up_done`), never
/// as a change to `resolved`, so the measures do not move.
extension ContactLog {
    /// Open follow-ups at a point: contacts not resolved and not marked done, whose day is `since` or later,
    /// oldest first (instant, id). Audited "follow-ups at point <p> since <date>".
    public func followUps(point: String, since: CivilDate, by actor: Actor) throws -> [LoggedContact] {
        try writer.write { db in
            let open = try Self.loggedContacts(db, where: Self.openFollowUps, arguments: [point, since.description])
            try Self.audit(db, actor, details: "follow-ups at point \(point) since \(since)", contacts: open.count)
            return open
        }
    }

    /// The filter of `followUps`: a point, a first day. `c."resolved" = 0` as written lets SQLite use the
    /// partial index contact_unresolved_point_day.
    static let openFollowUps = #"c."point" = ? AND c."day" >= ? AND c."resolved" = 0 AND f."contact_id" IS NULL"#

    /// Marks a follow-up done with a note of the outcome (may be empty). Marking it again replaces the note
    /// and keeps the contact that closed it, if one did. A note holding a personal identity code is refused
    /// (as `saveDraft` refuses one); an unknown id throws `ContactNotFound`. Audited "follow-up of contact <id> done".
    public func markFollowUpDone(contactID: Int64, note: String, by actor: Actor) throws {
        guard !IdentityCode.appears(in: note) else {
            throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .identityCode)]))
        }
        try writer.write { db in
            try Self.requireContacts([contactID], db)
            try db.execute(
                sql: """
                    INSERT INTO "follow_up_done" ("contact_id", "done_at", "user", "note") VALUES (?, ?, ?, ?)
                    ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user",
                        "note" = excluded."note"
                    """,
                arguments: [contactID, Self.now(), actor.user, note])
            try Self.audit(db, actor, details: "follow-up of contact \(contactID) done", contacts: 1)
        }
    }

    /// The client's contacts in the follow-up window before `before` (before − window ≤ instant < before),
    /// oldest first, on any topic (the caller keeps those sharing a topic). Audited "earlier contacts of a client".
    public func earlierContacts(clientRef: String, before: Timestamp, by actor: Actor) throws -> [LoggedContact] {
        try writer.write { db in
            let window = Int64(try Self.followUpWindowHours(db)) * 3600
            let earlier = try Self.loggedContacts(
                db, where: Self.clientBefore, arguments: [clientRef, before.instant - window, before.instant])
            try Self.audit(db, actor, details: "earlier contacts of a client", contacts: earlier.count)
            return earlier
        }
    }

    /// The filter of `earlierContacts`: a client, from an instant up to (not including) another.
    static let clientBefore = #"c."client_ref" = ? AND c."instant" >= ? AND c."instant" < ?"#

    /// Marks the follow-ups of `contactIDs` done, closed by the contact `closer`, with an empty note; one
    /// already marked done keeps its note and gains the closing contact.
    static func close(followUps contactIDs: [Int64], by closer: Int64, _ actor: Actor, _ db: Database) throws {
        guard !contactIDs.isEmpty else { return }
        try requireContacts(contactIDs, db)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO "follow_up_done" ("contact_id", "done_at", "user", "note", "closed_by") VALUES (?, ?, ?, '', ?)
            ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
            """)
        let now = Self.now()
        for id in contactIDs { try statement.execute(arguments: [id, now, actor.user, closer]) }
    }

    /// Throws `ContactNotFound` for the first id that is no contact.
    private static func requireContacts(_ ids: [Int64], _ db: Database) throws {
        for id in ids {
            let exists = try Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "contact" WHERE "id" = ?)"#, arguments: [id])
            if exists != true { throw ContactNotFound(id: id) }
        }
    }
}
