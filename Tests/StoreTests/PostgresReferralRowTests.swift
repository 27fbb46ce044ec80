import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v22 on PostgreSQL (issue 22's size; DECISIONS "v22 on PostgreSQL: referrals in the contact row"): a contact's referrals
/// and their outcomes are one array of `neuvo.term` ids in its row, `contact_referral` gone. Given databases of each kind,
/// When they are upgraded, filtered, evaluated and attacked, Then every referral and outcome reads as it did.
struct PostgresReferralRowTests {
    static let actor = Actor(user: "anna", command: "test")
    static let referrals = ["kela", "adult-social-work", "digital-support", "legal-aid", "health-station"]
    static let outcomes = ["pending", "reached", "not-reached", "declined", "unknown"]
    static let upgrade = "v22: referrals in the contact row"

    /// v20's contacts, each with none to three referrals (one of them a word that is also a topic's) and every outcome.
    static func contacts() -> [Contact] {
        PostgresContactRowTests.contacts().enumerated().map { i, contact in
            var contact = contact
            contact.referrals = (0..<(i % 4)).map { referrals[(i + $0 * 2) % referrals.count] }
            contact.referralOutcomes = Dictionary(uniqueKeysWithValues: contact.referrals.enumerated().map { ($1, outcomes[(i + $0) % outcomes.count]) })
                .filter { $0.value != Vocabulary.pendingOutcome }
            return contact
        }
    }

    /// The rows of `sql` as text.
    static func rows(_ sql: String, _ c: PQConnection) throws -> [[String?]] {
        let result = try c.exec(sql)
        return (0..<result.rowCount).map { row in (0..<result.columnCount).map { result[row, $0] } }
    }

    /// A page of up to 64 contacts of the first quarter behind `filter` with `code` (`codes` for a kind), as
    /// `neuvo.contacts_page` gives them, and their count.
    static func filtered(_ filter: String, _ code: String?, codes: [String]? = nil, _ c: PQConnection) throws -> (ids: [String], count: Int) {
        let arguments = [filter, code, codes.map { PGArray.literal($0) }]
        let page = try c.exec(
            "SELECT id FROM neuvo.contacts_page('2023-01-02', '2023-04-01', NULL, $1, $2, $3::text[], NULL, NULL, NULL, false, 64, 'test')",
            arguments)
        let count = try c.exec("SELECT neuvo.contacts_count('2023-01-02', '2023-04-01', NULL, $1, $2, $3::text[], 'test')", arguments)
        return ((0..<page.rowCount).map { page.text($0, 0) }, count.integer(0, 0))
    }

    /// Given a v21 database (every migration before v22) with contacts imported through v21's own server-side import, one
    /// saved by v21's save and an outcome set there, When today's neuvo opens it, Then every contact exports exactly as
    /// before (its referrals with their outcomes), `contact_referral` is gone, the reports equal a fresh database's of the
    /// same contacts, and the filters, an outcome set and an edit work on the upgraded rows.
    @Test func aPopulatedV21DatabaseUpgradesKeepingEveryReferralAndOutcome() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: Self.upgrade)
        var contacts = Self.contacts()
        try OlderPostgresDatabase.importContacts(contacts, details: "v21 fixture", c)
        var saved = ContactLogTests.contact("2023-03-13T23:59:59-09:30", point: PostgresStorageTests.points[0], referrals: ["police", "kela"])
        saved.referralOutcomes = ["police": "declined"]
        let savedID = try c.exec(
            "SELECT neuvo.save_contact($1::jsonb, NULL, 'v21-token', '{}', NULL, 'test')",
            [PostgresLog.contactJSON(saved, clientRef: nil, assessment: nil, chain: nil)]
        ).integer64(0, 0)
        #expect(try c.exec("SELECT neuvo.set_referral_outcome($1, 'kela', 'reached', NULL, NULL, 'test')", [String(savedID)]).text(0, 0) == "pending")
        saved.referralOutcomes["kela"] = "reached"
        let before = try PostgresContactRowTests.exported(c)
        #expect(before.count == contacts.count + 1)
        #expect(before.last?[17] == "kela:reached;police:declined", "the export's referrals column")

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try PostgresContactRowTests.exported(c) == before, "every contact reads as before")
        #expect(try c.exec("SELECT to_regclass('neuvo.contact_referral') IS NULL").flag(0, 0), "the referrals' rows are gone")
        #expect(try Self.rows(
            "SELECT proname FROM pg_proc WHERE pronamespace = 'neuvo'::regnamespace AND prosrc LIKE '%contact\\_referral%' ORDER BY 1", c
        ) == [], "no function names the table")
        #expect(try c.exec(
            #"SELECT data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'contact' AND column_name = 'referrals'"#
        ).text(0, 0) == "ARRAY")

        contacts.append(saved)
        // The fresh database (the owner's import, v22's COPY) holds the same contacts as the upgraded one.
        let freshLog = try PostgresContactRowTests.expectSameAsFreshImport(of: contacts, upgraded, c, by: Self.actor)

        // The filters on both: a referral, a kind of referral, an outcome, each the contacts that hold it.
        let inQuarter = contacts.filter { $0.occurredAt.date <= CivilDate(iso: "2023-04-01")! }
        for (filter, code, codes, holds) in [
            ("referral", "kela", nil, { (x: Contact) in x.referrals.contains("kela") }),
            ("referral", "digital-support", nil, { (x: Contact) in x.referrals.contains("digital-support") }),
            ("referral_kind", "internal", ["adult-social-work", "health-station"], { (x: Contact) in
                x.referrals.contains("adult-social-work") || x.referrals.contains("health-station")
            }),
            ("referral_outcome", "declined", nil, { (x: Contact) in x.referrals.contains { x.outcome(of: $0) == "declined" } }),
            ("referral_outcome", "pending", nil, { (x: Contact) in x.referrals.contains { x.outcome(of: $0) == "pending" } }),
        ] as [(String, String, [String]?, (Contact) -> Bool)] {
            let expected = inQuarter.filter(holds).count
            #expect(expected > 0)
            for log in [c, freshLog.connection] {
                let (ids, count) = try Self.filtered(filter, code, codes: codes, log)
                #expect(count == expected && ids.count == min(64, expected), "\(filter) \(code): \(count) of \(expected)")
            }
        }

        // An outcome set on an upgraded row, then an edit: each reads back, the figures follow.
        let id = savedID
        try upgraded.setReferralOutcome(contactID: id, referral: "police", outcome: "reached", clientRef: nil, by: Self.actor)
        let set = try #require(try upgraded.contact(id: id, by: Self.actor)?.0.contact)
        #expect(set.referralOutcomes == ["kela": "reached", "police": "reached"])
        let day = CivilDate(iso: "2023-03-13")!
        var expected = try freshLog.report(from: day, to: day, point: nil, by: Self.actor).referralOutcomes
        expected["declined", default: 0] -= 1
        expected["reached", default: 0] += 1
        #expect(try upgraded.report(from: day, to: day, point: nil, by: Self.actor).referralOutcomes == expected.filter { $0.value != 0 })
        var edited = set
        edited.referrals = ["legal-aid"]
        edited.referralOutcomes = [:]
        try upgraded.update(id: id, to: edited, assessment: nil, chain: nil, replacingDraft: nil, by: Self.actor)
        #expect(try upgraded.contact(id: id, by: Self.actor)?.0.contact.referrals == ["legal-aid"])
        #expect(try Self.filtered("referral", "police", c).count == (try Self.filtered("referral", "police", freshLog.connection).count) - 1)
    }

    /// Given a team, When an advisor reads or writes the contact's referrals past the functions, calls v22's helpers, or
    /// forges a referral, an outcome or the same referral twice, Then it is refused and nothing is kept.
    @Test func theReferralsAreReachedOnlyThroughTheFunctionsAndForgeriesAreRefused() throws {
        let team = try PostgresRulesTests.Team()
        try team.expectRefused("SELECT referrals FROM neuvo.contact", as: team.advisor, "42501", "permission denied for table contact")
        try team.expectRefused("UPDATE neuvo.contact SET referrals = '{1,-2}'", as: team.advisor, "42501", "permission denied for table contact")
        for helper in ["referral_terms('{}')", "referral_pairs('{1,-2}')"] {
            try team.expectRefused("SELECT * FROM neuvo.\(helper)", as: team.advisor, "42501", "permission denied for function")
        }
        let contacts = try team.owners("SELECT count(*) FROM neuvo.contact")
        func json(_ referrals: [String], _ outcomes: [String: String] = [:]) -> String {
            var contact = ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: PostgresRulesTests.library, referrals: referrals)
            contact.referralOutcomes = outcomes
            return PostgresLog.contactJSON(contact, clientRef: nil, assessment: nil, chain: nil).replacingOccurrences(of: "'", with: "''")
        }
        // A referral or an outcome nobody knows (an id as text among them), and the same referral twice.
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(json(["1"]))', NULL, 'token-forged-1', '{}', NULL, 'psql')", as: team.advisor, "22023",
            "unknown referral code: 1")
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(json(["kela"], ["kela": "-3"]))', NULL, 'token-forged-2', '{}', NULL, 'psql')", as: team.advisor,
            "22023", "unknown referral_outcome code: -3")
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(json(["kela", "kela"]))', NULL, 'token-forged-3', '{}', NULL, 'psql')", as: team.advisor, "23505",
            "a referral is named twice")
        // An outcome forged as an id, or for a referral the contact does not have.
        try team.expectRefused(
            "SELECT neuvo.set_referral_outcome(\(team.atLibrary[1]), 'kela', '2', NULL, NULL, 'psql')", as: team.advisor, "22023",
            "unknown referral_outcome code: 2")
        try team.expectRefused(
            "SELECT neuvo.set_referral_outcome(\(team.atLibrary[1]), 'police', 'reached', NULL, NULL, 'psql')", as: team.advisor, "P0002",
            "no referral police of a contact")
        #expect(try team.owners("SELECT count(*) FROM neuvo.contact") == contacts)
        #expect(try team.owners(
            "SELECT w.word FROM neuvo.contact AS c CROSS JOIN neuvo.referral_pairs(c.referrals) AS p JOIN neuvo.term AS w ON w.id = p.outcome WHERE c.id = \(team.atLibrary[1])"
        ) == ["pending"])
    }

    /// The ids `filter` with `code` (`codes` for a kind) tests, as `neuvo.contacts_page` looks them up before its query
    /// (`SQLDialect.postgresV22FilterTerms`), as an array literal; and the page's condition with them as that literal,
    /// as the function's custom plan sees it.
    static func condition(_ filter: String, _ code: String, codes: [String]? = nil, _ c: PQConnection) throws -> (terms: String, condition: String) {
        let lookup = "SELECT (" + SQLDialect.postgresV22FilterTerms + ")::text FROM (SELECT $1::text AS filter, $2::text AS code, $3::text[] AS codes) AS a"
        let terms = try c.exec(lookup, [filter, code, codes.map { PGArray.literal($0) }]).text(0, 0)
        let literal = "'\(terms)'::smallint[]"
        return (literal, ContactFilter.condition(named: filter, .postgresV22).replacingOccurrences(of: "filter_terms", with: literal))
    }

    /// The first page of 64 over `from`…`to` behind `condition`, as `neuvo.contacts_page` asks for it; its plan.
    static func pagePlan(_ condition: String, from: String, to: String, _ c: PQConnection) throws -> String {
        let plan = try c.exec(
            """
            EXPLAIN SELECT c."id" FROM neuvo.contact AS c
            WHERE c."day" BETWEEN '\(from)' AND '\(to)' AND (c."day", c."instant", c."id") > ('\(from)', -9223372036854775808, -9223372036854775808)
              AND \(condition)
            ORDER BY c."day", c."instant", c."id" LIMIT 64
            """)
        return (0..<plan.rowCount).map { plan.text($0, 0) }.joined(separator: "\n")
    }

    /// Given a quarter of contacts, When a filter's page behind a figure is planned, Then its words were looked up once
    /// before the query (into `filter_terms`, which the page's and the count's queries read) and each contact's row is only
    /// tested for holding their ids, given as values: no lookup a row or in the query, no table of referrals.
    @Test func aFiltersPageTestsTheRowWithTheWordsLookedUpBeforeTheQuery() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        try log.importContacts(Self.contacts(), details: "plan", by: w.actor)
        try log.connection.exec("ANALYZE neuvo.contact")
        for function in ["contacts_page", "contacts_count"] {
            let source = try log.connection.exec("SELECT prosrc FROM pg_proc WHERE proname = $1", [function]).text(0, 0)
            #expect(source.components(separatedBy: "filter_terms := CASE").count == 2 && !source.contains("@> ARRAY[(SELECT"), "\(function)")
        }
        for (filter, code, column) in [("referral", "kela", "referrals @>"), ("referral_outcome", "declined", "referrals @>"), ("topic", "benefits", "topics @>"),
                                       ("referral_kind", "internal", "referrals &&")] {
            let codes = filter == "referral_kind" ? ["kela", "police"] : nil
            let (terms, condition) = try Self.condition(filter, code, codes: codes, log.connection)
            #expect(terms != "'{NULL}'::smallint[]" && (filter != "referral_outcome" || terms.hasPrefix("'{-")), "\(filter): \(terms)")
            let text = try Self.pagePlan(condition, from: "2023-01-02", to: "2023-03-31", log.connection)
            #expect(text.contains(column + " " + terms) && !text.contains("InitPlan") && !text.contains("SubPlan"), "\(filter): \(text)")
        }
    }

    /// Given many contacts, a referral frequent among them, When the first page of its contacts over the whole period is
    /// planned as the function's custom plan sees it, Then it walks the index on (day, instant, id) in the list's order
    /// and stops at the page (no sort of every contact holding it).
    @Test func aFrequentReferralsPageWalksTheListsIndexInOrder() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        try log.importContacts(Self.contacts(), details: "plan", by: w.actor)
        // Forty copies of each contact (new ids, no save token), as the owner: enough rows that the order matters.
        try log.connection.exec(
            """
            INSERT INTO neuvo.contact OVERRIDING SYSTEM VALUE
            SELECT (s.r).* FROM (
                SELECT jsonb_populate_record(c, jsonb_build_object('id', m.top + row_number() OVER (), 'save_token', NULL)) AS r
                FROM neuvo.contact AS c CROSS JOIN generate_series(1, 40) CROSS JOIN (SELECT max("id") AS top FROM neuvo.contact) AS m) AS s
            """)
        try log.connection.exec("ANALYZE neuvo.contact")
        let frequent = try Self.pagePlan(Self.condition("referral", "kela", log.connection).condition, from: "2023-01-02", to: "2023-12-31", log.connection)
        #expect(frequent.contains("Index Scan using contact_day_instant") && !frequent.contains("Sort"), "\(frequent)")
    }
}
