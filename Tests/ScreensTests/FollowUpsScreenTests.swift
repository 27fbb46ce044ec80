import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The follow-up list: open matters oldest first, marked done with a note, through the whole app.
struct FollowUpsScreenTests {
    static let actor = Actor(user: "test", command: "test")
    static let point = Fixtures.catalog.points[0].code
    /// A never-issued identity code (individual number 902), written in parts so that no code stands whole in the source.
    static let identityCode = "150655" + "-902T"

    /// Given: two open follow-ups at the point (16.11. and 20.11.), and contacts that are no follow-ups of
    /// this point today: a resolved one, one older than the follow-up window, one at another point.
    static func harness() throws -> (AppHarness, older: Int64, newer: Int64) {
        let log: any ContactLog = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let newer = try log.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T14:30:00+02:00"), point: point, channel: "phone", topics: ["housing"],
                    resolved: false, referrals: ["kela"]), by: actor)
        let older = try log.log(
            Contact(occurredAt: Fixtures.at("2026-11-16T09:05:00+02:00"), point: point, channel: "walk-in", topics: ["benefits", "money-debt"],
                    resolved: false, referrals: ["debt-counselling", "adult-social-work"]), by: actor)
        try log.log(
            Contact(occurredAt: Fixtures.at("2026-11-22T11:00:00+02:00"), point: point, channel: "chat", topics: ["employment"],
                    resolved: true), by: actor)
        try log.log(
            Contact(occurredAt: Fixtures.at("2026-10-01T11:00:00+02:00"), point: point, channel: "video", topics: ["employment"],
                    resolved: false), by: actor)
        try log.log(
            Contact(occurredAt: Fixtures.at("2026-11-21T11:00:00+02:00"), point: Fixtures.catalog.points[1].code, channel: "outreach",
                    topics: ["employment"], resolved: false), by: actor)
        return (try AppHarness(log: log), older, newer)
    }

    static func context() -> AppContext {
        AppContext(
            catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(.fi), advisor: "test",
            point: Fixtures.catalog.points[0], pseudonymKey: PseudonymKey(bytes: [UInt8](repeating: 7, count: 32))!,
            clock: { Fixtures.at(AppHarness.now) })
    }

    static func render(_ screen: FollowUpsScreen, _ context: AppContext) -> String {
        var canvas = Canvas(size: .minimum)
        screen.render(into: &canvas, area: Area(x: 0, y: 1, width: 80, height: 21), context)
        return canvas.text
    }

    static func type(_ script: String, into screen: inout FollowUpsScreen, _ context: AppContext) -> [Effect] {
        Key.sequence(script).flatMap { screen.handle($0, context) }
    }

    // MARK: - The list

    @Test func theOpenFollowUpsOfThePointAreListedOldestFirstWithTheirAge() throws {
        let (harness, _, _) = try Self.harness()
        harness.type("f")
        let screen = harness.screen()
        #expect(screen.contains("Jatkotoimet"))
        #expect(screen.contains("Avoimia: 2 · vanhin ensin"))
        let lines = screen.split(separator: "\n").map(String.init)
        let older = try #require(lines.firstIndex { $0.contains("16.11.") })
        let newer = try #require(lines.firstIndex { $0.contains("20.11.") })
        #expect(older < newer)
        #expect(lines[older].contains("9.05"))
        #expect(lines[older].contains("Käynti"))
        #expect(lines[older].contains("7 päivää"))
        #expect(lines[newer].contains("14.30"))
        #expect(lines[newer].contains("Puhelin"))
        #expect(lines[newer].contains("Asuminen"))
        #expect(lines[newer].contains("Kela"))
        #expect(lines[newer].contains("3 päivää"))
        // Resolved, past the window, at another point: not here.
        for absent in ["22.11.", "1.10.", "21.11."] { #expect(!screen.contains(absent), "\(absent) is no follow-up here") }
    }

    @Test func theAgeIsTodayOneDayOrDays() throws {
        let context = Self.context()
        func logged(_ iso: String) -> LoggedContact {
            LoggedContact(id: 1, contact: Contact(occurredAt: Fixtures.at(iso), point: Self.point, channel: "phone", topics: ["housing"], resolved: false),
                          hasRepeat: false, followUp: .open)
        }
        #expect(FollowUpsScreen.age(of: logged("2026-11-23T08:00:00+02:00"), context) == "tänään")
        #expect(FollowUpsScreen.age(of: logged("2026-11-22T23:59:00+02:00"), context) == "1 päivä")
        #expect(FollowUpsScreen.age(of: logged("2026-11-09T08:00:00+02:00"), context) == "14 päivää")
    }

    @Test func anEmptyListSaysSoKindly() throws {
        let harness = try AppHarness()
        harness.type("f")
        let screen = harness.screen()
        #expect(screen.contains("Avoimia jatkotoimia ei ole: kaikki seuranta-ajan asiat on hoidettu."))
        #expect(!screen.contains("Merkitse tehdyksi"))
        // Enter has nothing to mark; Esc goes back to Today.
        harness.type("<enter>")
        #expect(!harness.screen().contains("Muistiinpano"))
        harness.type("<esc>")
        #expect(harness.screen().contains("Tänään"))
    }

    @Test func arrowsMoveTheSelection() throws {
        let context = Self.context()
        var screen = FollowUpsScreen(context)
        let (harness, older, newer) = try Self.harness()
        let list = try harness.log.followUps(point: Self.point, since: CivilDate(iso: "2026-11-09")!, by: Self.actor)
        #expect(list.map(\.id) == [older, newer])
        _ = screen.receive(.followUps(list), context)
        #expect(screen.selected?.id == older)
        _ = Self.type("<down><down>", into: &screen, context)
        #expect(screen.selected?.id == newer)
        _ = Self.type("<up>", into: &screen, context)
        #expect(screen.selected?.id == older)
    }

    // MARK: - Marking done

    @Test func markingDoneWithANoteTakesItOffTheListAndTodaysCounterDrops() throws {
        let (harness, older, newer) = try Self.harness()
        #expect(harness.screen().contains("Avoimia jatkotoimia 2"))
        harness.type("f<enter>")
        #expect(harness.screen().contains("Merkitään tehdyksi: 16.11. klo 9.05 · Käynti paikan päällä"))
        #expect(harness.screen().contains("Muistiinpano:"))
        harness.type("Soitettu takaisin, hakemus tehty<enter>")
        let screen = harness.screen()
        #expect(screen.contains("Jatkotoimi 16.11. klo 9.05 merkitty tehdyksi."))
        #expect(screen.contains("Avoimia: 1"))
        #expect(!screen.contains("16.11.  9.05"))
        #expect(screen.contains("20.11.  14.30"))
        #expect(!screen.contains("Muistiinpano:"))
        let (logged, _) = try #require(try harness.log.contact(id: older, by: Self.actor))
        #expect(logged.followUp == .done(note: "Soitettu takaisin, hakemus tehty", closedBy: nil))
        // Marking done leaves the contact's own outcome as it was.
        #expect(!logged.contact.resolved)
        let (untouched, _) = try #require(try harness.log.contact(id: newer, by: Self.actor))
        #expect(untouched.followUp == .open)
        harness.type("<esc>")
        #expect(harness.screen().contains("Avoimia jatkotoimia 1"))
    }

    @Test func dMarksTheSelectedRowAndTheNoteMayBeEmpty() throws {
        let (harness, older, newer) = try Self.harness()
        harness.type("f<down>d<enter>")
        #expect(harness.screen().contains("Jatkotoimi 20.11. klo 14.30 merkitty tehdyksi."))
        #expect(try harness.log.contact(id: newer, by: Self.actor)?.0.followUp == .done(note: "", closedBy: nil))
        #expect(try harness.log.contact(id: older, by: Self.actor)?.0.followUp == .open)
    }

    @Test func escapeInTheNoteCancelsAndKeepsTheFollowUpOpen() throws {
        let (harness, older, _) = try Self.harness()
        harness.type("f<enter>ei vielä<esc>")
        let screen = harness.screen()
        #expect(!screen.contains("Muistiinpano:"))
        #expect(screen.contains("16.11."))
        #expect(try harness.log.contact(id: older, by: Self.actor)?.0.followUp == .open)
        // Letters typed into the note are text, not keys: q did not leave the list while the note was open.
        harness.type("dq")
        #expect(harness.screen().contains("Muistiinpano: q"))
    }

    @Test func aNoteHoldingAnIdentityCodeIsRefusedAndStaysOpen() throws {
        let (harness, older, _) = try Self.harness()
        harness.type("f<enter>asiakas " + Self.identityCode + "<enter>")
        let screen = harness.screen()
        #expect(screen.contains("Muistiinpanossa on henkilötunnus"))
        #expect(screen.contains("Muistiinpano: asiakas"))
        #expect(try harness.log.contact(id: older, by: Self.actor)?.0.followUp == .open)
        // Taking the code out, the note saves.
        harness.type("<ctrl-u>soitettu<enter>")
        #expect(try harness.log.contact(id: older, by: Self.actor)?.0.followUp == .done(note: "soitettu", closedBy: nil))
    }

    @Test func whenTheStoreRefusesTheNoteStaysOpenForCorrection() throws {
        let context = Self.context()
        var screen = FollowUpsScreen(context)
        let contact = LoggedContact(
            id: 42, contact: Contact(occurredAt: Fixtures.at("2026-11-20T14:30:00+02:00"), point: Self.point, channel: "phone",
                                     topics: ["housing"], resolved: false), hasRepeat: false, followUp: .open)
        let asked = screen.receive(.resumed, context)
        guard case .loadFollowUps = try #require(asked.first) else { Issue.record("resumed asks \(asked)"); return }
        _ = screen.receive(.followUps([contact]), context)
        let effects = Self.type("<enter>ok<enter>", into: &screen, context)
        guard effects.count == 1, case .markFollowUpDone(let id, let note) = effects[0] else { Issue.record("got \(effects)"); return }
        #expect(id == 42)
        #expect(note == "ok")
        #expect(screen.receive(.failed("ei tallennettu"), context).isEmpty)
        #expect(screen.note?.text == "ok")
        #expect(Self.render(screen, context).contains("Muistiinpano: ok"))
        // Done: the list is asked for again and the status says which.
        let done = screen.receive(.followUpDone(42), context)
        #expect(screen.note == nil)
        guard done.count == 2, case .loadFollowUps = done[0], case .status(let text, .success) = done[1] else { Issue.record("got \(done)"); return }
        #expect(text == "Jatkotoimi 20.11. klo 14.30 merkitty tehdyksi.")
    }

    @Test func helpExplainsTheWindowAndClosingFromTheForm() throws {
        let (harness, _, _) = try Self.harness()
        harness.type("f<f1>")
        let screen = harness.screen(Size(width: 100, height: 40))
        #expect(screen.contains("14 päivää"))
        #expect(screen.contains("F5"))
        for label in ["Merkitse tehdyksi", "Takaisin", "Liiku listassa", "Ohje"] { #expect(screen.contains(label), "help lacks \(label)") }
    }

    @Test(arguments: [Language.sv, .en])
    func theListSpeaksTheChosenLanguage(_ language: Language) throws {
        let (fi, _, _) = try Self.harness()
        let harness = try AppHarness(language: language, log: fi.log)
        harness.type("f")
        let screen = harness.screen()
        #expect(screen.contains(language == .sv ? "Öppna: 2 · äldsta först" : "Open: 2 · oldest first"))
        #expect(screen.contains(language == .sv ? "7 dagar" : "7 days"))
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        let (harness, _, _) = try Self.harness()
        harness.type("f<enter>Soitettu takaisin")
        #expect(Golden.mismatch("FollowUps", size: size, harness.screen(size)) == nil)
    }
}
