import Foundation

/// A fictional client for the trainers' class (`data/personas.json`): a short story, the service chain, and
/// the answers of the segmentation instrument that place the client in the stated segment.
public struct Persona: Sendable {
    public static let file = "personas.json"

    public let code: String
    /// A few words naming the situation, for the list.
    public let label: LocalizedText
    /// Two or three sentences a trainer reads to the class.
    public let story: LocalizedText
    /// A code of the vocabulary's service chains.
    public let chain: String
    /// The segment the answers give (checked when the file is read).
    public let segment: Segment
    /// The same answers `neuvo segment` reads, as the screen keeps them: item id → 1–5.
    public let answers: Answers

    /// Reads and checks the personas against the instrument and the vocabulary. Each persona's answers are
    /// scored as CONTRACT §2 says and must give its `segment`; every problem names the file and the key.
    public static func load(_ data: Data, catalog: Catalog) throws(Catalog.Invalid) -> [Persona] {
        let log = ProblemLog()
        guard let root = DataNode.root(of: data, file: file, log: log) else { throw Catalog.Invalid(problems: log.problems) }
        let english = catalog.strings.inLanguage(.en)
        var personas: [Persona] = []
        for (code, node) in root.member("personas")?.keyedElements() ?? [] {
            let label = node.member("label")?.localized
            let story = node.member("story")?.localized
            let chain = node.member("chain")?.code.flatMap { chain -> String? in
                guard catalog.vocabulary.serviceChain.contains(chain) else {
                    node.member("chain")?.report("unknown service_chain code '\(chain)'")
                    return nil
                }
                return chain
            }
            let segmentNode = node.member("segment")
            let segment = segmentNode?.code.flatMap { code -> Segment? in
                guard let segment = Segment(rawValue: code) else {
                    segmentNode?.report("unknown segment code '\(code)'")
                    return nil
                }
                return segment
            }
            guard let answersNode = node.member("answers") else { continue }
            let assessment: Assessment
            do throws(AnswerProblems) {
                assessment = try catalog.instrument.readAssessment(answersNode.value)
            } catch {
                for problem in error.problems {
                    answersNode.report(english.message(for: problem, instrument: catalog.instrument, vocabulary: catalog.vocabulary))
                }
                continue
            }
            if assessment.override != nil { answersNode.report("a persona's answers take no override") }
            guard let label, let story, let chain, let segment else { continue }
            guard assessment.computedSegment == segment else {
                segmentNode?.report(
                    "the answers give '\(assessment.computedSegment.rawValue)' (client \(assessment.clientScore.value), "
                        + "need \(assessment.needScore.value)), not '\(segment.rawValue)'")
                continue
            }
            personas.append(Persona(code: code, label: label, story: story, chain: chain, segment: segment, answers: assessment.answers))
        }
        guard log.problems.isEmpty else { throw Catalog.Invalid(problems: log.problems) }
        return personas
    }
}
