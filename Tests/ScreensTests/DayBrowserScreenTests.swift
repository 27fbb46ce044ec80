import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The supervisors' day browser through the whole app, on ten weeks of synthetic contacts at every point up to the
/// harness's today, Monday 23.11.2026.
struct DayBrowserScreenTests {
    static let actor = Actor(user: "test", command: "test")
    static let library = "jarvenpaa-library"

    /// Ten weeks of demo contacts at every point up to 23.11.2026, with repeats, referrals, segments and pseudonyms.
    static var demoLog: any ContactLog { Fixtures.demoLog }

    /// The browser opened on today at the library, then `script` typed.
    static func browser(_ script: String = "", language: Language = .fi, log: any ContactLog = demoLog) throws -> AppHarness {
        let harness = try AppHarness(language: language, log: log, first: DayBrowserScreen(AppHarness.context(language: language)))
        harness.type(script)
        return harness
    }

    static func screen(_ harness: AppHarness) throws -> DayBrowserScreen {
        try #require(harness.app.top as? DayBrowserScreen)
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    static func report(_ from: String, _ to: String? = nil, point: String? = library) throws -> Report {
        try demoLog.report(from: day(from), to: day(to ?? from), point: point, by: actor)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The row of figures that starts (after the margin) with `label` (the last such row: a trend line may start alike).
    static func row(_ label: String, in text: String) -> String? {
        lines(text).last { $0.hasPrefix("  " + label + " ") }
    }

    /// `c` as many times as there are points: all points.
    static let allPoints = String(repeating: "c", count: Fixtures.catalog.points.count)

    // MARK: - Moving in time

    @Test func itOpensOnTodayAtTheAdvisorsPointBesideTheSameWeekdayAWeekEarlier() throws {
        let harness = try Self.browser()
        let text = harness.screen()
        #expect(text.contains("ma 23.11.2026 · Järvenpään pääkirjasto"))
        #expect(text.contains("Verrattuna: ma 16.11.2026 (sama viikonpäivä viikkoa aiemmin)"))
        let screen = try Self.screen(harness)
        #expect(screen.period == BrowserPeriod(.day, day: Self.day("2026-11-23")))
        #expect(screen.point == Self.library)
        let today = try Self.report("2026-11-23"), weekAgo = try Self.report("2026-11-16")
        let numbers = try #require(Self.row("Yhteydenotot", in: text)).split(separator: " ").suffix(2).map(String.init)
        #expect(numbers == [String(today.contacts), String(weekAgo.contacts)], "\(text)")
    }

    @Test func arrowsMoveADayPageKeysAWeekAndTGoesBackToToday() throws {
        let harness = try Self.browser()
        let steps: [(String, String)] = [
            ("<left>", "su 22.11.2026"), ("<left>", "la 21.11.2026"), ("<pgup>", "la 14.11.2026"), ("<right>", "su 15.11.2026"),
            ("<pgdn>", "su 22.11.2026"), ("<right>", "ma 23.11.2026"),
            // Never past today.
            ("<right>", "ma 23.11.2026"), ("<pgdn>", "ma 23.11.2026"),
            ("<pgup><pgup><left>", "su 8.11.2026"), ("t", "ma 23.11.2026"),
        ]
        for (keys, shown) in steps {
            harness.type(keys)
            let text = harness.screen()
            #expect(Self.lines(text)[1].hasPrefix("  " + shown + " · "), "after \(keys): \(text)")
        }
    }

    @Test func dWAndMSwitchBetweenADayAWeekAndAMonth() throws {
        let harness = try Self.browser("<left><left><left><left>")  // Thursday 19.11.
        harness.type("w")
        var text = harness.screen()
        #expect(text.contains("viikko 47, 16.11.–22.11.2026"))
        #expect(text.contains("Verrattuna: viikko 46, 9.11.–15.11.2026 (edellinen viikko)"))
        #expect(try Self.screen(harness).page?.report == (try Self.report("2026-11-16", "2026-11-22")))
        #expect(try Self.screen(harness).page?.comparison == (try Self.report("2026-11-09", "2026-11-15")))
        harness.type("<left>")
        #expect(harness.screen().contains("viikko 46, 9.11.–15.11.2026"))
        harness.type("m")
        text = harness.screen()
        #expect(text.contains("marraskuu 2026 · "))
        // November is under way on the 23rd: set against 1–23 October (PartialPeriodScreenTests).
        #expect(text.contains("tähän mennessä (23 päivää, jaksossa 30), vertailu: 1.10.–23.10.2026"))
        #expect(try Self.screen(harness).page?.report == (try Self.report("2026-11-01", "2026-11-30")))
        #expect(try Self.screen(harness).page?.comparison == (try Self.report("2026-10-01", "2026-10-23")))
        harness.type("<left>")
        #expect(harness.screen().contains("lokakuu 2026 · "))
        #expect(harness.screen().contains("Verrattuna: syyskuu 2026"))
        harness.type("d")
        #expect(harness.screen().contains("ma 12.10.2026 · "))
        #expect(harness.screen().contains("Verrattuna: ma 5.10.2026"))
    }

    @Test func cGoesThroughEveryPointThenAllPoints() throws {
        let harness = try Self.browser()
        let points = Fixtures.catalog.points
        for point in points.dropFirst() {
            harness.type("c")
            #expect(try Self.screen(harness).point == point.code)
            #expect(harness.screen(Size(width: 120, height: 40)).contains("ma 23.11.2026 · " + point.name[.fi]))
        }
        harness.type("c")
        #expect(try Self.screen(harness).point == nil)
        #expect(harness.screen().contains("ma 23.11.2026 · kaikki pisteet"))
        #expect(try Self.screen(harness).page?.report == (try Self.report("2026-11-23", point: nil)))
        harness.type("c")
        #expect(try Self.screen(harness).point == points[0].code)
        harness.type("C")
        #expect(try Self.screen(harness).point == nil)
    }

    // MARK: - The figures

    @Test(arguments: ["", "w", "m", "c", allPoints, "w\(allPoints)<left>", "<left><left><left><left>"])
    func everyFigureIsTheReportsForThePeriodAndForTheComparison(keys: String) throws {
        let harness = try Self.browser(keys)
        let screen = try Self.screen(harness)
        let period = screen.period
        let report = try Self.report(period.from.description, period.to.description, point: screen.point)
        let compared = period.compared(today: Self.day("2026-11-23"))
        let earlier = try Self.report(compared.from.description, compared.to.description, point: screen.point)
        let figures = screen.sections.flatMap(\.figures)
        #expect(figures.count > 40)
        // Every figure with contacts behind it is the count of those contacts (the evaluation's other figures:
        // EvaluationBrowserTests).
        for figure in figures {
            guard let filter = figure.filter else { continue }
            #expect(figure.value == report.value(of: filter), "\(figure.label)")
            #expect(figure.earlier == earlier.value(of: filter), "\(figure.label)")
            if filter.hasRate || !figure.showsRate { #expect(figure.rate == report.rate(of: filter)) }
        }
        // The summary, written as the report writes its rates.
        let format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: harness.context.strings)
        let text = harness.screen(Size(width: 120, height: 40))
        let resolved = try #require(Self.row("Ratkesi kerralla", in: text))
        #expect(resolved.contains("\(report.resolved)  \(format.percent(report.resolvedRate))"), "\(resolved)")
        #expect(resolved.contains("\(earlier.resolved)  \(format.percent(earlier.resolvedRate))"), "\(resolved)")
        let identified = try #require(Self.row("Vahva tunnistautuminen", in: text))
        #expect(identified.contains(format.percent(report.identifiedRate)))
        // Every reason the data lists has its row; the commonest topic comes first.
        #expect(Self.row("Halusi asioida kasvokkain", in: text)?.contains(String(report.byReason["face-to-face"] ?? 0)) == true)
        let topics = try #require(screen.sections.first { $0.title == "Yleisimmät asiointisyyt" })
        #expect(topics.figures.first?.value == report.byTopic.values.max())
        #expect(topics.figures.map(\.value) == topics.figures.map(\.value).sorted(by: >))
        let referrals = try #require(screen.sections.first { $0.title == "Jatko-ohjaukset" })
        #expect(referrals.figures.first?.value == report.referralsInternal)
    }

    @Test func theTrendLinesAreTheEightWeeksEndingOnTheShownDay() throws {
        let harness = try Self.browser("<left><left><left><left>")
        let series = try Self.demoLog.dailySeries(from: Self.day("2026-09-25"), to: Self.day("2026-11-19"), point: Self.library, by: Self.actor)
        let text = harness.screen()
        let contacts = Sparkline.counts(series.map(\.contacts))
        let resolved = Sparkline.shares(series.map { ($0.resolved, $0.contacts) })
        #expect(contacts.count == 56)
        #expect(Self.lines(text)[3] == "  Yhteydenotot 8 vk  " + contacts, "\(text)")
        #expect(Self.lines(text)[4] == "  Ratkesi kerralla   " + resolved, "\(text)")
        // Saturdays and Sundays had nobody: blanks; the shown day (Thursday) is the last character.
        #expect(contacts.last != " ")
        #expect(Array(contacts)[50...51] == [" ", " "])
        #expect(harness.screen(Size(width: 120, height: 40)).contains(contacts + "  enintään \(series.map(\.contacts).max()!)/pv"))
    }

    @Test func sparklinesScaleCountsToTheLargestAndSharesToAHundredPercent() {
        #expect(Sparkline.counts([0, 1, 4, 8, 5]) == " ▁▄█▅")
        #expect(Sparkline.counts([0, 0]) == "  ")
        #expect(Sparkline.shares([(0, 4), (4, 4), (2, 4), (0, 0), (1, 3)]) == "▁█▅ ▃")
    }

    // MARK: - Drill-down

    @Test func enterListsTheContactsBehindAFigureAndEscGoesBack() throws {
        // The week of Thursday 19.11. at the library; Tab to the channels (the sixth section), ↓ to the phone.
        let harness = try Self.browser("<left><left><left><left>w<tab><tab><tab><tab><tab><down>")
        let before = try Self.screen(harness)
        #expect(before.highlighted?.figure.filter == .channel("phone"))
        let count = try Self.report("2026-11-16", "2026-11-22").byChannel["phone"] ?? 0
        #expect(count > 0)
        harness.type("<enter>")
        let list = try #require(harness.app.top as? FigureContactsScreen)
        let contacts = try #require(list.contacts)
        #expect(contacts.count == count)
        #expect(contacts.allSatisfy { $0.contact.channel == "phone" && (Self.day("2026-11-16")...Self.day("2026-11-22")).contains($0.contact.occurredAt.date) })
        let text = harness.screen()
        #expect(text.contains("Kanava: Puhelin"))
        #expect(text.contains("viikko 47, 16.11.–22.11.2026 · Järvenpään pääkirjasto · \(count) yhteydenottoa"))
        #expect(Self.lines(text).filter { $0.contains(".11. ") && $0.contains("Puhelin") }.count == min(count, 15))
        // Never a pseudonym.
        for ref in contacts.compactMap(\.contact.clientRef) { #expect(!text.contains(ref)) }
        harness.type("<esc>")
        let after = try Self.screen(harness)
        #expect(after.highlighted?.figure.filter == .channel("phone"))
        #expect(after.period == before.period)
    }

    /// Issue 22: a month at all points is hundreds of contacts; the list reads a page (at 80 × 24, 64 rows), and reads
    /// on by the page as ↓, PgDn, End, Home and ↑ reach rows not read yet — never the whole list.
    @Test func theListReadsAPageAtATimeAndScrollsByThePageWithoutReadingTheRest() throws {
        let harness = try Self.browser("m" + Self.allPoints)
        let figure = try #require(try Self.screen(harness).highlighted?.figure)
        #expect(figure.filter == .all)
        let month = try Self.screen(harness).period
        let whole = try Self.demoLog.contacts(from: month.from, to: month.to, point: nil, matching: .all, by: Self.actor)
        #expect(whole.count > 500, "the month holds many pages: \(whole.count)")
        harness.type("<enter>")
        func list() throws -> FigureContactsScreen { try #require(harness.app.top as? FigureContactsScreen) }
        // The first page only, and the count from the store
        #expect(try list().loaded?.count == 64)
        #expect(try list().total == whole.count)
        #expect(harness.screen().contains("\(whole.count) yhteydenottoa"))
        #expect(harness.screen().contains("1–15 / \(whole.count)"))
        // ↓ and PgDn within what was read read nothing; PgDn past it reads the next page, after the last row read
        harness.type("<down><down><pgdn><pgdn>")
        #expect(try list().loaded?.count == 64)
        harness.type("<pgdn><pgdn>")
        #expect(try list().loaded?.count == 128)
        #expect(try list().loaded?.map(\.id) == whole.prefix(128).map(\.id))
        // End reads the last page, and shows the list's last rows
        harness.type("<end>")
        #expect(try list().navigator.selected == whole.count - 1)
        #expect(try list().first == whole.count - 64)
        #expect(try list().loaded?.map(\.id) == whole.suffix(64).map(\.id))
        #expect(harness.screen().contains("/ \(whole.count) ↑"))
        // Back up past what was read: the page before it
        harness.type("<pgup><pgup><pgup><pgup>")
        #expect(try list().first == whole.count - 128)
        #expect(try list().loaded?.map(\.id) == whole.suffix(128).map(\.id))
        // Enter shows the highlighted contact, as read
        let selected = try list().navigator.selected
        harness.type("<enter>")
        #expect(harness.app.top is RecordDetailScreen)
        harness.type("<esc>")
        #expect(try list().navigator.selected == selected)
        // Home: the first page again
        harness.type("<home>")
        #expect(try list().first == 0)
        #expect(try list().loaded?.map(\.id) == whole.prefix(64).map(\.id))
        #expect(harness.screen().contains("1–15 / \(whole.count)"))
    }

    @Test func internalReferralsListTheirContactsAndCountTheReferrals() throws {
        let harness = try Self.browser("w<tab><tab><tab>")
        #expect(try Self.screen(harness).highlighted?.figure.filter == .referralKind(.internal))
        harness.type("<enter>")
        let report = try Self.report("2026-11-23", "2026-11-29")
        let contacts = try #require((harness.app.top as? FigureContactsScreen)?.contacts)
        #expect(harness.screen(Size(width: 120, height: 40)).contains("\(contacts.count) yhteydenottoa, \(report.referralsInternal) ohjausta"))
    }

    @Test func theHighlightStaysOnItsFigureFromDayToDay() throws {
        let harness = try Self.browser("<tab><down><down>")
        let figure = try #require(try Self.screen(harness).highlighted?.figure.filter)
        harness.type("<left><left>w<pgup>")
        #expect(try Self.screen(harness).highlighted?.figure.filter == figure)
        harness.type("<end>")
        // The last sections are the handoffs' (CONTRACT §9; none by service here), after the consultations by line (§8),
        // which follow the costs.
        #expect(try Self.screen(harness).highlighted?.figure.key == "handoff_hours_to_close_median")
        harness.type("<s-tab><up>")
        #expect(try Self.screen(harness).highlighted?.figure.filter == .consultation(Fixtures.catalog.consultationLines.last!.code))
        harness.type("<s-tab><up>")
        #expect(try Self.screen(harness).highlighted?.figure.key == "days_without_staffing")
        harness.type("<s-tab><s-tab>")
        #expect(try Self.screen(harness).highlighted?.figure.label == "Työpäivän fiilis (1–5)")
        harness.type("<left>")
        #expect(try Self.screen(harness).highlighted?.figure.label == "Työpäivän fiilis (1–5)")
        harness.type("<home>")
        #expect(try Self.screen(harness).highlighted?.figure.filter == .all)
    }

    // MARK: - Export

    static let exportKeys: [ReportFormat.Document: String] = [.csv: "1", .json: "2", .html: "3"]

    @Test(arguments: [ReportFormat.Document.csv, .json, .html])
    func xSavesTheShownPeriodsReportExactlyAsNeuvoReportPrintsIt(document: ReportFormat.Document) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try Self.browser("w" + Self.allPoints)  // this week, all points
        harness.type("x")
        #expect(harness.screen(Size(width: 120, height: 40)).contains("Tallenna (viikko 48, 23.11.–29.11.2026): 1 CSV · 2 JSON · 3 HTML · 4 Excel"))
        #expect(harness.screen(Size(width: 80, height: 24)).contains("Tallenna (viikko 48, 23.11.–29.11.2026): 1 CSV · 2 JSON · 3 HTML · 4 Excel"))
        harness.type(Self.exportKeys[document]!)
        let name = "neuvo-report-all-2026-11-23-2026-11-29.\(document.rawValue)"
        #expect(harness.screen().contains("Tiedosto (\(document.rawValue.uppercased())): \(name)"))
        let path = directory.appendingPathComponent(name).path
        harness.type("<ctrl-u>" + path + "<enter>")
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Raportti tallennettu: \(path)"))
        let written = try String(contentsOfFile: path, encoding: .utf8)
        // `neuvo report --format csv|json|html` prints ReportFormat.document of the same report (ReportCommand.run; the
        // neuvoTests compare a file with the command's output too); the page beside the week before.
        let report = try Self.report("2026-11-23", "2026-11-29", point: nil)
        // The week is under way (its first day): the page sets it against the same day of the week before.
        let previous = document == .html ? try Self.report("2026-11-16", "2026-11-16", point: nil) : nil
        var format = ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: harness.context.strings,
                                  targets: Fixtures.catalog.targets)
        format.today = Self.day("2026-11-23")
        #expect(written == (try format.document(report, as: document, comparedWith: previous)))
        let audit = try #require(try Self.demoLog.audit(from: nil, to: nil).last { $0.details.hasSuffix(path) })
        #expect(audit.details == "period 2026-11-23–2026-11-29, all points, report written to \(path)")
        #expect(audit.command == "screen browser")

        // The same name again: refused, the file as it was.
        harness.type("x" + Self.exportKeys[document]! + "<ctrl-u>" + path + "<enter>")
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Tiedosto on jo olemassa – anna toinen nimi: \(path)"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
        harness.type("<esc>")
        #expect(!harness.screen().contains("Tiedosto ("))
    }

    @Test func fourSavesTheWorkbookWholeAndNeverOverAFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let harness = try Self.browser("w" + Self.allPoints)
        harness.type("x4")
        let name = "neuvo-report-all-2026-11-23-2026-11-29.xlsx"
        #expect(harness.screen().contains("Tiedosto (XLSX): \(name)"))
        let path = directory.appendingPathComponent(name).path
        harness.type("<ctrl-u>" + path + "<enter>")
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Raportti tallennettu: \(path)"))
        // A zip (the workbook's container), and nothing else left in the directory (no temporary file).
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(written.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
        let audit = try #require(try Self.demoLog.audit(from: nil, to: nil).last { $0.details.hasSuffix(path) })
        #expect(audit.details == "period 2026-11-23–2026-11-29, all points, report written to \(path)")

        harness.type("x4<ctrl-u>" + path + "<enter>")
        #expect(harness.screen(Size(width: 200, height: 40)).contains("Tiedosto on jo olemassa – anna toinen nimi: \(path)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
    }

    @Test func aWorkbookThatCannotBeWrittenIsNamedWithTheReason() throws {
        let harness = try Self.browser("x4<ctrl-u>/nonexistent-directory/report.xlsx<enter>")
        #expect(harness.screen(Size(width: 120, height: 40)).contains("Raporttia ei voitu tallentaa: No such file or directory (/nonexistent-directory/report.xlsx)"))
    }

    @Test func aFileThatCannotBeWrittenIsNamedWithTheReason() throws {
        let harness = try Self.browser("x1<ctrl-u>/nonexistent-directory/report.csv<enter>")
        #expect(harness.screen(Size(width: 120, height: 40)).contains("Raporttia ei voitu tallentaa: No such file or directory (/nonexistent-directory/report.csv)"))
    }

    // MARK: - Who sees it

    @Test func aSupervisorOpensItFromTodayWithBAndGoesBackWithEsc() throws {
        let harness = try AppHarness(log: Self.demoLog, role: .supervisor)
        #expect(harness.screen().contains("b Päiväkatsaus"))
        harness.type("b")
        #expect(harness.app.top is DayBrowserScreen)
        #expect(harness.screen().contains("ma 23.11.2026 · Järvenpään pääkirjasto"))
        harness.type("<f1>")
        let help = harness.screen(Size(width: 120, height: 40))
        for line in ["Päivä taaksepäin", "Viikko taaksepäin", "Vaihda piste", "Yhteydenotot", "Vie raportti", "Päiväkatsaus näyttää jakson luvut"] {
            #expect(help.contains(line), "\(line)")
        }
        harness.type("<esc><esc>")
        #expect(harness.app.top is TodayScreen)
    }

    @Test func anAdvisorHasNoDayBrowser() throws {
        let harness = try AppHarness(log: Self.demoLog)
        harness.type("b")
        #expect(harness.app.top is TodayScreen)
        #expect(!harness.screen().contains("Päiväkatsaus"))
        harness.type("<f1>")
        #expect(!harness.screen().contains("Päiväkatsaus"))
    }

    // MARK: - Golden screens

    @Test func goldenScreens() throws {
        let harness = try Self.browser("<left><left><left><left>")
        var mismatches: [String?] = [
            Golden.mismatch("DayBrowser", size: .minimum, harness.screen()),
            Golden.mismatch("DayBrowser", size: Size(width: 120, height: 40), harness.screen(Size(width: 120, height: 40))),
        ]
        harness.type("<tab><tab><tab><tab><down><down><down>")
        mismatches.append(Golden.mismatch("DayBrowser_hours", size: .minimum, harness.screen()))
        harness.type("<enter>")
        mismatches.append(Golden.mismatch("DayBrowser_contacts", size: .minimum, harness.screen()))
        mismatches.append(Golden.mismatch("DayBrowser_contacts", size: Size(width: 120, height: 40), harness.screen(Size(width: 120, height: 40))))
        harness.type("<esc>w" + Self.allPoints)
        mismatches.append(Golden.mismatch("DayBrowser_week_all", size: Size(width: 120, height: 40), harness.screen(Size(width: 120, height: 40))))
        harness.type("mx1")
        mismatches.append(Golden.mismatch("DayBrowser_export", size: .minimum, harness.screen()))
        for mismatch in mismatches { #expect(mismatch == nil, "\(mismatch ?? "")") }
    }

    @Test(arguments: [Language.sv, .en])
    func swedishAndEnglish(language: Language) throws {
        let harness = try Self.browser("<left><left><left><left>w", language: language)
        #expect(Golden.mismatch("DayBrowser_week_\(language.rawValue)", size: .minimum, harness.screen()) == nil)
    }
}
