import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// v14's monthly figures (issue 22): whatever writes the daily figures — imports, saves, edits, outcomes, evaluation
/// records, retention, a window change — the monthly ones stay their sums, and a report over any period, read from
/// whole months and edge days, is the report summed from the daily figures alone.
struct MonthlyFiguresTests {
    static let now = Timestamp(date: CivilDate(iso: "2026-12-07")!, hour: 12, minute: 0, offsetMinutes: 120)
    static let points = ["jarvenpaa-library", "kerava-service-centre"]

    /// The monthly rows as they should be (the daily ones grouped by month) and as they are, sorted alike, as text.
    static func rollups(_ w: StoreWorld) throws -> (expected: [[String?]], stored: [[String?]]) {
        // PostgreSQL's rows keep the daily rows' origin (0 for the screens' saves, an import's own), and only the months
        // before its bound (v16: none for the current month).
        let (monthOfDay, origin) = w.backend == .sqlite ? (#"substr("day", 1, 7)"#, "") : (#"to_char("day", 'YYYY-MM')"#, #", "origin""#)
        let kept = w.backend == .sqlite ? "" : #"WHERE "day" < (SELECT "before" FROM neuvo.monthly_bound)"#
        // On SQLite point, figure and code are ids (v19), the same in both tables: compared as text.
        let expected = try w.rows(
            """
            SELECT \(monthOfDay), CAST("point" AS TEXT), CAST("figure" AS TEXT), CAST("code" AS TEXT)\(origin), CAST(sum("value") AS TEXT)
            FROM neuvo.daily_figure \(kept)
            GROUP BY \(monthOfDay), "point", "figure", "code"\(origin) HAVING sum("value") <> 0
            ORDER BY 1, 2, 3, 4\(origin.isEmpty ? "" : ", 5")
            """)
        let storedMonth = w.backend == .sqlite ? #""month""# : #"to_char("month", 'YYYY-MM')"#
        let stored = try w.rows(
            """
            SELECT \(storedMonth), CAST("point" AS TEXT), CAST("figure" AS TEXT), CAST("code" AS TEXT)\(origin), CAST("value" AS TEXT)
            FROM neuvo.monthly_figure
            ORDER BY 1, 2, 3, 4\(origin.isEmpty ? "" : ", 5")
            """)
        return (expected, stored)
    }

    /// PostgreSQL's daily figures named by their words (v19 stores the ids `neuvo.term` gives them).
    static let namedDailyFigures = """
        (SELECT d."day", p."word" AS "point", g."word" AS "figure", k."word" AS "code", d."origin", d."value"
         FROM neuvo.daily_figure AS d JOIN neuvo.term AS p ON p."id" = d."point" JOIN neuvo.term AS g ON g."id" = d."figure"
         JOIN neuvo.term AS k ON k."id" = d."code") AS named
        """

    /// SQLite's daily figures with their words (v19: point, figure and code are ids of its `code` table).
    static let namedSQLiteDailyFigures = """
        (SELECT d."day", p."code" AS "point", g."code" AS "figure", k."code" AS "code", d."value"
         FROM "daily_figure" AS d JOIN "code" AS p ON p."id" = d."point" JOIN "code" AS g ON g."id" = d."figure"
         JOIN "code" AS k ON k."id" = d."code") AS named
        """

    /// The report of a period summed from the daily figures only, as every report was read before v14.
    static func fromDailyFigures(_ w: StoreWorld, _ from: CivilDate, _ to: CivilDate, point: String?) throws -> Report {
        var report = Report(from: from, to: to, point: point)
        let filter = #""day" BETWEEN '\#(from)' AND '\#(to)'"# + (point.map { #" AND "point" = '\#($0)'"# } ?? "")
        let table = w.backend == .sqlite ? namedSQLiteDailyFigures : namedDailyFigures
        for row in try w.rows(#"SELECT "figure", "code", CAST(sum("value") AS TEXT) FROM \#(table) WHERE \#(filter) GROUP BY 1, 2"#) {
            report.add(figure: row[0]!, code: row[1]!, value: Int(row[2]!)!)
        }
        let days = try w.rows(
            """
            SELECT CAST("day" AS TEXT), "point", CAST(sum(CASE WHEN "figure" = 'contacts' THEN "value" ELSE 0 END) AS TEXT),
                CAST(sum(CASE WHEN "figure" = 'staffed_days' THEN "value" ELSE 0 END) AS TEXT)
            FROM \(table) WHERE \(filter) GROUP BY 1, 2
            """)
        report.addDayFigures(days.map { (day: $0[0]!, point: $0[1]!, contacts: Int($0[2]!)!, staffedDays: Int($0[3]!)!) })
        report.countReferralKinds(Fixtures.vocabulary)
        return report
    }

    /// Periods of every shape: whole months, a year, a month and a day either side, within a month, a day, across years.
    static func periods(_ random: inout SeededRandom) -> [(CivilDate, CivilDate)] {
        let fixed: [(String, String)] = [
            ("2025-01-01", "2025-12-31"), ("2025-08-01", "2026-11-30"), ("2025-07-31", "2025-09-01"), ("2025-12-01", "2025-12-31"),
            ("2026-02-01", "2026-02-28"), ("2025-12-15", "2026-01-14"), ("2026-03-03", "2026-03-03"), ("2024-01-01", "2027-12-31"),
            ("2026-11-02", "2026-12-31"), ("2025-06-30", "2025-07-31"),
        ]
        let first = CivilDate(iso: "2025-07-01")!
        let drawn = (0..<20).map { _ in
            let from = first.adding(days: random.int(0...520))
            return (from, from.adding(days: random.int(0...400)))
        }
        return fixed.map { (CivilDate(iso: $0.0)!, CivilDate(iso: $0.1)!) } + drawn
    }

    func expectSame(_ w: StoreWorld, _ periods: [(CivilDate, CivilDate)], _ stage: String) throws {
        let rollups = try Self.rollups(w)
        #expect(rollups.stored == rollups.expected, "the monthly figures after \(stage)")
        for (from, to) in periods {
            for point in [nil] + Self.points {
                let report = try w.log.report(from: from, to: to, point: point, by: w.actor)
                #expect(report == (try Self.fromDailyFigures(w, from, to, point: point)), "\(from)–\(to) \(point ?? "all") after \(stage)")
            }
        }
    }

    @Test(arguments: Backend.allCases, [31, 32] as [UInt64])
    func everyWriteKeepsTheMonthsTheSumsOfTheDaysAndEveryReportAsFromTheDays(_ backend: Backend, seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        // Rich contacts (referrals, outcomes, unmet needs, consultations, segments) over a year and a half at two points,
        // with pseudonyms from a small pool so that repeats come and go.
        let all = Fixtures.demoContacts(seed: seed, days: 520, end: "2026-12-06").filter { Self.points.contains($0.point) }
        var contacts = all.filter { _ in random.chance(0.03) }.map { contact -> Contact in
            var c = contact
            c.clientRef = random.chance(0.7) ? "client-\(random.int(0...11))" : nil
            return c
        }
        contacts.shuffle(using: &random)
        #expect(contacts.count > 150)
        let periods = Self.periods(&random)
        let w = try StoreWorld(backend)

        try w.log.importContacts(Array(contacts.prefix(contacts.count / 2)), details: "one", by: w.actor)
        try w.log.importContacts(Array(contacts.dropFirst(contacts.count / 2).dropLast(30)), details: "two", by: w.actor)
        try expectSame(w, periods, "two imports")

        var ids: [Int64] = []
        for contact in contacts.suffix(30) { ids.append(try w.log.log(contact, by: w.actor)) }
        for id in ids.prefix(12) {
            var edited = contacts[random.int(0...(contacts.count - 1))]
            edited.clientRef = random.chance(0.5) ? "client-\(random.int(0...11))" : nil
            try w.log.update(id: id, to: edited, assessment: nil, chain: nil, by: w.actor)
        }
        for (id, contact) in zip(ids.suffix(18), contacts.suffix(18)) {
            guard let referral = contact.referrals.first else { continue }
            try w.log.setReferralOutcome(contactID: id, referral: referral, outcome: "reached", clientRef: contact.clientRef, by: w.actor)
        }
        // Staffing on days of their own (a second row for a day replaces the first), client answers on any.
        let first = CivilDate(iso: "2025-07-01")!
        let records: [EvaluationRecord] = (0..<20).map { i in
            .staffing(StaffingDay(day: first.adding(days: i * 26 + random.int(0...25)), point: Self.points[i % 2],
                                  staffHundredths: random.int(100...800), hourlyCostCents: 3500))
        } + (0..<20).map { _ in
            .feedback(FeedbackAnswer(day: first.adding(days: random.int(0...520)), point: Self.points[random.int(0...1)],
                                     nps: random.int(0...10), settled: "yes", bounced: random.chance(0.3)))
        }
        try w.log.saveRecords(records, details: nil, by: w.actor)
        try expectSame(w, periods, "saves, edits, outcomes and records")

        try w.log.setFollowUpWindow(hours: 60 * 24, by: w.actor)
        let retention = try #require(w.log as? any RetentionStore)
        _ = try retention.applyRetention(now: Self.now, dryRun: false, by: w.actor)
        try w.log.setFollowUpWindow(hours: 7 * 24, by: w.actor)
        try expectSame(w, periods, "retention and window changes")
    }

    /// PostgreSQL keeps no monthly sums from its bound on (v16): the start of a session after an import or in a later
    /// month sums the months that have ended from their days — unless another transaction is writing figures then, and the next
    /// start does it — and no report changes either way.
    @Test func theMonthlySumsMoveOnWithTheMonthsAndWaitForOpenWriters() throws {
        let w = try StoreWorld(.postgres)
        let owner = try #require(w.log as? PostgresLog)
        let all = Fixtures.demoContacts(seed: 33, days: 200, end: "2026-10-31").filter { Self.points.contains($0.point) }
        var random = SeededRandom(seed: 33)
        let periods = Self.periods(&random)
        func bound() throws -> String? { try w.value(#"SELECT CAST("before" AS TEXT) FROM neuvo.monthly_bound"#) }
        func save(_ day: String) throws {
            var contact = all[0]
            contact.occurredAt = Timestamp(date: CivilDate(iso: day)!, hour: 10, minute: 0, offsetMinutes: 120)
            _ = try w.log.log(contact, by: w.actor)
        }
        func startASession() throws { try PostgresLog.open(uri: owner.uri, catalog: Fixtures.catalog).close() }

        // Given contacts up to October, imported, and a session started since: sums for the months before it, none for October
        try w.log.importContacts(all, details: "to October", by: w.actor)
        #expect(try bound() == "-infinity")
        try expectSame(w, periods, "an import")
        try startASession()
        #expect(try bound() == "2026-10-01")
        try expectSame(w, periods, "an import up to October")
        // When November's first contact is saved, nothing moves; when a session starts after it, October is summed
        try save("2026-11-02")
        #expect(try bound() == "2026-10-01")
        try expectSame(w, periods, "November's first save")
        try startASession()
        #expect(try bound() == "2026-11-01")
        #expect(try w.value(#"SELECT CAST(count(*) AS TEXT) FROM neuvo.monthly_figure WHERE "month" = '2026-10-01'"#) != "0")
        try expectSame(w, periods, "a session's start in November")

        // When another transaction is writing figures, a session's start leaves November to the next one
        try save("2026-12-01")
        let other = try PQConnection(uri: owner.uri)
        defer { other.close() }
        try other.exec("BEGIN")
        try other.exec("LOCK TABLE neuvo.daily_figure IN ROW EXCLUSIVE MODE")
        try startASession()
        #expect(try bound() == "2026-11-01")
        try expectSame(w, periods, "a start while another writes")
        try other.exec("COMMIT")
        try startASession()
        #expect(try bound() == "2026-12-01")
        try expectSame(w, periods, "the next start")

        // And a transaction that is not read committed writes no figures (it could miss a move of the bound)
        try w.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
        #expect(throws: (any Error).self) { try w.execute(#"UPDATE neuvo.daily_figure SET "value" = "value" WHERE "day" = '2026-12-01'"#) }
        try w.execute("ROLLBACK")
    }
}
