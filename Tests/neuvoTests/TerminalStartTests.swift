import Foundation
import Testing

/// What the screens need of the place they start in: a UTF-8 locale (switched to by themselves over `LANG=C`, as
/// often over SSH) and a terminal that can move the cursor (not `TERM=dumb`).
@Suite(.serialized)
struct TerminalStartTests {
    /// The screen as one line: tmux wraps a long message at the window's edge.
    static func unwrapped(_ screen: String) -> String { screen.replacingOccurrences(of: "\n", with: "") }

    @Test(arguments: ["C", "POSIX"])
    func aLocaleWithoutUTF8IsSwitchedToCUTF8AndSaidOnceAtExit(locale: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi", environment: ["LANG": locale])
        let today = try tmux.waitFor("Tänään ei ole vielä kirjattu")
        #expect(today.found, "the ä and ö are drawn: \(today.screen)")
        #expect(today.screen.contains("Järvenpää"), "\(today.screen)")
        try tmux.send("q")
        let exited = try tmux.expectToSee("EXITED 0")
        let screen = Self.unwrapped(exited.screen)
        let notice = "neuvo: localen merkistö oli ANSI_X3.4-1968 eikä UTF-8, joten neuvo käytti localea C.UTF-8"
        #expect(screen.components(separatedBy: notice).count == 2, "said once: \(exited.screen)")
    }

    @Test func aUTF8LocaleIsKeptWithoutANotice() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang en")
        try tmux.expectToSee("Järvenpää")
        try tmux.send("q")
        let exited = try tmux.waitFor("EXITED 0")
        #expect(exited.found && !exited.screen.contains("C.UTF-8 (set"), "\(exited.screen)")
    }

    /// A terminal that cannot move the cursor is refused in one line that names a working TERM, exit 1 — before any
    /// screen is drawn, and before the demo makes its folder.
    @Test(arguments: ["dumb", "neuvo-no-such-terminal"])
    func aTerminalThatCannotMoveTheCursorIsRefused(term: String) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 200, height: 30)
        try tmux.start(neuvo: "demo --lang en", environment: ["TERM": term, "TMPDIR": workspace.directory.path])
        // The status on a line of its own: "EXITED" and digits (the command line typed holds `echo EXITED $?`, and where
        // it wraps, as it does when the build's path is long, a line of it starts with "EXITED $?").
        let exited = try tmux.waitFor { $0.split(separator: "\n").contains { $0.hasPrefix("EXITED ") && $0.dropFirst(7).allSatisfy(\.isNumber) && $0.count > 7 } }
        #expect(exited.screen.split(separator: "\n").contains("EXITED 1"), "\(exited.screen)")
        let message = term == "dumb"
            ? "neuvo: the terminal TERM=dumb cannot move the cursor, which neuvo's screens need: start it as e.g. TERM=xterm-256color neuvo"
            : "neuvo: the terminal type TERM=\(term) is not known on this computer: start it as e.g. TERM=xterm-256color neuvo"
        #expect(exited.screen.contains(message), "\(exited.screen)")
        let left = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.hasPrefix("neuvo-demo-") }
        #expect(left.isEmpty, "\(left)")
    }
}
