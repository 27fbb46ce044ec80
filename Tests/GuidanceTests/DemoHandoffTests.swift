import Foundation
import TestSupport
import Testing

@testable import Guidance

/// The demo's warm handoffs (CONTRACT §9, data/demo.json's `handoff`): a few per cent of the contacts with a referral
/// to a receiving service, more in the network segment; most taken within a working day; some returned, declined or
/// not reached, agreeing with their contacts' referral outcomes; nothing after the period's end; the same for the same
/// seed; names and numbers that cannot be anyone's; every one a good row of the CSV kind.
struct DemoHandoffTests {
    static let end = CivilDate(iso: "2023-10-26")!

    static func generator(seed: UInt64 = 3, days: Int = 56) -> DemoGenerator {
        DemoGenerator(
            calibration: Fixtures.demoCalibration, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
            consultationLines: Fixtures.catalog.consultationLines, seed: seed, days: days, end: end)
    }

    /// Seed 3's 56 days, made once: the contacts and their handoffs.
    static let demo: (contacts: [Contact], handoffs: [DemoHandoff]) = {
        let made = Self.generator()
        var contacts: [Contact] = []
        made.generate { contacts.append($0) }
        return (contacts, made.handoffs(from: contacts))
    }()

    static var services: [String] { HandoffCSV.receivingServices(Fixtures.vocabulary) }

    /// Whether a contact could have been handed off: a referral to a receiving service other than emergency care.
    static func eligible(_ c: Contact) -> Bool {
        c.referrals.contains { services.contains($0) && $0 != "emergency" }
    }

    @Test func theSameSeedGivesTheSameHandoffs() {
        let a = Self.generator(seed: 42, days: 21).handoffs(), b = Self.generator(seed: 42, days: 21).handoffs()
        #expect(!a.isEmpty && a == b)
        #expect(a.map { HandoffCSV.fields(of: $0.record) } == b.map { HandoffCSV.fields(of: $0.record) })
        #expect(Self.generator(seed: 43, days: 21).handoffs() != a)
    }

