import Guidance
import Terminal

/// Moves a selection through `count` rows and keeps it in view in a window of `height` rows.
///
/// The navigator holds no rows and no sizes: every call gets the list's length and the window's
/// height, so the same value serves a list that grows, shrinks or is drawn in a resized window.
/// Lists, tables and pickers share it (tig's `view_driver`, bubbles' `list`).
public struct ListNavigator: Equatable, Sendable {
    /// The selected row; 0 when the list is empty.
    public private(set) var selected: Int
    /// The first row shown.
    public private(set) var offset: Int

    public init(selected: Int = 0) {
        self.selected = max(0, selected)
        offset = 0
    }

    /// ↑ ↓ PgUp PgDn Home End; true when the key was used. Clamps to 0..<count; keeps selected within
    /// offset..<offset+height.
    ///
    /// These keys are used even at an edge of the list or when it is empty, so a key meant for the list
    /// never falls through to the screen (↑ on the first row does not leave a field). Compare the value
    /// before and after to know whether anything moved.
    public mutating func handle(_ key: Key, count: Int, height: Int) -> Bool {
        let page = max(1, height)
        switch key {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = count - 1
        default: return false
        }
        clamp(count: count, height: height)
        return true
    }

    /// Selects row `index` (clamped to the list) and scrolls it into view.
    public mutating func select(_ index: Int, count: Int, height: Int) {
        selected = index
        clamp(count: count, height: height)
    }

    /// Call after the list changed length or the window changed height (resize): clamps selected and offset.
    ///
    /// The window scrolls as little as it must to show the selection, and never shows blank rows past
    /// the end of the list while rows before it are hidden.
    public mutating func clamp(count: Int, height: Int) {
        let count = max(0, count)
        let height = max(1, height)
        selected = min(max(0, selected), max(0, count - 1))
        offset = min(offset, max(0, count - height))
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
        offset = max(0, offset)
    }

    /// The rows to draw: at most `height` of them, the selection among them.
    /// The keys a click on row `index` presses: ↑ or ↓ to highlight it, and Enter once it is highlighted (a second
    /// click opens it).
    public func keys(clicking index: Int) -> [Key] {
        index == selected ? [.enter] : Array(repeating: index > selected ? Key.down : .up, count: abs(index - selected))
    }

    public func visible(count: Int, height: Int) -> Range<Int> {
        guard count > 0, height > 0 else { return 0..<0 }
        var window = self
        window.clamp(count: count, height: height)
        return window.offset..<min(count, window.offset + height)
    }
}

/// The rows of a list to draw in a window, and the sign of how many more there are when they do not all fit: the
/// list keeps its last row for `3–19 / 40 · ↓ 21 more`.
struct ListWindow {
    let rows: Range<Int>
    let selected: Int
    /// The navigator as drawn, for the keys a click presses.
    let navigator: ListNavigator

    func keys(clicking index: Int) -> [Key] { navigator.keys(clicking: index) }

    /// `3–19 / 40 · ↓ 21 more` at the right of row `y` when rows are out of sight; nothing when all show.
    func drawSign(into canvas: inout Canvas, x: Int, y: Int, width: Int, count: Int, _ context: AppContext) {
        guard rows.count < count else { return }
        let sign = Self.sign(first: rows.lowerBound, shown: rows.count, count: count, context)
        canvas.put(sign, x: max(x, x + width - TextWidth.of(sign)), y: y, style: .muted, maxWidth: width)
    }

    /// `1–16 / 40 · ↓ 24 more`: which rows show (the numbers, as help's sign has them), and how many are below.
    static func sign(first: Int, shown: Int, count: Int, _ context: AppContext) -> String {
        let below = count - first - shown
        let range = "\(first + 1)–\(first + shown) / \(count)"
        return below > 0 ? range + " · " + context.strings(.listMore, ["count": String(below)]) : range + " ↑"
    }
}

extension ListNavigator {
    /// The window of a list of `count` rows in `height` rows: all of them when they fit, else one row fewer, the last
    /// row kept for the sign of how many more (`ListWindow.drawSign`).
    func window(count: Int, height: Int) -> ListWindow {
        let rowsHeight = count > height ? max(1, height - 1) : height
        var nav = self
        nav.clamp(count: count, height: rowsHeight)
        return ListWindow(rows: nav.visible(count: count, height: rowsHeight), selected: nav.selected, navigator: nav)
    }
}
