import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v19 on PostgreSQL (issue 22's size; DECISIONS "v19 on PostgreSQL"): the stored figures name their point, figure and
/// code by the ids of `neuvo.term`. Given databases of each kind, When they are written, upgraded and attacked, Then …
struct PostgresTermTests {
    static let actor = Actor(user: "anna", command: "test")

    /// The daily figures by their words, summed over the origins (an import's rows carry its transaction's id).
    static func namedFigures(_ c: PQConnection) throws -> [[String?]] {
        let result = try c.exec(
            """
            SELECT CAST(d."day" AS text), p."word", g."word", k."word", CAST(sum(d."value") AS text)
            FROM neuvo.daily_figure AS d JOIN neuvo.term AS p ON p."id" = d."point" JOIN neuvo.term AS g ON g."id" = d."figure"
            JOIN neuvo.term AS k ON k."id" = d."code"
            GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
            """)
        return (0..<result.rowCount).map { row in (0..<result.columnCount).map { result[row, $0] } }
    }

    /// Every period the upgrade's reports are compared over: whole months, edges, a day, all of it.
    static let periods = [
        ("2023-01-02", "2023-04-01"), ("2023-02-01", "2023-02-28"), ("2023-01-15", "2023-03-10"), ("2023-03-13", "2023-03-13"),
        ("2022-01-01", "2023-12-31"),
    ]

    /// Expects `upgraded` and `fresh` to give the same report for every period of `periods`, all points and each.
    static func expectSameReports(_ upgraded: any ContactLog, _ fresh: any ContactLog) throws {
        for (from, to) in periods {
            for point in [nil] + PostgresStorageTests.points {
                let (f, t) = (CivilDate(iso: from)!, CivilDate(iso: to)!)
                #expect(
                    try upgraded.report(from: f, to: t, point: point, by: actor) == (try fresh.report(from: f, to: t, point: point, by: actor)),
                    "\(from)–\(to) \(point ?? "all")")
            }
        }
    }

    /// Given a v18 database (every migration but v19, as the neuvo before it left it) with contacts imported through v18's
    /// own server-side import, an outcome changed and its months rolled up, When today's neuvo opens it, Then every
    /// figure is kept (by its words), and every report equals the one a fresh database gives for the same contacts.
    @Test func aPopulatedV18DatabaseUpgradesKeepingEveryFigureAndReport() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: "v19: codes as small integers")
        let contacts = PostgresStorageTests.contacts()
        #expect(try c.exec("SELECT to_regclass('neuvo.term') IS NULL").flag(0, 0), "a v18 database has no dictionary")
        try OlderPostgresDatabase.importContacts(contacts, details: "v18 fixture", c)
        try c.exec("SELECT neuvo.roll_up_months()")
        let v18 = try c.exec(
            #"SELECT CAST("day" AS text), "point", "figure", "code", CAST(sum("value") AS text) FROM neuvo.daily_figure GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"#)
        let before = (0..<v18.rowCount).map { row in (0..<v18.columnCount).map { v18[row, $0] } }
        let monthsBefore = try c.exec("SELECT count(*) FROM neuvo.monthly_figure").integer(0, 0)
        #expect(!before.isEmpty && monthsBefore > 0)

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try Self.namedFigures(c) == before, "every daily figure kept, by its words")
        #expect(try c.exec("SELECT count(*) FROM neuvo.monthly_figure").integer(0, 0) == monthsBefore)
        #expect(try c.exec(#"SELECT data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'daily_figure' AND column_name = 'code'"#).text(0, 0) == "smallint", "an id (v26: smallint)")

        let fresh = try Backend.postgres.emptyLog()
        try fresh.importContacts(contacts, details: "the same contacts", by: Self.actor)
        try PostgresTermTests.expectSameReports(upgraded, fresh)
        // The save's token is indexed only where a contact has one: the imported contacts' NULLs take no entry.
        #expect(try c.exec("SELECT indisunique AND indpred IS NOT NULL FROM pg_index WHERE indexrelid = 'neuvo.contact_save_token_key'::regclass").flag(0, 0))
        // And it is written as any v19 database: a save after the upgrade counts.
        try upgraded.log(ContactLogTests.contact("2023-03-13T10:00:00+02:00", point: PostgresStorageTests.points[0]), by: Self.actor)
        try fresh.log(ContactLogTests.contact("2023-03-13T10:00:00+02:00", point: PostgresStorageTests.points[0]), by: Self.actor)
        let day = CivilDate(iso: "2023-03-13")!
        #expect(try upgraded.report(from: day, to: day, point: nil, by: Self.actor) == (try fresh.report(from: day, to: day, point: nil, by: Self.actor)))
    }

    /// Given a database whose vocabulary a newer data/ has grown, When the owner's neuvo stores it, Then the dictionary
    /// holds the new code (and each referral with each outcome) before any figure is written, so no writer adds it.
    @Test func aCodeOfANewerDataDirectoryIsInTheDictionaryBeforeAnyFigure() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        let words = { try Set(w.rows(#"SELECT "word" FROM neuvo.term"#).compactMap { $0[0] }) }
        let known = try words()
        #expect(known.isSuperset(of: ["", "contacts", "by_topic", "housing", "jarvenpaa-library", "08", "kela:pending"]))
        try log.connection.transaction { c in
            try c.exec(#"INSERT INTO neuvo.vocabulary ("kind", "code") VALUES ('topic', 'new-topic'), ('referral', 'new-service')"#)
        }
        let grown = try words()
        #expect(grown.subtracting(known) == Set(["new-topic", "new-service"]).union(
            try Set(w.rows(#"SELECT 'new-service:' || "code" FROM neuvo.vocabulary WHERE "kind" = 'referral_outcome'"#).compactMap { $0[0] })))
        // A figure of a word nobody foresaw is still stored, and named in the report.
        try log.connection.exec("SELECT neuvo.add_figure('2023-03-13', 'jarvenpaa-library', 'feedback_settled', 'unforeseen', 2)")
        let report = try w.report("2023-03-13")
        #expect(report.feedbackSettled["unforeseen"] == 2)
    }

    /// Given a team, When a forged word is given to the dictionary, or a group role calls its functions or reads it,
    /// Then it is refused: 22023 for what is no code, 42501 for every group role.
    @Test func forgedWordsAndGroupRolesAreRefused() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        for forged in ["E'a\\nb'", "repeat('x', 201)", "NULL"] {
            #expect {
                try log.connection.exec("SELECT neuvo.term_ids(ARRAY[\(forged)]::text[])")
            } throws: { error in
                (error as? PQError)?.sqlState == "22023"
            }
        }
        let team = try PostgresRulesTests.Team()
        for login in team.logins {
            try team.expectRefused("SELECT neuvo.term_id('contacts')", as: login, "42501", "permission denied for function term_id")
            try team.expectRefused("SELECT neuvo.term_ids('{contacts}')", as: login, "42501", "permission denied for function term_ids")
            try team.expectRefused("SELECT neuvo.known_terms('{contacts}')", as: login, "42501", "permission denied for function known_terms")
            try team.expectRefused("SELECT count(*) FROM neuvo.term", as: login, "42501", "permission denied for table term")
            try team.expectRefused("INSERT INTO neuvo.term (\"word\") VALUES ('x')", as: login, "42501", "permission denied for table term")
        }
    }
}
