import Foundation
import Testing
import TestSupport

/// The real binary in a real terminal: a private tmux server, driven with send-keys and read with
/// capture-pane, waiting for what is expected against a deadline — never for a fixed time.
final class Tmux {
    let socket = "neuvo-test-\(UUID().uuidString.prefix(8))"

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts a shell in a `width` × `height` window; `command` is then typed into it.
    init(width: Int = 100, height: Int = 30) throws {
        try tmux(["new-session", "-d", "-x", String(width), "-y", String(height), "bash --norc --noprofile"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink("/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Runs `neuvo arguments…` in the shell, in a UTF-8 locale and a 256-colour terminal (`TERM` in `environment`
    /// names another), then prints its exit status as `EXITED n`.
    func start(neuvo arguments: String, environment: [String: String] = [:]) throws {
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let line = "env LANG=C.UTF-8 TERM=xterm-256color \(extra)\(NeuvoProcess.binary.path) \(arguments); echo EXITED $?"
        try tmux(["send-keys", "-t", "0", "-l", line])
        try send("Enter")
    }

    /// Clears the shell's screen and waits until it is clear, so that the next wait cannot match what an earlier
    /// command printed (under load the shell may take a moment to run `clear`).
    func clear() throws {
        try send("clear", "Enter")
        let cleared = try waitFor { !$0.contains("EXITED") }
        if !cleared.found { throw TmuxFailed(message: "the screen did not clear: \(cleared.screen)") }
    }

    /// Keys as tmux names them: `Up`, `F2`, `Enter`, `q`.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Bytes as a terminal sends them, written to the pane at once (`send-keys -H`): `"\u{1B}[11~"` is PuTTY's F1.
    func sendBytes(_ bytes: String) throws {
        try tmux(["send-keys", "-t", "0", "-H"] + bytes.utf8.map { String(format: "%02x", $0) })
    }

    /// Pastes `text` as a terminal does: bracketed (`ESC [ 200~`…`ESC [ 201~`) when the program has asked for it.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "neuvo-test", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "neuvo-test", "-t", "0"])
    }

    /// A click (or a tap) where `text` begins on the screen, as a terminal reports it with SGR (1006) coordinates: a
    /// press and a release. Waits for the text first; throws when it does not come.
    func click(_ text: String, seconds: Double = 30) throws {
        let seen = try waitFor(text, seconds: seconds)
        let lines = seen.screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard seen.found, let y = lines.firstIndex(where: { $0.contains(text) }), let range = lines[y].range(of: text) else {
            throw TmuxFailed(message: "no \"\(text)\" to click: \(seen.screen)")
        }
        let x = lines[y].distance(from: lines[y].startIndex, to: range.lowerBound)
        try sendBytes("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    /// A pane's format variable (`mouse_sgr_flag`, …), as tmux has it for the program running there.
    func format(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    /// The pane's scrollback and screen together: all the terminal keeps of what was shown.
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0", "-S", "-"])
    }

    /// Where the terminal's cursor is (`#{cursor_x},#{cursor_y}`), and whether it is shown (`#{cursor_flag}`).
    func cursor() throws -> (x: Int, y: Int, shown: Bool) {
        let fields = try tmux(["display-message", "-p", "-t", "0", "#{cursor_x},#{cursor_y},#{cursor_flag}"])
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        guard fields.count == 3 else { throw TmuxFailed(message: "no cursor: \(fields)") }
        return (fields[0], fields[1], fields[2] == 1)
    }

    typealias Cursor = (found: Bool, x: Int, y: Int, shown: Bool, line: String)

    /// Polls the cursor and the line it is on until `condition` holds on two polls in a row with nothing moved between
    /// (a frame caught half drawn has its text before the cursor's final move), or `seconds` pass; the last is
    /// returned either way.
    @discardableResult
    func waitForCursor(seconds: Double = 30, _ condition: ((x: Int, y: Int, shown: Bool, line: String)) -> Bool) throws -> Cursor {
        let deadline = Date().addingTimeInterval(seconds)
        var previous: (x: Int, y: Int, shown: Bool, line: String)?
        while true {
            let position = try cursor()
            let lines = try screen().split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.indices.contains(position.y) ? String(lines[position.y]) : ""
            let now = (x: position.x, y: position.y, shown: position.shown, line: line)
            let held = condition(now)
            if held, let previous, previous == now { return (true, now.x, now.y, now.shown, now.line) }
            if Date() >= deadline { return (false, now.x, now.y, now.shown, now.line) }
            previous = held ? now : nil
            usleep(50_000)
        }
    }

    /// Polls the screen until `condition` holds or `seconds` pass; the last screen is returned either way.
    @discardableResult
    func waitFor(seconds: Double = 30, pollEvery: Double = 0.05, _ condition: (String) -> Bool) throws -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        repeat {
            last = try screen()
            if condition(last) { return (true, last) }
            usleep(useconds_t(pollEvery * 1_000_000))
        } while Date() < deadline
        return (false, last)
    }

    func waitFor(_ text: String, seconds: Double = 30) throws -> (found: Bool, screen: String) {
        try waitFor(seconds: seconds) { $0.contains(text) }
    }

    /// Waits for `text` as `waitFor` does; when it does not come, the test records it where it was called, with the
    /// screen as it was.
    @discardableResult
    func expectToSee(
        _ text: String, seconds: Double = 30, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> (found: Bool, screen: String) {
        let seen = try waitFor(text, seconds: seconds)
        #expect(seen.found, "no \"\(text)\" within \(seconds) s; the screen:\n\(seen.screen)", sourceLocation: sourceLocation)
        return seen
    }

    /// The process running in the pane's shell (neuvo, while it runs).
    func childProcess() throws -> pid_t? {
        let shell = try tmux(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    /// Through `Spawn.run`: the tmux server that `new-session` starts lives on with whatever descriptors it inherits.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run("/usr/bin/tmux", ["-L", socket] + arguments, environment: NeuvoProcess.environment)
        guard result.status == 0 else { throw TmuxFailed(message: result.stdout + result.stderr) }
        return result.stdout
    }

    struct TmuxFailed: Error { let message: String }
}
