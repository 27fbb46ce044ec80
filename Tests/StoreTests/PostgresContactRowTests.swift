import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v20 on PostgreSQL (issue 22's size; DECISIONS "v20 on PostgreSQL"): the contact's five coded words and its topics are
/// ids of `neuvo.term`, its time an offset beside the instant, `logged_at` a timestamptz. Given databases of each kind,
/// When they are upgraded, written, read and attacked, Then every contact reads as it did.
struct PostgresContactRowTests {
    static let actor = Actor(user: "anna", command: "test")

    /// The bench-like contacts (one or two topics each) with stamps at every kind of offset (−14:00 … +14:00, half and
    /// three-quarter hours) and seconds, and advisors' free text.
    static func contacts() -> [Contact] {
        let offsets = [-840, -570, -60, 0, 60, 120, 180, 345, 525, 840]
        return PostgresStorageTests.contacts().prefix(600).enumerated().map { i, contact in
            var contact = contact
            let at = contact.occurredAt
            contact.occurredAt = Timestamp(date: at.date, hour: at.hour, minute: at.minute, second: i % 60, offsetMinutes: offsets[i % offsets.count])
            contact.advisor = i % 7 == 0 ? "Anna\tK. \"\\\" \u{e4}\n" : i % 7 == 1 ? nil : "advisor-\(i % 5)"
            return contact
        }
    }

    /// Every contact as the owner's export gives it (every column of `neuvo.contact_row`, as text).
    static func exported(_ c: PQConnection) throws -> [[String?]] {
        let result = try c.exec(#"SELECT * FROM neuvo.export_contacts() ORDER BY "id""#)
        return (0..<result.rowCount).map { row in (0..<result.columnCount).map { result[row, $0] } }
    }

    /// An upgraded database (`upgraded`, its connection `c`) against a fresh one the owner's import fills with `contacts`:
    /// the same reports, and the same contacts exported but for each row's id and its last three columns. The fresh one is
    /// returned for the test's further checks.
    @discardableResult
    static func expectSameAsFreshImport(of contacts: [Contact], _ upgraded: any ContactLog, _ c: PQConnection, by actor: Actor) throws -> PostgresLog {
        let fresh = try Backend.postgres.emptyLog()
        try fresh.importContacts(contacts, details: "the same contacts", by: actor)
        try PostgresTermTests.expectSameReports(upgraded, fresh)
        let freshLog = try #require(fresh as? PostgresLog)
        #expect(try exported(freshLog.connection).map { Array($0.dropFirst().dropLast(3)) }
            == (try exported(c)).map { Array($0.dropFirst().dropLast(3)) })
        return freshLog
    }

    /// Given a v19 database (every migration before v20) with contacts imported through v19's own server-side import and
    /// one saved by v19's save, When today's neuvo opens it, Then every contact exports exactly as before (codes, topics,
    /// stamps with their offsets and seconds, advisors' text), the reports equal a fresh database's of the same contacts,
    /// and the columns are v20's.
    @Test func aPopulatedV19DatabaseUpgradesKeepingEveryContactAndReport() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: "v20: compact contacts (codes, times and topics)")
        let contacts = Self.contacts()
        #expect(try c.exec(#"SELECT data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'contact' AND column_name = 'channel'"#).text(0, 0) == "text")
        try OlderPostgresDatabase.importContacts(contacts, details: "v19 fixture", c)
        let saved = ContactLogTests.contact("2023-03-13T23:59:59-09:30", point: PostgresStorageTests.points[0], topics: ["housing", "benefits"])
        try c.exec(
            "SELECT neuvo.save_contact($1::jsonb, NULL, 'v19-token', '{}', NULL, 'test')",
            [PostgresLog.contactJSON(saved, clientRef: nil, assessment: nil, chain: nil)])
        let before = try Self.exported(c)
        #expect(before.count == contacts.count + 1)
        #expect(before.contains { $0[1] == "2023-03-13T23:59:59-09:30" } && before.contains { $0[1]?.hasSuffix("+14:00") == true })

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try Self.exported(c) == before, "every contact reads as before")
        let types = try c.exec(
            #"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'contact' AND column_name IN ('utc_offset', 'channel', 'contact_by', 'reason', 'age_group', 'service_area', 'advisor', 'logged_at', 'topics', 'occurred_at') ORDER BY 1"#)
        #expect((0..<types.rowCount).map { "\(types[$0, 0]!) \(types[$0, 1]!)" } == [
            "advisor text", "age_group smallint", "channel smallint", "contact_by smallint", "logged_at timestamp with time zone",
            "reason smallint", "service_area smallint", "topics ARRAY", "utc_offset smallint",
        ])
        #expect(try c.exec("SELECT to_regclass('neuvo.contact_topic') IS NULL").flag(0, 0), "the topics' rows are gone")

        let fresh = try Backend.postgres.emptyLog()
        try fresh.importContacts(contacts + [saved], details: "the same contacts", by: Self.actor)
        try PostgresTermTests.expectSameReports(upgraded, fresh)
        // The fresh database (the owner's import, v20's COPY) holds the same contacts as the upgraded one.
        let freshLog = try #require(fresh as? PostgresLog)
        #expect(try Self.exported(freshLog.connection).map { Array($0.dropFirst().dropLast(3)) } == before.map { Array($0.dropFirst().dropLast(3)) })
        // A save and an edit after the upgrade read back as written.
        var later = ContactLogTests.contact("2023-03-14T06:07:08+05:45", point: PostgresStorageTests.points[1], topics: ["benefits", "housing"])
        later.advisor = "new\tlogin"
        let id = try upgraded.log(later, by: Self.actor)
        let read = try #require(try upgraded.contact(id: id, by: Self.actor)?.0.contact)
        #expect(read.occurredAt.description == "2023-03-14T06:07:08+05:45" && read.advisor == "new\tlogin")
        #expect(Set(read.topics) == ["benefits", "housing"] && read.channel == later.channel && read.ageGroup == later.ageGroup)
        later.channel = "phone"
        later.occurredAt = try Timestamp(iso: "2023-03-14T06:07:09-14:00")
        try upgraded.update(id: id, to: later, assessment: nil, chain: nil, replacingDraft: nil, by: Self.actor)
        let edited = try #require(try upgraded.contact(id: id, by: Self.actor)?.0.contact)
        #expect(edited.occurredAt.description == "2023-03-14T06:07:09-14:00" && edited.channel == "phone")
    }

    /// Given a team, When a code nobody knows or a forged id comes in, or a group role calls v20's helpers (or the name of
    /// a pseudonym counter, PL/pgSQL since v31), Then it is refused: 22023 for an unknown code, 42501 for the helpers and
    /// the table.
    @Test func forgedCodesAndIdsAreRefused() throws {
        let team = try PostgresRulesTests.Team()
        let forged = PostgresLog.contactJSON(
            ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: PostgresRulesTests.library, channel: "1"), clientRef: nil, assessment: nil,
            chain: nil)
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(forged)', NULL, 'token-forged', '{}', NULL, 'psql')", as: team.advisor, "22023", "unknown channel code: 1")
        for helper in [
            "contact_terms('{}')", "occurred_text(0, 0::smallint)", "offset_minutes('x')", "logged_text(now())", "pseudonym_counter('x', 'day')",
        ] {
            try team.expectRefused("SELECT neuvo.\(helper)", as: team.advisor, "42501", "permission denied for function")
        }
        try team.expectRefused("UPDATE neuvo.contact SET channel = 1", as: team.advisor, "42501", "permission denied for table contact")
    }

    /// Given a code data/ gained that the dictionary does not hold yet (stored while its trigger was off), When a contact
    /// names it (a channel and a topic), Then the save adds the word and the contact reads back with it, and its figures count it.
    @Test func anUnforeseenWordIsStoredAndReadBack() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        try log.connection.transaction { c in
            try c.exec("ALTER TABLE neuvo.vocabulary DISABLE TRIGGER vocabulary_terms")
            try c.exec(#"INSERT INTO neuvo.vocabulary ("kind", "code") VALUES ('channel', 'carrier-pigeon'), ('topic', 'brand-new-topic')"#)
            try c.exec("ALTER TABLE neuvo.vocabulary ENABLE TRIGGER vocabulary_terms")
        }
        #expect(try w.rows(#"SELECT count(*) FROM neuvo.term WHERE "word" IN ('carrier-pigeon', 'brand-new-topic')"#) == [["0"]])
        var contact = ContactLogTests.contact("2023-03-13T10:00:00+02:00", point: PostgresStorageTests.points[0], topics: ["brand-new-topic", "housing"])
        contact.channel = "carrier-pigeon"
        let sql = "SELECT neuvo.save_contact($1::jsonb, NULL, 'token-new', '{}', NULL, 'test')"
        let id = try log.connection.exec(sql, [PostgresLog.contactJSON(contact, clientRef: nil, assessment: nil, chain: nil)]).integer64(0, 0)
        #expect(try w.rows(#"SELECT count(*) FROM neuvo.term WHERE "word" IN ('carrier-pigeon', 'brand-new-topic')"#) == [["2"]])
        let read = try #require(try log.contact(id: id, by: w.actor)?.0.contact)
        #expect(read.channel == "carrier-pigeon" && read.topics.sorted() == ["brand-new-topic", "housing"])
        let report = try w.report("2023-03-13")
        #expect(report.byChannel["carrier-pigeon"] == 1 && report.byTopic["brand-new-topic"] == 1)
    }

    /// Given three months of contacts, When one topic's page behind a figure is planned, Then the topic's id is looked up
    /// once (an InitPlan) and each contact's row only tested for holding it: no lookup a row, no table of topics.
    @Test func aTopicsPageWalksTheDayIndexWithTheWordLookedUpOnce() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        try log.importContacts(PostgresStorageTests.contacts(), details: "plan", by: w.actor)
        try log.connection.exec("ANALYZE neuvo.contact")
        let condition = ContactFilter.condition(named: "topic", .postgresV20).replacingOccurrences(of: "= code", with: "= 'housing'")
        let plan = try log.connection.exec(
            """
            EXPLAIN SELECT c."id" FROM neuvo.contact AS c
            WHERE c."day" BETWEEN '2023-01-02' AND '2023-03-31' AND (c."day", c."instant", c."id") > ('2023-01-02', -1, -1) AND \(condition)
            ORDER BY c."day", c."instant", c."id" LIMIT 50
            """)
        let text = (0..<plan.rowCount).map { plan.text($0, 0) }.joined(separator: "\n")
        // (Which index walks the period depends on the volume: at a million it is `contact_day_instant` in the list's order,
        // DECISIONS "v20 on PostgreSQL"; at three months a bitmap scan and a sort of the few rows.)
        #expect(text.contains("InitPlan") && text.contains("topics @> ARRAY[($0)::smallint]") && !text.contains("contact_topic"), "\(text)")
        #expect(!text.contains("SubPlan"), "no lookup a row: \(text)")
        // And the page itself gives that topic's contacts.
        let page = try log.connection.exec(
            "SELECT topics FROM neuvo.contacts_page('2023-01-02', '2023-03-31', NULL, 'topic', 'housing', NULL, NULL, NULL, NULL, false, 50, 'test')")
        #expect(page.rowCount == 50 && (0..<page.rowCount).allSatisfy { page.text($0, 0).split(separator: ";").contains("housing") })
    }
}
