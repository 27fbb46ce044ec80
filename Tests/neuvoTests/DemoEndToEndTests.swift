import Foundation
import Testing

/// `neuvo demo` through the real binary in tmux: the DEMO mark, a demo database and a real one refusing to
/// mix, and the guided tour.
@Suite(.serialized)
struct DemoEndToEndTests {
    static let markFi = "DEMO – harjoitusaineisto"

    /// The mark at the top right and the bottom right: in the header (the whole mark where there is room,
    /// else the short one) and in the footer's corner.
    static func marked(_ screen: String, whole: Bool = false) -> Bool {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let header = lines.first ?? "", footer = lines.last { !$0.isEmpty } ?? ""
        return header.contains(whole ? markFi : " DEMO ") && footer.hasSuffix(" DEMO")
    }

    /// The screen as one line: tmux wraps a long message at the window's edge.
    static func unwrapped(_ screen: String) -> String { screen.replacingOccurrences(of: "\n", with: "") }

    @Test func theDemoCarriesItsMarkAtEverySize() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux(width: 80, height: 24)
        try tmux.start(neuvo: "demo --days 3 --lang fi")
        let today = try tmux.waitFor(seconds: 30) { $0.contains("Yhteydenottoja") }
        #expect(today.found && Self.marked(today.screen), "\(today.screen)")
        // Another screen, then a window too small for any screen, then a big one: the mark stays.
        try tmux.send("n")
        let form = try tmux.waitFor("▸ Miksi tänne")
        #expect(form.found && Self.marked(form.screen), "\(form.screen)")
        try tmux.resize(width: 60, height: 20)
        let small = try tmux.waitFor("80 × 24")
        #expect(small.found && small.screen.hasPrefix(" " + Self.markFi), "\(small.screen)")
        try tmux.resize(width: 120, height: 40)
        let big = try tmux.waitFor("▸ Miksi tänne")
        #expect(big.found && Self.marked(big.screen, whole: true), "\(big.screen)")
        try tmux.send("Escape")
        try tmux.expectToSee("Yhteydenottoja")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    @Test func theAppRefusesADemoDatabaseAndTheDemoARealOne() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace(point: nil)
        let demo = workspace.path("demo.sqlite"), real = workspace.path("real.sqlite")
        // A real database, with one contact imported.
        let csv = workspace.path("one.csv")
        try "occurred_at,point,channel,topics,resolved\n2023-10-02T10:00:00+03:00,jarvenpaa-library,walk-in,housing,yes\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try NeuvoProcess.run(["import", csv, "--db", real]).status == 0)

        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "demo --db \(demo) --days 2 --lang en")
        #expect(try tmux.waitFor(seconds: 30) { $0.contains("DEMO – practice data") && $0.contains("Contacts") }.found)
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
        try tmux.clear()

        try tmux.start(neuvo: "--db \(demo) --lang en")
        let refused = try tmux.expectToSee("EXITED 1")
        let message = "is a practice database (neuvo demo): real contacts are not logged there"
        #expect(Self.unwrapped(refused.screen).contains(message), "\(refused.screen)")
        try tmux.clear()

        try tmux.start(neuvo: "demo --db \(real) --lang en")
        let notDemo = try tmux.expectToSee("EXITED 1")
        #expect(Self.unwrapped(notDemo.screen).contains("holds real contacts: the demo will not open it"), "\(notDemo.screen)")
        // The real database is as it was.
        let export = try NeuvoProcess.run(["export", "--db", real])
        #expect(export.stdout.split(separator: "\n").count == 2, "\(export.stdout)")
    }

    @Test func theGuidedTourCanBeFollowedAndLeft() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "demo --days 3 --lang en")
        let today = try tmux.waitFor(seconds: 30) { $0.contains("g Guided tour") }
        #expect(today.found, "\(today.screen)")
        try tmux.send("g")
        // The whole step, not its title alone: a capture can come while the box is half drawn.
        let first = try tmux.waitFor { $0.contains("Guided tour 1/11") && $0.contains("F12 ends the tour") }
        #expect(first.found && first.screen.contains("Press n"), "\(first.screen)")
        #expect(first.screen.contains("F12 ends the tour"))
        try tmux.send("n")
        let second = try tmux.waitFor { $0.contains("Guided tour 2/11") && $0.contains("F12 ends the tour") }
        #expect(second.found && second.screen.contains("Press F3 in the form"), "\(second.screen)")
        try tmux.send("F3")
        let third = try tmux.waitFor("Guided tour 3/11")
        #expect(third.found && third.screen.contains("press l and load a practice client"), "\(third.screen)")
        try tmux.send("l")
        try tmux.expectToSee("Practice clients")
        try tmux.send("7")
        let loaded = try tmux.waitFor("Loaded: Eviction threat and debts")
        #expect(loaded.found && loaded.screen.contains("Network client"), "\(loaded.screen)")
        try tmux.send("F12")
        let left = try tmux.waitFor("The tour was left.")
        #expect(left.found && !left.screen.contains("Guided tour 3/11"), "\(left.screen)")
        // Back out without saving: the segmentation asks once before dropping the answers, then the untouched form
        // closes.
        try tmux.send("Escape", "Escape")
        try tmux.expectToSee("F3 Segmentation")
        try tmux.send("Escape")
        try tmux.expectToSee("g Guided tour")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }

    /// The demo's folders in `directory` (the demo's TMPDIR).
    static func demoFolders(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("neuvo-demo-") }.sorted()
    }

    /// Closing the window (SIGHUP) or being told to stop (SIGTERM) removes the demo's folder and gives the terminal back,
    /// exiting with 128 + the signal; a stale folder of a process that no longer runs is cleared at the next start,
    /// one whose process runs is left alone.
    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalRemovesTheDemoFolderAndAStaleOneGoesAtTheNextStart(signal: Int32) throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace(point: nil)
        let temporary = workspace.directory
        // pid_max is at most 2^22: no process has the first id; the second is this test's own.
        let stale = temporary.appendingPathComponent("neuvo-demo-999999999-stale")
        let running = temporary.appendingPathComponent("neuvo-demo-\(getpid())-running")
        for folder in [stale, running] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: folder.appendingPathComponent("neuvo-demo.sqlite"))
        }
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "demo --days 2 --lang en", environment: ["TMPDIR": temporary.path])
        let today = try tmux.waitFor(seconds: 30) { $0.contains("g Guided tour") }
        #expect(today.found, "\(today.screen)")
        let pid = try #require(try tmux.childProcess())
        let own = "neuvo-demo-\(pid)-"
        let during = try Self.demoFolders(temporary)
        #expect(!during.contains(stale.lastPathComponent), "the stale folder is cleared: \(during)")
        #expect(during.contains(running.lastPathComponent), "a running process's folder stays: \(during)")
        #expect(during.contains { $0.hasPrefix(own) }, "\(during)")
        kill(pid, signal)
        try tmux.expectToSee("EXITED \(128 + signal)")
        let after = try Self.demoFolders(temporary)
        #expect(after == [running.lastPathComponent], "\(after)")
    }
}
