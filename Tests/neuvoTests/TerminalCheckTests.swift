import Foundation
import Guidance
import Terminal
import Testing
import TestSupport
@testable import neuvo

/// `neuvo terminal-check`: in-process on a canvas, and end to end in tmux through ncurses.
struct TerminalCheckTests {
    let strings = Fixtures.catalog.strings.inLanguage(.en)

    @Test func theCheckScreenAt80x24() {
        let canvas = Neuvo.TerminalCheck.render(size: .minimum, lastKey: .control("s"), strings: strings)
        #expect(canvas.lines[0].hasPrefix(" neuvo – terminal check"))
        #expect(canvas.lines[3].contains("Järvenpää · Träskända · Åbo"))
        #expect(canvas.lines[8].contains("Last key: Ctrl-S"))
        #expect(canvas.lines[23].hasPrefix(" Press keys – q quits"))
        #expect(canvas[1, 0].style == .header)
    }

    @Test func belowTheMinimumOnlyAskForMoreRoom() {
        let canvas = Neuvo.TerminalCheck.render(size: Size(width: 40, height: 10), lastKey: nil, strings: strings)
        #expect(canvas.text == "Make the window bigger: neuvo needs at\nleast 80 × 24 (now 40 × 10).\n\n\n\n\n\n\n\n")
    }
}

@Suite(.serialized)
struct TerminalEndToEndTests {
    @Test func finnishLettersWideCharactersAndKeysThroughNcurses() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux()
        try tmux.start(neuvo: "terminal-check --lang en")
        let shown = try tmux.expectToSee("Järvenpää · Träskända · Åbo · Hyvinkää")
        #expect(shown.screen.contains("東京"))
        try tmux.send("Up")
        try tmux.expectToSee("Last key: ↑")
        try tmux.send("F2")
        try tmux.expectToSee("Last key: F2")
        try tmux.send("C-s")
        try tmux.expectToSee("Last key: Ctrl-S")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    @Test func aResizeReLaysOutAndTooSmallAsksForRoom() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "terminal-check --lang en")
        try tmux.expectToSee("Window size: 100 × 30")
        try tmux.resize(width: 60, height: 20)
        try tmux.expectToSee("needs at least 80 × 24")
        try tmux.resize(width: 90, height: 26)
        try tmux.expectToSee("Window size: 90 × 26")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    @Test(arguments: [(SIGTERM, 143), (SIGHUP, 129), (SIGINT, 130)])
    func aSignalGivesTheTerminalBack(_ signal: (Int32, Int)) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux()
        try tmux.start(neuvo: "terminal-check --lang en")
        try tmux.expectToSee("terminal check")
        let pid = try #require(try tmux.childProcess())
        #expect(kill(pid, signal.0) == 0)
        // Back in the shell: the status is printed and the check screen is gone (the terminal was restored).
        let back = try tmux.waitFor { $0.contains("EXITED \(signal.1)") && !$0.contains("Press keys") }
        #expect(back.found, "\(back.screen)")
        try tmux.start(neuvo: "--version 2>/dev/null || true")
        #expect(try tmux.waitFor { $0.components(separatedBy: "EXITED").count >= 3 }.found)  // the shell still echoes and runs
    }
}

extension TerminalEndToEndTests {
    /// The window closes under it (tmux kills the session): neuvo must end, not spin without a terminal.
    @Test func aClosedTerminalEndsTheApp() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        var tmux: Tmux? = try Tmux()
        try tmux!.start(neuvo: "terminal-check --lang en")
        #expect(try tmux!.waitFor("terminal check").found)
        let pid = try #require(try tmux!.childProcess())
        tmux = nil  // kill-server: the pane and its terminal are gone
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
        #expect(kill(pid, 0) != 0, "neuvo (pid \(pid)) is still running without a terminal")
    }
}
