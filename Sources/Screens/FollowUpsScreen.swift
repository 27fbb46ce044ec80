import Guidance
import Store
import Terminal

/// The open follow-ups at the advisor's point: contacts not resolved and not yet marked done, within the
/// follow-up window, oldest first. Enter on one asks for a note of the outcome and marks it done; `o` lists its
/// referrals, and a number sets what became of each (saved at once).
public struct FollowUpsScreen: Screen {
    enum Action: Sendable { case markDone, back, saveNote, cancelNote, openOutcomes, setOutcome(String), closeOutcomes }

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

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static let pageHeight = 12

    public init(_ context: AppContext) {}

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        if note != nil {
            return KeyMap([
                .init([.enter], .saveNote, label: s(.followUpsKeySaveNote), inFooter: true),
                .init([.escape], .cancelNote, label: s(.followUpsKeyCancel), inFooter: true),
            ])
        }
        if outcomes != nil {
            return KeyMap(ReferralOutcomes.bindings(context) { .setOutcome($0) } + [
                .init([.escape, .enter, .character("o")], .closeOutcomes, label: s(.outcomesKeyClose), inFooter: true),
            ])
        }
        let listed = !(contacts?.isEmpty ?? true)
        return KeyMap([
            .init([.enter, .character("d")], .markDone, label: s(.followUpsKeyDone), inFooter: listed),
            .init([.character("o")], .openOutcomes, label: s(.followUpsKeyOutcomes), inFooter: listed),
            .init([.escape, .character("q")], .back, label: s(.keyBack), inFooter: true),
        ])
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] {
        keyMap(context).keyHelp + (note == nil ? [KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false)] : [])
    }

    public func title(_ context: AppContext) -> String { context.strings(.followUpsTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.followUpsGuide) }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        note?.paste(text)
        return []
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let action = keyMap(context).action(for: key) { return update(action, context) }
        if var field = note {
            _ = field.handle(key)
            note = field
        } else if var list = outcomes {
            _ = list.handle(key)
            outcomes = list
        } else {
            _ = navigator.handle(key, count: contacts?.count ?? 0, height: context.pageRows(at80x24: Self.pageHeight))
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
        }
        return []
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
            return [.loadFollowUps]
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

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        guard let contacts else { return }
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        guard !contacts.isEmpty else {
            canvas.putWrapped(s(.followUpsEmpty), x: x, y: y, width: width, style: .muted)
            return
        }
        canvas.put(s(.followUpsSummary, ["count": String(contacts.count)]), x: x, y: y, style: .muted, maxWidth: width)
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
        let height = max(1, area.bottom - y - panelHeight)
        var nav = navigator
        nav.clamp(count: contacts.count, height: height)
        for (row, index) in nav.visible(count: contacts.count, height: height).enumerated() {
            table.row(contacts[index], into: &canvas, x: x, y: y + row, selected: index == nav.selected)
            // While a note or the outcomes are open, Enter is theirs: the rows take no click.
            if note == nil, outcomes == nil { canvas.mark(x: area.x, y: y + row, width: area.width, keys: nav.keys(clicking: index)) }
        }
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
