import Foundation
import TestSupport
import Testing

@testable import Guidance

/// The demo generator's side of CONTRACT §8: rare consultations, more in the network segment, always a line that
/// answers at the contact's time and fits the contact, and consulted contacts resolved at once more often (seed 003:
/// the real-time consultation worked well in the hardest cases).
struct DemoConsultationTests {
    /// 20 weeks, for the segment's effect to show on the few segmented contacts.
    static let contacts: [Contact] = DemoEvaluationTests.contacts(DemoEvaluationTests.generator(seed: 9, days: 140))
    static let lines = Dictionary(uniqueKeysWithValues: Fixtures.catalog.consultationLines.map { ($0.code, $0) })

    func share(_ part: [Contact], of whole: [Contact]) -> Double { Double(part.count) / Double(max(1, whole.count)) }
    func consulted(_ contacts: [Contact]) -> [Contact] { contacts.filter { $0.consultation != nil } }

    @Test func aFewPerCentConsultMoreInTheNetworkSegment() {
        let all = Self.contacts
        #expect(all.count > 10_000)
        let overall = share(consulted(all), of: all)
        #expect((0.01...0.08).contains(overall), "\(overall)")
        let network = all.filter { $0.segment == .network }, collaboration = all.filter { $0.segment == .collaboration }
        let plain = all.filter { $0.segment == nil }
        #expect(network.count > 200 && collaboration.count > 200)
        #expect(share(consulted(network), of: network) > 2 * overall, "\(share(consulted(network), of: network))")
        #expect((0.12...0.30).contains(share(consulted(network), of: network)), "\(share(consulted(network), of: network))")
        #expect((0.02...0.12).contains(share(consulted(collaboration), of: collaboration)))
        #expect(share(consulted(network), of: network) > share(consulted(collaboration), of: collaboration))
        #expect(share(consulted(collaboration), of: collaboration) > share(consulted(plain), of: plain))
        #expect(share(consulted(plain), of: plain) < 0.02)
        // More than one line is used.
        #expect(Set(consulted(all).compactMap(\.consultation)).count >= 4)
    }

    @Test func everyConsultationIsALineThatAnswersThenAndFitsTheContact() {
        let points = Set(Fixtures.catalog.points.map(\.code))
        for contact in consulted(Self.contacts) {
            guard let line = Self.lines[contact.consultation!] else {
                Issue.record("\(contact.consultation!) is not a line")
                continue
            }
            #expect(line.answers(at: contact.occurredAt), "\(line.code) at \(contact.occurredAt)")
            let fit = line.fit(topics: contact.topics, ageGroup: contact.ageGroup, segment: contact.segment?.rawValue)
            #expect(fit > 0, "\(line.code) for \(contact.topics) \(contact.ageGroup)")
            // The best fit among the lines answering then.
            let best = Fixtures.catalog.consultationLines.filter { $0.answers(at: contact.occurredAt) }
                .map { $0.fit(topics: contact.topics, ageGroup: contact.ageGroup, segment: contact.segment?.rawValue) }.max() ?? 0
            #expect(fit == best)
            #expect(contact.problems(vocabulary: Fixtures.vocabulary, points: points).isEmpty)
        }
    }

    @Test func consultedContactsAreResolvedAtOnceMoreOften() {
        let demanding = Self.contacts.filter { $0.segment == .network || $0.segment == .collaboration }
        let asked = consulted(demanding), notAsked = demanding.filter { $0.consultation == nil }
        let askedRate = share(asked.filter(\.resolved), of: asked), notAskedRate = share(notAsked.filter(\.resolved), of: notAsked)
        #expect(asked.count > 50)
        #expect(askedRate > notAskedRate + 0.08, "consulted \(askedRate), not consulted \(notAskedRate)")
        let all = consulted(Self.contacts)
        #expect(share(all.filter(\.resolved), of: all) > share(Self.contacts.filter(\.resolved), of: Self.contacts))
    }

    @Test func theSameSeedGivesTheSameConsultationsAndTheStreamIsItsOwn() {
        let a = DemoEvaluationTests.contacts(DemoEvaluationTests.generator(seed: 42, days: 21))
        let b = DemoEvaluationTests.contacts(DemoEvaluationTests.generator(seed: 42, days: 21))
        #expect(a.map(\.consultation) == b.map(\.consultation))
        #expect(DemoGenerator.derivedSeed(5, for: .consultation) != DemoGenerator.derivedSeed(5, for: .contactEvaluation))
        #expect(DemoGenerator.derivedSeed(5, for: .consultation) != DemoGenerator.derivedSeed(5, for: .records))
        // Without lines (a region that lists none) nobody consults, and nothing else changes.
        let generator = DemoEvaluationTests.generator(seed: 42, days: 21)
        let without = DemoGenerator(
            calibration: generator.calibration, vocabulary: generator.vocabulary, points: generator.points, consultationLines: [],
            seed: 42, days: 21, end: generator.end)
        var bare: [Contact] = []
        without.generate { bare.append($0) }
        #expect(bare.allSatisfy { $0.consultation == nil })
        #expect(bare == a.map { contact in
            var c = contact
            c.consultation = nil
            return c
        })
    }
}
