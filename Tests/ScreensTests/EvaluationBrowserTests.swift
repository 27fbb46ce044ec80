import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The day browser's CONTRACT §7 sections and the supervisors' staffing screen, on a week of hand-made contacts and
/// answers at the library (week 47, 16.–22.11.2026; the harness's today is Monday 23.11.2026).
struct EvaluationBrowserTests {
    static let actor = Actor(user: "test", command: "test")
    static let library = "jarvenpaa-library"
    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static let week = BrowserPeriod(.week, day: day("2026-11-18"))

    static func contact(_ at: String, topics: [String], resolved: Bool = true, referrals: [String] = [],
                        outcomes: [String: String] = [:], unmet: [String] = []) -> Contact {
        Contact(occurredAt: Fixtures.at(at), point: library, channel: "walk-in", topics: topics, resolved: resolved,
                referrals: referrals, referralOutcomes: outcomes, unmetNeeds: unmet)
    }

    /// Four contacts, seven client answers and `moods` advisor answers in week 47; one contact in week 46.
    static func log(moods: Int = 4) throws -> any ContactLog {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.importContacts([
            contact("2026-11-09T10:00:00+02:00", topics: ["housing"], unmet: ["cost"]),
            contact("2026-11-16T09:00:00+02:00", topics: ["housing", "benefits"], resolved: false,
                    referrals: ["health-station", "adult-social-work"], outcomes: ["health-station": "reached", "adult-social-work": "declined"],
                    unmet: ["waiting-time", "cost"]),
            contact("2026-11-17T10:00:00+02:00", topics: ["benefits"], referrals: ["health-station"], outcomes: ["health-station": "reached"],
                    unmet: ["cost"]),
            contact("2026-11-18T11:00:00+02:00", topics: ["housing"], referrals: ["health-station"], outcomes: ["health-station": "not-reached"]),
            contact("2026-11-19T12:00:00+02:00", topics: ["employment"]),
        ], details: "test", by: actor)
        let feedback = [(10, "yes", true), (9, "yes", false), (9, "partly", false), (8, "no", nil), (7, "yes", false), (3, "no", true), (10, "yes", false)]
        var records = feedback.map { nps, settled, bounced in
            EvaluationRecord.feedback(FeedbackAnswer(day: day("2026-11-17"), point: library, nps: nps, settled: settled, bounced: bounced))
        }
        records += (0..<moods).map { n in
            EvaluationRecord.mood(MoodAnswer(day: day("2026-11-18"), point: library, mood: [4, 5, 3, 4, 5, 2][n % 6], enps: n < 3 ? 9 : nil))
        }
        records.append(.staffing(StaffingDay(day: day("2026-11-16"), point: library, staffHundredths: 750, hourlyCostCents: 3200)))
        try log.saveRecords(records, details: "test", by: actor)
        return log
    }

    /// The browser on week 47 at the library.
    static func browser(_ log: any ContactLog, role: Role = .supervisor, language: Language = .fi) throws -> AppHarness {
        try AppHarness(
            language: language, log: log,
            first: DayBrowserScreen(AppHarness.context(language: language, role: role), period: week, point: library), role: role)
    }

