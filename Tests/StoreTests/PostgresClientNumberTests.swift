import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v25 on PostgreSQL (issue 22's size; DECISIONS "v25 on PostgreSQL: clients by number"): each client's pseudonym once in
/// `neuvo.client`, the contact naming its client by that number. Given databases of each kind, When they are upgraded,
/// read, written and attacked, Then every client reads and is recognised as before.
struct PostgresClientNumberTests {
    static let actor = Actor(user: "anna", command: "test")
    static let upgrade = "v25: clients by number"
    static let code = "150655-" + "902T"

    /// v20's contacts, two in three of them of one of a dozen clients (`known` the pseudonym of an identity code).
    static func contacts(known: String) -> [Contact] {
        PostgresContactRowTests.contacts().enumerated().map { i, contact in
            var contact = contact
            contact.clientRef = i % 3 == 0 ? nil : i % 5 == 1 ? known : "client-ref-\(String(format: "%03d", (i * 7) % 11))"
            return contact
        }
    }

    /// Every function of the schema whose body names the contact's `client_ref` (as v24's functions did: of `c`, `a`, `b`,
    /// or unqualified) or `repeat_client`, but the advisor's import, whose `client_ref` is its own import table's
    /// (`pg_temp.import_contact`). A `client_ref` of `r` or `x` is `neuvo.contact_row`'s, the listings' output.
    static func functionsNamingTheColumn(_ c: PQConnection) throws -> [String] {
        let result = try c.exec(
            #"""
            SELECT proname FROM pg_proc WHERE pronamespace = 'neuvo'::regnamespace AND proname <> 'import_contacts'
              AND prosrc ~ '\m[abc]\."client_ref"|WHERE "client_ref"|repeat_client' ORDER BY 1
            """#)
        return (0..<result.rowCount).map { result.text($0, 0) }
    }

    /// Given a v24 database (every migration before v25) with contacts of a dozen clients imported through v24's own
    /// server-side import and one saved by v24's save, When today's neuvo opens it, Then every contact exports exactly as
    /// before, no function names the old column or table, the reports equal a fresh database's, and a returning client is
    /// still recognised: a save flags the repeat, the earlier contacts and the client's data find the contacts from before,
    /// and retention unlinks them while the dictionary keeps its rows.
    @Test func aPopulatedV24DatabaseUpgradesWithEveryClientReadingBack() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: Self.upgrade)
        try c.exec(#"INSERT INTO neuvo.pseudonym_key ("key") VALUES (decode(repeat('a5', 32), 'hex')) ON CONFLICT DO NOTHING"#)
        let known = try c.exec("SELECT neuvo.pseudonym($1)", [Self.code]).text(0, 0)
        #expect(known.count == 43)
        var contacts = Self.contacts(known: known)
        try OlderPostgresDatabase.importContacts(contacts, details: "v24 fixture", c)
        let saved = ContactLogTests.contact("2023-03-13T23:59:59-09:30", point: PostgresStorageTests.points[0], ref: known)
        _ = try c.exec(
            "SELECT neuvo.save_contact($1::jsonb, NULL, 'v24-token', '{}', NULL, 'test')",
            [PostgresLog.contactJSON(saved, clientRef: known, assessment: nil, chain: nil)])
        let before = try PostgresContactRowTests.exported(c)
        #expect(before.count == contacts.count + 1 && before.filter { $0[12] == known }.count > 10)
        #expect(try Self.functionsNamingTheColumn(c).count > 10, "the check finds v24's functions")

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try PostgresContactRowTests.exported(c) == before, "every contact reads as before")
        #expect(try Self.functionsNamingTheColumn(c) == [], "no function names the column or the lock table")
        #expect(try c.exec("SELECT to_regclass('neuvo.repeat_client') IS NULL").flag(0, 0))
        #expect(try c.exec(
            #"SELECT data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'contact' AND column_name IN ('client', 'client_ref')"#
        ).text(0, 0) == "integer")
        // Numbered in the order of each client's first contact.
        let firsts = try c.exec(#"SELECT k."pseudonym" FROM neuvo.client AS k ORDER BY k."id""#)
        var order: [String] = []
        for row in before.sorted(by: { Int($0[0]!)! < Int($1[0]!)! }) { if let ref = row[12], !order.contains(ref) { order.append(ref) } }
        #expect((0..<firsts.rowCount).map { firsts.text($0, 0) } == order)

        contacts.append(saved)
        try PostgresContactRowTests.expectSameAsFreshImport(of: contacts, upgraded, c, by: Self.actor)

        // The known client returns a day after its latest contact: the save flags that one as repeated, the earlier
        // contacts (the window before the save) and the client's data find the contacts from before.
        let latest = try #require(contacts.filter { $0.clientRef == known }.max { $0.occurredAt.instant < $1.occurredAt.instant })
        var again = latest
        again.clientRef = nil
        let at = latest.occurredAt
        again.occurredAt = Timestamp(date: at.date.adding(days: 1), hour: at.hour, minute: at.minute, second: at.second, offsetMinutes: at.offsetMinutes)
        let repeated = #"SELECT count(*) FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE k."pseudonym" = $1 AND c."has_repeat""#
        let repeatsBefore = try c.exec(repeated, [known]).integer(0, 0)
        _ = try c.exec(
            "SELECT neuvo.save_contact($1::jsonb, $2, 'v25-token', '{}', NULL, 'test')",
            [PostgresLog.contactJSON(again, clientRef: nil, assessment: nil, chain: nil), Self.code])
        #expect(try c.exec(repeated, [known]).integer(0, 0) == repeatsBefore + 1, "the repeat is seen")
        let windowSeconds = Int64(try c.exec(#"SELECT "value" FROM neuvo.setting WHERE "key" = 'follow_up_window_hours'"#).integer(0, 0)) * 3600
        let inWindow = contacts.filter {
            $0.clientRef == known && $0.occurredAt.instant < again.occurredAt.instant && $0.occurredAt.instant >= again.occurredAt.instant - windowSeconds
        }
        let window = try c.exec("SELECT count(*) FROM neuvo.earlier_contacts($1, NULL, $2, 'test')", [Self.code, String(again.occurredAt.instant)])
        #expect(window.integer(0, 0) == inWindow.count && inWindow.count > 0)
        let data = try c.exec("SELECT jsonb_array_length(neuvo.client_data($1, 'test')->'contacts')", [Self.code]).integer(0, 0)
        #expect(data == before.filter { $0[12] == known }.count + 1)
        #expect(try c.exec(#"SELECT count(*) FROM neuvo.client WHERE "pseudonym" = $1"#, [known]).integer(0, 0) == 1, "added once")

        // Retention unlinks every contact of the period; the dictionary keeps its rows, as `repeat_client` did.
        let clients = try c.exec("SELECT count(*) FROM neuvo.client").integer(0, 0)
        _ = try c.exec("SELECT * FROM neuvo.retention(1893456000, '2030-01-01', false, 'test')")
        #expect(try c.exec(#"SELECT count(*) FROM neuvo.contact WHERE "client" IS NOT NULL"#).integer(0, 0) == 0)
        #expect(try c.exec("SELECT count(*) FROM neuvo.client").integer(0, 0) == clients)
        #expect(try c.exec("SELECT jsonb_array_length(neuvo.client_data($1, 'test')->'contacts')", [Self.code]).integer(0, 0) == 0)
    }

    /// Given an empty log, When the owner imports contacts of clients, Then the clients are numbered in the order of their
    /// first contact in the file, each once, and a second import of the same clients adds none.
    @Test func theOwnersImportNumbersTheClientsInTheFilesOrder() throws {
        let log = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        let contacts = Self.contacts(known: "client-ref-known")
        try log.importContacts(contacts, details: "first", by: Self.actor)
        var order: [String] = []
        for ref in contacts.compactMap(\.clientRef) where !order.contains(ref) { order.append(ref) }
        let numbered = try log.connection.exec(#"SELECT "pseudonym" FROM neuvo.client ORDER BY "id""#)
        #expect((0..<numbered.rowCount).map { numbered.text($0, 0) } == order)
        try log.importContacts(Array(contacts.prefix(50)), details: "again", by: Self.actor)
        #expect(try log.connection.exec("SELECT count(*) FROM neuvo.client").integer(0, 0) == order.count)
    }

    /// Given a team, When any login but the owner reads the dictionary or the contact's number, calls v25's helpers, or
    /// names a client by a forged pseudonym, Then it is refused and nothing is kept.
    @Test func noLoginButTheOwnerReachesTheDictionary() throws {
        let team = try PostgresRulesTests.Team()
        let clients = try team.owners("SELECT count(*) FROM neuvo.client")
        for login in team.logins {
            try team.expectRefused("SELECT * FROM neuvo.client", as: login, "42501", "permission denied for table client")
            try team.expectRefused(#"SELECT "client" FROM neuvo.contact"#, as: login, "42501", "permission denied for table contact")
            try team.expectRefused(#"INSERT INTO neuvo.client ("pseudonym") VALUES ('forged-pseudonym')"#, as: login, "42501", "permission denied")
            for helper in ["client_ids('{forged-pseudonym}')", "import_repeats('{a}', '{a}', 1, 0)"] {
                try team.expectRefused("SELECT * FROM neuvo.\(helper)", as: login, "42501", "permission denied for function")
            }
        }
        // A client named by a pseudonym instead of an identity code: the advisor's save, earlier contacts and outcome.
        let forged = PostgresRulesTests.Team.json(at: PostgresRulesTests.library, clientRef: "forged-pseudonym").replacingOccurrences(of: "'", with: "''")
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(forged)', NULL, 'token-forged-client', '{}', NULL, 'psql')", as: team.advisor, "42501",
            "only the owner names one by pseudonym")
        try team.expectRefused(
            "SELECT * FROM neuvo.earlier_contacts(NULL, 'forged-pseudonym', 9999999999, 'psql')", as: team.advisor, "42501",
            "only the owner names one by pseudonym")
        #expect(try team.owners("SELECT count(*) FROM neuvo.client") == clients)
    }
}
