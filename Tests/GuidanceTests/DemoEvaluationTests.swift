import Foundation
import TestSupport
import Testing

@testable import Guidance

/// The demo generator's side of CONTRACT §7: referral outcomes and unmet needs on the contacts, and the
/// feedback, mood and staffing records of their days (data/demo.json).
struct DemoEvaluationTests {
    static let end = CivilDate(iso: "2023-10-26")!

    static func generator(seed: UInt64 = 3, days: Int = 42, end: CivilDate = end, points: Int? = nil) -> DemoGenerator {
        DemoGenerator(
            calibration: Fixtures.demoCalibration, vocabulary: Fixtures.vocabulary,
            points: Array(Fixtures.catalog.points.prefix(points ?? Fixtures.catalog.points.count)),
            consultationLines: Fixtures.catalog.consultationLines, seed: seed, days: days, end: end)
    }

    static func contacts(_ generator: DemoGenerator) -> [Contact] {
        var contacts: [Contact] = []
        generator.generate { contacts.append($0) }
        return contacts
    }

    /// The 42-day demo the plausibility checks look at, made once.
    static let demo = generator().contents()

    static func csv(_ records: [EvaluationRecord]) -> [String] {
        records.map { EvaluationCSV.fields(of: $0).joined(separator: ",") }
    }

    var feedback: [FeedbackAnswer] { Self.demo.records.compactMap { if case .feedback(let r) = $0 { r } else { nil } } }
    var mood: [MoodAnswer] { Self.demo.records.compactMap { if case .mood(let r) = $0 { r } else { nil } } }
    var staffing: [StaffingDay] { Self.demo.records.compactMap { if case .staffing(let r) = $0 { r } else { nil } } }

    // MARK: - The same seed, the same data

    @Test func theSameSeedGivesTheSameRecords() {
        let a = Self.generator(seed: 42, days: 14), b = Self.generator(seed: 42, days: 14), c = Self.generator(seed: 43, days: 14)
        #expect(a.records() == b.records())
        #expect(Self.csv(a.records()) == Self.csv(b.records()))
        #expect(a.records() != c.records())
        #expect(Self.contacts(a) == Self.contacts(b))
        for kind in [RecordKind.feedback, .mood, .staffing] {
            #expect(Self.csv(a.records(kind: kind)) == Self.csv(b.records(kind: kind)))
            #expect(!a.records(kind: kind).isEmpty)
        }
        #expect(a.records(kind: .contacts).isEmpty)
    }

    @Test func theRecordsOfAllTheContactsAreTheGeneratorsRecords() {
        let generator = Self.generator(seed: 8, days: 21)
        #expect(generator.records(for: Self.contacts(generator)) == generator.records())
        #expect(generator.contents() == DemoContents(contacts: Self.contacts(generator), records: generator.records(), handoffs: generator.handoffs()))
        let kinds = generator.records(kind: .staffing) + generator.records(kind: .feedback) + generator.records(kind: .mood)
        #expect(kinds.count == generator.records().count)
    }

    /// The §7 fields come from streams of their own: every other field of seed 3's 42 days is what it was
    /// before them (a fingerprint of the first 16 CSV columns, taken from the generator before §7). So do §8's
    /// consultations: the first 18 columns, with `referral_outcomes` and `unmet_needs`, are what they were before
    /// them (the second fingerprint, taken from `neuvo demo-data --seed 3 --days 42` before §8).
    @Test func theContactsOtherFieldsAreAsBeforeTheEvaluation() {
        func fingerprint(columns: Int) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for contact in Self.demo.contacts {
                let fields = ContactCSV.fields(of: contact, vocabulary: Fixtures.vocabulary)
                for byte in (fields.prefix(columns).joined(separator: ",") + "\n").utf8 {
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
            }
            return hash
        }
        #expect(Self.demo.contacts.count == 4357)
        #expect(fingerprint(columns: 16) == 0x2f2b_747d_47cb_4766)
        #expect(ContactColumn.allCases[16...17] == [.referralOutcomes, .unmetNeeds])
        #expect(fingerprint(columns: 18) == 0x2c40_f9ec_585a_2014)
        #expect(Self.demo.contacts.contains { $0.consultation != nil })
        #expect(Self.demo.contacts.contains { !$0.referralOutcomes.isEmpty } && Self.demo.contacts.contains { !$0.unmetNeeds.isEmpty })
        #expect(DemoGenerator.derivedSeed(5, for: .contactEvaluation) != DemoGenerator.derivedSeed(5, for: .records))
        #expect(DemoGenerator.derivedSeed(5, for: .records) != 5)
    }

