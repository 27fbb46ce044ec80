import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// Trainer mode through the whole app: the DEMO mark on every screen, the practice clients loaded into the
/// segmentation in one key, the guided tour, and the reset that asks first.
struct TrainerModeTests {
    static let sizes = [Size.minimum, Size(width: 120, height: 40)]

    /// A screen of the app and the keys that open it from Today.
    struct Opened: CustomTestStringConvertible, Sendable {
        let name: String
        let keys: String
        var testDescription: String { name }
    }

    static let screens = [
        Opened(name: "Today", keys: ""), Opened(name: "the contact form", keys: "n"),
        Opened(name: "the segmentation", keys: "n<f3>"), Opened(name: "the practice clients", keys: "n<f3>l"),
        Opened(name: "the override", keys: "n<f3>l1o"), Opened(name: "the directory", keys: "p"),
        Opened(name: "the follow-ups", keys: "f"), Opened(name: "help", keys: "<f1>"), Opened(name: "the form's help", keys: "n<f1>"),
        Opened(name: "the point choice", keys: "c"), Opened(name: "the reset question", keys: "R"),
        Opened(name: "the tour", keys: "g"), Opened(name: "the tour in the form", keys: "gn"),
    ]

    /// The whole mark, where it leaves room for the screen's title; else the short one.
    static let mark = "DEMO – harjoitusaineisto"

    /// The mark in the header (top right) and in the footer's right corner, each in the demo style.
    static func carriesTheMark(_ canvas: Canvas) -> Bool {
        let size = canvas.size
        let header = canvas.lines[0], footer = canvas.lines[size.height - 1]
        guard let found = header.range(of: " DEMO "), footer.hasSuffix(" DEMO ") else { return false }
        let markX = TextWidth.of(header[..<found.lowerBound])
        return canvas[markX + 1, 0].style == .demo && canvas[size.width - 2, size.height - 1].style == .demo
    }

    @Test(arguments: screens, sizes)
    func everyScreenCarriesTheDemoMark(_ opened: Opened, _ size: Size) throws {
        let harness = try AppHarness(demo: true)
        harness.type(opened.keys)
        let canvas = harness.app.frame(size: size)
        #expect(Self.carriesTheMark(canvas), "\(opened.name):\n\(canvas.text)")
        // With room to spare, the mark says what it means and the title is still shown.
        if size.width >= 120 {
            #expect(canvas.lines[0].contains(Self.mark + "   anna"), "\(opened.name):\n\(canvas.text)")
            let title = try #require(harness.app.top?.title(harness.context))
            #expect(canvas.lines[0].contains(" │ " + title), "\(opened.name):\n\(canvas.lines[0])")
        }
    }

