import Guidance
import Terminal

/// The service directory: every referral destination of the vocabulary with what `directory.json` says of
/// it, then the real-time consultation lines (CONTRACT §8), searchable as you type. Opened from the contact form to
/// choose one, Enter adds a destination as a referral, or records a line as the contact's consultation.
public struct DirectoryScreen: Screen {
    enum Action: Sendable { case choose, clearSearch, back, move }

    /// Where an item stands: a referral destination of a kind, or a consultation line.
    enum Group: Equatable, Hashable, Sendable {
        case referral(ReferralKind)
        case consultation
    }

    /// One destination or line: its code, its label in the user's language, its group, and the directory's entry
    /// (or the line).
    struct Item: Equatable, Sendable {
        let code: String
        let label: String
        let kind: Group
        let entry: DirectoryEntry?
        var line: ConsultationLine? = nil
        /// The words the search finds it by: the label's and the code's first, then the description's.
        let nameWords: [ChoiceFilter.Word]
        let descriptionWords: [ChoiceFilter.Word]
    }

    /// Opened from the contact form: Enter returns the destination as a referral.
    let choosing: Bool
    /// Internal services first, then external ones, each in the vocabulary's order; the consultation lines last.
    let items: [Item]
    var search = TextField(maxLength: 40)
    /// The selection, over `shown`.
    var navigator = ListNavigator()

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static let pageHeight = 7
    /// At this width and wider the details stand beside the list; narrower, below it.
    static let sideBySideWidth = 100

    public init(choosing: Bool, _ context: AppContext) {
        self.choosing = choosing
        let language = context.language
        let entries = Dictionary(context.catalog.directory.map { ($0.referral, $0) }, uniquingKeysWith: { first, _ in first })
        items = ReferralKind.allCases.flatMap { kind in
            context.vocabulary.referral.terms.filter { $0.kind == kind }.map { term in
                let label = term.label[language]
                let entry = entries[term.code]
                return Item(
                    code: term.code, label: label, kind: .referral(kind), entry: entry,
                    nameWords: ChoiceFilter.words(of: label) + ChoiceFilter.words(of: term.code),
                    descriptionWords: entry.map { ChoiceFilter.words(of: $0.description[language]) } ?? [])
            }
        } + context.catalog.consultationLines.map { line in
            let label = line.name[language]
            return Item(
                code: line.code, label: label, kind: .consultation, entry: nil, line: line,
                nameWords: ChoiceFilter.words(of: label) + ChoiceFilter.words(of: line.code),
                descriptionWords: ChoiceFilter.words(of: line.who[language]) + ChoiceFilter.words(of: line.howToReach[language]))
        }
    }

    // MARK: - What is shown

    /// The destinations the search finds (Picker's matching: every word typed starts a word of the name,
    /// the code or the description), those found by name first; all of them when nothing is typed.
    var shown: [Item] {
        let filter = ChoiceFilter(search.text)
        guard !filter.isEmpty else { return items }
        let byName = items.filter { filter.matches($0.nameWords) }
        let byDescription = items.filter { !filter.matches($0.nameWords) && filter.matches($0.nameWords + $0.descriptionWords) }
        return byName + byDescription
    }

