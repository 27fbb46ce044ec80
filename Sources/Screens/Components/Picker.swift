import Guidance
import Terminal

/// A list of choices with type-to-filter and single-key choices: one (a channel) or several (topics).
///
/// Typing narrows the list (see `visible`), the digits 1–9 choose the n-th option shown, ↑ ↓ PgUp PgDn
/// Home End move the highlight, Space and Enter choose it. Keys the picker does not use come back as
/// `.ignored` for the screen: Tab, Ctrl keys, F-keys, Enter with nothing to choose.
public struct Picker: Equatable, Sendable {
    /// One choice (a channel) or several (topics).
    public enum Mode: Equatable, Sendable { case single, multiple }

    /// What a key did, so the screen knows whether to move on.
    public enum Outcome: Equatable, Sendable {
        /// The key was not used: the screen may act on it.
        case ignored
        /// The filter, the highlight or (multiple) the chosen set changed.
        case changed
        /// Single: a choice was made; the form moves to the next field.
        case picked
        /// Multiple: Enter with an empty filter; the form moves to the next field.
        case done
    }

    public let choices: [Choice]
    public let mode: Mode
    /// What the user typed to narrow the list; empty shows every choice.
    public private(set) var filter: String
    /// The chosen codes, kept in the order of `choices`; at most one in `.single` mode.
    public private(set) var chosen: [String]
    /// The highlight, over `visible`.
    public private(set) var navigator: ListNavigator
    /// How many option rows the screen gives the picker: PgUp/PgDn move by this many and the navigator
    /// scrolls within it. Set it when laying out and again on resize; `render` keeps the highlight in
    /// view in whatever rectangle it gets, so a stale value only changes how far a page goes.
    public var pageHeight: Int {
        didSet { navigator.clamp(count: visibleIndices.count, height: pageHeight) }
    }

    /// The words each choice is found by, in the order of `choices`.
    private let searchWords: [[ChoiceFilter.Word]]

    /// A picker over `choices`, with `chosen` codes already chosen (codes not among the choices are left
    /// out) and the highlight on the first of them.
    public init(choices: [Choice], mode: Mode, chosen: [String] = []) {
        self.choices = choices
        self.mode = mode
        filter = ""
        self.chosen = []
        navigator = ListNavigator()
        pageHeight = 10
        searchWords = choices.map(ChoiceFilter.searchWords(of:))
        setChosen(chosen)
    }

    // MARK: - What is shown

    /// The choices matching the filter: every word of the filter is a prefix of some word of the label
    /// (or of the code), case-insensitive and ignoring diacritics: "soc" and "wo" find "Social work",
    /// "cial" does not (it starts no word). A plain letter finds its marked forms ("a" finds a with a diaeresis or a ring);
    /// a letter typed with its mark finds only that letter (a with a diaeresis does not find a plain "a"). Empty filter: all.
    public var visible: [Choice] {
        visibleIndices.map { choices[$0] }
    }

    /// The highlighted choice; nil when nothing is visible.
    public var highlighted: Choice? {
        let shown = visibleIndices
        return shown.indices.contains(navigator.selected) ? choices[shown[navigator.selected]] : nil
    }

    /// Indices into `choices` of the visible choices.
    private var visibleIndices: [Int] {
        let matcher = ChoiceFilter(filter)
        if matcher.isEmpty { return Array(choices.indices) }
        return choices.indices.filter { matcher.matches(searchWords[$0]) }
    }

    // MARK: - Keys

