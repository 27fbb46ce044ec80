/// A click or tap (the left button, or a finger), or a turn of the wheel, at a cell of the screen (0-based).
public struct Pointer: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }
    public let action: Action
    public let x: Int
    public let y: Int

    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

/// A key the user pressed, as every screen sees it, whatever the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl with a letter, e.g. `.control("s")` for Ctrl-S.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// The terminal changed size: re-lay out.
    case resize
    /// Text the user pasted (bracketed paste): text for the focused field, never keys — a screen without a text
    /// field ignores it, so a stray paste cannot run a command.
    case paste(String)
    /// A click, a tap or the wheel (mouse reporting, SGR 1006): the app presses what was drawn there (`Canvas.Region`).
    case pointer(Pointer)

    /// How help and footers write the key: `Enter`, `Ctrl-S`, `F2`, `a`.
    public var name: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .resize: "Resize"
        case .paste: "Paste"
        case .pointer(let pointer): pointer.action == .press ? "Click" : "Wheel"
        }
    }

    public var isPaste: Bool {
        if case .paste = self { return true }
        return false
    }

    /// Keys typed as text, for tests and scripts: each character is a key, and `<enter>`, `<esc>`,
    /// `<tab>`, `<up>`, `<ctrl-s>`, `<f2>`, `<pgdn>`… name the others.
    public static func sequence(_ script: String) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(script)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), let key = named(String(rest[rest.index(after: rest.startIndex)..<close])) {
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        return keys
    }

    static func named(_ name: String) -> Key? {
        let lower = name.lowercased()
        switch lower {
        case "enter": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "backtab", "s-tab": return .backTab
        case "bs", "backspace": return .backspace
        case "del", "delete": return .delete
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "home": return .home
        case "end": return .end
        case "pgup": return .pageUp
        case "pgdn": return .pageDown
        case "space": return .character(" ")
        case "lt": return .character("<")
        case "resize": return .resize
        default:
            if lower.hasPrefix("ctrl-"), lower.count == 6 { return .control(lower.last!) }
            if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
            return nil
        }
    }
}
