import Foundation
import TestSupport
import Testing
@testable import Guidance

/// Scoring exactly as CONTRACT §2 on the shipped instrument.
struct SegmentationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let client: [Int?]
        let professional: [Int?]
        let clientTenths: Int
        let needTenths: Int
        let segment: Segment
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "both axes exactly at the threshold are high", client: [3, 3, 3, 3, 3, 3], professional: [3, 3, 3, 3, 3],
             clientTenths: 500, needTenths: 500, segment: .collaboration),
        Case(name: "just below the threshold on six items is low", client: [3, 3, 3, 3, 3, 2], professional: [3, 3, 3, 3, 2],
             clientTenths: 458, needTenths: 450, segment: .community),
        Case(name: "the minimum answered (4 of 6, 4 of 5) is enough", client: [3, 3, 3, 3, nil, nil],
             professional: [nil, 3, 3, 3, 3], clientTenths: 500, needTenths: 500, segment: .collaboration),
        Case(name: "62.5 tenths round half away from zero to 6.3", client: [2, 1, 1, 1, nil, nil], professional: [5, 5, 5, 4, nil],
             clientTenths: 63, needTenths: 938, segment: .network),
        Case(name: "687.5 tenths round up to 68.8", client: [4, 4, 4, 3, nil, nil], professional: [1, 1, 1, 2, nil],
             clientTenths: 688, needTenths: 63, segment: .selfCare),
        Case(name: "41.66… rounds down to 41.7 and 458.3 to 45.8", client: [2, 3, 3, 3, 3, 3], professional: [1, 1, 1, 1, 1],
             clientTenths: 458, needTenths: 0, segment: .community),
        Case(name: "all ones and all fives are 0.0 and 100.0", client: [5, 5, 5, 5, 5, 5], professional: [1, 1, 1, 1, 1],
             clientTenths: 1000, needTenths: 0, segment: .selfCare),
        Case(name: "weak coping and a complex need is network", client: [1, 2, 1, 2, 1, 2], professional: [5, 4, 5, 4, 5],
             clientTenths: 125, needTenths: 900, segment: .network),
    ]

    static func answers(_ c: Case) -> Answers {
        var values: [String: Int] = [:]
        for (i, v) in c.client.enumerated() { values["C\(i + 1)"] = v }
        for (i, v) in c.professional.enumerated() { values["P\(i + 1)"] = v }
        return Answers(values)
    }

    @Test(arguments: cases)
    func scores(_ c: Case) throws {
        let assessment = try Fixtures.instrument.assess(Self.answers(c))
        #expect(assessment.clientScore.tenths == c.clientTenths)
        #expect(assessment.needScore.tenths == c.needTenths)
        #expect(assessment.computedSegment == c.segment)
        #expect(assessment.segment == c.segment)
    }

    @Test func tooFewAnswersNameTheMissingItems() {
        let answers = Answers(["C1": 3, "C2": 3, "C3": 3, "P1": 2, "P2": 2, "P3": 2, "P4": 2])
        #expect(throws: AnswerProblems(problems: [
            .tooFewAnswered(axis: .client, answered: 3, missing: ["C4", "C5", "C6"], minimum: 4),
        ])) {
            try Fixtures.instrument.assess(answers)
        }
    }

    @Test func bothAxesShortAreBothReported() {
        #expect(throws: AnswerProblems(problems: [
            .tooFewAnswered(axis: .client, answered: 0, missing: ["C1", "C2", "C3", "C4", "C5", "C6"], minimum: 4),
            .tooFewAnswered(axis: .professional, answered: 0, missing: ["P1", "P2", "P3", "P4", "P5"], minimum: 4),
        ])) {
            try Fixtures.instrument.assess(Answers())
        }
    }

    static let badValues: [(String, String)] = [
        ("0", "0"), ("6", "6"), ("2.5", "2.5"), ("\"3\"", "\"3\""), ("true", "true"), ("-1", "-1"), ("[3]", "[…]"),
    ]

    @Test(arguments: badValues)
    func outOfRangeAnswersAreNamedAsWritten(_ value: (String, String)) throws {
        let document = try JSONValue.parse(Data("""
            {"client": {"C1": \(value.0), "C2": 3, "C3": 3, "C4": 3, "C5": 3}, "professional": {"P1": 1, "P2": 1, "P3": 1, "P4": 1}}
            """.utf8))
        #expect(throws: AnswerProblems(problems: [.outOfRange(item: "C1", value: value.1)])) {
            try Fixtures.instrument.readAssessment(document)
        }
    }

    @Test func aBadValueIsNotListedAgainAsUnanswered() throws {
        let document = try JSONValue.parse(Data("""
            {"client": {"C1": 9, "C2": 3, "C3": 3}, "professional": {"P1": 1, "P2": 1, "P3": 1, "P4": 1}, "extra": 1}
            """.utf8))
        #expect(throws: AnswerProblems(problems: [
            .unknownKey("extra"),
            .outOfRange(item: "C1", value: "9"),
            .tooFewAnswered(axis: .client, answered: 2, missing: ["C4", "C5", "C6"], minimum: 4),
        ])) {
            try Fixtures.instrument.readAssessment(document)
        }
    }

    @Test func unknownItemsAndNullAnswers() throws {
        let document = try JSONValue.parse(Data("""
            {"client": {"C1": 4, "C2": 4, "C3": 4, "C4": 4, "C5": null, "C7": 2}, "professional": {"P1": 1, "P2": 1, "P3": 1, "P4": 1}}
            """.utf8))
        #expect(throws: AnswerProblems(problems: [.unknownItem(axis: .client, item: "C7")])) {
            try Fixtures.instrument.readAssessment(document)
        }
    }

    @Test func notAnAnswerDocument() throws {
        #expect(throws: AnswerProblems(problems: [.notAnAnswerDocument])) {
            try Fixtures.instrument.readAssessment(.array([]))
        }
        #expect(throws: AnswerProblems(problems: [
            .axisNotAnObject(.client),
            .tooFewAnswered(axis: .client, answered: 0, missing: ["C1", "C2", "C3", "C4", "C5", "C6"], minimum: 4),
        ])) {
            try Fixtures.instrument.readAssessment(.object(["client": .number(3), "professional": .object(["P1": .number(1), "P2": .number(1), "P3": .number(1), "P4": .number(1)])]))
        }
    }

    // MARK: - Override

    @Test func anOverrideKeepsTheComputedSegmentAndItsReason() throws {
        let document = try JSONValue.parse(Data("""
            {"client": {"C1": 5, "C2": 5, "C3": 5, "C4": 5}, "professional": {"P1": 1, "P2": 1, "P3": 1, "P4": 1},
             "override": {"segment": "network", "reason": "  Sudden crisis at home  "}}
            """.utf8))
        let assessment = try Fixtures.instrument.readAssessment(document)
        #expect(assessment.computedSegment == .selfCare)
        #expect(assessment.segment == .network)
        #expect(assessment.override?.reason == "Sudden crisis at home")
    }

    @Test func anOverrideNeedsAReasonWithoutAnIdentityCode() {
        #expect(throws: Override.Problem.reasonMissing) { try Override(segment: .network, reason: "  \n ") }
        #expect(throws: Override.Problem.reasonHasIdentityCode) {
            try Override(segment: .network, reason: "client 150655-902T lives alone")
        }
    }

    @Test func overrideProblemsInADocument() throws {
        let base = #"{"client": {"C1": 5, "C2": 5, "C3": 5, "C4": 5}, "professional": {"P1": 1, "P2": 1, "P3": 1, "P4": 1}, "override": "#
        let cases: [(String, AnswerProblem)] = [
            (#"{"segment": "vip", "reason": "x"}"#, .unknownSegment("vip")),
            (#"{"segment": "network"}"#, .overrideReason(.reasonMissing)),
            (#""network""#, .overrideMalformed),
        ]
        for (override, problem) in cases {
            let document = try JSONValue.parse(Data((base + override + "}").utf8))
            #expect(throws: AnswerProblems(problems: [problem])) { try Fixtures.instrument.readAssessment(document) }
        }
    }

    // MARK: - Service menu

    @Test func everyChainAndSegmentHasAtLeastFourServices() {
        for chain in Fixtures.catalog.vocabulary.serviceChain.codes {
            for segment in Segment.allCases {
                #expect(Fixtures.catalog.serviceMenu.services(chain: chain, segment: segment).count >= ServiceMenu.minimumPerCell)
            }
        }
        #expect(Fixtures.catalog.serviceMenu.services(chain: "no-such-chain", segment: .network).isEmpty)
    }

    @Test func olderPeopleInTheNetworkSegmentGetACaseManager() {
        let codes = Fixtures.catalog.serviceMenu.services(chain: "older-people", segment: .network).map(\.code)
        #expect(codes.contains("case-manager"))
        #expect(codes.contains("home-care"))
    }
}
