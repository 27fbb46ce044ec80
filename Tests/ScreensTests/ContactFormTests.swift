import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// The advisor's main path: Today → the contact form → saved, through the whole app on a scripted terminal.
struct ContactFormTests {
    /// The README's typical walk-in: reason, topic, resolved, referral — and save (from the unmet needs, where Enter after
    /// the referrals goes).
    static let typicalWalkIn = "n11<enter>11<enter><f2>"

    @Test func theTypicalWalkInTakesAtMostTwelveKeystrokes() throws {
        let keys = Key.sequence(Self.typicalWalkIn)
        #expect(keys.count <= 12)
        let harness = try AppHarness()
        harness.type(Self.typicalWalkIn)
        let saved = try harness.contacts()
        #expect(saved.count == 1)
        let contact = try #require(saved.first)
        #expect(contact.channel == "walk-in")
        #expect(contact.contactBy == "client")
        #expect(contact.reason == "face-to-face")
        #expect(contact.topics == ["benefits"])
        #expect(contact.referrals == ["health-station"])
        #expect(contact.resolved)
        #expect(!contact.identified)
        #expect(contact.ageGroup == "unknown")
        #expect(contact.point == Fixtures.catalog.points[0].code)
        #expect(contact.advisor == "anna")
        #expect(contact.occurredAt == Fixtures.at(AppHarness.now))
        #expect(contact.durationMinutes == 1)
        #expect(contact.serviceArea == "social")
        #expect(harness.screen().contains("Yhteydenotto klo 10.00 tallennettu."))
        #expect(harness.screen().contains("10.00  Käynti"))
        #expect(try harness.log.drafts(by: Actor(user: "anna", command: "test")).isEmpty)
    }

    @Test func aPointWithoutWalkInsPreselectsNoChannel() throws {
        let remote = try #require(Fixtures.catalog.points.firstIndex { !$0.walkIn })
        let harness = try AppHarness(point: remote)
        harness.type("n")
        #expect(harness.screen().contains("▸ Kanava"))
    }

    @Test func savingNamesEachProblemAtItsFieldAndSavesNothing() throws {
        let harness = try AppHarness()
        harness.type("n<f2>")
        let screen = harness.screen()
        #expect(screen.contains("Aiheet         ! valitse vähintään yksi"))
        #expect(screen.contains("Ratkesi        ! valitse kyllä tai ei"))
        #expect(screen.contains("Ei tallennettu: tarkista merkityt kentät (2)."))
        #expect(try harness.contacts().isEmpty)
        // The form goes to the first field with a problem.
        #expect(screen.contains("▸ Aiheet"))
    }

    @Test func typingFiltersAPickerAndEnterChooses() throws {
        let harness = try AppHarness()
        harness.type("n1asu<enter><enter>")
        #expect(harness.screen().contains("Aiheet         Asuminen"))
    }

    @Test func theDurationCanBeTyped() throws {
        let harness = try AppHarness()
        harness.type("n11<enter>1<enter><tab><tab><tab><tab>25<f2>")
        #expect(try harness.contacts().first?.durationMinutes == 25)
    }

