import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// v17 on SQLite (issue 22): a bulk write — an import, a recount of the repeats — adds its monthly sums itself while
/// v14's triggers stand aside (`monthly_figure_held`), and every other write still goes through the triggers. Whichever
/// way, the monthly rows are their days' sums; the held row never outlives its transaction, not even a failed one.
struct BulkFiguresTests {
    static let points = MonthlyFiguresTests.points

    static func contacts(seed: UInt64, every share: Double) -> [Contact] {
        var random = SeededRandom(seed: seed)
        return Fixtures.demoContacts(seed: seed, days: 400, end: "2026-11-30").filter { Self.points.contains($0.point) }
            .filter { _ in random.chance(share) }.map { contact in
                var c = contact
                c.clientRef = random.chance(0.6) ? "client-\(random.int(0...9))" : nil
                return c
            }
    }

    /// A figure table's rows as text, in key order.
    static func table(_ w: StoreWorld, _ name: String) throws -> [[String?]] {
        let key = name == "daily_figure" ? "day" : "month"
        return try w.rows(#"""
            SELECT "\#(key)", CAST("point" AS TEXT), CAST("figure" AS TEXT), CAST("code" AS TEXT), CAST("value" AS TEXT) FROM "\#(name)"
            ORDER BY 1, 2, 3, 4
            """#)
    }

    func expectMonthsAreTheirDaysSums(_ w: StoreWorld, _ stage: String) throws {
        let rollups = try MonthlyFiguresTests.rollups(w)
        #expect(!rollups.stored.isEmpty, "monthly figures after \(stage)")
        #expect(rollups.stored == rollups.expected, "the monthly figures after \(stage)")
        #expect(try w.value(#"SELECT CAST(count(*) AS TEXT) FROM "monthly_figure_held""#) == "0", "no held row after \(stage)")
    }

    @Test func importsIntoMonthsAlreadyHeldAddToThemAndSavesAfterwardsStillGoThroughTheTriggers() throws {
        let contacts = Self.contacts(seed: 41, every: 0.05)
        let w = try StoreWorld(.sqlite)
        // Given an import, then a second one into the same months, with the same clients (repeats flip back and forth)
        try w.log.importContacts(Array(contacts.prefix(contacts.count / 2)), details: "one", by: w.actor)
        try expectMonthsAreTheirDaysSums(w, "one import")
        try w.log.importContacts(Array(contacts.dropFirst(contacts.count / 2)), details: "two", by: w.actor)
        try expectMonthsAreTheirDaysSums(w, "two imports")
        // When a single save and an edit follow (the triggers' path), and the window changes (a recount: bulk again)
        let id = try w.log.log(contacts[3], by: w.actor)
        try w.log.update(id: id, to: contacts[contacts.count - 4], assessment: nil, chain: nil, by: w.actor)
        try expectMonthsAreTheirDaysSums(w, "a save and an edit")
        try w.log.setFollowUpWindow(hours: 60 * 24, by: w.actor)
        try expectMonthsAreTheirDaysSums(w, "a window change")
        // Then the year's report is the one summed from the days alone
        let from = CivilDate(iso: "2025-12-01")!, to = CivilDate(iso: "2026-11-30")!
        #expect(try w.log.report(from: from, to: to, point: nil, by: w.actor) == (try MonthlyFiguresTests.fromDailyFigures(w, from, to, point: nil)))
    }

    @Test func anImportThatFailsLeavesNoHeldRowAndTheFiguresAsTheyWere() throws {
        struct Interrupted: Error {}
        let contacts = Self.contacts(seed: 42, every: 0.05)
        let w = try StoreWorld(.sqlite)
        try w.log.importContacts(Array(contacts.prefix(40)), details: "first", by: w.actor)
        let before = (try Self.table(w, "daily_figure"), try Self.table(w, "monthly_figure"))
        // When an import fails after its contacts and while its figures are held (here: a trigger on the audit refuses
        // the import's audit row, written after the figures)
        try w.execute(#"CREATE TRIGGER "refuse" BEFORE INSERT ON "audit" BEGIN SELECT RAISE(ABORT, 'refused'); END"#)
        let log = try #require(w.log as? SQLiteLog)
        let checked = try contacts.dropFirst(40).map { try SQLiteLog.check($0, vocabulary: Fixtures.vocabulary, points: log.points) }
        var batches = [checked]
        #expect(throws: (any Error).self) { _ = try log.importContacts(details: "second", by: w.actor) { batches.popLast() } }
        try w.execute(#"DROP TRIGGER "refuse""#)
        // Then nothing of it stays: no held row, the figures as before; and the next save's months still follow its days
        let after = (try Self.table(w, "daily_figure"), try Self.table(w, "monthly_figure"))
        #expect(after.0 == before.0 && after.1 == before.1)
        _ = try w.log.log(contacts[41], by: w.actor)
        try expectMonthsAreTheirDaysSums(w, "a failed import and a save")
    }

    @Test func whileHeldADailyChangeLeavesTheMonthsToItsWriter() throws {
        let w = try StoreWorld(.sqlite)
        try w.log.importContacts(Array(Self.contacts(seed: 43, every: 0.02).prefix(20)), details: "some", by: w.actor)
        // Without a held row a change by hand reaches the months (the triggers)
        try w.execute(#"UPDATE "daily_figure" SET "value" = "value" + 1 WHERE "figure" = 1"#)
        try expectMonthsAreTheirDaysSums(w, "a change by hand")
        let months = try Self.table(w, "monthly_figure")
        // While the row is held, the triggers stand aside: the months are then the writer's to keep
        try w.execute(#"""
            INSERT INTO "monthly_figure_held" VALUES (1);
            UPDATE "daily_figure" SET "value" = "value" - 1 WHERE "figure" = 1;
            DELETE FROM "monthly_figure_held";
            """#)
        #expect(try Self.table(w, "monthly_figure") == months)
        let rollups = try MonthlyFiguresTests.rollups(w)
        #expect(rollups.stored != rollups.expected)
    }
}
