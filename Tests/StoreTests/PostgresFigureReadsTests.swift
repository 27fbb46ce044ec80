import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v21 on PostgreSQL (DECISIONS "Reads after v19"): `figure_rows` and `series_rows` with the totals' ids written in by the
/// migration, a static query and the sums named by subscript of the dictionary's words. Given a database of contacts,
/// When its figures are read by v21's functions and by v19's, Then every report and daily series is the same.
struct PostgresFigureReadsTests {
    static let actor = Actor(user: "anna", command: "test")

    /// One `CREATE OR REPLACE FUNCTION neuvo.NAME(…` statement of a migration's text, through its body's end.
    static func function(_ name: String, in sql: String) throws -> String {
        let start = try #require(sql.range(of: "CREATE OR REPLACE FUNCTION neuvo.\(name)("))
        let end = try #require(sql.range(of: "END $$;", range: start.upperBound..<sql.endIndex))
        return String(sql[start.lowerBound..<end.upperBound])
    }

    /// Every report (five periods × all points and each point) and daily series (every point, and each) of `log`.
    static func figures(_ log: any ContactLog) throws -> ([Report], [[DailyCount]]) {
        var reports: [Report] = [], series: [[DailyCount]] = []
        for (from, to) in PostgresTermTests.periods {
            let (f, t) = (CivilDate(iso: from)!, CivilDate(iso: to)!)
            for point in [nil] + PostgresStorageTests.points {
                reports.append(try log.report(from: f, to: t, point: point, by: actor))
                series.append(try log.dailySeries(from: f, to: t, point: point, by: actor))
            }
        }
        return (reports, series)
    }

    @Test func v21sReadsGiveWhatV19sGaveForEveryPeriodAndPoint() throws {
        let log = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        try log.importContacts(PostgresStorageTests.contacts(), details: "fixture", by: Self.actor)
        try log.connection.exec("SELECT neuvo.roll_up_months()")
        #expect(try log.connection.exec("SELECT count(*) FROM neuvo.monthly_figure").integer(0, 0) > 0, "whole months read from their sums")
        let v21 = try Self.figures(log)
        #expect(v21.0.contains { $0.contacts > 0 } && v21.1.contains { !$0.isEmpty })
        // v19's two functions put back (the owner's connection), the same reads again
        let v19 = PostgresSchema.v19
        try log.connection.exec(try Self.function("figure_rows", in: v19) + "\n" + Self.function("series_rows", in: v19))
        let again = try Self.figures(log)
        #expect(again.0 == v21.0)
        #expect(again.1 == v21.1)
        try log.connection.exec(PostgresSchema.v21)
        let restored = try Self.figures(log)
        #expect(restored.0 == v21.0 && restored.1 == v21.1)
    }

    /// Given a dictionary with a gap in its ids (a word added after the sequence moved on: none of neuvo's writers makes
    /// one, but nothing forbids it), When a figure holds a word past the gap, Then the report still names every figure.
    @Test func aGapInTheDictionarysIdsStillNamesEveryFigure() throws {
        let w = try StoreWorld(.postgres)
        let log = try #require(w.log as? PostgresLog)
        try w.log.log(ContactLogTests.contact("2023-03-13T10:00:00+02:00", point: "jarvenpaa-library"), by: Self.actor)
        let before = try w.report("2023-03-13")
        try log.connection.exec(#"SELECT setval(pg_get_serial_sequence('neuvo.term', 'id'), (SELECT max("id") + 5 FROM neuvo.term))"#)
        try log.connection.exec("SELECT neuvo.add_figure('2023-03-13', 'jarvenpaa-library', 'feedback_settled', 'past-the-gap', 2)")
        #expect(try log.connection.exec(#"SELECT max("id") > count(*) FROM neuvo.term"#).flag(0, 0), "the ids have a gap")
        var expected = before
        expected.feedbackSettled["past-the-gap"] = 2
        #expect(try w.report("2023-03-13") == expected)
        #expect(try w.report("2023-03-13", point: "jarvenpaa-library").feedbackSettled["past-the-gap"] == 2)
    }
}