    /// Letters and other printable characters narrow the list; Backspace and Esc undo the filter; 1–9
    /// choose the n-th visible option; ↑ ↓ PgUp PgDn Home End move the highlight; Space and Enter choose
    /// the highlighted option (see `Outcome`). Everything else is `.ignored`.
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c) where c.isASCII && c.isWholeNumber:
            let shown = visible
            guard let n = c.wholeNumberValue, n >= 1, n <= shown.count else { return .ignored }
            return take(shown[n - 1].code)
        case .character(" "):
            guard let choice = highlighted else { return .ignored }
            switch mode {
            case .single: return take(choice.code)
            case .multiple:
                toggle(choice.code)
                return .changed
            }
        case .character(let c) where Self.isPrintable(c):
            setFilter(filter + String(c))
            return .changed
        case .backspace:
            guard !filter.isEmpty else { return .ignored }
            setFilter(String(filter.dropLast()))
            return .changed
        case .escape:
            guard !filter.isEmpty else { return .ignored }
            setFilter("")
            return .changed
        case .enter:
            if mode == .multiple && filter.isEmpty { return .done }
            guard let choice = highlighted else { return .ignored }
            return take(choice.code)
        case .up, .down, .pageUp, .pageDown, .home, .end:
            _ = navigator.handle(key, count: visibleIndices.count, height: pageHeight)
            return .changed
        default:
            return .ignored
        }
    }

    /// Pasted text narrows the list as typed letters do (digits too: a paste never chooses). True when the filter changed.
    @discardableResult
    public mutating func paste(_ pasted: String) -> Bool {
        let text = TextField.pastable(pasted)
        guard !text.isEmpty else { return false }
        setFilter(filter + text)
        return true
    }

    // MARK: - Choosing

    /// Chooses exactly `codes` (those among the choices; in `.single` mode only the first of them) and
    /// highlights the first chosen option if it is visible.
    public mutating func setChosen(_ codes: [String]) {
        let known = Set(choices.map(\.code))
        switch mode {
        case .single:
            chosen = codes.first(where: known.contains).map { [$0] } ?? []
        case .multiple:
            let wanted = Set(codes)
            chosen = choices.map(\.code).filter(wanted.contains)
        }
        if let first = chosen.first { highlight(first) }
    }

    /// Multiple: adds `code` to the chosen set or takes it out. Single: chooses `code`. A code not among
    /// the choices is left out.
    public mutating func toggle(_ code: String) {
        guard choices.contains(where: { $0.code == code }) else { return }
        switch mode {
        case .single:
            chosen = [code]
        case .multiple:
            let wanted = chosen.contains(code) ? Set(chosen).subtracting([code]) : Set(chosen).union([code])
            chosen = choices.map(\.code).filter(wanted.contains)
        }
    }

    /// Chooses (single) or toggles (multiple) `code`, clears the filter and keeps the highlight on it.
    private mutating func take(_ code: String) -> Outcome {
        toggle(code)
        setFilter("")
        highlight(code)
        return mode == .single ? .picked : .changed
    }

    private mutating func setFilter(_ text: String) {
        filter = text
        navigator = ListNavigator()
        navigator.clamp(count: visibleIndices.count, height: pageHeight)
    }

    private mutating func highlight(_ code: String) {
        let shown = visibleIndices
        guard let row = shown.firstIndex(where: { choices[$0].code == code }) else { return }
        navigator.select(row, count: shown.count, height: pageHeight)
    }

    /// Whether `character` goes into the filter: anything printable but a space (digits are caught first).
    private static func isPrintable(_ character: Character) -> Bool {
        !character.isWhitespace
            && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    // MARK: - Drawing

    /// Draws the options (group headings as muted rows that are not selectable and not numbered) in the
    /// rectangle, with the filter on the first row when non-empty, each option as "[x] 3 label" (multiple)
    /// or "(•) 3 label" (single) — the number being its position among `visible` for 1–9 (blank after 9),
    /// the highlighted row in .selection when focused, chosen rows' mark visible even when not focused.
    /// Scrolls with the navigator; uses TextWidth for truncation (labels may hold marked letters, CJK, combining
    /// marks). `filterLabel` is the caller's word for "Filter" (from strings data); `noMatch`, the line shown in place
    /// of the options when the filter finds none. `more`, when given, words "N more" for the choices the rectangle cannot
    /// show: the last row then says how many are out of sight, so that a list cut by the screen's height says so.
    public func render(
        into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, focused: Bool, filterLabel: String, noMatch: String = "",
        more: ((Int) -> String)? = nil
    ) {
        guard width > 0, height > 0 else { return }
        canvas.clear(x: x, y: y, width: width, height: height)
        var top = y
        if !filter.isEmpty {
            let label = TextWidth.truncated(filterLabel + ": ", to: width)
            let used = canvas.put(label, x: x, y: top, style: .muted, maxWidth: width)
            canvas.put(Self.tail(of: filter, fitting: width - used), x: x + used, y: top, maxWidth: width - used)
            top += 1
        }
        let rowsLeft = y + height - top
        let shown = visible
        guard rowsLeft > 0 else { return }
        guard !shown.isEmpty else {
            canvas.putWrapped(noMatch, x: x, y: top, width: width, style: .muted, maxLines: rowsLeft)
            return
        }

        let rows = HeadedRows(headings: shown.map(\.group))
        func items(_ window: ArraySlice<HeadedRows.Row>) -> Int { window.filter { if case .item = $0 { true } else { false } }.count }
        var window = rows.window(navigator, height: rowsLeft)
        if let more, items(window) < shown.count, rowsLeft >= 2 {
            window = rows.window(navigator, height: rowsLeft - 1)
            let text = more(shown.count - items(window))
            canvas.put(TextWidth.truncated(text, to: width), x: x, y: y + height - 1, style: .muted, maxWidth: width)
        }
        for (line, row) in window.enumerated() {
            let rowY = top + line
            switch row {
            case .heading(let group):
                canvas.put(TextWidth.truncated(group, to: width), x: x, y: rowY, style: .muted, maxWidth: width)
            case .item(let n):
                let choice = shown[n]
                let isChosen = chosen.contains(choice.code)
                let mark = switch mode {
                case .single: isChosen ? "(•)" : "( )"
                case .multiple: isChosen ? "[x]" : "[ ]"
                }
                let number = n < 9 ? String(n + 1) : " "
                let text = TextWidth.truncated("\(mark) \(number) \(choice.label)", to: width)
                canvas.put(text, x: x, y: rowY, maxWidth: width)
                if focused { canvas.mark(x: x, y: rowY, width: width, keys: Self.keys(choosing: n)) }
                if focused && n == navigator.selected {
                    canvas.paint(x: x, y: rowY, width: width, style: .selection)
                    canvas.focus(x: x, y: rowY)
                }
            }
        }
    }

    /// The keys that choose the `n`-th visible choice as a click on it does: its number, or past the ninth, the keys that
    /// highlight it and Space.
    static func keys(choosing n: Int) -> [Key] {
        n < 9 ? [.character(Character(String(n + 1)))] : [.home] + Array(repeating: Key.down, count: n) + [.character(" ")]
    }

    /// The end of `text` that fits in `width` columns: the filter's newest characters stay in sight.
    private static func tail(of text: String, fitting width: Int) -> String {
        var result = Substring(text)
        while TextWidth.of(result) > max(0, width), !result.isEmpty { result = result.dropFirst() }
        return String(result)
    }
}

extension Picker {
    /// Draws the picker with the words of the user's language: "Filter", the line that says the filter finds nothing,
    /// and with `sayingMore` the "N more" of choices out of sight.
    func render(
        into canvas: inout Canvas, x: Int, y: Int, width: Int, height: Int, focused: Bool, _ context: AppContext, sayingMore: Bool = false
    ) {
        render(
            into: &canvas, x: x, y: y, width: width, height: height, focused: focused, filterLabel: context.strings(.formFilter),
            noMatch: context.strings(.listNoMatch, ["filter": filter]),
            more: sayingMore ? { context.strings(.listMore, ["count": String($0)]) } : nil)
    }
}
