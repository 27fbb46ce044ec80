import Guidance
import Terminal

/// Every key of the screen below, from the same tables that handle its keys, and how the screen is used.
struct HelpScreen: Screen {
    let screenTitle: String
    let guide: String?
    /// What the idle cover does and how it is changed (CONTRACT §11), after every screen's keys.
    let idleCover: String?
    let keys: [KeyHelp]
    /// The first line shown.
    var scroll = 0

    enum Action: Sendable { case close, scroll }

    init(for screen: any Screen, global: [KeyHelp], idleCoverMinutes: Int? = nil, _ context: AppContext) {
        screenTitle = screen.title(context)
        guide = screen.guide(context)
        idleCover = Self.idleCover(minutes: idleCoverMinutes, context)
        keys = screen.keyHelp(context) + global
    }

    /// The idle cover's paragraph: after how many minutes (as this database has it), or that it is off.
    static func idleCover(minutes: Int?, _ context: AppContext) -> String {
        guard let minutes, minutes > 0 else { return context.strings(.helpIdleCoverOff) }
        return context.strings(.helpIdleCover, ["minutes": String(minutes)])
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        KeyMap([
            .init([.escape, .character("q"), .function(1)], .close, label: context.strings(.keyBack), footer: .kept),
            .scrolling(.scroll, label: context.strings(.detailKeyScroll)),
        ])
    }

    func title(_ context: AppContext) -> String { context.strings(.helpTitle, ["screen": screenTitle]) }
    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .close: return [.pop(nil)]
        case .scroll:
            switch key {
            case .down: scroll += 1
            case .up: scroll = max(0, scroll - 1)
            case .pageDown: scroll += 10
            case .pageUp: scroll = max(0, scroll - 10)
            case .home: scroll = 0
            default: break
            }
        case nil: break
        }
        return []
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    /// The guide's wrapped lines, a blank line, then one line per key, then a blank line and the idle cover's paragraph
    /// (after the keys, so that a screen's keys show first); `plain`: the lines written across, not in the keys' column.
    func lines(width: Int) -> [(keys: String, text: String, plain: Bool)] {
        var lines: [(String, String, Bool)] = []
        func paragraphs(_ text: String) {
            for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                lines += TextWidth.wrapped(String(paragraph), to: width - 4).map { ("", $0, true) }
            }
        }
        if let guide {
            paragraphs(guide)
            lines.append(("", "", true))
        }
        let keyWidth = min(24, (keys.map { TextWidth.of($0.keys) }.max() ?? 0) + 2)
        for key in keys {
            let wrapped = TextWidth.wrapped(key.label, to: max(10, width - 4 - keyWidth))
            for (i, line) in wrapped.enumerated() { lines.append((i == 0 ? key.keys : "", line, false)) }
        }
        if let idleCover {
            lines.append(("", "", true))
            paragraphs(idleCover)
        }
        return lines
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let lines = lines(width: area.width)
        let keyWidth = min(24, (keys.map { TextWidth.of($0.keys) }.max() ?? 0) + 2)
        let height = area.height - 1
        let first = max(0, min(scroll, lines.count - height))
        // Help longer than the window says which lines show, of how many, and how to scroll (issue 24).
        if lines.count > height {
            let sign = "\(first + 1)–\(min(lines.count, first + height)) / \(lines.count)  ↑↓ PgUp PgDn"
            canvas.put(sign, x: max(area.x, area.x + area.width - 2 - TextWidth.of(sign)), y: area.y, style: .muted, maxWidth: area.width)
        }
        for (row, index) in (first..<min(lines.count, first + height)).enumerated() {
            let line = lines[index]
            let y = area.y + 1 + row
            if line.plain {
                canvas.put(line.text, x: area.x + 2, y: y)
            } else {
                canvas.putCut(line.keys, x: area.x + 2, y: y, style: .key, maxWidth: keyWidth)
                canvas.put(line.text, x: area.x + 2 + keyWidth, y: y)
            }
        }
    }
}