    // MARK: - Contacts

    @Test func outcomesAreOnlyForTheContactsOwnReferralsAndMostlyKnownAfterTwoWeeks() {
        let contacts = Self.demo.contacts
        let points = Set(Fixtures.catalog.points.map(\.code))
        #expect(contacts.allSatisfy { $0.problems(vocabulary: Fixtures.vocabulary, points: points).isEmpty })
        #expect(contacts.allSatisfy { c in c.referralOutcomes.keys.allSatisfy(c.referrals.contains) })
        #expect(contacts.allSatisfy { !$0.referralOutcomes.values.contains(Vocabulary.pendingOutcome) })
        var old: [String: Int] = [:], recent: [String: Int] = [:]
        for contact in contacts {
            let age = Self.end.daysSinceEpoch - contact.occurredAt.date.daysSinceEpoch
            for referral in contact.referrals {
                if age >= 14 { old[contact.outcome(of: referral), default: 0] += 1 } else { recent[contact.outcome(of: referral), default: 0] += 1 }
            }
        }
        let oldTotal = old.values.reduce(0, +), recentTotal = recent.values.reduce(0, +)
        #expect(oldTotal > 1000 && recentTotal > 300)
        #expect(Double(old["pending", default: 0]) / Double(oldTotal) < 0.2)
        #expect(Double(old["reached", default: 0]) / Double(oldTotal) > 0.5)
        #expect(old["not-reached", default: 0] > old["declined", default: 0])
        #expect(old["declined", default: 0] > 0 && old["unknown", default: 0] > 0)
        #expect(Double(recent["pending", default: 0]) / Double(recentTotal) > 0.5)
        // On the period's last day nothing is known yet.
        #expect(contacts.filter { $0.occurredAt.date == Self.end }.allSatisfy { $0.referralOutcomes.isEmpty })
    }

    @Test func aFewPerCentHaveAnUnmetNeedMoreInTheDemandingSegments() {
        let contacts = Self.demo.contacts
        func share(_ part: [Contact], of whole: [Contact]) -> Double { Double(part.count) / Double(max(1, whole.count)) }
        let unmet = contacts.filter { !$0.unmetNeeds.isEmpty }
        #expect((0.01...0.10).contains(share(unmet, of: contacts)), "\(share(unmet, of: contacts))")
        var needs: [String: Int] = [:]
        for contact in unmet { for need in contact.unmetNeeds { needs[need, default: 0] += 1 } }
        #expect(Set(needs.sorted { $0.value > $1.value }.prefix(2).map(\.key)) == ["no-service", "waiting-time"])
        #expect(unmet.allSatisfy { Set($0.unmetNeeds).count == $0.unmetNeeds.count })
        // Over a longer period, for the segment's effect to show on the few segmented contacts.
        let year = Self.contacts(Self.generator(seed: 9, days: 140))
        let demanding = year.filter { $0.segment == .network || $0.segment == .collaboration }
        let plain = year.filter { $0.segment == nil || $0.segment == .selfCare }
        #expect(share(demanding.filter { !$0.unmetNeeds.isEmpty }, of: demanding) > 1.5 * share(plain.filter { !$0.unmetNeeds.isEmpty }, of: plain))
        let housing = year.filter { $0.topics == ["housing"] && $0.segment == nil }
        let forms = year.filter { $0.topics == ["forms"] && $0.segment == nil }
        #expect(share(housing.filter { !$0.unmetNeeds.isEmpty }, of: housing) > share(forms.filter { !$0.unmetNeeds.isEmpty }, of: forms))
    }

    // MARK: - Records

    @Test func feedbackGivesARealisticNPS() {
        let answers = feedback
        let walkIns = Self.demo.contacts.filter { $0.channel == "walk-in" }.count
        #expect((0.03...0.12).contains(Double(answers.count) / Double(walkIns)), "\(answers.count) answers of \(walkIns) walk-ins")
        let promoters = answers.filter { $0.nps >= 9 }.count, detractors = answers.filter { $0.nps <= 6 }.count
        let nps = Double(promoters - detractors) / Double(answers.count) * 100
        #expect((30...80).contains(nps), "NPS \(nps)")
        #expect(answers.allSatisfy { FeedbackAnswer.npsRange.contains($0.nps) })
        #expect(answers.allSatisfy { $0.settled.map(FeedbackAnswer.settledAnswers.contains) ?? true })
        let settled = answers.compactMap(\.settled)
        #expect(settled.filter { $0 == "yes" }.count > settled.filter { $0 == "partly" }.count)
        #expect(settled.filter { $0 == "partly" }.count > settled.filter { $0 == "no" }.count)
        #expect(settled.count < answers.count, "some skip the question")
        let bounced = answers.compactMap(\.bounced)
        #expect((0.05...0.25).contains(Double(bounced.filter { $0 }.count) / Double(bounced.count)))
        #expect(bounced.count < answers.count, "some skip the question")
        // Only where clients walked in: the phone service has no kiosk.
        #expect(!answers.contains { $0.point == "client-guidance" })
    }

