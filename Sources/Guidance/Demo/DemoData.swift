import Foundation

/// A small seeded random generator (SplitMix64) whose every draw is computed here, so that the same
/// seed gives the same synthetic data on every machine and Swift version.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A whole number in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(unit() * Double(range.count))
    }

    public mutating func chance(_ share: Double) -> Bool { unit() < share }
}

/// Relative weights over some values, drawn from in their given order.
public struct Weighted<Value: Sendable>: Sendable {
    let items: [(value: Value, weight: Double)]
    let total: Double

    init(_ items: [(Value, Double)]) {
        self.items = items.map { (value: $0.0, weight: $0.1) }
        self.total = items.reduce(0) { $0 + $1.1 }
    }

    func pick(_ random: inout SeededRandom) -> Value {
        var u = random.unit() * total
        for item in items {
            if u < item.weight { return item.value }
            u -= item.weight
        }
        return items[items.count - 1].value
    }
}

/// How synthetic contacts are distributed (`data/demo.json`), calibrated on the pilots in DOMAIN.md.
public struct DemoCalibration: Sendable {
    public static let file = "demo.json"

    public let defaultEnd: CivilDate
    let contactsPerDay: Double
    let weekdayFactor: [Int: Double]
    let hours: Weighted<Int>
    let walkInPointChannel: Weighted<String>
    let remotePointChannel: Weighted<String>
    let ageGroup: Weighted<String>
    let topicCount: Weighted<Int>
    let topicsByAge: [String: Weighted<String>]
    let contactBy: [String: Weighted<String>]
    let reason: [String: Weighted<String>]
    let reasonShareOtherChannels: Double
    let identifiedShare: [String: Double]
    let referralCount: Weighted<Int>
    let referralsByTopic: [String: [(String, Double)]]
    let resolvedShare: Double
    let clientRefShare: Double
    let repeatShare: Double
    let repeatWithinDays: Int
    let repeatChannel: Weighted<String>
    let segmentShare: Double
    let segment: Weighted<Segment>
    let durationShare: Double
    let durationMinutes: [String: ClosedRange<Int>]
    let satisfactionShare: Double
    let satisfaction: Weighted<Int>
    let advisorsPerPoint: Int
    /// Referral outcomes, unmet needs and the feedback, mood and staffing records (CONTRACT §7).
    let evaluation: DemoEvaluationCalibration
    /// Which contacts consulted a real-time consultation line (CONTRACT §8).
    let consultation: DemoConsultationCalibration
    /// Which contacts' matters were handed off to a receiving service, and what became of them (CONTRACT §9).
    let handoff: DemoHandoffCalibration

