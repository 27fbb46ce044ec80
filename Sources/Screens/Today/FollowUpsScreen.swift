import Guidance
import Store
import Terminal

/// The open follow-ups at the advisor's point: contacts not resolved and not yet marked done, within the
/// follow-up window, oldest first. Enter on one asks for a note of the outcome and marks it done; `o` lists its
/// referrals, and a number sets what became of each (saved at once).
public struct FollowUpsScreen: Screen {
    enum Action: Sendable {
        case markDone, back, saveNote, cancelNote, openOutcomes, setOutcome(String), closeOutcomes
        case switchList, resend, resendTo(String), cancelResend, move
    }

    /// nil until the store has answered.
    var contacts: [LoggedContact]?
    var navigator = ListNavigator()
    /// The note of the outcome, open while a follow-up is being marked done.
    var note: TextField?
    /// The follow-up the note is for.
    var noteFor: Int64?
    /// The referrals of one follow-up with their outcomes, open while they are being set.
    var outcomes: ReferralOutcomes?
    /// The follow-up the outcomes are of.
    var outcomesFor: Int64?
    /// The handoffs sent from the point (CONTRACT §9), newest first: state, times, tries and result, never details.
    var sent: [Handoff] = []
    /// Whether ↑/↓ and the keys are the handoffs' (h switches).
    var handoffsFocused = false
    var handoffNavigator = ListNavigator()
    /// Choosing the service a returned handoff is sent to.
    var resending = false

    /// The handoff rows shown at most.
    static let handoffRows = 4

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static let pageHeight = 12

