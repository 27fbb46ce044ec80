import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// Issue 24: the three kinds of contact an advisor logs most, each counted key by key (save included) through the whole
/// app, and the form's field order, reasons, segmentation chain, consultation lines and values that never cut without
/// a sign.
struct FormKeyCountTests {
    /// A relative's phone call at the walk-in point about home care: Shift-Tab to the channel, phone, a relative, Enter
    /// past the identity code, "didn't know where else", services for older people, resolved, home care, save.
    static let relativesPhoneCall = "n<backtab>22<enter>18<enter>17<enter><f2>"
    /// An identified client at the walk-in point: Ctrl-T, the code (the form goes back by itself), then the walk-in.
    static let code = "150655" + "-902T"
    static let identifiedClient = "n<ctrl-t>" + code + "11<enter>11<enter><f2>"

    @Test func theTypicalWalkInTakesAtMostEightKeys() throws {
        #expect(Key.sequence(ContactFormTests.typicalWalkIn).count <= 8)
        let harness = try AppHarness()
        harness.type(ContactFormTests.typicalWalkIn)
        let contact = try #require(try harness.contacts().first)
        #expect(contact.channel == "walk-in" && contact.reason == "face-to-face" && contact.topics == ["benefits"])
        #expect(contact.resolved && contact.referrals == ["health-station"] && contact.unmetNeeds.isEmpty)
    }

    @Test func aRelativesPhoneCallAboutHomeCareTakesAtMostTwelveKeys() throws {
        #expect(Key.sequence(Self.relativesPhoneCall).count <= 12)
        let harness = try AppHarness()
        harness.type("n<backtab>")
        #expect(harness.screen().contains("▸ Kanava"), "one Shift-Tab from where the form opens reaches the channel")
        harness.type("22")
        #expect(harness.screen().contains("▸ Henkilötunnus"), "the identity code right after who got in touch")
        harness.type("<enter>")
        // Why this point, for a phone call: no walk-in reasons.
        let screen = harness.screen()
        #expect(screen.contains("▸ Miksi tänne"))
        #expect(!screen.contains("Halusi asioida kasvokkain") && !screen.contains("Tuli tapahtumaan"), "\(screen)")
        #expect(screen.contains("Ei tiennyt, minne muualle"))
        harness.type("18<enter>17<enter><f2>")
        let contact = try #require(try harness.contacts().first)
        #expect(contact.channel == "phone" && contact.contactBy == "relative" && contact.reason == "no-other-known")
        #expect(contact.topics == ["older-people"] && contact.resolved && contact.referrals == ["home-care"])
    }

    @Test func anIdentifiedClientTakesAtMostTwentyKeys() throws {
        #expect(Key.sequence(Self.identifiedClient).count <= 20)
        let harness = try AppHarness()
        harness.type(Self.identifiedClient)
        let contact = try #require(try harness.contacts().first)
        #expect(contact.clientRef == AppHarness.key.pseudonym(for: try IdentityCode(Self.code)))
        #expect(contact.ageGroup == "65-74" && contact.reason == "face-to-face" && contact.referrals == ["health-station"])
    }

    @Test func enterAfterTheReferralsGoesOnToTheUnmetNeeds() throws {
        let harness = try AppHarness()
        harness.type("n11<enter>11<enter>")
        #expect(harness.screen().contains("▸ Palveluaukot"))
        harness.type("2<f2>")
        #expect(try harness.contacts().first?.unmetNeeds == ["waiting-time"])
    }

    @Test func shiftTabWalksTheFieldsInOrderOnceTheChannelHasHadTheFocus() throws {
        let harness = try AppHarness()
        harness.type("n<backtab><tab><tab><tab>")
        #expect(harness.screen().contains("▸ Miksi tänne"))
        harness.type("<backtab>")
        #expect(harness.screen().contains("▸ Henkilötunnus"))
        // Where the form opens, its hint names both ways up.
        let fresh = try AppHarness()
        fresh.type("n")
        #expect(fresh.screen().contains("Shift-Tab") && fresh.screen().contains("Ctrl-T"))
    }

    @Test(arguments: Language.allCases)
    func theReasonsOfferedFitTheChannel(_ language: Language) throws {
        let v = Fixtures.vocabulary
        let harness = try AppHarness(language: language)
        harness.type("n<backtab>2")
        let form = try #require(harness.app.top as? ContactForm)
        let offered = try #require(form.pickers[.reason]).choices.map(\.code)
        #expect(offered == ["no-other-known", "digital-barrier", "referred-here", "other"])
        let screen = harness.screen(Size(width: 120, height: 40))
        #expect(!screen.contains(v.reason.label("face-to-face", in: language)))
        // Back to a walk-in, its reasons are back.
        harness.type("<backtab>1")
        let walkIn = try #require(harness.app.top as? ContactForm)
        #expect(try #require(walkIn.pickers[.reason]).choices.count == v.reason.terms.count)
    }

    @Test func aReasonThatNoLongerFitsIsKeptNotLost() throws {
        let harness = try AppHarness()
        harness.type("n1<backtab><backtab>2")
        let form = try #require(harness.app.top as? ContactForm)
        #expect(form.pickers[.reason]?.chosen == ["face-to-face"])
    }

