import Foundation
import Guidance
import Store
import Terminal

/// At start, an unsaved contact left by a crash, a kill or a lost session: go on with it, or discard it.
struct DraftOfferScreen: Screen {
    enum Action: Sendable { case resume, discard, later }

    let draft: Draft
    let summary: String

    init(draft: Draft, _ context: AppContext) {
        self.draft = draft
        var parts: [String] = []
        if let form = FormDraft.read(draft.form) {
            let v = context.vocabulary, language = context.language
            if let time = try? Timestamp(iso: form.openedAt) { parts.append(time.date.dayAndMonth + " " + time.clockTime) }
            if let channel = form.chosen[ContactForm.Field.channel.rawValue]?.first { parts.append(v.channel.label(channel, in: language)) }
            parts += (form.chosen[ContactForm.Field.topics.rawValue] ?? []).map { v.topic.label($0, in: language) }
        }
        summary = parts.joined(separator: ", ")
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.enter, .character("r")], .resume, label: s(.keyResumeDraft), inFooter: true),
            .init([.character("d")], .discard, label: s(.keyDiscardDraft), inFooter: true),
            .init([.escape], .later, label: s(.keyLater), inFooter: true),
        ])
    }

    func title(_ context: AppContext) -> String { context.strings(.draftOfferTitle) }
    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .resume: [.pop(.resumeDraft(draft))]
        case .discard: [.deleteDraft(draft.id), .pop(nil), .status(context.strings(.formDiscarded), .muted)]
        case .later: [.pop(nil)]
        case nil: []
        }
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        var y = area.y + 2
        y += canvas.putWrapped(s(.draftOfferText), x: area.x + 3, y: y, width: area.width - 6, style: .warning)
        y += 1
        canvas.put(summary, x: area.x + 5, y: y, maxWidth: area.width - 8)
        y += 2
        // A click on a choice does what its key does.
        canvas.putChoices(s(.draftOfferChoices), x: area.x + 3, y: y, width: area.width - 6, style: .muted)
    }
}