    @Test(arguments: [Size(width: 79, height: 24), Size(width: 60, height: 20), Size(width: 12, height: 3)])
    func aWindowTooSmallCarriesTheMarkToo(_ size: Size) throws {
        let harness = try AppHarness(demo: true)
        let canvas = harness.app.frame(size: size)
        #expect(canvas.lines[0].contains("DEMO"))
        #expect(canvas[1, 0].style == .demo)
        #expect(canvas.text.contains("80 × 24") || size.width < 20, "\(canvas.text)")
        if size.width >= 60 { #expect(Golden.mismatch("TooSmall_demo", size: size, canvas.text) == nil) }
    }

    @Test func outsideTheDemoThereIsNoMarkAndNoTrainerKey() throws {
        let harness = try AppHarness()
        #expect(!harness.screen().contains("DEMO"))
        harness.type("g")
        #expect(harness.app.tour == nil)
        harness.type("R")
        #expect(harness.app.top is TodayScreen)
        harness.type("n<f3>l")
        #expect(harness.app.top is SegmentationScreen)
        #expect(!harness.screen().contains("Harjoitusasiakkaat"))
    }

    @Test(arguments: sizes)
    func goldenScreensInTrainerMode(_ size: Size) throws {
        let harness = try AppHarness(demo: true)
        #expect(Golden.mismatch("Today_demo", size: size, harness.screen(size)) == nil)
        harness.type("n<f3>l<down><down>")
        #expect(Golden.mismatch("Personas", size: size, harness.screen(size)) == nil)
    }

    // MARK: - Practice clients

    @Test(arguments: Fixtures.personas.indices)
    func aPracticeClientLoadsInOneKeyWithItsSegmentAndMenu(_ index: Int) throws {
        let persona = Fixtures.personas[index]
        let harness = try AppHarness(language: .en, demo: true)
        harness.type("n<f3>l")
        #expect(harness.app.top is PersonasScreen)
        // One keystroke: the client's number.
        harness.type(String(index + 1))
        let screen = try #require(harness.app.top as? SegmentationScreen)
        #expect(screen.answers == persona.answers.values)
        #expect(screen.chain == persona.chain)
        let shown = harness.screen(Size(width: 120, height: 40))
        let context = harness.context
        #expect(shown.contains(context.vocabulary.segment.label(persona.segment.rawValue, in: .en)))
        for service in context.catalog.serviceMenu.services(chain: persona.chain, segment: persona.segment) {
            #expect(shown.contains("• " + service.name[.en]), "\(service.code)")
        }
        #expect(shown.contains("Loaded: " + persona.label[.en]))
        // F2 takes it to the form, where it is saved with the contact.
        harness.type("<f2>")
        let form = try #require(harness.app.top as? ContactForm)
        #expect(form.assessment?.computedSegment == persona.segment)
        #expect(form.chain == persona.chain)
    }

    @Test func enterLoadsTheHighlightedClientAndEscLoadsNone() throws {
        let harness = try AppHarness(demo: true)
        harness.type("n<f3>l<esc>")
        let untouched = try #require(harness.app.top as? SegmentationScreen)
        #expect(untouched.answers.isEmpty)
        harness.type("l<down><down><enter>")
        let loaded = try #require(harness.app.top as? SegmentationScreen)
        #expect(loaded.answers == Fixtures.personas[2].answers.values)
        // The story of the highlighted client is shown under the list.
        harness.type("l<down>")
        #expect(SegmentationScreenTests.flat(harness.screen()).contains(String(Fixtures.personas[1].story[.fi].prefix(40))))
    }

    @Test func aLoadedClientTakesTheOverrideAway() throws {
        let harness = try AppHarness(demo: true)
        harness.type("n<f3>l1o3")
        harness.type("ryhmä auttaa<enter>")
        #expect((harness.app.top as? SegmentationScreen)?.overrideSegment == .collaboration)
        harness.type("l8")
        let screen = try #require(harness.app.top as? SegmentationScreen)
        #expect(screen.overrideSegment == nil)
        #expect(screen.reason.text.isEmpty)
        #expect(screen.answers == Fixtures.personas[7].answers.values)
    }

    // MARK: - The guided tour

    /// From Today, the keys that reach each step's goal once the steps before it are done: the referral to adult social
    /// work, a receiving service, whose handoff the form sends with the save and the queue (j on Today) takes.
    static let tourPath: [(step: Tour.Step, keys: String)] = [
        (.newContact, "n"), (.openSegmentation, "<f3>"), (.segment, "l7<f2>"), (.openDirectory, "<f4>"),
        (.addReferral, "aikuis<enter>"), (.handoff, "<f9>kTesti Asiakas<enter>040 123 4567<enter>1<enter>1<enter>"),
        (.save, "11<enter><enter>1<f2>"), (.openQueue, "j"), (.takeHandoff, "<enter>o"), (.followUps, "<esc><esc>f"),
        (.dayBrowser, "<esc>b"),
    ]

    @Test func theTourWalksFromLoggingAContactToBrowsingADay() throws {
        let harness = try AppHarness(demo: true)
        harness.type("g")
        let tour = try #require(harness.app.tour)
        #expect(tour.steps == Tour.Step.allCases)
        for (number, (step, keys)) in Self.tourPath.enumerated() {
            #expect(harness.app.tour?.step == step, "before \(keys)")
            let screen = harness.screen()
            #expect(screen.contains("Opastettu kierros \(number + 1)/\(Self.tourPath.count)"), "\(step):\n\(screen)")
            #expect(screen.contains("F12 lopettaa kierroksen"))
            harness.type(keys)
            // The follow-ups show the handoff sent on the tour, taken in the queue.
            if step == .followUps {
                let followUps = harness.screen(Size(width: 120, height: 40))
                #expect(followUps.contains("Lähetetyt yhteydenottopyynnöt (1)") && followUps.contains("otettu"), "\(followUps)")
            }
        }
        #expect(harness.app.tour == nil)
        #expect(harness.screen().contains("Kierros on käyty läpi."))
        // It logged one real contact in the demo database, with the practice client's segment and a referral to adult
        // social work, and sent its handoff there, which the queue took.
        let contact = try #require(try harness.contacts().first)
        #expect(contact.segment == Fixtures.personas[6].segment)
        #expect(contact.referrals.contains("adult-social-work"))
        let store = try #require(harness.log as? any HandoffStore)
        let handoffs = try store.handoffs(open: false, details: true, by: Actor(user: "pia", command: "test"))
        #expect(handoffs.count == 1)
        let handoff = try #require(handoffs.first)
        #expect(handoff.record.service == "adult-social-work")
        #expect(handoff.state == .taken)
        #expect(handoff.takenBy == "anna")
        #expect(handoff.details?.name == "Testi Asiakas")
        #expect(handoff.contactID != nil && handoff.referral == "adult-social-work")
    }

    /// The queue's step asks for the handoff sent on the tour: taking another one (the demo's own) does not do it.
    @Test func theQueuesStepIsDoneByTakingTheHandoffSentOnTheTour() throws {
        let harness = try AppHarness(demo: true)
        let store = try #require(harness.log as? any HandoffStore)
        let pia = Actor(user: "pia", command: "test")
        // An older handoff of the demo's, first in the queue.
        let older = try store.sendHandoff(
            HandoffRequest(
                point: Fixtures.catalog.points[0].code, service: "adult-social-work", consent: true,
                details: HandoffDetails(name: "Testi Asiakas 1", phone: "000 000 0001")),
            fromContact: nil, by: pia)
        let index = try #require(Self.tourPath.firstIndex { $0.step == .takeHandoff })
        harness.type("g" + Self.tourPath.prefix(index).map(\.keys).joined())
        #expect(harness.app.tour?.step == .takeHandoff)
        #expect(harness.screen().contains("Lähettämäsi pyyntö on uusin"))
        // The older one first: taking it leaves the step as it was.
        harness.type("<enter>o")
        #expect(try store.openHandoff(id: older, by: pia).state == .taken)
        #expect(harness.app.tour?.step == .takeHandoff)
        // Back to the list, down to the tour's own, taken: the step is done.
        harness.type("<esc><down><enter>o")
        #expect(harness.app.tour?.step == .followUps)
    }

    /// F9 in the form is the handoff's key there, not the tour's: the tour goes on, the handoff panel opens.
    @Test func theFormsHandoffKeyDoesNotLeaveTheTour() throws {
        let harness = try AppHarness(demo: true)
        let index = try #require(Self.tourPath.firstIndex { $0.step == .handoff })
        harness.type("g" + Self.tourPath.prefix(index).map(\.keys).joined() + "<f9>")
        #expect(harness.app.tour?.step == .handoff)
        #expect(harness.screen().contains("Suostuuko asiakas"))
        // The tour's box stands above the panel: the last field and the panel's hint stay in sight, beside the box.
        harness.type("kTesti Asiakas<enter>040 123 4567<enter>1<enter>1")
        let screen = harness.screen()
        #expect(screen.contains("Opastettu kierros \(index + 1)/") && screen.contains("▸ Viesti"), "\(screen)")
        #expect(screen.contains("Enter = seuraava kenttä, F2 = tallenna ja lähetä"), "\(screen)")
        harness.type("<enter>")
        #expect(harness.app.tour?.step == .save)
    }

    @Test(arguments: Tour.Step.allCases.indices)
    func theTourCanBeLeftAtAnyStep(_ index: Int) throws {
        let harness = try AppHarness(demo: true)
        harness.type("g" + Self.tourPath.prefix(index).map(\.keys).joined())
        #expect(harness.app.tour?.step == Self.tourPath[index].step)
        #expect(harness.screen().contains("Opastettu kierros \(index + 1)/"))
        let top = harness.app.top.map { String(describing: type(of: $0)) }
        harness.type("<f12>")
        #expect(harness.app.tour == nil)
        // Leaving changes nothing else: the same screen is open, without the box.
        #expect(harness.app.top.map { String(describing: type(of: $0)) } == top)
        let screen = harness.screen()
        #expect(!screen.contains("Opastettu kierros \(index + 1)/") && !screen.contains("F12 lopettaa"))
        #expect(screen.contains("Kierros lopetettiin. g aloittaa sen alusta"))
    }

    @Test func aStepInTheFormSaysHowToGetBackToTheForm() throws {
        let harness = try AppHarness(demo: true)
        // A reason chosen, then back to Today: the form is kept as a draft.
        harness.type("gn1<esc>")
        #expect(harness.app.tour?.step == .openSegmentation)
        #expect(SegmentationScreenTests.flat(harness.screen()).contains("Avaa ensin yhteydenoton lomake"))
        harness.type("r")
        #expect(!SegmentationScreenTests.flat(harness.screen()).contains("Avaa ensin yhteydenoton lomake"))
    }

    @Test(arguments: sizes)
    func goldenScreensOfTheTour(_ size: Size) throws {
        let harness = try AppHarness(demo: true)
        harness.type("g")
        #expect(Golden.mismatch("Tour_start", size: size, harness.screen(size)) == nil)
        harness.type("n<f3>")
        #expect(Golden.mismatch("Tour_segmentation", size: size, harness.screen(size)) == nil)
    }

    // MARK: - Reset

    @Test func theResetAsksFirstAndThenRebuildsTheDemoData() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-reset-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log: any ContactLog = try SQLiteLog.open(path: directory.appendingPathComponent("demo.sqlite").path, catalog: Fixtures.catalog, kind: .demo)
        let actor = Actor(user: "anna", command: "demo")
        func contact(_ time: String) -> Contact {
            Contact(occurredAt: Fixtures.at("2026-11-23T\(time):00+02:00"), point: Fixtures.catalog.points[0].code, channel: "walk-in",
                    topics: ["housing"], resolved: true)
        }
        try log.resetDemo(with: [contact("09:10")], by: actor)
        var rebuilds = 0
        let harness = try AppHarness(log: log, demo: true) { log in
            rebuilds += 1
            try log.resetDemo(with: [contact("09:20"), contact("09:40")], by: actor)
        }
        #expect(harness.screen().contains("Yhteydenottoja 1"))
        harness.type("R")
        #expect(harness.app.top is ConfirmScreen)
        let question = SegmentationScreenTests.flat(harness.screen())
        #expect(question.contains("Rakennetaanko koko harjoitusaineisto uudelleen?"))
        #expect(question.contains("k = kyllä, rakenna uudelleen · e tai Esc = ei"))
        #expect(Golden.mismatch("ResetQuestion", size: .minimum, harness.screen()) == nil)
        // No, or Esc, or any other key: nothing happens.
        harness.type("xe")
        #expect(harness.app.top is TodayScreen)
        harness.type("R<esc>")
        #expect(harness.app.top is TodayScreen)
        #expect(rebuilds == 0)
        #expect(try harness.contacts().count == 1)
        harness.type("Rk")
        #expect(rebuilds == 1)
        #expect(harness.app.top is TodayScreen)
        #expect(try harness.contacts().count == 2)
        let screen = harness.screen()
        #expect(screen.contains("Harjoitusaineisto rakennettiin uudelleen."))
        #expect(screen.contains("Yhteydenottoja 2"))
    }

    @Test(arguments: [(Language.sv, "j"), (Language.en, "y")])
    func yesIsTheLanguagesOwnInitial(_ language: Language, _ yes: String) throws {
        var asked = 0
        let harness = try AppHarness(language: language, demo: true) { _ in asked += 1 }
        harness.type("R" + yes)
        #expect(asked == 1)
    }
}
