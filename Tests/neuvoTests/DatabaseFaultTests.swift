import Foundation
import Testing
import TestSupport

/// The database file under faults (CONTRACT §3, §5): several processes writing at once, a process killed
/// in the middle of an import, a file that is not neuvo's or is from a newer neuvo, a file that cannot be
/// written, a missing directory, and the privacy of a new file. Everything runs the real binary, as a user
/// (or a second advisor's terminal, or a power cut) would.
struct DatabaseFaultTests {
    // MARK: - Helpers

    typealias Run = NeuvoProcess.Result

    /// Runs any program to completion (output small enough for pipes), in the tests' clean environment.
    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        try NeuvoProcess.run(arguments, executable: executable)
    }

    /// A neuvo database with a few contacts in `root/db`, imported from `root/contacts.csv`.
    static func smallDatabase(in root: URL) throws -> (directory: String, database: String, csv: String, count: Int) {
        let directory = root.path + "/db"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let database = directory + "/neuvo.sqlite"
        let csv = root.path + "/contacts.csv"
        let count = try writeSmallCSV(csv)
        #expect(try NeuvoProcess.run(["import", csv, "--db", database, "--lang", "en"]).status == 0)
        return (directory, database, csv, count)
    }

    static let environment = NeuvoProcess.environment
    static var neuvo: String { NeuvoProcess.binary.path }

    /// `bash -c script`, with `$NEUVO` set to the binary.
    static func bash(_ script: String) throws -> Run {
        try run("/bin/bash", ["-c", "NEUVO=\(quoted(neuvo)); " + script])
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// neuvo started with `arguments` (already quoted for bash) under `ulimit -f blocks`, its output discarded: a kill
    /// by the file-size limit, or by the test, in the middle of a long transaction.
    static func startUnderFileLimit(blocks: Int, _ arguments: String, environment: [String: String] = environment) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        // exec: the process is neuvo itself, with the limit.
        process.arguments = ["-c", "ulimit -f \(blocks) && exec \(quoted(neuvo)) \(arguments)"]
        process.currentDirectoryURL = NeuvoProcess.repository
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The sqlite3 command-line shell: an outside view of the file, not neuvo's own.
    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let result = try run("/usr/bin/sqlite3", ["-batch", database, sql])
        #expect(result.status == 0, "sqlite3 \(sql): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func contactCount(_ database: String) throws -> Int {
        Int(try sqlite(database, "SELECT count(*) FROM contact")) ?? -1
    }

    static func integrity(_ database: String) throws -> String {
        try sqlite(database, "PRAGMA integrity_check")
    }

    /// A valid synthetic contacts CSV from `neuvo demo-data`.
    static func demoCSV(seed: Int, days: Int) throws -> String {
        let result = try NeuvoProcess.run(["demo-data", "--seed", String(seed), "--days", String(days)])
        #expect(result.status == 0, "demo-data: \(result.stderr)")
        return result.stdout
    }

    /// A small valid CSV (header and `rows` contacts) written to `path`; returns the number of contacts.
    @discardableResult
    static func writeSmallCSV(_ path: String, rows: Int = 5, seed: Int = 3) throws -> Int {
        let lines = try demoCSV(seed: seed, days: 3).split(separator: "\n", omittingEmptySubsequences: true)
        precondition(lines.count > rows)
        try (lines.prefix(rows + 1).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return rows
    }

    /// Every file in `directory` with its bytes: to show that nothing was written, created or removed.
    static func snapshot(_ directory: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
        }
        return files
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Checks `condition` again and again until it holds or `seconds` pass; never a fixed sleep.
    static func poll(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(1_000)
        }
        return condition()
    }

    static let period = ["--from", "2000-01-01", "--to", "2099-12-31"]

    // MARK: - 1. Several processes writing at once

    /// Four advisors' processes import into one database at the same time: every contact is saved once,
    /// no import fails on a locked database, and the file is intact.
    @Test func fourProcessesSavingIntoOneDatabaseAtOnce() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.path + "/shared.sqlite"
        // The database exists already, as at a point where advisors share one.
        let first = root.path + "/first.csv"
        let firstCount = try Self.writeSmallCSV(first, rows: 3, seed: 5)
        #expect(try NeuvoProcess.run(["import", first, "--db", database, "--lang", "en"]).status == 0)
        let expected = try Self.writeBatches(in: root.path) + firstCount
        try Self.runLoops(root: root.path, database: database)
        #expect(try Self.integrity(database) == "ok")
        #expect(try Self.contactCount(database) == expected)
        let export = try NeuvoProcess.run(["export", "--db", database, "--lang", "en"])
        #expect(export.status == 0)
        #expect(export.stdout.split(separator: "\n").count == expected + 1)
        let imports = try Self.sqlite(database, "SELECT count(*) FROM audit WHERE command = 'import'")
        #expect(imports == "41")
    }

    /// The same four processes when the database does not exist yet: they race to create it, and still
    /// every contact is saved and the file is intact.
    @Test func fourProcessesCreatingOneNewDatabaseAtOnce() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.path + "/shared.sqlite"
        let expected = try Self.writeBatches(in: root.path)
        try Self.runLoops(root: root.path, database: database)
        #expect(try Self.integrity(database) == "ok")
        #expect(try Self.contactCount(database) == expected)
    }

    /// 4 × 10 small CSV files `p1-01.csv` …, a few rows each from one demo-data output; returns the total.
    /// Ten CSV files for each of `processes` (`p<process>-<batch>.csv`), of 2–5 contacts each, or `rows` each when
    /// given; returns how many contacts they hold.
    static func writeBatches(in directory: String, processes: Int = 4, rows fixed: Int? = nil) throws -> Int {
        let lines = try demoCSV(seed: 17, days: 5 * processes).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let header = lines[0]
        var rows = lines.dropFirst().makeIterator()
        var total = 0
        for process in 1...processes {
            for batch in 1...10 {
                var file = [header]
                for _ in 0..<(fixed ?? (2 + (process + batch) % 4)) {
                    file.append(rows.next()!)
                    total += 1
                }
                let name = String(format: "%@/p%d-%02d.csv", directory, process, batch)
                try (file.joined(separator: "\n") + "\n").write(toFile: name, atomically: true, encoding: .utf8)
            }
        }
        return total
    }

    /// Starts `processes` `bash -c` loops at once, each importing its ten files into `database`, and waits for all.
    static func runLoops(root: String, database: String, processes: Int = 4) throws {
        var loops: [(Int, Process)] = []
        for process in 1...processes {
            let script = """
                status=0
                for f in \(quoted(root))/p\(process)-*.csv; do
                    "$NEUVO" import "$f" --db \(quoted(database)) --lang en || { echo "failed: $f" >&2; status=1; }
                done
                exit $status
                """
            let loop = Process()
            loop.executableURL = URL(fileURLWithPath: "/bin/bash")
            loop.arguments = ["-c", "NEUVO=\(quoted(neuvo)); " + script]
            loop.currentDirectoryURL = NeuvoProcess.repository
            loop.environment = environment
            loop.standardInput = FileHandle.nullDevice
            loop.standardOutput = FileHandle(forWritingAtPath: try touch(root + "/loop\(process).out"))
            loop.standardError = FileHandle(forWritingAtPath: try touch(root + "/loop\(process).err"))
            loops.append((process, loop))
        }
        for (_, loop) in loops { try loop.run() }
        for (process, loop) in loops {
            loop.waitUntilExit()
            let errors = (try? String(contentsOfFile: root + "/loop\(process).err", encoding: .utf8)) ?? ""
            #expect(loop.terminationStatus == 0, "loop \(process): \(errors)")
            let done = (try? String(contentsOfFile: root + "/loop\(process).out", encoding: .utf8)) ?? ""
            #expect(done.split(separator: "\n").filter { $0.contains("contacts imported from") }.count == 10, "loop \(process): \(done)")
        }
    }

    /// Twenty advisors' processes saving 100 contacts each into one database at once, ten saves of ten: on a SQLite
    /// file and on PostgreSQL, none is lost or saved twice, and the database is intact.
    @Test(arguments: ["sqlite", "postgres"])
    func twentyProcessesSavingAHundredContactsEachAtOnce(_ backend: String) throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = backend == "sqlite" ? root.path + "/shared.sqlite" : try Backend.freshPostgresDatabase()
        let expected = try Self.writeBatches(in: root.path, processes: 20, rows: 10)
        #expect(expected == 2000)
        try Self.runLoops(root: root.path, database: database, processes: 20)
        let export = try NeuvoProcess.run(["export", "--db", database, "--lang", "en"])
        #expect(export.stdout.split(separator: "\n").count == expected + 1)
        let settings = try NeuvoProcess.run(["report", "--db", database, "--format", "json"] + Self.period)
        #expect(settings.stdout.contains("\"contacts\": 2000"), "\(settings.stdout.prefix(200))")
        if backend == "sqlite" { #expect(try Self.integrity(database) == "ok") }
    }

    static func touch(_ path: String) throws -> String {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        return path
    }

    // MARK: - 2. A process killed in the middle of an import

    /// `kill -9` (or a power cut) while a large import is being written: the file stays intact and holds none of the
    /// import, and the next import works. The import can never commit, however fast the machine: its files may not grow
    /// past 16 MB (`ulimit -f`), half of what its one transaction writes to the write-ahead log. It is killed once its
    /// transaction is under way (4 MB of log); should the limit come first, the kernel's SIGXFSZ kills it there.
    @Test func aProcessKilledInTheMiddleOfALargeImportLeavesAllOrNothing() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let big = root.path + "/big.csv", database = root.path + "/neuvo.sqlite"
        let made = try Self.bash(#""$NEUVO" demo-data --seed 11 --days 200 --volume 4 > "# + Self.quoted(big))
        #expect(made.status == 0, "demo-data: \(made.stderr)")
        let rows = try String(contentsOfFile: big, encoding: .utf8).utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } - 1
        #expect(rows > 50_000, "the file must be large enough for its transaction to pass the limit")

        let importing = try Self.startUnderFileLimit(blocks: 16384, "import \(Self.quoted(big)) --db \(Self.quoted(database)) --lang en")
        // The one transaction is under way once its pages spill into the write-ahead log.
        let wal = database + "-wal"
        let underWay = Self.poll(seconds: 600) { !importing.isRunning || Self.fileSize(wal) > 4_000_000 }
        #expect(underWay, "the import neither wrote 4 MB of its transaction nor ended in 10 minutes")
        if importing.isRunning { kill(importing.processIdentifier, SIGKILL) }
        importing.waitUntilExit()
        #expect(importing.terminationReason == .uncaughtSignal)
        #expect([SIGKILL, SIGXFSZ].contains(importing.terminationStatus), "ended with status \(importing.terminationStatus), not killed")
        #expect(Self.fileSize(wal) > 4_000_000, "killed before its transaction was under way")

        #expect(try Self.integrity(database) == "ok")
        let count = try Self.contactCount(database)
        #expect(count == 0, "\(count) of \(rows) contacts: a part of an import that never committed was saved")
        #expect(try Self.sqlite(database, "SELECT count(*) FROM audit WHERE command = 'import'") == "0")

        let small = root.path + "/small.csv"
        let smallCount = try Self.writeSmallCSV(small, rows: 4)
        let again = try NeuvoProcess.run(["import", small, "--db", database, "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\(smallCount) contacts imported"))
        #expect(try Self.contactCount(database) == count + smallCount)
        #expect(try Self.integrity(database) == "ok")
    }

    // MARK: - 3. A file that is not a neuvo database

    /// Neither `report` nor `import` touches a file that is not neuvo's: exit 1, a clear message, and the
    /// directory holds exactly the same bytes afterwards (no -wal, -shm or -journal file either).
    @Test(arguments: ["text", "other application's SQLite"])
    func aFileThatIsNotANeuvoDatabaseIsLeftUntouched(kind: String) throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.path + "/db"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let file = directory + "/neuvo.sqlite"
        if kind == "text" {
            try String(repeating: "Kahvi ja pulla, 3,50 €\nTee, 2,00 €\n", count: 200).write(toFile: file, atomically: true, encoding: .utf8)
        } else {
            _ = try Self.sqlite(file, """
                CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                INSERT INTO recipe (name) VALUES ('korvapuusti'), ('karjalanpiirakka');
                """)
        }
        let before = try Self.snapshot(directory)
        #expect(before.keys.sorted() == ["neuvo.sqlite"])
        #expect(before["neuvo.sqlite"].map(\.count) == Self.fileSize(file))

        let csv = root.path + "/contacts.csv"
        try Self.writeSmallCSV(csv)
        for arguments in [["report"] + Self.period, ["import", csv], ["export"]] {
            let result = try NeuvoProcess.run(arguments + ["--db", file, "--lang", "en"])
            #expect(result.status == 1, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("\(file) is not a neuvo database"), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "a one-line reason: \(result.stderr)")
            #expect(!result.stdout.contains("imported"))
            let after = try Self.snapshot(directory)
            #expect(after.keys.sorted() == ["neuvo.sqlite"], "\(arguments[0]) left \(after.keys.sorted())")
            #expect(after == before, "\(arguments[0]) changed the file")
        }
        if kind != "text" {
            #expect(try Self.sqlite(file, "SELECT group_concat(name) FROM recipe") == "korvapuusti,karjalanpiirakka")
        }
    }

    // MARK: - 4. A database from a newer neuvo

    @Test func aDatabaseFromANewerNeuvoIsLeftUntouched() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (directory, database, csv, count) = try Self.smallDatabase(in: root)
        _ = try Self.sqlite(database, "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        let before = try Self.snapshot(directory)
        #expect(before.keys.sorted() == ["neuvo.sqlite"])
        let mainBefore = try #require(before["neuvo.sqlite"])

        for arguments in [["report"] + Self.period, ["import", csv], ["export"]] {
            let result = try NeuvoProcess.run(arguments + ["--db", database, "--lang", "en"])
            #expect(result.status == 1, "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("\(database) was written by a newer neuvo"), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("v99: from the future"))
            #expect(result.stderr.contains("update neuvo"))
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "a one-line reason: \(result.stderr)")
            // The file itself is byte for byte the same. Looking into a WAL-mode file through a read-only
            // connection may leave SQLite's -shm index and an empty -wal beside it; an empty -wal holds no
            // change, so nothing was written.
            let after = try Self.snapshot(directory)
            #expect(after["neuvo.sqlite"] == mainBefore, "\(arguments[0]) changed the file")
            #expect((after["neuvo.sqlite-wal"]?.count ?? 0) == 0, "\(arguments[0]) wrote into the -wal")
            #expect(Set(after.keys).isSubset(of: ["neuvo.sqlite", "neuvo.sqlite-wal", "neuvo.sqlite-shm"]), "\(after.keys.sorted())")
        }
        #expect(try Self.contactCount(database) == count)
    }

    // MARK: - 5. A file that cannot be written

    /// The user neuvo runs as in these cases: an ordinary user. The tests often run as root, and root may
    /// write a 0444 file (Linux's access(W_OK) says yes to root, and so does open(O_RDWR)), so a read-only
    /// file cannot be shown to root at all. Running neuvo as `nobody` through setpriv(1) is the honest test of
    /// what an advisor sees; without root the test user is already an ordinary user. The binary runs from
    /// `Installed` in `root`, so that the checkout may be anywhere — also in a directory only its owner enters.
    static func asOrdinaryUser(_ arguments: [String], in root: URL) throws -> Run? {
        if geteuid() != 0 { return try run(neuvo, arguments) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        let installed = try Installed.make(in: root)
        return try run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", installed] + arguments)
    }

    /// Hands `paths` to the ordinary user `asOrdinaryUser` runs as (nothing to do when not root).
    static func giveToOrdinaryUser(_ paths: [String]) throws {
        guard geteuid() == 0 else { return }
        for path in paths { #expect(chown(path, 65534, 65534) == 0, "chown \(path)") }
    }

    /// Installed where its own directory cannot be listed (which once stopped it inside `Bundle.main`), run as an
    /// ordinary user: it finds `share/neuvo/data` beside its `bin` from `/proc/self/exe`.
    @Test func anInstalledBinaryFindsItsDataFromAnUnlistableDirectory() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let installed = try Installed.make(in: root)
        let arguments = ["demo-data", "--days", "1", "--points", "30", "--lang", "en"]
        let result: Run
        if geteuid() == 0 {
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "running as root needs setpriv to be an ordinary user")
            result = try Self.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", installed] + arguments)
        } else {
            let bin = URL(fileURLWithPath: installed).deletingLastPathComponent().path
            chmod(bin, 0o111)
            defer { chmod(bin, 0o755) }
            result = try Self.run(installed, arguments)
        }
        // Bad usage that names the data folder it found: the installed one, not the checkout's.
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains(root.path + "/installed/share/neuvo/data/points.json"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
    }

    /// A database file of the user's own, made read-only (0444), in a directory the user may write.
    @Test func aReadOnlyDatabaseFileIsRefusedAndLeftUntouched() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let (directory, database, csv, count) = try Self.smallDatabase(in: root)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }
        try Self.giveToOrdinaryUser([root.path, directory, csv] + leftovers)
        #expect(chmod(root.path, 0o755) == 0)
        #expect(chmod(csv, 0o644) == 0)
        #expect(chmod(database, 0o444) == 0)
        let before = try Self.snapshot(directory)

        for arguments in [["report"] + Self.period, ["import", csv]] {
            guard let result = try Self.asOrdinaryUser(arguments + ["--db", database, "--lang", "en"], in: root) else {
                Issue.record("running as root without setpriv: a read-only file cannot be shown to root")
                return
            }
            #expect(result.status == 1, "\(arguments[0]): \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains("\(database) cannot be written"), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.contains("(the file was left untouched)"))
            #expect(try Self.snapshot(directory) == before, "\(arguments[0]) changed the directory")
        }
        #expect(try Self.contactCount(database) == count)
    }

    /// A writable database file in a directory the user may not write: SQLite could not make its -wal
    /// file there, so neuvo refuses it as read-only too, before writing anything.
    @Test func aDatabaseInADirectoryThatCannotBeWrittenIsRefused() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.path + "/db"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let database = directory + "/neuvo.sqlite"
        let csv = root.path + "/contacts.csv"
        try Self.writeSmallCSV(csv)
        #expect(try NeuvoProcess.run(["import", csv, "--db", database, "--lang", "en"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).map { directory + "/" + $0 }
        try Self.giveToOrdinaryUser([csv] + leftovers)  // the file is the user's; the directory is not
        #expect(chmod(root.path, 0o755) == 0)
        #expect(chmod(csv, 0o644) == 0)
        #expect(chmod(directory, 0o555) == 0)
        defer { chmod(directory, 0o755) }
        let before = try Self.snapshot(directory)

        guard let result = try Self.asOrdinaryUser(["report"] + Self.period + ["--db", database, "--lang", "en"], in: root) else {
            Issue.record("running as root without setpriv: a read-only directory cannot be shown to root")
            return
        }
        #expect(result.status == 1, "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("\(database) cannot be written"), "\(result.stderr)")
        #expect(try Self.snapshot(directory) == before)
    }

    // MARK: - 6. A missing directory

    /// With `--db` the user chose the place: a missing directory is an error naming it, and nothing is made.
    @Test func aMissingDirectoryIsNamedAndNothingIsCreated() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        defer { try? FileManager.default.removeItem(atPath: top) }
        let missing = top + "/missing"
        let database = missing + "/n.sqlite"
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = root.path + "/contacts.csv"
        try Self.writeSmallCSV(csv)

        for arguments in [["import", csv], ["report"] + Self.period, ["export"], ["audit"]] {
            let result = try NeuvoProcess.run(arguments + ["--db", database, "--lang", "en"])
            #expect(result.status == 1, "\(arguments[0]): \(result.stderr)")
            // A command that only reads names the database it did not find; import, which would make it, the directory.
            let reason = arguments[0] == "import" ? "the directory \(missing) does not exist" : "there is no database at \(database)"
            #expect(result.stderr.contains(reason), "\(arguments[0]): \(result.stderr)")
            #expect(result.stderr.filter { $0 == "\n" }.count == 1, "a one-line reason: \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: top), "\(arguments[0]) created \(top)")
        }
    }

    // MARK: - 7. A new database is private

    @Test func aNewDatabaseIsPrivateAndTheImportIsAudited() throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let directory = root.path + "/shared-folder"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        let database = directory + "/neuvo.sqlite"
        let csv = root.path + "/contacts.csv"
        let count = try Self.writeSmallCSV(csv, rows: 7)
        let imported = try NeuvoProcess.run(["import", csv, "--db", database, "--lang", "en"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "\(count) contacts imported from \(csv)\n")

        var info = stat()
        #expect(stat(database, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600, "mode \(String(info.st_mode & 0o777, radix: 8))")
        #expect(info.st_uid == geteuid())
        for companion in ["-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: database + companion) {
            var companionInfo = stat()
            #expect(stat(database + companion, &companionInfo) == 0)
            #expect(companionInfo.st_mode & 0o077 == 0, "\(companion) is readable by others")
        }

        let user = try #require(getpwuid(geteuid())).pointee.pw_name.map { String(cString: $0) }
        let audit = try NeuvoProcess.run(["audit", "--db", database, "--lang", "en"])
        #expect(audit.status == 0, "\(audit.stderr)")
        let rows = audit.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        let importRows = rows.filter { $0.count > 3 && $0[2] == "import" }
        #expect(importRows.count == 1, "\(audit.stdout)")
        if let row = importRows.first {
            #expect(row[1] == user)
            #expect(row[3] == String(count))
        }
    }
}
