import Foundation

/// The synthetic side of CONTRACT §9: warm handoffs sent from the demo's contacts, from `data/demo.json`'s `handoff`
/// key, the same for the same seed. Drawn from a random stream of their own (derived from the seed) over the contacts
/// as they are, so that not one contact changes.
///
/// Who: a few per cent of the contacts with a referral to a receiving service (an internal destination), far more in
/// the network and collaboration segments, whose matters most need carrying over (seed 003). What became of each
/// agrees with the referral outcome its contact already carries (the closed loop of §9 sets one from the other): a
/// reached, not-reached or declined outcome is that handoff's result; a referral still `pending` after the outcomes
/// have settled (`referral_outcome.settled_after_days`) was returned by the service, and a recent pending one is still
/// open; a referral whose outcome is `unknown` was never handed off (a handoff's outcome is always known). When: sent
/// a few minutes after the contact, taken on the receiving service's working hours (Monday to Friday 8–16 in the
/// region's time zone) — most within a working day, an urgent one within the hour — then tried, reached or given up,
/// and closed; nothing after the period's end (or `now`) has happened yet.
///
/// The personal details are obviously fictitious: the name of `data/demo.json`'s `handoff.details` in the language to
/// call in, with the handoff's running number (`… 12`), and the phone number `000 000 0012`: after the trunk prefix 0 a
/// second 0 begins the international prefix 00, and the next digit would begin a country code, none of which begins
/// with 0 (ITU-T E.164) — so the number has the shape §9 asks for (a Finnish number beginning with 0, 10 digits) and
/// cannot reach anyone, in Finland or abroad.
public struct DemoHandoff: Equatable, Sendable {
    /// The figures: the CSV kind `handoffs`' row.
    public let record: HandoffRecord
    /// The contact it was sent from: its position among the contacts `DemoGenerator.generate` gives (and so in
    /// `DemoContents.contacts`), and the referral it carries over (the record's service).
    public let contactIndex: Int
    public let name: String
    public let phone: String
    /// `fi`, `sv`, `en` or `other`.
    public let language: String
    /// When to call (≤ 60 characters).
    public let when: String
    /// For the receiving professional (≤ 500 characters).
    public let note: String
    /// The time of each try to reach the client, as many as `record.tries`.
    public let triedAt: [Timestamp]
}

/// The `handoff` key of `data/demo.json`.
struct DemoHandoffCalibration: Sendable {
    /// The chance of a handoff for a contact with a referral to a receiving service, without a segment in `segmentShare`.
    let share: Double
    let segmentShare: [Segment: Double]
    /// Receiving services a matter is not handed off to (emergency care is called at once, never queued).
    let notHandedOff: Set<String>
    let urgentShare: Double
    /// Working hours within which a handoff is taken, as weights over upper bounds (`"8": 15`: within 4–8 working hours).
    let takeWithin: Weighted<Int>
    /// The try on which a reached or declining client answered.
    let triesToReach: Weighted<Int>
    /// Tries before the service gives up (not-reached).
    let triesBeforeGivingUp: Weighted<Int>
    /// The language to call in.
    let language: Weighted<String>
    /// The fictitious details' texts by the language to call in (`other`: Finnish's).
    let details: [String: DemoHandoffTexts]

    /// The details' texts to call in `language`.
    func texts(_ language: String) -> DemoHandoffTexts { details[language] ?? details["fi"] ?? DemoHandoffTexts.none }

    static let languages = ["fi", "sv", "en", "other"]

