/// The synthetic side of CONTRACT §7: what became of the demo contacts' referrals, their unmet needs, and the
/// feedback, mood and staffing records of the same days and points — all from `data/demo.json`, the same for
/// the same seed. Drawn from random streams of their own (derived from the seed), so that the contacts'
/// other fields are exactly what they were before §7.

/// A client's answer by its NPS group: promoters answer 9–10, passives 7–8, detractors 0–6.
enum NPSGroup: String, CaseIterable, Sendable {
    case promoter, passive, detractor

    init(nps: Int) {
        self = nps >= 9 ? .promoter : nps >= 7 ? .passive : .detractor
    }
}

/// The §7 keys of `data/demo.json`: `referral_outcome`, `unmet_need`, `feedback`, `mood` and `staffing`.
struct DemoEvaluationCalibration: Sendable {
    /// Days after which `known_share` of a contact's referrals have an outcome; fewer before, in proportion.
    let outcomeSettledAfterDays: Int
    let outcomeKnownShare: Double
    let outcomeByKind: [ReferralKind: Weighted<String>]

    let unmetShare: Double
    let unmetSegmentFactor: [Segment: Double]
    let unmetTopicFactor: [String: Double]
    let unmetCount: Weighted<Int>
    let unmetNeeds: Weighted<String>

    /// Channel → share of that channel's contacts whose client answers at the kiosk.
    let feedbackShare: [String: Double]
    let nps: Weighted<Int>
    let settled: [NPSGroup: Weighted<String>]
    let settledSkipped: Double
    let bounced: [NPSGroup: Double]
    let bouncedSkipped: Double

    let moodShare: Double
    let mood: Weighted<Int>
    let enpsShare: Double
    let enps: Weighted<Int>

    /// Weekday (1 = Monday) → an advisor's hours, in hundredths.
    let hoursPerAdvisor: [Int: Int]
    /// At most this many hundredths more or less a day, in quarter hours.
    let hoursVariation: Int
    let absenceShare: Double
    let daysOffPerWeek: Int
    let missingShare: Double
    /// The cost of a staffed hour, in cents: each point's own, drawn once.
    let hourlyCostCents: ClosedRange<Int>

