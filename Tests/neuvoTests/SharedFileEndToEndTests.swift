import Foundation
import Testing
import TestSupport

/// One SQLite file under an advisor's screens and an administrator's large import at once, through the real binary in
/// tmux: the import holds the file's only write lock for its whole transaction, and the screen must not freeze.
@Suite(.serialized)
struct SharedFileEndToEndTests {
    /// Whether another process holds the file's write lock now (the sqlite3 shell, waiting for nothing).
    static func isLocked(_ database: String) throws -> Bool {
        let tried = try Spawn.run("/usr/bin/sqlite3", ["-batch", database, "BEGIN IMMEDIATE; ROLLBACK;"], environment: NeuvoProcess.environment)
        return tried.status != 0 && tried.stderr.contains("locked")
    }

    @Test func aSaveDuringALargeImportWaitsWithANoteAndTheScreenGoesOn() throws {
        try #require(Tmux.isInstalled, "tmux is missing: run make deps")
        let workspace = try Workspace()
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.start(neuvo: "--db \(workspace.database) --lang fi")
        try tmux.expectToSee("Tänään ei ole vielä kirjattu")
        // An administrator imports four months of contacts at every point.
        let csv = workspace.path("year.csv")
        let year = try NeuvoProcess.run(["demo-data", "--seed", "21", "--days", "120", "--volume", "3"])
        try year.stdout.write(toFile: csv, atomically: true, encoding: .utf8)
        let rows = year.stdout.split(separator: "\n").count - 1
        let importer = Process()
        importer.executableURL = NeuvoProcess.binary
        importer.arguments = ["import", csv, "--db", workspace.database, "--lang", "en"]
        importer.environment = NeuvoProcess.environment
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        let deadline = Date().addingTimeInterval(30)
        while try !Self.isLocked(workspace.database), importer.isRunning, Date() < deadline { usleep(20_000) }
        try #require(importer.isRunning, "the import ended before the advisor could save; make it larger")
        // The advisor logs the typical walk-in meanwhile: kept, said, and the screen answers at once.
        try tmux.send("n", "1", "1", "Enter", "1", "Enter", "1", "F2")
        let kept = try tmux.waitFor { $0.contains("Tietokanta varattu") && $0.contains("1 odottaa tallessa koneella") }
        #expect(kept.found, "\(kept.screen)")
        try tmux.send("f")
        #expect(try tmux.waitFor("Jatkotoimet").found, "the screens go on while the import runs")
        try tmux.send("Escape")
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        // Once the import has ended, the save goes through, once, without a key.
        try tmux.expectToSee("odottanutta yhteydenottoa kirjoitettu", seconds: 15)
        let export = try workspace.export()
        #expect(export.split(separator: "\n").count == rows + 2, "the year's contacts and the advisor's, each once")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }
}
