import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v28 on PostgreSQL (issue 22's size; DECISIONS "v28 on PostgreSQL"): the contact's point as an id of `neuvo.term`.
/// Given databases of each kind, When they are upgraded, read, written and attacked, Then every contact reads at its point
/// as before and an advisor reaches only their points' contacts.
struct PostgresPointNumberTests {
    static let actor = Actor(user: "anna", command: "test")
    static let upgrade = "v28: points by number"

    /// Every function of the schema whose body compares the contact's point with text as v27's did (with the login's
    /// points as text, a wanted list or a point given by name).
    static func functionsComparingThePointAsText(_ c: PQConnection) throws -> [String] {
        let result = try c.exec(
            #"""
            SELECT proname FROM pg_proc WHERE pronamespace = 'neuvo'::regnamespace
              AND prosrc ~ '\mc\."point" = (ANY \((neuvo\.my_points\(\)|wanted|mine|points)\)|at_point\M)' ORDER BY 1
            """#)
        return (0..<result.rowCount).map { result.text($0, 0) }
    }

    /// Given a v27 database (every migration before v28) with contacts at three points imported through v27's own
    /// server-side import and one saved by v27's save, When today's neuvo opens it, Then every contact exports exactly as
    /// before, the column holds ids, no function compares it as text, the reports equal a fresh database's, and a save,
    /// an edit and a point's listings read back at their points.
    @Test func aPopulatedV27DatabaseUpgradesWithEveryPointReadingBack() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: Self.upgrade)
        var contacts = PostgresContactRowTests.contacts()
        #expect(Set(contacts.map(\.point)).count == PostgresStorageTests.points.count)
        try OlderPostgresDatabase.importContacts(contacts, details: "v27 fixture", c)
        let saved = ContactLogTests.contact("2023-03-13T23:59:59-09:30", point: PostgresStorageTests.points[1])
        _ = try c.exec(
            "SELECT neuvo.save_contact($1::jsonb, NULL, 'v27-token', '{}', NULL, 'test')",
            [PostgresLog.contactJSON(saved, clientRef: nil, assessment: nil, chain: nil)])
        let before = try PostgresContactRowTests.exported(c)
        #expect(before.count == contacts.count + 1)
        #expect(try Self.functionsComparingThePointAsText(c).count > 10, "the check finds v27's functions")

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try PostgresContactRowTests.exported(c) == before, "every contact reads as before")
        #expect(try Self.functionsComparingThePointAsText(c) == [], "no function compares the point as text")
        #expect(try c.exec(
            #"SELECT data_type FROM information_schema.columns WHERE table_schema = 'neuvo' AND table_name = 'contact' AND column_name = 'point'"#
        ).text(0, 0) == "smallint")
        // The contact's point and its figures' name one id.
        #expect(try c.exec(
            #"SELECT count(*) FROM neuvo.daily_figure AS f WHERE NOT EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."point" = f."point")"#
        ).integer(0, 0) == 0)

        contacts.append(saved)
        try PostgresContactRowTests.expectSameAsFreshImport(of: contacts, upgraded, c, by: Self.actor)

        // A save, an edit that moves it to another point, a day's overview and the follow-ups at each point.
        let point = PostgresStorageTests.points[0], other = PostgresStorageTests.points[2]
        var contact = ContactLogTests.contact("2023-03-20T10:00:00+02:00", point: point, resolved: false)
        let id = try upgraded.log(contact, by: Self.actor)
        #expect(try upgraded.contact(id: id, by: Self.actor)?.0.contact.point == point)
        contact.point = other
        try upgraded.update(id: id, to: contact, assessment: nil, chain: nil, by: Self.actor)
        #expect(try upgraded.contact(id: id, by: Self.actor)?.0.contact.point == other)
        let at = { (p: String) in
            try c.exec("SELECT count(*) FROM neuvo.day_overview('2023-03-20', $1, '2023-03-01', 'test') WHERE \"part\" = 'contact'", [p]).integer(0, 0)
        }
        #expect(try at(point) == 0 && at(other) == 1)
        #expect(try c.exec("SELECT count(*) FROM neuvo.follow_ups($1, '2023-03-01', 'test') WHERE \"id\" = $2", [other, String(id)]).integer(0, 0) == 1)
        #expect(try c.exec(#"SELECT count(*) FROM neuvo.export_contacts(NULL, NULL, $1) WHERE "point" = $1"#, [other]).integer(0, 0)
            == before.filter { $0[2] == other }.count + 1)
    }

    /// Given a team (an advisor at the library), When the advisor reads and writes through psql, forges a point or reads
    /// the plans, Then only the library's contacts are theirs, exactly as when the point was text, and nothing is kept.
    @Test func anAdvisorReachesTheirPointsOnlyByIdAsByText() throws {
        let team = try PostgresRulesTests.Team()
        let library = PostgresRulesTests.library, kerava = PostgresRulesTests.kerava
        #expect(try team.lines("SELECT neuvo.my_point_ids()", as: team.advisor)
            == team.owners("SELECT ARRAY[id] FROM neuvo.term WHERE word = '\(library)'"))
        #expect(try team.lines(#"SELECT DISTINCT "point" FROM neuvo.export_contacts()"#, as: team.advisor) == [library])
        #expect(try team.lines(#"SELECT count(*) FROM neuvo.export_contacts()"#, as: team.advisor) == ["\(team.atLibrary.count)"])
        #expect(try team.lines("SELECT count(*) FROM neuvo.export_contacts(NULL, NULL, '\(kerava)')", as: team.advisor) == ["0"])
        #expect(try team.lines("SELECT count(*) FROM neuvo.contact_by_id(\(team.atKerava[2]))", as: team.advisor) == ["0"])
        #expect(try team.lines("SELECT count(*) FROM neuvo.contact_by_id(\(team.atLibrary[1]))", as: team.advisor) == ["1"])
        // The plan of a read shows the function's own rows, nothing of the contacts behind the policy.
        let plan = try team.lines("EXPLAIN (ANALYZE, TIMING OFF, SUMMARY OFF) SELECT * FROM neuvo.export_contacts()", as: team.advisor)
        #expect(plan.count == 1 && plan[0].contains("rows=\(team.atLibrary.count) loops=1"))
        try team.expectRefused(#"EXPLAIN ANALYZE SELECT "point" FROM neuvo.contact"#, as: team.advisor, "42501", "permission denied for table contact")
        // Forged points: another point's id as text, another point's name, a word that is no point; the helpers refused.
        let keravaID = try team.owners("SELECT id FROM neuvo.term WHERE word = '\(kerava)'")[0]
        for forged in [keravaID, kerava, "Not a point"] {
            let json = PostgresRulesTests.Team.json(at: forged)
            try team.expectRefused(
                "SELECT neuvo.save_contact('\(json)', NULL, 'token-forged', '{}', NULL, 'psql')", as: team.advisor, "42501",
                "advisors save contacts only at their points")
        }
        try team.expectRefused(
            "SELECT neuvo.save_contact('\(PostgresRulesTests.Team.json(at: "Not a point"))', NULL, 'token-forged', '{}', NULL, 'psql')",
            as: Backend.postgresOwner, "22023", "unknown point code: Not a point")
        for login in team.logins {
            try team.expectRefused("SELECT neuvo.point_id('\(library)')", as: login, "42501", "permission denied for function point_id")
        }
        #expect(try team.owner.contactCount() == 5)
    }
}
