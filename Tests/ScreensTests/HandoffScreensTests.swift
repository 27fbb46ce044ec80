import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// The warm handoff's screens (CONTRACT §9): the form sends one with the client's consent, the receiving service's
/// queue takes, tries and closes it, and the advisor's follow-ups show what became of it.
struct HandoffScreensTests {
    static let service = "health-station"
    static let name = "Testi Asiakas"
    static let phone = "040 123 4567"
    /// The README's typical walk-in up to its save: reason, topic, resolved, referral to the health station.
    static let contact = "n11<enter>11<enter>"
    /// The handoff beyond the contact: F9, consent, name, phone, language fi, no time, urgent, no note — and save.
    static let handoff = "<f9>k\(name)<enter>\(phone)<enter>1<enter>2<enter><f2>"

    static let pia = Actor(user: "pia", command: "test")
    /// The advisor whose drafts the harness keeps.
    static let anna = Actor(user: "anna", command: "test")

    static func store(_ harness: AppHarness) throws -> any HandoffStore {
        try #require(harness.log as? any HandoffStore)
    }

    static func request(urgency: HandoffUrgency = .normal, service: String = service, name: String = name) -> HandoffRequest {
        HandoffRequest(
            point: Fixtures.catalog.points[0].code, service: service, consent: true, urgency: urgency,
            details: HandoffDetails(name: name, phone: phone, language: .fi, when: "aamupäivällä", note: "Asuntoasia"))
    }

    // MARK: - The form

    @Test(arguments: Backend.allCases)
    func aHandoffTakesAtMostFifteenKeysBeyondTheContactNameAndNumberTypedAndIsSentWithTheSave(_ backend: Backend) throws {
        let keys = Key.sequence(Self.handoff)
        let beyond = keys.count - Self.name.count - Self.phone.count
        #expect(beyond == 9)
        #expect(beyond <= 15)
        let harness = try AppHarness(log: try backend.emptyLog())
        harness.type(Self.contact + Self.handoff)
        let contacts = try harness.contacts()
        #expect(contacts.count == 1)
        #expect(harness.screen().contains("yhteydenottopyyntö lähetetty palveluun"))
        let sent = try Self.store(harness).handoffs(open: true, details: true, by: Self.pia)
        #expect(sent.count == 1)
        let handoff = try #require(sent.first)
        #expect(handoff.record.service == Self.service)
        #expect(handoff.record.urgency == .urgent)
        #expect(handoff.details == HandoffDetails(name: Self.name, phone: Self.phone, language: .fi))
        #expect(handoff.contactID != nil)
        // On PostgreSQL the server names the login it authenticated, not what the client says.
        #expect(handoff.sentBy == (backend == .sqlite ? "anna" : "neuvo_owner"))
        #expect(try harness.log.drafts(by: Self.anna).isEmpty)
    }

    @Test func withoutTheClientsYesNothingIsSentAndTheReferralStaysOrdinary() throws {
        let harness = try AppHarness()
        harness.type(Self.contact + "<f9>")
        #expect(harness.screen().contains("Suostuuko asiakas"))
        harness.type("e")
        #expect(harness.screen().contains("Ei suostumusta"))
        harness.type("<f2>")
        #expect(try harness.contacts().first?.referrals == [Self.service])
        #expect(try Self.store(harness).handoffs(open: false, details: false, by: Self.pia).isEmpty)
    }

    @Test func withSeveralReceivingServicesTheArrowsChooseWhereItGoes() throws {
        let harness = try AppHarness()
        // Two referrals, both to receiving services: the health station and adult social work.
        harness.type("n11<enter>112<enter><f9>")
        #expect(harness.screen().contains("Terveysasema soittaa"))
        harness.type("<right>")
        #expect(!harness.screen().contains("Terveysasema soittaa"))
        harness.type("k\(Self.name)<enter>\(Self.phone)<f2>")
        let sent = try Self.store(harness).handoffs(open: true, details: false, by: Self.pia)
        #expect(sent.map(\.record.service) == [HandoffRequest.services(Fixtures.vocabulary)[1]])
    }

    @Test func aContactWithoutAReceivingServiceHasNoHandoffToStart() throws {
        let harness = try AppHarness()
        harness.type("n11<enter><f9>")
        #expect(harness.screen().contains("Valitse ensin ohjaus vastaanottavaan palveluun"))
        #expect(!harness.screen().contains("Suostuuko"))
    }

