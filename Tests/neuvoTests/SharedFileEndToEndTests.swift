import Foundation
import Testing
import TestSupport

/// One SQLite file under an advisor's screens and an administrator's large import at once, through the real binary in
/// tmux: the import holds the file's only write lock for its whole transaction, and the screen must not freeze.
///
/// However fast the machine, the advisor saves while the import holds the lock: the import runs in short slices between
/// which it is stopped (SIGSTOP), and once it is seen holding the lock it stays stopped, holding it, until the advisor's
/// save has been kept; then it goes on (SIGCONT) and ends.
@Suite(.serialized)
struct SharedFileEndToEndTests {
    /// Whether another process holds the file's write lock now (the sqlite3 shell, waiting for nothing).
    static func isLocked(_ database: String) throws -> Bool {
        let tried = try Spawn.run("/usr/bin/sqlite3", ["-batch", database, "BEGIN IMMEDIATE; ROLLBACK;"], environment: NeuvoProcess.environment)
        return tried.status != 0 && tried.stderr.contains("locked")
    }

    /// The state letter of a process in /proc/PID/stat (`R`, `S`, `T` stopped, `Z` ended), nil when it is gone.
    static func state(_ pid: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// Stops `process` (SIGSTOP) and waits until it is stopped, or has ended; whether it is stopped.
    static func halt(_ process: Process, seconds: Double = 120) -> Bool {
        kill(process.processIdentifier, SIGSTOP)
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            switch state(process.processIdentifier) {
            case "T", "t": return true
            case nil, "Z", "X": return false
            default: usleep(1_000)
            }
        }
        return false
    }

    /// Runs `process` in slices of a millisecond, stopped between them, until `condition` holds while it is stopped —
    /// then it stays stopped — or it ends, or `seconds` pass; whether the condition held. A slice is far shorter than
    /// anything the process does while the condition holds, so that no machine is fast enough to slip past it.
    static func stop(_ process: Process, when condition: () throws -> Bool, seconds: Double = 600) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, halt(process) {
            if try condition() { return true }
            kill(process.processIdentifier, SIGCONT)
            usleep(1_000)
        }
        if process.isRunning { kill(process.processIdentifier, SIGCONT) }
        return false
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
        let holding = try Self.stop(importer) { try Self.isLocked(workspace.database) }
        defer { if importer.isRunning { kill(importer.processIdentifier, SIGCONT) } }
        try #require(holding, "the import was never seen holding the write lock (it ended with status \(importer.isRunning ? -1 : importer.terminationStatus))")
        // The advisor logs the typical walk-in meanwhile: kept, said, and the screen answers at once.
        try tmux.send("n", "1", "1", "Enter", "1", "1", "Enter", "F2")
        let kept = try tmux.waitFor(seconds: 60) { $0.contains("Tietokanta varattu") && $0.contains("1 odottaa tallessa koneella") }
        #expect(kept.found, "\(kept.screen)")
        try tmux.send("f")
        try tmux.expectToSee("Jatkotoimet", seconds: 30)
        try tmux.send("Escape")
        #expect(try Self.isLocked(workspace.database), "the import still holds the lock: the save was made during it")
        kill(importer.processIdentifier, SIGCONT)
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        // Once the import has ended, the save goes through, once, without a key.
        try tmux.expectToSee("odottanutta yhteydenottoa kirjoitettu", seconds: 60)
        let export = try workspace.export()
        #expect(export.split(separator: "\n").count == rows + 2, "the year's contacts and the advisor's, each once")
        try tmux.send("q")
        try tmux.expectToSee("EXITED 0")
    }
}
