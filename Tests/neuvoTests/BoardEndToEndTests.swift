import Foundation
import Guidance
import Testing
import TestSupport

/// `neuvo board` through the real binary in tmux: a contact saved by another process shows within 2 s on SQLite and on
/// PostgreSQL (a board login), and a trainer's board shows the demo's saves, marked DEMO.
@Suite(.serialized)
struct BoardEndToEndTests {
    /// `All points: 3 today` on the board (the short form at 80 columns), as a number.
    static func today(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"All points: \d+ today"#, options: .regularExpression) else { return nil }
        return Int(screen[range].split(separator: " ")[2])
    }

    /// A one-row CSV of a contact at 9.30 on the tests' day (`NEUVO_NOW`).
    static func oneContact(in workspace: Workspace) throws -> String {
        let csv = workspace.path("one-\(UUID().uuidString.prefix(6)).csv")
        try "occurred_at,point,channel,topics,resolved\n2026-11-23T09:30:00+02:00,kerava-service-centre,phone,housing,yes\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        return csv
    }

    /// Starts the board on `database`, waits for `expected` contacts today, imports one more contact by `importing`, and
    /// expects the board to show it within 2 s of the import's end.
    static func importShowsWithinTwoSeconds(board database: String, importing owner: String, workspace: Workspace) throws {
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "board --db '\(database)' --lang en")
        let before = try tmux.waitFor(seconds: 15) { Self.today($0) != nil }
        let count = try #require(Self.today(before.screen), "\(before.screen)")
        let imported = try NeuvoProcess.run(["import", try Self.oneContact(in: workspace), "--db", owner])
        #expect(imported.status == 0, "\(imported.stderr)")
        let after = try tmux.waitFor(seconds: 2) { Self.today($0) == count + 1 }
        #expect(after.found, "the board did not show the import within 2 s:\n\(after.screen)")
        #expect(!after.screen.contains("DEMO"))
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    @Test func anImportShowsOnTheBoardWithinTwoSecondsOnSQLite() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        #expect(try NeuvoProcess.run(["import", try Self.oneContact(in: workspace), "--db", workspace.database]).status == 0)
        try Self.importShowsWithinTwoSeconds(board: workspace.database, importing: workspace.database, workspace: workspace)
    }

    @Test func anImportShowsOnABoardLoginsBoardWithinTwoSecondsOnPostgreSQL() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let owner = try Backend.freshPostgresDatabase()
        let login = "e2e_board_" + UUID().uuidString.prefix(6).lowercased()
        try PostgresCluster.shared.createLogin(login)
        let set = try NeuvoProcess.run(["roles", "--db", owner, "--set", "\(login)=board"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("\(login)\tboard"))
        let board = owner.replacingOccurrences(of: "user=neuvo_owner", with: "user=\(login)")
        // The screens refuse a board login, with a reason.
        let screens = try Tmux(width: 100, height: 30)
        try screens.start(neuvo: "--db '\(board)' --lang en")
        let refused = try screens.waitFor("EXITED 1")
        #expect(refused.found && refused.screen.contains("wall board's"), "\(refused.screen)")
        try Self.importShowsWithinTwoSeconds(board: board, importing: owner, workspace: workspace)
    }

    /// The board is a screen of the app's one loop (issue 19): its footer takes clicks, PuTTY's F1 and a quick Esc work
    /// on it as everywhere, and its second's redraw goes on meanwhile.
    @Test func theBoardTakesClicksAndEveryFormOfItsKeys() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        #expect(try NeuvoProcess.run(["import", try Self.oneContact(in: workspace), "--db", workspace.database]).status == 0)
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "board --db '\(workspace.database)' --lang en", environment: ["NEUVO_NOW": "2026-11-23T10:00:00+02:00"])
        #expect(try tmux.waitFor(seconds: 15) { Self.today($0) == 1 }.found)
        try tmux.click("F1 ")
        try tmux.expectToSee("never shows a contact")
        try tmux.click("Esc ")
        #expect(try tmux.waitFor { !$0.contains("never shows a contact") && Self.today($0) == 1 }.found)
        for f1 in ["\u{1B}[11~", "\u{1B}[[A", "\u{1B}OP"] {
            try tmux.sendBytes(f1)
            try tmux.expectToSee("never shows a contact")
            try tmux.send("Escape")
            #expect(try tmux.waitFor { !$0.contains("never shows a contact") }.found)
        }
        try tmux.click("q ")
        try tmux.expectToSee("EXITED 0")
    }

    @Test func aTrainersBoardShowsTheDemosSavesMarkedDemo() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace(point: nil)
        let demo = workspace.path("demo.sqlite")
        // Both on today's real clock: the demo saves at the time the form is opened.
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        let now = ["NEUVO_NOW": formatter.string(from: Date())]
        let trainer = try Tmux(width: 100, height: 30)
        try trainer.start(neuvo: "demo --db \(demo) --days 2 --lang en", environment: now)
        #expect(try trainer.waitFor(seconds: 30) { $0.contains("DEMO – practice data") && $0.contains("Contacts") }.found)

        let wall = try Tmux(width: 80, height: 24)
        try wall.start(neuvo: "board --db \(demo) --lang en", environment: now)
        let before = try wall.waitFor(seconds: 15) { Self.today($0) != nil }
        let count = try #require(Self.today(before.screen), "\(before.screen)")
        #expect(DemoEndToEndTests.marked(before.screen), "\(before.screen)")

        try trainer.send("n", "1", "1", "Enter", "1", "1", "Enter", "F2")
        let after = try wall.waitFor(seconds: 3) { Self.today($0) == count + 1 }
        #expect(after.found, "the board did not show the trainee's save:\n\(after.screen)")
        // Nothing else may open a demo database as a real one.
        let report = try NeuvoProcess.run(["report", "--db", demo, "--from", "today", "--to", "today"])
        #expect(report.status == 1)
        for tmux in [wall, trainer] { try tmux.send("q") }
        try wall.expectToSee("EXITED 0")
    }
}
