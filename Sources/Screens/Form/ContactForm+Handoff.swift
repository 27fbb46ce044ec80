import Guidance
import Store
import Terminal

/// The warm handoff in the contact form (CONTRACT §9): for one of the contact's referrals to a receiving service, one
/// key (F9) opens it; the form asks for the client's consent (no yes: nothing is sent, the referral stays ordinary),
/// then name, phone, language, when to call, urgency and a note, each checked as typed at its field. Saving the contact
/// sends it; a draft keeps it unsent (never an identity code: such text is refused in every field).
struct HandoffEditor {
    enum Step: Int, CaseIterable, Sendable { case consent, name, phone, language, when, urgency, note }

    var service: String
    var consent = false
    var step = Step.consent
    var name = TextField(maxLength: HandoffDetails.nameLimit)
    var phone = TextField(maxLength: 25)
    var language: HandoffLanguage?
    var when = TextField(maxLength: HandoffDetails.whenLimit)
    var urgency = HandoffUrgency.normal
    var note = TextField(maxLength: HandoffDetails.noteLimit)
    /// Steps Enter (or a save) was tried at: there a missing value or an unfinished phone number is said too.
    var tried: Set<Int> = []

    init(service: String) { self.service = service }

    var details: HandoffDetails {
        func text(_ field: TextField) -> String? {
            let trimmed = field.text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        return HandoffDetails(
            name: name.text.trimmingCharacters(in: .whitespaces), phone: phone.text.trimmingCharacters(in: .whitespaces),
            language: language, when: text(when), note: text(note))
    }

    /// The problem at a step's field: an identity code, control characters or too long as typed; a missing value or
    /// a phone number of the wrong shape once Enter was tried there.
    func problem(at step: Step) -> HandoffProblem? {
        let found: HandoffProblem?
        switch step {
        case .name: found = HandoffDetails.checkText(name.text, .name, limit: HandoffDetails.nameLimit, required: true)
        case .phone: found = HandoffDetails.checkPhone(phone.text)
        case .when: found = HandoffDetails.checkText(when.text, .when, limit: HandoffDetails.whenLimit)
        case .note: found = HandoffDetails.checkText(note.text, .note, limit: HandoffDetails.noteLimit)
        case .consent, .language, .urgency: found = nil
        }
        guard let found else { return nil }
        if tried.contains(step.rawValue) { return found }
        return found.key == .handoffFieldMissing || found.key == .handoffPhoneInvalid ? nil : found
    }

    func field(_ step: Step) -> TextField? {
        switch step {
        case .name: name
        case .phone: phone
        case .when: when
        case .note: note
        default: nil
        }
    }

    mutating func setField(_ step: Step, _ field: TextField) {
        switch step {
        case .name: name = field
        case .phone: phone = field
        case .when: when = field
        case .note: note = field
        default: break
        }
    }

    static func step(of field: HandoffField?) -> Step {
        switch field {
        case .consent?: .consent
        case .phone?: .phone
        case .language?: .language
        case .when?: .when
        case .urgency?: .urgency
        case .note?: .note
        default: .name
        }
    }

    /// Whether the save would send it as it is: the client's yes, and no problem at any field (a missing name or an
    /// unfinished number counted, as at a save).
    var isComplete: Bool {
        var all = self
        all.tried = Set(Step.allCases.map(\.rawValue))
        return consent && Step.allCases.allSatisfy { all.problem(at: $0) == nil }
    }

    /// What a draft keeps: never an identity code (a field holding one is kept empty).
    var saved: HandoffDraft {
        func kept(_ field: TextField) -> String { IdentityCode.appears(in: field.text) ? "" : field.text }
        return HandoffDraft(
            service: service, consent: consent, name: kept(name), phone: kept(phone), language: language?.rawValue, when: kept(when),
            urgency: urgency.rawValue, note: kept(note))
    }

    init(_ draft: HandoffDraft) {
        service = draft.service
        consent = draft.consent
        name.set(draft.name)
        phone.set(draft.phone)
        language = draft.language.flatMap(HandoffLanguage.init(rawValue:))
        when.set(draft.when)
        urgency = HandoffUrgency(rawValue: draft.urgency) ?? .normal
        note.set(draft.note)
        step = consent ? .name : .consent
    }
}

/// An unsent handoff as the form's draft keeps it.
struct HandoffDraft: Codable, Equatable, Sendable {
    var service: String
    var consent: Bool
    var name: String
    var phone: String
    var language: String?
    var when: String
    var urgency: String
    var note: String
}

extension ContactForm {
    /// The receiving services among the contact's referrals, in the picker's order.
    func handoffServices(_ context: AppContext) -> [String] {
        let receiving = Set(HandoffRequest.services(context.vocabulary))
        return (pickers[.referrals]?.chosen ?? []).filter { receiving.contains($0) }
    }

