import Guidance
import Store
import Terminal

/// The referrals of one contact (follow-ups) or of several (a returning client's earlier contacts, in the form),
/// each with what became of it (CONTRACT §7). ↑/↓ select a referral; the outcome's number sets it — the numbers
/// follow the `referral_outcome` list of data/vocabulary.json, so `1` is back to pending. The screens put
/// `bindings` in their key tables, so that help lists each outcome's key.
struct ReferralOutcomes: Equatable, Sendable {
    struct Item: Equatable, Sendable {
        let contactID: Int64
        let day: CivilDate
        let referral: String
        let outcome: String
    }

    private(set) var items: [Item] = []
    var navigator = ListNavigator()
    /// The day goes before each referral when the list spans contacts.
    let showsDay: Bool

    init(_ contacts: [LoggedContact], showsDay: Bool) {
        self.showsDay = showsDay
        update(contacts)
    }

    /// The referrals of `contacts`, in their order; the selection stays on the same referral when it is still there.
    mutating func update(_ contacts: [LoggedContact]) {
        let was = selected
        items = contacts.flatMap { logged in
            logged.contact.referrals.map {
                Item(contactID: logged.id, day: logged.contact.occurredAt.date, referral: $0, outcome: logged.contact.outcome(of: $0))
            }
        }
        let index = was.flatMap { was in items.firstIndex { $0.contactID == was.contactID && $0.referral == was.referral } } ?? navigator.selected
        navigator.select(index, count: items.count, height: items.count)
    }

    var isEmpty: Bool { items.isEmpty }

    var selected: Item? { items.indices.contains(navigator.selected) ? items[navigator.selected] : nil }

    /// ↑ ↓ PgUp PgDn Home End; true when the key was one of them.
    mutating func handle(_ key: Key) -> Bool {
        navigator.handle(key, count: items.count, height: max(1, items.count))
    }

    /// One binding per outcome: its number in data/'s list, labelled with the outcome.
    static func bindings<Action>(_ context: AppContext, _ action: (String) -> Action) -> [KeyMap<Action>.Binding] {
        context.vocabulary.referralOutcome.terms.prefix(9).enumerated().map { index, term in
            KeyMap.Binding([.character(Character(String(index + 1)))], action(term.code), label: term.label[context.language])
        }
    }

    /// The referral's label and a compact mark of its outcome (none while pending): `Terveysasema ✓`.
    static func marked(_ referral: String, outcome: String, _ context: AppContext) -> String {
        let label = context.vocabulary.referral.label(referral, in: context.language)
        guard let mark = mark(outcome, context) else { return label }
        return label + " " + mark
    }

    static func mark(_ outcome: String, _ context: AppContext) -> String? {
        let key: StringKey? = switch outcome {
        case "reached": .referralMarkReached
        case "not-reached": .referralMarkNotReached
        case "declined": .referralMarkDeclined
        case "unknown": .referralMarkUnknown
        default: nil
        }
        return key.map { context.strings($0) }
    }

    /// The status line once an outcome is saved.
    static func saved(_ referral: String, outcome: String, _ context: AppContext) -> String {
        let v = context.vocabulary, language = context.language
        return context.strings(.outcomesSet, ["referral": v.referral.label(referral, in: language), "outcome": v.referralOutcome.label(outcome, in: language)])
    }

    /// The outcomes' numbers and labels, wrapped to `width`: `1 Odottaa tietoa · 2 Palvelu tavoitettu · …`.
    static func legend(width: Int, _ context: AppContext) -> [String] {
        let terms = context.vocabulary.referralOutcome.terms.prefix(9)
        return TextWidth.wrapped(terms.enumerated().map { "\($0.offset + 1) \($0.element.label[context.language])" }.joined(separator: " · "), to: width)
    }

    /// The referrals, one a row (the selected one highlighted when `focused`), then the outcomes' numbers;
    /// returns the rows used.
    @discardableResult
    func render(into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, focused: Bool, _ context: AppContext) -> Int {
        guard width > 0, height > 0 else { return 0 }
        let v = context.vocabulary, language = context.language
        let legend = Self.legend(width: width, context)
        let listHeight = max(1, min(items.count, height - legend.count - 1))
        var row = y
        for index in navigator.visible(count: items.count, height: listHeight) {
            let item = items[index]
            let referral = (showsDay ? item.day.dayAndMonth + " " : "") + v.referral.label(item.referral, in: language)
            let outcome = v.referralOutcome.label(item.outcome, in: language)
            let text = (index == navigator.selected ? "▸ " : "  ") + context.strings(.outcomesLine, ["referral": referral, "outcome": outcome])
            canvas.put(TextWidth.truncated(text, to: width), x: x, y: row, style: item.outcome == Vocabulary.pendingOutcome ? .muted : .normal)
            // A click highlights the referral (its outcome is then a digit); Enter would close the list, so the
            // highlighted one takes no click.
            if focused, index != navigator.selected { canvas.mark(x: x, y: row, width: width, keys: navigator.keys(clicking: index)) }
            if focused && index == navigator.selected {
                canvas.paint(x: x, y: row, width: width, style: .selection)
                canvas.focus(x: x, y: row)
            }
            row += 1
        }
        guard row + 1 + legend.count <= y + height else { return row - y }
        row += 1
        for line in legend {
            canvas.put(line, x: x, y: row, style: .key)
            // An outcome's number takes a click as its digit (for the referral highlighted).
            if focused { canvas.markChoices(line, x: x, y: row, width: width) }
            row += 1
        }
        return row - y
    }
}
