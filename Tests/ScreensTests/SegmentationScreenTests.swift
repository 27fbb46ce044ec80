import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The segmentation screen on its own (keys in, body and effects out) and through the whole app from the form.
struct SegmentationScreenTests {
    /// The screen driven directly, with the effects of every key kept.
    struct Driven {
        var screen: SegmentationScreen
        let context: AppContext
        var effects: [Effect] = []

        init(_ language: Language = .fi, assessment: Assessment? = nil, chain: String? = nil) {
            context = AppHarness.context(language: language)
            screen = SegmentationScreen(assessment: assessment, chain: chain, context)
        }

        mutating func type(_ script: String) {
            for key in Key.sequence(script) { effects += screen.handle(key, context) }
        }

        /// The body as the app lays it out: the rows between the header and the status line.
        func body(_ size: Size = .minimum) -> String {
            var canvas = Canvas(size: size)
            screen.render(into: &canvas, area: Area(x: 0, y: 1, width: size.width, height: size.height - 3), context)
            return canvas.text
        }

        /// The line of the body that holds `text`.
        func line(containing text: String, _ size: Size = .minimum) -> String? {
            body(size).split(separator: "\n").map(String.init).first { $0.contains(text) }
        }

        /// Whether the screen is still open: it has not asked to be closed.
        var isOpen: Bool {
            !effects.contains { if case .pop = $0 { true } else { false } }
        }

        /// Closed with nothing for the form.
        var cancelled: Bool {
            effects.contains { if case .pop(nil) = $0 { true } else { false } }
        }

        /// What the screen handed the form when it closed.
        var segmented: (assessment: Assessment?, chain: String?)? {
            for case .pop(.segmented(let assessment, let chain)?) in effects { return (assessment, chain) }
            return nil
        }

        /// The body's columns `from..<from + width`, its words run together: wrapped text reads as one line.
        func flat(_ size: Size = .minimum, from: Int = 0, width: Int? = nil) -> String {
            let lines = body(size).split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(line.dropFirst(from).prefix(width ?? size.width))
            }
            return SegmentationScreenTests.flat(lines.joined(separator: " "))
        }

