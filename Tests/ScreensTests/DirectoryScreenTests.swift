import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The service directory: search as you type, the details of the selected destination, and choosing one
/// as a referral from the contact form.
struct DirectoryScreenTests {
    static let context = FollowUpsScreenTests.context()

    static func type(_ script: String, into screen: inout DirectoryScreen) -> [Effect] {
        Key.sequence(script).flatMap { screen.handle($0, context) }
    }

    static func render(_ screen: DirectoryScreen, _ size: Size = .minimum) -> String {
        var canvas = Canvas(size: size)
        screen.render(into: &canvas, area: Area(x: 0, y: 1, width: size.width, height: size.height - 3), context)
        return canvas.text
    }

    // MARK: - Searching

    @Test func everyReferralIsListedInternalFirstEachWithItsEntryThenTheConsultationLines() {
        let screen = DirectoryScreen(choosing: false, Self.context)
        let codes = Fixtures.vocabulary.referral.terms.map(\.code), lines = Fixtures.catalog.consultationLines.map(\.code)
        let referrals = screen.shown.filter { $0.kind != .consultation }
        #expect(Set(referrals.map(\.code)) == Set(codes))
        #expect(referrals.count == codes.count)
        #expect(screen.shown.first?.code == "health-station")
        let order: [DirectoryScreen.Group] = [.referral(.internal), .referral(.external), .consultation]
        let ranks = screen.shown.map { order.firstIndex(of: $0.kind)! }
        #expect(ranks == ranks.sorted())
        #expect(referrals.allSatisfy { $0.entry != nil })
        #expect(screen.shown.suffix(lines.count).map(\.code) == lines)
        #expect(screen.shown.suffix(lines.count).allSatisfy { $0.line != nil })
        let text = Self.render(screen)
        #expect(text.contains("Oman alueen palvelut"))
        #expect(text.contains("\(codes.count + lines.count)/\(codes.count + lines.count) paikkaa ja linjaa"))
    }

    @Test(arguments: [
        ("kel", "kela"), ("velka", "debt-counselling"), ("hammas", "oral-health"), ("päivy", "emergency"),
        ("paivy", "emergency"), ("KELA", "kela"), ("ty\u{00F6}lli", "employment-services"), ("debt", "debt-counselling"),
    ])
    func typingFindsTheDestination(_ filter: String, _ code: String) {
        var screen = DirectoryScreen(choosing: true, Self.context)
        _ = Self.type(filter, into: &screen)
        #expect(screen.shown.first?.code == code, "\(filter) → \(screen.shown.map(\.code))")
        #expect(screen.selected?.code == code)
    }

