import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// CONTRACT §7 on the advisor's screens: referral outcomes set in follow-ups and when the client comes back, and
/// unmet needs in the form.
struct EvaluationScreensTests {
    static let actor = Actor(user: "test", command: "test")
    static let point = Fixtures.catalog.points[0].code
    static let identityCode = "150655" + "-902T"
    static let november = (from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!)

    static func report(_ log: any ContactLog) throws -> Report {
        try log.report(from: november.from, to: november.to, point: nil, by: actor)
    }

    // MARK: - Follow-ups

    @Test func anOutcomeSetInFollowUpsIsSavedAtOnceMarkedInTheListAndCountedInTheReport() throws {
        let (harness, older, _) = try FollowUpsScreenTests.harness()
        #expect(try Self.report(harness.log).referralOutcomes == ["pending": 3])
        // The oldest follow-up (16.11.) is selected: its referrals, code order, each with its outcome.
        harness.type("fo")
        var screen = harness.screen()
        #expect(screen.contains("Ohjausten tulokset: 16.11. klo 9.05 · Käynti paikan päällä"), "\(screen)")
        #expect(screen.contains("Aikuissosiaalityö: Odottaa tietoa"), "\(screen)")
        #expect(screen.contains("1 Odottaa tietoa · 2 Palvelu tavoitettu"), "\(screen)")
        // 2: reached, on the first referral.
        harness.type("2")
        screen = harness.screen()
        #expect(screen.contains("Ohjauksen tulos kirjattu: Aikuissosiaalityö – Palvelu tavoitettu"), "\(screen)")
        #expect(screen.contains("Aikuissosiaalityö: Palvelu tavoitettu"), "\(screen)")
        var saved = try #require(try harness.log.contact(id: older, by: Self.actor)).0.contact
        #expect(saved.referralOutcomes == ["adult-social-work": "reached"])
        #expect(try Self.report(harness.log).referralOutcomes == ["pending": 2, "reached": 1])
        // ↓ 3: the second one not reached; then 1 takes the first back to pending.
        harness.type("<down>3<up>1")
        saved = try #require(try harness.log.contact(id: older, by: Self.actor)).0.contact
        #expect(saved.referralOutcomes == ["debt-counselling": "not-reached"])
        let report = try Self.report(harness.log)
        #expect(report.referralOutcomes == ["pending": 2, "not-reached": 1])
        #expect(report.referralReachedRate == Ratio(0, of: 1))
        // Closed, the list marks the referral; the follow-up itself stays open.
        harness.type("<esc>")
        screen = harness.screen(Size(width: 200, height: 40))
        #expect(screen.contains("Talous- ja velkaneuvonta ✗"), "\(screen)")
        #expect(!screen.contains("Ohjausten tulokset:"))
        #expect(try harness.log.contact(id: older, by: Self.actor)?.0.followUp == .open)
        #expect(try harness.log.audit(from: nil, to: nil).contains { $0.details.hasPrefix("referral outcome of contact \(older)") })
    }

