import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// Issue 24: the staffing screen as a supervisor — and in the demo a trainer playing one — finds it: `h` opens it and
/// the browser's F1 and footer name only keys that work, a weekday's row is copied to the next in one key, ↓ goes on to
/// the days, F2 says which days it wrote and asks before replacing others, and the days' dates are whole at 80 × 24.
struct StaffingScreenTests {
    typealias Week = EvaluationBrowserTests

    static func demo(_ log: any ContactLog, language: Language = .fi) throws -> AppHarness {
        try AppHarness(
            language: language, log: log,
            first: DayBrowserScreen(AppHarness.context(language: language, demo: true), period: Week.week, point: Week.library), demo: true)
    }

    @Test func inTheDemoTheTrainerOpensItWithHAndF1AndTheFooterNameOnlyBoundKeys() throws {
        let harness = try Self.demo(try Week.log())
        let browser = try Week.screen(harness)
        // What F1 lists is the key map's, every entry of it and nothing else.
        let keys = browser.keyMap(harness.context).keyHelp
        #expect(keys.contains { $0.keys == "h" && $0.label == "Henkilöstötunnit" })
        harness.type("<f1>")
        let help = harness.screen(Size(width: 120, height: 40))
        #expect(help.contains("Henkilöstötunnit"))
        harness.type("<esc>")
        // Every key the footer shows does something.
        for entry in keys where entry.inFooter {
            #expect(entry.key.flatMap { browser.keyMap(harness.context).action(for: $0) } != nil, "\(entry)")
        }
        harness.type("h")
        #expect(harness.app.top is StaffingScreen)
        #expect(harness.screen().contains("DEMO"))
        // An advisor still has none, and F1 does not name it.
        let advisor = try Week.browser(try Week.log(), role: .advisor)
        advisor.type("h")
        #expect(advisor.app.top is DayBrowserScreen)
        #expect(!(try Week.screen(advisor)).keyMap(advisor.context).keyHelp.contains { $0.keys == "h" })
    }

    @Test func f5CopiesARowToTheNextDayAndF2SaysWhichDaysItWrote() throws {
        let log = try Week.log()
        let harness = try Self.demo(log)
        // Monday is held (7,5 h at 32 €); Tuesday to Friday copied from it in four keys.
        harness.type("h<tab><tab>")
        #expect(harness.screen(Size(width: 120, height: 40)).contains("F5 Kopioi rivi seuraavalle päivälle"))
        harness.type("<ctrl-u>7,5<tab><ctrl-u>32<f5><f5><f5>")
        let screen = try #require(harness.app.top as? StaffingScreen)
        #expect(screen.pattern[1...4].allSatisfy { $0.map(\.text) == ["7,5", "32"] })
        #expect(screen.pattern[5].allSatisfy { $0.text.isEmpty })
        #expect(screen.focus == .pattern(row: 4, column: 1))
        harness.type("<f2>")
        #expect(harness.screen(Size(width: 120, height: 40)).contains(
            "Henkilöstötunnit tallennettu 5 päivälle: ma, ti, ke, to, pe 16.11.–20.11.2026"), "\(harness.screen(Size(width: 120, height: 40)))")
        #expect(try Week.staffing(log).map(\.day.description) == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"])
        // No F5 from Sunday: there is no next day.
        harness.type("<down><down>")
        #expect(try #require(harness.app.top as? StaffingScreen).focus == .pattern(row: 6, column: 1))
        #expect(!harness.screen(Size(width: 120, height: 40)).contains("F5 Kopioi"))
    }

    @Test func f2AsksBeforeReplacingDaysAlreadySetOtherwise() throws {
        let log = try Week.log()
        let harness = try Self.demo(log)
        // Monday held at 7,5 h × 32 €: 8 h × 30 € would replace it.
        harness.type("h<ctrl-u>8<tab><ctrl-u>30<f2>")
        #expect(harness.app.top is ConfirmScreen)
        let question = harness.screen(Size(width: 120, height: 40))
        #expect(question.contains("F2 kirjoittaa tunnit näille päiville: ma 16.11.2026 (1)."), "\(question)")
        #expect(question.contains("Jo tallennetut, toisenlaiset tunnit korvataan: ma 16.11."))
        harness.type("e")
        #expect(harness.app.top is StaffingScreen)
        #expect(try Week.staffing(log).first?.staffHundredths == 750, "no: nothing written")
        harness.type("<f2>k")
        #expect(harness.app.top is StaffingScreen)
        #expect(try Week.staffing(log).first?.staffHundredths == 800)
        // The same figures again replace nothing: no question.
        harness.type("<f2>")
        #expect(harness.app.top is StaffingScreen)
    }

    @Test func downGoesOnFromSundayToTheDaysAndUpBack() throws {
        let harness = try Self.demo(try Week.log())
        harness.type("h")
        for _ in 0..<6 { harness.type("<down>") }
        #expect(try #require(harness.app.top as? StaffingScreen).focus == .pattern(row: 6, column: 0))
        harness.type("<down><down>")
        let screen = try #require(harness.app.top as? StaffingScreen)
        #expect(screen.focus == .days && screen.navigator.selected == 1)
        harness.type("<up><up>")
        #expect(try #require(harness.app.top as? StaffingScreen).focus == .pattern(row: 6, column: 0))
    }

    @Test(arguments: Language.allCases)
    func theDaysDatesAreWholeAt80x24(language: Language) throws {
        let harness = try Self.demo(try Week.log(), language: language)
        harness.type("h")
        let text = harness.screen()
        let weekdays = Fixtures.catalog.strings.inLanguage(language)(.weekdaysShort).split(separator: "|")
        for (offset, weekday) in weekdays.enumerated() {
            let day = Week.day("2026-11-16").adding(days: offset)
            #expect(text.contains("\(weekday) \(day.day).\(day.month).2026"), "\(weekday) \(day)\n\(text)")
        }
        #expect(!text.contains("…"), "\(text)")
    }

    /// A month's days do not all fit at 80 × 24: the list says which are shown and how many follow.
    @Test func aListThatDoesNotFitSaysHowManyMore() throws {
        let harness = try Self.demo(try Week.log())
        harness.type("mh")
        var text = harness.screen()
        #expect(text.contains("Päivät  1–10 / 30"), "\(text)")
        #expect(text.contains("↓ 20"))
        harness.type("<s-tab>")
        for _ in 0..<29 { harness.type("<down>") }
        text = harness.screen()
        #expect(text.contains("Päivät  21–30 / 30"), "\(text)")
        #expect(!text.contains("↓"))
        // Where all fit, nothing is counted.
        #expect(!harness.screen(Size(width: 120, height: 60)).contains(" / 30"))
    }

    @Test func goldenScreens() throws {
        let harness = try Self.demo(try Week.log())
        harness.type("mh")
        var mismatches = [
            Golden.mismatch("Staffing_demo", size: .minimum, harness.screen()),
            Golden.mismatch("Staffing_demo", size: Size(width: 120, height: 40), harness.screen(Size(width: 120, height: 40))),
        ]
        let english = try Self.demo(try Week.log(), language: .en)
        english.type("h")
        mismatches.append(Golden.mismatch("Staffing_en", size: .minimum, english.screen()))
        for mismatch in mismatches { #expect(mismatch == nil, "\(mismatch ?? "")") }
    }
}
