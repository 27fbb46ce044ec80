import Guidance
import Terminal

/// A one-line text input with a cursor.
///
/// The text is counted in `Character`s (what the user sees as one letter, even when it is written as a
/// letter and a combining mark), and drawn in terminal columns, where a CJK character takes two.
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// Where the next character goes, in Characters: 0...text.count.
    public private(set) var cursor: Int
    /// The most Characters the text may hold; nil for no limit.
    public let maxLength: Int?

    /// A field holding `text` (cut to `maxLength`), the cursor at its end.
    public init(text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength.map { max(0, $0) }
        self.text = ""
        cursor = 0
        set(text)
    }

    /// Printable characters insert at the cursor (respecting maxLength), Backspace/Del delete, ← → Home End
    /// move, Ctrl-U clears. True when used.
    /// Enter, Tab, Esc, ↑ ↓, Ctrl-other, F-keys are NOT used (return false) so the screen can act on them.
    ///
    /// The editing keys are used even when they change nothing (Backspace at the start, a letter when
    /// the text is at `maxLength`), so a letter typed into a full field never reaches the screen as a
    /// command.
    public mutating func handle(_ key: Key) -> Bool {
        var characters = Array(text)
        switch key {
        case .character(let c):
            guard Self.isPrintable(c) else { return false }
            let before = String(characters[..<cursor]) + String(c)
            let edited = before + String(characters[cursor...])
            if let maxLength, edited.count > maxLength { return true }
            text = edited
            cursor = min(before.count, edited.count)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            replace(with: characters, cursor: cursor - 1)
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
            replace(with: characters, cursor: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .control("u"), .control("U"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    /// Pasted text inserted at the cursor, as far as `maxLength` leaves room (`pastable` cleans it first). True when the
    /// text changed.
    @discardableResult
    public mutating func paste(_ pasted: String) -> Bool {
        let characters = Array(text)
        var inserted = Self.pastable(pasted)
        if let maxLength { inserted = String(inserted.prefix(max(0, maxLength - characters.count))) }
        guard !inserted.isEmpty else { return false }
        let before = String(characters[..<cursor]) + inserted
        text = before + String(characters[cursor...])
        cursor = min(before.count, text.count)
        return true
    }

    /// Pasted text as a one-line field takes it: line breaks and tabs become spaces, other control characters go, and
    /// the spaces at either end (a code copied with its line break) are left out.
    public static func pastable(_ pasted: String) -> String {
        let line = String(pasted.map { $0.isNewline || $0 == "\t" ? " " : $0 }.filter(isPrintable))
        return line.trimmingCharacters(in: .whitespaces)
    }

    /// Replaces the text (cut to `maxLength`); the cursor goes to its end.
    public mutating func set(_ text: String) {
        self.text = maxLength.map { String(text.prefix($0)) } ?? text
        cursor = self.text.count
    }

    private mutating func replace(with characters: [Character], cursor: Int) {
        text = String(characters)
        // Taking a character out can join its neighbours into one (a letter and a lone combining mark).
        self.cursor = min(cursor, text.count)
    }

    /// Whether `character` can be typed into the text: anything but control characters and line breaks.
    private static func isPrintable(_ character: Character) -> Bool {
        !character.isNewline && !character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Draws the text in `width` columns, scrolled so the cursor stays visible; when focused the cursor cell
    /// is drawn in .selection (a space cell past the end); `placeholder` in .muted when empty and not focused.
    ///
    /// Not focused, the text is shown from its start and cut with "…" when it does not fit. `style` is for
    /// the text (e.g. `.warning` at a field with a problem); the whole width is cleared in it.
    public func render(
        into canvas: inout Canvas, x: Int, y: Int, width: Int, focused: Bool, style: Style = .normal,
        placeholder: String = ""
    ) {
        guard width > 0 else { return }
        canvas.clear(x: x, y: y, width: width, height: 1, style: style)
        guard focused else {
            if text.isEmpty {
                canvas.put(TextWidth.truncated(placeholder, to: width), x: x, y: y, style: .muted, maxWidth: width)
            } else {
                canvas.put(TextWidth.truncated(text, to: width), x: x, y: y, style: style, maxWidth: width)
            }
            return
        }
        let characters = Array(text)
        let widths = characters.map(TextWidth.of)
        let cursorWidth = cursor < characters.count ? max(1, widths[cursor]) : 1
        // The first character shown: as far left as still leaves the cursor cell inside the width.
        var start = 0
        var before = widths[..<cursor].reduce(0, +)
        while start < cursor, before + cursorWidth > width {
            before -= widths[start]
            start += 1
        }
        canvas.put(String(characters[start...]), x: x, y: y, style: style, maxWidth: width)
        if before + cursorWidth <= width {
            canvas.paint(x: x + before, y: y, width: cursorWidth, style: .selection)
        }
        canvas.focus(x: x + min(before, width - 1), y: y)
    }
}
