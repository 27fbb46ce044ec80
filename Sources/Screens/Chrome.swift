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

    /// `F2 Save  Tab Next field  F1 Help` on the last row: each binding's first key, as many as fit, and help
    /// always (the last one given). In trainer mode the DEMO mark takes the bottom-right corner.
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
        func text(_ key: KeyHelp) -> (String, String) {
            (String(key.keys.split(separator: "/").first ?? ""), key.label)
        }
        let entries = keys.map(text)
        let widths = entries.map { TextWidth.of($0.0) + 1 + TextWidth.of($0.1) + 2 }
        var x = 1
        let lastWidth = widths.last ?? 0
        for (index, (name, label)) in entries.enumerated() {
            let isLast = index == entries.count - 1
            guard x + widths[index] - 2 <= width - (isLast ? 0 : lastWidth) else { continue }
            let start = x
            x += canvas.put(name, x: x, y: y, style: .key)
            x += canvas.put(" " + label, x: x, y: y, style: .muted)
            // A click or tap on the entry presses its key: every footer action without function keys.
            canvas.mark(x: start, y: y, width: x - start, keys: keys[index].key.map { [$0] } ?? [])
            x += 2
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
