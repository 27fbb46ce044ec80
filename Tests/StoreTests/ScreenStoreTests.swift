import Foundation
import Guidance
import GRDB
import PQ
import Testing
import TestSupport
@testable import Store

/// What the advisor's screens read and write: the day's contacts, one contact for editing, edits, follow-ups
/// and a client's earlier contacts. Given some logged contacts, When a screen asks, Then …
struct ScreenStoreTests {
    let advisor = Actor(user: "anna", command: "screens")
    static let library = "jarvenpaa-library"
    static let kerava = "kerava-service-centre"
    /// A valid identity code with an individual number of 900–999 (temporary numbers: no one's), in parts so
    /// that scans for real-looking codes pass over it.
    static let testIdentityCode = "150655-" + "902T"

    func world(_ backend: Backend) throws -> StoreWorld {
        try StoreWorld(backend, actor: advisor)
    }

    static func contact(
        _ at: String, point: String = library, topics: [String] = ["housing"], resolved: Bool = true, ref: String? = nil
    ) -> Contact {
        ContactLogTests.contact(at, point: point, topics: topics, resolved: resolved, ref: ref)
    }

    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    // MARK: - The day's contacts

    @Test(arguments: Backend.allCases)
    func theHomeScreensOverviewIsOneReadWithOneAuditRow(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given two contacts today at the library (one open), one elsewhere, one open last week, and a draft
        try log.log(Self.contact("2026-11-23T09:00:00+02:00"), by: advisor)
        try log.log(Self.contact("2026-11-23T10:00:00+02:00", resolved: false), by: advisor)
        try log.log(Self.contact("2026-11-23T10:30:00+02:00", point: Self.kerava), by: advisor)
        try log.log(Self.contact("2026-11-16T10:00:00+02:00", resolved: false), by: advisor)
        try log.saveDraft(id: nil, form: "{}", point: Self.library, by: advisor)
        let before = try log.audit(from: nil, to: nil).count
        // When the home screen loads the day
        let overview = try log.overview(of: Self.day("2026-11-23"), point: Self.library, followUpsSince: Self.day("2026-11-10"), by: advisor)
        // Then it has the day's contacts at the point, its figures, both open follow-ups and the draft, audited once
        #expect(overview.contacts.map(\.contact.occurredAt.hour) == [9, 10])
        #expect(overview.report.contacts == 2)
        #expect(overview.report.resolved == 1)
        #expect(overview.openFollowUps == 2)
        #expect(overview.drafts.count == 1)
        #expect(try log.audit(from: nil, to: nil).count == before + 1)
        #expect(try w.lastAudit().details == "day 2026-11-23, point jarvenpaa-library, follow-ups since 2026-11-10, 1 drafts")
    }