    @Test func badInputIsSaidAtTheFieldAndNothingIsSent() throws {
        let harness = try AppHarness()
        let code = "150655" + "-902T"
        harness.type(Self.contact + "<f9>k" + code)
        #expect(harness.screen().contains("kentässä name on henkilötunnus"), "said as typed, naming the field")
        harness.type("<enter>")
        #expect(harness.screen().contains("▸ Nimi"), "Enter does not leave a field with a problem")
        let drafts = try harness.log.drafts(by: Self.anna)
        #expect(!drafts.isEmpty)
        for draft in drafts { #expect(!draft.form.contains(code), "a draft never keeps an identity code") }
        for _ in code { harness.type("<bs>") }
        harness.type(Self.name + "<enter>12345<enter>")
        #expect(harness.screen().contains("puhelinnumero (phone)"))
        #expect(harness.screen().contains("▸ Puhelin"))
        harness.type("<f2>")
        #expect(try harness.contacts().isEmpty, "a bad handoff keeps the whole form")
        #expect(harness.screen().contains("Tarkista yhteydenottopyyntö"))
        #expect(try Self.store(harness).handoffs(open: false, details: false, by: Self.pia).isEmpty)
        for _ in 0..<5 { harness.type("<bs>") }
        harness.type(Self.phone + "<f2>")
        #expect(try harness.contacts().count == 1)
        #expect(try Self.store(harness).handoffs(open: true, details: false, by: Self.pia).count == 1)
    }

    @Test func aDraftKeepsTheUnsentHandoff() throws {
        let harness = try AppHarness()
        harness.type(Self.contact + "<f9>k\(Self.name)<enter>\(Self.phone)<esc>")
        #expect(harness.screen().contains("lähtee palveluun"))
        harness.type("<esc>")
        let draft = try #require(try harness.log.drafts(by: Self.anna).first)
        #expect(draft.form.contains(Self.name))
        let form = try #require(ContactForm(draft: draft, harness.context))
        #expect(form.handoff?.consent == true)
        #expect(form.handoff?.details.phone == Self.phone)
        #expect(try Self.store(harness).handoffs(open: false, details: false, by: Self.pia).isEmpty, "a draft sends nothing")
    }

    @Test func aSaveTheDatabaseCannotTakeYetKeepsTheHandoffAndSendsItOnce() throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(.sqlite)
        let harness = try AppHarness(log: mine)
        let endImport = try SharedDatabaseTests.importHoldingTheLock(others)
        harness.type(Self.contact + Self.handoff)
        #expect(harness.app.pendingSaves.count == 1)
        #expect(harness.app.pendingSaves.first?.handoff?.details.name == Self.name, "the whole form, handoff included, is kept")
        endImport()
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.app.pendingSaves.isEmpty)
        #expect(try Self.store(harness).handoffs(open: true, details: false, by: Self.pia).count == 1, "sent once")
    }

    // MARK: - The queue

    @Test func theQueueShowsUrgentFirstThenOldestAndMovesAHandoffInAFewKeys() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let normal = try log.sendHandoff(Self.request(name: "Eka Tavallinen"), fromContact: nil, by: Self.pia)
        let urgent = try log.sendHandoff(Self.request(urgency: .urgent, name: "Toka Kiireellinen"), fromContact: nil, by: Self.pia)
        let harness = try AppHarness(log: log, first: QueueScreen(services: [Self.service]))
        let screen = harness.screen()
        #expect(screen.contains("Yhteydenottopyynnöt"))
        let lines = screen.split(separator: "\n")
        let urgentRow = try #require(lines.firstIndex { $0.contains("kiireellinen") })
        let normalRow = try #require(lines.firstIndex { $0.contains("tavallinen") })
        #expect(urgentRow < normalRow, "urgent first")
        #expect(!screen.contains("Kiireellinen,") && !screen.contains("Toka"), "no details in the list")
        // Open the urgent one: its details, and an audit row naming the login and the handoff.
        harness.type("<enter>")
        #expect(harness.screen().contains("Toka Kiireellinen"))
        #expect(harness.screen().contains(Self.phone))
        let audit = try log.audit(from: nil, to: nil)
        #expect(audit.contains { $0.user == "anna" && $0.details.hasPrefix("handoff \(urgent) opened") && $0.command == "screen queue" })
        harness.type("o")
        #expect(try log.openHandoff(id: urgent, by: Self.pia).state == .taken)
        harness.type("e")
        harness.type("v")
        #expect(harness.screen().contains("Yritykset:"))
        harness.type("s1")
        let closed = try log.openHandoff(id: urgent, by: Self.pia)
        #expect(closed.record.result == .reached)
        #expect(closed.tries.map(\.reached) == [false, true])
        #expect(closed.takenBy == "anna")
        #expect(harness.screen().contains("suljettu"))
        // The other: taken, then returned with a reason, checked at the field.
        harness.type("<enter>op")
        harness.type("150655-902T")
        #expect(harness.screen().contains("henkilötunnus"))
        for _ in 0..<11 { harness.type("<bs>") }
        harness.type("Kuuluu aikuissosiaalityöhön<enter>")
        let returned = try log.openHandoff(id: normal, by: Self.pia)
        #expect(returned.record.result == .returned)
        #expect(returned.returnReason == "Kuuluu aikuissosiaalityöhön")
        #expect(harness.screen().contains("Ei avoimia yhteydenottopyyntöjä"))
    }

    @Test(arguments: Backend.allCases)
    func aNewHandoffShowsInTheQueueWithoutAKey(_ backend: Backend) throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(backend)
        let harness = try AppHarness(log: mine, first: QueueScreen(services: [Self.service]))
        #expect(harness.screen().contains("Ei avoimia"))
        let store = try #require(others as? any HandoffStore)
        _ = try store.sendHandoff(Self.request(urgency: .urgent), fromContact: nil, by: Self.pia)
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.screen().contains("kiireellinen"))
        #expect(!harness.screen().contains("Ei avoimia"))
    }

    @Test func theQueuesHelpComesFromItsKeyMap() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        _ = try log.sendHandoff(Self.request(), fromContact: nil, by: Self.pia)
        let harness = try AppHarness(log: log, first: QueueScreen(services: [Self.service]))
        harness.type("<enter>")
        #expect(harness.screen().contains("Ota"))
        harness.type("<f1>")
        let help = harness.screen()
        for label in ["Ota", "Tavoitettiin", "Ei vastannut", "Sulje", "Palauta"] { #expect(help.contains(label), "\(label) in help") }
    }

    @Test func aClickOnAQueueRowHighlightsItAndASecondOpensItAndTheFooterTakesItsKeys() throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        _ = try log.sendHandoff(Self.request(urgency: .urgent, name: "Eka"), fromContact: nil, by: Self.pia)
        _ = try log.sendHandoff(Self.request(name: "Toka"), fromContact: nil, by: Self.pia)
        let harness = try AppHarness(log: log, first: QueueScreen(services: [Self.service]))
        harness.click("tavallinen")
        harness.click("tavallinen")
        #expect(harness.screen().contains("Toka"))
        harness.click("Ota")
        #expect(try log.handoffQueue(services: nil, by: Self.pia).first { $0.details == nil && $0.state == .taken } != nil)
    }

    // MARK: - The advisor's side

    @Test(arguments: Backend.allCases)
    func followUpsShowWhatBecameOfTheHandoffsLiveAndAReturnedOneGoesElsewhereInThreeKeys(_ backend: Backend) throws {
        let (mine, others) = try SharedDatabaseTests.twoLogs(backend)
        let harness = try AppHarness(log: mine)
        harness.type(Self.contact + Self.handoff + "f")
        #expect(harness.screen().contains("Lähetetyt yhteydenottopyynnöt (1)"))
        #expect(harness.screen().contains("lähetetty, odottaa"))
        let service = try #require(others as? any HandoffStore)
        let id = try #require(try service.handoffQueue(services: nil, by: Self.pia).first?.id)
        try service.takeHandoff(id: id, by: Self.pia)
        try service.recordHandoffTry(id: id, reached: false, by: Self.pia)
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.screen().contains("yrityksiä 1"))
        try service.returnHandoff(id: id, reason: "Väärä palvelu", by: Self.pia)
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.screen().contains("palautettu: Väärä palvelu"))
        let keys = "hu1"
        harness.type(keys)
        #expect(Key.sequence(keys).count == 3)
        #expect(harness.screen().contains("Pyyntö lähetetty palveluun"))
        let open = try service.handoffQueue(services: nil, by: Self.pia)
        #expect(open.count == 1)
        #expect(open.first?.record.service == HandoffRequest.services(Fixtures.vocabulary).first { $0 != Self.service })
        try service.takeHandoff(id: open[0].id, by: Self.pia)
        try service.recordHandoffTry(id: open[0].id, reached: true, by: Self.pia)
        try service.closeHandoff(id: open[0].id, result: .reached, by: Self.pia)
        #expect(SharedDatabaseTests.refreshes(harness))
        #expect(harness.screen().contains("Asiakas tavoitettu, yrityksiä 1"))
    }
}