    static func read(_ root: DataNode, vocabulary v: Vocabulary) -> DemoHandoffCalibration {
        let node = root.member("handoff", required: false)
        _ = node?.member("note", required: false)?.text
        var segmentShare: [Segment: Double] = [:]
        for (code, member) in node?.member("segment_share", required: false)?.members ?? [] {
            guard let segment = Segment(rawValue: code) else {
                member.report("unknown segment code '\(code)'")
                continue
            }
            segmentShare[segment] = DemoCalibration.share(member)
        }
        var notHandedOff = Set<String>()
        for member in node?.member("services_not_handed_off", required: false)?.elements ?? [] {
            guard let code = member.text, v.referral[code]?.kind == .internal else {
                member.report("expected the code of a receiving service (an internal referral)")
                continue
            }
            notHandedOff.insert(code)
        }
        func numbered(_ key: String, _ range: ClosedRange<Int>) -> Weighted<Int> {
            guard let member = node?.member(key) else { return Weighted([(range.lowerBound, 1)]) }
            let weights = DemoCalibration.numbered(member)
            for item in weights.items where !range.contains(item.value) {
                member.member(String(item.value))?.report("expected \(range.lowerBound)–\(range.upperBound)")
            }
            let kept = weights.items.filter { range.contains($0.value) && $0.weight > 0 }
            return kept.isEmpty ? Weighted([(range.lowerBound, 1)]) : Weighted(kept.map { ($0.value, $0.weight) })
        }
        var languages: [(String, Double)] = []
        for (code, member) in node?.member("language", required: false)?.members ?? [] {
            guard languages.count < 4, Self.languages.contains(code), let w = member.number, w > 0 else {
                member.report("expected one of \(Self.languages.joined(separator: ", ")) with a weight above 0")
                continue
            }
            languages.append((code, w))
        }
        languages.sort { Self.languages.firstIndex(of: $0.0)! < Self.languages.firstIndex(of: $1.0)! }
        guard let node else {
            return DemoHandoffCalibration(
                share: 0, segmentShare: [:], notHandedOff: [], urgentShare: 0, takeWithin: Weighted([(1, 1)]),
                triesToReach: Weighted([(1, 1)]), triesBeforeGivingUp: Weighted([(3, 1)]), language: Weighted([("fi", 1)]),
                details: [:])
        }
        _ = node.member("details_note", required: false)?.text
        var details: [String: DemoHandoffTexts] = [:]
        for language in ["fi", "sv", "en"] {
            guard let texts = node.member("details")?.member(language) else { continue }
            details[language] = DemoHandoffTexts.read(texts)
        }
        return DemoHandoffCalibration(
            share: DemoCalibration.share(node.member("share")), segmentShare: segmentShare, notHandedOff: notHandedOff,
            urgentShare: DemoCalibration.share(node.member("urgent_share")),
            takeWithin: numbered("take_within_working_hours", 1...200), triesToReach: numbered("tries_to_reach", 1...HandoffCSV.triesRange.upperBound),
            triesBeforeGivingUp: numbered("tries_before_giving_up", 1...HandoffCSV.triesRange.upperBound),
            language: languages.isEmpty ? Weighted([("fi", 1)]) : Weighted(languages), details: details)
    }

    /// The chance that a contact with a referral to a receiving service has its matter handed off.
    func chance(of contact: Contact) -> Double {
        contact.segment.flatMap { segmentShare[$0] } ?? share
    }
}

/// The receiving services' working hours, Monday to Friday from `start` to `end` o'clock in the region's time zone:
/// a handoff is taken and tried only then.
struct WorkingHours: Sendable {
    let clock: RegionClock
    var start = 8
    var end = 16

    /// The instant `minutes` working minutes after `instant` (a start outside working hours waits for them).
    func adding(minutes: Int, to instant: Int64) -> Int64 {
        var now = instant, left = Int64(minutes) * 60
        while true {
            let (opens, closes) = window(from: now)
            now = max(now, opens)
            if now + left <= closes { return now + left }
            left -= closes - now
            now = closes
        }
    }

    /// Working minutes from `from` to `to` (rounded down).
    func minutes(from: Int64, to: Int64) -> Int {
        var now = from, seconds: Int64 = 0
        while now < to {
            let (opens, closes) = window(from: now)
            guard opens < to else { break }
            now = max(now, opens)
            seconds += min(closes, to) - now
            now = closes
        }
        return Int(seconds / 60)
    }