    @Test func moodComesFromTheAdvisorsAtWorkAndSmallPointsFallUnderFive() {
        let answers = mood, points = Fixtures.catalog.points
        #expect(answers.allSatisfy { $0.mood != nil || $0.enps != nil })
        #expect(answers.allSatisfy { $0.mood.map(MoodAnswer.moodRange.contains) ?? true })
        #expect(answers.allSatisfy { $0.enps.map(FeedbackAnswer.npsRange.contains) ?? true })
        let moods = answers.compactMap(\.mood)
        #expect(moods.filter { $0 >= 3 }.count > 4 * moods.filter { $0 < 3 }.count, "mostly 3–5")
        let mean = Double(moods.reduce(0, +)) / Double(moods.count)
        #expect((3.3...4.3).contains(mean))
        // About one answer a day per advisor: the staffed hours tell how many were at work.
        let hours = staffing.reduce(0) { $0 + $1.staffHundredths }
        let advisorDays = Double(hours) / 750
        #expect((0.5...1.0).contains(Double(moods.count) / advisorDays), "\(moods.count) answers over \(advisorDays) advisor days")
        // eNPS about once a month per advisor: far fewer than the daily mood answers.
        let enps = answers.compactMap(\.enps)
        #expect(enps.count > 5 && enps.count * 8 < moods.count)
        // The anonymity rule shows: some point has a week (Monday–Friday) with fewer than 5 mood answers.
        let weeks = stride(from: Self.end.daysSinceEpoch - 41, through: Self.end.daysSinceEpoch, by: 1)
            .map(CivilDate.init(daysSinceEpoch:)).filter { $0.weekday == 1 && $0.adding(days: 4) <= Self.end }
        let underFive = points.flatMap { point in
            weeks.map { monday in
                answers.filter { $0.point == point.code && $0.mood != nil && $0.day >= monday && $0.day <= monday.adding(days: 4) }.count
            }
        }.filter { $0 < 5 }
        #expect(!underFive.isEmpty)
        #expect(points.allSatisfy { point in answers.filter { $0.point == point.code && $0.mood != nil }.count >= 5 }, "over the whole period every point is shown")
    }

    @Test func staffingIsOneRowADayAndPointWithContacts() {
        let rows = staffing
        let pairs = rows.map { "\($0.day) \($0.point)" }
        #expect(Set(pairs).count == pairs.count, "at most one row per day and point")
        let withContacts = Set(Self.demo.contacts.map { "\($0.occurredAt.date) \($0.point)" })
        #expect(Set(pairs).isSubset(of: withContacts))
        #expect(Double(pairs.count) >= 0.9 * Double(withContacts.count), "nearly every day with contacts is staffed")
        #expect(rows.allSatisfy { (100...6000).contains($0.staffHundredths) && StaffingDay.hoursRange.contains($0.staffHundredths) })
        #expect(rows.allSatisfy { (3500...4500).contains($0.hourlyCostCents) })
        #expect(rows.allSatisfy { $0.staffHundredths % 25 == 0 })
        // A point's hour keeps its cost; points differ.
        let costs = Dictionary(grouping: rows, by: \.point).mapValues { Set($0.map(\.hourlyCostCents)) }
        #expect(costs.values.allSatisfy { $0.count == 1 })
        #expect(Set(costs.values.map { $0.first! }).count > 1)
        // Fridays are shorter.
        func mean(_ weekday: Int) -> Double {
            let day = rows.filter { $0.day.weekday == weekday }
            return Double(day.reduce(0) { $0 + $1.staffHundredths }) / Double(day.count)
        }
        #expect(mean(5) < mean(2))
        let cost = rows.reduce(0.0) { $0 + Double($1.staffHundredths) * Double($1.hourlyCostCents) / 10_000 }
        #expect((15...60).contains(cost / Double(Self.demo.contacts.count)), "cost per contact \(cost / Double(Self.demo.contacts.count)) €")
    }

