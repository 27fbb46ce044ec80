import Foundation
import Guidance

/// A segmentation saved with a contact, read back for editing.
public struct SavedAssessment: Equatable, Sendable {
    /// Scored again from the stored answers under the current instrument, with the stored override.
    public let assessment: Assessment
    public let chain: String?

    public init(assessment: Assessment, chain: String?) {
        self.assessment = assessment
        self.chain = chain
    }
}

extension SavedAssessment {
    /// The answers as every backend stores them: a JSON object of item → answer, in item order.
    static func storedAnswers(of assessment: Assessment) -> String {
        JSONOut.object(assessment.answers.values.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }).written()
    }

    /// A segmentation as stored — its answers (`storedAnswers`), the segment, the override's reason, the chain —
    /// scored again from its answers under `instrument`, with its override. Throws `UnreadableAssessment` when
    /// the answers no longer score under the instrument, or there is no instrument.
    init(
        contactID: Int64, answers: String, segment: String, overrideReason: String?, chain: String?, instrument: Instrument?
    ) throws {
        guard let instrument else { throw UnreadableAssessment(contactID: contactID, problems: []) }
        var values = Answers()
        if case .object(let items) = try JSONValue.parse(Data(answers.utf8)) {
            for (item, value) in items { values.values[item] = value.integer }
        }
        var assessment: Assessment
        do {
            assessment = try instrument.assess(values)
        } catch {
            throw UnreadableAssessment(contactID: contactID, problems: error.problems)
        }
        if let overrideReason, let segment = Segment(rawValue: segment) {
            assessment.override = try Override(segment: segment, reason: overrideReason)
        }
        self.init(assessment: assessment, chain: chain)
    }
}
