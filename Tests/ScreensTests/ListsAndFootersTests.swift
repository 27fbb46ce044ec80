import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// Issue 24's lists, footers and help: what the footer keeps at 80 × 24, keys that work only when listed, the day
/// browser's rows shown whole, "no match", how many more, and the segment targets' minimum.
struct ListsAndFootersTests {
    static let big = Size(width: 120, height: 40)

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The footer's entries that should show and do not: every kept binding of the screen on top and of every screen.
    static func missingFromFooter(_ harness: AppHarness, size: Size = .minimum) throws -> [String] {
        let screen = try #require(harness.app.top)
        let footer = lines(harness.screen(size)).last ?? ""
        let keys = screen.keyHelp(harness.context) + App.globalKeys(harness.context).keyHelp
        // Its footer entry, or where that only shortens the label, the whole label.
        return keys.filter { $0.footer == .kept }.compactMap { help in
            let first = String(help.keys.split(separator: "/").first ?? "")
            let entry = (help.footerKeys ?? first) + " " + (help.footerLabel ?? help.label)
            return footer.contains(entry) || footer.contains(first + " " + help.label) ? nil : entry
        }
    }

    /// Each screen in a state a newcomer meets, by name.
    static func screens(_ language: Language) throws -> [(String, AppHarness)] {
        func browser(_ script: String) throws -> AppHarness { try DayBrowserScreenTests.browser(script, language: language) }
        var all: [(String, AppHarness)] = []
        all.append(("Today (advisor)", try AppHarness(language: language, log: Fixtures.demoLog)))
        all.append(("Today (supervisor)", try AppHarness(language: language, log: Fixtures.demoLog, role: .supervisor)))
        all.append(("Today (demo)", try AppHarness(language: language, demo: true)))
        all.append(("Day browser", try browser("<left><left><left><left>")))
        all.append(("Day browser, a month of all points", try browser("m" + DayBrowserScreenTests.allPoints)))
        all.append(("Export", try browser("x")))
        all.append(("Export's file", try browser("x1")))
        all.append(("Figure's contacts", try browser("<left><left><left><left><enter>")))
        all.append(("A contact whole", try browser("<left><left><left><left><enter><enter>")))
        all.append(("Segment targets", try browser("<left><left><left><left>s")))
        all.append(("Help", try browser("<f1>")))
        let advisor = { (script: String) throws -> AppHarness in
            let harness = try AppHarness(language: language, log: Fixtures.demoLog)
            harness.type(script)
            return harness
        }
        all.append(("Follow-ups", try advisor("f")))
        all.append(("Directory", try advisor("p")))
        all.append(("Directory, searching", try advisor("pkel")))
        all.append(("Queue", try AppHarness(language: language, first: QueueScreen(services: nil), demo: true)))
        let context = AppHarness.context(language: language, demo: true)
        all.append(("Personas", try AppHarness(language: language, first: PersonasScreen(context), demo: true)))
        return all
    }

    // MARK: - Footers

    @Test(arguments: Language.allCases)
    func everyScreensFooterAt80x24KeepsTheKeysANewcomerNeeds(_ language: Language) throws {
        for (name, harness) in try Self.screens(language) {
            let missing = try Self.missingFromFooter(harness)
            #expect(missing.isEmpty, "\(name) in \(language): \(missing) not in \(Self.lines(harness.screen()).last ?? "")")
        }
    }

    @Test(arguments: Language.allCases)
    func todaysFooterShowsTheBrowserAndQuitAndTheBrowsersBothArrowsAndTheWayBack(_ language: Language) throws {
        for harness in [try AppHarness(language: language, log: Fixtures.demoLog, role: .supervisor), try AppHarness(language: language, demo: true)] {
            let footer = Self.lines(harness.screen()).last ?? ""
            #expect(footer.contains(" b ") && footer.contains(" q "), "\(footer)")
            harness.type("b")
            let browser = Self.lines(harness.screen()).last ?? ""
            #expect(browser.contains("←/→ ") && browser.contains("Esc ") && browser.contains("Enter ") && browser.contains("F1 "), "\(browser)")
        }
    }

