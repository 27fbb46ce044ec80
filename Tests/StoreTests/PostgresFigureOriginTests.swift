import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v30 on PostgreSQL (issue 22's size; DECISIONS "v30 on PostgreSQL"): an import's figures are kept under an integer
/// origin of the owner's sequence `neuvo.figure_origin`, not its transaction's id. Given databases of each kind, When
/// contacts are imported and an older database upgraded, Then …
@Suite(.serialized)
struct PostgresFigureOriginTests {
    typealias Team = PostgresRulesTests.Team
    static let actor = Actor(user: "anna", command: "test")

    /// The positive origins of a table, in order.
    static func origins(_ table: String, _ c: PQConnection) throws -> [Int64] {
        let result = try c.exec(#"SELECT DISTINCT "origin" FROM neuvo.\#(table) WHERE "origin" > 0 ORDER BY 1"#)
        return (0..<result.rowCount).map { result.integer64($0, 0) }
    }

    /// Given a v29 database whose imports' origins are past 2^31 (transaction ids of a cluster that has gone that far),
    /// its months rolled up, When today's neuvo opens it, Then every daily and monthly figure is kept, the origins are
    /// integers numbered 1, 2, … in their order in both tables, every report equals a fresh database's, and the next
    /// imports take origins of their own past them.
    @Test func aPopulatedV29DatabaseWithOriginsPast2To31Upgrades() throws {
        let (uri, c) = try OlderPostgresDatabase.migrated(before: "v30: figure origins as integers")
        let contacts = PostgresStorageTests.contacts()
        let half = contacts.count / 2
        try OlderPostgresDatabase.importContacts(Array(contacts[..<half]), details: "v29 fixture", c)
        try OlderPostgresDatabase.importContacts(Array(contacts[half...]), details: "v29 fixture, more", c)
        // As in a cluster past 2^31 transactions: through the roll-up's own triggers, so the months follow.
        try c.exec(#"UPDATE neuvo.daily_figure SET "origin" = "origin" + 5000000000 WHERE "origin" > 0"#)
        try c.exec("SELECT neuvo.roll_up_months()")
        let before = try PostgresTermTests.namedFigures(c)
        let months = { try c.exec(#"SELECT count(*), CAST(sum("value") AS text) FROM neuvo.monthly_figure"#) }
        let monthsBefore = try months()
        let originsBefore = try Self.origins("daily_figure", c)
        #expect(originsBefore.count == 2 && originsBefore.allSatisfy { $0 > Int64(Int32.max) }, "\(originsBefore)")
        #expect(try Self.origins("monthly_figure", c) == originsBefore)

        let upgraded = try ContactLogs.open(uri, catalog: Fixtures.catalog)
        #expect(try PostgresTermTests.namedFigures(c) == before, "every daily figure kept, by its words")
        let monthsAfter = try months()
        #expect(monthsAfter.integer(0, 0) == monthsBefore.integer(0, 0) && monthsAfter.text(0, 1) == monthsBefore.text(0, 1))
        #expect(try Self.origins("daily_figure", c) == [1, 2])
        #expect(try Self.origins("monthly_figure", c) == [1, 2])
        let types = try c.exec(
            """
            SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ' ORDER BY table_name) FROM information_schema.columns
            WHERE table_schema = 'neuvo' AND table_name IN ('daily_figure', 'monthly_figure') AND column_name = 'origin'
            """)
        #expect(types.text(0, 0) == "daily_figure.origin integer, monthly_figure.origin integer")
        // The key's columns: 16 bytes, an entry 24 with its header (the bigint origin, aligned to 8, made them 24 and 32).
        #expect(try c.exec("SELECT max(pg_column_size(ROW(\"day\", \"point\", \"figure\", \"code\", \"origin\"))) - 24 FROM neuvo.daily_figure").integer(0, 0) == 16)

        let fresh = try Backend.postgres.emptyLog()
        try fresh.importContacts(contacts, details: "the same contacts", by: Self.actor)
        try PostgresTermTests.expectSameReports(upgraded, fresh)
        // The owner's import (Swift) and the server's (`import_contacts`) after the upgrade: origins past the renumbered.
        let more = [ContactLogTests.contact("2023-06-01T10:00:00+03:00", point: PostgresStorageTests.points[0])]
        try upgraded.importContacts(more, details: "after the upgrade", by: Self.actor)
        try fresh.importContacts(more, details: "after the upgrade", by: Self.actor)
        try OlderPostgresDatabase.importContacts(more, details: "after the upgrade, the server's", c)
        try fresh.importContacts(more, details: "after the upgrade, the server's", by: Self.actor)
        #expect(try Self.origins("daily_figure", c) == [1, 2, 3, 4])
        try PostgresTermTests.expectSameReports(upgraded, fresh)
    }

    /// Given a team's database, When the owner and an advisor import, Then each import's figures take an origin of
    /// their own from the sequence, and no group role may draw from it or set it (forged origins).
    @Test func eachImportTakesItsOwnOriginAndNoGroupRoleDrawsOne() throws {
        let team = try Team()
        let c = team.owner.connection
        let anna = Actor(user: "anna", command: "test")
        try team.owner.importContacts([ContactLogTests.contact("2023-03-17T10:00:00+02:00")], details: "one", by: anna)
        try team.owner.importContacts([ContactLogTests.contact("2023-03-17T11:00:00+02:00")], details: "two", by: anna)
        try team.log(as: team.advisor).importContacts([ContactLogTests.contact("2023-03-17T12:00:00+02:00")], details: "three", by: anna)
        let origins = try Self.origins("daily_figure", c)
        #expect(origins.count == 3 && origins == origins.sorted(), "\(origins)")
        #expect(try c.exec("SELECT last_value FROM neuvo.figure_origin").integer64(0, 0) == origins.last)
        let day = CivilDate(iso: "2023-03-17")!
        #expect(try team.owner.report(from: day, to: day, point: nil, by: Self.actor).contacts == 3)
        for login in team.logins {
            try team.expectRefused("SELECT nextval('neuvo.figure_origin')", as: login, "42501", "permission denied for sequence figure_origin")
            try team.expectRefused("SELECT setval('neuvo.figure_origin', 1)", as: login, "42501", "permission denied for sequence figure_origin")
            try team.expectRefused("SELECT last_value FROM neuvo.figure_origin", as: login, "42501", "permission denied for sequence figure_origin")
        }
    }
}
