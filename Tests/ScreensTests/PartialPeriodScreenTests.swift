import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// Issue 24: the day browser on a month or week under way (23.11.2026) says "so far" and sets it against the same
/// days of the one before, as its export and `neuvo report` do.
struct PartialPeriodScreenTests {
    typealias Browser = DayBrowserScreenTests

    @Test(arguments: [
        ("m", Language.fi, "tähän mennessä (23 päivää, jaksossa 30), vertailu: 1.10.–23.10.2026", "2026-10-01", "2026-10-23"),
        ("m", .sv, "hittills (23 av 30 dagar), jämfört med samma dagar 1.10.–23.10.2026", "2026-10-01", "2026-10-23"),
        ("w", .en, "so far (1 of 7 days), compared with the same days 16.11.–16.11.2026", "2026-11-16", "2026-11-16"),
    ])
    func aPeriodUnderWaySaysSoFarAndIsSetAgainstTheSameDays(keys: String, language: Language, line: String, from: String, to: String) throws {
        let harness = try Browser.browser(keys, language: language)
        #expect(harness.screen().contains(line), "\(harness.screen())")
        let page = try #require(try Browser.screen(harness).page)
        #expect(page.comparison.from == Browser.day(from) && page.comparison.to == Browser.day(to))
        #expect(page.comparison.contacts == (try Browser.report(from, to, point: "jarvenpaa-library").contacts))
    }

    @Test func theColumnsAreHeadedByTheDaysCompared() throws {
        let month = try Browser.browser("m")
        #expect(month.screen(Size(width: 120, height: 40)).contains("1.–23.11.      1.–23.10."), "\(month.screen(Size(width: 120, height: 40)))")
        let ended = try Browser.browser("m<left>")
        #expect(ended.screen(Size(width: 120, height: 40)).contains("10/2026         9/2026"), "\(ended.screen(Size(width: 120, height: 40)))")
    }

    @Test func anEndedMonthIsComparedWhole() throws {
        let harness = try Browser.browser("m<left>")
        #expect(harness.screen().contains("lokakuu 2026"))
        #expect(!harness.screen().contains("tähän mennessä"))
        let page = try #require(try Browser.screen(harness).page)
        #expect(page.comparison.from == Browser.day("2026-09-01") && page.comparison.to == Browser.day("2026-09-30"))
    }

    @Test func theMonthsHtmlExportSaysSoFarAndComparesTheSameDays() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-so-far-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("marras.html").path
        let harness = try Browser.browser("mx3<ctrl-u>" + path + "<enter>")
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Raportti tallennettu: \(path)"))
        let page = try String(contentsOfFile: path, encoding: .utf8)
        #expect(page.contains("1.11.2026–30.11.2026 · tähän mennessä (23 päivää, jaksossa 30)"))
        #expect(page.contains("Verrattuna edelliseen jaksoon 1.10.2026–23.10.2026"))
    }
}