    @Test func aFooterThatDoesNotFitKeepsTheKeptEntriesAndThenTheOthersInOrder() {
        let keys = [
            KeyHelp(keys: "n", label: "New contact", inFooter: true, footer: .kept),
            KeyHelp(keys: "Enter", label: "Open and edit", inFooter: true),
            KeyHelp(keys: "f", label: "Follow-ups", inFooter: true),
            KeyHelp(keys: "q/F10", label: "Quit", inFooter: true, footer: .kept),
            KeyHelp(keys: "F1", label: "Help", inFooter: true, footer: .kept),
        ]
        // 1 + "n New contact" (13) + "q Quit" (6) + "F1 Help" (7) + 4 = 31; "Enter Open and edit" (19) fits in 52.
        #expect(Chrome.footerEntries(keys, width: 52).map(\.keys) == ["n", "Enter", "q", "F1"])
        #expect(Chrome.footerEntries(keys, width: 46).map(\.keys) == ["n", "f", "q", "F1"], "a later entry that fits takes the room")
        #expect(Chrome.footerEntries(keys, width: 20).map(\.keys) == ["q", "F1"], "the way out and help are the last to go")
        #expect(Chrome.footerEntries(keys, width: 200).map(\.x) == [1, 16, 37, 51, 59])
    }

    // MARK: - Keys listed and keys that work