    @Test func everyRecordRoundTripsThroughItsCSV() throws {
        let points = Set(Fixtures.catalog.points.map(\.code))
        for record in Self.demo.records {
            let kind: RecordKind
            switch record {
            case .feedback: kind = .feedback
            case .mood: kind = .mood
            case .staffing: kind = .staffing
            }
            let fields = EvaluationCSV.fields(of: record)
            #expect(fields.count == kind.columns.count)
            let values = Dictionary(uniqueKeysWithValues: zip(kind.columns, fields))
            #expect(try EvaluationCSV.record(kind, from: values, points: points) == record)
        }
    }

    @Test func theDemoDatabaseStopsAtNow() {
        let generator = Self.generator(seed: 4, days: 14)
        let now = Timestamp(date: Self.end, hour: 11, minute: 30, offsetMinutes: 180)
        let demo = generator.contents(upTo: now)
        #expect(!demo.contacts.isEmpty && demo.contacts.allSatisfy { $0.occurredAt <= now })
        #expect(demo.contacts.contains { $0.occurredAt.date == Self.end })
        #expect(demo.records.allSatisfy { $0.day <= Self.end })
        #expect(demo.records.contains { $0.day == Self.end })
        #expect(!demo.records.contains { if case .mood = $0 { $0.day == Self.end } else { false } }, "today's mood comes at the day's end")
        #expect(generator.contents(upTo: now) == demo)
    }

    // MARK: - The calibration

    struct BadKey: Sendable, CustomTestStringConvertible {
        let path: [String]
        let value: JSONValue?
        let key: String
        let message: String
        var testDescription: String { key }
    }

    @Test(arguments: ([
        (["unmet_need", "needs", "homeless"], JSONValue.number(3), "unmet_need.needs.homeless", "unknown unmet_need"),
        (["unmet_need", "share"], .number(1.5), "unmet_need.share", "between 0 and 1"),
        (["unmet_need", "topic_factor", "weather"], .number(2), "unmet_need.topic_factor.weather", "unknown topic"),
        (["referral_outcome", "outcome", "internal", "pending"], .number(5), "referral_outcome.outcome.internal.pending", "known_share"),
        (["referral_outcome", "settled_after_days"], .number(0), "referral_outcome.settled_after_days", "1–365"),
        (["feedback", "nps", "11"], .number(5), "feedback.nps.11", "0–10"),
        (["feedback", "answer_share", "fax"], .number(0.1), "feedback.answer_share.fax", "channel"),
        (["feedback", "settled", "promoter", "maybe"], .number(1), "feedback.settled.promoter.maybe", "yes, partly, no"),
        (["mood", "mood", "6"], .number(1), "mood.mood.6", "1–5"),
        (["staffing", "hourly_cost_eur"], .array([.number(45), .number(35)]), "staffing.hourly_cost_eur", "[lowest, highest]"),
        (["staffing", "hours_per_advisor", "8"], .number(7.5), "staffing.hours_per_advisor.8", "1 (Monday)"),
        (["staffing"], nil, "staffing", "missing"),
        // CONTRACT §8's consultations.
        (["consultation", "share"], .number(1.5), "consultation.share", "between 0 and 1"),
        (["consultation", "segment_share", "vip"], .number(0.1), "consultation.segment_share.vip", "unknown segment"),
        (["consultation", "segment_share", "network"], .number(-0.2), "consultation.segment_share.network", "between 0 and 1"),
        (["consultation", "resolved_factor"], .number(-1), "consultation.resolved_factor", "factor of 0 or more"),
        (["consultation", "unresolved_factor"], .string("half"), "consultation.unresolved_factor", "factor of 0 or more"),
        (["consultation"], nil, "consultation", "missing"),
    ] as [([String], JSONValue?, String, String)]).map(BadKey.init))
    func aBadEvaluationKeyIsNamed(_ bad: BadKey) {
        let (path, value, key, message) = (bad.path, bad.value, bad.key, bad.message)
        let files = Fixtures.contents(changing: DemoCalibration.file, at: path.map { PathStep.key($0) }, to: value)
        do throws(Catalog.Invalid) {
            _ = try DemoCalibration.load(files[DemoCalibration.file]!, vocabulary: Fixtures.vocabulary)
            Issue.record("loaded with \(key)")
        } catch {
            #expect(error.problems.contains { $0.key == key && $0.message.contains(message) }, "\(error.problems)")
        }
    }
}