    @Test func aFollowUpWithoutReferralsSaysSoAndHelpListsEachOutcomesKey() throws {
        let (harness, _, _) = try FollowUpsScreenTests.harness()
        harness.type("fo<f1>")
        let help = harness.screen(Size(width: 100, height: 40))
        for label in ["Odottaa tietoa", "Palvelu tavoitettu", "Ei tavoitettu", "Asiakas kieltäytyi", "Ei tiedossa", "Sulje tulokset"] {
            #expect(help.contains(label), "help lacks \(label)")
        }
        harness.type("<esc><esc><f1>")
        #expect(harness.screen(Size(width: 100, height: 50)).contains("Ohjausten tulokset"))
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        try log.log(Contact(occurredAt: Fixtures.at("2026-11-20T14:30:00+02:00"), point: Self.point, channel: "phone", topics: ["housing"],
                            resolved: false), by: Self.actor)
        let bare = try AppHarness(log: log)
        bare.type("fo")
        #expect(bare.screen().contains("Tällä yhteydenotolla ei ole ohjauksia."))
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func goldenScreens(_ size: Size) throws {
        let (harness, _, _) = try FollowUpsScreenTests.harness()
        harness.type("fo<down>2")
        #expect(Golden.mismatch("FollowUps_outcomes", size: size, harness.screen(size)) == nil)
    }

    // MARK: - When the client comes back

    /// An earlier contact of the client (20.11.) with a referral to Kela, pending.
    static func returningClient() throws -> (AppHarness, earlier: Int64) {
        let harness = try AppHarness()
        let ref = AppHarness.key.pseudonym(for: try IdentityCode(identityCode))
        let earlier = try harness.log.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T09:00:00+02:00"), point: point, channel: "phone", topics: ["benefits"],
                    resolved: true, referrals: ["kela"], clientRef: ref), by: actor)
        return (harness, earlier)
    }

    @Test func theEarlierContactsReferralsShowWithTheirOutcomesAndF6SetsOneAtOnce() throws {
        let (harness, earlier) = try Self.returningClient()
        harness.type("n1asu<enter><enter>1<enter><ctrl-t>" + Self.identityCode)
        var screen = harness.screen()
        #expect(screen.contains("Aiemmat ohjaukset – F6 kirjaa tuloksen:"), "\(screen)")
        #expect(screen.contains("20.11. Kela: Odottaa tietoa"), "\(screen)")
        #expect(harness.screen(Size(width: 160, height: 40)).contains("F6 Aiempien ohjausten tulokset"))
        harness.type("<f6>")
        screen = harness.screen()
        #expect(screen.contains("1 Odottaa tietoa · 2 Palvelu"), "\(screen)")
        #expect(screen.contains("palaa kenttiin."), "\(screen)")
        harness.type("2")
        screen = harness.screen()
        #expect(screen.contains("Ohjauksen tulos kirjattu: Kela – Palvelu tavoitettu"), "\(screen)")
        #expect(screen.contains("20.11. Kela: Palvelu tavoitettu"), "\(screen)")
        #expect(try harness.log.contact(id: earlier, by: Self.actor)?.0.contact.referralOutcomes == ["kela": "reached"])
        #expect(try Self.report(harness.log).referralOutcomes == ["reached": 1])
        // Back to the fields; the form discarded, the outcome stays: it is a fact learned, not part of this contact.
        harness.type("<esc>")
        #expect(harness.screen().contains("▸ Palveluaukot"))
        harness.type("<f8><f8>")
        #expect(try harness.contacts().count == 1)
        #expect(try harness.log.contact(id: earlier, by: Self.actor)?.0.contact.referralOutcomes == ["kela": "reached"])
    }

    @Test func digitsGoToTheFieldsWhenTheOutcomesAreClosed() throws {
        let (harness, earlier) = try Self.returningClient()
        harness.type("n1asu<enter><enter>1<enter><ctrl-t>" + Self.identityCode + "<tab><tab><tab><tab>")
        #expect(harness.screen().contains("▸ Kesto"))
        harness.type("12<f2>")
        #expect(try harness.contacts().last?.durationMinutes == 12)
        #expect(try harness.log.contact(id: earlier, by: Self.actor)?.0.contact.referralOutcomes == [:])
    }

    // MARK: - Unmet needs

    @Test func theTypicalWalkInIsStillEightKeystrokesAndLeavesTheUnmetNeedsEmpty() throws {
        #expect(Key.sequence(ContactFormTests.typicalWalkIn).count == 8)
        let harness = try AppHarness()
        harness.type("n11<enter>11<enter>")
        #expect(harness.screen().contains("▸ Palveluaukot"))
        harness.type("<f2>")
        let contact = try #require(try harness.contacts().first)
        #expect(contact.unmetNeeds.isEmpty)
        #expect(contact.referrals == ["health-station"])
    }

    @Test func unmetNeedsAreAMultipleChoiceReachedWithEnterSavedAndShownOnEdit() throws {
        let harness = try AppHarness()
        // Not resolved; Enter after the referrals reaches the unmet needs; 1 and 3 choose two; Enter goes on.
        harness.type("n11<enter>2<enter>")
        var screen = harness.screen()
        #expect(screen.contains("▸ Palveluaukot"), "\(screen)")
        #expect(screen.contains("[ ] 8 Muu syy"), "\(screen)")
        harness.type("13<enter>")
        #expect(harness.screen().contains("▸ Tunnistus"))
        harness.type("<f2>")
        let contact = try #require(try harness.contacts().first)
        // The log gives codes back in code order.
        #expect(contact.unmetNeeds == ["cost", "no-service"])
        #expect(try Self.report(harness.log).unmetNeeds == ["no-service": 1, "cost": 1])
        // Editing shows them, and a save keeps them.
        harness.type("<enter>")
        screen = harness.screen(Size(width: 120, height: 40))
        #expect(screen.contains("Palveluaukot   Sopivaa palvelua ei ole, Hinta esteenä"), "\(screen)")
        harness.type("<f2>")
        #expect(try harness.contacts().first?.unmetNeeds == ["cost", "no-service"])
    }

    @Test(arguments: [Language.sv, .en])
    func unmetNeedsSpeakTheChosenLanguage(_ language: Language) throws {
        let harness = try AppHarness(language: language)
        harness.type("n11<enter>1<enter>")
        let screen = harness.screen()
        #expect(screen.contains(language == .sv ? "▸ Tjänsteluckor" : "▸ Unmet needs"), "\(screen)")
        #expect(screen.contains(language == .sv ? "Kostnaden ett hinder" : "Cost a barrier"), "\(screen)")
    }

    @Test func aDraftKeepsTheUnmetNeeds() throws {
        let first = try AppHarness()
        first.type("n1<tab><tab><tab>2<esc>")
        let draft = try #require(try first.log.drafts(by: Actor(user: "anna", command: "test")).first)
        #expect(draft.form.contains(#""unmetNeeds":["waiting-time"]"#), "\(draft.form)")
        let second = try AppHarness(log: first.log)
        second.type("<enter>")
        #expect(second.screen().contains("Palveluaukot   Liian pitkä jonotusaika"), "\(second.screen())")
        second.type("1<enter>1<enter><f2>")
        #expect(try second.contacts().first?.unmetNeeds == ["waiting-time"])
    }

    @Test func editingAContactKeepsWhatBecameOfItsReferrals() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let id = try log.log(
            Contact(occurredAt: Fixtures.at("2026-11-23T09:00:00+02:00"), point: Self.point, channel: "walk-in", topics: ["benefits"],
                    resolved: true, referrals: ["health-station"]), by: Self.actor)
        try log.setReferralOutcome(contactID: id, referral: "health-station", outcome: "declined", clientRef: nil, by: Self.actor)
        let harness = try AppHarness(log: log)
        // Today's list marks it; the edit changes Resolved and keeps the outcome.
        #expect(harness.screen().contains("Terveysasema –"), "\(harness.screen())")
        harness.type("<enter><tab><tab><tab><tab><tab>2<f2>")
        let contact = try #require(try harness.contacts().first)
        #expect(!contact.resolved)
        #expect(contact.referralOutcomes == ["health-station": "declined"])
    }
}

