import Foundation
import TestSupport
import Testing
@testable import Guidance

/// Issue 24: a period still under way says how far it has gone and is set against the same days of the previous one —
/// one rule (`ReportPeriod.compared`) for the day browser, its export and `neuvo report`.
struct PartialPeriodTests {
    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test(arguments: [
        // December on the 6th: 6 of 31 days, against 1–6 November.
        ("2026-12-01", "2026-12-31", "2026-12-06", 6, 31, "2026-11-01", "2026-11-06"),
        // A week on its Wednesday: Monday to Wednesday of the week before.
        ("2026-11-23", "2026-11-29", "2026-11-25", 3, 7, "2026-11-16", "2026-11-18"),
        // The first day of a month: one day.
        ("2026-03-01", "2026-03-31", "2026-03-01", 1, 31, "2026-02-01", "2026-02-01"),
        // 30 of March's 31 days against February, which has only 28: all of February.
        ("2026-03-01", "2026-03-31", "2026-03-30", 30, 31, "2026-02-01", "2026-02-28"),
    ])
    func aPeriodUnderWayIsSetAgainstTheSameDaysOfThePreviousOne(
        from: String, to: String, today: String, days: Int, of: Int, previousFrom: String, previousTo: String
    ) throws {
        let soFar = try #require(ReportPeriod.soFar(from: Self.day(from), to: Self.day(to), today: Self.day(today)))
        #expect(soFar == (days: days, of: of))
        let compared = ReportPeriod.compared(from: Self.day(from), to: Self.day(to), today: Self.day(today))
        #expect(compared == (from: Self.day(previousFrom), to: Self.day(previousTo)))
    }

    @Test(arguments: ["2026-12-31", "2027-01-05", "2026-11-30"])
    func aPeriodEndedOrNotBegunIsComparedWhole(today: String) {
        #expect(ReportPeriod.soFar(from: Self.day("2026-12-01"), to: Self.day("2026-12-31"), today: Self.day(today)) == nil)
        #expect(ReportPeriod.compared(from: Self.day("2026-12-01"), to: Self.day("2026-12-31"), today: Self.day(today))
            == (from: Self.day("2026-11-01"), to: Self.day("2026-11-30")))
    }

    @Test func soFarInEachLanguageWithItsPlural() {
        let strings = Fixtures.catalog.strings
        func text(_ language: Language, _ today: String) -> String? {
            ReportPeriod.soFarText(from: Self.day("2026-12-01"), to: Self.day("2026-12-31"), today: Self.day(today), strings.inLanguage(language))
        }
        #expect(text(.fi, "2026-12-06") == "tähän mennessä (6 päivää, jaksossa 31)")
        #expect(text(.fi, "2026-12-01") == "tähän mennessä (1 päivä, jaksossa 31)")
        #expect(text(.sv, "2026-12-06") == "hittills (6 av 31 dagar)")
        #expect(text(.sv, "2026-12-01") == "hittills (1 av 31 dagar)")
        #expect(text(.en, "2026-12-06") == "so far (6 of 31 days)")
        #expect(text(.en, "2026-12-01") == "so far (1 of 31 days)")
        #expect(text(.en, "2026-12-31") == nil)
    }

    @Test func theHtmlPageOfAPeriodUnderWaySaysSoFar() {
        var format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: Fixtures.catalog.strings.inLanguage(.en))
        let report = Report(from: Self.day("2026-12-01"), to: Self.day("2026-12-31"), point: nil)
        let previous = Report(from: Self.day("2026-11-01"), to: Self.day("2026-11-06"), point: nil)
        #expect(!format.html(report, comparedWith: previous).contains("so far"))
        format.today = Self.day("2026-12-06")
        let page = format.html(report, comparedWith: previous)
        #expect(page.contains("1.12.2026–31.12.2026 · so far (6 of 31 days)"))
        #expect(page.contains("Compared with the previous period 1.11.2026–6.11.2026"))
    }
}
