/// The synthetic side of CONTRACT §8: which demo contacts consulted a real-time consultation line, from
/// `data/demo.json`'s `consultation` key and `data/consultation.json`'s lines. Drawn from a random stream of its
/// own (derived from the seed), so that every other field of the contacts is what it was before §8.
///
/// Keski-Uusimaa (seed 003) found a real-time consultation with an age- or sector-specific expert useful "in the
/// hardest cases", for advisors and clients alike: so consultations are rare, far more common in the network and
/// collaboration segments, and a consulted contact was more often resolved at once. The last is made by choosing
/// the consulted contacts among the resolved ones more often (`resolved_factor`), never by changing `resolved`.
struct DemoConsultationCalibration: Sendable {
    /// The chance of a consultation for a contact without a segment, or of a segment not in `segmentShare`.
    let share: Double
    let segmentShare: [Segment: Double]
    /// The chance is multiplied by this for a contact resolved at once …
    let resolvedFactor: Double
    /// … and by this for one that was not.
    let unresolvedFactor: Double

    static func read(_ root: DataNode) -> DemoConsultationCalibration {
        let node = root.member("consultation")
        var segmentShare: [Segment: Double] = [:]
        for (code, member) in node?.member("segment_share")?.members ?? [] {
            guard let segment = Segment(rawValue: code) else {
                member.report("unknown segment code '\(code)'")
                continue
            }
            segmentShare[segment] = DemoCalibration.share(member)
        }
        func factor(_ key: String) -> Double {
            guard let member = node?.member(key) else { return 1 }
            guard let n = member.number, n >= 0, n.isFinite else {
                member.report("expected a factor of 0 or more")
                return 1
            }
            return n
        }
        return DemoConsultationCalibration(
            share: DemoCalibration.share(node?.member("share")), segmentShare: segmentShare,
            resolvedFactor: factor("resolved_factor"), unresolvedFactor: factor("unresolved_factor"))
    }

    /// The chance that `contact` consulted a line, before asking which lines answer and fit.
    func chance(of contact: Contact) -> Double {
        let base = contact.segment.flatMap { segmentShare[$0] } ?? share
        return min(1, base * (contact.resolved ? resolvedFactor : unresolvedFactor))
    }
}

extension DemoGenerator {
    /// The line a new contact consulted, if any: with the contact's chance, one of the lines that answer at the
    /// contact's time and fit it best (as the form ranks them), drawn among equals; none when no line that answers
    /// fits the contact at all. One draw a contact, and one more for a consultation.
    func addConsultation(to contact: inout Contact, random: inout SeededRandom) {
        guard random.chance(calibration.consultation.chance(of: contact)) else { return }
        let topics = contact.topics, age = contact.ageGroup, segment = contact.segment?.rawValue
        let answering = consultationLines.filter { $0.answers(at: contact.occurredAt) }
        let ranked = answering.ranked(topics: topics, ageGroup: age, segment: segment)
        guard let best = ranked.first?.fit(topics: topics, ageGroup: age, segment: segment), best > 0 else { return }
        let equals = ranked.prefix { $0.fit(topics: topics, ageGroup: age, segment: segment) == best }
        contact.consultation = equals[equals.startIndex + random.int(0...(equals.count - 1))].code
    }
}
