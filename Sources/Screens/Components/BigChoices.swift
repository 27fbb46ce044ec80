import Guidance
import Terminal

/// The keys that choose box `n` of a row where arrows move and Enter chooses: Home, → n times, Enter.
func keysChoosing(box n: Int) -> [Key] {
    [.home] + Array(repeating: Key.right, count: n) + [.enter]
}

/// A row of big boxes, one per choice, centred: what a client at the feedback kiosk and an advisor at the mood
/// question answer with. The chosen box is drawn in the selection style with a double border, so that it shows
/// also without colours.
struct BigChoices {
    var labels: [String]
    var selected: Int?

    /// The rows a row of boxes takes.
    static let height = 5

    /// Each box's width (all alike) and the gap between them, as wide as fits in `width`.
    func layout(width: Int) -> (box: Int, gap: Int) {
        let widest = labels.map { TextWidth.of($0) }.max() ?? 1
        let count = max(1, labels.count)
        for (padding, gap) in [(4, 2), (2, 1), (1, 1), (0, 0)] {
            let box = widest + 2 + 2 * padding
            if count * box + (count - 1) * gap <= width { return (box, gap) }
        }
        return (max(3, width / count), 0)
    }

    /// The left edge of each box when the row is centred in `width` columns from `x`.
    func lefts(x: Int, width: Int) -> [Int] {
        let (box, gap) = layout(width: width)
        let total = labels.count * box + max(0, labels.count - 1) * gap
        let start = x + max(0, (width - total) / 2)
        return labels.indices.map { start + $0 * (box + gap) }
    }

    /// Draws the row from row `y`, centred in `width` columns from `x`; a tap on box n presses `keys(n)`.
    func render(into canvas: inout Canvas, x: Int = 0, y: Int, width: Int, keys: (Int) -> [Key] = { _ in [] }) {
        let (box, _) = layout(width: width)
        for (index, left) in lefts(x: x, width: width).enumerated() {
            canvas.mark(x: left, y: y, width: box, height: Self.height, keys: keys(index))
            let chosen = index == selected
            let style: Style = chosen ? .selection : .normal
            let (h, v, corners) = chosen ? ("═", "║", ["╔", "╗", "╚", "╝"]) : ("─", "│", ["┌", "┐", "└", "┘"])
            let inner = box - 2
            canvas.put(corners[0] + String(repeating: h, count: inner) + corners[1], x: left, y: y, style: style)
            for row in 1...3 {
                canvas.put(v + String(repeating: " ", count: inner) + v, x: left, y: y + row, style: style)
            }
            canvas.put(corners[2] + String(repeating: h, count: inner) + corners[3], x: left, y: y + 4, style: style)
            let label = labels[index]
            let labelWidth = TextWidth.of(label)
            canvas.put(label, x: left + 1 + max(0, (inner - labelWidth) / 2), y: y + 2, style: chosen ? .selection : .header, maxWidth: inner)
            if chosen { canvas.focus(x: left + 1 + max(0, (inner - labelWidth) / 2), y: y + 2) }
        }
    }
}

extension Canvas {
    /// Writes `text` wrapped to `width` columns, each line centred in `area`'s width from row `y`; returns the rows used.
    @discardableResult
    mutating func putCentred(_ text: String, y: Int, width: Int, style: Style = .normal, maxLines: Int = .max) -> Int {
        let lines = TextWidth.wrapped(text, to: max(10, min(width, size.width))).prefix(max(0, maxLines))
        for (row, line) in lines.enumerated() {
            put(line, x: max(0, (size.width - TextWidth.of(line)) / 2), y: y + row, style: style)
        }
        return lines.count
    }
}
