import Guidance
import Terminal

/// The real-time consultation lines for the contact in the form (CONTRACT §8), opened with F7: those that fit its
/// topics first, then age group and segment (`rankedByTopics`), each with who answers, how to reach them and whether they answer
/// now by the context's clock. A number or Enter records the line on the contact; Del clears a recorded one.
struct ConsultationScreen: Screen {
    enum Action: Equatable, Sendable { case choose, clear, back }

    /// The lines, best fit first.
    let lines: [ConsultationLine]
    /// How many of `lines` fit the contact at all (they come first).
    let fitting: Int
    /// The line the contact has now, if any.
    let current: String?
    var navigator = ListNavigator()

    /// Rows a line takes at least: its name; who answers and the phone; whether it answers now; how to reach it, which
    /// wraps onto as many rows as it needs (never cut).
    static let rowsPerLine = 4

    init(topics: [String], ageGroup: String?, segment: String?, current: String?, _ context: AppContext) {
        let all = context.catalog.consultationLines
        lines = all.rankedByTopics(topics: topics, ageGroup: ageGroup, segment: segment)
        fitting = lines.filter { $0.fit(topics: topics, ageGroup: ageGroup, segment: segment) > 0 }.count
        self.current = current
        navigator = ListNavigator(selected: lines.firstIndex { $0.code == current } ?? 0)
    }

    var selected: ConsultationLine? { lines.indices.contains(navigator.selected) ? lines[navigator.selected] : nil }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        var bindings: [KeyMap<Action>.Binding] = []
        if !lines.isEmpty { bindings.append(.init([.enter], .choose, label: s(.consultationKeyChoose), inFooter: true)) }
        if current != nil { bindings.append(.init([.delete, .backspace], .clear, label: s(.consultationKeyClear), inFooter: true)) }
        bindings.append(.init([.escape, .function(7), .control("k")], .back, label: s(.keyBack), inFooter: true))
        return KeyMap(bindings)
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] {
        keyMap(context).keyHelp + [
            KeyHelp(keys: "1–9", label: context.strings(.consultationKeyNumber), inFooter: false),
            KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false),
        ]
    }

    func title(_ context: AppContext) -> String { context.strings(.consultationTitle) }
    func guide(_ context: AppContext) -> String? { context.strings(.consultationGuide) }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let action = keyMap(context).action(for: key) {
            switch action {
            case .choose: return selected.map { [.pop(.consultationChosen($0.code))] } ?? []
            case .clear: return [.pop(.consultationChosen(nil))]
            case .back: return [.pop(nil)]
            }
        }
        if case .character(let c) = key, let n = c.wholeNumberValue, (1...9).contains(n) {
            return lines.count >= n ? [.pop(.consultationChosen(lines[n - 1].code))] : []
        }
        _ = navigator.handle(key, count: lines.count, height: max(1, (context.rows - 5) / Self.rowsPerLine))
        return []
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    // MARK: - Drawing

    /// One row of the list: a heading, or row `part` of line `index`.
    enum Row: Equatable {
        case heading(String)
        case blank
        case line(index: Int, part: Int)
    }

    /// How to reach the line in `width` columns: whole, over as many rows as it takes.
    func howToReach(_ line: ConsultationLine, width: Int, _ context: AppContext) -> [String] {
        let text = line.howToReach[context.language]
        return text.isEmpty ? [] : TextWidth.wrapped(text, to: max(1, width))
    }

    func rows(_ context: AppContext, width: Int = 76) -> [Row] {
        let s = context.strings
        var rows: [Row] = []
        for index in lines.indices {
            if index == 0, fitting > 0 { rows.append(.heading(s(.consultationFitting))) }
            if index == fitting {
                if index > 0 { rows.append(.blank) }
                rows.append(.heading(s(.consultationOthers)))
            }
            let parts = 3 + howToReach(lines[index], width: width - 4, context).count
            rows += (0..<parts).map { Row.line(index: index, part: $0) }
        }
        return rows
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings, language = context.language
        let x = area.x + 2, width = area.width - 4
        let top = area.y + 1, height = area.bottom - top
        guard !lines.isEmpty else {
            canvas.putWrapped(s(.consultationNone), x: x, y: top, width: width, style: .muted, maxLines: height)
            return
        }
        let all = rows(context, width: width)
        // From the top, scrolled just enough that the selected line shows whole.
        let first = all.firstIndex(of: .line(index: navigator.selected, part: 0)) ?? 0
        let last = all.lastIndex { if case .line(navigator.selected, _) = $0 { true } else { false } } ?? first
        var start = 0
        // One row is kept for "N more" when the list is longer than the screen.
        let room = all.count > height ? height - 1 : height
        if last + 1 > room { start = min(first, last + 1 - room) }
        // Lines below the window: the last row says how many, rather than a line cut off.
        var end = min(all.count, start + height)
        if end < all.count, height >= 2 {
            end = start + height - 1
            if case .line(let index, let part) = all[end], part > 0, index != navigator.selected,
               let head = all[start..<end].firstIndex(of: .line(index: index, part: 0)) {
                end = head
            }
            let hidden = Set(all[end...].compactMap { row -> Int? in if case .line(let index, _) = row { index } else { nil } }).count
            canvas.put(s(.listMore, ["count": String(hidden)]), x: x, y: top + height - 1, style: .muted, maxWidth: width)
        }
        for (offset, row) in all[start..<end].enumerated() {
            let y = top + offset
            switch row {
            case .blank: break
            case .heading(let text):
                canvas.put(text, x: x, y: y, style: .header, maxWidth: width)
            case .line(let index, let part):
                let line = lines[index]
                let isSelected = index == navigator.selected
                switch part {
                case 0:
                    let number = index < 9 ? "\(index + 1) " : "  "
                    if isSelected { canvas.put("▸", x: x, y: y) }
                    canvas.mark(x: x, y: y, width: width, height: 2, keys: navigator.keys(clicking: index))
                    var used = canvas.put(number, x: x + 2, y: y, style: .key)
                    used += canvas.put(TextWidth.truncated(line.name[language], to: width - 2 - used), x: x + 2 + used, y: y)
                    if line.code == current {
                        canvas.put(" [" + s(.consultationRecordedMark) + "]", x: x + 2 + used, y: y, style: .success, maxWidth: width - 2 - used)
                    }
                    if isSelected {
                        canvas.paint(x: x, y: y, width: width, style: .selection)
                        canvas.focus(x: x + 2, y: y)
                    }
                case 1:
                    canvas.put(TextWidth.truncated(line.whoAndPhone(context), to: width - 4), x: x + 4, y: y)
                case 2:
                    let (answers, style) = line.answersText(context)
                    canvas.putWrapped(answers, x: x + 4, y: y, width: width - 4, style: style, maxLines: 1)
                default:
                    let how = howToReach(line, width: width - 4, context)
                    if how.indices.contains(part - 3) { canvas.put(how[part - 3], x: x + 4, y: y, style: .muted) }
                }
            }
        }
    }
}