    /// The handoffs leave every contact as it was: the contacts of a generator are the same with or without them.
    @Test func theContactsAreUntouchedAndTheContentsCarryTheHandoffs() {
        let generator = Self.generator(seed: 8, days: 14)
        var contacts: [Contact] = []
        generator.generate { contacts.append($0) }
        let contents = generator.contents()
        #expect(contents.contacts == contacts)
        #expect(contents.handoffs == generator.handoffs())
        // Up to a moment: only contacts until then, and nothing of their handoffs after it.
        let now = Fixtures.at("2023-10-24T12:00:00+03:00")
        let earlier = generator.contents(upTo: now)
        #expect(earlier.handoffs == generator.handoffs(from: earlier.contacts, upTo: now))
        for h in earlier.handoffs.map(\.record) {
            for t in [h.sentAt, h.takenAt, h.closedAt].compactMap({ $0 }) { #expect(t.instant <= now.instant) }
        }
        #expect(earlier.handoffs.count < contents.handoffs.count)
    }

    /// Each names its contact, carries one of its contact's referrals to a receiving service, was sent from its point
    /// minutes after it, and its result agrees with the referral's outcome (§9's closed loop).
    @Test func eachComesFromItsContactAndAgreesWithItsOutcome() {
        let (contacts, handoffs) = Self.demo
        for handoff in handoffs {
            let h = handoff.record, contact = contacts[handoff.contactIndex]
            #expect(contact.referrals.contains(h.service) && Self.services.contains(h.service) && h.service != "emergency")
            #expect(h.point == contact.point)
            let minutes = (h.sentAt.instant - contact.occurredAt.instant) / 60
            #expect((2...20).contains(minutes))
            let outcome = contact.outcome(of: h.service)
            switch h.result {
            case nil, .returned?: #expect(outcome == Vocabulary.pendingOutcome, "\(outcome)")
            case let result?: #expect(result.referralOutcome == outcome)
            }
        }
        // Sent in order.
        #expect(handoffs.map(\.record.sentAt.instant) == handoffs.map(\.record.sentAt.instant).sorted())
    }

    /// A few per cent of the contacts with a receiving service, and far more of the network segment's.
    @Test func aFewPerCentOfTheEligibleAndMoreInTheNetworkSegment() {
        let (contacts, handoffs) = Self.demo
        let sent = Set(handoffs.map(\.contactIndex))
        #expect(sent.count == handoffs.count, "one handoff a contact at most")
        let eligible = contacts.indices.filter { Self.eligible(contacts[$0]) }
        let plain = eligible.filter { contacts[$0].segment == nil }
        let network = eligible.filter { contacts[$0].segment == .network }
        let plainShare = Double(plain.filter(sent.contains).count) / Double(plain.count)
        let networkShare = Double(network.filter(sent.contains).count) / Double(network.count)
        #expect(plain.count > 1000 && network.count > 50, "\(plain.count), \(network.count)")
        #expect((0.02...0.09).contains(plainShare), "\(plainShare)")
        #expect(networkShare > 3 * plainShare, "\(networkShare) vs \(plainShare)")
        // A few per cent of all contacts.
        let overall = Double(handoffs.count) / Double(contacts.count)
        #expect((0.005...0.05).contains(overall), "\(overall)")
    }

    /// Most taken within a working day (8 working hours, Monday to Friday 8–16 in Helsinki), an urgent one within the
    /// hour, and taken only on working hours.
    @Test func mostAreTakenWithinAWorkingDay() {
        let hours = WorkingHours(clock: .helsinki())
        let taken = Self.demo.handoffs.map(\.record).filter { $0.takenAt != nil }
        let withinADay = taken.filter { hours.minutes(from: $0.sentAt.instant, to: $0.takenAt!.instant) <= 8 * 60 }
        #expect(Double(withinADay.count) / Double(taken.count) >= 0.75, "\(withinADay.count) of \(taken.count)")
        #expect(taken.count > 100)
        for h in taken {
            let at = h.takenAt!
            #expect(at.date.weekday <= 5 && (8...16).contains(at.hour), "\(at)")
            if h.urgency == .urgent { #expect(hours.minutes(from: h.sentAt.instant, to: at.instant) <= 60) }
        }
        let urgent = Self.demo.handoffs.filter { $0.record.urgency == .urgent }.count
        #expect(urgent > 0 && urgent < Self.demo.handoffs.count / 4)
        // The report's median hours to take meets the shipped target (≤ 24 h).
        let figures = HandoffFigures(Self.demo.handoffs.map(\.record))
        #expect(figures.hoursToTakeMedian!.value <= 24)
    }

    /// Every result occurs; returned ones have no tries, reached and not-reached ones at least one; recent handoffs
    /// are still open, old ones closed.
    @Test func someAreReturnedDeclinedOrNotReachedAndRecentOnesOpen() {
        let records = Self.demo.handoffs.map(\.record)
        let figures = HandoffFigures(records)
        for result in HandoffResult.allCases { #expect(figures.count(result) > 0, "\(result)") }
        #expect(figures.count(.reached) > figures.count(.notReached) + figures.count(.declined) + figures.count(.returned))
        #expect(figures.open > 0)
        for h in records {
            if h.result == .returned { #expect(h.tries == 0) }
            if h.result == .reached || h.result == .notReached { #expect(h.tries >= 1) }
            if h.result == .notReached { #expect(h.tries >= 3) }
        }
        let lastWeek = records.filter { $0.sentAt.date > Self.end.adding(days: -7) }
        let firstWeeks = records.filter { $0.sentAt.date < Self.end.adding(days: -28) }
        #expect(lastWeek.contains { $0.closedAt == nil } && firstWeeks.allSatisfy { $0.closedAt != nil })
        let cutoff = WorkingHours(clock: .helsinki()).instant(Self.end.adding(days: 1), 0)
        #expect(records.allSatisfy { h in [h.sentAt, h.takenAt, h.closedAt].compactMap { $0 }.allSatisfy { $0.instant <= cutoff } })
    }

    /// Every handoff is a good row of the CSV kind, written back the same.
    @Test func eachIsAGoodRowOfTheCSVKind() throws {
        let points = Set(Fixtures.catalog.points.map(\.code))
        for handoff in Self.demo.handoffs {
            let fields = HandoffCSV.fields(of: handoff.record)
            let values = Dictionary(uniqueKeysWithValues: zip(HandoffCSV.columns, fields))
            let read = try HandoffCSV.record(from: values, points: points, services: Self.services, vocabulary: Fixtures.vocabulary)
            #expect(read == handoff.record)
            #expect(HandoffCSV.fields(of: read) == fields)
        }
    }

    /// The details are obviously fictitious: "Testi Asiakas 12" with the running number, a phone number `000 000 0012`
    /// that has §9's shape (a Finnish number beginning with 0; digits and spaces; 7–15 digits) and cannot be dialled
    /// anywhere (00 is the international prefix, and no country code begins with 0); no field holds an identity code;
    /// `when` and `note` within §9's lengths.
    @Test func theNamesAndNumbersCannotBeAnyones() {
        let handoffs = Self.demo.handoffs
        for (position, handoff) in handoffs.enumerated() {
            let number = position + 1
            let names = ["Testi Asiakas \(number)", "Test Klient \(number)", "Test Client \(number)"]
            #expect(names.contains(handoff.name), "\(handoff.name)")
            #expect(handoff.phone.hasPrefix("000 000 ") && handoff.phone.hasSuffix(String(number)))
            let digits = handoff.phone.filter(\.isNumber)
            #expect(handoff.phone.allSatisfy { $0.isNumber || $0 == " " } && (7...15).contains(digits.count))
            #expect(["fi", "sv", "en", "other"].contains(handoff.language))
            #expect(handoff.when.count <= 60 && !handoff.when.isEmpty)
            #expect(handoff.note.count <= 500 && handoff.note.hasPrefix("Demo"))
            for text in [handoff.name, handoff.phone, handoff.when, handoff.note] { #expect(!IdentityCode.appears(in: text)) }
            #expect(handoff.triedAt.count == handoff.record.tries)
        }
        #expect(Set(handoffs.map(\.phone)).count == handoffs.count)
        #expect(Set(handoffs.map(\.language)).count >= 3)
        #expect(DemoGenerator.fictitiousPhone(12) == "000 000 0012" && DemoGenerator.fictitiousPhone(12345) == "000 000 12345")
    }

    /// Working hours as the receiving services keep them: a Friday afternoon's handoff waits over the weekend.
    @Test func workingHoursSkipNightsAndWeekends() {
        let hours = WorkingHours(clock: .helsinki())
        let friday = Fixtures.at("2023-10-20T15:30:00+03:00").instant
        let monday = hours.adding(minutes: 60, to: friday)
        #expect(RegionClock.helsinki().stamp(Date(timeIntervalSince1970: TimeInterval(monday))).description == "2023-10-23T08:30:00+03:00")
        #expect(hours.minutes(from: friday, to: monday) == 60)
        // Over the autumn change (29.10.2023): still 8.00 local on Monday.
        let beforeChange = Fixtures.at("2023-10-27T16:00:00+03:00").instant
        let after = hours.adding(minutes: 30, to: beforeChange)
        #expect(RegionClock.helsinki().stamp(Date(timeIntervalSince1970: TimeInterval(after))).description == "2023-10-30T08:30:00+02:00")
    }

    /// No `handoff` key in a region's demo.json: no handoffs, and everything else as before.
    @Test func aCalibrationWithoutHandoffsMakesNone() throws {
        let files = Fixtures.contents(changing: DemoCalibration.file, at: ["handoff"], to: nil)
        let calibration = try DemoCalibration.load(files[DemoCalibration.file]!, vocabulary: Fixtures.vocabulary)
        let generator = DemoGenerator(
            calibration: calibration, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
            consultationLines: Fixtures.catalog.consultationLines, seed: 3, days: 14, end: Self.end)
        #expect(generator.handoffs().isEmpty)
        #expect(generator.records() == Self.generator(days: 14).records())
    }

    @Test func aBadHandoffCalibrationIsNamed() {
        let files = Fixtures.contents(changing: DemoCalibration.file, at: ["handoff", "services_not_handed_off", 0], to: .string("kela"))
        #expect(throws: Catalog.Invalid.self) {
            _ = try DemoCalibration.load(files[DemoCalibration.file]!, vocabulary: Fixtures.vocabulary)
        }
    }
}
