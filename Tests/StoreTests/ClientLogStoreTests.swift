import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// CONTRACT §11's client log review and access request in the store, the same on both backends: every read and write
/// of a client's data names the client's pseudonym in its audit row, so that `clientAudit` finds them all — and none
/// of another client's; `clientData` holds everything linked to the client; both searches are audited themselves.
struct ClientLogStoreTests {
    static let library = "jarvenpaa-library"
    static let code = try! IdentityCode("150655-" + "902T")
    static let otherCode = try! IdentityCode("010180-" + "1232")
    static let keyBytes = (0..<32).map { UInt8($0 * 3 + 7) }
    static let key = PseudonymKey(bytes: keyBytes)!
    static let ref = key.pseudonym(for: code)
    static let otherRef = key.pseudonym(for: otherCode)

    /// A world whose pseudonym key is `key` on either backend (on PostgreSQL the owner's log, which may name a client by
    /// pseudonym, as SQLite's user does).
    static func world(_ backend: Backend) throws -> StoreWorld {
        let w = try StoreWorld(backend)
        if let log = w.log as? PostgresLog { try log.replacePseudonymKey(keyBytes) }
        return w
    }

    static func contact(_ at: String, ref: String?, resolved: Bool = false) -> Contact {
        var contact = ContactLogTests.contact(at, topics: ["housing"], resolved: resolved, referrals: [HandoffStoreTests.social, "kela"], ref: ref)
        contact.unmetNeeds = ["cost"]
        return contact
    }