    /// The destination under the selection; nil when nothing is found.
    var selected: Item? {
        let list = shown
        return list.indices.contains(navigator.selected) ? list[navigator.selected] : nil
    }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        var bindings: [KeyMap<Action>.Binding] = []
        if choosing {
            let label = selected?.kind == .consultation ? s(.consultationKeyChoose) : s(.directoryKeyChoose)
            bindings.append(.init([.enter], .choose, label: label, footer: .kept))
        }
        bindings.append(search.text.isEmpty
            ? .init([.escape], .back, label: s(.keyBack), footer: .kept)
            : .init([.escape], .clearSearch, label: s(.directoryKeyClear), footer: .kept))
        bindings.append(.moving(.move, label: s(.keyMoveInList)))
        return KeyMap(bindings)
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] {
        keyMap(context).keyHelp + [KeyHelp(keys: context.strings(.keyLetters), label: context.strings(.directoryKeyType), inFooter: false)]
    }

    public func title(_ context: AppContext) -> String {
        context.strings(choosing ? .directoryTitleChoosing : .directoryTitle)
    }

    public func guide(_ context: AppContext) -> String? { context.strings(.directoryGuide) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .move?:
            _ = navigator.handle(key, count: shown.count, height: context.pageRows(at80x24: Self.pageHeight))
        case let action?:
            return update(action, context)
        case nil:
            let before = search.text
            guard search.handle(key), search.text != before else { return [] }
            // A new search starts at its best match.
            navigator = ListNavigator()
        }
        return []
    }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        // A new search starts at its best match.
        if search.paste(text) { navigator = ListNavigator() }
        return []
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        switch action {
        case .choose:
            guard let item = selected else { return [] }
            return [.pop(item.kind == .consultation ? .consultationChosen(item.code) : .referralChosen(item.code))]
        case .clearSearch:
            let code = selected?.code
            search.set("")
            // The destination stays selected among all of them.
            navigator = ListNavigator(selected: items.firstIndex { $0.code == code } ?? 0)
            navigator.clamp(count: items.count, height: context.pageRows(at80x24: Self.pageHeight))
        case .back:
            return [.pop(nil)]
        case .move: break
        }
        return []
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    // MARK: - Drawing

    /// The search line on top; the list on the left and the details on the right, or the details below
    /// the list when the screen is narrow.
    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        let y = area.y + 1
        let list = shown
        let counted = ["shown": String(list.count), "all": String(items.count)]
        let count = s(items.contains { $0.kind == .consultation } ? .directoryCountLines : .directoryCount, counted)
        let countWidth = TextWidth.of(count)
        let label = s(.directorySearch) + ": "
        let used = canvas.put(label, x: x, y: y, maxWidth: width)
        let fieldWidth = max(1, min(40, width - used - countWidth - 2))
        search.render(into: &canvas, x: x + used, y: y, width: fieldWidth, focused: true)
        if search.text.isEmpty { canvas.putCut(s(.directorySearchHint), x: x + used + 2, y: y, style: .muted, maxWidth: fieldWidth - 2) }
        canvas.put(count, x: x + width - countWidth, y: y, style: .muted)

        let top = y + 2
        let listArea: Area, detailArea: Area
        if area.width >= Self.sideBySideWidth {
            let listWidth = min(44, width * 2 / 5)
            listArea = Area(x: x, y: top, width: listWidth, height: area.bottom - top)
            detailArea = Area(x: x + listWidth + 3, y: top, width: width - listWidth - 3, height: area.bottom - top)
            for row in top..<area.bottom { canvas.put("│", x: x + listWidth + 1, y: row, style: .muted) }
        } else {
            // The details keep about ten rows; the list gets the rest, no more than it fills.
            let rows = list.count + (search.text.isEmpty ? Set(list.map(\.kind)).count : 0)
            let listHeight = max(2, min(rows, area.bottom - top - 11))
            listArea = Area(x: x, y: top, width: width, height: listHeight)
            detailArea = Area(x: x, y: top + listHeight + 1, width: width, height: area.bottom - top - listHeight - 1)
            canvas.put(String(repeating: "─", count: width), x: x, y: top + listHeight, style: .muted)
        }
        guard !list.isEmpty else {
            canvas.putWrapped(
                s(.directoryNoMatch, ["filter": search.text]), x: listArea.x, y: listArea.y, width: listArea.width, style: .muted,
                maxLines: listArea.height)
            return
        }
        renderList(list, into: &canvas, area: listArea, context)
        if let item = selected { renderDetails(item, into: &canvas, area: detailArea, context) }
    }

    /// The destinations, under their group's heading while nothing is searched (a search lists those
    /// found by name first, so its groups would interleave).
    private func renderList(_ list: [Item], into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let rows = HeadedRows(headings: list.map { search.text.isEmpty ? Self.group($0.kind, context) : nil })
        // A list longer than its room keeps its last row for how many more there are.
        let fits = rows.rows.count <= area.height
        let window = rows.window(navigator, height: fits ? area.height : max(1, area.height - 1))
        if !fits {
            let items = window.compactMap { if case .item(let n) = $0 { n } else { nil } }
            let first = items.first ?? 0
            let sign = ListWindow.sign(first: first, shown: (items.last ?? first) - first + 1, count: list.count, context)
            canvas.put(sign, x: max(area.x, area.x + area.width - TextWidth.of(sign)), y: area.y + window.count, style: .muted, maxWidth: area.width)
        }
        for (line, row) in window.enumerated() {
            let y = area.y + line
            switch row {
            case .heading(let group):
                canvas.putCut(group, x: area.x, y: y, style: .muted, maxWidth: area.width)
            case .item(let n):
                canvas.put(TextWidth.truncated(list[n].label, to: area.width - 2), x: area.x + 2, y: y)
                canvas.mark(x: area.x, y: y, width: area.width, keys: navigator.keys(clicking: n))
                if n == navigator.selected {
                    canvas.put("▸", x: area.x, y: y)
                    canvas.paint(x: area.x, y: y, width: area.width, style: .selection)
                    canvas.focus(x: area.x + 2, y: y)
                }
            }
        }
    }

    /// The selected destination: its name and group, what it does, how to reach it, its phone and web address.
    private func renderDetails(_ item: Item, into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings, language = context.language
        /// A line of the pane: a label (muted) at the left, text after `indent` columns.
        typealias Line = (label: String, text: String, style: Style, indent: Int)
        var lines: [Line] = []
        let group = Self.group(item.kind, context)
        if TextWidth.of(item.label) + 3 + TextWidth.of(group) <= area.width {
            lines.append(("", item.label, .header, 0))
            lines.append(("", group, .muted, TextWidth.of(item.label) + 3))
        } else {
            lines += [("", item.label, .header, 0), ("", group, .muted, 0)]
        }
        // The group shares the name's line when it fits: `lines` then holds one more than is drawn.
        let sharesLine = lines[1].indent > 0
        if let line = item.line {
            lines += consultationLines(line, width: area.width, context)
        } else if let entry = item.entry {
            lines += TextWidth.wrapped(entry.description[language], to: area.width).map { ("", $0, .normal, 0) }
            let labels = [s(.directoryHowToReach), s(.directoryPhone), s(.directoryWeb)]
            let labelWidth = labels.map { TextWidth.of($0) }.max()! + 2
            var fields: [Line] = []
            for (label, value) in zip(labels, [entry.howToReach[language], entry.phone, entry.web]) {
                guard let value else { continue }
                for (n, text) in TextWidth.wrapped(value, to: area.width - labelWidth).enumerated() {
                    fields.append((n == 0 ? label : "", text, .normal, labelWidth))
                }
            }
            // A blank line before how to reach them, when there is room for it.
            let used = lines.count - (sharesLine ? 1 : 0) + fields.count
            if used < area.height { lines.append(("", "", .normal, 0)) }
            lines += fields
        } else {
            lines.append(("", s(.directoryNoDetails), .muted, 0))
        }
        var y = area.y
        for (n, line) in lines.enumerated() {
            if n == 1, sharesLine { y -= 1 }
            guard y < area.bottom else { break }
            canvas.put(line.label, x: area.x, y: y, style: .muted)
            canvas.put(line.text, x: area.x + line.indent, y: y, style: line.style, maxWidth: area.width - line.indent)
            y += 1
        }
    }

    /// A consultation line's fields: who answers, how to reach them, the phone, the hours and whether it answers now.
    private func consultationLines(_ line: ConsultationLine, width: Int, _ context: AppContext) -> [(label: String, text: String, style: Style, indent: Int)] {
        let s = context.strings, language = context.language
        let hours = line.hoursText(context)
        let (answers, answersStyle) = line.answersText(context, withHours: false)
        let fields: [(String, String?, Style)] = [
            (s(.consultationWho), line.who[language], .normal), (s(.directoryHowToReach), line.howToReach[language], .normal),
            (s(.directoryPhone), line.phone, .normal), (s(.consultationHours), hours.isEmpty ? nil : hours, .normal),
            ("", answers, answersStyle),
        ]
        let labelWidth = fields.map { TextWidth.of($0.0) }.max()! + 2
        var lines: [(label: String, text: String, style: Style, indent: Int)] = [("", "", .normal, 0)]
        for (label, value, style) in fields {
            guard let value else { continue }
            for (n, text) in TextWidth.wrapped(value, to: width - labelWidth).enumerated() {
                lines.append((n == 0 ? label : "", text, style, labelWidth))
            }
        }
        return lines
    }

    static func group(_ kind: Group, _ context: AppContext) -> String {
        switch kind {
        case .referral(let kind): context.strings(kind == .internal ? .referralsInternal : .referralsExternal)
        case .consultation: context.strings(.directoryConsultationLines)
        }
    }
}