    /// Reads and checks the calibration against the vocabulary; problems name the file and the key.
    public static func load(_ data: Data, vocabulary v: Vocabulary) throws(Catalog.Invalid) -> DemoCalibration {
        let log = ProblemLog()
        guard let root = DataNode.root(of: data, file: file, log: log) else { throw Catalog.Invalid(problems: log.problems) }
        func share(_ key: String) -> Double { Self.share(root.member(key)) }
        func weights(_ node: DataNode?, _ list: CodeList) -> Weighted<String> { Self.weights(node, list) }
        func numbered(_ node: DataNode?) -> Weighted<Int> { Self.numbered(node) }
        func byCode(_ key: String, _ keys: CodeList, _ list: CodeList) -> [String: Weighted<String>] {
            var result: [String: Weighted<String>] = [:]
            for (code, member) in root.member(key)?.members ?? [] {
                if keys.contains(code) || code == "other" { result[code] = weights(member, list) } else { member.report("unknown \(keys.field) code '\(code)'") }
            }
            return result
        }

        let end = root.member("default_end")?.text.flatMap { text -> CivilDate? in
            let date = CivilDate(iso: text)
            if date == nil { root.member("default_end")?.report("not a date like 2023-10-26") }
            return date
        }
        var weekdays: [Int: Double] = [:]
        for (key, member) in root.member("weekday_factor")?.members ?? [] {
            if let day = Int(key), (1...7).contains(day), let f = member.number { weekdays[day] = f } else { member.report("expected 1 (Monday) … 7 with a factor") }
        }
        var durations: [String: ClosedRange<Int>] = [:]
        for (code, member) in root.member("duration_minutes")?.members ?? [] {
            guard v.channel.contains(code), case .array(let bounds) = member.value, bounds.count == 2,
                let low = bounds[0].integer, let high = bounds[1].integer, Contact.durationRange.contains(low), low <= high,
                Contact.durationRange.contains(high)
            else {
                member.report("expected a channel code with [shortest, longest] minutes within 1–480")
                continue
            }
            durations[code] = low...high
        }
        var identified: [String: Double] = [:]
        for (code, member) in root.member("identified_share")?.members ?? [] {
            if v.channel.contains(code), let n = member.number, (0...1).contains(n) { identified[code] = n } else { member.report("expected a channel code with a share 0–1") }
        }
        var referralsByTopic: [String: [(String, Double)]] = [:]
        for (topic, member) in root.member("referrals_by_topic")?.members ?? [] {
            guard v.topic.contains(topic) else {
                member.report("unknown topic code '\(topic)'")
                continue
            }
            referralsByTopic[topic] = weights(member, v.referral).items.map { ($0.value, $0.weight) }
        }
        let segments = weights(root.member("segment"), v.segment).items.compactMap { item in
            Segment(rawValue: item.value).map { ($0, item.weight) }
        }
        let calibration = DemoCalibration(
            defaultEnd: end ?? CivilDate(year: 2023, month: 10, day: 26)!,
            contactsPerDay: root.member("contacts_per_day")?.number ?? 0, weekdayFactor: weekdays,
            hours: numbered(root.member("hour_weights")),
            walkInPointChannel: weights(root.member("channel")?.member("walk_in_point"), v.channel),
            remotePointChannel: weights(root.member("channel")?.member("remote_point"), v.channel),
            ageGroup: weights(root.member("age_group"), v.ageGroup), topicCount: numbered(root.member("topic_count")),
            topicsByAge: byCode("topics_by_age", v.ageGroup, v.topic), contactBy: byCode("contact_by", v.channel, v.contactBy),
            reason: byCode("reason", v.channel, v.reason), reasonShareOtherChannels: share("reason_share_other_channels"),
            identifiedShare: identified, referralCount: numbered(root.member("referral_count")), referralsByTopic: referralsByTopic,
            resolvedShare: share("resolved_share"), clientRefShare: share("client_ref_share"), repeatShare: share("repeat_share"),
            repeatWithinDays: root.member("repeat_within_days")?.integer ?? 14,
            repeatChannel: weights(root.member("repeat_channel"), v.channel), segmentShare: share("segment_share"),
            segment: Weighted(segments), durationShare: share("duration_share"), durationMinutes: durations,
            satisfactionShare: share("satisfaction_share"), satisfaction: numbered(root.member("satisfaction")),
            advisorsPerPoint: max(1, root.member("advisors_per_point")?.integer ?? 1),
            evaluation: DemoEvaluationCalibration.read(root, vocabulary: v), consultation: DemoConsultationCalibration.read(root),
            handoff: DemoHandoffCalibration.read(root, vocabulary: v))
        for age in v.ageGroup.codes where calibration.topicsByAge[age] == nil {
            root.member("topics_by_age")?.report("no topics for age group '\(age)'")
        }
        guard log.problems.isEmpty else { throw Catalog.Invalid(problems: log.problems) }
        return calibration
    }

    /// A share 0–1; 0, logged, when missing or out of range.
    static func share(_ node: DataNode?) -> Double {
        guard let node, let n = node.number else { return 0 }
        if !(0...1).contains(n) { node.report("must be between 0 and 1") }
        return n
    }

    /// code → weight for the codes of `list`, in the list's order.
    static func weights(_ node: DataNode?, _ list: CodeList) -> Weighted<String> {
        var found: [String: Double] = [:]
        for (code, member) in node?.members ?? [] {
            guard list.contains(code) else {
                member.report("unknown \(list.field) code '\(code)'")
                continue
            }
            if let w = member.number, w > 0 { found[code] = w } else { member.report("must be a number above 0") }
        }
        if found.isEmpty { node?.report("needs at least one \(list.field) with a weight") }
        return Weighted(list.codes.compactMap { code in found[code].map { (code, $0) } })
    }

    /// Whole-number keys with weights, in increasing order.
    static func numbered(_ node: DataNode?) -> Weighted<Int> {
        let items = (node?.members ?? []).compactMap { key, member -> (Int, Double)? in
            guard let n = Int(key), let w = member.number, w >= 0 else {
                member.report("expected a whole-number key with a weight")
                return nil
            }
            return (n, w)
        }.sorted { $0.0 < $1.0 }
        if items.isEmpty { node?.report("needs at least one weight") }
        return Weighted(items)
    }
}