        var statuses: [String] {
            effects.compactMap { if case .status(let text, _) = $0 { text } else { nil } }
        }
    }

    static let allHigh = "555555" + "55555"

    /// `text` with every run of spaces and line breaks as one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: - Answers and scores

    @Test func answeringUpdatesEachScoreAsItGoes() {
        var d = Driven()
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("0/6 vastattu · vähintään 4 tarvitaan") == true)
        d.type("4")
        // At 80 columns the answer is its number, so that the statement read aloud is whole; wider, its words too.
        #expect(d.line(containing: "C1 ")?.hasSuffix(" 4") == true)
        #expect(d.line(containing: "C1 ", Size(width: 120, height: 40))?.hasSuffix("4 Jokseenkin samaa mieltä") == true)
        #expect(d.screen.item == 1)
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("1/6 vastattu · vähintään 4 tarvitaan") == true)
        d.type("444")
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("4/6 vastattu · 75,0 korkea") == true)
        d.type("1")
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("5/6 vastattu · 60,0 korkea") == true)
        // ↑ back to C5; 0 clears it, Space too.
        d.type("<up>0")
        #expect(d.line(containing: "C5 ")?.hasSuffix("–") == true)
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("4/6 vastattu · 75,0 korkea") == true)
        d.type("<up> ")
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("3/6 vastattu · vähintään 4 tarvitaan") == true)
        // The professional's axis is scored on its own while the client's is still open.
        d.type("<tab><tab><tab><tab>2222")
        #expect(d.screen.item == 10)
        #expect(d.line(containing: "Ammattilaisen näkemys")?.hasSuffix("4/5 vastattu · 25,0 matala") == true)
        // Nothing but the progress told to the form below (for its draft).
        #expect(d.effects.allSatisfy { if case .deliverBelow(.segmentationInProgress) = $0 { true } else { false } })
    }

    @Test func exactlyTheThresholdIsHigh() throws {
        var d = Driven()
        d.type("3332")
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("43,8 matala") == true)
        d.type("<up><up><up><up>3333<down><down>3333<f2>")
        #expect(d.line(containing: "Asiakkaan näkemys")?.hasSuffix("4/6 vastattu · 50,0 korkea") == true)
        #expect(d.line(containing: "Ammattilaisen näkemys")?.hasSuffix("4/5 vastattu · 50,0 korkea") == true)
        let assessment = try #require(d.segmented?.assessment)
        #expect(assessment.clientScore.tenths == 500 && assessment.clientScore.isHigh)
        #expect(assessment.needScore.tenths == 500 && assessment.needScore.isHigh)
        #expect(assessment.segment == .collaboration)
    }

    @Test func tooFewAnswersNameTheItemsLeft() {
        var d = Driven()
        d.type("44")
        // At 120 × 40 the grid's place, below the segment on the left, tells why there is none.
        let left = d.flat(Size(width: 120, height: 40), width: 57)
        #expect(left.contains("Segmenttiä ei voi vielä laskea: Asiakkaan näkemys: arjessa pärjääminen: vastattu 2/6, vähintään 4 tarvitaan – vastaamatta C3, C4, C5, C6 Ammattilaisen näkemys: palvelutarpeen vaativuus: vastattu 0/5, vähintään 4 tarvitaan – vastaamatta P1, P2, P3, P4, P5"))
        #expect(d.body().contains("ei vielä laskettu"))
        // At 80 × 24 the pane beside the segment does.
        #expect(d.flat(from: 25).contains("vastaamatta C3, C4, C5, C6"))
        // Done is refused, naming them, and the cursor goes to the first.
        d.type("<down><down><f2>")
        #expect(d.isOpen)
        #expect(d.statuses == ["Ei otettu käyttöön: liian vähän vastauksia – vastaamatta C3, C4, C5, C6, P1, P2, P3, P4, P5. F8 tyhjentää kaikki."])
        #expect(d.screen.item == 2)
    }

    @Test(arguments: [
        ("555555" + "11111", Segment.selfCare, "Omatoimiasiakas"),
        ("111111" + "11111", .community, "Yhteisöasiakas"),
        ("555555" + "55555", .collaboration, "Yhteistyöasiakas"),
        ("111111" + "55555", .network, "Verkostoasiakas"),
    ])
    func eachSegmentIsReached(answers: String, segment: Segment, label: String) throws {
        var d = Driven()
        d.type(answers)
        let lines = d.body().split(separator: "\n").map(String.init)
        // The segment under its heading, and the grid marks the client's place.
        let heading = try #require(lines.firstIndex { $0.hasPrefix("  Segmentti") })
        #expect(lines[heading + 1].hasPrefix("  " + label))
        #expect(lines.contains { $0.contains(String(SegmentGrid.marker)) })
        d.type("<f2>")
        let assessment = try #require(d.segmented?.assessment)
        #expect(assessment.segment == segment)
        #expect(assessment.computedSegment == segment)
        #expect(assessment.override == nil)
        #expect(assessment.answers.values.count == 11)
    }

    @Test func theMarkerSitsInTheSegmentsCell() {
        var d = Driven()
        d.type("555555" + "11111")
        let lines = d.body().split(separator: "\n").map(String.init)
        let marked = lines.first { $0.contains(String(SegmentGrid.marker)) } ?? ""
        let markerColumn = TextWidth.of(marked[..<marked.firstIndex(of: SegmentGrid.marker)!])
        let selfCare = lines.first { $0.contains("│ Omatoimiasiakas") } ?? ""
        let cellStart = TextWidth.of(selfCare[..<selfCare.range(of: "│ Omatoimiasiakas")!.lowerBound])
        #expect(markerColumn > cellStart)
        #expect(lines.firstIndex(of: marked)! > lines.firstIndex(of: selfCare)!)
    }

    // MARK: - Override

    @Test func anOverrideNeedsAReasonAndKeepsTheComputedSegment() throws {
        var d = Driven()
        d.type("o")
        #expect(d.screen.focus == .items)
        #expect(d.statuses == ["Segmenttiä voi muuttaa vasta, kun se on laskettu: vastaa ensin kumpaankin osaan."])
        d.effects = []
        d.type("555555" + "11111" + "o")
        #expect(d.screen.focus == .overrideSegment)
        #expect(d.body().contains("Muuta segmenttiä – laskettu: Omatoimiasiakas"))
        d.type("4")
        #expect(d.screen.focus == .overrideReason)
        #expect(d.flat(width: 25).contains("Segmentin muuttaminen vaatii perustelun."))
        // Done without a reason is refused.
        d.type("<f2>")
        #expect(d.isOpen)
        #expect(d.statuses == ["Ei otettu käyttöön: segmentin muutos tarvitsee kelvollisen perustelun."])
        // An identity code in the reason is refused at the field.
        d.type("Asiakas 150655-" + "902T<enter>")
        #expect(d.screen.focus == .overrideReason)
        #expect(d.body().contains("Perustelussa on henkilötunnus, eikä sitä tallenneta."))
        // Letters that are keys elsewhere are text here.
        d.type("<ctrl-u>Asunto uhattuna, velkoja<enter>")
        #expect(d.screen.focus == .items)
        #expect(d.screen.reason.text == "Asunto uhattuna, velkoja")
        #expect(d.flat(width: 25).hasSuffix("Segmentti Verkostoasiakas muutettu, laskettu: Omatoimiasiakas Perustelu: Asunto uhat… Palveluketju ei valittu (c valitsee)"))
        #expect(d.body(Size(width: 120, height: 40)).contains("Perustelu: Asunto uhattuna, velkoja"))
        d.type("<f2>")
        let assessment = try #require(d.segmented?.assessment)
        #expect(assessment.segment == .network)
        #expect(assessment.computedSegment == .selfCare)
        #expect(assessment.override == (try Override(segment: .network, reason: "Asunto uhattuna, velkoja")))
    }

    @Test func choosingTheComputedSegmentOrF8RemovesTheOverride() throws {
        var d = Driven()
        d.type(Self.allHigh + "o4")
        #expect(d.screen.overrideSegment == .network)
        d.type("<tab>3")
        #expect(d.screen.overrideSegment == nil)
        #expect(d.screen.focus == .items)
        #expect(d.statuses.last == "Muutos poistettu: käytössä on laskettu segmentti.")
        d.type("o1syy<enter>")
        #expect(d.screen.overrideSegment == .selfCare)
        d.type("o<f8>")
        #expect(d.screen.overrideSegment == nil && d.screen.reason.text.isEmpty)
        d.type("<f2>")
        #expect(d.segmented?.assessment?.override == nil)
    }

    // MARK: - Chain, service menu and done

    @Test func theChainCyclesAndTheMenuListsItsServices() throws {
        var d = Driven()
        d.type("555555" + "11111")
        #expect(d.body().contains("ei valittu (c valitsee)"))
        let chains = d.context.vocabulary.serviceChain.codes
        for code in chains {
            d.type("c")
            #expect(d.screen.chain == code)
        }
        d.type("c")
        #expect(d.screen.chain == nil)
        d.type("cc")
        let body = d.body()
        #expect(body.contains("Palveluvalikko – Työikäiset, Omatoimiasiakas:"))
        for service in Fixtures.catalog.serviceMenu.services(chain: "working-age", segment: .selfCare).prefix(4) {
            #expect(body.contains("• " + service.name[.fi]))
        }
        // v switches the small screen's pane back to the grid; a large one shows both with descriptions.
        d.type("v")
        #expect(!d.body().contains("Palveluvalikko"))
        #expect(d.body().contains("│ Omatoimiasiakas"))
        let large = d.body(Size(width: 120, height: 40))
        #expect(large.contains("Palveluvalikko – Työikäiset, Omatoimiasiakas:"))
        #expect(large.contains("│ Omatoimiasiakas"))
        let first = try #require(Fixtures.catalog.serviceMenu.services(chain: "working-age", segment: .selfCare).first)
        #expect(large.contains(TextWidth.wrapped(first.description[.fi], to: 40)[0].split(separator: " ").prefix(3).joined(separator: " ")))
        d.type("<f2>")
        #expect(d.segmented?.chain == "working-age")
    }

    @Test func clearingEverythingHandsBackNoAssessment() {
        var d = Driven()
        d.type("4<f8>")
        #expect(d.screen.answers.isEmpty)
        #expect(d.statuses == ["Kaikki vastaukset tyhjennetty."])
        d.type("<f2>")
        let segmented = d.segmented
        #expect(segmented != nil)
        #expect(segmented?.assessment == nil)
    }

    @Test func escWithoutChangesReturnsNothingAndAsksOnceAfterChanges() {
        var d = Driven()
        d.type("<esc>")
        #expect(d.cancelled)

        var changed = Driven()
        changed.type("4<esc>")
        #expect(changed.isOpen)
        #expect(changed.statuses == ["Hylätäänkö muutokset? Paina Esc uudelleen; F2 ottaa segmentoinnin käyttöön."])
        changed.type("<esc>")
        #expect(changed.cancelled)
    }

    @Test func aSavedAssessmentOpensAsItWas() throws {
        let instrument = Fixtures.instrument
        var saved = try instrument.assess(Answers(["C1": 5, "C2": 5, "C3": 4, "C4": 4, "C5": 5, "C6": 5, "P1": 2, "P2": 1, "P3": 1, "P4": 2]))
        saved.override = try Override(segment: .community, reason: "Yksinäisyys")
        var d = Driven(assessment: saved, chain: "older-people")
        let body = d.body()
        #expect(body.contains("4/5 vastattu · 12,5 matala"))
        #expect(body.contains("Yhteisöasiakas"))
        #expect(body.contains("Perustelu: Yksinäisyys"))
        #expect(body.contains("Ikäihmiset"))
        // The cursor waits at the first unanswered item.
        #expect(d.screen.item == 10)
        d.type("<f2>")
        #expect(d.segmented?.assessment == saved)
        #expect(d.segmented?.chain == "older-people")
        var untouched = Driven(assessment: saved, chain: "older-people")
        untouched.type("<esc>")
        #expect(untouched.cancelled)
    }

    // MARK: - Through the app

    @Test func theFormKeepsWhatTheScreenHandsBack() throws {
        let harness = try AppHarness()
        harness.type("n<f3>")
        #expect(harness.app.top is SegmentationScreen)
        #expect(harness.screen().contains("│ Segmentointi"))
        harness.type("555555" + "11111" + "cc<f2>")
        let form = try #require(harness.app.top as? ContactForm)
        #expect(form.assessment?.segment == .selfCare)
        #expect(form.chain == "working-age")
        #expect(harness.screen().contains("Omatoimiasiakas"))
        // Opened again, it shows what the form keeps; Esc leaves it as it was.
        harness.type("<f3>")
        #expect(harness.screen().contains("6/6 vastattu · 100,0 korkea"))
        harness.type("<esc>")
        #expect((harness.app.top as? ContactForm)?.assessment?.segment == .selfCare)
        // The contact is saved with its segment.
        harness.type("11<enter>11<enter><f2>")
        #expect(try harness.contacts().first?.segment == .selfCare)
    }

    @Test func escThroughTheAppLeavesTheFormUnsegmented() throws {
        let harness = try AppHarness()
        harness.type("n<f3>4<esc>")
        #expect(harness.screen().contains("Hylätäänkö muutokset?"))
        harness.type("<esc>")
        let form = try #require(harness.app.top as? ContactForm)
        #expect(form.assessment == nil && form.chain == nil)
    }

    @Test func helpListsTheKeysAndTheGuide() throws {
        let harness = try AppHarness()
        harness.type("n<f3><f1>")
        let help = Self.flat(harness.screen(Size(width: 120, height: 40)))
        #expect(help.contains("Ohje: Segmentointi"))
        #expect(help.contains("1–5"))
        #expect(help.contains("Vastaa 1–5 ja siirry seuraavaan kohtaan"))
        #expect(help.contains("asiakas vähintään 4/6, ammattilainen 4/5"))
        #expect(help.contains("50,0 pistettä tai enemmän on korkea"))
    }

    @Test func theFooterShowsTheMainKeys() throws {
        for (language, footer) in [
            (Language.fi, "F2 Käytä segmentointia  c Palveluketju  o Muuta segmenttiä  Esc Peru  F1 Ohje"),
            (.sv, "F2 Använd segmenteringen  c Servicekedja  o Ändra segment  Esc Avbryt  F1 Hjälp"),
            (.en, "F2 Use the segmentation  c Service chain  o Change segment  Esc Cancel  F1 Help"),
        ] {
            let harness = try AppHarness(language: language)
            harness.type("n<f3>")
            #expect(harness.screen().split(separator: "\n").last.map(String.init) == " " + footer)
        }
    }

    @Test func englishAndSwedish() throws {
        let english = try AppHarness(language: .en)
        english.type("n<f3>555555")
        let en = english.screen()
        #expect(en.contains("Client's view: everyday coping"))
        #expect(en.contains("6/6 answered · 100.0 high"))
        #expect(english.screen(Size(width: 120, height: 40)).contains("5 Strongly agree"))
        #expect(en.contains("The segment cannot be computed yet:"))
        english.type("11111")
        #expect(english.screen().contains("Self-care client"))

        let swedish = try AppHarness(language: .sv)
        swedish.type("n<f3>555555" + "55555")
        let sv = swedish.screen()
        #expect(sv.contains("Klientens syn: hur vardagen fungerar"))
        #expect(sv.contains("6/6 besvarade · 100,0 hög"))
        #expect(swedish.screen(Size(width: 120, height: 40)).contains("5 Helt av samma åsikt"))
        #expect(sv.contains("Samarbetsklient"))
        swedish.type("o")
        #expect(swedish.screen().contains("Ändra segmentet – beräknat: Samarbetsklient"))
    }

    // MARK: - Golden screens

    /// A client who copes well with a complex need, the working-age chain chosen, the grid in view.
    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func golden(size: Size) throws {
        let harness = try AppHarness()
        harness.type("n<f3>" + "445435" + "34432" + "ccv<up><up>")
        let screen = harness.screen(size)
        #expect(Golden.mismatch("Segmentation", size: size, screen) == nil, "\(Golden.mismatch("Segmentation", size: size, screen) ?? "")")
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenOverride(size: Size) throws {
        let harness = try AppHarness()
        harness.type("n<f3>" + "445435" + "34432" + "o2")
        let screen = harness.screen(size)
        #expect(Golden.mismatch("Segmentation_override", size: size, screen) == nil, "\(Golden.mismatch("Segmentation_override", size: size, screen) ?? "")")
    }
}
