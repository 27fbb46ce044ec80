import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// CONTRACT §9 in the store, the same on both backends (on PostgreSQL as the owner, who like SQLite's user is every
/// role; the roles apart are attacked in `HandoffSideDoorTests`): a handoff sent, queued urgent first then oldest,
/// opened (audited), taken, tried, closed — the contact's referral outcome following — or returned and sent elsewhere;
/// bad ones refused naming the field with nothing kept; the details erased at their two limits; the figures.
struct HandoffStoreTests {
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    static let social = "adult-social-work"
    static let health = "health-station"

    static func request(
        _ name: String = "Testi Henkilö", service: String = social, point: String = library, urgency: HandoffUrgency = .normal,
        consent: Bool = true, phone: String = "040 123 4567", note: String? = "Toivoo soittoa aamupäivällä"
    ) -> HandoffRequest {
        HandoffRequest(
            point: point, service: service, consent: consent, urgency: urgency,
            details: HandoffDetails(name: name, phone: phone, language: .fi, when: "ma–ke klo 9–12", note: note))
    }

    static func store(_ w: StoreWorld) throws -> any HandoffStore {
        try #require(w.log as? any HandoffStore)
    }

    /// A contact at the library with referrals to adult social work and Kela, saved; its id.
    static func contact(_ w: StoreWorld, referrals: [String] = [social, "kela"]) throws -> Int64 {
        try w.log.log(ContactLogTests.contact("2023-03-13T10:00:00+02:00", resolved: false, referrals: referrals), by: w.actor)
    }

    @Test(arguments: Backend.allCases)
    func aHandoffFromAContactIsQueuedOpenedTakenTriedAndClosedAndTheReferralOutcomeFollows(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let contactID = try Self.contact(w)
        #expect(try store.handoffsChanged())  // the first call says yes
        #expect(try !store.handoffsChanged())
        let id = try store.sendHandoff(Self.request(), fromContact: contactID, by: w.actor)
        #expect(try w.lastAudit().details == "handoff \(id) sent to \(Self.social) from \(Self.library)")
        // Sent again (a retry after a lost connection): the same handoff, nothing added.
        #expect(try store.sendHandoff(Self.request(), fromContact: contactID, by: w.actor) == id)
        #expect(try store.handoffs(open: false, details: false, by: w.actor).count == 1)
        #expect(try store.handoffsChanged())
        #expect(try !store.handoffsChanged())

        // The queue shows it with no details; opening shows them, and is an audit row naming the login and the handoff.
        let queued = try store.handoffQueue(services: nil, by: w.actor)
        #expect(queued.map(\.id) == [id] && queued[0].details == nil && queued[0].state == .sent && queued[0].record.service == Self.social)
        let opened = try store.openHandoff(id: id, by: w.actor)
        #expect(opened.details == Self.request().details)
        let audit = try w.lastAudit()
        #expect(audit.details == "handoff \(id) opened: details shown" && audit.user == w.auditedUser(w.actor))

        try store.takeHandoff(id: id, by: w.actor)
        try store.recordHandoffTry(id: id, reached: false, by: w.actor)
        try store.recordHandoffTry(id: id, reached: true, by: w.actor)
        #expect(try w.report("2023-03-13").referralOutcomes == ["pending": 2])
        try store.closeHandoff(id: id, result: .reached, by: w.actor)

        // Closed loop: the referral the handoff carried is reached; the other referral stays pending.
        #expect(try w.report("2023-03-13").referralOutcomes == ["reached": 1, "pending": 1])
        #expect(try w.export().first?.referralOutcomes == [Self.social: "reached"])
        #expect(try w.log.audit(from: nil, to: nil).contains { $0.details == "referral outcome of contact \(contactID): \(Self.social) reached" })

        // The sending point sees state, times and tries, never the details; the queue is empty.
        let sent = try store.sentHandoffs(points: [Self.library], since: CivilDate(iso: "2020-01-01")!, by: w.actor)
        #expect(sent.count == 1)
        let h = try #require(sent.first)
        #expect(h.state == .closed && h.record.result == .reached && h.record.tries == 2 && h.tries.map(\.reached) == [false, true])
        #expect(h.details == nil && h.record.takenAt != nil && h.record.closedAt! >= h.record.takenAt! && h.record.takenAt! >= h.record.sentAt)
        #expect(try store.handoffQueue(services: nil, by: w.actor).isEmpty)
        #expect(try store.sentHandoffs(points: [Self.kerava], since: CivilDate(iso: "2020-01-01")!, by: w.actor).isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func theQueueIsUrgentFirstThenOldestAndNarrowsToServices(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let first = try store.sendHandoff(Self.request("Eka"), fromContact: nil, by: w.actor)
        let second = try store.sendHandoff(Self.request("Toka"), fromContact: nil, by: w.actor)
        let urgent = try store.sendHandoff(Self.request("Kiire", urgency: .urgent), fromContact: nil, by: w.actor)
        let health = try store.sendHandoff(Self.request("Terveys", service: Self.health), fromContact: nil, by: w.actor)
        #expect(try store.handoffQueue(services: nil, by: w.actor).map(\.id) == [urgent, first, second, health])
        #expect(try store.handoffQueue(services: [Self.social], by: w.actor).map(\.id) == [urgent, first, second])
        // Taken ones stay in the queue; closed and returned ones leave it.
        try store.takeHandoff(id: first, by: w.actor)
        try store.returnHandoff(id: second, reason: "Kuuluu terveysasemalle", by: w.actor)
        let queue = try store.handoffQueue(services: [Self.social], by: w.actor)
        #expect(queue.map(\.id) == [urgent, first] && queue.map(\.state) == [.sent, .taken])
        // `handoffs`: newest first; --open only open ones.
        #expect(try store.handoffs(open: false, details: false, by: w.actor).map(\.id) == [health, urgent, second, first])
        #expect(try store.handoffs(open: true, details: false, by: w.actor).map(\.id) == [health, urgent, first])
    }