extension EvaluationScreensTests {
    /// On PostgreSQL an advisor sees another point's earlier contact only through the client's pseudonym, and sets its
    /// referral's outcome the same way (`clientRef`): the server allows it for that client's contacts only.
    @Test func onPostgreSQLTheOutcomeOfAnEarlierContactAtAnotherPointIsSetFromTheForm() throws {
        let uri = try Backend.bareDatabase()
        _ = try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog, key: [UInt8](repeating: 7, count: 32))
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        let advisor = "advisor_" + UUID().uuidString.prefix(8).lowercased()
        try PostgresCluster.shared.createLogin(advisor)
        try owner.setRole(of: advisor, to: .advisor, points: [Self.point], by: Self.actor)
        let elsewhere = Fixtures.catalog.points[1].code
        #expect(elsewhere != Self.point)
        let ref = AppHarness.key.pseudonym(for: try IdentityCode(Self.identityCode))
        let earlier = try owner.log(
            Contact(occurredAt: Fixtures.at("2026-11-20T09:00:00+02:00"), point: elsewhere, channel: "phone", topics: ["benefits"],
                    resolved: true, referrals: ["kela"], clientRef: ref), by: Self.actor)
        let harness = try AppHarness(log: try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog))
        harness.type("n1asu<enter><enter>1<enter><ctrl-t>" + Self.identityCode)
        #expect(harness.screen().contains("20.11. Kela: Odottaa tietoa"), "\(harness.screen())")
        harness.type("<f6>5")
        #expect(harness.screen().contains("20.11. Kela: Ei tiedossa"), "\(harness.screen())")
        #expect(try owner.contact(id: earlier, by: Self.actor)?.0.contact.referralOutcomes == ["kela": "unknown"])
        // Without the pseudonym the server refuses another point's contact.
        #expect(throws: (any Error).self) {
            try harness.log.setReferralOutcome(contactID: earlier, referral: "kela", outcome: "reached", clientRef: nil, by: Self.actor)
        }
        #expect(try owner.contact(id: earlier, by: Self.actor)?.0.contact.referralOutcomes == ["kela": "unknown"])
    }
}
