import Guidance

/// The screen as a grid of cells, each a character (a grapheme cluster) and a style. Screens draw into a
/// canvas; only a `Terminal` copies one to the real screen. A wide character takes its cell and the next,
/// which holds `nil`.
public struct Canvas: Equatable, Sendable {
    public struct Cell: Equatable, Sendable {
        /// nil: the right half of a wide character.
        public var character: Character?
        public var style: Style

        public static let blank = Cell(character: " ", style: .normal)
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the focus is — the focused field's input position, the highlighted row, the chosen box — for the
    /// terminal to put its cursor there, so that a screen reader or a magnifier follows the focus. nil: nowhere.
    public var cursor: Position?
    /// What a click or tap presses where: each region as drawn, the last drawn on top (`mark`, `keys(at:)`).
    public private(set) var regions: [Region] = []
    /// Boxes and panels drawn over what was marked before them (`cover`): a click there presses nothing of what is hidden.
    private var covers: [Cover] = []

    struct Cover: Equatable, Sendable {
        let area: Region
        /// How many regions were marked before: only those are covered.
        let after: Int
    }

    /// A rectangle of the screen and the keys a click on it presses, in order: a footer entry its key, a choice its
    /// number, a list row the keys that highlight it (Enter once highlighted).
    public struct Region: Equatable, Sendable {
        public let x, y, width, height: Int
        public let keys: [Key]

        public func contains(x: Int, y: Int) -> Bool {
            (self.x..<self.x + width).contains(x) && (self.y..<self.y + height).contains(y)
        }
    }

    /// Records that a click in the rectangle presses `keys` (nothing for none), over what was marked there before.
    public mutating func mark(x: Int, y: Int, width: Int, height: Int = 1, keys: [Key]) {
        guard width > 0, height > 0, !keys.isEmpty else { return }
        regions.append(Region(x: x, y: y, width: width, height: height, keys: keys))
    }

    /// Records that what is drawn from here on in the rectangle hides what was marked there before (a box over a list, a
    /// panel over figures): a click on it presses nothing of what it hides, only what is marked on it afterwards.
    public mutating func cover(x: Int, y: Int, width: Int, height: Int = 1) {
        guard width > 0, height > 0 else { return }
        covers.append(Cover(area: Region(x: x, y: y, width: width, height: height, keys: []), after: regions.count))
    }

    /// The keys a click at the cell presses: the last region marked there, unless drawn over since (`cover`); nil for none.
    public func keys(at x: Int, _ y: Int) -> [Key]? {
        guard let index = regions.lastIndex(where: { $0.contains(x: x, y: y) }) else { return nil }
        if covers.contains(where: { $0.after > index && $0.area.contains(x: x, y: y) }) { return nil }
        return regions[index].keys
    }

    /// What a pointer event on this frame presses: a click or tap the keys marked where it lands (none where nothing
    /// is), the wheel ↑ or ↓.
    public func keys(for pointer: Pointer) -> [Key] {
        switch pointer.action {
        case .press: keys(at: pointer.x, pointer.y) ?? []
        case .wheelUp: [.up]
        case .wheelDown: [.down]
        }
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * size.width + x]
    }

    /// Writes `text` from column `x` on row `y`, clipped at `maxWidth` columns (or the right edge); returns
    /// the columns used. A wide character that would not fit whole is left out.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard (0..<size.height).contains(y), x < size.width else { return 0 }
        let limit = min(size.width, x + (maxWidth ?? size.width))
        var column = x
        for character in text {
            let width = TextWidth.of(character)
            if width == 0 {
                // A lone combining mark joins the character before it.
                if column > x, column - 1 >= 0, var previous = cells[y * size.width + column - 1].character {
                    previous = Character(String(previous) + String(character))
                    cells[y * size.width + column - 1].character = previous
                }
                continue
            }
            guard column + width <= limit else { break }
            if column >= 0 {
                cells[y * size.width + column] = Cell(character: character, style: style)
                if width == 2 { cells[y * size.width + column + 1] = Cell(character: nil, style: style) }
            }
            column += width
        }
        return column - x
    }

    /// Writes `text` wrapped at word boundaries to `width` columns, a line per row from (x, y), at most
    /// `maxLines` rows; returns the rows used.
    @discardableResult
    public mutating func putWrapped(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal, maxLines: Int = .max) -> Int {
        let lines = TextWidth.wrapped(text, to: width).prefix(max(0, maxLines))
        for (row, line) in lines.enumerated() { put(line, x: x, y: y + row, style: style, maxWidth: width) }
        return lines.count
    }

    /// Paints `width` cells from (x, y) with `style`, keeping their characters (a selection bar).
    public mutating func paint(x: Int, y: Int, width: Int, style: Style) {
        guard (0..<size.height).contains(y) else { return }
        for column in max(0, x)..<min(size.width, x + width) { cells[y * size.width + column].style = style }
    }

    /// Marks (x, y) as where the focus is (`cursor`); the last mark drawn wins, so what is drawn over the rest
    /// (a field being edited over its list) keeps the focus. Outside the canvas it is ignored.
    public mutating func focus(x: Int, y: Int) {
        guard (0..<size.height).contains(y), (0..<size.width).contains(x) else { return }
        cursor = Position(x: x, y: y)
    }

    /// Where the focus is when nothing has marked it (`focus`): the rectangle's first highlighted cell (.selection),
    /// else where its text begins (what a screen reader should read first), else its top left.
    public mutating func focusByDefault(x: Int = 0, y: Int = 0, width: Int? = nil, height: Int? = nil) {
        guard cursor == nil else { return }
        let rows = max(0, y)..<min(size.height, y + (height ?? size.height))
        let columns = max(0, x)..<min(size.width, x + (width ?? size.width))
        var text: Position?
        for row in rows {
            for column in columns {
                let cell = self[column, row]
                if cell.style == .selection { return focus(x: column, y: row) }
                if text == nil, let character = cell.character, character != " " { text = Position(x: column, y: row) }
            }
        }
        if let text { return focus(x: text.x, y: text.y) }
        focus(x: columns.lowerBound, y: rows.lowerBound)
    }

    /// Fills a rectangle with spaces of `style`.
    public mutating func clear(x: Int = 0, y: Int = 0, width: Int? = nil, height: Int? = nil, style: Style = .normal) {
        for row in max(0, y)..<min(size.height, y + (height ?? size.height)) {
            for column in max(0, x)..<min(size.width, x + (width ?? size.width)) {
                cells[row * size.width + column] = Cell(character: " ", style: style)
            }
        }
    }

    /// Each row as text, trailing spaces kept: what golden files hold.
    public var lines: [String] {
        (0..<size.height).map { y in
            String((0..<size.width).compactMap { self[$0, y].character }.flatMap { Array(String($0)) })
        }
    }

    /// All rows joined by newlines, trailing spaces trimmed from each.
    public var text: String {
        lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }
}

/// A cell's place: column and row from the top left, from 0.
public struct Position: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let x: Int
    public let y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// `12,3`, as tmux writes `#{cursor_x},#{cursor_y}`.
    public var description: String { "\(x),\(y)" }
}

/// A size in columns and rows.
public struct Size: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The smallest the screens are laid out for.
    public static let minimum = Size(width: 80, height: 24)

    public var isBigEnough: Bool { width >= Self.minimum.width && height >= Self.minimum.height }

    /// `80x24`, as golden files are named.
    public var description: String { "\(width)x\(height)" }
}