    /// The panel's keys while it is open: the form's save stays, Enter moves on, Esc goes back to the form keeping it.
    func handoffKeyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.function(2), .control("s")], .save, label: s(.keySave), inFooter: true),
            .init([.enter], .handoffNext, label: s(.screenHandoffKeyNext), inFooter: true),
            .init([.tab], .handoffNext, label: s(.screenHandoffKeyNext)),
            .init([.backTab, .up], .handoffPrevious, label: s(.keyPreviousField)),
            // ↓ moves on without the check Enter and Tab make (the step's problem shows when Enter reaches it): what a
            // click on a choice of a later step presses first (`renderHandoff`).
            .init([.down], .handoffDown, label: s(.keyNextField)),
            .init([.escape, .function(9), .control("y")], .handoffLeave, label: s(.screenHandoffKeyLeave), inFooter: true),
            .init([.function(8)], .handoffCancel, label: s(.screenHandoffKeyCancel), inFooter: true),
        ])
    }

    /// The keys of the client's yes (`k`, `y`, `j`) and no (`e`, `n`) to a handoff, in every language.
    static let consentKeys: Set<Character> = ["k", "y", "j", "e", "n"]

    /// F9: opens the handoff (asking consent first), or the one begun.
    mutating func startHandoff(_ context: AppContext) -> [Effect] {
        if handoff != nil {
            handoffOpen = true
            return []
        }
        guard let service = handoffServices(context).first else { return [.status(context.strings(.screenHandoffNoService), .warning)] }
        handoff = HandoffEditor(service: service)
        handoffOpen = true
        return []
    }

    /// A key in the open panel that no binding took: consent's yes or no, a choice's number, or typing in a text field.
    mutating func handleInHandoff(_ key: Key, _ context: AppContext) -> [Effect] {
        guard var editor = handoff else { return [] }
        let before = formData
        switch editor.step {
        case .consent:
            // With several receiving services among the referrals, ← and → choose the one it goes to.
            let services = handoffServices(context)
            if key == .left || key == .right, services.count > 1 {
                let index = services.firstIndex(of: editor.service) ?? 0
                editor.service = services[(index + (key == .right ? 1 : services.count - 1)) % services.count]
                handoff = editor
                return draftIfChanged(from: before)
            }
            guard case .character(let c) = key else { return [] }
            switch c.lowercased() {
            case "k", "y", "j":  // Self.consentKeys
                editor.consent = true
                editor.step = .name
            case "e", "n":
                handoff = nil
                handoffOpen = false
                return draftIfChanged(from: before) + [.status(context.strings(.screenHandoffNoConsent), .warning)]
            default: return []
            }
        case .language:
            if case .character(let c) = key, let n = c.wholeNumberValue, (1...HandoffLanguage.allCases.count).contains(n) {
                editor.language = HandoffLanguage.allCases[n - 1]
                editor.step = .when
            } else if key == .backspace || key == .delete {
                editor.language = nil
            } else {
                return []
            }
        case .urgency:
            if case .character(let c) = key, let n = c.wholeNumberValue, (1...HandoffUrgency.allCases.count).contains(n) {
                editor.urgency = HandoffUrgency.allCases[n - 1]
                editor.step = .note
            } else {
                return []
            }
        case .name, .phone, .when, .note:
            guard var field = editor.field(editor.step), field.handle(key) else { return [] }
            editor.setField(editor.step, field)
        }
        handoff = editor
        return draftIfChanged(from: before)
    }

    /// Pasted text into the panel's text field, as typing would.
    mutating func pasteInHandoff(_ text: String) -> [Effect] {
        guard var editor = handoff, var field = editor.field(editor.step), field.paste(text) else { return [] }
        let before = formData
        editor.setField(editor.step, field)
        handoff = editor
        return draftIfChanged(from: before)
    }

    mutating func updateHandoff(_ action: Action, _ context: AppContext) -> [Effect] {
        guard var editor = handoff else { return [] }
        switch action {
        case .handoffNext:
            guard editor.consent else { return [] }
            editor.tried.insert(editor.step.rawValue)
            if editor.problem(at: editor.step) != nil {
                handoff = editor
                return []
            }
            if editor.step == .note {
                handoff = editor
                handoffOpen = false
                return [.status(context.strings(.screenHandoffReady, ["service": serviceLabel(editor.service, context)]), .success)]
            }
            editor.step = HandoffEditor.Step(rawValue: editor.step.rawValue + 1)!
        case .handoffPrevious:
            guard editor.consent, editor.step.rawValue > HandoffEditor.Step.name.rawValue else { return [] }
            editor.step = HandoffEditor.Step(rawValue: editor.step.rawValue - 1)!
        case .handoffDown:
            guard editor.consent, editor.step != .note else { return [] }
            editor.step = HandoffEditor.Step(rawValue: editor.step.rawValue + 1)!
        case .handoffLeave:
            handoffOpen = false
            return editor.consent ? [.status(context.strings(.screenHandoffReady, ["service": serviceLabel(editor.service, context)]), .muted)] : []
        case .handoffCancel:
            let before = formData
            handoff = nil
            handoffOpen = false
            return draftIfChanged(from: before) + [.status(context.strings(.screenHandoffCancelled), .muted)]
        default: return []
        }
        handoff = editor
        return []
    }

    func serviceLabel(_ code: String, _ context: AppContext) -> String {
        context.vocabulary.referral.label(code, in: context.language)
    }

    /// The handoff the save sends, or the problem that keeps the form open (the panel opens at its field). Without
    /// the client's yes nothing is sent.
    mutating func handoffToSend(point: String, _ context: AppContext) -> Result<HandoffRequest?, HandoffProblem> {
        guard var editor = handoff, editor.consent else { return .success(nil) }
        let request = HandoffRequest(point: point, service: editor.service, consent: true, urgency: editor.urgency, details: editor.details)
        var problem = request.problem(points: Set(context.catalog.points.map(\.code)), vocabulary: context.vocabulary)
        if problem == nil, !handoffServices(context).contains(editor.service) {
            problem = HandoffProblem(.service, .screenHandoffNoService)
        }
        guard let problem else { return .success(request) }
        editor.step = HandoffEditor.step(of: problem.field)
        editor.tried.insert(editor.step.rawValue)
        handoff = editor
        handoffOpen = true
        return .failure(problem)
    }

    // MARK: - Drawing

    /// The panel's height: a title, one line a step, and a hint.
    static let handoffPanelHeight = 10

    func renderHandoff(into canvas: inout Canvas, x: Int, y: Int, width: Int, _ context: AppContext) {
        guard let editor = handoff else { return }
        let s = context.strings
        var y = y
        canvas.clear(x: x, y: y, width: width, height: Self.handoffPanelHeight)
        // The panel hides the fields under it from clicks too.
        canvas.cover(x: x, y: y, width: width, height: Self.handoffPanelHeight)
        canvas.put(TextWidth.truncated(s(.screenHandoffPanel, ["service": serviceLabel(editor.service, context)]), to: width), x: x, y: y, style: .header)
        y += 1
        if !editor.consent {
            // The answers (`k = kyllä, e = ei`) take clicks as their keys; so does the line of ← / →, as →.
            for line in TextWidth.wrapped(s(.screenHandoffConsent, ["service": serviceLabel(editor.service, context)]), to: width).prefix(2) {
                canvas.put(line, x: x, y: y, style: .warning, maxWidth: width)
                canvas.markInlineAnswers(line, x: x, y: y, keys: Self.consentKeys)
                y += 1
            }
            if handoffServices(context).count > 1 {
                let line = TextWidth.truncated(s(.screenHandoffOtherService), to: width)
                canvas.put(line, x: x, y: y, style: .muted)
                canvas.mark(x: x, y: y, width: TextWidth.of(line), keys: [.right])
            }
            return
        }
        let labelWidth = 18
        let languages = s(.screenHandoffLanguages).split(separator: "|").map(String.init)
        let urgencies = s(.screenHandoffUrgencies).split(separator: "|").map(String.init)
        func parts(_ labels: [String], chosen: Int?) -> [String] {
            labels.enumerated().map { "\($0.offset + 1) " + ($0.offset == chosen ? "[\($0.element)]" : $0.element) }
        }
        /// Draws a step's numbered choices and marks each to press its number, after ↑ or ↓ to that step when the focus
        /// is elsewhere: a click chooses as the step's number would (CONTRACT §10).
        func putChoices(_ parts: [String], step: HandoffEditor.Step, x: Int, y: Int, width: Int, focused: Bool) {
            canvas.put(parts.joined(separator: "  "), x: x, y: y, style: focused ? .normal : .muted, maxWidth: width)
            let distance = step.rawValue - editor.step.rawValue
            let moves = Array(repeating: distance > 0 ? Key.down : Key.up, count: abs(distance))
            var left = x
            for (index, part) in parts.enumerated() {
                let drawn = min(TextWidth.of(part), x + width - left)
                guard drawn > 0 else { break }
                canvas.mark(x: left, y: y, width: drawn, keys: moves + [.character(Character(String(index + 1)))])
                left += TextWidth.of(part) + 2
            }
        }
        let rows: [(HandoffEditor.Step, StringKey)] = [
            (.name, .screenHandoffName), (.phone, .screenHandoffPhone), (.language, .screenHandoffLanguage), (.when, .screenHandoffWhen),
            (.urgency, .screenHandoffUrgency), (.note, .screenHandoffNote),
        ]
        var problemLine: String?
        for (step, label) in rows {
            let focused = handoffOpen && editor.step == step
            let problem = editor.problem(at: step)
            let marker = focused ? "▸ " : "  "
            // A click on another step's row focuses it, as ↑ and ↓ would (its choices, marked below, also choose).
            if handoffOpen, step != editor.step {
                let distance = step.rawValue - editor.step.rawValue
                canvas.mark(x: x, y: y, width: width, keys: Array(repeating: distance > 0 ? Key.down : Key.up, count: abs(distance)))
            }
            canvas.put(marker + TextWidth.truncated(s(label), to: labelWidth - 2), x: x, y: y, style: focused ? .selection : .normal)
            let fieldX = x + labelWidth, fieldWidth = max(1, width - labelWidth)
            if problem != nil {
                canvas.put("!", x: fieldX - 2, y: y, style: .error)
            }
            switch step {
            case .language:
                let chosen = editor.language.flatMap { HandoffLanguage.allCases.firstIndex(of: $0) }
                putChoices(parts(languages, chosen: chosen), step: step, x: fieldX, y: y, width: fieldWidth, focused: focused)
            case .urgency:
                let chosen = HandoffUrgency.allCases.firstIndex(of: editor.urgency)
                putChoices(parts(urgencies, chosen: chosen), step: step, x: fieldX, y: y, width: fieldWidth, focused: focused)
            default:
                editor.field(step)?.render(into: &canvas, x: fieldX, y: y, width: fieldWidth, focused: focused, style: problem == nil ? .normal : .warning)
            }
            if focused, let problem { problemLine = problem.message(s) }
            y += 1
        }
        if let problemLine {
            canvas.put("!", x: x, y: y, style: .error)
            canvas.putWrapped(problemLine, x: x + 2, y: y, width: width - 2, style: .error, maxLines: 2)
        } else if handoffOpen {
            let hint = editor.step == .language || editor.step == .urgency ? s(.screenHandoffHintChoice) : s(.screenHandoffHintText)
            canvas.put(TextWidth.truncated(hint, to: width), x: x, y: y, style: .muted)
        }
    }
}