    @Test func aValidIdentityCodeBecomesAPseudonymAndAnAgeGroupAndIsNeverStored() throws {
        let harness = try AppHarness()
        let code = "150655" + "-902T"
        harness.type("n11<enter>1<enter><ctrl-t>" + code)
        // Whole and valid: the age group is filled and the form goes back to where Ctrl-T came from.
        #expect(harness.screen().contains("Ikäryhmä       65–74 vuotta"))
        #expect(harness.screen().contains("▸ Palveluaukot"))
        // Not in any draft.
        for draft in try harness.log.drafts(by: Actor(user: "anna", command: "test")) { #expect(!draft.form.contains(code)) }
        harness.type("<f2>")
        let contact = try #require(try harness.contacts().first)
        #expect(contact.clientRef == AppHarness.key.pseudonym(for: try IdentityCode(code)))
        #expect(contact.ageGroup == "65-74")
    }

    @Test func anInvalidIdentityCodeIsNamedAsTypedAndBlocksTheSave() throws {
        let harness = try AppHarness()
        harness.type("n11<enter>1<enter><ctrl-t>150655-902X")
        #expect(harness.screen().contains("tarkistusmerkki ei täsmää"))
        harness.type("<f2>")
        #expect(try harness.contacts().isEmpty)
        #expect(harness.screen().contains("Henkilötunnus  !"))
    }

    @Test func earlierContactsOnTheSameMatterShowAtOnceAndTheEarlierMatterCanBeClosed() throws {
        let harness = try AppHarness()
        let code = try IdentityCode("150655" + "-902T")
        let ref = AppHarness.key.pseudonym(for: code)
        let actor = Actor(user: "test", command: "test")
        let point = Fixtures.catalog.points[0].code
        let earlier = try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T09:00:00+02:00"), point: point, channel: "phone", topics: ["housing"],
                    resolved: false, clientRef: ref), by: actor)
        try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-21T09:00:00+02:00"), point: point, channel: "chat", topics: ["benefits"],
                    resolved: true, clientRef: ref), by: actor)
        harness.type("n1asu<enter><enter>1<enter><ctrl-t>150655-902T")
        let screen = harness.screen()
        #expect(screen.contains("1 aiempi yhteydenotto tästä asiasta:"))
        #expect(screen.contains("  20.11. Puhelin"))
        #expect(screen.contains("F5 sulkee"))
        // Only the contact on a shared topic counts as this matter.
        #expect(!screen.contains("21.11."))
        harness.type("<f5><f2>")
        let followUps = try harness.log.followUps(point: point, since: CivilDate(iso: "2026-11-01")!, by: actor)
        #expect(!followUps.contains { $0.id == earlier })
    }

    @Test func everyChangeIsKeptAsADraftAndTheNextStartOffersItBack() throws {
        let first = try AppHarness()
        first.type("n1asu<enter>")
        let drafts = try first.log.drafts(by: Actor(user: "anna", command: "test"))
        #expect(drafts.count == 1)
        // A new start on the same log: the draft is offered, and Enter goes on with it.
        let second = try AppHarness(log: first.log)
        #expect(second.screen().contains("Tallentamaton yhteydenotto"))
        second.type("<enter>")
        #expect(second.screen().contains("Aiheet         Asuminen"))
        second.type("<enter>11<enter><f2>")
        #expect(try second.contacts().map(\.topics) == [["housing"]])
        #expect(try second.log.drafts(by: Actor(user: "anna", command: "test")).isEmpty)
    }

    @Test func escapeKeepsTheDraftAndTodayOffersToResumeIt() throws {
        let harness = try AppHarness()
        harness.type("n1<esc>")
        #expect(harness.screen().contains("Tallentamaton yhteydenotto (1)"))
        harness.type("r")
        #expect(harness.screen().contains("Miksi tänne    Halusi asioida kasvokkain"))
    }

    @Test func discardNeedsTwoPresses() throws {
        let harness = try AppHarness()
        harness.type("n1<f8>")
        #expect(harness.screen().contains("Paina F8 uudelleen"))
        harness.type("<f8>")
        #expect(try harness.log.drafts(by: Actor(user: "anna", command: "test")).isEmpty)
        #expect(harness.screen().contains("Lomake hylättiin."))
    }

    @Test func aSavedContactOpensForEditingFromToday() throws {
        let harness = try AppHarness()
        harness.type(Self.typicalWalkIn)
        harness.type("<enter>")
        #expect(harness.screen(Size(width: 100, height: 30)).contains("(muokkaus)"))
        // Tab walks every field from the channel: who got in touch, the identity code, why, topics, resolved.
        harness.type("<tab><tab><tab><tab><tab>2<f2>")
        let contacts = try harness.contacts()
        #expect(contacts.count == 1)
        #expect(contacts.first?.resolved == false)
        #expect(harness.screen().contains("jatkotoimi"))
    }

    @Test func helpListsEveryKeyOfTheFormFromItsKeyTable() throws {
        let harness = try AppHarness()
        harness.type("n<f1>")
        let screen = harness.screen(Size(width: 100, height: 50))
        for label in ["Tallenna", "Seuraava kenttä", "Edellinen kenttä", "Segmentointi", "Palveluhakemisto", "Takaisin (luonnos säilyy)", "Ohje"] {
            #expect(screen.contains(label), "help lacks \(label)")
        }
        harness.type("<esc>")
        #expect(harness.screen().contains("▸ Miksi tänne"))
    }

    @Test func belowEightyByTwentyFourTheAppAsksForMoreRoomAndKeepsTheForm() throws {
        let harness = try AppHarness()
        harness.type("n1")
        #expect(harness.app.frame(size: Size(width: 60, height: 20)).text.contains("vähintään 80 × 24 (nyt 60\n× 20)"))
        #expect(harness.screen().contains("Miksi tänne    Halusi asioida kasvokkain"))
    }

    @Test(arguments: [Language.sv, .en])
    func theFormSpeaksTheChosenLanguage(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n")
        let screen = harness.screen()
        #expect(screen.contains(language == .sv ? "Varför hit" : "Why this point"))
        #expect(!screen.contains("Miksi tänne"))
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        let harness = try AppHarness()
        #expect(Golden.mismatch("Today_empty", size: size, harness.screen(size)) == nil)
        harness.type(Self.typicalWalkIn + "n1asu<enter>")
        #expect(Golden.mismatch("ContactForm", size: size, harness.screen(size)) == nil)
        harness.type("<esc>")
        #expect(Golden.mismatch("Today", size: size, harness.screen(size)) == nil)
    }
}

