import Guidance
import Terminal

/// One record shown whole — each field with its label, long values wrapped, nothing cut and nothing to edit — from a
/// list whose rows cut them (the day browser's contacts and handoffs). Esc goes back to the list.
struct RecordDetailScreen: Screen {
    enum Action: Equatable, Sendable { case back, scroll }

    let screenTitle: String
    /// What the list was of: `Kanava: Puhelin`.
    let heading: String
    /// The record's place in its list: 3 of 12.
    let position: (Int, Int)
    let lines: [(label: String, value: String)]
    /// The first row shown when they do not all fit.
    var scroll = 0

    init(title: String, heading: String, position: (Int, Int), lines: [(label: String, value: String)]) {
        screenTitle = title
        self.heading = heading
        self.position = position
        self.lines = lines
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        KeyMap([
            .init([.escape, .character("q"), .backspace, .enter], .back, label: context.strings(.keyBack), footer: .kept),
            .scrolling(.scroll, label: context.strings(.detailKeyScroll)),
        ])
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    func title(_ context: AppContext) -> String { screenTitle }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .back: return [.pop(nil)]
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
    func rows(width: Int) -> [(label: String, text: String)] {
        let labelWidth = min(width / 3, (lines.map { TextWidth.of($0.label) }.max() ?? 0) + 2)
        var rows: [(String, String)] = []
        for line in lines {
            let wrapped = TextWidth.wrapped(line.value, to: max(10, width - labelWidth))
            for (n, text) in (wrapped.isEmpty ? [""] : wrapped).enumerated() { rows.append((n == 0 ? line.label : "", text)) }
        }
        return rows
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        let place = "\(position.0) / \(position.1)"
        canvas.put(TextWidth.truncated(heading, to: width - TextWidth.of(place) - 2), x: x, y: y, style: .header)
        canvas.put(place, x: x + width - TextWidth.of(place), y: y, style: .muted)
        y += 2
        let rows = rows(width: width)
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