/// Realistic synthetic contacts for trainers, tests and benchmarks: weekdays 9–15 with a busier Monday,
/// the same output for the same seed and options; and the feedback, mood and staffing records of their days
/// (`records()`, DemoEvaluation.swift), and their consultations (DemoConsultation.swift).
public struct DemoGenerator: Sendable {
    public let calibration: DemoCalibration
    public let vocabulary: Vocabulary
    public let points: [AdvicePoint]
    /// The lines a contact may consult (CONTRACT §8; `Catalog.consultationLines`): none, no consultations.
    public let consultationLines: [ConsultationLine]
    public let seed: UInt64
    public let days: Int
    public let end: CivilDate
    /// Scales `contacts_per_day` (1 = as calibrated).
    public let volume: Double
    /// The region's clock, whose zone gives each contact's offset.
    public let clock: RegionClock
    /// The offset of every day of the period whose offset does not change within the day, by day number (a day of
    /// the spring or autumn change is asked of the zone at the contact's hour): one look-up per contact.
    let dayOffsets: [Int: Int]

    public init(
        calibration: DemoCalibration, vocabulary: Vocabulary, points: [AdvicePoint], consultationLines: [ConsultationLine],
        seed: UInt64, days: Int, end: CivilDate, volume: Double = 1, clock: RegionClock = .helsinki()
    ) {
        self.calibration = calibration
        self.vocabulary = vocabulary
        self.points = points
        self.consultationLines = consultationLines
        self.seed = seed
        self.days = days
        self.end = end
        self.volume = volume
        self.clock = clock
        var offsets: [Int: Int] = [:]
        for number in (end.daysSinceEpoch - max(days, 1) + 1)...end.daysSinceEpoch {
            let day = CivilDate(daysSinceEpoch: number)
            let early = clock.offsetMinutes(on: day, hour: 0, minute: 0), late = clock.offsetMinutes(on: day, hour: 23, minute: 59)
            if early == late { offsets[number] = early }
        }
        dayOffsets = offsets
    }

    /// Calls `each` with every contact in time order, with its referral outcomes and unmet needs as of `end` and its
    /// consultation.
    public func generate(_ each: (Contact) throws -> Void) rethrows {
        var random = SeededRandom(seed: seed)
        var evaluation = SeededRandom(seed: Self.derivedSeed(seed, for: .contactEvaluation))
        var consulting = SeededRandom(seed: Self.derivedSeed(seed, for: .consultation))
        let c = calibration
        let pointFactors = Self.pointFactors(count: points.count, random: &random)
        var knownClients = points.map { _ in [(ref: String, age: String)]() }
        var pending: [Int: [Contact]] = [:]  // repeat contacts by day number
        let first = end.adding(days: -(days - 1))

        for dayNumber in first.daysSinceEpoch...end.daysSinceEpoch {
            let day = CivilDate(daysSinceEpoch: dayNumber)
            var today = pending.removeValue(forKey: dayNumber) ?? []
            if let factor = c.weekdayFactor[day.weekday] {
                for (p, point) in points.enumerated() {
                    let expected = c.contactsPerDay * volume * factor * pointFactors[p]
                    let count = Int((expected * (0.75 + 0.5 * random.unit())).rounded())
                    for _ in 0..<count {
                        var contact = newContact(day: day, point: point, pointIndex: p, random: &random)
                        if random.chance(c.clientRefShare) {
                            let reuse = !knownClients[p].isEmpty && random.chance(0.15)
                            let client = reuse ? knownClients[p][random.int(0...(knownClients[p].count - 1))]
                                : (ref: Self.pseudonym(&random), age: contact.ageGroup)
                            if !reuse {
                                knownClients[p].append(client)
                                if knownClients[p].count > 400 { knownClients[p].removeFirst(100) }
                            }
                            contact.clientRef = client.ref
                            contact.ageGroup = client.age
                            let share = c.repeatShare * (contact.resolved ? 0.5 : 1.6)
                            if random.chance(share), let later = repeatContact(of: contact, pointIndex: p, random: &random) {
                                pending[later.occurredAt.date.daysSinceEpoch, default: []].append(later)
                            }
                        }
                        today.append(contact)
                    }
                }
            }
            today.sort { $0.occurredAt < $1.occurredAt }
            for var contact in today {
                addEvaluation(to: &contact, random: &evaluation)
                addConsultation(to: &contact, random: &consulting)
                try each(contact)
            }
        }
    }