extension ContactFormTests {
    @Test func anOptionalChoiceCanBeTakenBack() throws {
        let harness = try AppHarness()
        harness.type("n1<backtab><bs>")
        #expect(harness.screen().contains("Miksi tänne    –"))
        harness.type("<tab>1<enter>1<enter><f2>")
        #expect(try harness.contacts().first?.reason == nil)
    }
}

extension ContactFormTests {
    /// A crash inside the segmentation loses nothing either: its answers are in the form's draft.
    @Test func anUnfinishedSegmentationIsKeptInTheDraftAndGoesOn() throws {
        let first = try AppHarness()
        first.type("n1<f3>4455")
        let draft = try #require(try first.log.drafts(by: Actor(user: "anna", command: "test")).first)
        #expect(draft.form.contains(#""C4":5"#))
        // The next start: the draft back, the segmentation pending, F3 goes on with it.
        let second = try AppHarness(log: first.log)
        second.type("<enter>")
        #expect(second.screen().contains("Segmentointi kesken – F3 jatkaa"))
        second.type("<f3>")
        let screen = second.screen()
        #expect(screen.contains("4/6 vastattu"))
        #expect(screen.split(separator: "\n").contains { $0.contains("C4  Tuloni riittävät arjen menoihin.") && $0.hasSuffix(" 5") }, "\(screen)")
        // Finished and taken back, nothing is pending any more.
        second.type("1235555<f2>")
        #expect(second.screen().contains("Segmentti:"))
        #expect(!second.screen().contains("Segmentointi kesken"))
    }

    @Test func leavingTheSegmentationLeavesNothingPending() throws {
        let harness = try AppHarness()
        harness.type("n1<f3>44<esc><esc>")
        #expect(harness.screen().contains("▸ Aiheet"))
        #expect(!harness.screen().contains("Segmentointi kesken"))
        for draft in try harness.log.drafts(by: Actor(user: "anna", command: "test")) {
            #expect(!draft.form.contains("pendingSegmentation\":{"))
        }
    }
}

extension ContactFormTests {
    @Test func anOverrideReasonHoldingAnIdentityCodeNeverReachesTheDraft() throws {
        let harness = try AppHarness()
        let code = "150655-" + "902T"
        harness.type("n1<f3>44544533432o4Asiakas " + code)
        for draft in try harness.log.drafts(by: Actor(user: "anna", command: "test")) {
            #expect(!draft.form.contains(code))
            #expect(draft.form.contains(#""C1":4"#))
        }
        #expect(!harness.screen().contains("epäonnistui"))
    }
}

extension ContactFormTests {
    /// PgDn on Today moves by the rows the list has, at 80 × 24 and on a taller terminal.
    @Test(arguments: [(Size.minimum, 17), (Size(width: 120, height: 40), 33)])
    func pageDownOnTodayMovesByTheListsHeight(_ example: (size: Size, rows: Int)) throws {
        let harness = try AppHarness()
        let actor = Actor(user: "test", command: "test")
        for minute in 0..<50 {
            try harness.log.log(Contact(
                occurredAt: Fixtures.at("2026-11-23T08:\(minute < 10 ? "0" : "")\(minute):00+02:00"),
                point: Fixtures.catalog.points[0].code, channel: "phone", topics: ["housing"], resolved: true), by: actor)
        }
        harness.type("n<esc>")  // back on Today: the list reloads
        _ = harness.screen(example.size)
        harness.type("<pgdn>")
        let today = try #require(harness.app.stack.first as? TodayScreen)
        #expect(today.navigator.selected == example.rows)
    }
}