    static func read(_ root: DataNode, vocabulary v: Vocabulary) -> DemoEvaluationCalibration {
        let outcome = root.member("referral_outcome"), unmet = root.member("unmet_need")
        let feedback = root.member("feedback"), mood = root.member("mood"), staffing = root.member("staffing")
        func share(_ node: DataNode?, _ key: String) -> Double { DemoCalibration.share(node?.member(key)) }

        var byKind: [ReferralKind: Weighted<String>] = [:]
        for kind in ReferralKind.allCases {
            let node = outcome?.member("outcome")?.member(kind.rawValue)
            if let pending = node?.member(Vocabulary.pendingOutcome, required: false) {
                pending.report("a referral without an outcome is pending: leave it out and set known_share")
            }
            let weights = DemoCalibration.weights(node, v.referralOutcome)
            byKind[kind] = Weighted(weights.items.filter { $0.value != Vocabulary.pendingOutcome }.map { ($0.value, $0.weight) })
        }

        var segmentFactor: [Segment: Double] = [:]
        for (code, member) in unmet?.member("segment_factor")?.members ?? [] {
            guard let segment = Segment(rawValue: code) else {
                member.report("unknown segment code '\(code)'")
                continue
            }
            if let f = factor(member) { segmentFactor[segment] = f }
        }
        var topicFactor: [String: Double] = [:]
        for (code, member) in unmet?.member("topic_factor")?.members ?? [] {
            guard v.topic.contains(code) else {
                member.report("unknown topic code '\(code)'")
                continue
            }
            if let f = factor(member) { topicFactor[code] = f }
        }

        var feedbackShare: [String: Double] = [:]
        let answerShare = feedback?.member("answer_share")
        for (code, member) in answerShare?.members ?? [] {
            if v.channel.contains(code), let n = member.number, (0...1).contains(n) {
                feedbackShare[code] = n
            } else {
                member.report("expected a channel code with a share 0–1")
            }
        }
        if answerShare != nil && feedbackShare.values.allSatisfy({ $0 == 0 }) {
            answerShare?.report("needs at least one channel whose clients answer")
        }
        var settled: [NPSGroup: Weighted<String>] = [:]
        var bounced: [NPSGroup: Double] = [:]
        for group in NPSGroup.allCases {
            settled[group] = weights(feedback?.member("settled")?.member(group.rawValue), among: FeedbackAnswer.settledAnswers)
            bounced[group] = share(feedback?.member("bounced_share"), group.rawValue)
        }

        var hours: [Int: Int] = [:]
        for (key, member) in staffing?.member("hours_per_advisor")?.members ?? [] {
            guard let day = Int(key), (1...7).contains(day), let n = member.number, (0...24).contains(n) else {
                member.report("expected 1 (Monday) … 7 with hours 0–24")
                continue
            }
            hours[day] = Int((n * 100).rounded())
        }
        if staffing != nil && hours.isEmpty { staffing?.member("hours_per_advisor")?.report("needs at least one weekday with hours") }
        let variation = staffing?.member("hours_variation").flatMap { node -> Int? in
            guard let n = node.number, (0...4).contains(n) else {
                node.report("expected hours 0–4")
                return nil
            }
            return Int((n * 4).rounded(.down)) * 25
        }
        let cost = staffing?.member("hourly_cost_eur").flatMap { node -> ClosedRange<Int>? in
            guard case .array(let bounds) = node.value, bounds.count == 2, case .number(let low) = bounds[0], case .number(let high) = bounds[1],
                  low.isFinite, high.isFinite, (0...1000).contains(low), (0...1000).contains(high), low <= high
            else {
                node.report("expected [lowest, highest] euros within 0–1000")
                return nil
            }
            return Int((low * 100).rounded())...Int((high * 100).rounded())
        }
        let daysOff = staffing?.member("advisor_days_off_per_week").flatMap { node -> Int? in
            guard let n = node.integer, (0...5).contains(n) else {
                node.report("expected a whole number 0–5")
                return nil
            }
            return n
        }
        let settledAfter = outcome?.member("settled_after_days").flatMap { node -> Int? in
            guard let n = node.integer, (1...365).contains(n) else {
                node.report("expected a whole number of days 1–365")
                return nil
            }
            return n
        }

        return DemoEvaluationCalibration(
            outcomeSettledAfterDays: settledAfter ?? 14, outcomeKnownShare: share(outcome, "known_share"), outcomeByKind: byKind,
            unmetShare: share(unmet, "share"), unmetSegmentFactor: segmentFactor, unmetTopicFactor: topicFactor,
            unmetCount: scale(unmet?.member("count"), 1...8), unmetNeeds: DemoCalibration.weights(unmet?.member("needs"), v.unmetNeed),
            feedbackShare: feedbackShare, nps: scale(feedback?.member("nps"), FeedbackAnswer.npsRange), settled: settled,
            settledSkipped: share(feedback, "settled_skipped_share"), bounced: bounced, bouncedSkipped: share(feedback, "bounced_skipped_share"),
            moodShare: share(mood, "answer_share"), mood: scale(mood?.member("mood"), MoodAnswer.moodRange),
            enpsShare: share(mood, "enps_answer_share"), enps: scale(mood?.member("enps"), FeedbackAnswer.npsRange),
            hoursPerAdvisor: hours, hoursVariation: variation ?? 0, absenceShare: share(staffing, "absence_share"),
            daysOffPerWeek: daysOff ?? 0, missingShare: share(staffing, "missing_share"), hourlyCostCents: cost ?? 4000...4000)
    }

    /// A factor of 0 or more.
    private static func factor(_ node: DataNode) -> Double? {
        guard let n = node.number, n >= 0 else {
            node.report("expected a factor of 0 or more")
            return nil
        }
        return n
    }

    /// Weights over fixed answers (`yes`, `partly`, `no`), in the given order.
    private static func weights(_ node: DataNode?, among answers: [String]) -> Weighted<String> {
        var found: [String: Double] = [:]
        for (key, member) in node?.members ?? [] {
            guard answers.contains(key) else {
                member.report("expected one of \(answers.joined(separator: ", "))")
                continue
            }
            if let w = member.number, w >= 0 { found[key] = w } else { member.report("must be a number 0 or above") }
        }
        if node != nil && found.values.allSatisfy({ $0 == 0 }) { node?.report("needs at least one answer with a weight") }
        return Weighted(answers.compactMap { answer in found[answer].map { (answer, $0) } })
    }

    /// Weights over the answers of a scale, each within `range`.
    private static func scale(_ node: DataNode?, _ range: ClosedRange<Int>) -> Weighted<Int> {
        let weights = DemoCalibration.numbered(node)
        for item in weights.items where !range.contains(item.value) {
            node?.member(String(item.value))?.report("expected an answer \(range.lowerBound)–\(range.upperBound)")
        }
        if node != nil && weights.total <= 0 { node?.report("needs at least one answer with a weight") }
        return Weighted(weights.items.filter { range.contains($0.value) }.map { ($0.value, $0.weight) })
    }
}

/// What `neuvo demo` fills its database with: the contacts and the records of their days and points.
public struct DemoContents: Equatable, Sendable {
    public let contacts: [Contact]
    public let records: [EvaluationRecord]
    /// The warm handoffs sent from the contacts (CONTRACT §9), each naming its contact by position in `contacts`.
    public let handoffs: [DemoHandoff]