    @Test(arguments: Backend.allCases)
    func aBadHandoffIsRefusedNamingTheFieldAndNothingIsKept(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let code = "150655-" + "902T"
        let cases: [(HandoffRequest, HandoffField, StringKey)] = [
            (Self.request(service: "kela"), .service, .handoffExternalService),
            (Self.request(service: "no-such-service"), .service, .handoffUnknownService),
            (Self.request(point: "nowhere"), .point, .handoffUnknownPoint),
            (Self.request(consent: false), .consent, .handoffNoConsent),
            (Self.request(""), .name, .handoffFieldMissing),
            (Self.request("Asiakas \(code)"), .name, .handoffFieldIdentityCode),
            (Self.request(note: "hetu \(code)"), .note, .handoffFieldIdentityCode),
            (Self.request(note: String(repeating: "x", count: 501)), .note, .handoffFieldTooLong),
            (Self.request(phone: "123"), .phone, .handoffPhoneInvalid),
            (Self.request(phone: "+46 70 123 4567"), .phone, .handoffPhoneInvalid),
            (Self.request(phone: "040 123 456 789 012 34"), .phone, .handoffPhoneInvalid),
            (Self.request(phone: "040/1234567"), .phone, .handoffPhoneInvalid),
        ]
        for (request, field, key) in cases {
            var problem: HandoffProblem?
            do {
                _ = try store.sendHandoff(request, fromContact: nil, by: w.actor)
            } catch HandoffError.invalid(let refused) {
                problem = refused
            }
            #expect(problem?.field == field && problem?.key == key, "\(field): \(String(describing: problem))")
        }
        // A contact that has no referral to the service, or is at another point, is no contact to send from.
        let contactID = try Self.contact(w, referrals: ["kela"])
        #expect(throws: ContactNotFound.self) { try store.sendHandoff(Self.request(), fromContact: contactID, by: w.actor) }
        #expect(throws: ContactNotFound.self) { try store.sendHandoff(Self.request(point: Self.kerava), fromContact: contactID, by: w.actor) }
        #expect(try store.handoffs(open: false, details: true, by: w.actor).isEmpty)
        // The good ones pass: +358 and a leading 0, spaces and hyphens.
        for phone in ["+358 40 123 4567", "09-123 4567", "0401234567"] {
            _ = try store.sendHandoff(Self.request(phone: phone), fromContact: nil, by: w.actor)
        }
    }

