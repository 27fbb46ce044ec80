import Foundation
import Guidance
import Store

/// The form's content as a draft keeps it (JSON in the draft table): every choice, the duration, the
/// pseudonym, the segmentation, the consultation and an edited contact's referral outcomes — never the identity code, which is re-typed if the form is restored.
struct FormDraft: Codable, Equatable, Sendable {
    static let version = 1

    var version = FormDraft.version
    var openedAt: String
    var editing: Int64?
    var editedPoint: String?
    var focus: ContactForm.Field
    var chosen: [String: [String]]
    var duration: String?
    var clientRef: String?
    var derivedAgeGroup: String?
    var closeEarlier: Bool
    var answers: [String: Int]?
    var overrideSegment: String?
    var overrideReason: String?
    var chain: String?
    /// A segmentation begun and not yet taken back to the form.
    var pendingSegmentation: SegmentationProgress?
    /// The save's token (`ContactToSave.token`), so that a save tried again after a crash is still the same save.
    var saveToken: String?
    /// The edited contact's referral outcomes, kept by its save (`ContactForm.keptOutcomes`); nil for none.
    var referralOutcomes: [String: String]?
    /// The consultation line recorded (CONTRACT §8); nil for none.
    var consultation: String?
    /// A warm handoff begun and not yet sent (CONTRACT §9); nil for none.
    var handoff: HandoffDraft?

    var json: String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) }
    }

    static func read(_ json: String) -> FormDraft? {
        guard let draft = try? JSONDecoder().decode(FormDraft.self, from: Data(json.utf8)), draft.version == version else { return nil }
        return draft
    }
}

extension ContactForm {
    /// What a draft keeps of this form. The focus is left out of comparisons: moving about is no change.
    var formData: FormDraft {
        var chosen: [String: [String]] = [:]
        for (field, picker) in pickers { chosen[field.rawValue] = picker.chosen }
        return FormDraft(
            openedAt: openedAt.description, editing: editing, editedPoint: editedPoint, focus: .channel, chosen: chosen,
            duration: durationEdited ? duration.text : nil, clientRef: clientRef, derivedAgeGroup: derivedAgeGroup,
            closeEarlier: closeEarlier, answers: assessment?.answers.values, overrideSegment: assessment?.override?.segment.rawValue,
            overrideReason: assessment?.override?.reason, chain: chain, pendingSegmentation: pendingSegmentation, saveToken: saveToken,
            referralOutcomes: keptOutcomes.isEmpty ? nil : keptOutcomes, consultation: consultation,
            handoff: handoff?.saved)
    }

    /// The form a draft held, to go on with; nil when the draft is from another version or unreadable.
    init?(draft: Draft, _ context: AppContext) {
        guard let data = FormDraft.read(draft.form), let openedAt = try? Timestamp(iso: data.openedAt) else { return nil }
        self.init(context)
        self.openedAt = openedAt
        editing = data.editing
        editedPoint = data.editedPoint
        draftID = draft.id
        if let token = data.saveToken { saveToken = token }
        for (name, codes) in data.chosen {
            if let field = Field(rawValue: name) { pickers[field]?.setChosen(codes) }
        }
        fitReasons(context, keeping: data.chosen[Field.reason.rawValue]?.first)
        if let text = data.duration {
            duration.set(text)
            durationEdited = true
        }
        clientRef = data.clientRef
        derivedAgeGroup = data.derivedAgeGroup
        closeEarlier = data.closeEarlier
        chain = data.chain
        if let answers = data.answers, var restored = try? context.catalog.instrument.assess(Answers(answers)) {
            if let code = data.overrideSegment, let segment = Segment(rawValue: code), let reason = data.overrideReason {
                restored.override = try? Override(segment: segment, reason: reason)
            }
            assessment = restored
        }
        pendingSegmentation = data.pendingSegmentation
        keptOutcomes = data.referralOutcomes ?? [:]
        consultation = data.consultation
        handoff = data.handoff.map(HandoffEditor.init)
        lastDraft = formData.json
        needsEarlier = clientRef != nil
        focus = firstEmptyField
    }
}