    // MARK: - Nothing cut without a sign

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func twoReferralsSayHowManyAndShowWhole(_ size: Size) throws {
        let harness = try AppHarness()
        harness.type("n11<enter>1123")
        let screen = harness.screen(size)
        let row = try #require(screen.split(separator: "\n").first { $0.contains("Ohjaukset") })
        if size == .minimum {
            #expect(row.contains("Terveysasema, … +2") || row.contains("Terveysasema, Aikuissosiaalityö, … +1"), "\(row)")
        }
        #expect(screen.contains("Valittu: Terveysasema,") && screen.contains("Aikuissosiaalityö") && screen.contains("asiakasohjaus"), "\(screen)")
        // The list longer than the screen says how many more there are.
        if size == .minimum { #expect(screen.contains("↓ ") && screen.contains(" lisää"), "\(screen)") }
    }

    @Test(arguments: Language.allCases)
    func theUnmetNeedsHelpIsWholeAtEightyByTwentyFour(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n11<enter>11<enter>")
        let help = Fixtures.catalog.strings.inLanguage(language)(.hintUnmetNeeds)
        let screen = harness.screen()
        for line in TextWidth.wrapped(help, to: 80 - 44 - 2) {
            #expect(screen.contains(line), "\(line) in \(screen)")
        }
    }

    @Test func theSegmentLineWrapsRatherThanCut() throws {
        let harness = try AppHarness()
        harness.type("n1<f3>44544533432<f2>")
        let screen = harness.screen()
        #expect(screen.contains("Segmentti: Yhteistyöasiakas"), "\(screen)")
        #expect(screen.contains("tarve 50,0)"), "\(screen)")
    }

    // MARK: - Segmentation

    @Test func theChainIsTakenFromTheTopicsAndCanStillBeChanged() throws {
        let harness = try AppHarness()
        harness.type("n1miel<enter><f3>")
        let screen = try #require(harness.app.top as? SegmentationScreen)
        #expect(screen.chain == "mental-health-substance")
        let wide = harness.screen(Size(width: 120, height: 40))
        #expect(wide.contains("Mielenterveys ja päihteet (aiheista; c vaihtaa)"), "\(wide)")
        harness.type("c")
        let changed = try #require(harness.app.top as? SegmentationScreen)
        #expect(changed.chain == nil)
        #expect(!harness.screen(Size(width: 120, height: 40)).contains("(aiheista"))
    }

    @Test(arguments: Language.allCases)
    func theScaleShowsBeforeTheFirstAnswerAndTheStatementsAreWhole(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n1<f3>")
        let instrument = Fixtures.catalog.instrument
        for size in [Size.minimum, Size(width: 120, height: 40)] {
            let screen = harness.screen(size)
            for answer in instrument.client.items[0].scale.answers {
                #expect(screen.contains(answer[language]), "the scale before the first answer at \(size): \(screen)")
            }
            for item in instrument.client.items {
                #expect(screen.contains(item.text[language]), "\(item.id) whole at \(size): \(screen)")
            }
        }
    }

    // MARK: - Consultation

    @Test func housingAndMentalHealthPutTheMentalHealthLineBeforeTheFamilies() throws {
        let context = AppHarness.context()
        let screen = ConsultationScreen(topics: ["housing", "mental-health"], ageGroup: nil, segment: nil, current: nil, context)
        #expect(screen.lines.first?.code == "mental-health-substance-expert")
        #expect(screen.lines.firstIndex { $0.code == "mental-health-substance-expert" }! < screen.lines.firstIndex { $0.code == "families-expert" }!)
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func howToReachALineIsNeverCut(_ size: Size) throws {
        let harness = try AppHarness()
        harness.type(ConsultationScreensTests.olderClient + "<f7>")
        let lines = try ConsultationScreensTests.lines(harness)
        let screen = harness.screen(size)
        let first = try #require(lines.lines.first)
        for row in TextWidth.wrapped(first.howToReach[.fi], to: size.width - 8) {
            #expect(screen.contains(row), "\(row): \(screen)")
        }
    }

    // MARK: - Drafts on PostgreSQL

    /// The server refuses a draft whose text has an identity code's shape anywhere; the save's token, which every draft
    /// carries, never has one (a hex UUID did about one time in eight, and the draft was refused).
    @Test func theSaveTokenNeverLooksLikeAnIdentityCode() throws {
        let shape = try Regex("[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]")
        var seen = Set<String>()
        for _ in 0..<20_000 {
            let token = ContactForm.newSaveToken()
            #expect(token.uppercased().firstMatch(of: shape) == nil, "\(token)")
            seen.insert(token)
        }
        #expect(seen.count == 20_000)
        let uuids = (0..<20_000).filter { _ in UUID().uuidString.firstMatch(of: shape) != nil }.count
        #expect(uuids > 0, "the shape the server refuses does occur in plain UUIDs")
    }

    // MARK: - Golden screens

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        let phone = try AppHarness()
        phone.type("n<backtab>22<enter>")
        #expect(Golden.mismatch("ContactForm_phone", size: size, phone.screen(size)) == nil)
        let referrals = try AppHarness()
        referrals.type("n11<enter>1123")
        #expect(Golden.mismatch("ContactForm_referrals", size: size, referrals.screen(size)) == nil)
        let segmentation = try AppHarness()
        segmentation.type("n1miel<enter><f3>")
        #expect(Golden.mismatch("Segmentation_first", size: size, segmentation.screen(size)) == nil)
        let consultation = try AppHarness()
        consultation.type("n1asu<enter>miel<enter><f7>")
        #expect(Golden.mismatch("Consultation", size: size, consultation.screen(size)) == nil)
    }
}
