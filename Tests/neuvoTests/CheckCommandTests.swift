import Foundation
import Guidance
import Testing
import TestSupport
@testable import neuvo

/// `neuvo check` as monitoring calls it (CONTRACT §12): exit 0 when all is well and 1 when not, one line per finding;
/// `--nagios` with the plugin's codes and perfdata; `--format json`; a file that is not a neuvo database named for
/// what it is; nothing in the database changed.
struct CheckCommandTests {
    static func neuvo(_ arguments: [String], environment: [String: String] = [:]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"], environment: environment)
    }

    static func database(in directory: URL) throws -> String {
        let db = directory.appendingPathComponent("neuvo.sqlite").path
        let csv = directory.appendingPathComponent("contacts.csv").path
        try DatabaseFaultTests.writeSmallCSV(csv, rows: 5)
        #expect(try neuvo(["import", csv, "--db", db]).status == 0)
        _ = try PseudonymKeyFile.loadOrCreateBytes(in: directory.path)
        return db
    }

    /// The check's lines by what each checked: `check → (status word, message)`.
    static func findings(_ text: String) -> [String: (String, String)] {
        var found: [String: (String, String)] = [:]
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard words.count == 3, words[1].hasSuffix(":") else { continue }
            found[String(words[1].dropLast())] = (words[0], words[2])
        }
        return found
    }

    @Test func aHealthyDatabaseIsOKInEveryFormatAndIsLeftUnchanged() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let files = try DatabaseFaultTests.snapshot(directory.path)
        let text = try Self.neuvo(["check", "--db", db, "--warn-free", "1", "--critical-free", "0"])
        #expect(text.status == 0, "\(text.stdout)\(text.stderr)")
        let found = Self.findings(text.stdout)
        #expect(Set(found.keys) == ["data", "database", "schema", "integrity", "key", "disk"], "\(text.stdout)")
        #expect(found.values.allSatisfy { $0.0 == "OK" }, "\(text.stdout)")
        #expect(found["database"]?.1 == "\(db) opens (5 contacts)")
        #expect(text.stdout.split(separator: "\n").count == 6)

        let json = try Self.neuvo(["check", "--db", db, "--format", "json", "--warn-free", "1", "--critical-free", "0"])
        #expect(json.status == 0)
        let object = try JSONValue.object(json.stdout)
        #expect(object["status"] == .string("ok") && object["database"] == .string(db))
        guard case .array(let items)? = object["findings"], case .object(let figures)? = object["perfdata"] else {
            Issue.record("\(json.stdout)")
            return
        }
        #expect(items.count == 6)
        #expect(items.allSatisfy { item in
            guard case .object(let fields) = item else { return false }
            return Set(fields.keys) == ["check", "status", "message"] && fields["status"] == .string("ok")
        })
        #expect(figures["contacts"] == .number(5) && figures["disk_free"] != nil)

        let nagios = try Self.neuvo(["check", "--db", db, "--nagios", "--warn-free", "1", "--critical-free", "0"])
        #expect(nagios.status == 0)
        let first = nagios.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("NEUVO OK - ") && first.contains(" | contacts=5;;;; disk_free="), "\(first)")
        #expect(try DatabaseFaultTests.snapshot(directory.path) == files, "check changed nothing")
    }

    @Test func aFileThatIsNotANeuvoDatabaseIsNamedForWhatItIs() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = directory.appendingPathComponent("notes.txt").path
        try "not a database at all, just notes\n".write(toFile: text, atomically: true, encoding: .utf8)
        let other = directory.appendingPathComponent("other.sqlite").path
        _ = try DatabaseFaultTests.sqlite(other, "CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        let cases = [
            (text, "\(text) is not a SQLite database"),
            (other, "\(other) is a SQLite database without neuvo's schema"),
            (directory.appendingPathComponent("missing.sqlite").path, "there is no database at \(directory.path)/missing.sqlite"),
        ]
        for (path, said) in cases {
            let before = try DatabaseFaultTests.snapshot(directory.path)
            let result = try Self.neuvo(["check", "--db", path])
            #expect(result.status == 1, "\(result.stdout)")
            #expect(Self.findings(result.stdout)["database"].map { $0.0 == "CRITICAL" && $0.1 == said } == true, "\(result.stdout)")
            #expect(try DatabaseFaultTests.snapshot(directory.path) == before, "nothing made or changed")
            let nagios = try Self.neuvo(["check", "--db", path, "--nagios"])
            #expect(nagios.status == 2 && nagios.stdout.hasPrefix("NEUVO CRITICAL - database: \(said)"), "\(nagios.stdout)")
        }
    }

    @Test func aNewerOrOlderSchemaAMissingKeyAndALowDiskAreNamed() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let room = ["--warn-free", "1", "--critical-free", "0"]

        // The disk: under the warning threshold, WARNING (Nagios 1); under the critical one, CRITICAL (2).
        let low = try Self.neuvo(["check", "--db", db, "--warn-free", "100000000", "--critical-free", "0"])
        #expect(low.status == 1 && Self.findings(low.stdout)["disk"]?.0 == "WARNING", "\(low.stdout)")
        #expect(try Self.neuvo(["check", "--db", db, "--nagios", "--warn-free", "100000000", "--critical-free", "0"]).status == 1)
        #expect(try Self.neuvo(["check", "--db", db, "--nagios", "--warn-free", "100000000", "--critical-free", "100000000"]).status == 2)
        #expect(try Self.neuvo(["check", "--db", db, "--warn-free", "1", "--critical-free", "2"]).status == 2, "bad usage")

        // The key gone while contacts are held: returning clients would go unrecognised.
        let key = directory.appendingPathComponent("pseudonym.key")
        let bytes = try Data(contentsOf: key)
        try FileManager.default.removeItem(at: key)
        let noKey = try Self.neuvo(["check", "--db", db] + room)
        #expect(noKey.status == 1 && Self.findings(noKey.stdout)["key"]?.0 == "CRITICAL", "\(noKey.stdout)")
        try bytes.write(to: key)

        // A migration of a newer neuvo: this one is older than the database.
        _ = try DatabaseFaultTests.sqlite(db, "INSERT INTO grdb_migrations VALUES ('v99: from the future')")
        let newer = try Self.neuvo(["check", "--db", db] + room)
        #expect(newer.status == 1, "\(newer.stdout)")
        #expect(Self.findings(newer.stdout)["schema"].map { $0.0 == "CRITICAL" && $0.1.hasPrefix("this neuvo is older than the database") } == true)
        _ = try DatabaseFaultTests.sqlite(db, "DELETE FROM grdb_migrations WHERE identifier = 'v99: from the future'")
        #expect(try Self.neuvo(["check", "--db", db] + room).status == 0)

        // A migration not yet applied (as a database of an earlier neuvo): WARNING, run neuvo to migrate.
        let last = try DatabaseFaultTests.sqlite(db, "SELECT identifier FROM grdb_migrations ORDER BY rowid DESC LIMIT 1")
        _ = try DatabaseFaultTests.sqlite(db, "DELETE FROM grdb_migrations WHERE identifier = '\(last.replacingOccurrences(of: "'", with: "''"))'")
        let older = try Self.neuvo(["check", "--db", db, "--nagios"] + room)
        #expect(older.status == 1, "\(older.stdout)")
        #expect(older.stdout.hasPrefix("NEUVO WARNING - schema: the database is of an older version (missing: \(last)) – run neuvo to migrate"), "\(older.stdout)")
    }

    @Test func aDamagedDatabaseAndABrokenDataFolderAreCritical() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = try Self.database(in: directory)
        let csv = directory.appendingPathComponent("more.csv").path
        try DatabaseFaultTests.demoCSV(seed: 2, days: 30).write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", csv, "--db", db]).status == 0)
        let room = ["--warn-free", "1", "--critical-free", "0"]

        // The data folder: a copy with a broken vocabulary is named, and the other checks still speak.
        let data = directory.appendingPathComponent("data")
        try FileManager.default.copyItem(at: NeuvoProcess.repository.appendingPathComponent("data"), to: data)
        try "{ broken".write(to: data.appendingPathComponent(Catalog.vocabularyFile), atomically: true, encoding: .utf8)
        let broken = try Self.neuvo(["check", "--db", db] + room, environment: ["NEUVO_DATA": data.path])
        #expect(broken.status == 1)
        let found = Self.findings(broken.stdout)
        #expect(found["data"]?.0 == "CRITICAL" && found["data"]?.1.contains(Catalog.vocabularyFile) == true, "\(broken.stdout)")
        #expect(found["database"]?.0 == "OK" && found["integrity"]?.0 == "OK")

        // Pages of the file overwritten in the middle: the damage is found (or the file no longer opens).
        let size = DatabaseFaultTests.fileSize(db)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: db))
        try handle.seek(toOffset: UInt64(size / 2))
        try handle.write(contentsOf: Data(repeating: 0x5A, count: 8192))
        try handle.close()
        let damaged = try Self.neuvo(["check", "--db", db, "--nagios"] + room)
        #expect(damaged.status == 2, "\(damaged.stdout)")
        #expect(damaged.stdout.hasPrefix("NEUVO CRITICAL - "), "\(damaged.stdout)")
    }
}
