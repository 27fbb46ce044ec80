import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// The segment targets' counts: the contacts with a segment in a period by service chain and segment. Given logged
/// contacts, When the screen asks, Then each counts under its saved chain, else under the data's rule.
struct SegmentSharesStoreTests {
    static let supervisor = Actor(user: "sirkka", command: "screen segment targets")
    static let library = "jarvenpaa-library"
    static let targets = Fixtures.catalog.segmentTargets
    static let day = CivilDate(iso: "2023-03-14")!

    /// One test's log on one backend.
    struct World {
        let log: any ContactLog
        let supervisor = SegmentSharesStoreTests.supervisor

        init(_ backend: Backend) throws {
            log = try backend.emptyLog()
        }

        /// A contact on the 14th (or `at`) at the library with a segment.
        func logged(
            _ segment: Segment?, age: String = "30-64", topics: [String] = ["housing"], chain: String? = nil,
            at: String = "2023-03-14T10:00:00+02:00", point: String = SegmentSharesStoreTests.library
        ) throws {
            var contact = ContactLogTests.contact(at, point: point, topics: topics)
            contact.ageGroup = age
            contact.segment = segment
            guard let chain else { return _ = try log.log(contact, by: supervisor) }
            // A self-care segmentation saved with the contact, with the chain the advisor chose.
            let assessment = try Fixtures.instrument.assess(Answers(["C1": 5, "C2": 5, "C3": 5, "C4": 5, "P1": 1, "P2": 1, "P3": 1, "P4": 1]))
            contact.segment = assessment.segment
            try log.log(contact, assessment: assessment, chain: chain, by: supervisor)
        }

        func shares(point: String? = SegmentSharesStoreTests.library) throws -> SegmentShares {
            let day = SegmentSharesStoreTests.day
            return try log.segmentShares(from: day, to: day, point: point, targets: SegmentSharesStoreTests.targets, by: supervisor)
        }
    }

    @Test(arguments: Backend.allCases)
    func theChainSavedWithTheSegmentationWinsOverTheRule(_ backend: Backend) throws {
        let w = try World(backend)
        // Given a 75+ client about mental health (the rule: mental health and substance use) segmented for older people
        try w.logged(.selfCare, age: "75+", topics: ["mental-health"], chain: "older-people")
        // and one like it without a segmentation of its own
        try w.logged(.selfCare, age: "75+", topics: ["mental-health"])
        // Then the first counts for older people, the second by the rule
        let counted = try w.shares()
        #expect(counted.counts == ["older-people": [.selfCare: 1], "mental-health-substance": [.selfCare: 1]])
    }

    @Test(arguments: Backend.allCases)
    func theRuleTakesTheFirstChainInTheDatasOrder(_ backend: Backend) throws {
        let w = try World(backend)
        // Given contacts whose topics and ages fit several chains
        try w.logged(.network, age: "75+", topics: ["family-children", "substance-use"])  // mental health first
        try w.logged(.network, age: "75+", topics: ["family-children"])  // then families, by topic
        try w.logged(.community, age: "0-17", topics: ["health-advice"])  // families, by age
        try w.logged(.community, age: "65-74", topics: ["housing"])  // older people
        try w.logged(.collaboration, age: "30-64", topics: ["benefits"])  // the rest: working age
        try w.logged(.collaboration, age: "unknown", topics: ["forms", "older-people"])  // a topic alone does not make one old
        // Then
        #expect(try w.shares().counts == [
            "mental-health-substance": [.network: 1],
            "families": [.network: 1, .community: 1],
            "older-people": [.community: 1],
            "working-age": [.collaboration: 2],
        ])
        #expect(Self.targets.chain(ageGroup: "75+", topics: ["family-children", "substance-use"]) == "mental-health-substance")
    }

    @Test(arguments: Backend.allCases)
    func onlySegmentedContactsOfThePeriodAndPointCountInOneAuditedRead(_ backend: Backend) throws {
        let w = try World(backend), log = w.log
        // Given segmented contacts at the library on the 14th, one without a segment, one the day after, one elsewhere
        try w.logged(.selfCare)
        try w.logged(.network, age: "65-74")
        try w.logged(nil)
        try w.logged(.selfCare, at: "2023-03-15T10:00:00+02:00")
        try w.logged(.selfCare, point: "kerava-service-centre")
        let before = try log.audit(from: nil, to: nil).count
        // When the library's day is counted
        let counted = try w.shares()
        // Then two contacts count, recorded in one audit row
        #expect(counted.total == 2 && counted.from == Self.day && counted.point == Self.library)
        #expect(counted.counts == ["working-age": [.selfCare: 1], "older-people": [.network: 1]])
        let audit = try log.audit(from: nil, to: nil)
        #expect(audit.count == before + 1)
        #expect(audit.last?.details == "period 2023-03-14–2023-03-14, point jarvenpaa-library, segments by service chain")
        #expect(audit.last?.contacts == 2 && audit.last?.command == "screen segment targets")
        // and all points add the one elsewhere
        #expect(try w.shares(point: nil).total == 3)
    }

    @Test(arguments: Backend.allCases)
    func onDemoDataEverySegmentAddsUpToTheReports(_ backend: Backend) throws {
        let supervisor = Self.supervisor
        // Given ten weeks of synthetic contacts (segments on about one in ten, no segmentations saved)
        let demo = try backend.demoLog()
        let from = CivilDate(iso: "2026-11-01")!, to = CivilDate(iso: "2026-11-23")!
        for point in [nil, Self.library] {
            // When a period is counted by chain
            let counted = try demo.segmentShares(from: from, to: to, point: point, targets: Self.targets, by: supervisor)
            let report = try demo.report(from: from, to: to, point: point, by: supervisor)
            // Then each segment's contacts over the chains are the report's by_segment
            for segment in Segment.allCases {
                let sum = counted.counts.values.reduce(0) { $0 + ($1[segment] ?? 0) }
                #expect(sum == report.bySegment[segment.rawValue] ?? 0, "\(segment)")
            }
            #expect(counted.total > 0 && Set(counted.counts.keys).isSubset(of: Fixtures.vocabulary.serviceChain.codes))
        }
    }
}
