import Foundation
import Testing
import TestSupport

/// Upgrades keep every byte (CONTRACT §12, issue 21): a SQLite database made by each earlier schema version's own
/// neuvo (Tests/Fixtures/upgrades/vN, made by make.sh from the schema-vN tags) opens in today's neuvo, which migrates it
/// in one transaction, and every report the old neuvo saved equals today's on the migrated file. A process killed in
/// the middle of the migration leaves the old database whole, and the next open migrates it.
struct UpgradeTests {
    static let fixtures = NeuvoProcess.repository.appendingPathComponent("Tests/Fixtures/upgrades")

    /// The versions with a fixture: v1, v2, … (each directory holding a neuvo.sqlite).
    static let versions: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: fixtures.path + "/\($0)/neuvo.sqlite") }
            .sorted { Int($0.dropFirst()) ?? 0 < Int($1.dropFirst()) ?? 0 }
    }()

    @Test func everyEarlierSchemaVersionHasAFixture() {
        #expect(Array(Self.versions.prefix(6)) == ["v1", "v2", "v3", "v4", "v5", "v6"])
    }

    // MARK: - Helpers

    /// A copy of the fixture's database and key in a directory of its own (the key beside the database, as neuvo
    /// looks for it), so that the committed files are never opened by a newer neuvo.
    static func copy(_ version: String, to root: URL) throws -> String {
        let directory = root.path + "/db"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        for name in ["neuvo.sqlite", "pseudonym.key"] where FileManager.default.fileExists(atPath: fixtures.path + "/\(version)/\(name)") {
            try FileManager.default.copyItem(atPath: fixtures.path + "/\(version)/\(name)", toPath: directory + "/" + name)
        }
        return directory + "/neuvo.sqlite"
    }

    static func sqlite(_ database: String, _ sql: String) throws -> String {
        let result = try NeuvoProcess.run(["-batch", database, sql], executable: "/usr/bin/sqlite3")
        #expect(result.status == 0, "sqlite3 \(sql): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The migrations recorded in the file, in the order they were applied.
    static func applied(_ database: String) throws -> [String] {
        try sqlite(database, "SELECT identifier FROM grdb_migrations ORDER BY rowid").split(separator: "\n").map(String.init)
    }

    /// The migrations today's neuvo records in a new database.
    static func todaysMigrations(in root: URL) throws -> [String] {
        let fresh = root.path + "/fresh.sqlite"
        FileManager.default.createFile(atPath: fresh, contents: nil)
        let result = try NeuvoProcess.run(["report", "--from", "2026-01-01", "--to", "2026-01-01", "--db", fresh, "--lang", "en"])
        #expect(result.status == 0, "a new database: \(result.stderr)")
        return try applied(fresh)
    }

    /// A saved report: its file name says its period and point (report-FROM-TO[-POINT].json).
    struct SavedReport {
        let name: String
        let arguments: [String]
        let json: Any
    }

    static func savedReports(_ version: String) throws -> [SavedReport] {
        let directory = fixtures.path + "/" + version
        return try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("report-") && $0.hasSuffix(".json") }
            .sorted().map { name in
                let stem = name.dropFirst("report-".count).dropLast(".json".count)
                let from = String(stem.prefix(10)), to = String(stem.dropFirst(11).prefix(10))
                let point = stem.count > 21 ? String(stem.dropFirst(22)) : nil
                let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + name))
                return SavedReport(
                    name: name, arguments: ["--from", from, "--to", to] + (point.map { ["--point", $0] } ?? []),
                    json: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
            }
    }

    /// Today's report as JSON.
    static func report(_ database: String, _ arguments: [String]) throws -> Any? {
        let result = try NeuvoProcess.run(["report"] + arguments + ["--format", "json", "--db", database, "--lang", "en"])
        #expect(result.status == 0, "report \(arguments): \(result.stderr)")
        return try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }

    /// Where `new` differs from `old` in what `old` has: every key the old report had, with the same value (a figure
    /// that did not exist then is not compared). Lists are compared whole.
    static func differences(old: Any, new: Any?, at path: String = "") -> [String] {
        switch (old, new) {
        case (let o as [String: Any], let n as [String: Any]):
            return o.keys.sorted().flatMap { key in differences(old: o[key]!, new: n[key], at: path + "." + key) }
        case (let o as [Any], let n as [Any]) where o.count == n.count:
            return zip(o, n).enumerated().flatMap { i, pair in differences(old: pair.0, new: pair.1, at: path + "[\(i)]") }
        case (let o as NSNumber, let n as NSNumber) where !(o is NSNull):
            return o.doubleValue == n.doubleValue ? [] : ["\(path): \(o) then, \(n) now"]
        case (let o as String, let n as String):
            return o == n ? [] : ["\(path): \(o) then, \(n) now"]
        case (is NSNull, is NSNull):
            return []
        default:
            return ["\(path): \(old) then, \(new.map { "\($0)" } ?? "missing") now"]
        }
    }

    /// Figures an old report printed without the data behind them, which today's neuvo counts: not compared.
    /// v3's report had `days_without_staffing` (CONTRACT §7's model came a version before its store, v4) and printed 0
    /// with no staffing kept at all; today it counts the days with contacts and no staffing record, as v4 on did.
    static let printedWithoutData: [String: Set<String>] = ["v3": [".days_without_staffing"], "v3/postgres": [".days_without_staffing"]]

    static func expectReportsEqual(_ version: String, _ database: String, saved folder: String? = nil) throws {
        let saved = try savedReports(folder ?? version)
        #expect(saved.count >= 3, "\(version): the fixture keeps its reports")
        for old in saved {
            let now = try report(database, old.arguments)
            let skipped = printedWithoutData[folder ?? version] ?? []
            let found = differences(old: old.json, new: now).filter { line in !skipped.contains { line.hasPrefix($0 + ":") } }
            #expect(found.isEmpty, "\(version) \(old.name): \(found.prefix(10).joined(separator: "; "))")
        }
        // The handoffs the old neuvo sent (v18's fixtures on): listed as they were, the client's details with them.
        let handoffs = fixtures.path + "/" + (folder ?? version) + "/handoffs.json"
        if let data = FileManager.default.contents(atPath: handoffs) {
            let listed = try NeuvoProcess.run(["handoffs", "--format", "json", "--db", database, "--lang", "en"])
            #expect(listed.status == 0, "handoffs: \(listed.stderr)")
            let now = try? JSONSerialization.jsonObject(with: Data(listed.stdout.utf8), options: [.fragmentsAllowed])
            let found = differences(old: try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]), new: now)
            #expect(found.isEmpty, "\(version) handoffs: \(found.prefix(10).joined(separator: "; "))")
        }
    }

    // MARK: - Every earlier database opens, migrated in one go, and reports what it did

    @Test(arguments: versions)
    func anEarlierDatabaseOpensAndReportsAsItDid(_ version: String) throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = try Self.copy(version, to: root)
        let before = try Self.applied(database)
        let today = try Self.todaysMigrations(in: root)
        #expect(!before.isEmpty && before.count < today.count, "\(version): an earlier version's database")

        try Self.expectReportsEqual(version, database)

        // Migrated: every migration of today's neuvo recorded, the earlier ones kept first, the rest in today's order.
        let after = try Self.applied(database)
        #expect(after == before + today.filter { !before.contains($0) })
        #expect(Set(after) == Set(today))
        #expect(try Self.sqlite(database, "PRAGMA integrity_check") == "ok")
        #expect(try Self.sqlite(database, "PRAGMA foreign_key_check") == "")
        // The contacts are all there: none lost, none made.
        let contacts = try Self.sqlite(database, "SELECT count(*) FROM contact")
        let made = try String(contentsOfFile: Self.fixtures.path + "/\(version)/made.txt", encoding: .utf8)
        #expect(made.contains("contacts: \(contacts)"), "\(version): \(contacts) contacts after the upgrade; made with \(made)")
    }

    // MARK: - A kill during the migration

    /// The migration is killed part-way at several points, deterministically and with no hook in neuvo: the kernel ends
    /// the process (SIGXFSZ, which no code can catch or finish after) at the write that takes a file past `ulimit -f`,
    /// i.e. when the write-ahead log of the one migrating transaction reaches 36, 40, 48 … KB. Each kill before the commit
    /// must leave the old version's file byte for byte and its history the old one — not some of the migrations, as one
    /// transaction per migration would leave; a kill after the commit (while the log is copied into the file) leaves all
    /// of them. The next open migrates it.
    @Test(arguments: versions)
    func aKillDuringTheMigrationLeavesTheOldDatabaseWhole(_ version: String) throws {
        let root = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let database = try Self.copy(version, to: root)
        let before = try Self.applied(database)
        let today = try Self.todaysMigrations(in: root)
        let neuvo = NeuvoProcess.binary.path
        var killed = 0, committedAt: Int?
        // From 36 KB: SQLite's shared-memory index (-shm) is 32 KB, so a lower limit ends neuvo before it reads.
        for kilobytes in [36, 40, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024] {
            // python3 puts back SIGXFSZ's default and unblocks it (the test runner's mask and dispositions pass through
            // bash and exec, and a blocked signal lets the write fail with EFBIG instead), sets the limit, execs neuvo.
            let limit = kilobytes * 1024
            // The file as this run finds it (sqlite3's looks after the last kill may have touched its header's counters).
            let original = try Data(contentsOf: URL(fileURLWithPath: database))
            let run = try NeuvoProcess.run(
                [
                    "-c",
                    "import os, resource, signal, sys; signal.signal(signal.SIGXFSZ, signal.SIG_DFL); "
                        + "signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGXFSZ]); "
                        + "resource.setrlimit(resource.RLIMIT_CORE, (0, 0)); resource.setrlimit(resource.RLIMIT_FSIZE, (\(limit), \(limit))); "
                        + "os.execv(sys.argv[1], sys.argv[1:])",
                    neuvo, "report", "--from", "2026-01-01", "--to", "2026-01-01", "--db", database, "--lang", "en",
                ],
                executable: "/usr/bin/python3")
            if run.status == 0 {  // the whole migration fitted under this limit
                committedAt = kilobytes
                break
            }
            #expect(run.status == SIGXFSZ, "limit \(kilobytes) KB: exit \(run.status), \(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: database + "-wal"), "limit \(kilobytes) KB: killed before the migration wrote")
            // The file's bytes before anything (sqlite3 included) opens it again and recovers its log.
            let bytes = try Data(contentsOf: URL(fileURLWithPath: database))
            #expect(try Self.sqlite(database, "PRAGMA integrity_check") == "ok")
            let history = try Self.applied(database)
            if history == before {
                #expect(bytes == original, "limit \(kilobytes) KB: the database file changed under a migration that never committed")
                killed += 1
            } else {
                // Killed after the commit (copying the log into the file): then all of it is there, never a part.
                #expect(Set(history) == Set(today), "limit \(kilobytes) KB: a part of the migration was kept: \(history)")
                committedAt = kilobytes
                break
            }
        }
        // A migration that commits under the lowest limit (v9 on: what is left today is v12–v15's small slots) cannot
        // be killed part-way by this means; any larger one must be, at least twice.
        #expect(killed >= 2 || committedAt == 36, "\(version): the migration must be killed part-way at least twice (killed \(killed) times)")

        // The next open migrates it, and it reports as the old version did.
        try Self.expectReportsEqual(version, database)
        #expect(Set(try Self.applied(database)) == Set(today))
    }

    // MARK: - PostgreSQL: a database dumped from an earlier version, restored, opened by today's neuvo

    /// The versions with a PostgreSQL dump (v3–v6: `neuvo init` came with v3; and v18, the newest before v19 rewrote
    /// the tables).
    static let postgresVersions: [String] = versions.filter {
        FileManager.default.fileExists(atPath: fixtures.path + "/\($0)/postgres/dump.sql")
    }

    @Test func theFirstPostgreSQLVersionsHaveDumps() {
        #expect(Array(Self.postgresVersions.prefix(4)) == ["v3", "v4", "v5", "v6"])
    }

    /// The dump is restored as a region's IT would (`psql -f`, its group roles first) into a new database on a
    /// throwaway cluster; today's neuvo, opened by the owner, migrates it (in one transaction, as `neuvo init` does) and
    /// every report equals the one the old neuvo gave on the same database.
    @Test(arguments: postgresVersions)
    func anEarlierPostgreSQLDatabaseRestoresAndReportsAsItDid(_ version: String) throws {
        let cluster = try PostgresCluster.shared
        let folder = Self.fixtures.path + "/\(version)/postgres"
        // The group roles the dump grants to; a role the cluster already has (another test made it) is kept.
        _ = try Self.psqlFile(cluster, folder + "/roles.sql", database: "postgres", stopOnError: false)
        let uri = try cluster.createDatabase()
        let restored = try Self.psqlFile(cluster, folder + "/dump.sql", database: PostgresCluster.databaseName(uri), stopOnError: true)
        #expect(restored.status == 0, "\(version): the dump did not restore: \(restored.stderr)")
        let before = try cluster.psql(#"SELECT count(*) FROM neuvo.migration"#, database: uri).stdout
        let count = Int(before.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let scratch = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let today = try Self.todaysMigrations(in: scratch)
        #expect(count > 0 && count < today.count, "\(version): an earlier version's history (\(count) migrations)")

        try Self.expectReportsEqual(version, uri, saved: version + "/postgres")

        let after = try cluster.psql(#"SELECT "identifier" FROM neuvo.migrations()"#, database: uri)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(Set(after.stdout.split(separator: "\n").map(String.init)) == Set(today), "\(version): not every migration applied")
    }

    /// Runs `psql -f file` on the cluster as its superuser.
    static func psqlFile(_ cluster: PostgresCluster, _ file: String, database: String, stopOnError: Bool) throws -> NeuvoProcess.Result {
        let root = "/usr/lib/postgresql"
        let newest = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted().last
        let psql = newest.map { "\(root)/\($0)/bin/psql" } ?? "/usr/bin/psql"
        return try NeuvoProcess.run(
            ["-X", "-q", "-v", "ON_ERROR_STOP=\(stopOnError ? 1 : 0)", "-h", cluster.host, "-U", cluster.superuser, "-d", database, "-f", file],
            executable: psql)
    }
}