    @Test func aMarkedLetterFindsOnlyItselfAPlainOneBoth() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        _ = Self.type("pä", into: &screen)
        let marked = Set(screen.shown.map(\.code))
        _ = Self.type("<esc>pa", into: &screen)
        let plain = Set(screen.shown.map(\.code))
        #expect(marked.contains("emergency"))
        #expect(marked.isSubset(of: plain))
        #expect(plain.count > marked.count)
    }

    @Test func thoseFoundByNameComeBeforeThoseFoundByDescription() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        _ = Self.type("kel", into: &screen)
        #expect(screen.shown.first?.code == "kela")
        // "kotihoito" is Home care's name; other services only mention home care in their description.
        _ = Self.type("<esc>koti", into: &screen)
        #expect(screen.shown.first?.code == "home-care")
    }

    @Test func nothingFoundSaysSoAndEnterChoosesNothing() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        #expect(Self.type("xqzw", into: &screen).isEmpty)
        #expect(screen.shown.isEmpty)
        #expect(Self.render(screen).contains("Haulla ”xqzw” ei löydy mitään. Esc tyhjentää haun."))
        #expect(Self.type("<enter>", into: &screen).isEmpty)
    }

    @Test func arrowsMoveAndBackspaceWidensTheSearch() {
        var screen = DirectoryScreen(choosing: false, Self.context)
        _ = Self.type("<down><down>", into: &screen)
        #expect(screen.selected?.code == "older-people-guidance")
        _ = Self.type("velkax", into: &screen)
        #expect(screen.shown.isEmpty)
        _ = Self.type("<bs>", into: &screen)
        #expect(screen.selected?.code == "debt-counselling")
    }

    // MARK: - Choosing and going back

    @Test func enterChoosesTheSelectedDestinationWhenChoosing() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        let effects = Self.type("velka<enter>", into: &screen)
        guard effects.count == 1, case .pop(.referralChosen(let code)?) = effects[0] else { Issue.record("got \(effects)"); return }
        #expect(code == "debt-counselling")
    }

    @Test func enterWhileBrowsingChoosesNothing() {
        var screen = DirectoryScreen(choosing: false, Self.context)
        #expect(Self.type("velka<enter>", into: &screen).isEmpty)
        #expect(!screen.keyHelp(Self.context).contains { $0.label == "Lisää ohjaukseksi" })
    }

    @Test func escapeClearsTheSearchFirstAndThenGoesBack() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        #expect(Self.type("velka<esc>", into: &screen).isEmpty)
        #expect(screen.search.text.isEmpty)
        #expect(screen.shown.count == Fixtures.vocabulary.referral.terms.count + Fixtures.catalog.consultationLines.count)
        // The destination found stays selected.
        #expect(screen.selected?.code == "debt-counselling")
        let effects = Self.type("<esc>", into: &screen)
        guard effects.count == 1, case .pop(nil) = effects[0] else { Issue.record("got \(effects)"); return }
    }

    @Test func theFooterNamesWhatEscDoesNow() {
        var screen = DirectoryScreen(choosing: true, Self.context)
        #expect(screen.keyHelp(Self.context).contains { $0.keys == "Esc" && $0.label == "Takaisin" })
        _ = Self.type("k", into: &screen)
        #expect(screen.keyHelp(Self.context).contains { $0.keys == "Esc" && $0.label == "Tyhjennä haku" })
    }

    // MARK: - Details

    @Test func theSelectedDestinationsDetailsShowBelowTheListAtEightyColumns() throws {
        var screen = DirectoryScreen(choosing: false, Self.context)
        _ = Self.type("velka", into: &screen)
        let text = Self.render(screen)
        let entry = try #require(Fixtures.catalog.directory.first { $0.referral == "debt-counselling" })
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let name = try #require(lines.lastIndex { $0.contains("Talous- ja velkaneuvonta") })
        #expect(lines[name].contains("Muut palvelut"))
        #expect(text.contains("Puhelin"))
        #expect(text.contains(try #require(entry.phone)))
        #expect(text.contains(try #require(entry.web)))
        #expect(text.contains("Yhteystavat"))
        #expect(text.contains(String(entry.description[.fi].prefix(30))))
        // Below the list: the list's row and the details' name are on different lines.
        let row = try #require(lines.firstIndex { $0.contains("Talous- ja velkaneuvonta") })
        #expect(row < name)
    }

    @Test(arguments: Language.allCases)
    func everyDestinationsPhoneAndAddressFitAtEightyByTwentyFour(_ language: Language) {
        let context = AppContext(
            catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(language), advisor: "test",
            point: Fixtures.catalog.points[0], pseudonym: Self.context.pseudonym, clock: Self.context.clock)
        var screen = DirectoryScreen(choosing: false, context)
        for item in screen.items {
            var canvas = Canvas(size: .minimum)
            screen.render(into: &canvas, area: Area(x: 0, y: 1, width: 80, height: 21), context)
            let text = canvas.text
            #expect(screen.selected?.code == item.code)
            for value in [item.entry?.phone, item.entry?.web].compactMap({ $0 }) {
                #expect(text.contains(value), "\(language) \(item.code) lacks \(value)")
            }
            _ = screen.handle(.down, context)
        }
    }

    @Test func theDetailsStandBesideTheListOnAWideScreen() throws {
        var screen = DirectoryScreen(choosing: false, Self.context)
        _ = Self.type("kela", into: &screen)
        let text = Self.render(screen, Size(width: 120, height: 40))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("▸ Kela") && $0.contains("│ Kela   Muut palvelut") })
        #expect(text.contains("https://www.kela.fi"))
        #expect(!text.contains("Puhelin"), "Kela has no phone number in the directory")
    }

    @Test func withoutAFilterGroupHeadingsShowAndMovingDownScrollsThroughThemAll() {
        var screen = DirectoryScreen(choosing: false, Self.context)
        _ = Self.type("<end>", into: &screen)
        // The consultation lines come last, under their own heading.
        #expect(screen.selected?.code == Fixtures.catalog.consultationLines.last?.code)
        #expect(Self.render(screen).contains("Konsultaatiolinjat"))
        for _ in Fixtures.catalog.consultationLines { _ = Self.type("<up>", into: &screen) }
        #expect(screen.selected?.code == Fixtures.vocabulary.referral.terms.last?.code)
        let text = Self.render(screen)
        #expect(text.contains("Yksityinen palveluntuottaja"))
        _ = Self.type("<home>", into: &screen)
        #expect(Self.render(screen).contains("Oman alueen palvelut"))
    }

    // MARK: - Through the app

    @Test func fromTheFormF4ChoosesAReferralForTheContact() throws {
        let harness = try AppHarness()
        harness.type("n<f4>")
        #expect(harness.screen().contains("│ Valitse ohjaus"))
        harness.type("velka<enter>")
        let screen = harness.screen()
        #expect(screen.contains("Ohjaus lisätty: Talous- ja velkaneuvonta"))
        #expect(screen.contains("Ohjaukset      Talous- ja velkaneuvonta"))
        harness.type("<f4>kel<enter>")
        #expect(harness.screen().contains("Ohjaus lisätty: Kela"))
        func referrals() -> [String]? { (harness.app.top as? ContactForm)?.pickers[.referrals]?.chosen }
        #expect(referrals() == ["kela", "debt-counselling"])
        // Choosing one already chosen keeps it chosen.
        harness.type("<f4>kel<enter>")
        #expect(referrals() == ["kela", "debt-counselling"])
        // Esc in the directory chooses nothing and the form is as it was.
        harness.type("<f4>poli<esc><esc>")
        #expect(harness.screen().contains("│ Uusi yhteydenotto klo 10.00"))
        #expect(referrals() == ["kela", "debt-counselling"])
    }

    @Test func fromTodayTheDirectoryIsForBrowsing() throws {
        let harness = try AppHarness()
        harness.type("p")
        let screen = harness.screen()
        #expect(screen.contains("│ Palveluhakemisto"))
        #expect(!screen.contains("Valitse ohjaus"))
        #expect(!screen.contains("Lisää ohjaukseksi"))
        harness.type("<enter><esc>")
        #expect(harness.screen().contains("Tänään"))
    }

    @Test func helpExplainsSearchingAndChoosing() throws {
        let harness = try AppHarness()
        harness.type("n<f4><f1>")
        let screen = harness.screen(Size(width: 100, height: 40))
        for text in ["F4", "velka", "Lisää ohjaukseksi", "Kirjoita hakeaksesi", "Liiku listassa"] {
            #expect(screen.contains(text), "help lacks \(text)")
        }
    }

    @Test(arguments: [Language.sv, .en])
    func theDirectorySpeaksTheChosenLanguage(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type(language == .sv ? "pskuld" : "pdebt")
        let screen = harness.screen()
        #expect(screen.contains(language == .sv ? "Ekonomi- och skuldrådgivning" : "Debt counselling"))
        #expect(screen.contains(language == .sv ? "Telefon" : "Phone"))
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        let harness = try AppHarness()
        harness.type("n<f4><down><down><down>")
        #expect(Golden.mismatch("Directory", size: size, harness.screen(size)) == nil)
    }
}