    @Test(arguments: Backend.allCases)
    func movesOutOfTurnAreRefusedAndChangeNothing(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let id = try store.sendHandoff(Self.request(), fromContact: nil, by: w.actor)
        #expect(throws: HandoffError.self) { try store.recordHandoffTry(id: id, reached: true, by: w.actor) }
        #expect(throws: HandoffError.self) { try store.closeHandoff(id: id, result: .declined, by: w.actor) }
        try store.takeHandoff(id: id, by: w.actor)
        #expect(throws: HandoffError.self) { try store.takeHandoff(id: id, by: w.actor) }
        #expect(throws: HandoffError.self) { try store.closeHandoff(id: id, result: .reached, by: w.actor) }
        #expect(throws: HandoffError.self) { try store.closeHandoff(id: id, result: .notReached, by: w.actor) }
        #expect(throws: HandoffError.self) { try store.closeHandoff(id: id, result: .returned, by: w.actor) }
        #expect(throws: HandoffError.self) { try store.returnHandoff(id: id, reason: "  ", by: w.actor) }
        #expect(throws: HandoffError.notFound(id: id + 100)) { try store.takeHandoff(id: id + 100, by: w.actor) }
        #expect(throws: HandoffError.notFound(id: id + 100)) { _ = try store.openHandoff(id: id + 100, by: w.actor) }
        let h = try store.openHandoff(id: id, by: w.actor)
        #expect(h.state == .taken && h.record.tries == 0)
        try store.closeHandoff(id: id, result: .declined, by: w.actor)
        #expect(throws: HandoffError.self) { try store.returnHandoff(id: id, reason: "väärä", by: w.actor) }
        #expect(try store.openHandoff(id: id, by: w.actor).record.result == .declined)
    }

    @Test(arguments: Backend.allCases)
    func aReturnedHandoffIsSeenByTheSendingPointAndSentElsewhereWithItsDetails(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let contactID = try Self.contact(w)
        let id = try store.sendHandoff(Self.request(urgency: .urgent), fromContact: contactID, by: w.actor)
        #expect(throws: HandoffError.self) { _ = try store.resendHandoff(id: id, to: Self.health, by: w.actor) }
        try store.returnHandoff(id: id, reason: "Kuuluu terveysasemalle", by: w.actor)
        let returned = try #require(try store.sentHandoffs(points: nil, since: CivilDate(iso: "2020-01-01")!, by: w.actor).first)
        #expect(returned.record.result == .returned && returned.returnReason == "Kuuluu terveysasemalle" && returned.details == nil)
        // A returned one leaves the referral pending.
        #expect(try w.report("2023-03-13").referralOutcomes == ["pending": 2])
        #expect(throws: HandoffError.self) { _ = try store.resendHandoff(id: id, to: "kela", by: w.actor) }
        let again = try store.resendHandoff(id: id, to: Self.health, by: w.actor)
        let opened = try store.openHandoff(id: again, by: w.actor)
        #expect(opened.record.service == Self.health && opened.record.urgency == .urgent && opened.details == Self.request().details)
        #expect(opened.state == .sent)
        // Closing it sets the outcome of the referral the first one carried.
        try store.takeHandoff(id: again, by: w.actor)
        try store.recordHandoffTry(id: again, reached: false, by: w.actor)
        try store.closeHandoff(id: again, result: .notReached, by: w.actor)
        #expect(try w.export().first?.referralOutcomes == [Self.social: "not-reached"])
    }

    @Test(arguments: Backend.allCases)
    func theDetailsAreErasedThirtyDaysAfterClosingAndNinetyAfterSendingAndTheFiguresStay(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let closed = try store.sendHandoff(Self.request("Suljettu"), fromContact: nil, by: w.actor)
        try store.takeHandoff(id: closed, by: w.actor)
        try store.recordHandoffTry(id: closed, reached: false, by: w.actor)
        try store.closeHandoff(id: closed, result: .notReached, by: w.actor)
        let open = try store.sendHandoff(Self.request("Avoin"), fromContact: nil, by: w.actor)
        let closedAt = try #require(try store.openHandoff(id: closed, by: w.actor).record.closedAt)
        let sentAt = try store.openHandoff(id: open, by: w.actor).record.sentAt
        func at(_ t: Timestamp, plus seconds: Int64) -> Timestamp {
            let instant = t.instant + seconds
            return RegionClock.helsinki().stamp(Date(timeIntervalSince1970: TimeInterval(instant)))
        }
        let day: Int64 = 86400
        // Just before 30 days after closing: both kept.
        #expect(try store.eraseHandoffDetails(now: at(closedAt, plus: 30 * day - 1), by: w.actor) == 0)
        #expect(try store.openHandoff(id: closed, by: w.actor).details?.name == "Suljettu")
        // Just after: the closed one's details go, its state, times and tries stay; the open one's stay.
        _ = try store.handoffsChanged()
        #expect(try store.eraseHandoffDetails(now: at(closedAt, plus: 30 * day + 1), by: w.actor) == 1)
        #expect(try store.handoffsChanged())
        #expect(try w.lastAudit().details == "handoff details erased: 1 handoffs")
        let erased = try store.openHandoff(id: closed, by: w.actor)
        #expect(erased.details == nil && erased.erased && erased.record.result == .notReached && erased.record.tries == 1)
        #expect(erased.record.closedAt == closedAt && erased.tries.count == 1)
        #expect(try store.openHandoff(id: open, by: w.actor).details?.name == "Avoin")
        // An open one: kept until 90 days after sending, erased just after.
        #expect(try store.eraseHandoffDetails(now: at(sentAt, plus: 90 * day - 1), by: w.actor) == 0)
        #expect(try store.openHandoff(id: open, by: w.actor).details?.name == "Avoin")
        #expect(try store.eraseHandoffDetails(now: at(sentAt, plus: 90 * day + 1), by: w.actor) == 1)
        let gone = try store.openHandoff(id: open, by: w.actor)
        #expect(gone.details == nil && gone.state == .sent)
        // Nothing of them is left in any table: the one table that held them is empty.
        #expect(try w.rows("SELECT CAST(count(*) AS TEXT) FROM neuvo.handoff_detail") == [["0"]])
        #expect(try store.handoffs(open: false, details: true, by: w.actor).allSatisfy { $0.details == nil })
        // An erased handoff cannot be sent again: there is nothing to send.
        try store.returnHandoff(id: open, reason: "Väärä palvelu", by: w.actor)
        #expect(throws: HandoffError.self) { _ = try store.resendHandoff(id: open, to: Self.health, by: w.actor) }
    }

