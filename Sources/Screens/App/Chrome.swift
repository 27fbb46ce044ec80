import Guidance
import Terminal

/// What every screen has around its body: the header line and the footer of main keys.
enum Chrome {
    /// `neuvo │ Järvenpää library │ Mon 23.11.2026 │ Today`, the advisor at the right, and the DEMO mark in
    /// trainer mode.
    static func header(into canvas: inout Canvas, title: String, showPoint: Bool = true, _ context: AppContext) {
        let width = canvas.size.width
        canvas.clear(y: 0, height: 1, style: .header)
        let today = context.today
        let parts = ["neuvo"] + (showPoint ? [context.point.name[context.language]] : []) + [weekday(today, context) + " " + today.dayAndMonth, title]
        let left = " " + parts.joined(separator: " │ ")
        // The whole mark, or the short one where the whole would leave no room for the screen's title.
        var mark = context.strings(.demoMark)
        if TextWidth.of(left) + TextWidth.of(mark) + TextWidth.of(context.advisor) + 5 > width { mark = context.strings(.trainerCornerMark) }
        var right = context.advisor
        if context.isDemo { right = mark + "  " + right }
        let rightWidth = TextWidth.of(right)
        canvas.put(left, x: 0, y: 0, style: .header, maxWidth: width - rightWidth - 2)
        if context.isDemo {
            let x = width - rightWidth - 1
            canvas.put(mark, x: x, y: 0, style: .demo)
            canvas.put(context.advisor, x: x + TextWidth.of(mark) + 2, y: 0, style: .header)
        } else {
            canvas.put(right, x: width - rightWidth - 1, y: 0, style: .header)
        }
    }

    /// The weekday's short name in the user's language.
    static func weekday(_ day: CivilDate, _ context: AppContext) -> String {
        let names = context.strings(.weekdaysShort).split(separator: "|").map(String.init)
        return names.count == 7 ? names[day.weekday - 1] : ""
    }

    /// `F2 Save  Tab Next field  F1 Help` on the last row, in table order. When not every entry fits, the kept ones
    /// (`FooterPlace.kept`: what a newcomer needs to get on and to get out, and help) are shown first, then the others
    /// in table order as long as each fits; F1 lists them all. In trainer mode the DEMO mark takes the bottom-right
    /// corner.
    static func footer(into canvas: inout Canvas, keys: [KeyHelp], _ context: AppContext) {
        let y = canvas.size.height - 1
        canvas.clear(y: y, height: 1)
        var width = canvas.size.width
        if context.isDemo {
            let corner = context.strings(.trainerCornerMark)
            width -= TextWidth.of(corner)
            canvas.put(corner, x: width, y: y, style: .demo)
            width -= 1
        }
        let entries = keys.filter(\.inFooter)
        for entry in footerEntries(entries, width: width) {
            let start = entry.x
            var x = start
            x += canvas.put(entry.keys, x: x, y: y, style: .key)
            x += canvas.put(" " + entry.label, x: x, y: y, style: .muted)
            // A click or tap on the entry presses its key: every footer action without function keys.
            canvas.mark(x: start, y: y, width: x - start, keys: entry.key.map { [$0] } ?? [])
        }
    }

    /// The footer's entries that fit in `width` columns (the first at column 1, two spaces between), each with where it
    /// starts: the kept ones first, then the others in order while they fit, drawn in table order. An entry whose
    /// footer text only shortens its label (`g Kierros` for `g Opastettu kierros`) is shortened only when a kept entry
    /// would not fit otherwise; one that names more keys (`←/→`) always shows so.
    static func footerEntries(_ keys: [KeyHelp], width: Int) -> [(keys: String, label: String, key: Key?, x: Int)] {
        let first = keys.map { String($0.keys.split(separator: "/").first ?? "") }
        let short = keys.indices.map { (keys: keys[$0].footerKeys ?? first[$0], label: keys[$0].footerLabel ?? keys[$0].label) }
        let long = keys.indices.map { keys[$0].footerKeys == first[$0] ? (keys: first[$0], label: keys[$0].label) : short[$0] }
        func choose(_ texts: [(keys: String, label: String)]) -> Set<Int> {
            let widths = texts.map { TextWidth.of($0.keys) + 1 + TextWidth.of($0.label) }
            var chosen = Set<Int>(), used = 1
            func take(_ index: Int) {
                let extra = widths[index] + (chosen.isEmpty ? 0 : 2)
                guard used + extra <= width else { return }
                chosen.insert(index)
                used += extra
            }
            // Kept entries from the last (help, then the way out) back, so that those two are the last to go.
            for index in keys.indices.reversed() where keys[index].footer == .kept { take(index) }
            for index in keys.indices where keys[index].footer == .ifRoom { take(index) }
            return chosen
        }
        var texts = long, chosen = choose(long)
        if keys.indices.contains(where: { keys[$0].footer == .kept && !chosen.contains($0) }) {
            texts = short
            chosen = choose(short)
        }
        var x = 1
        return keys.indices.filter(chosen.contains).map { index in
            defer { x += TextWidth.of(texts[index].keys) + 1 + TextWidth.of(texts[index].label) + 2 }
            return (texts[index].keys, texts[index].label, keys[index].key, x)
        }
    }

    /// What a window below 80 × 24 shows instead of a screen; in trainer mode under the DEMO mark.
    static func tooSmall(into canvas: inout Canvas, _ context: AppContext) {
        let size = canvas.size
        var y = 0
        if context.isDemo {
            let mark = context.strings(.demoMark)
            canvas.clear(y: 0, height: 1, style: .demo)
            canvas.put(TextWidth.of(mark) <= size.width ? mark : context.strings(.trainerCornerMark), x: 0, y: 0, style: .demo)
            y = 1
        }
        let message = context.strings(.terminalTooSmall, ["size": "\(size.width) × \(size.height)"])
        y += canvas.putWrapped(message, x: 0, y: y, width: size.width, style: .warning)
    }
}

extension Canvas {
    /// `put`, with text longer than `maxWidth` cut to end in "…" so that nothing is cut without a sign (issue 24).
    @discardableResult
    mutating func putCut(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int) -> Int {
        put(TextWidth.truncated(text, to: max(0, maxWidth)), x: x, y: y, style: style, maxWidth: maxWidth)
    }
}