    /// Keys a user may press on any screen.
    static let candidates: [Key] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ".map { Key.character($0) }
        + [.enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
        + (2...10).map { Key.function($0) }

    /// Whether help lists `key`: by its name, or a number in a range (`1–9`).
    static func listed(_ key: Key, in help: [KeyHelp]) -> Bool {
        help.contains { line in
            if line.keys.split(separator: "/").contains(where: { $0 == key.name }) { return true }
            let ends = line.keys.split(separator: "–").compactMap { Int($0) }
            if ends.count == 2, case .character(let c) = key, let n = c.wholeNumberValue { return (ends[0]...ends[1]).contains(n) }
            return false
        }
    }

    @Test(arguments: [Language.fi])
    func noKeyWorksThatHelpDoesNotList(_ language: Language) throws {
        // Screens that take letters into a search are left out: every letter is theirs, and help says so.
        for (name, harness) in try Self.screens(language) where !name.hasPrefix("Directory") && !name.hasPrefix("Export's") {
            let help = try #require(harness.app.top).keyHelp(harness.context) + App.globalKeys(harness.context).keyHelp
            for key in Self.candidates where !Self.listed(key, in: help) {
                let before = harness.screen(), top = harness.app.top.map { "\(type(of: $0))" }
                harness.app.press(key)
                #expect(harness.screen() == before && harness.app.top.map { "\(type(of: $0))" } == top, "\(name): \(key.name) works but help does not list it")
            }
        }
    }

    // MARK: - The browser's rows, whole

    @Test func enterOnAFiguresContactShowsEveryFieldOfItWhole() throws {
        let harness = try DayBrowserScreenTests.browser("<left><left><left><left><enter>", language: .en)
        let list = try #require(harness.app.top as? FigureContactsScreen)
        let contacts = try #require(list.contacts)
        #expect(contacts.count > 3)
        harness.type("<down><down><enter>")
        let detail = try #require(harness.app.top as? RecordDetailScreen)
        let text = harness.screen(Self.big)
        let shown = contacts[2], v = Fixtures.vocabulary
        #expect(text.contains("3 / \(contacts.count)"))
        #expect(text.contains(shown.contact.occurredAt.date.written + " " + shown.contact.occurredAt.clockTime))
        #expect(text.contains(v.channel.label(shown.contact.channel, in: .en)))
        #expect(text.contains(shown.contact.topics.map { v.topic.label($0, in: .en) }.joined(separator: ", ")))
        for referral in shown.contact.referrals { #expect(text.contains(v.referral.label(referral, in: .en))) }
        #expect(text.contains(v.ageGroup.label(shown.contact.ageGroup, in: .en)))
        #expect(!text.contains("…"), "nothing cut: \(text)")
        if let ref = shown.contact.clientRef { #expect(!text.contains(ref), "never the pseudonym") }
        #expect(detail.lines.count == 20, "every field of the contact")
        // → and ← go through the list's contacts without going back to it, and stop at its ends.
        harness.type("<right>")
        let next = contacts[3].contact
        #expect(harness.screen(Self.big).contains("4 / \(contacts.count)"))
        #expect(harness.screen(Self.big).contains(next.occurredAt.date.written + " " + next.occurredAt.clockTime))
        harness.type("<left><left><left><left><left>")
        #expect(harness.screen(Self.big).contains("1 / \(contacts.count)"))
        #expect(Self.lines(harness.screen()).last?.contains("←/→ Previous/next") == true)
        harness.type("<esc>")
        #expect(harness.app.top is FigureContactsScreen)
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func aCutValueInTheFigureListEndsInAnEllipsis(_ size: Size) throws {
        let harness = try DayBrowserScreenTests.browser("w" + DayBrowserScreenTests.allPoints + "<enter>")
        let list = try #require(harness.app.top as? FigureContactsScreen)
        let text = harness.screen(size)
        let table = LoggedContact.table(width: size.width - 4, showsPoint: true, harness.context)
        for logged in try #require(list.contacts).prefix(10) {
            for column in table.columns {
                let value = column.value(logged).0
                guard TextWidth.of(value) > column.width else { continue }
                #expect(text.contains(TextWidth.truncated(value, to: column.width)), "\(value)")
            }
        }
    }

    @Test func aHandoffFigureListsItsHandoffsAndEnterShowsOneWhole() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.importHandoffs(HandoffFiguresScreenTests.browserSet, details: "test", by: HandoffFiguresScreenTests.actor)
        let harness = try AppHarness(language: .en, log: log, first: DayBrowserScreen(AppHarness.context(language: .en)))
        try HandoffFiguresScreenTests.highlight(harness) { $0.handoffs == .all }
        harness.type("<enter>")
        let handoffs = try #require((harness.app.top as? FigureHandoffsScreen)?.handoffs)
        #expect(handoffs.count == 4)
        harness.type("<enter>")
        #expect(harness.app.top is RecordDetailScreen)
        let text = harness.screen()
        let first = handoffs[0]
        #expect(text.contains(first.sentAt.date.written + " " + first.sentAt.clockTime), "\(text)")
        #expect(text.contains(Fixtures.vocabulary.referral.label(first.service, in: .en)))
        #expect(text.contains("1 / 4"))
        harness.type("<esc>")
        #expect(harness.app.top is FigureHandoffsScreen)
    }

    // MARK: - How many more

    @Test func aListLongerThanItsRoomSaysHowManyMoreThereAre() throws {
        let harness = try DayBrowserScreenTests.browser("w" + DayBrowserScreenTests.allPoints + "<enter>")
        let count = try #require((harness.app.top as? FigureContactsScreen)?.total)
        #expect(count > 40)
        let text = harness.screen()
        #expect(text.contains("1–15 / \(count) · ↓ \(count - 15) lisää"), "\(text)")
        harness.type("<end>")
        #expect(harness.screen().contains("\(count - 14)–\(count) / \(count) ↑"))
        // Today with more contacts than rows.
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let contacts = (0..<30).map { n in
            Contact(occurredAt: Fixtures.at(String(format: "2026-11-23T08:%02d:00+02:00", n)), point: "jarvenpaa-library", channel: "walk-in", topics: ["housing"], resolved: true)
        }
        try log.importContacts(contacts, details: "test", by: Actor(user: "test", command: "test"))
        let today = try AppHarness(language: .en, log: log)
        #expect(today.screen().contains("1–16 / 30 · ↓ 14 more"), "\(today.screen())")
        #expect(today.screen(Self.big).contains("1–32 / 30") == false)
    }

    @Test func theQueueSaysHowManyMoreHandoffsWait() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        for n in 0..<20 {
            _ = try log.sendHandoff(HandoffScreensTests.request(name: "Asiakas \(n)"), fromContact: nil, by: HandoffScreensTests.pia)
        }
        let harness = try AppHarness(language: .en, log: log, first: QueueScreen(services: [HandoffScreensTests.service]))
        let text = harness.screen()
        #expect(text.contains(" / 20 · ↓ "), "\(text)")
        #expect(!harness.screen(Self.big).contains(" / 20"), "all 20 fit at 120 × 40")
    }

    // MARK: - No match

    @Test(arguments: Language.allCases)
    func aFilterThatFindsNothingSaysSo(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n1zzq")
        let noMatch = harness.context.strings(.listNoMatch, ["filter": "zzq"])
        #expect(harness.screen().contains(noMatch), "\(harness.screen())")
        harness.type("<esc>")
        #expect(!harness.screen().contains(noMatch))
    }

    /// The README's filter examples: `hou` and `kel` by their codes in every language, `asu` and `boe` by name in theirs.
    @Test(arguments: [(Language.fi, "asu", "Asuminen"), (.sv, "boe", "Boende"), (.fi, "hou", "Asuminen"), (.sv, "hou", "Boende"), (.en, "hou", "Housing")])
    func theReadmesFilterExamplesFindTheirTopic(_ language: Language, _ filter: String, _ found: String) throws {
        let harness = try AppHarness(language: language)
        harness.type("n1" + filter)
        #expect(harness.screen().contains("1 " + found), "\(harness.screen())")
    }

    @Test func theEnglishFormSaysAsuFindsNothing() throws {
        let harness = try AppHarness(language: .en)
        harness.type("n1asu")
        #expect(harness.screen().contains("No match: asu"))
    }

    @Test(arguments: Language.allCases)
    func kelFindsKelaInEveryLanguage(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n11<enter>1kel")
        #expect(harness.screen().contains("1 " + Fixtures.vocabulary.referral.label("kela", in: language)), "\(harness.screen())")
    }

    // MARK: - Segment targets

    @Test func aChainUnderTheMinimumShowsItsSharesButNoDifferenceOrMark() throws {
        let harness = try DayBrowserScreenTests.browser("<left><left><left><left>s")
        let screen = try #require(harness.app.top as? SegmentTargetsScreen)
        let shares = try #require(screen.shares)
        let minimum = Fixtures.catalog.segmentTargets.minimumContacts
        let text = Self.lines(harness.screen(Self.big))
        var small = 0
        for chain in Fixtures.vocabulary.serviceChain.codes where shares.total(chain: chain) > 0 && shares.total(chain: chain) < minimum {
            small += 1
            let label = Fixtures.vocabulary.serviceChain.label(chain, in: .fi)
            let heading = try #require(text.firstIndex { $0.hasPrefix("  " + label + " ") })
            #expect(text[heading].contains("alle \(minimum): ei vertailua"), "\(text[heading])")
            for row in text[(heading + 1)...(heading + 4)] {
                #expect(!row.contains("▲") && !row.contains("▼") && !row.contains("+") && !row.contains("−"), "\(row)")
            }
        }
        #expect(small > 0, "a day at one point has a small chain")
    }

    // MARK: - Golden screens

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        var mismatches: [String?] = []
        let browser = try DayBrowserScreenTests.browser("<left><left><left><left><enter><down><enter>")
        mismatches.append(Golden.mismatch("FigureContact_detail", size: size, browser.screen(size)))
        let week = try DayBrowserScreenTests.browser("w" + DayBrowserScreenTests.allPoints + "<enter>")
        mismatches.append(Golden.mismatch("FigureContacts_week_all", size: size, week.screen(size)))
        let small = try DayBrowserScreenTests.browser("<left><left><left><left>s")
        mismatches.append(Golden.mismatch("SegmentTargets_small", size: size, small.screen(size)))
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.importHandoffs(HandoffFiguresScreenTests.browserSet, details: "test", by: HandoffFiguresScreenTests.actor)
        let handoffs = try AppHarness(log: log, first: DayBrowserScreen(AppHarness.context()))
        try HandoffFiguresScreenTests.highlight(handoffs) { $0.handoffs == .all }
        handoffs.type("<enter>")
        mismatches.append(Golden.mismatch("FigureHandoffs", size: size, handoffs.screen(size)))
        handoffs.type("<enter>")
        mismatches.append(Golden.mismatch("FigureHandoff_detail", size: size, handoffs.screen(size)))
        let english = try AppHarness(language: .en)
        english.type("n1asu")
        mismatches.append(Golden.mismatch("ContactForm_no_match_en", size: size, english.screen(size)))
        for language in Language.allCases {
            let supervisor = try AppHarness(language: language, log: Fixtures.demoLog, role: .supervisor)
            mismatches.append(Golden.mismatch("Today_supervisor_\(language.rawValue)", size: size, supervisor.screen(size)))
            supervisor.type("b")
            mismatches.append(Golden.mismatch("DayBrowser_\(language.rawValue)", size: size, supervisor.screen(size)))
        }
        for mismatch in mismatches { #expect(mismatch == nil, "\(mismatch ?? "")") }
    }
}