    @Test(arguments: Backend.allCases)
    func theFiguresAreTheHandoffsByTheirSendingDayAndAnImportIsAllOrNothing(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let t = { (text: String) in Fixtures.at(text) }
        let records = [
            HandoffRecord(sentAt: t("2023-03-13T23:30:00+02:00"), point: Self.library, service: Self.social, urgency: .urgent,
                          takenAt: t("2023-03-14T08:00:00+02:00"), closedAt: t("2023-03-14T10:00:00+02:00"), result: .reached, tries: 1),
            HandoffRecord(sentAt: t("2023-03-14T09:00:00+02:00"), point: Self.kerava, service: Self.health),
            HandoffRecord(sentAt: t("2023-03-15T09:00:00+02:00"), point: Self.library, service: Self.health, takenAt: t("2023-03-15T10:00:00+02:00")),
        ]
        try store.importHandoffs(records, details: "handoffs.csv, 3 handoffs", by: w.actor)
        #expect(try w.lastAudit().details == "handoffs.csv, 3 handoffs")
        let day = { (text: String) in CivilDate(iso: text)! }
        #expect(try store.handoffRecords(from: day("2023-03-13"), to: day("2023-03-15"), point: nil, by: w.actor) == records)
        // By sent_at's day as written (23:30 on the 13th is the 13th), and by the sending point.
        #expect(try store.handoffRecords(from: day("2023-03-13"), to: day("2023-03-13"), point: nil, by: w.actor) == [records[0]])
        #expect(try store.handoffRecords(from: day("2023-03-13"), to: day("2023-03-15"), point: Self.library, by: w.actor) == [records[0], records[2]])
        // One bad record (an external destination) keeps none of the batch.
        let bad = [HandoffRecord(sentAt: t("2023-03-16T09:00:00+02:00"), point: Self.library, service: Self.social),
                   HandoffRecord(sentAt: t("2023-03-16T09:00:00+02:00"), point: Self.library, service: "kela")]
        #expect(throws: (any Error).self) { try store.importHandoffs(bad, details: "bad", by: w.actor) }
        #expect(try store.handoffRecords(from: day("2023-03-16"), to: day("2023-03-16"), point: nil, by: w.actor).isEmpty)
        // Imported ones carry no details: listing with details shows none and names none in the audit.
        #expect(try store.handoffs(open: false, details: true, by: w.actor).allSatisfy { $0.details == nil })
    }

    @Test(arguments: Backend.allCases)
    func aListingWithDetailsIsAnAuditRowNamingTheHandoffs(_ backend: Backend) throws {
        let w = try StoreWorld(backend)
        let store = try Self.store(w)
        let a = try store.sendHandoff(Self.request("A"), fromContact: nil, by: w.actor)
        let b = try store.sendHandoff(Self.request("B"), fromContact: nil, by: w.actor)
        let listed = try store.handoffs(open: false, details: true, by: w.actor)
        #expect(listed.map { $0.details?.name } == ["B", "A"])
        #expect(try w.lastAudit().details.hasSuffix("with details: \(a), \(b)"))
        #expect(try store.handoffs(open: false, details: false, by: w.actor).allSatisfy { $0.details == nil })
    }
}
