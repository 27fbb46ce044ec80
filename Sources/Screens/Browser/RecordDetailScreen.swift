import Guidance
import Terminal

/// One record shown whole — each field with its label, long values wrapped, nothing cut and nothing to edit — from a
/// list whose rows cut them (the day browser's contacts and handoffs). ← and → show the list's previous and next
/// record; Esc goes back to the list.
struct RecordDetailScreen: Screen {
    enum Action: Equatable, Sendable { case back, scroll, previous, next }

    let screenTitle: String
    /// What the list was of: `Kanava: Puhelin`.
    let heading: String
    /// How many records the list holds, and the fields of the n-th.
    let count: Int
    let record: (Int) -> [(label: String, value: String)]
    /// The record shown.
    var index: Int
    /// The first row shown when they do not all fit.
    var scroll = 0

    init(title: String, heading: String, index: Int, count: Int, record: @escaping (Int) -> [(label: String, value: String)]) {
        screenTitle = title
        self.heading = heading
        self.index = index
        self.count = count
        self.record = record
    }

    var lines: [(label: String, value: String)] { record(index) }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.left], .previous, label: s(.detailKeyPrevious), inFooter: count > 1, footerEntry: ("←/→", s(.detailKeySteps))),
            .init([.right], .next, label: s(.detailKeyNext)),
            .init([.escape, .character("q"), .backspace, .enter], .back, label: s(.keyBack), footer: .kept),
            .scrolling(.scroll, label: s(.detailKeyScroll)),
        ])
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    func title(_ context: AppContext) -> String { screenTitle }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .back: return [.pop(nil)]
        case .previous, .next:
            let moved = min(max(0, index + (key == .left ? -1 : 1)), count - 1)
            if moved != index { (index, scroll) = (moved, 0) }
        case .scroll:
            switch key {
            case .down: scroll += 1
            case .up: scroll -= 1
            case .pageDown: scroll += 10
            case .pageUp: scroll -= 10
            case .home: scroll = 0
            default: break
            }
            scroll = max(0, scroll)
        case nil: break
        }
        return []
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    /// The rows: each label in its column, its value wrapped beside it.
    static func rows(_ lines: [(label: String, value: String)], width: Int) -> [(label: String, text: String)] {
        let labelWidth = min(width / 3, (lines.map { TextWidth.of($0.label) }.max() ?? 0) + 2)
        var rows: [(String, String)] = []
        for line in lines {
            let wrapped = TextWidth.wrapped(line.value, to: max(10, width - labelWidth))
            for (n, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() { rows.append((n == 0 ? line.label : "", text)) }
        }
        return rows
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let lines = lines
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        let place = "\(index + 1) / \(count)"
        canvas.put(TextWidth.truncated(heading, to: width - TextWidth.of(place) - 2), x: x, y: y, style: .header)
        canvas.put(place, x: x + width - TextWidth.of(place), y: y, style: .muted)
        y += 2
        let rows = Self.rows(lines, width: width)
        let labelWidth = min(width / 3, (lines.map { TextWidth.of($0.label) }.max() ?? 0) + 2)
        let height = area.bottom - y
        let first = max(0, min(scroll, rows.count - height))
        let shown = rows.count > height ? height - 1 : height
        for (n, row) in rows.dropFirst(first).prefix(shown).enumerated() {
            canvas.put(TextWidth.truncated(row.label, to: labelWidth - 1), x: x, y: y + n, style: .muted)
            canvas.put(row.text, x: x + labelWidth, y: y + n, maxWidth: width - labelWidth)
        }
        if rows.count > height {
            let sign = ListWindow.sign(first: first, shown: shown, count: rows.count, context)
            canvas.put(sign, x: x + width - TextWidth.of(sign), y: y + shown, style: .muted)
        }
    }
}
