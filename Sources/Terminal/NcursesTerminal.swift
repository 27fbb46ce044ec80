import CNcursesw
import Foundation

/// The real terminal through ncursesw: UTF-8 (after `setlocale`), colours mapped from styles with a
/// monochrome fallback (no colours, or `NO_COLOR` set), input as raw bytes that `KeyDecoder` makes keys, pastes and
/// clicks of (bracketed paste and mouse reporting switched on), and the terminal restored on exit — also on SIGINT,
/// SIGTERM, SIGHUP and SIGQUIT.
public final class NcursesTerminal: Terminal {
    public private(set) var size: Size
    private let colours: Bool
    /// Whether the cursor is shown now (`curs_set` is only called when that changes).
    private var cursorShown = false

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        _ = Self.chooseUTF8Locale()
        initscr()
        raw()  // not cbreak: Ctrl-S, Ctrl-Q and Ctrl-C must reach the app as keys, not as flow control or signals
        noecho()
        nonl()
        // The bytes as they come, eight bits each: `KeyDecoder` turns them into keys (ncurses' own decoding would
        // know only what terminfo lists, and wait a second after Esc).
        keypad(neuvo_stdscr(), false)
        meta(neuvo_stdscr(), true)
        curs_set(0)
        colours = has_colors() && environment["NO_COLOR"] == nil
        if colours {
            start_color()
            use_default_colors()
            for style in Style.allCases {
                let (foreground, background) = Self.colours(style)
                init_pair(Int16(style.rawValue + 1), foreground, background)
            }
        }
        size = Self.currentSize()
        decoder = KeyDecoder(terminfo: Self.terminfoKeys())
        mouse = environment["NEUVO_MOUSE"] != "0"
        Self.restoreOnSignals()
        Self.write(Self.modes(on: true, mouse: mouse))
    }

    /// Whether clicks, taps and the wheel are reported (not with `--no-mouse` or `NEUVO_MOUSE=0`, which leave the mouse
    /// to the terminal for selecting text).
    public let mouse: Bool

    /// Bracketed paste (the terminal marks pasted text, so that it arrives as text and never as keys) and, with `mouse`,
    /// mouse reporting of presses and the wheel with SGR (1006) coordinates; on or off. Off also in the C signal
    /// handler (`neuvo_modes_off`).
    static func modes(on: Bool, mouse: Bool) -> String {
        let modes = (mouse ? ["1000", "1006"] : []) + ["2004"]
        return modes.map { "\u{1B}[?\($0)" + (on ? "h" : "l") }.joined()
    }

    /// Gives the terminal back as it was. ncurses draws on the terminal's alternate screen (`smcup`), which keeps
    /// nothing in the scrollback and is gone at `endwin`; on a terminal without one the screen is wiped row by row after
    /// `endwin`, so that no contact's data stays on it after the app (CONTRACT §11) — row by row, because a terminal
    /// may keep a screen cleared whole in its scrollback (tmux's `scroll-on-clear`).
    public func stop() {
        Self.write(Self.modes(on: false, mouse: mouse))
        let alternate = neuvo_tigetstr("smcup") != nil
        endwin()
        if !alternate {
            Self.write((0..<max(size.height, 1)).map { "\u{1B}[\($0 + 1);1H\u{1B}[2K" }.joined() + "\u{1B}[H")
        }
    }

    private static func write(_ text: String) {
        _ = text.withCString { Glibc.write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// The keys terminfo names for this terminal, as `KeyDecoder` takes them beside its own table.
    static func terminfoKeys() -> [String: Key] {
        var names: [String: Key] = [
            "kcuu1": .up, "kcud1": .down, "kcub1": .left, "kcuf1": .right, "khome": .home, "kend": .end,
            "kpp": .pageUp, "knp": .pageDown, "kdch1": .delete, "kcbt": .backTab, "kent": .enter,
        ]
        for n in 1...12 { names["kf\(n)"] = .function(n) }
        var keys: [String: Key] = [:]
        for (name, key) in names {
            guard let value = neuvo_tigetstr(name) else { continue }
            keys[String(cString: value)] = key
        }
        return keys
    }

    private var decoder: KeyDecoder

    public func readKey(timeout: Double?) -> Key? {
        let window = neuvo_stdscr()
        while true {
            if let key = decoder.next() { return key }
            // Nothing waiting: as long as the caller waits. The start of a sequence: the escape delay (in a paste, the
            // paste's), after which what came is taken as it stands.
            let wait = decoder.isPasting ? KeyDecoder.pasteDelay : decoder.isWaiting ? KeyDecoder.escapeDelay : timeout
            wtimeout(window, wait.map { Int32(($0 * 1000).rounded(.up)) } ?? -1)
            let code = wgetch(window)
            if code == neuvo_err() {
                guard decoder.isWaiting else { return nil }
                if let key = decoder.next(final: true) { return key }
                continue
            }
            if code == neuvo_key_resize() {
                size = Self.currentSize()
                return .resize
            }
            guard (0...255).contains(code) else { continue }
            decoder.feed(UInt8(code))
            // What has come with it (a sequence arrives at once) before deciding.
            wtimeout(window, 0)
            while true {
                let more = wgetch(window)
                guard (0...255).contains(more) else {
                    if more == neuvo_key_resize() { ungetch(more) }
                    break
                }
                decoder.feed(UInt8(more))
            }
        }
    }

    /// ncurses gives no key both when none came in time and at the end of input. At the end, standard input is hung
    /// up, or readable with nothing to read (a key that has just come is something to read).
    public var inputEnded: Bool {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&input, 1, 0) > 0 else { return false }
        if input.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        var waiting: Int32 = 0
        return ioctl(STDIN_FILENO, UInt(FIONREAD), &waiting) == 0 && waiting == 0
    }

    public func present(_ canvas: Canvas) {
        let window = neuvo_stdscr()
        werase(window)
        for y in 0..<min(canvas.size.height, size.height) {
            var x = 0
            while x < min(canvas.size.width, size.width) {
                let style = canvas[x, y].style
                var run: [wchar_t] = []
                let start = x
                while x < min(canvas.size.width, size.width), canvas[x, y].style == style {
                    if let character = canvas[x, y].character {
                        run += character.unicodeScalars.map { wchar_t($0.value) }
                    }
                    x += 1
                }
                wattr_set(window, attributes(style), Int16(colours ? style.rawValue + 1 : 0), nil)
                run.append(0)
                mvwaddwstr(window, Int32(y), Int32(start), run)
            }
        }
        wattr_set(window, neuvo_a_normal(), 0, nil)
        // The cursor sits on the focus, visible where the terminal can show it, so that a screen reader or a magnifier
        // follows it; hidden on a frame without one.
        if let cursor = canvas.cursor, cursor.x < size.width, cursor.y < size.height {
            if !cursorShown {
                curs_set(1)
                cursorShown = true
            }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorShown {
            curs_set(0)
            cursorShown = false
        }
        wrefresh(window)
    }

    private func attributes(_ style: Style) -> attr_t {
        switch style {
        case .header, .key: neuvo_a_bold()
        case .selection, .demo: colours ? neuvo_a_bold() : neuvo_a_reverse()
        case .muted: neuvo_a_dim()
        case .warning, .error: colours ? neuvo_a_bold() : neuvo_a_underline()
        case .normal, .success: neuvo_a_normal()
        }
    }

    /// The one place styles become colours (foreground, background; -1 is the terminal's own).
    static func colours(_ style: Style) -> (Int16, Int16) {
        switch style {
        case .normal: (-1, -1)
        case .header: (Int16(COLOR_CYAN), -1)
        case .selection: (Int16(COLOR_BLACK), Int16(COLOR_CYAN))
        case .muted: (-1, -1)
        case .warning: (Int16(COLOR_YELLOW), -1)
        case .error: (Int16(COLOR_RED), -1)
        case .success: (Int16(COLOR_GREEN), -1)
        case .key: (Int16(COLOR_CYAN), -1)
        case .demo: (Int16(COLOR_WHITE), Int16(COLOR_MAGENTA))
        }
    }

    static func currentSize() -> Size {
        var rows: Int32 = 0, columns: Int32 = 0
        neuvo_getmaxyx(neuvo_stdscr(), &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    /// SIGINT, SIGTERM, SIGHUP and SIGQUIT give the terminal back before the process ends, so a closed window or a
    /// lost SSH session never leaves the terminal in raw mode (the handler is C: `neuvo_on_exit_signal`).
    static func restoreOnSignals() {
        neuvo_install_exit_handlers()
    }

    /// From now on SIGINT, SIGTERM, SIGHUP and SIGQUIT also remove `directory` (a throwaway database's) before the
    /// process ends with 128 + the signal; nil: nothing more to remove.
    public static func removeOnSignal(directory: String?) {
        if let directory {
            directory.withCString { neuvo_remove_on_signal($0) }
        } else {
            neuvo_remove_on_signal(nil)
        }
    }

    /// Whether the screens can run here, checked before any is drawn.
    public enum Readiness: Equatable, Sendable {
        /// Ready; `switchedFrom` names the locale's character set when it was not UTF-8 and C.UTF-8 (or another
        /// UTF-8 locale) is used instead.
        case ready(switchedFrom: String?)
        /// The locale is not UTF-8 and no UTF-8 locale is installed.
        case noUTF8Locale(codeset: String)
        /// `TERM` names no terminal known here (or there is no terminfo database).
        case unknownTerminal(String)
        /// The terminal cannot move the cursor (`cup`), as `TERM=dumb`.
        case cannotMoveCursor(String)
    }

    /// Sets the locale (UTF-8, see `chooseUTF8Locale`) and looks up the terminal, before `init`.
    public static func readiness(environment: [String: String] = ProcessInfo.processInfo.environment) -> Readiness {
        let term = environment["TERM"] ?? ""
        let locale = chooseUTF8Locale()
        if let codeset = locale.noneFor { return .noUTF8Locale(codeset: codeset) }
        if term.isEmpty { return .unknownTerminal(term) }
        switch neuvo_terminal_capability() {
        case 0: return .ready(switchedFrom: locale.switchedFrom)
        case 3: return .cannotMoveCursor(term)
        default: return .unknownTerminal(term)
        }
    }

    /// The locales tried, in order, when the environment's is not UTF-8.
    static let utf8Locales = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "fi_FI.UTF-8", "sv_FI.UTF-8"]

    /// `setlocale(LC_ALL, "")`; when its character set is not UTF-8 (`LANG=C` or `POSIX`, as often over SSH), the
    /// first UTF-8 locale installed of `utf8Locales`, since the screens' ä and ö need one. Returns the character set
    /// switched from, or the one kept because no UTF-8 locale exists.
    static func chooseUTF8Locale() -> (switchedFrom: String?, noneFor: String?) {
        setlocale(LC_ALL, "")
        let codeset = String(cString: neuvo_codeset())
        guard !isUTF8(codeset) else { return (nil, nil) }
        for name in utf8Locales where setlocale(LC_ALL, name) != nil {
            if isUTF8(String(cString: neuvo_codeset())) { return (codeset, nil) }
        }
        setlocale(LC_ALL, "")
        return (nil, codeset)
    }

    static func isUTF8(_ codeset: String) -> Bool {
        codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8"
    }
}