    public init(_ context: AppContext) {}

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        if note != nil {
            return KeyMap([
                .init([.enter], .saveNote, label: s(.followUpsKeySaveNote), inFooter: true),
                .init([.escape], .cancelNote, label: s(.followUpsKeyCancel), footer: .kept),
            ])
        }
        if outcomes != nil {
            return KeyMap(ReferralOutcomes.bindings(context) { .setOutcome($0) } + [
                .init([.escape, .enter, .character("o")], .closeOutcomes, label: s(.outcomesKeyClose), footer: .kept),
                .moving(.move, label: s(.keyMoveInList)),
            ])
        }
        if resending {
            let choices = resendServices(context).enumerated().map { index, code in
                KeyMap<Action>.Binding(
                    [.character(Character(String(index + 1)))], .resendTo(code), label: context.vocabulary.referral.label(code, in: context.language))
            }
            return KeyMap(choices + [.init([.escape], .cancelResend, label: s(.screenHandoffKeyCancelStep), inFooter: true)])
        }
        let switchKey = KeyMap<Action>.Binding([.character("h")], .switchList, label: s(.screenHandoffKeySwitch), inFooter: !sent.isEmpty)
        if handoffsFocused {
            return KeyMap([
                .init([.character("u")], .resend, label: s(.screenHandoffKeyResend), inFooter: selectedHandoff?.record.result == .returned),
                switchKey,
                .init([.escape, .character("q")], .back, label: s(.keyBack), footer: .kept),
                .moving(.move, label: s(.keyMoveInList)),
            ])
        }
        let listed = !(contacts?.isEmpty ?? true)
        return KeyMap([
            .init([.enter, .character("d")], .markDone, label: s(.followUpsKeyDone), inFooter: listed),
            .init([.character("o")], .openOutcomes, label: s(.followUpsKeyOutcomes), inFooter: listed),
            switchKey,
            .init([.escape, .character("q")], .back, label: s(.keyBack), footer: .kept),
            .moving(.move, label: s(.keyMoveInList)),
        ])
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    public func title(_ context: AppContext) -> String { context.strings(.followUpsTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.followUpsGuide) }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        note?.paste(text)
        return []
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let action = keyMap(context).action(for: key) {
            guard case .move = action else { return update(action, context) }
            if var list = outcomes {
                _ = list.handle(key)
                outcomes = list
            } else if handoffsFocused {
                _ = handoffNavigator.handle(key, count: sent.count, height: Self.handoffRows)
            } else {
                _ = navigator.handle(key, count: contacts?.count ?? 0, height: context.pageRows(at80x24: Self.pageHeight))
            }
            return []
        }
        if var field = note {
            _ = field.handle(key)
            note = field
        }
        return []
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        switch action {
        case .markDone:
            guard let selected else { return [] }
            note = TextField(maxLength: 200)
            noteFor = selected.id
        case .back:
            return [.pop(nil)]
        case .saveNote:
            guard let id = noteFor, let text = note?.text.trimmingCharacters(in: .whitespaces) else { return [] }
            // The store refuses it too; saying so here names the note, not a contact.
            if IdentityCode.appears(in: text) { return [.status(context.strings(.followUpsNoteIdentityCode), .error)] }
            return [.markFollowUpDone(contactID: id, note: text)]
        case .cancelNote:
            closeNote()
        case .openOutcomes:
            guard let selected else { return [] }
            guard !selected.contact.referrals.isEmpty else { return [.status(context.strings(.followUpsNoReferrals), .muted)] }
            outcomes = ReferralOutcomes([selected], showsDay: false)
            outcomesFor = selected.id
        case .setOutcome(let outcome):
            guard let id = outcomesFor, let item = outcomes?.selected, item.outcome != outcome else { return [] }
            return [.setReferralOutcome(contactID: id, referral: item.referral, outcome: outcome, clientRef: nil)]
        case .closeOutcomes:
            closeOutcomes()
        case .switchList:
            handoffsFocused = !handoffsFocused && !sent.isEmpty
        case .resend:
            guard let handoff = selectedHandoff else { return [] }
            guard handoff.record.result == .returned else { return [.status(context.strings(.screenHandoffResendOnlyReturned), .warning)] }
            resending = true
        case .resendTo(let service):
            guard let handoff = selectedHandoff else { return [] }
            resending = false
            return [.moveHandoff(id: handoff.id, .resend(to: service))]
        case .cancelResend:
            resending = false
        case .move: break
        }
        return []
    }

    /// The handoff under the selection, while the handoffs have the keys.
    var selectedHandoff: Handoff? {
        guard handoffsFocused, sent.indices.contains(handoffNavigator.selected) else { return nil }
        return sent[handoffNavigator.selected]
    }

    /// The receiving services a returned handoff may go to: every one but the one that returned it.
    func resendServices(_ context: AppContext) -> [String] {
        Array(HandoffRequest.services(context.vocabulary).filter { $0 != selectedHandoff?.record.service }.prefix(9))
    }

    /// The follow-up under the selection.
    var selected: LoggedContact? {
        guard let contacts, contacts.indices.contains(navigator.selected) else { return nil }
        return contacts[navigator.selected]
    }

    mutating func closeNote() {
        note = nil
        noteFor = nil
    }

    mutating func closeOutcomes() {
        outcomes = nil
        outcomesFor = nil
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed, .othersSaved:
            return [.loadFollowUps, .loadSentHandoffs]
        case .handoffsMoved:
            return [.loadSentHandoffs]
        case .sentHandoffs(let list):
            sent = list
            handoffNavigator.clamp(count: list.count, height: Self.handoffRows)
            if list.isEmpty { handoffsFocused = false }
            if selectedHandoff?.record.result != .returned { resending = false }
        case .handoffMoved(_, .resend(let service), _):
            return [.loadSentHandoffs, .status(context.strings(.screenHandoffResent, ["service": context.vocabulary.referral.label(service, in: context.language)]), .success)]
        case .followUps(let list):
            contacts = list
            navigator.clamp(count: list.count, height: context.pageRows(at80x24: Self.pageHeight))
            if let id = noteFor, !list.contains(where: { $0.id == id }) { closeNote() }
            if let id = outcomesFor {
                if let logged = list.first(where: { $0.id == id }), !logged.contact.referrals.isEmpty {
                    outcomes?.update([logged])
                } else {
                    closeOutcomes()
                }
            }
        case .referralOutcomeSet(_, let referral, let outcome):
            return [.loadFollowUps, .status(ReferralOutcomes.saved(referral, outcome: outcome, context), .success)]
        case .followUpDone(let id):
            let done = contacts?.first { $0.id == id }
            if noteFor == id { closeNote() }
            let status: [Effect] = done.map { logged in
                let at = logged.contact.occurredAt
                return [.status(context.strings(.followUpsDone, ["day": at.date.dayAndMonth, "time": at.clockTime]), .success)]
            } ?? []
            return [.loadFollowUps] + status
        case .failed:
            // The app shows why; the note stays open to be put right.
            break
        default: break
        }
        return []
    }

    // MARK: - Drawing

    /// `20.11. klo 9.00 · Puhelin · Asuminen`: the follow-up the note is for.
    static func describe(_ logged: LoggedContact, _ context: AppContext) -> String {
        let c = logged.contact, v = context.vocabulary, language = context.language
        return context.strings(.followUpsContact, [
            "day": c.occurredAt.date.dayAndMonth, "time": c.occurredAt.clockTime,
            "channel": v.channel.label(c.channel, in: language),
            "topics": c.topics.map { v.topic.label($0, in: language) }.joined(separator: ", "),
        ])
    }

    /// `tänään`, `1 päivä`, `12 päivää`: how long the follow-up has waited.
    static func age(of logged: LoggedContact, _ context: AppContext) -> String {
        let days = context.today.daysSinceEpoch - logged.contact.occurredAt.date.daysSinceEpoch
        switch days {
        case ...0: return context.strings(.followUpsAgeToday)
        case 1: return context.strings(.followUpsAgeOneDay)
        default: return context.strings(.followUpsAgeDays, ["days": String(days)])
        }
    }

    /// The handoffs sent from the point, at the bottom of the screen: one line each, what became of it.
    func renderSent(into canvas: inout Canvas, area: Area, _ context: AppContext) -> Int {
        guard !sent.isEmpty else { return 0 }
        let s = context.strings, x = area.x + 2, width = area.width - 4
        let choices = resending ? resendServices(context).enumerated().map { "\($0.offset + 1) \(context.vocabulary.referral.label($0.element, in: context.language))" } : []
        let chooser = resending ? TextWidth.wrapped(s(.screenHandoffResendChoose, ["choices": choices.joined(separator: "  ")]), to: width).prefix(4) : []
        let rows = min(sent.count, Self.handoffRows)
        let height = 2 + rows + chooser.count
        var y = area.bottom - height + 1
        canvas.putCut(s(.screenHandoffSentSection, ["count": String(sent.count)]), x: x, y: y, style: handoffsFocused ? .header : .muted, maxWidth: width)
        y += 1
        var nav = handoffNavigator
        nav.clamp(count: sent.count, height: rows)
        let visible = nav.visible(count: sent.count, height: rows)
        if visible.count < sent.count {
            // More than the rows shown: which, and how many more, at the right of the heading.
            let sign = ListWindow.sign(first: visible.lowerBound, shown: visible.count, count: sent.count, context)
            canvas.put(sign, x: x + width - TextWidth.of(sign), y: y - 1, style: .muted)
        }
        for (line, index) in visible.enumerated() {
            let handoff = sent[index]
            let state: String
            switch handoff.record.result {
            case .returned?: state = s(.screenHandoffStateLineReturned, ["reason": handoff.returnReason ?? "–"])
            case let result?:
                state = s(.screenHandoffStateLineClosed, ["result": QueueScreen.resultLabel(result, context), "tries": String(handoff.record.tries)])
            case nil:
                state = handoff.record.takenAt.map {
                    s(.screenHandoffStateLineTaken, ["time": "\($0.date.dayAndMonth) \($0.clockTime)", "tries": String(handoff.record.tries)])
                } ?? s(.screenHandoffStateLineSent)
            }
            let sentAt = handoff.record.sentAt
            let text = s(.screenHandoffSentRow, [
                "day": "\(sentAt.date.dayAndMonth) \(sentAt.clockTime)",
                "service": context.vocabulary.referral.label(handoff.record.service, in: context.language), "state": state,
            ])
            let selected = handoffsFocused && index == nav.selected
            let style: Style = selected ? .selection : handoff.record.result == .returned ? .warning : handoff.state == .closed ? .success : .normal
            canvas.put(TextWidth.truncated(text, to: width), x: x, y: y + line, style: style)
            // A click selects the row, as h and the arrows would (not while a note, the outcomes or the chooser is open).
            if note == nil, outcomes == nil, !resending {
                let keys: [Key] = handoffsFocused ? nav.keys(clicking: index) : [.character("h")] + ListNavigator(selected: nav.selected).keys(clicking: index)
                canvas.mark(x: area.x, y: y + line, width: area.width, keys: keys)
            }
        }
        y += rows
        for line in chooser {
            canvas.put(line, x: x, y: y, style: .warning)
            // Each service takes a click as its number; "(Esc …)" as Esc.
            let cancel = line.range(of: "(Esc").map { String(line[line.index(after: $0.lowerBound)...].prefix { $0 != ")" }) } ?? ""
            var texts: [(String, [Key])] = choices.enumerated().map { ($0.element, [Key.character(Character(String($0.offset + 1)))]) }
            texts.append((cancel, [Key.escape]))
            canvas.markTexts(line, x: x, y: y, texts)
            y += 1
        }
        return height
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        guard let contacts else { return }
        let sentHeight = renderSent(into: &canvas, area: area, context)
        let area = Area(x: area.x, y: area.y, width: area.width, height: area.height - sentHeight)
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        guard !contacts.isEmpty else {
            canvas.putWrapped(s(.followUpsEmpty), x: x, y: y, width: width, style: .muted)
            return
        }
        canvas.putCut(s(.followUpsSummary, ["count": String(contacts.count)]), x: x, y: y, style: .muted, maxWidth: width)
        y += 2
        let age = ContactTable.Column(title: s(.followUpsColumnAge), width: 14) { (Self.age(of: $0, context), .normal) }
        let table = ContactTable(width: width, context, showsDay: true, last: age)
        table.header(into: &canvas, x: x, y: y)
        y += 1
        // The note panel: a blank line, what is being marked, the field, and its hint. The outcomes panel: a blank
        // line, whose referrals, one a line, a blank line and the outcomes' numbers.
        let hint = TextWidth.wrapped(s(.followUpsNoteHint), to: width)
        let legendLines = ReferralOutcomes.legend(width: width, context).count
        let panelHeight = note != nil ? 3 + hint.count : outcomes.map { 3 + min($0.items.count, 4) + legendLines } ?? 0
        let window = navigator.window(count: contacts.count, height: max(1, area.bottom - y - panelHeight))
        for (row, index) in window.rows.enumerated() {
            table.row(contacts[index], into: &canvas, x: x, y: y + row, selected: index == window.selected)
            // While a note or the outcomes are open, Enter is theirs: the rows take no click.
            if note == nil, outcomes == nil { canvas.mark(x: area.x, y: y + row, width: area.width, keys: window.keys(clicking: index)) }
        }
        window.drawSign(into: &canvas, x: x, y: y + window.rows.count, width: width, count: contacts.count, context)
        if let outcomes, let id = outcomesFor, let logged = contacts.first(where: { $0.id == id }) {
            y = area.bottom - panelHeight + 1
            canvas.put(TextWidth.truncated(s(.followUpsOutcomesOf, ["contact": Self.describe(logged, context)]), to: width), x: x, y: y, style: .warning)
            outcomes.render(into: &canvas, x: x, y: y + 1, width: width, height: area.bottom - y - 1, focused: true, context)
            return
        }
        guard let note, let id = noteFor, let logged = contacts.first(where: { $0.id == id }) else { return }
        y = area.bottom - panelHeight + 1
        canvas.put(TextWidth.truncated(s(.followUpsMarking, ["contact": Self.describe(logged, context)]), to: width), x: x, y: y, style: .warning)
        y += 1
        let label = s(.followUpsNote) + ": "
        let used = canvas.put(label, x: x, y: y, maxWidth: width)
        note.render(into: &canvas, x: x + used, y: y, width: width - used, focused: true)
        y += 1
        for line in hint {
            canvas.put(line, x: x, y: y, style: .muted)
            y += 1
        }
    }
}
