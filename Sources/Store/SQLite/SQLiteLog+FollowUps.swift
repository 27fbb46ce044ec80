import Foundation
import GRDB
import Guidance

/// Follow-ups: done is kept beside the contact (`follow_up_done`), never as a change to `resolved`.
extension SQLiteLog {
    public func followUps(point: String, since: CivilDate, by actor: Actor) throws -> [LoggedContact] {
        try writer.write { db in
            let open = try loggedContacts(db, where: Self.openFollowUps, arguments: [point, since.description])
            try Self.audit(db, actor, details: "follow-ups at point \(point) since \(since)", contacts: open.count, clients: open.map(\.contact.clientRef))
            return open
        }
    }

    /// The filter of `followUps`: a point, a first day. `c."resolved" = 0` as written lets SQLite use the
    /// partial index contact_unresolved_point_day.
    static let openFollowUps = #"c."point" = "# + Schema.codeID("point") + #" AND c."day" >= ? AND c."resolved" = 0 AND f."contact_id" IS NULL"#

    public func markFollowUpDone(contactID: Int64, note: String, by actor: Actor) throws {
        try Self.refuseIdentityCode(in: note)
        try writer.write { db in
            try Self.requireContacts([contactID], db)
            try db.execute(
                sql: """
                    INSERT INTO "follow_up_done" ("contact_id", "done_at", "user", "note") VALUES (?, ?, ?, ?)
                    ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user",
                        "note" = excluded."note"
                    """,
                arguments: [contactID, Self.now(), actor.user, note])
            try Self.audit(db, actor, details: "follow-up of contact \(contactID) done", contacts: 1, clients: try Self.clients(ofContacts: [contactID], db))
        }
    }

    public func earlierContacts(clientRef: String, before: Timestamp, by actor: Actor) throws -> [LoggedContact] {
        try writer.write { db in
            let window = Int64(try Self.followUpWindowHours(db)) * 3600
            let earlier = try loggedContacts(
                db, where: Self.clientBefore, arguments: [clientRef, before.instant - window, before.instant])
            try Self.audit(db, actor, details: "earlier contacts of a client", contacts: earlier.count, clients: [clientRef])
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
