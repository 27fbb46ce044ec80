import Foundation
import GRDB
import Guidance
import Testing
import TestSupport
@testable import Store

/// v19 on SQLite (issue 22, the file's size): the contact's stamps are stored as numbers and made again when read —
/// `occurred_at` and `day` from the instant and the offset, `logged_at` from its seconds — and what a reader gets is
/// always exactly the text that was written, whatever wrote it.
struct CompactContactTests {
    let actor = Actor(user: "anna", command: "test")
    static let v18 = "v18: quicker saves"

    /// The columns every version up to v18 had, as text, for comparing a contact table before and after v19.
    static let v18Columns = [
        "id", "occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason", "identified", "age_group",
        "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor", "has_repeat", "logged_at",
        "consultation", "unlinked",
    ]

    static func table(_ db: Database, _ sql: String) throws -> [[String?]] {
        try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { row[$0] as String? } }
    }

    static func contacts(_ db: Database) throws -> [[String?]] {
        // From v19 the codes of data/ are ids of `code`: read as their text.
        let coded = try db.tableExists("code")
        let columns = v18Columns.map { column in
            coded && Schema.contactCodes.contains(column) ? Schema.codeText(#""contact"."\#(column)""#) : #"CAST("\#(column)" AS TEXT)"#
        }
        return try table(db, "SELECT \(columns.joined(separator: ", ")) FROM \"contact\" ORDER BY \"id\"")
    }

    /// Everything but the contact table that a contact's data lives in, as text.
    static func parts(_ db: Database) throws -> [[String?]] {
        // The figure tables' point, figure and code: text up to v18, ids of `code` from v19.
        let coded = try db.tableExists("code")
        let text = { (column: String) in coded ? #"(SELECT c."code" FROM "code" AS c WHERE c."id" = f."\#(column)")"# : #"f."\#(column)""# }
        return try table(db, #"SELECT 'topic', CAST("contact_id" AS TEXT), \#(text("topic")), NULL FROM "contact_topic" AS f ORDER BY 2, 3"#)
            + table(db, #"SELECT 'referral', CAST("contact_id" AS TEXT), \#(text("referral")), "outcome" FROM "contact_referral" AS f ORDER BY 2, 3"#)
            + table(db, #"SELECT 'need', CAST("contact_id" AS TEXT), "need", NULL FROM "contact_unmet_need""#)
            + table(db, #"SELECT 'assessment', CAST("contact_id" AS TEXT), "answers", "segment" FROM "assessment""#)
            + table(db, #"SELECT 'follow-up', CAST("contact_id" AS TEXT), "note", CAST("closed_by" AS TEXT) FROM "follow_up_done""#)
            + table(db, #"SELECT 'handoff', CAST("contact_id" AS TEXT), "referral", "service" FROM "handoff""#)
            + table(db, #"SELECT "day", \#(text("point")), \#(text("figure")) || ':' || \#(text("code")), CAST("value" AS TEXT) FROM "daily_figure" AS f ORDER BY 1, 2, 3"#)
            + table(db, #"SELECT "month", \#(text("point")), \#(text("figure")) || ':' || \#(text("code")), CAST("value" AS TEXT) FROM "monthly_figure" AS f ORDER BY 1, 2, 3"#)
            + table(db, #"""
                SELECT CAST("id" AS TEXT), "at", "user", "command", "details", CAST("contacts" AS TEXT), "clients", "previous_hash", "hash"
                FROM "audit" ORDER BY "id"
                """#)
    }

    /// A v18 database holding `contacts` as v18's neuvo wrote them (its own INSERT), their figures, a follow-up, a
    /// consultation, a handoff and chained audit rows; and a few rows as others wrote them (a copy from PostgreSQL, the
    /// bench's `sqlite3` reference, an old import): stamps in other forms.
    static func v18Database(_ contacts: [Contact]) throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: v18)
        try queue.write { db in
            var changes = DailyChanges()
            for (n, c) in contacts.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO "contact" ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                            "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                            "logged_at", "consultation") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        c.occurredAt.description, c.occurredAt.instant, c.occurredAt.date.description, c.point, c.channel, c.resolved,
                        c.contactBy, c.reason, c.identified, c.ageGroup, c.serviceArea, c.durationMinutes, c.segment?.rawValue,
                        c.clientRef, c.satisfaction, c.advisor,
                        ["2026-11-23T18:46:12Z", "2023-03-01 08:00:00", "2026-11-23 18:46:12.123456+00", "2026-11-23T18:46:12Z"][n % 4],
                        c.consultation,
                    ])
                let id = db.lastInsertedRowID
                for topic in c.topics { try db.execute(sql: #"INSERT INTO "contact_topic" VALUES (?, ?)"#, arguments: [id, topic]) }
                for referral in c.referrals {
                    try db.execute(sql: #"INSERT INTO "contact_referral" VALUES (?, ?, ?)"#, arguments: [id, referral, c.outcome(of: referral)])
                }
                for need in c.unmetNeeds { try db.execute(sql: #"INSERT INTO "contact_unmet_need" VALUES (?, ?)"#, arguments: [id, need]) }
                try SQLiteLog.audit(db, Actor(user: "anna", command: "import"), details: "contact \(n + 1)", contacts: 1, clients: [c.clientRef])
            }
            // The repeats as v18's neuvo flagged them (its rule: the same client, strictly later within the window, a shared
            // topic), then every contact's figures with its flag
            try db.execute(sql: """
                UPDATE "contact" AS a SET "has_repeat" = EXISTS (
                    SELECT 1 FROM "contact" AS b WHERE b."client_ref" = a."client_ref" AND b."instant" > a."instant"
                      AND b."instant" <= a."instant" + \(Setting.defaultFollowUpWindowHours * 3600)
                      AND EXISTS (SELECT 1 FROM "contact_topic" AS bt JOIN "contact_topic" AS at ON at."topic" = bt."topic"
                                  WHERE bt."contact_id" = b."id" AND at."contact_id" = a."id"))
                WHERE "client_ref" IS NOT NULL
                """)
            let flags = try Bool.fetchAll(db, sql: #"SELECT "has_repeat" FROM "contact" ORDER BY "id""#)
            for (c, flag) in zip(contacts, flags) { changes.count(c, hasRepeat: flag) }
            // v18's figure tables, text keys; its triggers keep the months
            for row in changes.rows where row.value != 0 {
                try db.execute(
                    sql: """
                        INSERT INTO "daily_figure" VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT ("day", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value"
                        """,
                    arguments: [row.day, row.point, row.figure, row.code, row.value])
            }
            try db.execute(sql: #"DELETE FROM "daily_figure" WHERE "value" = 0"#)
            // A stamp not in neuvo's one form (by hand, or some older tool): kept as it was written.
            try db.execute(sql: """
                INSERT INTO "contact" ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "identified",
                    "age_group", "logged_at") VALUES ('2023-03-01T10:00:00.5+02:00', 1677657600, '2023-03-01', 'jarvenpaa-library',
                    'walk-in', 0, 'client', 0, 'unknown', '');
                INSERT INTO "contact" ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "identified",
                    "age_group", "logged_at") VALUES ('2023-03-01T10:00:00-05:30', 1677684600, '2023-03-01', 'jarvenpaa-library',
                    'walk-in', 1, 'client', 0, 'unknown', '2023-03-01T15:30:00Z');
                INSERT INTO "follow_up_done" VALUES (1, '2023-03-02T08:00:00Z', 'anna', 'soitettu', 2);
                INSERT INTO "handoff" ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by")
                    VALUES (3, 'kela', 'jarvenpaa-library', 'kela', 'normal', '2023-03-01T10:00:00+02:00', 1677657600, 'anna');
                """)
        }
        return queue
    }

    static func open(_ queue: DatabaseQueue) throws -> SQLiteLog {
        try SQLiteLog(writer: queue, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, instrument: Fixtures.instrument)
    }

    @Test func aPopulatedV18DatabaseKeepsEveryRowAndStampByteForByte() throws {
        let contacts = Fixtures.demoContacts(seed: 19, days: 60, end: "2026-11-23")
        #expect(contacts.count > 200)
        let queue = try Self.v18Database(contacts)
        let before = try queue.read { db in (try Self.contacts(db), try Self.parts(db)) }
        // Each contact's topics and referrals as v18 read them back (text keys: in their text's order)
        let lists = """
            SELECT (SELECT group_concat("topic", ';') FROM "contact_topic" WHERE "contact_id" = c."id"),
                (SELECT group_concat("referral", ';') FROM "contact_referral" WHERE "contact_id" = c."id")
            FROM "contact" AS c WHERE c."id" <= \(contacts.count) ORDER BY c."id"
            """
        let listsBefore = try queue.read { db in try Self.table(db, lists) }
        // When today's neuvo opens it (v19 rebuilds the contact table)
        let log = try Self.open(queue)
        // Then a contact read back has its topics and referrals in the same order
        let read = try queue.read { db in
            try Row.fetchAll(db, sql: #"SELECT \#(SQLiteLog.codeLists), c.* FROM "contact" AS c WHERE c."id" <= \#(contacts.count) ORDER BY c."id""#)
                .map { try log.contact($0, db) }
        }
        #expect(read.map { $0.topics.isEmpty ? nil : $0.topics.joined(separator: ";") } == listsBefore.map { $0[0] })
        #expect(read.map { $0.referrals.isEmpty ? nil : $0.referrals.joined(separator: ";") } == listsBefore.map { $0[1] })
        #expect(read.contains { $0.topics.count > 1 } && read.contains { $0.referrals.count > 1 })
        // Then every contact reads as before, column by column, and nothing else changed
        let after = try queue.read { db in (try Self.contacts(db), try Self.parts(db)) }
        #expect(after.0.count == contacts.count + 2)
        #expect(after.0 == before.0)
        #expect(after.1 == before.1)
        // The stamps in neuvo's form are numbers only; the others are kept whole
        let kept = try queue.read { db in
            try Self.table(db, #"SELECT CAST("id" AS TEXT), "occurred_text", "logged_text" FROM "contact" WHERE "occurred_text" IS NOT NULL OR "logged_text" IS NOT NULL ORDER BY "id""#)
        }
        let odd = kept.filter { $0[1] != nil }
        #expect(odd.map { $0[1] } == ["2023-03-01T10:00:00.5+02:00"], "\(kept)")
        #expect(kept.filter { $0[2] != nil }.count == contacts.indices.filter { [1, 2].contains($0 % 4) }.count + 1,
                "the other forms of logged_at, and ''")
        // The index that went is gone, the others serve as before
        let indexes = try queue.read { db in
            try String.fetchAll(db, sql: #"SELECT "name" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'contact' ORDER BY 1"#)
        }
        #expect(indexes == ["contact_client_instant", "contact_day_instant", "contact_unresolved_point_day"])
        // The audit chain, over rows v19 never touched, still verifies
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil && verified.rows == contacts.count)
        #expect(try queue.read { db in try String.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try log.integrityCheck() == "ok")
        // And the contacts and the report are those of a new database given the same contacts
        let fresh = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try fresh.importContacts(contacts, details: "same", by: actor)
        let from = CivilDate(iso: "2026-09-01")!, to = CivilDate(iso: "2026-11-23")!
        var exported: [Contact] = [], expected: [Contact] = []
        _ = try log.exportContacts(from: from, to: to, point: nil, by: actor) { exported.append($0) }
        _ = try fresh.exportContacts(from: from, to: to, point: nil, by: actor) { expected.append($0) }
        #expect(!exported.isEmpty && exported == expected)
        #expect(try log.report(from: from, to: to, point: nil, by: actor) == (try fresh.report(from: from, to: to, point: nil, by: actor)))
    }

    @Test func aContactWhoseDayIsNotItsWrittenDateStopsTheUpgradeAndLeavesTheFileAsItWas() throws {
        let queue = try Self.v18Database(Array(Fixtures.demoContacts(seed: 20, days: 5, end: "2026-11-23").prefix(5)))
        try queue.write { db in try db.execute(sql: #"UPDATE "contact" SET "day" = '2026-01-01' WHERE "id" = 2"#) }
        let before = try queue.read { db in (try Self.contacts(db), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
        #expect(throws: (any Error).self) { try Self.open(queue) }
        let after = try queue.read { db in (try Self.contacts(db), try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) }
        #expect(after.0 == before.0 && after.1 == before.1 && !after.1.contains("v19: codes as small integers"))
    }

    @Test func aSavedEditedAndCopiedContactReadsItsStampsAsWritten() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let stamps = ["2023-03-14T10:25:00+02:00", "2023-07-01T23:59:59+03:00", "2023-03-14T00:00:00-05:30", "2023-12-31T23:30:00+00:00",
                      "2024-01-01T00:15:00+14:00", "2023-06-30T12:00:00-14:00"]
        var ids: [Int64] = []
        for stamp in stamps {
            ids.append(try log.log(Contact(occurredAt: Fixtures.at(stamp), point: "jarvenpaa-library", channel: "walk-in",
                                           topics: ["housing"], resolved: false), by: actor))
        }
        // Edited: the new stamp is read back, not the old one
        try log.update(id: ids[0], to: Contact(occurredAt: Fixtures.at("2023-03-15T08:05:09+02:00"), point: "jarvenpaa-library",
                                               channel: "walk-in", topics: ["housing"], resolved: false),
                       assessment: nil, chain: nil, by: actor)
        let written = ["2023-03-15T08:05:09+02:00"] + stamps.dropFirst()
        let rows = try log.writer.read { db in
            try Self.table(db, #"SELECT "occurred_at", "day", "logged_at", "occurred_text", "logged_text" FROM "contact" ORDER BY "id""#)
        }
        #expect(rows.map { $0[0] } == written.map(Optional.some))
        #expect(rows.map { $0[1] } == written.map { String($0.prefix(10)) })
        #expect(rows.allSatisfy { $0[3] == nil && $0[4] == nil }, "neuvo's own stamps are stored as numbers: \(rows)")
        #expect(rows.allSatisfy { ($0[2] ?? "").wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/) != nil }, "\(rows)")
        // A day's list finds each contact on its written day, whatever its offset
        for stamp in written {
            let day = CivilDate(iso: String(stamp.prefix(10)))!
            var found: [Contact] = []
            _ = try log.exportContacts(from: day, to: day, point: nil, by: actor) { found.append($0) }
            #expect(found.map(\.occurredAt.description).contains(stamp), "\(stamp)")
        }
        // A copy carries the stamps and the logging times as they were
        let copy = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try copy.load(try log.contents(by: actor), details: "copy", by: actor)
        let copied = try copy.writer.read { db in
            try Self.table(db, #"SELECT "occurred_at", "day", "logged_at", "occurred_text", "logged_text" FROM "contact" ORDER BY "id""#)
        }
        #expect(copied == rows)
    }

    @Test func theCodeTableGrowsWithTheFirstWriteOfACodeAndAnUnknownCodeIsRefusedAsBefore() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        func codes() throws -> [[String?]] {
            try log.writer.read { db in try Self.table(db, #"SELECT CAST("id" AS TEXT), "kind", "code" FROM "code" ORDER BY "id""#) }
        }
        // A new database holds the daily totals' three figures, with their fixed ids
        #expect(try codes() == [["1", "figure", "contacts"], ["2", "figure", "resolved"], ["3", "figure", "staffed_days"]])
        // A contact on a topic and at a point never written before adds their codes, once
        let contact = Contact(occurredAt: Fixtures.at("2023-03-14T10:25:00+02:00"), point: "kerava-service-centre", channel: "phone",
                              topics: ["benefits"], resolved: true)
        try log.log(contact, by: actor)
        let after = try codes()
        #expect(after.contains { $0[1] == "point" && $0[2] == "kerava-service-centre" })
        #expect(after.contains { $0[1] == "code" && $0[2] == "benefits" })
        try log.log(contact, by: actor)
        #expect(try codes() == after, "the same codes again add nothing")
        // A code data/ does not list is refused before anything is written: no code, no figure
        var unknown = contact
        unknown.topics = ["no-such-topic"]
        #expect(throws: (any Error).self) { try log.log(unknown, by: actor) }
        unknown = contact
        unknown.point = "no-such-point"
        #expect(throws: (any Error).self) { try log.log(unknown, by: actor) }
        #expect(try codes() == after)
        // A write that fails after its codes were added (its audit row refused) leaves neither behind
        try log.writer.write { db in
            try db.execute(sql: #"CREATE TRIGGER "refuse" BEFORE INSERT ON "audit" BEGIN SELECT RAISE(ABORT, 'refused'); END"#)
        }
        var newer = contact
        newer.topics = ["housing"]
        newer.point = "jarvenpaa-library"
        #expect(throws: (any Error).self) { try log.log(newer, by: actor) }
        #expect(try codes() == after)
        try log.writer.write { db in try db.execute(sql: #"DROP TRIGGER "refuse""#) }
        // And the report names every figure by its text
        let day = CivilDate(iso: "2023-03-14")!
        try log.log(newer, by: actor)
        let report = try log.report(from: day, to: day, point: nil, by: actor)
        #expect(report.contacts == 3)
        #expect(try log.report(from: day, to: day, point: "jarvenpaa-library", by: actor).contacts == 1)
        #expect(try log.report(from: day, to: day, point: "kerava-service-centre", by: actor).contacts == 2)
    }
}