    /// The working window in force at `instant` or the next one after it: (opens, closes) as instants.
    func window(from instant: Int64) -> (Int64, Int64) {
        var day = clock.stamp(Date(timeIntervalSince1970: TimeInterval(instant))).date
        while true {
            if day.weekday <= 5 {
                let closes = self.instant(day, end)
                if instant < closes { return (self.instant(day, start), closes) }
            }
            day = day.adding(days: 1)
        }
    }

    func instant(_ day: CivilDate, _ hour: Int) -> Int64 {
        Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600) - Int64(clock.offsetMinutes(on: day, hour: hour, minute: 0) * 60)
    }
}

extension DemoGenerator {
    /// The handoffs sent from the generated contacts, in the order sent, as they stand at the end of `end` (or at `now`).
    public func handoffs(upTo now: Timestamp? = nil) -> [DemoHandoff] {
        var contacts: [Contact] = []
        generate { contacts.append($0) }
        return handoffs(from: contacts, upTo: now)
    }

    /// The handoffs sent from `contacts` — the generator's own, in the order it gives them, or the first of them —
    /// up to `now` (default: the end of the period's last day).
    public func handoffs(from contacts: [Contact], upTo now: Timestamp? = nil) -> [DemoHandoff] {
        let h = calibration.handoff
        var random = SeededRandom(seed: Self.derivedSeed(seed, for: .handoffs))
        let hours = WorkingHours(clock: clock)
        let cutoff = now?.instant ?? hours.instant(end.adding(days: 1), 0)
        let settledAfter = calibration.evaluation.outcomeSettledAfterDays
        var made: [(sent: Int64, index: Int, handoff: DemoHandoff)] = []

        for (index, contact) in contacts.enumerated() {
            let candidates = contact.referrals.filter { code in
                vocabulary.referral[code]?.kind == .internal && !h.notHandedOff.contains(code)
                    && contact.outcome(of: code) != "unknown"
            }
            // One draw a contact with a receiving service, and the rest only for a handoff.
            guard !candidates.isEmpty, random.chance(h.chance(of: contact)) else { continue }
            let service = candidates[random.int(0...(candidates.count - 1))]
            let sent = contact.occurredAt.instant + Int64(60 * random.int(2...20))
            let urgent = random.chance(h.urgentShare)
            // Taken on working hours: an urgent one within the hour, the others within a drawn bound.
            let bound = urgent ? 1 : h.takeWithin.pick(&random)
            let lower = urgent ? 0 : h.takeWithin.items.map(\.value).filter { $0 < bound }.max() ?? 0
            let taken = hours.adding(minutes: random.int((lower * 60 + 5)...max(lower * 60 + 5, bound * 60)), to: sent)
            let age = end.daysSinceEpoch - contact.occurredAt.date.daysSinceEpoch
            let result: HandoffResult? = switch contact.outcome(of: service) {
            case "reached": .reached
            case "not-reached": .notReached
            case "declined": .declined
            default: age > settledAfter ? .returned : nil
            }
            // The tries, each a few working hours after the one before; then the close.
            var tries: [Int64] = []
            var last = taken
            let tryCount = switch result {
            case .reached?, .declined?: h.triesToReach.pick(&random)
            case .notReached?: h.triesBeforeGivingUp.pick(&random)
            case .returned?: 0
            case nil: h.triesToReach.pick(&random) + 1  // still trying: the answered try, if any, lies ahead
            }
            for number in 0..<tryCount {
                last = hours.adding(minutes: number == 0 ? random.int(5...120) : random.int(60...360), to: last)
                tries.append(last)
            }
            var closed: Int64? = result.map { _ in
                tries.isEmpty ? hours.adding(minutes: random.int(10...120), to: taken) : last + Int64(60 * random.int(3...20))
            }
            var takenAt: Int64? = taken
            if let close = closed, close > cutoff {
                // Its outcome is known already: the same steps, closer together in working time, before the cut-off.
                let available = hours.minutes(from: sent, to: cutoff), span = max(1, hours.minutes(from: sent, to: close))
                func squeezed(_ t: Int64) -> Int64 {
                    min(cutoff, hours.adding(minutes: hours.minutes(from: sent, to: t) * available / span, to: sent))
                }
                takenAt = squeezed(taken)
                tries = tries.map(squeezed)
                closed = squeezed(close)
            }
            if result == nil {
                tries = tries.dropLast().filter { $0 <= cutoff }
                if taken > cutoff { takenAt = nil }
            }
            guard sent <= cutoff else { continue }

            let language = h.language.pick(&random)
            let texts = h.texts(language)
            let record = HandoffRecord(
                sentAt: stamp(sent), point: contact.point, service: service, urgency: urgent ? .urgent : .normal,
                takenAt: takenAt.map(stamp), closedAt: closed.map(stamp), result: result, tries: tries.count)
            // Named and numbered once in the order sent.
            let handoff = DemoHandoff(
                record: record, contactIndex: index, name: texts.name, phone: "", language: language,
                when: texts.when[random.int(0...(texts.when.count - 1))], note: texts.notes[random.int(0...(texts.notes.count - 1))],
                triedAt: tries.map(stamp))
            made.append((sent, index, handoff))
        }
        return made.sorted { ($0.sent, $0.index) < ($1.sent, $1.index) }.enumerated().map { position, made in
            let h = made.handoff, number = position + 1
            return DemoHandoff(
                record: h.record, contactIndex: h.contactIndex, name: h.name + " \(number)", phone: Self.fictitiousPhone(number),
                language: h.language, when: h.when, note: h.note, triedAt: h.triedAt)
        }
    }

