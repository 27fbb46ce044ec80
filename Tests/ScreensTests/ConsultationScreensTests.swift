import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// CONTRACT §8's consultation on the screens: the lines from the form (F7) ranked for the contact, whether they answer
/// now, the choice recorded on the contact and kept in its draft, the lines in the directory, and the day browser's
/// consultations by line with the contacts behind them. The harness's clock is Monday 23.11.2026 at 10.00.
struct ConsultationScreensTests {
    static let actor = Actor(user: "test", command: "test")
    /// A contact about services for older people, aged 75 or more: reason 1, topic 8, resolved, no referral, Enter past
    /// the unmet needs, not identified, age group 5.
    static let olderClient = "n18<enter>1<enter><enter>" + "25"

    static func lines(_ harness: AppHarness) throws -> ConsultationScreen {
        try #require(harness.app.top as? ConsultationScreen)
    }

    // MARK: - The form's key

    @Test func theConsultationKeyListsTheLinesThatFitTheContactFirst() throws {
        let harness = try AppHarness()
        harness.type(Self.olderClient + "<f7>")
        let screen = try Self.lines(harness)
        // The older people's line fits by topic and age group, the mental health line by age group; the others not.
        #expect(screen.lines.map(\.code) == [
            "older-people-expert", "mental-health-substance-expert", "families-expert", "working-age-expert", "health-nurse",
        ])
        #expect(screen.fitting == 2)
        let text = harness.screen(Size(width: 120, height: 40))
        let order = ["Sopivat tälle asiakkaalle", "1 Ikäihmisten palveluohjauksen konsultaatio", "2 Mielenterveys- ja päihdepalvelujen",
                     "Muut linjat", "3 Perhepalvelujen konsultaatio", "5 Terveysaseman sairaanhoitajan konsultaatio"]
        let positions = try order.map { try #require(text.range(of: $0), "\($0) in\n\(text)").lowerBound }
        #expect(positions == positions.sorted(), "\(text)")
        #expect(text.contains("Ikäihmisten palveluohjaaja · 09 0000 1101"))
        #expect(text.contains("vastaa nyt") && text.contains("Soita konsultaationumeroon, kerro olevasi lähineuvonnasta"))
        // At 80 × 24 the lines that fit whole, how to reach each never cut, and how many more there are.
        let small = harness.screen()
        for line in screen.lines.prefix(4) { #expect(small.contains(line.howToReach[.fi]), "\(line.code)") }
        #expect(small.contains("↓ 1 lisää"), "\(small)")
        #expect(small.contains("Enter Kirjaa konsultaatioksi"))
    }

    @Test func aContactWithoutFittingTopicsListsTheLinesInTheDatasOrder() throws {
        let harness = try AppHarness()
        harness.type("n1<f7>")
        let screen = try Self.lines(harness)
        #expect(screen.fitting == 0)
        #expect(screen.lines.map(\.code) == Fixtures.catalog.consultationLines.map(\.code))
        #expect(!harness.screen().contains("Sopivat tälle asiakkaalle"))
        #expect(harness.screen().contains("Muut linjat"))
    }

    @Test(arguments: [
        ("2026-11-23T10:00:00+02:00", "vastaa nyt", "vastaa nyt"),
        // After three the older people's line is closed, the mental health line still answers until four.
        ("2026-11-23T15:30:00+02:00", "ei vastaa nyt (ma–pe 8.00–15.00)", "vastaa nyt"),
        ("2026-11-23T16:00:00+02:00", "ei vastaa nyt (ma–pe 8.00–15.00)", "ei vastaa nyt (ma–pe 8.00–16.00)"),
        // Saturday.
        ("2026-11-28T10:00:00+02:00", "ei vastaa nyt (ma–pe 8.00–15.00)", "ei vastaa nyt (ma–pe 8.00–16.00)"),
    ])
    func whetherALineAnswersNowFollowsTheClock(_ example: (now: String, older: String, mentalHealth: String)) throws {
        let harness = try AppHarness(now: example.now)
        harness.type(Self.olderClient + "<f7>")
        let rows = harness.screen(Size(width: 120, height: 40)).split(separator: "\n").map(String.init)
        func status(after name: String) throws -> String {
            let at = try #require(rows.firstIndex { $0.contains(name) })
            return rows[at + 2].trimmingCharacters(in: .whitespaces)
        }
        #expect(try status(after: "Ikäihmisten palveluohjauksen konsultaatio") == example.older)
        #expect(try status(after: "Mielenterveys- ja päihdepalvelujen konsultaatio") == example.mentalHealth)
    }

    @Test func hoursAreWrittenWithRunsOfDays() throws {
        let context = AppHarness.context()
        let families = try #require(Fixtures.catalog.consultationLines.first { $0.code == "families-expert" })
        #expect(families.hoursText(context) == "ma–to 9.00–15.00, pe 9.00–13.00")
        let odd = ConsultationLine(
            code: "x", name: families.name, who: families.who, howToReach: families.howToReach, phone: nil,
            hours: [.init(days: [1, 3, 4, 7], from: 13 * 60, to: 14 * 60 + 30)], topics: [], ageGroups: [], segments: [])
        #expect(odd.hoursText(context) == "ma, ke–to, su 13.00–14.30")
        #expect(odd.answersText(context).0 == "ei vastaa nyt (ma, ke–to, su 13.00–14.30)")
        let never = ConsultationLine(
            code: "y", name: families.name, who: families.who, howToReach: families.howToReach, phone: nil, hours: [],
            topics: [], ageGroups: [], segments: [])
        #expect(never.answersText(context).0 == "ei vastausaikoja")
        #expect(never.whoAndPhone(context) == "Perhesosiaalityön sosiaaliohjaaja")
        let english = AppHarness.context(language: .en)
        #expect(families.hoursText(english) == "Mon–Thu 9.00–15.00, Fri 9.00–13.00")
    }

    @Test func choosingALineRecordsItOnTheSavedContact() throws {
        let harness = try AppHarness()
        harness.type(Self.olderClient + "<f7>1")
        let form = harness.screen()
        #expect(form.contains("Konsultaatio   Ikäihmisten palveluohjauk…"), "\(form)")
        #expect(form.contains("Konsultaatio kirjattu: Ikäihmisten palveluohjauksen konsultaatio"))
        // The form is where it was: F2 saves.
        harness.type("<f2>")
        let saved = try harness.contacts()
        #expect(saved.map(\.consultation) == ["older-people-expert"])
        #expect(saved.first?.topics == ["older-people"] && saved.first?.ageGroup == "75+")
        // Today marks it; editing the saved contact shows it, and F7 there marks the recorded line.
        #expect(harness.screen(Size(width: 120, height: 40)).contains("konsultaatio: Ikäihmisten"))
        harness.type("<enter>")
        #expect(harness.screen().contains("Konsultaatio   Ikäihmisten palveluohjauk…"))
        harness.type("<f7>")
        #expect(harness.screen(Size(width: 120, height: 40)).contains("Ikäihmisten palveluohjauksen konsultaatio [kirjattu]"))
        // Enter on another line replaces it; saved again, the edited contact has the new one.
        harness.type("<down><enter><f2>")
        #expect(try harness.contacts().map(\.consultation) == ["mental-health-substance-expert"])
    }

    @Test func aConsultationCanBeClearedInTheListAndAtItsField() throws {
        let harness = try AppHarness()
        harness.type(Self.olderClient + "<f7>2")
        #expect(harness.screen().contains("Konsultaatio   Mielenterveys"))
        // Del in the list clears it.
        harness.type("<f7><del>")
        #expect(harness.screen().contains("Konsultaatio   –"))
        #expect(harness.screen().contains("Konsultaatio poistettu."))
        // At its field (Tab brings the advisor there): Enter opens the list, Del clears.
        harness.type("<f7>1")
        harness.type("<s-tab><s-tab><s-tab>")
        #expect(harness.screen().contains("▸ Konsultaatio"), "\(harness.screen())")
        #expect(harness.screen().contains("vastaa nyt"))
        harness.type("<enter>")
        #expect(try Self.lines(harness).current == "older-people-expert")
        harness.type("<esc><del><f2>")
        #expect(try harness.contacts().map(\.consultation) == [nil])
    }

    @Test func theTypicalWalkInStillTakesEightKeysAndPassesTheConsultationBy() throws {
        #expect(Key.sequence(ContactFormTests.typicalWalkIn).count == 8)
        let harness = try AppHarness()
        harness.type("n11<enter>11<enter>")
        // After the referrals Enter goes on to the unmet needs; Enter there passes the consultation by.
        #expect(harness.screen().contains("▸ Palveluaukot"))
        harness.type("<enter>")
        #expect(harness.screen().contains("▸ Tunnistus"))
        harness.type("<f2>")
        let saved = try harness.contacts()
        #expect(saved.count == 1 && saved.first?.consultation == nil && saved.first?.referrals == ["health-station"])
    }

    @Test func theDraftKeepsTheConsultation() throws {
        let first = try AppHarness()
        first.type(Self.olderClient + "<f7>1<esc>")
        let drafts = try first.log.drafts(by: Actor(user: "anna", command: "test"))
        #expect(drafts.count == 1)
        #expect(drafts.first?.form.contains(#""consultation":"older-people-expert""#) == true)
        let second = try AppHarness(log: first.log)
        second.type("<enter>")
        #expect(second.screen().contains("Konsultaatio   Ikäihmisten palveluohjauk…"))
        second.type("<f2>")
        #expect(try second.contacts().map(\.consultation) == ["older-people-expert"])
    }

    @Test func helpNamesTheConsultationKey() throws {
        let harness = try AppHarness()
        harness.type("n<f1>")
        let help = harness.screen(Size(width: 100, height: 50))
        #expect(help.contains("F7/Ctrl-K") && help.contains("Konsultaatiolinjat"), "\(help)")
        harness.type("<esc><f7><f1>")
        let lines = harness.screen(Size(width: 100, height: 50))
        #expect(lines.contains("Kirjaa linja numerollaan") && lines.contains("Kirjaa konsultaatioksi"))
    }

    // MARK: - The directory

    @Test func theDirectoryListsTheLinesAfterTheDestinations() throws {
        let harness = try AppHarness()
        harness.type("p<end>")
        let text = harness.screen(Size(width: 120, height: 40))
        #expect(text.contains("Konsultaatiolinjat"))
        for expected in ["Terveysaseman sairaanhoitajan konsultaatio", "Vastaa", "Terveysaseman sairaanhoitaja", "Yhteystavat",
                         "Soita ammattilaisten linjalle", "09 0000 1105", "Vastausajat", "ma–pe 8.00–16.00", "vastaa nyt"] {
            #expect(text.contains(expected), "\(expected) in\n\(text)")
        }
        let directory = try #require(harness.app.top as? DirectoryScreen)
        #expect(directory.items.filter { $0.kind == .consultation }.map(\.code) == Fixtures.catalog.consultationLines.map(\.code))
        #expect(directory.items.last?.kind == .consultation)
        // The search finds a line by who answers.
        harness.type("sairaanhoitaja")
        #expect(try #require(harness.app.top as? DirectoryScreen).shown.contains { $0.code == "health-nurse" })
    }

    @Test func aLineChosenInTheFormsDirectoryIsTheConsultation() throws {
        let harness = try AppHarness()
        harness.type("n11<enter><f4>konsultaatio")
        let directory = try #require(harness.app.top as? DirectoryScreen)
        #expect(directory.selected?.kind == .consultation)
        #expect(harness.screen().contains("Enter Kirjaa konsultaatioksi"))
        let code = try #require(directory.selected?.code)
        harness.type("<enter>")
        #expect(harness.screen().contains("Konsultaatio kirjattu:"))
        harness.type("1<enter><f2>")
        let saved = try #require(try harness.contacts().first)
        #expect(saved.consultation == code && saved.referrals.isEmpty)
    }

    // MARK: - The day browser

    /// Week 47 at the library: three consulted contacts (two resolved at once) and one without; week 46: one
    /// consulted, not resolved.
    static func log() throws -> any ContactLog {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        func contact(_ at: String, resolved: Bool, _ line: String?) -> Contact {
            Contact(occurredAt: Fixtures.at(at), point: EvaluationBrowserTests.library, channel: "walk-in", topics: ["older-people"],
                    resolved: resolved, consultation: line)
        }
        try log.importContacts([
            contact("2026-11-10T10:00:00+02:00", resolved: false, "health-nurse"),
            contact("2026-11-16T09:00:00+02:00", resolved: true, "older-people-expert"),
            contact("2026-11-17T10:00:00+02:00", resolved: false, "older-people-expert"),
            contact("2026-11-18T11:00:00+02:00", resolved: true, "health-nurse"),
            contact("2026-11-19T12:00:00+02:00", resolved: true, nil),
        ], details: "test", by: Self.actor)
        return log
    }

    @Test func theBrowserShowsConsultationsByLineWithTheResolvedRate() throws {
        let log = try Self.log(), harness = try EvaluationBrowserTests.browser(log)
        let week = EvaluationBrowserTests.week
        let report = try log.report(from: week.from, to: week.to, point: EvaluationBrowserTests.library, by: Self.actor)
        let section = try EvaluationBrowserTests.section("Konsultaatiot linjoittain", harness)
        let consulted = try EvaluationBrowserTests.figure("Konsultoitiin", in: section)
        #expect((consulted.value, consulted.earlier, consulted.filter) == (3, 1, .consulted))
        #expect(consulted.value == report.consultedContacts)
        let resolved = try EvaluationBrowserTests.figure("Niistä ratkesi kerralla", in: section)
        #expect((resolved.value, resolved.earlier) == (2, 0))
        #expect(resolved.rate == Ratio(2, of: 3) && resolved.rate == report.consultedResolvedRate && resolved.earlierRate == Ratio(0, of: 1))
        #expect(resolved.key == "consulted_resolved_rate")
        // Every line, in the data's order, zeros included.
        #expect(section.figures.dropFirst(2).map(\.filter) == Fixtures.catalog.consultationLines.map { .consultation($0.code) })
        #expect(section.figures.dropFirst(2).map(\.value) == [2, 0, 0, 0, 1])
        #expect(section.figures.dropFirst(2).map(\.earlier) == [0, 0, 0, 0, 1])
        // Written as the report writes a rate: 66,7 %.
        let format = EvaluationBrowserTests.format(harness)
        #expect(format.percent(Ratio(2, of: 3)) == "66,7 %")
        let row = try #require(EvaluationBrowserTests.row("Niistä ratkesi kerralla", in: harness.screen(EvaluationBrowserTests.big)))
        #expect(row.contains("2  66,7 %      0   0,0 %"), "\(row)")
        let line = try #require(harness.screen(EvaluationBrowserTests.big).split(separator: "\n").first { $0.hasPrefix("    Ikäihmisten palveluohj") })
        #expect(line.split(separator: " ").suffix(2) == ["2", "0"], "\(line)")
    }

    @Test(arguments: [
        (ContactFilter.consultation("older-people-expert"), 2),
        (.consulted, 3),
        (.consultedResolved, 2),
    ])
    func enterOnAConsultationFigureListsItsContacts(_ example: (filter: ContactFilter, count: Int)) throws {
        let harness = try EvaluationBrowserTests.browser(try Self.log())
        func browser() throws -> DayBrowserScreen { try EvaluationBrowserTests.screen(harness) }
        for _ in 0..<40 where try browser().highlighted?.section.title != "Konsultaatiot linjoittain" { harness.type("<tab>") }
        for _ in 0..<10 where try browser().highlighted?.figure.filter != example.filter { harness.type("<down>") }
        #expect(try browser().highlighted?.figure.filter == example.filter)
        harness.type("<enter>")
        let list = try #require(harness.app.top as? FigureContactsScreen)
        let contacts = try #require(list.contacts)
        #expect(contacts.count == example.count)
        #expect(contacts.allSatisfy { $0.contact.consultation != nil && $0.contact.occurredAt.date >= EvaluationBrowserTests.week.from })
        let text = harness.screen(Size(width: 120, height: 40))
        #expect(text.contains("\(example.count) yhteydenottoa"), "\(text)")
        #expect(text.contains("konsultaatio: "))
        harness.type("<esc>")
        #expect(try browser().highlighted?.figure.filter == example.filter)
    }
}
