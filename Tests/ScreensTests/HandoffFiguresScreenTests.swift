import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// CONTRACT §9's figures on the screens (issue 18): the day browser's handoff figures for the period beside the
/// comparison's, with the region's target, and the handoffs behind a figure without a personal detail; the live board's
/// open handoffs by service with the oldest's wait, refreshed as the board refreshes, on both backends.
struct HandoffFiguresScreenTests {
    static let actor = Actor(user: "test", command: "test")
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    static let social = "adult-social-work"
    static let health = "health-station"

    static func record(
        _ sent: String, _ point: String = library, service: String, urgent: Bool = false, taken: String? = nil, closed: String? = nil,
        result: HandoffResult? = nil, tries: Int = 0
    ) -> HandoffRecord {
        func at(_ time: String) -> Timestamp { Fixtures.at(time.count == 5 ? String(sent.prefix(11)) + time + ":00+02:00" : time) }
        return HandoffRecord(
            sentAt: Fixtures.at(sent), point: point, service: service, urgency: urgent ? .urgent : .normal, takenAt: taken.map(at),
            closedAt: closed.map(at), result: result, tries: tries)
    }

    /// Monday 23.11.2026 at the library (four: one reached, one taken and open, one sent and open, one returned), one at
    /// Kerava the same day, and the Monday before at the library (one declined).
    static let browserSet = [
        record("2026-11-23T08:00:00+02:00", service: social, urgent: true, taken: "08:30", closed: "09:30", result: .reached, tries: 1),
        record("2026-11-23T08:10:00+02:00", service: health, taken: "09:10", tries: 1),
        record("2026-11-23T09:00:00+02:00", service: social),
        record("2026-11-23T09:20:00+02:00", service: social, taken: "09:50", closed: "09:55", result: .returned),
        record("2026-11-23T08:00:00+02:00", kerava, service: health),
        record("2026-11-16T08:00:00+02:00", service: social, taken: "10:00", closed: "12:00", result: .declined, tries: 1),
    ]

    static func label(_ service: String) -> String { Fixtures.vocabulary.referral.label(service, in: .fi) }