    static func screen(_ harness: AppHarness) throws -> DayBrowserScreen { try #require(harness.app.top as? DayBrowserScreen) }

    static func section(_ title: String, _ harness: AppHarness) throws -> BrowserSection {
        try #require(try screen(harness).sections.first { $0.title == title }, "\(title)")
    }

    static func figure(_ label: String, in section: BrowserSection) throws -> BrowserFigure {
        try #require(section.figures.first { $0.label == label }, "\(label) in \(section.title)")
    }

    static func row(_ label: String, in text: String) -> String? {
        text.split(separator: "\n").map(String.init).last { $0.hasPrefix("  " + label + " ") }
    }

    /// One column tall enough for every section: a row is found by its label at the left.
    static let big = Size(width: 80, height: 200)

    static func format(_ harness: AppHarness) -> ReportFormat {
        ReportFormat(vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, strings: harness.context.strings)
    }

    // MARK: - Sections

    @Test func referralOutcomesShowTheReachedRateOverallAndByDestination() throws {
        let log = try Self.log(), harness = try Self.browser(log)
        let report = try log.report(from: Self.week.from, to: Self.week.to, point: Self.library, by: Self.actor)
        let outcomes = try Self.section("Jatko-ohjausten tulokset", harness)
        let reached = try #require(outcomes.figures.first { $0.filter == .referralOutcome("reached") })
        #expect(reached.value == 2 && reached.rate == report.referralReachedRate && reached.rate == Ratio(2, of: 4))
        #expect(reached.key == "referral_reached_rate")
        #expect(outcomes.figures.first { $0.filter == .referralOutcome("declined") }?.value == 1)
        let byDestination = try Self.section("Tavoitti, kohteittain", harness)
        let station = try #require(byDestination.figures.first { $0.filter == .referral("health-station") })
        #expect(station.value == 3 && station.rate == Ratio(2, of: 3) && station.rate == report.referralReachedRate(of: "health-station"))
        let social = try #require(byDestination.figures.first { $0.filter == .referral("adult-social-work") })
        #expect(social.rate == Ratio(0, of: 1))
        // Written as the report writes rates, the comparison week beside it (no referrals: –).
        let format = Self.format(harness)
        let line = try #require(Self.row(station.label, in: harness.screen(Self.big)))
        #expect(line.contains("3  \(format.percent(Ratio(2, of: 3)))      0       –"), "\(line)")
    }

    @Test func unmetNeedsByNeedAndByTopicBesideTheComparisonWeek() throws {
        let harness = try Self.browser(try Self.log())
        let needs = try Self.section("Täyttämättömät tarpeet", harness)
        #expect(needs.figures[0].filter == .withUnmetNeed && needs.figures[0].value == 2 && needs.figures[0].earlier == 1)
        let cost = try #require(needs.figures.first { $0.filter == .unmetNeed("cost") })
        #expect((cost.value, cost.earlier) == (2, 1))
        #expect(needs.figures.first { $0.filter == .unmetNeed("waiting-time") }?.value == 1)
        let byTopic = try Self.section("Täyttämättä, aiheittain", harness)
        #expect(byTopic.figures.map(\.filter) == [.unmetNeedTopic("benefits"), .unmetNeedTopic("housing")])
        #expect(byTopic.figures.map(\.value) == [2, 1])
        #expect(byTopic.figures.map(\.earlier) == [0, 1])
    }

    @Test func enterOnAnUnmetNeedListsItsContacts() throws {
        let harness = try Self.browser(try Self.log())
        // Tab to the unmet needs, then down to the cost.
        for _ in 0..<30 where try Self.screen(harness).highlighted?.section.title != "Täyttämättömät tarpeet" { harness.type("<tab>") }
        for _ in 0..<10 where try Self.screen(harness).highlighted?.figure.filter != .unmetNeed("cost") { harness.type("<down>") }
        #expect(try Self.screen(harness).highlighted?.figure.filter == .unmetNeed("cost"))
        harness.type("<enter>")
        let list = try #require(harness.app.top as? FigureContactsScreen)
        let contacts = try #require(list.contacts)
        #expect(contacts.count == 2)
        #expect(contacts.allSatisfy { $0.contact.unmetNeeds.contains("cost") && $0.contact.occurredAt.date >= Self.week.from })
        let text = harness.screen()
        #expect(text.contains("Täyttämättömät tarpeet: Kustannukset") || text.contains("Täyttämättömät tarpeet: "), "\(text)")
        #expect(text.contains("2 yhteydenottoa"))
        harness.type("<esc>")
        #expect(try Self.screen(harness).highlighted?.figure.filter == .unmetNeed("cost"))
    }

    @Test func clientExperienceShowsNpsWithItsThreeGroupsSettledAndBounced() throws {
        let log = try Self.log(), harness = try Self.browser(log)
        let report = try log.report(from: Self.week.from, to: Self.week.to, point: Self.library, by: Self.actor)
        let client = try Self.section("Asiakaskokemus", harness)
        let nps = try Self.figure("Suositteluindeksi NPS", in: client)
        // 4 promoters, 2 passives, 1 detractor of 7: (4 − 1) / 7 × 100 = 42,9.
        #expect(nps.written == .init(shown: "42,9", earlier: "–"))
        #expect(nps.written?.shown == Self.format(harness).decimal(report.nps, ReportFormat.scoreDecimals))
        #expect(nps.key == "nps" && nps.filter == nil)
        #expect(try Self.figure("  suosittelijat (9–10)", in: client).value == 4)
        #expect(try Self.figure("  passiiviset (7–8)", in: client).value == 2)
        #expect(try Self.figure("  arvostelijat (0–6)", in: client).value == 1)
        #expect(try Self.figure("Asia hoitui: Kyllä", in: client).value == 4)
        #expect(try Self.figure("Asia hoitui: Ei", in: client).value == 2)
        let bounced = try Self.figure("Pompoteltu paikasta toiseen", in: client)
        #expect(bounced.value == 2 && bounced.rate == Ratio(2, of: 6) && bounced.rate == report.feedbackBouncedRate)
        let text = harness.screen(Self.big)
        #expect(Self.row("Suositteluindeksi NPS", in: text)?.contains("42,9") == true)
        // No contacts behind an anonymous answer: Enter says so.
        for _ in 0..<30 where try Self.screen(harness).highlighted?.section.title != "Asiakaskokemus" { harness.type("<tab>") }
        harness.type("<down>")
        #expect(try Self.screen(harness).highlighted?.figure.label == "Suositteluindeksi NPS")
        harness.type("<enter>")
        #expect(harness.app.top is DayBrowserScreen)
        #expect(harness.screen(Self.big).contains("Tämän luvun takana ei ole yhteydenottoja"))
    }

    @Test(arguments: [4, 5])
    func staffFiguresAreHiddenUnderFiveAnswersButTheirCountsShown(moods: Int) throws {
        let log = try Self.log(moods: moods), harness = try Self.browser(log)
        let report = try log.report(from: Self.week.from, to: Self.week.to, point: Self.library, by: Self.actor)
        let staff = try Self.section("Henkilöstökokemus", harness)
        let mood = try Self.figure("Työpäivän fiilis (1–5)", in: staff)
        #expect(staff.figures[1].value == moods)
        // eNPS: three answers, never shown here.
        #expect(try Self.figure("Henkilöstön eNPS", in: staff).written?.shown == "< 5 vastausta")
        #expect(staff.figures[3].value == 3)
        let text = harness.screen(Self.big)
        let line = try #require(Self.row("Työpäivän fiilis (1–5)", in: text))
        if moods == 4 {
            #expect(report.moodMean == nil)
            #expect(mood.written?.shown == "< 5 vastausta")
            #expect(line.contains("< 5 vastausta"))
        } else {
            // 4, 5, 3, 4, 5: 21 / 5.
            #expect(mood.written?.shown == "4,20")
            #expect(mood.written?.shown == Self.format(harness).decimal(report.moodMean, ReportFormat.meanDecimals))
            #expect(line.contains("4,20") && !line.contains("vastausta"), "\(line)")
        }
    }

    @Test func costsAreTheReportsCostsWrittenInEuros() throws {
        let log = try Self.log(), harness = try Self.browser(log)
        let costs = try Self.section("Kustannukset", harness)
        // 7,5 h × 32 € on Monday; four contacts, three resolved, on four days (three without staffing).
        #expect(try Self.figure("Henkilöstötunnit", in: costs).written == .init(shown: "7,50", earlier: "0,00"))
        #expect(try Self.figure("Kustannukset (€)", in: costs).written?.shown == "240,00")
        #expect(try Self.figure("Kustannus / asiointi (€)", in: costs).written == .init(shown: "60,00", earlier: "–"))
        #expect(try Self.figure("Kustannus / ratkaistu (€)", in: costs).written?.shown == "80,00")
        #expect(try Self.figure("Asiointeja / työtunti", in: costs).written?.shown == "0,53")
        let days = try Self.figure("Päiviä ilman tuntitietoa", in: costs)
        #expect((days.value, days.earlier) == (3, 1))
    }

    @Test func aTargetNoteStandsBesideItsFigureWhenTargetsAreGiven() throws {
        let log = try Self.log()
        let context = AppHarness.context(role: .supervisor)
        let browser = DayBrowserScreen(context, period: Self.week, point: Self.library) { report in
            ["nps": TargetNote(text: "> 60", met: report.nps.map { $0.value > 60 }), "enps": TargetNote(text: "> 60", met: nil)]
        }
        let harness = try AppHarness(log: log, first: browser, role: .supervisor)
        // In words where one column is wide enough, else in short.
        let text = harness.screen(Size(width: 115, height: 200))
        #expect(Self.row("Suositteluindeksi NPS", in: text)?.contains("tavoite > 60: ei täyttynyt") == true, "\(text)")
        #expect(Self.row("Henkilöstön eNPS", in: text)?.contains("tavoite > 60: ei tiedossa") == true)
        let narrow = harness.screen(Self.big)
        #expect(Self.row("Suositteluindeksi NPS", in: narrow)?.hasSuffix("> 60 ✗") == true, "\(narrow)")
        // Without targets: no note.
        #expect(!(try Self.browser(log).screen(Self.big)).contains("tavoite >"))
    }

    // MARK: - Staffing

    static func staffing(_ log: any ContactLog) throws -> [StaffingDay] {
        try log.records(.staffing, from: week.from, to: week.to, point: library, audited: false, by: actor).compactMap {
            if case .staffing(let day) = $0 { day } else { nil }
        }
    }

    @Test func hOpensTheStaffingScreenForSupervisorsOnly() throws {
        let advisor = try Self.browser(try Self.log(), role: .advisor)
        advisor.type("h")
        #expect(advisor.app.top is DayBrowserScreen)
        let trainer = try Self.browser(try Self.log(), role: .trainer)
        trainer.type("h")
        #expect(trainer.app.top is DayBrowserScreen)
        let harness = try Self.browser(try Self.log())
        harness.type("<f1>")
        #expect(harness.screen(Self.big).contains("Henkilöstötunnit"))
        harness.type("<esc>h")
        #expect(harness.app.top is StaffingScreen)
        let text = harness.screen()
        #expect(text.contains("viikko 47, 16.11.–22.11.2026 · Järvenpään pääkirjasto"))
        // The pattern starts from the week held: Monday 7,5 h at 32 €.
        #expect(text.contains("ma   7,5       32"), "\(text)")
        #expect(text.contains("ma 16.11.2026    7,50       32    240,00"), "\(text)")
        harness.type("<f1>")
        #expect(harness.screen(Self.big).contains("Rytmiä ei tallenneta"))
    }

    @Test func aWeeklyPatternIsWrittenForEveryDayOfThePeriodAndTheReportFollows() throws {
        let log = try Self.log()
        let harness = try Self.browser(log)
        harness.type("h")
        // Monday 8 h at 30 €, Tuesday to Friday 7,5 h at 32,50 €, the weekend left empty.
        harness.type("<ctrl-u>8<tab><ctrl-u>30<tab>")
        for _ in 0..<4 { harness.type("7,5<tab>32.50<tab>") }
        // Monday's 7,5 h at 32 € is replaced: asked first.
        harness.type("<f2>")
        #expect(harness.screen(Self.big).contains("Jo tallennetut, toisenlaiset tunnit korvataan: ma 16.11."))
        harness.type("k")
        #expect(harness.screen(Self.big).contains("Henkilöstötunnit tallennettu 5 päivälle: ma, ti, ke, to, pe 16.11.–20.11.2026"))
        let rows = try Self.staffing(log)
        #expect(rows.map(\.day.description) == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"])
        #expect(rows[0] == StaffingDay(day: Self.day("2026-11-16"), point: Self.library, staffHundredths: 800, hourlyCostCents: 3000))
        #expect(rows.dropFirst().allSatisfy { $0.staffHundredths == 750 && $0.hourlyCostCents == 3250 })
        // Back in the browser: 38 hours, 240 + 4 × 243,75 = 1215 €.
        harness.type("<esc>")
        let report = try #require(try Self.screen(harness).page?.report)
        #expect(report.staffHours == Ratio(3800, of: 100))
        #expect(report.costEur.written(decimals: 2) == "1215")
        let costs = try Self.section("Kustannukset", harness)
        #expect(try Self.figure("Henkilöstötunnit", in: costs).written?.shown == "38,00")
        #expect(try Self.figure("Kustannukset (€)", in: costs).written?.shown == "1215,00")
        #expect(try Self.figure("Päiviä ilman tuntitietoa", in: costs).value == 0)
    }

    @Test func oneDayIsChangedFromTheListOfDays() throws {
        let log = try Self.log()
        let harness = try Self.browser(log)
        // Shift-Tab from the first field goes to the days; Wednesday is the third.
        harness.type("h<s-tab><down><down><enter>")
        #expect(harness.screen().contains("ke 18.11.2026: tunnit, €/tunti"))
        harness.type("6<tab>28,40<enter>")
        #expect(harness.screen(Self.big).contains("Henkilöstötunnit tallennettu: ke 18.11.2026"))
        #expect(try Self.staffing(log).map(\.day.description) == ["2026-11-16", "2026-11-18"])
        #expect(harness.screen().contains("ke 18.11.2026    6,00     28,4    170,40"), "\(harness.screen())")
        // Monday again, replaced.
        harness.type("<up><up><enter><ctrl-u>4<tab><ctrl-u>32<enter>")
        #expect(try Self.staffing(log).first == StaffingDay(day: Self.day("2026-11-16"), point: Self.library, staffHundredths: 400, hourlyCostCents: 3200))
        harness.type("<esc>")
        #expect(try Self.screen(harness).page?.report.staffHours == Ratio(1000, of: 100))
    }

    @Test func badInputIsNamedAndNothingIsSaved() throws {
        let log = try Self.log()
        let harness = try Self.browser(log)
        harness.type("h<tab><tab>7,555<tab>30<f2>")
        #expect(harness.screen(Size(width: 120, height: 30)).contains("ti: tunnit ”7,555” eivät kelpaa – anna 0–200, enintään kaksi desimaalia (esim. 7,5)."))
        // At 80 columns on two lines.
        #expect(harness.screen().contains("\n  (esim. 7,5)."), "\(harness.screen())")
        harness.type("<ctrl-u>201<f2>")
        #expect(harness.screen().contains("ti: tunnit ”201” eivät kelpaa"))
        harness.type("<ctrl-u>7<tab><ctrl-u>1000,01<f2>")
        #expect(harness.screen().contains("ti: tuntihinta ”1000,01” ei kelpaa – anna 0–1000 €"))
        harness.type("<ctrl-u><f2>")
        #expect(harness.screen().contains("ti: tunnit on annettu mutta tuntihinta puuttuu."))
        #expect(try Self.staffing(log).count == 1)
        // A day's edit likewise.
        harness.type("<ctrl-u>abc<s-tab><s-tab><s-tab><s-tab><enter>x<tab>1<enter>")
        #expect(harness.screen().contains("ma 16.11.2026: tunnit ”7,5x” eivät kelpaa"), "\(harness.screen())")
        #expect(try Self.staffing(log).count == 1)
    }
}