    func newContact(day: CivilDate, point: AdvicePoint, pointIndex: Int, random: inout SeededRandom) -> Contact {
        let c = calibration
        let channel = (point.walkIn ? c.walkInPointChannel : c.remotePointChannel).pick(&random)
        let age = c.ageGroup.pick(&random)
        let topics = distinct(c.topicCount.pick(&random), from: c.topicsByAge[age]!, random: &random)
        var contact = Contact(
            occurredAt: time(on: day, random: &random), point: point.code, channel: channel, topics: topics,
            resolved: random.chance(c.resolvedShare), ageGroup: age)
        fill(&contact, pointIndex: pointIndex, random: &random)
        return contact
    }

    /// Everything but time, point, channel, topics and age: drawn for new contacts and repeats alike.
    func fill(_ contact: inout Contact, pointIndex: Int, random: inout SeededRandom) {
        let c = calibration
        let channelKey = c.contactBy[contact.channel] == nil ? "other" : contact.channel
        contact.contactBy = c.contactBy[channelKey]?.pick(&random) ?? Contact.defaultContactBy
        let reasonKey = c.reason[contact.channel] == nil ? "other" : contact.channel
        if reasonKey != "other" || random.chance(c.reasonShareOtherChannels) {
            contact.reason = c.reason[reasonKey]?.pick(&random)
        }
        contact.identified = random.chance(c.identifiedShare[contact.channel] ?? 0)
        let areas = Set(contact.topics.compactMap { vocabulary.topic[$0]?.area })
        contact.serviceArea = areas.count == 1 ? areas.first : "both"
        let candidates = contact.topics.flatMap { c.referralsByTopic[$0] ?? [] }
        if !candidates.isEmpty {
            contact.referrals = distinct(c.referralCount.pick(&random), from: Weighted(candidates), random: &random)
        }
        if random.chance(c.segmentShare) { contact.segment = c.segment.pick(&random) }
        if let range = c.durationMinutes[contact.channel], random.chance(c.durationShare) {
            contact.durationMinutes = random.int(range)
        }
        if random.chance(c.satisfactionShare) { contact.satisfaction = c.satisfaction.pick(&random) }
        contact.advisor = "neuvoja-\(pointIndex * c.advisorsPerPoint + random.int(1...c.advisorsPerPoint))"
    }

    /// The same client about the same matter again, in another channel, on a later weekday within the window.
    func repeatContact(of first: Contact, pointIndex: Int, random: inout SeededRandom) -> Contact? {
        let c = calibration
        var date = first.occurredAt.date.adding(days: random.int(1...max(1, c.repeatWithinDays - 1)))
        while date.weekday > 5 { date = date.adding(days: 1) }
        guard date <= end else { return nil }
        var topics = [first.topics[0]]
        if random.chance(0.3), let extra = c.topicsByAge[first.ageGroup]?.pick(&random), !topics.contains(extra) { topics.append(extra) }
        var contact = Contact(
            occurredAt: time(on: date, random: &random), point: first.point, channel: c.repeatChannel.pick(&random),
            topics: topics, resolved: random.chance(min(1, c.resolvedShare + 0.15)), ageGroup: first.ageGroup,
            clientRef: first.clientRef)
        fill(&contact, pointIndex: pointIndex, random: &random)
        return contact
    }

    func time(on day: CivilDate, random: inout SeededRandom) -> Timestamp {
        let hour = calibration.hours.pick(&random), minute = random.int(0...59)
        return Timestamp(
            date: day, hour: hour, minute: minute, second: 0,
            offsetMinutes: dayOffsets[day.daysSinceEpoch] ?? clock.offsetMinutes(on: day, hour: hour, minute: minute))
    }

    func distinct(_ count: Int, from weights: Weighted<String>, random: inout SeededRandom) -> [String] {
        var chosen: [String] = []
        var tries = 0
        while chosen.count < count && tries < count * 8 {
            let code = weights.pick(&random)
            if !chosen.contains(code) { chosen.append(code) }
            tries += 1
        }
        return chosen
    }

    /// A synthetic pseudonym of the real ones' shape: 43 characters of base64url.
    static func pseudonym(_ random: inout SeededRandom) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        return String((0..<43).map { _ in alphabet[Int(random.next() & 63)] })
    }
}