    /// Moves the browser's highlight from the last figure up to the first one `wanted` holds.
    static func highlight(_ harness: AppHarness, _ wanted: (BrowserFigure) -> Bool) throws {
        harness.type("<end>")
        for _ in 0..<200 {
            if try wanted(#require(DayBrowserScreenTests.screen(harness).highlighted?.figure)) { break }
            harness.type("<up>")
        }
        #expect(try wanted(#require(DayBrowserScreenTests.screen(harness).highlighted?.figure)))
    }

    // MARK: - The day browser

    @Test func theBrowserShowsTheDaysHandoffFiguresBesideTheComparisonsWithTheTarget() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.importHandoffs(Self.browserSet, details: "test", by: Self.actor)
        let harness = try AppHarness(log: log, first: DayBrowserScreen(AppHarness.context()))
        try Self.highlight(harness) { $0.handoffs == .all }
        let screen = try DayBrowserScreenTests.screen(harness)
        let section = try #require(screen.sections.first { $0.title == "Yhteydenottopyynnöt palveluihin" })
        let figures = Dictionary(uniqueKeysWithValues: section.figures.map { ($0.label, $0) })
        func counts(_ label: String) -> [Int]? { figures[label].map { [$0.value, $0.earlier] } }
        // Hand-counted: the library's four of 23.11 (Kerava's is another point's) beside the one of 16.11.
        #expect(counts("Lähetetty") == [4, 1])
        #expect(counts("Niistä kiireellisiä") == [1, 0])
        #expect(counts("Asiakas tavoitettu") == [1, 0])
        #expect(counts("Asiakasta ei tavoitettu") == [0, 0])
        #expect(counts("Asiakas kieltäytyi") == [0, 1])
        #expect(counts("Palautettu lähettäjälle") == [1, 0])
        #expect(counts("Avoin") == [2, 0])
        // Reached of the decided (returned ones are no answer of the client's): 1 of 1, then 0 of 1.
        #expect(figures["Asiakas tavoitettu"]?.rate == Ratio(1, of: 1) && figures["Asiakas tavoitettu"]?.earlierRate == Ratio(0, of: 1))
        // Taken after 30, 60 and 30 minutes: 0,5 h; closed after 90 and 35: the mean of the two, 62,5 min = 1 h (as the report writes it).
        #expect(figures["Työn alle, mediaani (h)"]?.written == BrowserFigure.Written(shown: "0,5", earlier: "2"))
        #expect(figures["Päättymiseen, mediaani (h)"]?.written == BrowserFigure.Written(shown: "1", earlier: "4"))
        // The same figures as the report's.
        let day = CivilDate(iso: "2026-11-23")!
        let report = try log.report(from: day, to: day, point: Self.library, by: Self.actor).handoffs
        #expect(report.handoffs == 4 && report.open == 2 && report.hoursToTakeMedian == Ratio(1800, of: 3600))
        // The services of either period, in the vocabulary's order.
        let services = try #require(screen.sections.first { $0.title == "Yhteydenottopyynnöt palveluittain" })
        let byService = services.figures.map { [$0.label, String($0.value), String($0.earlier)] }
        let expected = [[Self.label(Self.social), "3", "1"], [Self.label(Self.health), "1", "0"]]
        #expect(byService == (Fixtures.vocabulary.referral.codes.firstIndex(of: Self.social)! < Fixtures.vocabulary.referral.codes.firstIndex(of: Self.health)!
            ? expected : Array(expected.reversed())))
        // The region's target (data/targets.json: median hours to take ≤ 24), met, beside its figure.
        #expect(screen.targetNotes["handoff_hours_to_take_median"]?.met == true)
        harness.type("<down><down><down><down><down><down><down>")
        #expect(try DayBrowserScreenTests.screen(harness).highlighted?.figure.key == "handoff_hours_to_take_median")
        let text = harness.screen()
        let row = try #require(DayBrowserScreenTests.row("Työn alle, mediaani (h)", in: text), "\(text)")
        #expect(row.contains(" 0,5 ") && row.contains(" 2 ") && (row.contains("täyttyi") || row.contains("✓")), "\(row)")
        #expect(try #require(DayBrowserScreenTests.row("Lähetetty", in: text)).split(separator: " ").suffix(2) == ["4", "1"], "\(text)")
    }

    @Test func enterOnAHandoffFigureListsThoseHandoffsAndEscGoesBack() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.importHandoffs(Self.browserSet, details: "test", by: Self.actor)
        let harness = try AppHarness(log: log, first: DayBrowserScreen(AppHarness.context()))
        try Self.highlight(harness) { $0.handoffs == .result(HandoffFigures.open) }
        harness.type("<enter>")
        let list = try #require(harness.app.top as? FigureHandoffsScreen)
        let handoffs = try #require(list.handoffs)
        #expect(handoffs.map(\.sentAt) == [Fixtures.at("2026-11-23T08:10:00+02:00"), Fixtures.at("2026-11-23T09:00:00+02:00")])
        let text = harness.screen()
        #expect(text.contains("Yhteydenottopyynnöt palveluihin: Avoin"))
        #expect(text.contains("ma 23.11.2026 · Järvenpään pääkirjasto · 2 yhteydenottopyyntöä"), "\(text)")
        #expect(DayBrowserScreenTests.lines(text).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("23.11. ") }.count == 2, "\(text)")
        // The service's whole name where the width allows.
        let wide = harness.screen(Size(width: 120, height: 40))
        let rows = DayBrowserScreenTests.lines(wide).filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("23.11. ") }
        try #require(rows.count == 2, "\(wide)")
        // Sent at 8.10 to the health station, taken an hour later, one try; sent at 9.00 and not taken yet.
        #expect(rows[0].contains("23.11. 8.10") && rows[0].contains("Terveysasema") && rows[0].contains("otettu"), "\(rows[0])")
        #expect(rows[0].split(separator: " ").suffix(3) == ["1", "–", "1"], "\(rows[0])")
        #expect(rows[1].contains("23.11. 9.00") && rows[1].contains(Self.label(Self.social)) && rows[1].contains("uusi"), "\(rows[1])")
        #expect(rows[1].split(separator: " ").suffix(3) == ["–", "–", "0"], "\(rows[1])")
        harness.type("<esc>")
        #expect(try DayBrowserScreenTests.screen(harness).highlighted?.figure.handoffs == .result(HandoffFigures.open))
        // Every figure's list holds the handoffs it counts.
        try Self.highlight(harness) { $0.handoffs == .service(Self.social) }
        harness.type("<enter>")
        #expect(try #require((harness.app.top as? FigureHandoffsScreen)?.handoffs).count == 3)
        harness.type("<esc>")
        try Self.highlight(harness) { $0.handoffs == .taken }
        harness.type("<enter>")
        #expect(try #require((harness.app.top as? FigureHandoffsScreen)?.handoffs).count == 3, "the median time to take is over these")
    }

    @Test(arguments: Backend.allCases)
    func theListNeverShowsTheClientsDetails(_ backend: Backend) throws {
        let log = try backend.emptyLog()
        let store = try #require(log as? any HandoffStore)
        let details = HandoffDetails(name: "Zyxwv Qwerty", phone: "040 765 4321", language: .sv, when: "torstaina iltapäivällä", note: "Kuulee huonosti")
        _ = try store.sendHandoff(
            HandoffRequest(point: Self.library, service: Self.social, consent: true, urgency: .urgent, details: details), fromContact: nil, by: Self.actor)
        let sent = try #require(try store.handoffs(open: true, details: false, by: Self.actor).first).record.sentAt
        // The browser on the day it was sent (the store stamps the region's time now).
        let harness = try AppHarness(log: log, now: sent.description, first: DayBrowserScreen(AppHarness.context(now: sent.description, log: log)))
        try Self.highlight(harness) { $0.handoffs == .all }
        #expect(try DayBrowserScreenTests.screen(harness).highlighted?.figure.value == 1)
        harness.type("<enter>")
        #expect(try #require((harness.app.top as? FigureHandoffsScreen)?.handoffs).count == 1)
        #expect(harness.screen(Size(width: 200, height: 60)).contains(Self.label(Self.social)))
        for size in [Size.minimum, Size(width: 200, height: 60)] {
            let text = harness.screen(size)
            #expect(text.contains("kiire") && text.contains("uusi"), "\(text)")
            for detail in ["Zyxwv", "Qwerty", "040 765", "0407654321", "torstaina", "Kuulee"] { #expect(!text.contains(detail), "\(detail): \(text)") }
        }
    }

    // MARK: - The board

    static let boardNow = "2026-11-23T10:30:00+02:00"

    /// Open at the library: two to adult social work (the oldest sent 25 h 30 min before 10.30), one to the health
    /// station (30 min); a closed one; an open one at Kerava, older still.
    static let boardSet = [
        record("2026-11-22T09:00:00+02:00", service: social),
        record("2026-11-23T08:00:00+02:00", service: social, taken: "08:20", tries: 1),
        record("2026-11-23T10:00:00+02:00", service: health),
        record("2026-11-20T10:00:00+02:00", service: health, taken: "2026-11-20T11:00:00+02:00", closed: "2026-11-20T12:00:00+02:00", result: .reached, tries: 1),
        record("2026-11-10T10:00:00+02:00", kerava, service: social),
    ]

    static func board(_ log: any ContactLog, points: [String]?) -> LiveBoard {
        LiveBoard(
            log: log, strings: Fixtures.catalog.strings, catalog: Fixtures.catalog, points: points, isDemo: false, actor: actor,
            clock: { Fixtures.at(boardNow) })
    }

    @Test(arguments: Backend.allCases)
    func theBoardShowsOpenHandoffsByServiceWithTheOldestsWaitAndRefreshesOnAMove(_ backend: Backend) throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(backend)
        try #require(others as? any HandoffStore).importHandoffs(Self.boardSet, details: "test", by: Self.actor)
        let library = Self.board(mine, points: [Self.library])
        library.refresh()
        let oldest = Fixtures.at("2026-11-22T09:00:00+02:00").instant
        #expect(library.figures?.handoffs == [
            Self.social: OpenFollowUps(count: 2, oldest: oldest),
            Self.health: OpenFollowUps(count: 1, oldest: Fixtures.at("2026-11-23T10:00:00+02:00").instant),
        ])
        let wide = library.frame(size: Size(width: 200, height: 60)).text
        #expect(wide.contains("Avoimet yhteydenottopyynnöt (vanhimman odotus): "), "\(wide)")
        #expect(wide.contains("\(Self.label(Self.social)) 2 (1 vrk 1 t)") && wide.contains("\(Self.label(Self.health)) 1 (0 t 30 min)"), "\(wide)")
        let small = library.frame(size: .minimum).text
        #expect(small.contains("Avoimet yhteydenottopyynnöt") && small.contains("\(Self.label(Self.social)) 2"), "\(small)")
        // Every point: Kerava's too, its wait the oldest.
        let all = Self.board(mine, points: nil)
        all.refresh()
        #expect(all.figures?.handoffs?[Self.social] == OpenFollowUps(count: 3, oldest: Fixtures.at("2026-11-10T10:00:00+02:00").instant))
        #expect(all.frame(size: Size(width: 200, height: 60)).text.contains("\(Self.label(Self.social)) 3 (13 vrk 0 t)"))
        // Nothing figures a name or a detail: the board reads counts and one instant per service.
        #expect(!library.refresh(), "nothing moved")
        // A handoff sent by someone else shows as the board refreshes (within 2 s), no key pressed.
        let details = HandoffDetails(name: "Zyxwv Qwerty", phone: "040 765 4321", language: nil, when: nil, note: nil)
        _ = try #require(others as? any HandoffStore).sendHandoff(
            HandoffRequest(point: Self.library, service: Self.health, consent: true, details: details), fromContact: nil, by: Self.actor)
        let deadline = Date().addingTimeInterval(2)
        while Date() < deadline, !library.refresh() { Thread.sleep(forTimeInterval: 0.05) }
        #expect(library.figures?.handoffs?[Self.health]?.count == 2)
        #expect(!library.frame(size: Size(width: 200, height: 60)).text.contains("Zyxwv"))
    }

    @Test func aBoardWithNoOpenHandoffSaysSoAndItsHelpExplainsTheLine() throws {
        let board = Self.board(try SQLiteLog.inMemory(catalog: Fixtures.catalog), points: [Self.library])
        board.refresh()
        #expect(board.figures?.handoffs == [:])
        #expect(board.frame(size: .minimum).text.contains("Ei avoimia yhteydenottopyyntöjä palveluihin"))
        board.press(.function(1))
        #expect(board.frame(size: Size(width: 120, height: 40)).text.contains("avoimet yhteydenottopyynnöt"))
    }
}
