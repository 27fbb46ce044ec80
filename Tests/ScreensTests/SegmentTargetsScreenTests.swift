import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The segment targets, opened with `s` from the supervisors' day browser for its period and point, on ten weeks of
/// synthetic contacts up to Monday 23.11.2026.
struct SegmentTargetsScreenTests {
    static let actor = Actor(user: "test", command: "test")
    static let targets = Fixtures.catalog.segmentTargets
    static let big = Size(width: 120, height: 40)

    /// The browser on November at all points, then the segment targets.
    static func targetsOfNovember(language: Language = .fi, log: any ContactLog = Fixtures.demoLog) throws -> AppHarness {
        let harness = try DayBrowserScreenTests.browser("m" + DayBrowserScreenTests.allPoints + "s", language: language, log: log)
        _ = try #require(harness.app.top as? SegmentTargetsScreen)
        return harness
    }

    static func counted(point: String? = nil) throws -> SegmentShares {
        try Fixtures.demoLog.segmentShares(
            from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!, point: point, targets: targets, by: actor)
    }

    @Test func sOnTheBrowserOpensTheTargetsOfItsPeriodAndPointAndEscGoesBack() throws {
        let harness = try DayBrowserScreenTests.browser("<left>s")
        let screen = try #require(harness.app.top as? SegmentTargetsScreen)
        #expect(screen.from == CivilDate(iso: "2026-11-22")! && screen.to == screen.from && screen.point == DayBrowserScreenTests.library)
        #expect(harness.screen().contains("22.11.2026 · Järvenpään pääkirjasto"))
        harness.type("<esc>")
        let browser = try #require(harness.app.top as? DayBrowserScreen)
        #expect(browser.period == BrowserPeriod(.day, day: CivilDate(iso: "2026-11-22")!))
        // The browser's help names the key.
        harness.type("<f1>")
        #expect(harness.screen(Self.big).contains("  s          Segmenttitavoitteet\n"))
    }

    @Test func eachSegmentsCountShareAndTargetAreTheStoresWithTheMarkersWhereTheyAreOff() throws {
        let harness = try Self.targetsOfNovember(language: .en)
        let text = harness.screen(Self.big)
        let counted = try Self.counted()
        #expect(text.contains("1.11.2026–30.11.2026 · all points · \(counted.total) segmented contacts"))
        let lines = text.split(separator: "\n").map(String.init)
        var marked = 0
        for chain in Fixtures.vocabulary.serviceChain.codes {
            let label = Fixtures.vocabulary.serviceChain.label(chain, in: .en)
            let heading = try #require(lines.firstIndex { $0.hasPrefix("  " + label + " ") })
            #expect(lines[heading].contains(" \(counted.total(chain: chain))  actual  target"))
            for (offset, segment) in Segment.allCases.enumerated() {
                let row = lines[heading + 1 + offset], total = counted.total(chain: chain), count = counted.count(chain: chain, segment: segment)
                let target = try #require(Self.targets[chain: chain]?.targets[segment])
                let share = harness.context.reportFormat.percent(Ratio(count, of: total))
                #expect(row.hasPrefix("    " + Fixtures.vocabulary.segment.label(segment.rawValue, in: .en)))
                let words = row.split(separator: " ").joined(separator: " ")
                #expect(words.contains(" \(count) \(share) " + harness.context.reportFormat.percent(Ratio(target, of: 1000))), "\(row)")
                switch Self.targets.standing(count, of: total, target: target) {
                case .above: #expect(row.contains(" ▲ ")); marked += 1
                case .below: #expect(row.contains(" ▼ ")); marked += 1
                default: #expect(!row.contains("▲") && !row.contains("▼"))
                }
            }
        }
        #expect(marked > 0)
        #expect(text.contains("▲ or ▼: more than 5 percentage points above or below the target."))
    }

    @Test func aPeriodWithoutSegmentsShowsTheTargetsWithoutShares() throws {
        let harness = try DayBrowserScreenTests.browser("s", log: try SQLiteLog.inMemory(catalog: Fixtures.catalog))
        let text = harness.screen()
        #expect(text.contains("23.11.2026 · Järvenpään pääkirjasto · ei segmentoituja yhteydenottoja"))
        #expect(text.contains("    Omatoimiasiakas         0       –  35,0 %\n"))
        #expect(!text.contains("▲") && !text.contains("▼") && !text.contains("█"))
    }

    @Test func helpExplainsTheScreenAndListsTheRuleFromTheData() throws {
        let harness = try Self.targetsOfNovember()
        harness.type("<f1>")
        let text = harness.screen(Self.big)
        #expect(text.contains("Ohje: Segmenttitavoitteet"))
        #expect(text.contains("1. Mielenterveys ja päihteet: Mielenterveys, Päihteet ja riippuvuudet"))
        #expect(text.contains("2. Lapset, nuoret ja perheet: Perheet ja lapset, 0–17 vuotta"))
        #expect(text.contains("4. Työikäiset: kaikki muut"))
        #expect(text.contains("↓                Vieritä alas"))
    }

    @Test func aChainBeyondTheDataScrollsIntoViewAt80x24() throws {
        // Given a segmentation saved with a chain the data no longer lists, beside the four
        let log: any ContactLog = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        var contact = Contact(occurredAt: Fixtures.at("2026-11-23T09:00:00+02:00"), point: DayBrowserScreenTests.library, channel: "walk-in",
                              topics: ["housing"], resolved: true)
        let assessment = try Fixtures.instrument.assess(Answers(["C1": 5, "C2": 5, "C3": 5, "C4": 5, "P1": 1, "P2": 1, "P3": 1, "P4": 1]))
        contact.segment = assessment.segment
        try log.log(contact, assessment: assessment, chain: "students", by: Self.actor)
        let harness = try DayBrowserScreenTests.browser("s", log: log)
        // Then the fifth chain is below the fold, and ↓ brings it up; ↑ goes back
        let top = harness.screen()
        #expect(!top.contains("students") && top.split(separator: "\n")[21].hasSuffix("↓"))
        harness.type("<down><down><down><down><down><down><down><down>")
        let scrolled = harness.screen()
        #expect(scrolled.contains("  students                  1 toteuma tavoite    ero"), "\(scrolled)")
        #expect(scrolled.contains("    Omatoimiasiakas         1 100,0 %       –          ███"))
        #expect(!scrolled.contains("Lapset, nuoret ja perheet") && scrolled.split(separator: "\n")[1].hasSuffix("↑"))
        harness.type("<up><up><up><up><up><up><up><up>")
        #expect(harness.screen().contains("23.11.2026 · Järvenpään pääkirjasto · 1 segmentoitua"))
    }

    @Test func goldenScreens() throws {
        let harness = try Self.targetsOfNovember()
        var mismatches = [
            Golden.mismatch("SegmentTargets", size: .minimum, harness.screen()),
            Golden.mismatch("SegmentTargets", size: Self.big, harness.screen(Self.big)),
        ]
        let english = try Self.targetsOfNovember(language: .en)
        mismatches.append(Golden.mismatch("SegmentTargets_en", size: .minimum, english.screen()))
        let swedish = try Self.targetsOfNovember(language: .sv)
        mismatches.append(Golden.mismatch("SegmentTargets_sv", size: .minimum, swedish.screen()))
        for mismatch in mismatches.compactMap({ $0 }) { Issue.record(Comment(rawValue: mismatch)) }
    }
}
