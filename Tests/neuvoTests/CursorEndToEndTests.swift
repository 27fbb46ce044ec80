import Foundation
import Testing

/// Screen readers and magnifiers follow the terminal's cursor: through the real binary in tmux, the cursor is shown and
/// sits on the focus — Today's highlighted contact, the form's focused field, the day browser's highlighted figure —
/// and moves with it.
@Suite(.serialized)
struct CursorEndToEndTests {
    @Test func theCursorFollowsTheFocusOnTodayTheFormAndTheDayBrowser() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        try #"{"users": {"\#(Workspace.user)": "supervisor"}}"#.write(
            to: workspace.directory.appendingPathComponent("roles.json"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")

        // Today, with two contacts logged: the cursor on the highlighted one's row, moving with the arrows.
        for round in 1...2 {
            try tmux.send("n", "1", "1", "Enter", "1", "1", "Enter", "F2")
            try tmux.expectToSee("Yhteydenottoja \(round)")
        }
        try tmux.send("Home")
        let first = try tmux.waitForCursor { $0.shown && $0.y > 2 && $0.line.contains("Käynti") }
        #expect(first.found, "\(first)")
        try tmux.send("Down")
        let second = try tmux.waitForCursor { $0.y == first.y + 1 && $0.line.contains("Käynti") }
        #expect(second.found, "\(second) after \(first)")
        try tmux.send("Up")
        #expect(try tmux.waitForCursor { $0.y == first.y }.found)

        // The form: on the focused field's input; Shift-Tab and Tab move it.
        try tmux.send("n")
        try tmux.expectToSee("▸ Miksi tänne")
        try tmux.send("C-t")
        try tmux.expectToSee("▸ Henkilötunnus")
        let code = try tmux.waitForCursor { $0.y > 0 && $0.line.contains("Henkilötunnus") }
        #expect(code.found, "\(code)")
        try tmux.send("-l", "0101")
        #expect(try tmux.waitForCursor { $0.x == code.x + 4 && $0.y == code.y }.found)
        try tmux.send("BTab")
        try tmux.expectToSee("▸ Yhteydenottaja")
        let contactBy = try tmux.waitForCursor { $0.x > 40 && $0.line.contains("Asiakas itse") }
        #expect(contactBy.found, "who got in touch: the choices at the right: \(contactBy)")
        try tmux.send("Tab")
        #expect(try tmux.waitForCursor { $0.x == code.x + 4 && $0.y == code.y }.found)
        try tmux.send("Escape")
        try tmux.expectToSee("b Päiväkatsaus")

        // The day browser: on the highlighted figure's row, moving with ↓ and Tab.
        try tmux.send("b")
        try tmux.expectToSee("(sama viikonpäivä viikkoa aiemmin)")
        let figure = try tmux.waitForCursor { $0.shown && $0.y > 2 && !$0.line.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(figure.found, "\(figure)")
        try tmux.send("Down")
        #expect(try tmux.waitForCursor { $0.y == figure.y + 1 }.found)
        try tmux.send("Tab")
        #expect(try tmux.waitForCursor { $0.y > figure.y + 1 }.found)
        try tmux.send("Escape")
        try tmux.expectToSee("b Päiväkatsaus")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }
}
