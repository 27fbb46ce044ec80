import Foundation
import Guidance
import Testing
import TestSupport
@testable import neuvo

/// `neuvo backup --to FILE` as a region's IT runs it (CONTRACT §12): a consistent copy while another process imports,
/// the pseudonym key beside it, never a partial file, a target that exists or a disk that cannot take it refused.
@Suite(.serialized)
struct BackupCommandTests {
    static let code = "150655-" + "902T"
    static let period = ["--from", "2000-01-01", "--to", "2099-12-31"]

    static func neuvo(_ arguments: [String], input: String = "") throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], input: input)
    }

    static func report(_ database: String) throws -> String {
        let result = try neuvo(["report", "--db", database, "--format", "json"] + period)
        #expect(result.status == 0, "report: \(result.stderr)")
        return result.stdout
    }

    /// A database in `directory/db` whose client (`code`) came twice, plus a few weeks of synthetic contacts.
    static func database(in directory: URL) throws -> String {
        let folder = directory.appendingPathComponent("db")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let db = folder.appendingPathComponent("neuvo.sqlite").path
        let key = try PseudonymKeyFile.loadOrCreate(in: folder.path)
        let ref = key.pseudonym(for: try IdentityCode(code))
        let csv = directory.appendingPathComponent("client.csv").path
        try """
            occurred_at,point,channel,topics,resolved,client_ref
            2023-03-13T10:00:00+02:00,jarvenpaa-library,walk-in,housing,no,\(ref)
            2023-03-14T10:00:00+02:00,jarvenpaa-library,phone,housing;benefits,yes,\(ref)

            """.write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try neuvo(["import", csv, "--db", db]).status == 0)
        let demo = directory.appendingPathComponent("demo.csv").path
        try NeuvoProcess.run(["demo-data", "--seed", "5", "--days", "14"]).stdout.write(toFile: demo, atomically: true, encoding: .utf8)
        #expect(try neuvo(["import", demo, "--db", db]).status == 0)
        return db
    }

    @Test func aBackupTakenWhileAnotherProcessImportsIsWholeAndItsKeyRecognisesAReturningClient() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let before = try Self.report(db)
        let big = directory.appendingPathComponent("big.csv").path
        try NeuvoProcess.run(["demo-data", "--seed", "9", "--days", "400"]).stdout.write(toFile: big, atomically: true, encoding: .utf8)

        let importer = Process()
        importer.executableURL = NeuvoProcess.binary
        importer.arguments = ["import", big, "--db", db, "--lang", "en"]
        importer.environment = NeuvoProcess.environment
        importer.standardOutput = FileHandle.nullDevice
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // Backups one after another for as long as the import runs (and one after it): each is one moment's database.
        let backups = directory.appendingPathComponent("backups")
        try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
        var taken: [String] = []
        var duringImport = 0
        func backup() throws {
            let target = backups.appendingPathComponent("b\(taken.count).sqlite").path
            let made = try Self.neuvo(["backup", "--to", target, "--db", db])
            #expect(made.status == 0, "\(made.stderr)")
            #expect(made.stdout.contains("backed up: \(target)") && made.stdout.contains(backups.path + "/pseudonym.key"), "\(made.stdout)")
            taken.append(target)
        }
        while importer.isRunning {
            try backup()
            if importer.isRunning { duringImport += 1 }
        }
        importer.waitUntilExit()
        #expect(importer.terminationStatus == 0)
        #expect(duringImport > 0, "no backup was taken while the import ran: the import is too small to test anything")
        // And one once it has ended: the whole import in it.
        try backup()
        let after = try Self.report(db)
        #expect(before != after)
        for file in taken {
            let report = try Self.report(file)
            #expect(report == before || report == after, "\(file) holds a moment that never was")
            #expect(try DatabaseFaultTests.integrity(file) == "ok")
        }
        #expect(try Self.report(taken.last!) == after)
        // Nothing partial is left beside them, and the key is the database's.
        let names = try FileManager.default.contentsOfDirectory(atPath: backups.path).sorted()
        #expect(names == (taken.map { ($0 as NSString).lastPathComponent } + ["pseudonym.key"]).sorted())
        for file in taken {
            let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o600, "a backup is as private as the database")
        }
        let key = try Data(contentsOf: directory.appendingPathComponent("db/pseudonym.key"))
        #expect(try Data(contentsOf: backups.appendingPathComponent("pseudonym.key")) == key)
        // Restored elsewhere (the file and the key copied, the original gone): the returning client is found by the code.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("db"))
        let data = try Self.neuvo(["client-data", "-", "--db", taken[0]], input: Self.code)
        #expect(data.status == 0, "\(data.stderr)")
        guard case .array(let contacts)? = try JSONValue.object(data.stdout)["contacts"] else { Issue.record("\(data.stdout)"); return }
        #expect(contacts.count == 2)
        // The backups are audited in the database they were taken of (seen in the copies taken after the first).
        let audit = try Self.neuvo(["audit", "--db", taken.last!, "--from", "2000-01-01"])
        #expect(audit.stdout.contains("backup to \(taken[0])"), "\(audit.stdout)")
    }

    /// The README's SQLite backup and restore as written (CONTRACT §12: "a restore that was tried"): the nightly cron
    /// line's command, then — the database lost after more saves, a stale journal beside it and the key gone — the
    /// restore lines, with the README's folders (`/srv/neuvo`, `/backup/neuvo`) and the backup's date replaced by the
    /// test's. The database reports as at the backup, its key finds the returning client, and `neuvo check` is OK.
    @Test func theReadmesNightlyBackupAndRestoreStepsBringBackTheDatabaseAndItsKey() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let live = directory.appendingPathComponent("db").path, backups = directory.appendingPathComponent("backups").path
        try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: true)
        func asHere(_ lines: String) -> String {
            lines.replacingOccurrences(of: "/srv/neuvo", with: live).replacingOccurrences(of: "/backup/neuvo", with: backups)
        }
        func bash(_ script: String) throws -> NeuvoProcess.Result {
            try NeuvoProcess.run(
                ["-c", "set -euo pipefail\n" + script],
                environment: ["PATH": NeuvoProcess.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"], executable: "/bin/bash")
        }
        let atBackup = try Self.report(db)

        // The cron line's command: what follows its five time fields and its user.
        let cron = try PostgresRestoreTests.readmeRestoreLines(marker: "sqlite-backup-test")
            .split(separator: "\n").first { !$0.hasPrefix("#") && !$0.isEmpty }
        let command = cron.map { $0.split(separator: " ", maxSplits: 6).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? ""
        #expect(command.hasPrefix("neuvo backup"), "the README's cron line: \(cron ?? "none")")
        let backedUp = try bash(asHere(command))
        #expect(backedUp.status == 0, "\(backedUp.stdout)\(backedUp.stderr)")
        let made = try FileManager.default.contentsOfDirectory(atPath: backups).filter { $0.hasPrefix("neuvo-") }
        #expect(made.count == 1, "one dated backup: \(made)")
        guard let name = made.first else { return }

        // After the backup: more saves, then the disk's copy is lost with a stale journal beside it and the key gone.
        let later = directory.appendingPathComponent("later.csv").path
        try NeuvoProcess.run(["demo-data", "--seed", "6", "--days", "3"]).stdout.write(toFile: later, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", later, "--db", db]).status == 0)
        #expect(try Self.report(db) != atBackup)
        try Data("torn".utf8).write(to: URL(fileURLWithPath: db))
        try Data(repeating: 7, count: 4096).write(to: URL(fileURLWithPath: db + "-wal"))
        try FileManager.default.removeItem(atPath: live + "/pseudonym.key")

        let restore = asHere(try PostgresRestoreTests.readmeRestoreLines(marker: "sqlite-restore-test"))
            .replacingOccurrences(of: "neuvo-2026-12-07.sqlite", with: name)
        let restored = try bash(restore)
        #expect(restored.status == 0, "\(restored.stdout)\(restored.stderr)")
        #expect(restored.stdout.contains("OK"), "neuvo check ran last: \(restored.stdout)")
        #expect(!FileManager.default.fileExists(atPath: db + "-wal"))
        #expect(try Self.report(db) == atBackup)
        for file in [db, live + "/pseudonym.key"] {
            let mode = (try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o600, "\(file) is as private as before")
        }
        let data = try Self.neuvo(["client-data", "-", "--db", db], input: Self.code)
        guard case .array(let contacts)? = try JSONValue.object(data.stdout)["contacts"] else { Issue.record("\(data.stdout)\(data.stderr)"); return }
        #expect(contacts.count == 2, "the restored key finds the returning client")
        #expect(try Self.neuvo(["audit", "--verify", "--db", db]).status == 0, "the audit log's hash chain came whole")
    }

    @Test func anExistingTargetIsRefusedUnlessForcedAndPostgresPointsToPgDump() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let target = directory.appendingPathComponent("kept.sqlite").path
        try "precious".write(toFile: target, atomically: true, encoding: .utf8)
        let refused = try Self.neuvo(["backup", "--to", target, "--db", db])
        #expect(refused.status == 1 && refused.stderr == "neuvo: \(target) exists already: choose another name, or replace it with --force\n")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
        let forced = try Self.neuvo(["backup", "--to", target, "--db", db, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try Self.report(target) == Self.report(db))
        // Onto itself: bad usage.
        #expect(try Self.neuvo(["backup", "--to", db, "--db", db, "--force"]).status == 2)
        // Beside another installation's key: refused, that key untouched, nothing written.
        let other = directory.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let otherKey = try PseudonymKeyFile.loadOrCreateBytes(in: other.path)
        let beside = try Self.neuvo(["backup", "--to", other.appendingPathComponent("b.sqlite").path, "--db", db])
        #expect(beside.status == 1 && beside.stderr.contains("another installation's pseudonym key"), "\(beside.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path) == ["pseudonym.key"])
        #expect(try PseudonymKeyFile.loadOrCreateBytes(in: other.path) == otherKey)
        // PostgreSQL: one line naming pg_dump, exit 1 (no backup was made), whether or not a server is there.
        let postgres = try Self.neuvo(["backup", "--to", directory.appendingPathComponent("pg.sqlite").path, "--db", "postgresql:///neuvo?host=/nonexistent"])
        #expect(postgres.status == 1 && postgres.stderr.contains("pg_dump -Fc") && postgres.stderr.split(separator: "\n").count == 1)
    }
}