    public init(contacts: [Contact], records: [EvaluationRecord], handoffs: [DemoHandoff] = []) {
        self.contacts = contacts
        self.records = records
        self.handoffs = handoffs
    }
}

extension DemoGenerator {
    /// The random streams besides the contacts' own, each derived from the seed.
    enum Stream: UInt64 {
        /// Referral outcomes and unmet needs, drawn contact by contact as the contacts come out.
        case contactEvaluation = 0x7E5F_0A11_C0DE_0001
        /// The feedback, mood and staffing records.
        case records = 0x7E5F_0A11_C0DE_0002
        /// The consultations (CONTRACT §8), drawn contact by contact as the contacts come out.
        case consultation = 0x7E5F_0A11_C0DE_0003
        /// The handoffs (CONTRACT §9), drawn over the finished contacts.
        case handoffs = 0x7E5F_0A11_C0DE_0004
    }

    /// A seed of its own for `stream`, mixed so that it shares no run of draws with the contacts' stream.
    static func derivedSeed(_ seed: UInt64, for stream: Stream) -> UInt64 {
        var mixer = SeededRandom(seed: seed ^ stream.rawValue)
        return mixer.next()
    }

    /// Each point's volume factor (0.6–1.4): the first draws of the contacts' stream.
    static func pointFactors(count: Int, random: inout SeededRandom) -> [Double] {
        (0..<count).map { _ in 0.6 + 0.8 * random.unit() }
    }

    /// The referrals' outcomes and the unmet needs of a new contact: older contacts' referrals mostly have an
    /// outcome by the period's end, recent ones are mostly still pending.
    func addEvaluation(to contact: inout Contact, random: inout SeededRandom) {
        let e = calibration.evaluation
        let age = end.daysSinceEpoch - contact.occurredAt.date.daysSinceEpoch
        let known = e.outcomeKnownShare * min(1, Double(max(0, age)) / Double(e.outcomeSettledAfterDays))
        var outcomes: [String: String] = [:]
        for referral in contact.referrals {
            guard random.chance(known) else { continue }
            let kind = vocabulary.referral[referral]?.kind ?? .external
            if let weights = e.outcomeByKind[kind], weights.total > 0 { outcomes[referral] = weights.pick(&random) }
        }
        contact.referralOutcomes = outcomes

        let segmentFactor = contact.segment.flatMap { e.unmetSegmentFactor[$0] } ?? 1
        let topicFactor = contact.topics.compactMap { e.unmetTopicFactor[$0] }.max() ?? 1
        if random.chance(min(1, e.unmetShare * segmentFactor * topicFactor)), e.unmetNeeds.total > 0 {
            contact.unmetNeeds = distinct(e.unmetCount.total > 0 ? e.unmetCount.pick(&random) : 1, from: e.unmetNeeds, random: &random)
        }
    }

    /// The feedback, mood and staffing records of the generated contacts' days and points, in day and point
    /// order (each point's staffing row, then its feedback, then its mood answers).
    public func records() -> [EvaluationRecord] {
        var tally = DemoTally(points: points)
        generate { tally.add($0) }
        return records(tally)
    }

    /// The records of one kind (none for `contacts`), as `records()` gives them.
    public func records(kind: RecordKind) -> [EvaluationRecord] {
        records().filter { record in
            switch (record, kind) {
            case (.feedback, .feedback), (.mood, .mood), (.staffing, .staffing): true
            default: false
            }
        }
    }

    /// The records for these contacts (the generator's own, or some of them): staffing on the days and points
    /// with a contact, feedback from a share of their clients, mood from the advisors at work.
    public func records(for contacts: some Sequence<Contact>) -> [EvaluationRecord] {
        var tally = DemoTally(points: points)
        for contact in contacts { tally.add(contact) }
        return records(tally)
    }

    /// The demo database's contents: the contacts up to `now` (all without it), their records and the handoffs sent
    /// from them as they stand at `now`; with `now`, today's mood answers are left out, since an advisor answers on
    /// leaving at the end of the day.
    public func contents(upTo now: Timestamp? = nil) -> DemoContents {
        var contacts: [Contact] = []
        generate { contact in
            if now.map({ contact.occurredAt <= $0 }) ?? true { contacts.append(contact) }
        }
        var records = records(for: contacts)
        if let now {
            records.removeAll { record in
                if case .mood = record { record.day >= now.date } else { false }
            }
        }
        return DemoContents(contacts: contacts, records: records, handoffs: handoffs(from: contacts, upTo: now))
    }

    /// A point's advisors and what their hour costs, drawn once for the period.
    struct Team {
        let staff: Int
        let hourlyCostCents: Int
        /// (weekday, advisor) pairs when that advisor works elsewhere every week.
        let daysOff: Set<[Int]>
        /// Each advisor's day of the month from which the screens ask eNPS.
        let enpsDay: [Int]
    }

