import Foundation
import TestSupport
import Testing
@testable import Guidance

/// The trainers' personas: the shipped ones cover every segment across the chains, each one's answers give its
/// segment, and a broken file is named by file and key.
struct PersonaTests {
    static let shipped = FileManager.default.contents(atPath: Fixtures.dataDirectory.appendingPathComponent(Persona.file).path)!

    @Test func twoPersonasPerSegmentAcrossEveryChain() {
        let personas = Fixtures.personas
        #expect(personas.count >= 8)
        for segment in Segment.allCases {
            #expect(personas.filter { $0.segment == segment }.count >= 2, "\(segment)")
            // The two of a segment are from different chains.
            let chains = personas.filter { $0.segment == segment }.map(\.chain)
            #expect(Set(chains).count == chains.count, "\(segment): \(chains)")
        }
        #expect(Set(personas.map(\.chain)) == Set(Fixtures.vocabulary.serviceChain.codes))
    }

    /// Scored here from the file as it stands, apart from the loader's own check.
    @Test(arguments: Fixtures.personas.map(\.code))
    func eachPersonasAnswersGiveItsSegment(_ code: String) throws {
        let persona = try #require(Fixtures.personas.first { $0.code == code })
        let assessment = try Fixtures.instrument.assess(persona.answers)
        #expect(assessment.computedSegment == persona.segment)
        // Clearly on its side of both thresholds, so that one changed answer in class does not flip it.
        let threshold = Fixtures.instrument.thresholdTenths
        #expect(abs(assessment.clientScore.tenths - threshold) >= 50, "client \(assessment.clientScore.value)")
        #expect(abs(assessment.needScore.tenths - threshold) >= 50, "need \(assessment.needScore.value)")
        #expect(persona.answers.values.count == 11)
        // The menu the class will see.
        #expect(!Fixtures.catalog.serviceMenu.services(chain: persona.chain, segment: persona.segment).isEmpty)
    }

    @Test(arguments: Fixtures.personas.map(\.code))
    func storiesAreShortAndIdentifyNoOne(_ code: String) throws {
        let persona = try #require(Fixtures.personas.first { $0.code == code })
        for language in Language.allCases {
            let story = persona.story[language]
            let sentences = story.split { ".!?".contains($0) }.filter { $0.contains(" ") }.count
            #expect((2...3).contains(sentences), "\(code).\(language): \(sentences) sentences")
            #expect(!IdentityCode.appears(in: story), "\(code).\(language)")
            #expect(TextWidth.of(persona.label[language]) <= 36, "\(code).\(language)")
        }
    }

    typealias Breakage = CatalogTests.Breakage

    static let breakages: [Breakage] = [
        Breakage(name: "an unknown chain", file: Persona.file, path: ["personas", "0", "chain"],
                 value: .string("students"), key: "personas[0].chain", message: "unknown service_chain code 'students'"),
        Breakage(name: "a segment the answers do not give", file: Persona.file, path: ["personas", "0", "segment"],
                 value: .string("network"), key: "personas[0].segment", message: "the answers give 'self-care'"),
        Breakage(name: "an unknown segment", file: Persona.file, path: ["personas", "1", "segment"],
                 value: .string("loner"), key: "personas[1].segment", message: "unknown segment code 'loner'"),
        Breakage(name: "an answer out of range", file: Persona.file, path: ["personas", "2", "answers", "client", "C1"],
                 value: .number(7), key: "personas[2].answers", message: "C1"),
        Breakage(name: "an unknown item", file: Persona.file, path: ["personas", "2", "answers", "professional", "P9"],
                 value: .number(3), key: "personas[2].answers", message: "P9"),
        Breakage(name: "too few answers", file: Persona.file, path: ["personas", "3", "answers", "professional"],
                 value: .object(["P1": .number(2)]), key: "personas[3].answers", message: "P2"),
        Breakage(name: "a missing translation", file: Persona.file, path: ["personas", "4", "story", "sv"],
                 value: nil, key: "personas[4].story.sv", message: "missing translation"),
        Breakage(name: "a duplicate code", file: Persona.file, path: ["personas", "5", "code"],
                 value: .string("housing-allowance-online"), key: "personas[5].code", message: "duplicate code"),
        Breakage(name: "no list", file: Persona.file, path: ["personas"], value: nil, key: "personas", message: "missing"),
    ]

    @Test(arguments: breakages)
    func badPersonasAreNamedByFileAndKey(_ b: Breakage) throws {
        let document = try JSONValue.parse(Self.shipped).setting(b.steps[...], to: b.value)
        do throws(Catalog.Invalid) {
            _ = try Persona.load(Data(document.out.written().utf8), catalog: Fixtures.catalog)
            Issue.record("the broken personas loaded")
        } catch {
            #expect(error.problems.contains { $0.file == b.file && $0.key == b.key && $0.message.contains(b.message) },
                    "got: \(error.problems)")
        }
    }

    @Test func notJSONIsNamed() {
        #expect(throws: Catalog.Invalid.self) { try Persona.load(Data("{\"personas\": [".utf8), catalog: Fixtures.catalog) }
    }
}
