import Foundation
import GRDB
import Guidance

extension SQLiteLog {
    public func contents(by actor: Actor) throws -> LogContents {
        try writer.write { db in
            var contents = LogContents()
            let contacts = try Row.fetchCursor(db, sql: #"SELECT \#(Self.codeLists), c.* FROM "contact" AS c ORDER BY c."id""#)
            while let row = try contacts.next() {
                contents.contacts.append(.init(id: row["id"], contact: try contact(row, db), loggedAt: row["logged_at"]))
            }
            contents.segmentations = try Row.fetchAll(db, sql: #"SELECT * FROM "assessment" ORDER BY "contact_id""#).map {
                .init(
                    contactID: $0["contact_id"], answers: $0["answers"], clientScore: $0["client_score"], needScore: $0["need_score"],
                    computedSegment: $0["computed_segment"], segment: $0["segment"], overrideReason: $0["override_reason"], chain: $0["chain"])
            }
            contents.followUps = try Row.fetchAll(db, sql: #"SELECT * FROM "follow_up_done" ORDER BY "contact_id""#).map {
                .init(contactID: $0["contact_id"], doneAt: $0["done_at"], user: $0["user"], note: $0["note"], closedBy: $0["closed_by"])
            }
            contents.followUpWindowHours = try Self.followUpWindowHours(db)
            contents.timeZone =
                try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.timeZoneKey])
                ?? Setting.defaultTimeZone
            contents.retention = try Self.retentionSettings(db)
            for kind in RecordKind.evaluationKinds { contents.records += try Self.storedRecords(kind, db, filter: "true", arguments: []) }
            contents.handoffs = try Self.handoffTables(db)
            for row in try Row.fetchAll(db, sql: #"SELECT "id", "has_repeat" FROM "contact" WHERE "unlinked""#) {
                contents.unlinked[row[0]] = row[1]
            }
            contents.audit = try Row.fetchAll(db, sql: #"SELECT * FROM "audit" ORDER BY "id""#).map(Self.auditEntry)
            try Self.audit(db, actor, details: "whole database read for a copy", contacts: contents.contacts.count)
            return contents
        }
    }

    public func load(_ contents: LogContents, details: String, by actor: Actor) throws {
        try writer.write { db in
            let held = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact""#) ?? 0
            guard held == 0 else { throw TargetNotEmpty(contacts: held) }
            try db.execute(
                sql: #"UPDATE "setting" SET "value" = ? WHERE "key" = ?"#,
                arguments: [String(contents.followUpWindowHours), Setting.followUpWindowKey])
            for (key, value) in [(key: Setting.timeZoneKey, value: contents.timeZone)] + contents.retention.stored {
                try db.execute(sql: #"INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)"#, arguments: [key, value])
            }
            let parts = try ContactInserter(db, loggedAt: "", codes: codes)
            for saved in contents.contacts {
                let c = saved.contact
                let codes = try parts.codes(of: c)
                try db.execute(
                    sql: """
                        INSERT INTO "contact" ("id", "instant", "utc_offset", "point", "channel", "resolved", "contact_by", "reason",
                            "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                            "logged", "logged_text", "consultation")
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \(Schema.loggedValues("?17")), ?18)
                        """,
                    arguments: [
                        saved.id, c.occurredAt.instant, c.occurredAt.offsetMinutes, codes[0], codes[1],
                        c.resolved, codes[2], codes[3], c.identified, codes[4], codes[5], c.durationMinutes, c.segment?.rawValue,
                        c.clientRef, c.satisfaction, codes[6], saved.loggedAt, c.consultation,
                    ])
                try parts.insertParts(of: c, id: saved.id)
            }
            for s in contents.segmentations {
                try db.execute(
                    sql: #"INSERT INTO "assessment" VALUES (?, ?, ?, ?, ?, ?, ?, ?)"#,
                    arguments: [s.contactID, s.answers, s.clientScore, s.needScore, s.computedSegment, s.segment, s.overrideReason, s.chain])
            }
            for f in contents.followUps {
                try db.execute(
                    sql: #"INSERT INTO "follow_up_done" VALUES (?, ?, ?, ?, ?)"#,
                    arguments: [f.contactID, f.doneAt, f.user, f.note, f.closedBy])
            }
            try Self.insertRecords(contents.records, db)
            try Self.insertHandoffTables(contents.handoffs, db)
            for (id, hasRepeat) in contents.unlinked {
                try db.execute(sql: #"UPDATE "contact" SET "unlinked" = 1, "has_repeat" = ? WHERE "id" = ?"#, arguments: [hasRepeat, id])
            }
            var changes = contents.dailyChanges
            try refreshRepeats(db, clientRefs: nil, into: &changes)
            try changes.store(db, codes: codes, bulk: true)
            // With their hashes unchanged: the source's chain, verifiable here (a chain of its own after the target's rows).
            for entry in contents.audit { try Self.append(db, entry) }
            try Self.audit(db, actor, details: details, contacts: contents.contacts.count)
        }
    }
}

extension SQLiteLog {
    /// The handoff tables' rows as `neuvo copy` carries them (`HandoffTables`).
    static func handoffTables(_ db: Database) throws -> HandoffTables {
        func rows(_ table: String, _ columns: [String], order: String, text: (String) -> String = { "CAST(\"\($0)\" AS TEXT)" }) throws -> [[String?]] {
            try Row.fetchAll(db, sql: "SELECT \(columns.map(text).joined(separator: ", ")) FROM \"\(table)\" ORDER BY \(order)").map { row in
                (0..<columns.count).map { row[$0] as String? }
            }
        }
        var tables = HandoffTables()
        tables.handoffs = try rows("handoff", HandoffTables.handoffColumns, order: #""id""#)
        tables.tries = try rows("handoff_try", HandoffTables.tryColumns, order: #""handoff_id", "n""#) {
            $0 == "reached" ? #"CASE WHEN "reached" THEN 'true' ELSE 'false' END"# : "CAST(\"\($0)\" AS TEXT)"
        }
        tables.details = try rows("handoff_detail", HandoffTables.detailColumns, order: #""handoff_id""#)
        return tables
    }

    static func insertHandoffTables(_ tables: HandoffTables, _ db: Database) throws {
        func insert(_ table: String, _ columns: [String], _ rows: [[String?]]) throws {
            let sql = "INSERT INTO \"\(table)\" (\(HandoffTables.quoted(columns))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
            for row in rows {
                let values: [(any DatabaseValueConvertible)?] = zip(columns, row).map { column, value in
                    column == "reached" ? (value == "true" ? 1 : 0) : value
                }
                try db.execute(sql: sql, arguments: StatementArguments(values))
            }
        }
        try insert("handoff", HandoffTables.handoffColumns, tables.handoffs)
        try insert("handoff_try", HandoffTables.tryColumns, tables.tries)
        try insert("handoff_detail", HandoffTables.detailColumns, tables.details)
    }
}