    func records(_ tally: DemoTally) -> [EvaluationRecord] {
        let e = calibration.evaluation
        var random = SeededRandom(seed: Self.derivedSeed(seed, for: .records))
        var contactStream = SeededRandom(seed: seed)
        let factors = Self.pointFactors(count: points.count, random: &contactStream)
        let teams = factors.map { factor in
            let staff = max(1, Int((Double(calibration.advisorsPerPoint) * factor * volume).rounded()))
            let cost = random.int(e.hourlyCostCents)
            var daysOff = Set<[Int]>()
            if staff > 1 {
                for _ in 0..<e.daysOffPerWeek { daysOff.insert([random.int(1...5), random.int(0...(staff - 1))]) }
            }
            return Team(staff: staff, hourlyCostCents: cost, daysOff: daysOff, enpsDay: (0..<staff).map { _ in random.int(1...28) })
        }
        let first = end.adding(days: -(days - 1))
        // The month each advisor last answered (or was asked) eNPS: one already past the period's first day counts as asked.
        var enpsAsked = teams.map { team in
            team.enpsDay.map { $0 < first.day ? first.year * 12 + first.month : 0 }
        }

        var records: [EvaluationRecord] = []
        for dayNumber in first.daysSinceEpoch...end.daysSinceEpoch {
            let day = CivilDate(daysSinceEpoch: dayNumber)
            let month = day.year * 12 + day.month
            for (p, point) in points.enumerated() {
                guard let counts = tally.counts[DemoTally.Key(day: dayNumber, point: p)] else { continue }
                let team = teams[p]

                var present = (0..<team.staff).filter { !team.daysOff.contains([day.weekday, $0]) && !random.chance(e.absenceShare) }
                if present.isEmpty { present = [0] }  // contacts were met: someone came in
                let base = e.hoursPerAdvisor[day.weekday] ?? e.hoursPerAdvisor.values.max() ?? 750
                let quarters = e.hoursVariation / 25
                let hours = present.reduce(0) { sum, _ in sum + max(0, base + 25 * random.int(-quarters...quarters)) }
                if !random.chance(e.missingShare) {
                    let staffed = min(hours, StaffingDay.hoursRange.upperBound)
                    records.append(.staffing(StaffingDay(day: day, point: point.code, staffHundredths: staffed, hourlyCostCents: team.hourlyCostCents)))
                }

                for channel in vocabulary.channel.codes {
                    guard let share = e.feedbackShare[channel], share > 0, let met = counts.byChannel[channel] else { continue }
                    for _ in 0..<met where random.chance(share) {
                        records.append(.feedback(feedbackAnswer(day: day, point: point.code, random: &random)))
                    }
                }

                for advisor in present {
                    let mood = random.chance(e.moodShare) && e.mood.total > 0 ? e.mood.pick(&random) : nil
                    var enps: Int?
                    if enpsAsked[p][advisor] != month && day.day >= team.enpsDay[advisor] {
                        enpsAsked[p][advisor] = month
                        if random.chance(e.enpsShare) && e.enps.total > 0 { enps = e.enps.pick(&random) }
                    }
                    if mood != nil || enps != nil { records.append(.mood(MoodAnswer(day: day, point: point.code, mood: mood, enps: enps))) }
                }
            }
        }
        return records
    }

    /// One client's answer at the kiosk: whether the matter was settled and the client bounced around go
    /// with how likely they would recommend the service.
    func feedbackAnswer(day: CivilDate, point: String, random: inout SeededRandom) -> FeedbackAnswer {
        let e = calibration.evaluation
        let nps = e.nps.total > 0 ? e.nps.pick(&random) : 10
        let group = NPSGroup(nps: nps)
        var answer = FeedbackAnswer(day: day, point: point, nps: nps)
        if !random.chance(e.settledSkipped), let weights = e.settled[group], weights.total > 0 { answer.settled = weights.pick(&random) }
        if !random.chance(e.bouncedSkipped) { answer.bounced = random.chance(e.bounced[group] ?? 0) }
        return answer
    }
}

/// How many contacts each point had each day, in all and by channel: all the records are drawn from.
struct DemoTally {
    struct Key: Hashable {
        let day: Int
        let point: Int
    }

    struct Counts {
        var contacts = 0
        var byChannel: [String: Int] = [:]
    }

    let pointIndex: [String: Int]
    var counts: [Key: Counts] = [:]

    init(points: [AdvicePoint]) {
        pointIndex = Dictionary(points.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ contact: Contact) {
        guard let p = pointIndex[contact.point] else { return }
        let key = Key(day: contact.occurredAt.date.daysSinceEpoch, point: p)
        counts[key, default: Counts()].contacts += 1
        counts[key, default: Counts()].byChannel[contact.channel, default: 0] += 1
    }
}