    @Test(arguments: Backend.allCases)
    func theDayAtAPointIsListedInTimeOrder(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given contacts logged out of order, one of them on another clock (+03:00 is earlier as an instant),
        // two at the same instant, one at another point and one on another day
        let noon = try log.log(Self.contact("2023-03-14T12:00:00+02:00"), by: advisor)
        let nineA = try log.log(Self.contact("2023-03-14T09:00:00+02:00", topics: ["forms"]), by: advisor)
        let nineB = try log.log(Self.contact("2023-03-14T09:00:00+02:00", topics: ["benefits"]), by: advisor)
        let earlyOnAnotherClock = try log.log(Self.contact("2023-03-14T09:30:00+03:00"), by: advisor)
        try log.log(Self.contact("2023-03-14T10:00:00+02:00", point: Self.kerava), by: advisor)
        try log.log(Self.contact("2023-03-15T10:00:00+02:00"), by: advisor)
        // When the day at the library is listed
        let listed = try log.contacts(from: Self.day("2023-03-14"), to: Self.day("2023-03-14"), point: Self.library, matching: .all, by: advisor)
        // Then only its contacts come, by instant and then by id
        #expect(listed.map(\.id) == [earlyOnAnotherClock, nineA, nineB, noon])
        #expect(listed[1].contact.topics == ["forms"])
        #expect(listed.allSatisfy { $0.followUp == .settled && !$0.hasRepeat })
        #expect(try log.contacts(from: Self.day("2023-03-14"), to: Self.day("2023-03-14"), point: Self.kerava, matching: .all, by: advisor).count == 1)
        #expect(try log.contacts(from: Self.day("2023-03-16"), to: Self.day("2023-03-16"), point: Self.library, matching: .all, by: advisor).isEmpty)
        let audit = try log.audit(from: nil, to: nil).suffix(3).map { "\($0.details) (\($0.contacts))" }
        #expect(audit == [
            "period 2023-03-14–2023-03-14, point jarvenpaa-library, all (4)",
            "period 2023-03-14–2023-03-14, point kerava-service-centre, all (1)",
            "period 2023-03-16–2023-03-16, point jarvenpaa-library, all (0)",
        ])
    }

    @Test(arguments: Backend.allCases)
    func aListedContactCarriesItsRepeatAndFollowUpState(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given an open contact repeated a day later, a settled one, and one marked done
        let open = try log.log(Self.contact("2023-03-14T09:00:00+02:00", resolved: false, ref: "client-ref-0001"), by: advisor)
        let settled = try log.log(Self.contact("2023-03-14T10:00:00+02:00", resolved: true), by: advisor)
        let done = try log.log(Self.contact("2023-03-14T11:00:00+02:00", resolved: false), by: advisor)
        try log.markFollowUpDone(contactID: done, note: "called back, sorted", by: advisor)
        try log.log(Self.contact("2023-03-15T09:00:00+02:00", ref: "client-ref-0001"), by: advisor)
        // When the day is listed
        let listed = try log.contacts(from: Self.day("2023-03-14"), to: Self.day("2023-03-14"), point: Self.library, matching: .all, by: advisor)
        // Then each says so
        #expect(listed.map(\.id) == [open, settled, done])
        #expect(listed.map(\.hasRepeat) == [true, false, false])
        #expect(listed.map(\.followUp) == [.open, .settled, .done(note: "called back, sorted", closedBy: nil)])
    }

    // MARK: - One contact, for editing

    @Test(arguments: Backend.allCases)
    func aContactIsReadBackWithItsSegmentation(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given a contact saved with an overridden segmentation and a chain, and one without
        let answers = Answers(["C1": 2, "C2": 2, "C3": 2, "C4": 2, "P1": 4, "P2": 4, "P3": 4, "P4": 4])
        var assessment = try Fixtures.instrument.assess(answers)
        assessment.override = try Override(segment: .collaboration, reason: "family helps every day")
        var contact = Self.contact("2023-03-14T10:25:00+02:00", topics: ["housing", "benefits"], resolved: false)
        contact.referrals = ["kela"]
        contact.segment = assessment.segment
        let id = try log.log(contact, assessment: assessment, chain: "older-people", by: advisor)
        let plain = try log.log(Self.contact("2023-03-14T11:00:00+02:00"), by: advisor)
        // When each is read for editing
        let (logged, saved) = try #require(try log.contact(id: id, by: advisor))
        let (_, none) = try #require(try log.contact(id: plain, by: advisor))
        // Then the contact, its state and its segmentation come back as saved (topics in code order)
        #expect(logged.id == id)
        var expected = contact
        expected.topics = ["benefits", "housing"]
        #expect(logged.contact == expected)
        #expect(logged.followUp == .open && !logged.hasRepeat)
        #expect(saved == SavedAssessment(assessment: assessment, chain: "older-people"))
        #expect(saved?.assessment.computedSegment == .network)
        #expect(none == nil)
        #expect(try w.lastAudit().details == "contact \(plain)")
    }

    @Test(arguments: Backend.allCases)
    func aMissingContactIsNil(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        #expect(try log.contact(id: 42, by: advisor) == nil)
        let audit = try w.lastAudit()
        #expect(audit.details == "contact 42" && audit.contacts == 0)
    }

    // MARK: - Editing a contact

    @Test(arguments: Backend.allCases)
    func anEditReplacesTheContactAndMovesItsFigures(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given a contact with a segmentation, at the library on the 14th
        let assessment = try Fixtures.instrument.assess(
            Answers(["C1": 5, "C2": 5, "C3": 5, "C4": 5, "P1": 1, "P2": 1, "P3": 1, "P4": 1]))
        var first = Self.contact("2023-03-14T10:00:00+02:00", topics: ["housing", "forms"], resolved: true)
        first.referrals = ["kela", "health-station"]
        first.segment = assessment.segment
        let id = try log.log(first, assessment: assessment, chain: "working-age", by: advisor)
        // When it is edited to another day, point, topic, referral and outcome, and its segmentation removed
        var edited = Self.contact("2023-03-15T09:00:00+02:00", point: Self.kerava, topics: ["benefits"], resolved: false)
        edited.referrals = ["municipality"]
        edited.durationMinutes = 30
        try log.update(id: id, to: edited, assessment: nil, chain: nil, by: advisor)
        // Then it reads back as edited, without a segmentation, and the figures moved with it
        let (logged, saved) = try #require(try log.contact(id: id, by: advisor))
        #expect(logged.contact == edited)
        #expect(logged.followUp == .open)
        #expect(saved == nil)
        #expect(try log.contactCount() == 1)
        #expect(try w.report("2023-03-14") == Report(from: Self.day("2023-03-14"), to: Self.day("2023-03-14"), point: nil))
        let left = try w.value("SELECT CAST(count(*) AS TEXT) FROM neuvo.daily_figure WHERE day = '2023-03-14'")
        #expect(left == "0")  // no figures of 0 left behind
        let after = try w.report("2023-03-15", point: Self.kerava)
        #expect(after.contacts == 1 && after.resolved == 0 && after.durationMinTotal == 30)
        #expect(after.byTopic == ["benefits": 1] && after.byReferral == ["municipality": 1] && after.referralsExternal == 1)
        #expect(after.bySegment.isEmpty)
        let audit = try log.audit(from: nil, to: nil).map(\.details)
        #expect(audit.contains("contact \(id) edited"))
    }

    @Test(arguments: Backend.allCases)
    func anEditCanAddOrReplaceTheSegmentation(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let id = try log.log(Self.contact("2023-03-14T10:00:00+02:00"), by: advisor)
        let assessment = try Fixtures.instrument.assess(
            Answers(["C1": 1, "C2": 1, "C3": 1, "C4": 1, "P1": 5, "P2": 5, "P3": 5, "P4": 5]))
        var contact = Self.contact("2023-03-14T10:00:00+02:00")
        contact.segment = assessment.segment
        try log.update(id: id, to: contact, assessment: assessment, chain: "families", by: advisor)
        #expect(try log.contact(id: id, by: advisor)?.1 == SavedAssessment(assessment: assessment, chain: "families"))
        #expect(try w.report("2023-03-14").bySegment == ["network": 1])
    }

    @Test(arguments: Backend.allCases)
    func anEditRefreshesTheRepeatsOfTheOldAndTheNewClient(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given A repeated by B (same client, shared topic, a day later) and C, another client's contact
        let a = try log.log(Self.contact("2023-03-01T10:00:00+02:00", ref: "client-ref-aaaa"), by: advisor)
        let b = try log.log(Self.contact("2023-03-02T10:00:00+02:00", ref: "client-ref-aaaa"), by: advisor)
        let c = try log.log(Self.contact("2023-03-01T12:00:00+02:00", ref: "client-ref-cccc"), by: advisor)
        #expect(try w.report("2023-03-01").repeats == 1)
        // When B is moved to the other client: A loses its repeat, C gains one
        try log.update(id: b, to: Self.contact("2023-03-02T10:00:00+02:00", ref: "client-ref-cccc"), assessment: nil, chain: nil, by: advisor)
        func flags() throws -> [Int64: Bool] {
            Dictionary(uniqueKeysWithValues: try log.contacts(from: Self.day("2023-03-01"), to: Self.day("2023-03-01"), point: Self.library, matching: .all, by: advisor)
                .map { ($0.id, $0.hasRepeat) })
        }
        #expect(try flags() == [a: false, c: true])
        var day = try w.report("2023-03-01")
        #expect(day.repeats == 1 && day.verified == 1 && day.withClientRef == 2)
        // When B's topic no longer matches: no repeats at all
        try log.update(id: b, to: Self.contact("2023-03-02T10:00:00+02:00", topics: ["forms"], ref: "client-ref-cccc"),
                       assessment: nil, chain: nil, by: advisor)
        #expect(try flags() == [a: false, c: false])
        day = try w.report("2023-03-01")
        #expect(day.repeats == 0 && day.verified == 2)
        // When A itself, which has no repeat, moves after C on C's client: C is repeated by A
        try log.update(id: a, to: Self.contact("2023-03-01T13:00:00+02:00", ref: "client-ref-cccc"), assessment: nil, chain: nil, by: advisor)
        #expect(try flags() == [c: true, a: false])
        #expect(try w.report("2023-03-01").repeats == 1)
    }

    @Test(arguments: Backend.allCases)
    func anEditOfAContactWithARepeatTakesOutTheFiguresItHad(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given A (resolved) repeated by B: A counts as a repeat, not as verified
        let a = try log.log(Self.contact("2023-03-01T10:00:00+02:00", resolved: true, ref: "client-ref-aaaa"), by: advisor)
        try log.log(Self.contact("2023-03-02T10:00:00+02:00", ref: "client-ref-aaaa"), by: advisor)
        // When A is edited to another day and left without a client_ref
        try log.update(id: a, to: Self.contact("2023-03-03T10:00:00+02:00", resolved: true), assessment: nil, chain: nil, by: advisor)
        // Then the 1st has nothing left, and A is verified on the 3rd
        let first = try w.report("2023-03-01")
        #expect(first.contacts == 0 && first.repeats == 0 && first.verified == 0 && first.withClientRef == 0)
        let third = try w.report("2023-03-03")
        #expect(third.contacts == 1 && third.repeats == 0 && third.verified == 1)
    }

    @Test(arguments: Backend.allCases)
    func anEditOfAMissingContactThrows(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        #expect(throws: ContactNotFound(id: 7)) {
            try log.update(id: 7, to: Self.contact("2023-03-01T10:00:00+02:00"), assessment: nil, chain: nil, by: advisor)
        }
        #expect(try log.contactCount() == 0)
        #expect(try w.report("2023-03-01").contacts == 0)
    }

    @Test(arguments: Backend.allCases)
    func anEditIsCheckedLikeANewContact(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let id = try log.log(Self.contact("2023-03-01T10:00:00+02:00"), by: advisor)
        var bad = Self.contact("2023-03-02T10:00:00+02:00", topics: ["astrology"])
        bad.clientRef = Self.testIdentityCode
        #expect(throws: StoreError.self) { try log.update(id: id, to: bad, assessment: nil, chain: nil, by: advisor) }
        #expect(try log.contact(id: id, by: advisor)?.0.contact == Self.contact("2023-03-01T10:00:00+02:00"))
        #expect(try w.report("2023-03-01").contacts == 1)
    }

    // MARK: - Follow-ups

    @Test(arguments: Backend.allCases)
    func followUpsAreTheOpenContactsOfAPointSinceADay(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given unresolved contacts in and out of the list, and resolved ones
        let onSince = try log.log(Self.contact("2023-03-10T15:00:00+02:00", resolved: false), by: advisor)
        let later = try log.log(Self.contact("2023-03-12T09:00:00+02:00", resolved: false), by: advisor)
        let earlierTheSameDay = try log.log(Self.contact("2023-03-10T08:00:00+02:00", resolved: false), by: advisor)
        try log.log(Self.contact("2023-03-09T23:59:00+02:00", resolved: false), by: advisor)  // before since
        try log.log(Self.contact("2023-03-11T10:00:00+02:00", resolved: true), by: advisor)  // settled
        try log.log(Self.contact("2023-03-11T10:00:00+02:00", point: Self.kerava, resolved: false), by: advisor)  // other point
        let done = try log.log(Self.contact("2023-03-11T11:00:00+02:00", resolved: false), by: advisor)
        try log.markFollowUpDone(contactID: done, note: "", by: advisor)
        // When the library's follow-ups since the 10th are listed
        let open = try log.followUps(point: Self.library, since: Self.day("2023-03-10"), by: advisor)
        // Then the open ones come, oldest first
        #expect(open.map(\.id) == [earlierTheSameDay, onSince, later])
        #expect(open.allSatisfy { $0.followUp == .open })
        let audit = try w.lastAudit()
        #expect(audit.details == "follow-ups at point jarvenpaa-library since 2023-03-10" && audit.contacts == 3)
    }

    @Test(arguments: Backend.allCases)
    func markingAFollowUpDoneKeepsTheMeasures(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given an unresolved contact
        let id = try log.log(Self.contact("2023-03-10T15:00:00+02:00", resolved: false), by: advisor)
        let before = try w.report("2023-03-10")
        // When its follow-up is marked done
        try log.markFollowUpDone(contactID: id, note: "got the decision from Kela", by: advisor)
        // Then it is done, not resolved: the report is as it was
        #expect(try log.contact(id: id, by: advisor)?.0.followUp == .done(note: "got the decision from Kela", closedBy: nil))
        #expect(try log.contact(id: id, by: advisor)?.0.contact.resolved == false)
        #expect(try w.report("2023-03-10") == before)
        #expect(try log.audit(from: nil, to: nil).map(\.details).contains("follow-up of contact \(id) done"))
        // And marking it again replaces the note
        try log.markFollowUpDone(contactID: id, note: "", by: advisor)
        #expect(try log.contact(id: id, by: advisor)?.0.followUp == .done(note: "", closedBy: nil))
    }

    @Test(arguments: Backend.allCases)
    func aFollowUpNoteNeverHoldsAnIdentityCode(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let id = try log.log(Self.contact("2023-03-10T15:00:00+02:00", resolved: false), by: advisor)
        #expect(throws: StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .identityCode)]))) {
            try log.markFollowUpDone(contactID: id, note: "client \(Self.testIdentityCode) called", by: advisor)
        }
        #expect(try log.contact(id: id, by: advisor)?.0.followUp == .open)
        let stored = try w.value("SELECT CAST(count(*) AS TEXT) FROM neuvo.follow_up_done")
        #expect(stored == "0")
    }

    @Test(arguments: Backend.allCases)
    func markingAMissingContactDoneThrows(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        #expect(throws: ContactNotFound(id: 9)) { try log.markFollowUpDone(contactID: 9, note: "", by: advisor) }
    }

    @Test(arguments: Backend.allCases)
    func aNewContactCanCloseEarlierFollowUps(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given two open contacts, one already marked done with a note
        let first = try log.log(Self.contact("2023-03-01T10:00:00+02:00", resolved: false, ref: "client-ref-aaaa"), by: advisor)
        let second = try log.log(Self.contact("2023-03-02T10:00:00+02:00", resolved: false, ref: "client-ref-aaaa"), by: advisor)
        try log.markFollowUpDone(contactID: second, note: "waiting for Kela", by: advisor)
        // When a later contact that settles both is logged
        let closer = try log.log(Self.contact("2023-03-05T10:00:00+02:00", ref: "client-ref-aaaa"), closing: [first, second], by: advisor)
        // Then both are done and closed by it; the note given by hand stays
        #expect(try log.contact(id: first, by: advisor)?.0.followUp == .done(note: "", closedBy: closer))
        #expect(try log.contact(id: second, by: advisor)?.0.followUp == .done(note: "waiting for Kela", closedBy: closer))
        #expect(try log.followUps(point: Self.library, since: Self.day("2023-03-01"), by: advisor).isEmpty)
        #expect(try log.audit(from: nil, to: nil).contains {
            $0.details == "contact \(closer) 2023-03-05T10:00:00+02:00, closes follow-ups of contact \(first), contact \(second)"
        })
        // And the measures are those of the contacts alone
        #expect(try w.report("2023-03-01").resolved == 0)
    }

    @Test(arguments: Backend.allCases)
    func closingAnUnknownContactSavesNothing(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        let open = try log.log(Self.contact("2023-03-01T10:00:00+02:00", resolved: false), by: advisor)
        #expect(throws: ContactNotFound(id: 99)) {
            try log.log(Self.contact("2023-03-05T10:00:00+02:00"), closing: [open, 99], by: advisor)
        }
        #expect(try log.contactCount() == 1)
        #expect(try log.contact(id: open, by: advisor)?.0.followUp == .open)
        #expect(try w.report("2023-03-05").contacts == 0)
    }

    // MARK: - A client's earlier contacts

    @Test(arguments: Backend.allCases)
    func earlierContactsAreTheClientsWithinTheWindowBefore(_ backend: Backend) throws {
        let w = try world(backend), log = w.log
        // Given contacts of a client around an instant T, and another client's
        let ref = "client-ref-aaaa"
        let t = Fixtures.at("2023-03-15T10:00:00+02:00")
        let exactlyAWindowBefore = try log.log(Self.contact("2023-03-01T10:00:00+02:00", topics: ["forms"], ref: ref), by: advisor)
        try log.log(Self.contact("2023-03-01T09:59:59+02:00", ref: ref), by: advisor)  // a second too early
        let dayBefore = try log.log(
            ContactLogTests.contact(
                "2023-03-14T10:00:00+02:00", point: Self.kerava, channel: "phone", topics: ["housing", "benefits"], resolved: false, ref: ref),
            by: advisor)
        let secondBefore = try log.log(Self.contact("2023-03-15T09:59:59+02:00", ref: ref), by: advisor)
        try log.log(Self.contact("2023-03-15T09:00:00+01:00", ref: ref), by: advisor)  // T itself, on another clock
        try log.log(Self.contact("2023-03-15T11:00:00+02:00", ref: ref), by: advisor)  // later
        try log.log(Self.contact("2023-03-14T10:00:00+02:00", ref: "client-ref-bbbb"), by: advisor)  // another client
        // When the client's earlier contacts before T are asked for
        let earlier = try log.earlierContacts(clientRef: ref, before: t, by: advisor)
        // Then those at or after T − 14 × 24 h and strictly before T come, oldest first, on any topic
        #expect(earlier.map(\.id) == [exactlyAWindowBefore, dayBefore, secondBefore])
        // with what the form shows of each: when, channel, point, topics, resolved, and whether its follow-up is open
        #expect(earlier.map { [
            $0.contact.occurredAt.description, $0.contact.channel, $0.contact.point, $0.contact.topics.joined(separator: ";"),
            "\($0.contact.resolved)", "\($0.followUp == .open)",
        ] } == [
            ["2023-03-01T10:00:00+02:00", "walk-in", Self.library, "forms", "true", "false"],
            ["2023-03-14T10:00:00+02:00", "phone", Self.kerava, "benefits;housing", "false", "true"],
            ["2023-03-15T09:59:59+02:00", "walk-in", Self.library, "housing", "true", "false"],
        ])
        let audit = try w.lastAudit()
        #expect(audit.details == "earlier contacts of a client" && audit.contacts == 3)
        // And a shorter window narrows them
        try log.setFollowUpWindow(hours: 24, by: advisor)
        #expect(try log.earlierContacts(clientRef: ref, before: t, by: advisor).map(\.id) == [dayBefore, secondBefore])
    }

    // MARK: - Schema and query plans

    @Test func aVersionOneSQLiteDatabaseGainsFollowUpsAndContactsByHour() throws {
        // Given a database made by the first version, with a contact
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v1: contact log")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO contact (occurred_at, instant, day, point, channel, resolved, contact_by, identified, age_group, logged_at)
                VALUES ('2023-03-01T10:00:00+02:00', 1677657600, '2023-03-01', 'jarvenpaa-library', 'walk-in', 0, 'client', 0,
                        'unknown', '2023-03-01T08:00:00Z');
                INSERT INTO contact_topic VALUES (1, 'housing');
                """)
        }
        // When this version opens it
        let log = try SQLiteLog(writer: queue, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
                                instrument: Fixtures.instrument)
        // Then the contact is an open follow-up
        #expect(try log.followUps(point: Self.library, since: Self.day("2023-03-01"), by: advisor).map(\.id) == [1])
        #expect(try queue.read { db in try Schema.migrator.appliedIdentifiers(db) } == ["v1: contact log", "v2: follow-ups", "v3: contacts by hour", "v4: evaluation", "v5: consultations", "v6: board", "v7: no side door", "v8: quicker functions", "v9: handoffs", "v10: quicker saves", "v11: data protection", "v12: settings through functions", "v13: concurrent saves", "v14: monthly figures", "v15: figure lists by the page", "v16: no monthly sums for the current month", "v17: quicker imports, smaller storage", "v18: quicker saves", "v19: codes as small integers", "v20: compact contacts (codes, times and topics)", "v21: quicker figure reads", "v22: referrals in the contact row", "v23: quicker saves (fewer statements)", "v24: quicker imports (the server side)", "v25: clients by number", "v26: narrower figures, a smaller audit index", "v27: quicker saves (the statements around the save)", "v28: points by number", "v29: quicker saves (the seal)", "v30: figure origins as integers", "v31: quicker saves (the word lookups and the seal queue)"])
        // and the contacts held are counted by hour as a new one would be
        #expect(try log.report(from: Self.day("2023-03-01"), to: Self.day("2023-03-01"), point: nil, by: advisor).byHour == ["10": 1])
        // and its referrals, if any, are pending (CONTRACT §7): v4 counts them so
        let migrated = try log.report(from: Self.day("2023-03-01"), to: Self.day("2023-03-01"), point: nil, by: advisor)
        let referrals = migrated.byReferral.values.reduce(0, +)
        #expect(migrated.referralOutcomes == (referrals == 0 ? [:] : ["pending": referrals]))
    }

    @Test func aVersionOnePostgresDatabaseGainsFollowUpsAndContactsByHourWhenItsOwnerOpensIt() throws {
        // Given a database made by the first version (its owner's `neuvo init` then), with a contact
        let bare = try Backend.bareDatabase()
        let connection = try PQConnection(uri: bare)
        try connection.transaction { c in
            try c.exec(PostgresSchema.createGroupRoles)
            let v1 = PostgresSchema.migrations(pgcrypto: try PostgresLog.pgcryptoSchema(c))[0]
            #expect(v1.identifier == "v1: contact log")
            try c.exec(v1.sql)
            try c.exec(#"INSERT INTO neuvo.migration ("identifier") VALUES ($1)"#, [v1.identifier])
            try c.exec(
                """
                INSERT INTO neuvo.contact (occurred_at, instant, day, point, channel, resolved, contact_by, identified, age_group, logged_at)
                VALUES ('2023-03-01T10:00:00+02:00', 1677657600, '2023-03-01', 'jarvenpaa-library', 'walk-in', false, 'client', false,
                        'unknown', '2023-03-01T08:00:00Z');
                INSERT INTO neuvo.contact_topic VALUES (1, 'housing');
                """)
        }
        connection.close()
        // When this version opens it as its owner
        let log = try PostgresLog.open(uri: bare, catalog: Fixtures.catalog)
        // Then the contact is an open follow-up
        #expect(try log.followUps(point: Self.library, since: Self.day("2023-03-01"), by: advisor).map(\.id) == [1])
        let applied = try log.connection.exec(#"SELECT "identifier" FROM neuvo.migration"#)
        #expect(Set((0..<applied.rowCount).compactMap { applied[$0, 0] }) == ["v1: contact log", "v2: follow-ups", "v3: contacts by hour", "v4: evaluation", "v5: consultations", "v6: board", "v7: no side door", "v8: quicker functions", "v9: handoffs", "v10: quicker saves", "v11: data protection", "v12: settings through functions", "v13: concurrent saves", "v14: monthly figures", "v15: figure lists by the page", "v16: no monthly sums for the current month", "v17: quicker imports, smaller storage", "v18: quicker saves", "v19: codes as small integers", "v20: compact contacts (codes, times and topics)", "v21: quicker figure reads", "v22: referrals in the contact row", "v23: quicker saves (fewer statements)", "v24: quicker imports (the server side)", "v25: clients by number", "v26: narrower figures, a smaller audit index", "v27: quicker saves (the statements around the save)", "v28: points by number", "v29: quicker saves (the seal)", "v30: figure origins as integers", "v31: quicker saves (the word lookups and the seal queue)"])
        // and the contacts held are counted by hour as a new one would be
        #expect(try log.report(from: Self.day("2023-03-01"), to: Self.day("2023-03-01"), point: nil, by: advisor).byHour == ["10": 1])
        // and its referrals, if any, are pending (CONTRACT §7): v4 counts them so
        let migrated = try log.report(from: Self.day("2023-03-01"), to: Self.day("2023-03-01"), point: nil, by: advisor)
        let referrals = migrated.byReferral.values.reduce(0, +)
        #expect(migrated.referralOutcomes == (referrals == 0 ? [:] : ["pending": referrals]))
    }

    /// The screens' lists read through indexes, not by scanning every contact.
    @Test(arguments: [
        // A day at a point: by the day and point, or by the day in time order (v15's index for the figures' lists).
        (SQLiteLog.dayAtPoint, "contact_day_"),
        (SQLiteLog.openFollowUps, "contact_unresolved_point_day"),
        (SQLiteLog.clientBefore, "contact_client_instant"),
    ])
    func listsUseAnIndex(filter: String, index: String) throws {
        let log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        let plan = try log.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + SQLiteLog.loggedContactsSQL(where: filter),
                             arguments: StatementArguments(Array(repeating: "x", count: filter.count(where: { $0 == "?" }))))
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("SEARCH c USING INDEX \(index)") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN c") }, "\(plan)")
        #expect(plan.contains { $0.contains("SEARCH f USING INTEGER PRIMARY KEY") }, "\(plan)")
    }
}