    @Test(arguments: Backend.allCases)
    func everyReadAndWriteOfAClientsDataNamesItAndNoOtherClientsRowShows(_ backend: Backend) throws {
        let w = try Self.world(backend), log = w.log, actor = w.actor
        let store = try HandoffStoreTests.store(w)
        let day = CivilDate(iso: "2023-03-13")!
        // Writes: a save, an import, an edit, a follow-up done, a referral outcome, a handoff's life.
        let saved = try log.log(Self.contact("2023-03-13T10:00:00+02:00", ref: Self.ref), by: actor)
        let other = try log.log(Self.contact("2023-03-13T10:30:00+02:00", ref: Self.otherRef), by: actor)
        try log.importContacts([Self.contact("2023-03-13T11:00:00+02:00", ref: Self.ref)], details: "import a.csv", by: actor)
        try log.update(id: saved, to: Self.contact("2023-03-13T10:05:00+02:00", ref: Self.ref), assessment: nil, chain: nil, by: actor)
        try log.markFollowUpDone(contactID: saved, note: "soitettu", by: actor)
        try log.setReferralOutcome(contactID: saved, referral: "kela", outcome: "reached", clientRef: nil, by: actor)
        let handoff = try store.sendHandoff(HandoffStoreTests.request(), fromContact: saved, by: actor)
        _ = try store.openHandoff(id: handoff, by: actor)
        try store.takeHandoff(id: handoff, by: actor)
        try store.recordHandoffTry(id: handoff, reached: true, by: actor)
        try store.closeHandoff(id: handoff, result: .reached, by: actor)
        _ = try store.handoffs(open: false, details: true, by: actor)
        // Reads: Today, a contact opened, follow-ups, the browser's drill-down, earlier contacts, an export.
        _ = try log.overview(of: day, point: Self.library, followUpsSince: day, by: actor)
        _ = try log.contact(id: saved, by: actor)
        _ = try log.followUps(point: Self.library, since: day, by: actor)
        _ = try log.contacts(from: day, to: day, point: nil, matching: .all, by: actor)
        _ = try log.earlierContacts(clientRef: Self.ref, before: Fixtures.at("2023-03-13T12:00:00+02:00"), by: actor)
        _ = try w.export()
        // Rows of the other client only: opening its contact.
        _ = try log.contact(id: other, by: actor)

        let found = try log.clientAudit(Self.code, key: Self.key, by: actor).map(\.details)
        let expected = [
            "contact \(saved) 2023-03-13T10:00:00+02:00", "import a.csv", "contact \(saved) edited", "follow-up of contact \(saved) done",
            "referral outcome of contact \(saved): kela reached", "handoff \(handoff) sent to \(HandoffStoreTests.social) from \(Self.library)",
            "handoff \(handoff) opened: details shown", "handoff \(handoff) taken", "handoff \(handoff) try: reached",
            "handoff \(handoff) closed: reached", "referral outcome of contact \(saved): \(HandoffStoreTests.social) reached",
            "handoffs listed: 1, with details: \(handoff)", "day 2023-03-13, point \(Self.library), follow-ups since 2023-03-13, 0 drafts",
            "contact \(saved)", "follow-ups at point \(Self.library) since 2023-03-13", "earlier contacts of a client",
        ]
        for details in expected {
            #expect(found.contains { $0.hasPrefix(details) }, "\(backend): no row \(details) among \(found)")
        }
        #expect(found.contains { $0.hasSuffix(", all") }, "\(backend): the drill-down: \(found)")
        #expect(found.contains("period …–…, all points"), "\(backend): the export: \(found)")
        #expect(!found.contains("contact \(other)"), "\(backend): the other client's row: \(found)")
        // The search is itself audited, naming the client: the next search finds it.
        let again = try log.clientAudit(Self.code, key: Self.key, by: actor)
        #expect(again.last?.details == "audit rows of a client read: \(found.count)")
        #expect(again.allSatisfy { $0.clients.isEmpty }, "no pseudonym is handed out")
        // The other client's review: its save, its contact opened, and the reads of many contacts at once.
        let others = try log.clientAudit(Self.otherCode, key: Self.key, by: actor).map(\.details)
        #expect(others.contains("contact \(other)") && !others.contains("contact \(saved) edited"), "\(others)")
        // Nothing is named by an identity code.
        #expect(try log.audit(from: nil, to: nil).allSatisfy { entry in
            !entry.details.contains(Self.code.normalized) && !entry.clients.contains(Self.code.normalized)
        })
        #expect(try log.verifyAudit().broken == nil)
    }

    /// The handoff queue, the sent handoffs' list and the drafts read name the clients they show (issue 20's last gaps):
    /// the pseudonyms of the contacts the handoffs were sent from, and the pseudonym a draft's form holds.
    @Test(arguments: Backend.allCases)
    func theHandoffListsAndTheDraftsReadNameTheirClients(_ backend: Backend) throws {
        let w = try Self.world(backend), log = w.log, actor = w.actor
        let store = try HandoffStoreTests.store(w)
        let day = CivilDate(iso: "2023-03-13")!
        let saved = try log.log(Self.contact("2023-03-13T10:00:00+02:00", ref: Self.ref), by: actor)
        _ = try log.log(Self.contact("2023-03-13T10:30:00+02:00", ref: Self.otherRef), by: actor)
        let handoff = try store.sendHandoff(HandoffStoreTests.request(), fromContact: saved, by: actor)
        let queue = try store.handoffQueue(services: nil, by: actor)
        #expect(queue.map(\.id) == [handoff])
        let queueRow = try w.lastAudit()
        #expect(queueRow.details == "handoff queue of every service: 1 open" && queueRow.clients == [Self.ref], "\(backend): \(queueRow)")
        let sent = try store.sentHandoffs(points: nil, since: day, by: actor)
        #expect(sent.map(\.id) == [handoff])
        let sentRow = try w.lastAudit()
        #expect(sentRow.details == "handoffs sent since 2023-03-13 from all points: 1" && sentRow.clients == [Self.ref], "\(backend): \(sentRow)")
        // A draft holding the client's pseudonym (as a form of the owner's, or of SQLite's one user, does).
        _ = try log.saveDraft(id: nil, form: #"{"clientRef":"\#(Self.ref)","version":1}"#, point: Self.library, by: actor)
        _ = try log.saveDraft(id: nil, form: #"{"clientRef":"client-abcdefghijklmnopqrst","version":1}"#, point: Self.library, by: actor)
        #expect(try log.drafts(by: actor).count == 2)
        let draftsRow = try w.lastAudit()
        #expect(draftsRow.details == "drafts read" && draftsRow.clients == [Self.ref], "\(backend): \(draftsRow)")
        // Today, which lists the drafts too: on a day without a contact of the client, the draft names it.
        _ = try log.overview(of: CivilDate(iso: "2023-03-20")!, point: Self.library, followUpsSince: day, by: actor)
        #expect(try w.lastAudit().clients == [Self.ref], "\(backend)")
        let found = try log.clientAudit(Self.code, key: Self.key, by: actor).map(\.details)
        for details in [queueRow.details, sentRow.details, "drafts read"] {
            #expect(found.contains(details), "\(backend): \(found)")
        }
        #expect(!(try log.clientAudit(Self.otherCode, key: Self.key, by: actor).map(\.details).contains("drafts read")))
    }

    @Test(arguments: Backend.allCases)
    func aLoginsRowsForASpotCheckAreItsOwnWithinThePeriodAndTheCheckIsAudited(_ backend: Backend) throws {
        let w = try Self.world(backend), log = w.log
        _ = try log.log(Self.contact("2023-03-13T10:00:00+02:00", ref: Self.ref), by: w.actor)
        let login = w.auditedUser(w.actor)
        let rows = try log.loginAudit(login, from: nil, to: nil, by: w.actor)
        #expect(!rows.isEmpty && rows.allSatisfy { $0.user == login })
        #expect(try log.loginAudit("nobody-\(UUID().uuidString.prefix(6))", from: nil, to: nil, by: w.actor).isEmpty)
        #expect(try log.loginAudit(login, from: CivilDate(iso: "2000-01-01"), to: CivilDate(iso: "2000-01-31"), by: w.actor).isEmpty)
        #expect(try w.lastAudit().details == "audit rows of login \(login) read, period 2000-01-01–2000-01-31, all points: 0")
    }

    @Test(arguments: Backend.allCases)
    func aClientsDataHoldsEverythingLinkedToTheClientAndNothingOfOthers(_ backend: Backend) throws {
        let w = try Self.world(backend), log = w.log
        let store = try HandoffStoreTests.store(w)
        let assessment = try Fixtures.instrument.assess(Answers(["C1": 5, "C2": 5, "C3": 5, "C4": 5, "P1": 1, "P2": 1, "P3": 1, "P4": 1]))
        var first = Self.contact("2023-03-13T10:00:00+02:00", ref: Self.ref)
        first.segment = assessment.segment
        first.durationMinutes = 25
        let saved = try log.log(first, assessment: assessment, chain: "working-age", by: w.actor)
        let second = try log.log(Self.contact("2023-03-14T09:00:00+02:00", ref: Self.ref, resolved: true), by: w.actor)
        _ = try log.log(Self.contact("2023-03-13T12:00:00+02:00", ref: Self.otherRef), by: w.actor)
        _ = try log.log(Self.contact("2023-03-13T13:00:00+02:00", ref: nil), by: w.actor)
        try log.markFollowUpDone(contactID: saved, note: "soitettu", by: w.actor)
        let handoff = try store.sendHandoff(HandoffStoreTests.request(), fromContact: saved, by: w.actor)
        try store.takeHandoff(id: handoff, by: w.actor)
        try store.recordHandoffTry(id: handoff, reached: false, by: w.actor)

        let data = try log.clientData(Self.code, key: Self.key, by: w.actor)
        guard case .object(let fields) = data, case .array(let contacts)? = fields["contacts"], case .array(let assessments)? = fields["assessments"],
              case .array(let followUps)? = fields["follow_ups"], case .array(let handoffs)? = fields["handoffs"]
        else { Issue.record("\(backend): not the shape: \(data)"); return }
        #expect(contacts.count == 2 && assessments.count == 1 && followUps.count == 1 && handoffs.count == 1, "\(backend): \(data)")
        guard case .object(let c) = contacts[0], case .object(let last) = contacts[1] else { Issue.record("\(data)"); return }
        #expect(c["id"]?.integer == Int(saved) && last["id"]?.integer == Int(second))
        #expect(c["occurred_at"] == .string("2023-03-13T10:00:00+02:00") && c["point"] == .string(Self.library) && c["channel"] == .string("walk-in"))
        #expect(c["resolved"] == .bool(false) && last["resolved"] == .bool(true) && c["duration_min"]?.integer == 25)
        #expect(c["segment"] == .string(assessment.segment.rawValue) && c["age_group"] == .string("unknown"))
        #expect(c["topics"] == .array([.string("housing")]) && c["unmet_needs"] == .array([.string("cost")]))
        #expect(c["referrals"] == .array([
            .object(["referral": .string(HandoffStoreTests.social), "outcome": .string("pending")]),
            .object(["referral": .string("kela"), "outcome": .string("pending")]),
        ]), "\(backend): \(String(describing: c["referrals"]))")
        #expect(c["client_ref"] == nil, "the pseudonym is no part of the answer")
        for column in ["instant", "day", "contact_by", "identified", "has_repeat", "logged_at", "advisor", "satisfaction", "consultation"] {
            #expect(c[column] != nil, "\(backend): no column \(column) in \(c.keys.sorted())")
        }
        for column in ["utc_offset", "occurred_text", "logged", "logged_text"] {
            #expect(c[column] == nil, "\(backend): how SQLite stores the stamps (v19) is no part of the answer: \(column)")
        }
        guard case .object(let a) = assessments[0], case .object(let f) = followUps[0], case .object(let h) = handoffs[0] else { return }
        #expect(a["contact_id"]?.integer == Int(saved) && a["chain"] == .string("working-age") && a["answers"] != nil && a["client_score"] != nil)
        #expect(f["contact_id"]?.integer == Int(saved) && f["note"] == .string("soitettu"))
        #expect(h["id"]?.integer == Int(handoff) && h["service"] == .string(HandoffStoreTests.social) && h["taken_by"] != nil)
        guard case .object(let details)? = h["details"], case .array(let tries)? = h["tries"] else { Issue.record("\(h)"); return }
        #expect(details["name"] == .string("Testi Henkilö") && details["phone"] == .string("040 123 4567") && details["note"] != nil)
        #expect(tries.count == 1)
        if case .object(let t) = tries[0] { #expect(t["reached"] == .bool(false)) }

        let audit = try w.lastAudit()
        #expect(audit.details == "data held on a client read: 2 contacts, 1 handoffs" && audit.contacts == 2)
        #expect(try log.clientAudit(Self.code, key: Self.key, by: w.actor).contains { $0.details == audit.details })

        // A client never seen: nothing, and still audited.
        let stranger = try IdentityCode("311299-" + "998D")
        #expect(try log.clientData(stranger, key: Self.key, by: w.actor)
            == .object(["contacts": .array([]), "assessments": .array([]), "follow_ups": .array([]), "handoffs": .array([])]))
        #expect(try w.lastAudit().details == "data held on a client read: 0 contacts, 0 handoffs")
    }
}
