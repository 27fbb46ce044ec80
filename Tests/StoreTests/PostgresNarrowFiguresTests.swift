import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v26 on PostgreSQL (issue 22's size; DECISIONS "v26 on PostgreSQL"): the audit's client index holds an 8-byte key of
/// each pseudonym, and the daily figures are stored in narrower columns. Given databases of each kind, When clients are
/// reviewed, figures written and an older database upgraded, Then …
@Suite(.serialized)
struct PostgresNarrowFiguresTests {
    typealias Team = PostgresRulesTests.Team
    static let actor = Actor(user: "anna", command: "test")
    /// The condition `neuvo.client_audit` finds a client's rows by: the keys' index, then the pseudonym itself.
    static func named(_ pseudonym: String) -> String {
        #"neuvo.audit_client_keys(a."clients") @> neuvo.audit_client_keys(ARRAY['\#(pseudonym)']) AND a."clients" @> ARRAY['\#(pseudonym)']"#
    }

    /// … a client's log review gives exactly the rows naming that client even when every pseudonym's key is the same:
    /// the index only narrows, the text decides.
    @Test func aReviewFindsExactlyTheClientsRowsWhenEveryKeyCollides() throws {
        let team = try Team()
        let other = "another-clients-pseudonym-" + String(repeating: "x", count: 17)
        try team.owner.log(ContactLogTests.contact("2023-03-16T10:00:00+02:00", point: PostgresRulesTests.library, ref: other), by: Self.actor)
        // Every pseudonym's key made 0 (the owner's own function, replaced as only a test would), the index rebuilt by it.
        try team.owner.connection.exec(
            """
            CREATE OR REPLACE FUNCTION neuvo.audit_client_keys(clients text[]) RETURNS bigint[]
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT ARRAY(SELECT 0::bigint FROM unnest(clients)) $$;
            REINDEX INDEX neuvo.audit_clients;
            """)
        for login in [Backend.postgresOwner, team.supervisor] {
            // The rows that name the pseudonym, read from the table itself before the review adds its own.
            let before = try team.owners(#"SELECT "details" FROM neuvo.audit AS a WHERE a."clients" @> ARRAY['\#(PostgresRulesTests.ref)'] ORDER BY a."id""#)
            #expect(before.count >= 2 && !before.contains { $0.contains("contact \(team.atLibrary[0])") }, "\(before)")
            let found = try team.lines(#"SELECT "details" FROM neuvo.client_audit('\#(PostgresRulesTests.identityCode)')"#, as: login)
            #expect(found == before, "\(login)")
        }
        // The index gave the other client's rows too (the keys collide); the pseudonym's own test left them out.
        let plan = try team.owners(
            "SET enable_seqscan = off; EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT a.\"id\" FROM neuvo.audit AS a WHERE "
                + Self.named(PostgresRulesTests.ref)).joined(separator: "\n")
        #expect(plan.contains("Bitmap Index Scan on audit_clients"), "\(plan)")
        let removed = plan.split(separator: "\n").first { $0.contains("Rows Removed by Filter") }
        #expect(removed.map { Int($0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces))! } ?? 0 > 0, "\(plan)")
    }

    /// … the review reads the audit through the index once the log holds more than a handful of rows, and the key's
    /// function, like the audit itself, is no group role's.
    @Test func theReviewUsesTheIndexAndNoGroupRoleHashesPseudonyms() throws {
        let team = try Team()
        _ = try team.owners(
            "SELECT count(neuvo.audit_append('test', 'row', 1, ARRAY['pseudonym-' || i])) FROM generate_series(1, 3000) AS i; ANALYZE neuvo.audit")
        let scans = {
            try team.owners("SELECT pg_stat_clear_snapshot(), idx_scan FROM pg_stat_user_indexes WHERE indexrelname = 'audit_clients'")
                .first.flatMap { Int($0.split(separator: "|").last!) } ?? -1
        }
        let before = try scans()
        let found = try team.lines(#"SELECT "details" FROM neuvo.client_audit('\#(PostgresRulesTests.identityCode)')"#, as: team.supervisor)
        #expect(found.contains { $0.contains("contact \(team.atLibrary[1])") }, "\(found)")
        // The session's counts reach the statistics when it ends; waited for, not timed.
        var after = try scans()
        for _ in 0..<50 where after <= before {
            Thread.sleep(forTimeInterval: 0.1)
            after = try scans()
        }
        #expect(after > before, "audit_clients scanned \(before) → \(after) times")
        for login in team.logins {
            try team.expectRefused("SELECT neuvo.audit_client_keys(ARRAY['x'])", as: login, "42501", "permission denied for function audit_client_keys")
            try team.expectRefused("SELECT count(*) FROM neuvo.audit", as: login, "42501", "permission denied for table audit")
        }
    }

    /// Given a v25 database (every migration but v26) with contacts imported through its own server-side import and its
    /// months rolled up, When today's neuvo opens it, Then every figure is kept by its words, the rows are narrower,
    /// every report equals a fresh database's, the audit's clients are found through the new index, and a save counts.
    @Test func aPopulatedV25DatabaseUpgradesKeepingEveryFigureReportAndAuditRow() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: "v26: narrower figures, a smaller audit index")
        let contacts = PostgresStorageTests.contacts()
        try OlderPostgresDatabase.importContacts(contacts, details: "v25 fixture", c)
        try c.exec("SELECT neuvo.roll_up_months()")
        let before = try PostgresTermTests.namedFigures(c)
        let months = { try c.exec(#"SELECT count(*), CAST(sum("value") AS text) FROM neuvo.monthly_figure"#) }
        let monthsBefore = try months()
        #expect(!before.isEmpty && monthsBefore.integer(0, 0) > 0)

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try PostgresTermTests.namedFigures(c) == before, "every daily figure kept, by its words")
        let monthsAfter = try months()
        #expect(monthsAfter.integer(0, 0) == monthsBefore.integer(0, 0) && monthsAfter.text(0, 1) == monthsBefore.text(0, 1))
        let types = try c.exec(
            """
            SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position) FROM information_schema.columns
            WHERE table_schema = 'neuvo' AND table_name = 'daily_figure'
            """)
        #expect(types.text(0, 0) == "day date, point smallint, figure smallint, code smallint, value integer, origin integer")
        // 24 bytes of header and 20 of columns, none of them padding (v19's layout took 56; v30's integer origin, 44, is
        // stored in 48 as v26's was).
        #expect(try c.exec("SELECT max(pg_column_size(f.*)) FROM neuvo.daily_figure AS f").integer(0, 0) == 44)

        let fresh = try Backend.postgres.emptyLog()
        try fresh.importContacts(contacts, details: "the same contacts", by: Self.actor)
        try PostgresTermTests.expectSameReports(upgraded, fresh)
        // The import's audit row names its clients; the new index finds it, as the pseudonyms' text does.
        try c.exec("SET enable_seqscan = off")
        let byKey = try c.exec("SELECT count(*) FROM neuvo.audit AS a WHERE " + Self.named("client-ref-000003")).integer(0, 0)
        try c.exec("RESET enable_seqscan")
        let byText = try c.exec(#"SELECT count(*) FROM neuvo.audit AS a WHERE a."clients" @> ARRAY['client-ref-000003']"#).integer(0, 0)
        #expect(byKey >= 1 && byKey == byText)
        // And it is written as any v26 database: a save after the upgrade counts.
        let saved = ContactLogTests.contact("2023-03-13T10:00:00+02:00", point: PostgresStorageTests.points[0])
        try upgraded.log(saved, by: Self.actor)
        try fresh.log(saved, by: Self.actor)
        let day = CivilDate(iso: "2023-03-13")!
        #expect(try upgraded.report(from: day, to: day, point: nil, by: Self.actor) == (try fresh.report(from: day, to: day, point: nil, by: Self.actor)))
    }

    /// Given the largest staffing its checks allow on every day of a month (each day's cost just under 2^31 in a daily
    /// row of `integer`), When the month is rolled up and reported, Then the month's cost, past 2^31, is whole.
    @Test func aMonthOfTheLargestStaffingCostIsReportedWhole() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        var day = CivilDate(iso: "2023-02-01")!
        var records: [EvaluationRecord] = []
        for _ in 0..<28 {
            records.append(EvaluationStoreTests.staffing(20_000, 100_000, day: day))
            day = day.adding(days: 1)
        }
        // A figure in March, so that February is a month behind the newest and is rolled up.
        records.append(EvaluationStoreTests.staffing(100, 100, day: day))
        try w.log.saveRecords(records, details: nil, by: w.actor)
        try log.connection.exec("SELECT neuvo.roll_up_months()")
        #expect(try w.value(#"SELECT CAST(count(*) AS text) FROM neuvo.monthly_figure WHERE "month" = '2023-02-01'"#) != "0")
        let report = try w.report("2023-02-01", "2023-02-28")
        #expect(report.costCentHundredths == 28 * 20_000 * 100_000 && report.staffHundredths == 28 * 20_000)
    }
}