    /// `000 000 0012`: a number that cannot be anyone's (see `DemoHandoff`).
    public static func fictitiousPhone(_ number: Int) -> String {
        let digits = String(number)
        return "000 000 " + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// An instant as the region writes it.
    func stamp(_ instant: Int64) -> Timestamp { clock.stamp(Date(timeIntervalSince1970: TimeInterval(instant))) }
}

/// The demo's texts for a handoff's details in one language (`data/demo.json`, `handoff.details`): a name, to which
/// the handoff's running number is added, and times to call and notes to draw from.
struct DemoHandoffTexts: Sendable {
    let name: String
    let when: [String]
    let notes: [String]

    /// No texts: a demo.json without handoffs never draws one.
    static let none = DemoHandoffTexts(name: "", when: [""], notes: [""])

    /// One language's texts, each checked against the limits §9 puts on a handoff's fields.
    static func read(_ node: DataNode) -> DemoHandoffTexts {
        func texts(_ key: String, limit: Int) -> [String] {
            let member = node.member(key)
            let all = (member?.elements ?? []).compactMap { element -> String? in
                guard let text = element.text, !text.isEmpty, text.count <= limit else {
                    element.report("expected a text of 1–\(limit) characters")
                    return nil
                }
                return text
            }
            if all.isEmpty { member?.report("expected at least one text") }
            return all.isEmpty ? [""] : all
        }
        return DemoHandoffTexts(
            name: node.member("name")?.text ?? "", when: texts("when", limit: HandoffDetails.whenLimit),
            notes: texts("notes", limit: HandoffDetails.noteLimit))
    }
}

extension DemoCalibration {
    /// Obviously fictitious details for a handoff numbered `number` (see `DemoHandoff`), in `language`'s texts of
    /// `data/demo.json`: the demo's name and number, and its `choice`-th time to call and note. The bench sends these.
    public func fictitiousHandoffDetails(_ number: Int, language: HandoffLanguage, choice: Int) -> HandoffDetails {
        let texts = handoff.texts(language.rawValue)
        return HandoffDetails(
            name: texts.name + " \(number)", phone: DemoGenerator.fictitiousPhone(number), language: language,
            when: texts.when[choice % texts.when.count], note: texts.notes[choice % texts.notes.count])
    }
}
