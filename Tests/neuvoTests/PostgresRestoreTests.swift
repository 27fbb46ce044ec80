import Foundation
import Testing
import TestSupport

/// The README's PostgreSQL backup and restore, run as written (CONTRACT §12: "a restore that was tried"): the lines
/// after its `restore-test` marker, from the run's cluster to a fresh one of their own, with the same reports after,
/// the audit log whole, an advisor's login and points restored with the roles, and `neuvo check` OK.
@Suite(.serialized)
struct PostgresRestoreTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    /// The shell lines of the README's block after the marker (`restore-test`: PostgreSQL's restore; BackupCommandTests
    /// runs SQLite's blocks by theirs).
    static func readmeRestoreLines(marker name: String = "restore-test") throws -> String {
        let readme = try String(contentsOf: NeuvoProcess.repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let marker = readme.range(of: "<!-- " + name + ":"), let open = readme.range(of: "```sh\n", range: marker.upperBound..<readme.endIndex),
            let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex)
        else { throw Missing() }
        return String(readme[open.upperBound..<close.lowerBound])
    }

    struct Missing: Error {}

    /// PostgreSQL's programs of the newest installed version, as Tests/postgres/cluster.sh picks them.
    static var postgresBin: String {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        let newest = versions.compactMap(Int.init).max().map { "/usr/lib/postgresql/\($0)/bin" }
        return newest ?? "/usr/bin"
    }

    @Test func theReadmesRestoreStepsGiveTheSameReportsOnAFreshServer() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let shared = try PostgresCluster.shared
        let source = try Backend.freshPostgresDatabase()
        let name = PostgresCluster.databaseName(source)
        let csv = directory.appendingPathComponent("contacts.csv").path
        try NeuvoProcess.run(["demo-data", "--seed", "8", "--days", "21"]).stdout.write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", csv, "--db", source]).status == 0)
        let advisor = "restore_advisor_\(UUID().uuidString.prefix(6).lowercased())"
        try shared.createLogin(advisor)
        let granted = try Self.neuvo(["roles", "--db", source, "--set", "\(advisor)=advisor", "--point", "jarvenpaa-library"])
        #expect(granted.status == 0, "\(granted.stderr)")
        let period = ["--from", "2000-01-01", "--to", "2099-12-31", "--format", "json"]
        let before = try Self.neuvo(["report", "--db", source] + period)
        #expect(before.status == 0, "\(before.stderr)")
        let advisorBefore = try Self.neuvo(["export", "--db", try Backend.postgresURI(source, as: advisor)])
        #expect(advisorBefore.status == 0, "\(advisorBefore.stderr)")

        let fresh = try PostgresCluster.start()
        defer { try? fresh.stop() }
        let script = try Self.readmeRestoreLines()
        let run = try NeuvoProcess.run(
            ["-c", "set -euo pipefail\n" + script], environment: [
                "FROM": shared.host, "TO": fresh.host, "DB": name,
                "PATH": "\(NeuvoProcess.binary.deletingLastPathComponent().path):\(Self.postgresBin):/usr/bin:/bin",
            ], executable: "/bin/bash", in: directory)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("OK connections:"), "neuvo check ran last: \(run.stdout)")

        let restored = fresh.uri(database: name, user: Backend.postgresOwner)
        let after = try Self.neuvo(["report", "--db", restored] + period)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout == before.stdout)
        #expect(try Self.neuvo(["audit", "--verify", "--db", restored]).status == 0, "the audit log's hash chain came whole")
        let advisorAfter = try Self.neuvo(["export", "--db", fresh.uri(database: name, user: advisor)])
        #expect(advisorAfter.status == 0, "\(advisorAfter.stderr)")
        #expect(advisorAfter.stdout == advisorBefore.stdout, "the advisor's login, role and points came with the roles")
        // On the restored server, a backup command points to pg_dump and makes nothing.
        let backup = try Self.neuvo(["backup", "--db", restored, "--to", directory.appendingPathComponent("x.sqlite").path])
        #expect(backup.status == 1 && backup.stderr.contains("pg_dump"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.sqlite").path))
    }
}

/// `neuvo check`'s connection room on PostgreSQL (CONTRACT §12): a server with `max_connections = 10` (7 for neuvo's
/// logins beside the 3 superuser-reserved), filled by sleeping sessions, turns OK to WARNING to CRITICAL.
@Suite(.serialized)
struct PostgresConnectionRoomTests {
    @Test func theConnectionRoomIsOKThenWarningThenCritical() throws {
        let server = try PostgresCluster.start()
        defer { try? server.stop() }
        #expect(try server.psql("ALTER SYSTEM SET max_connections = 10").status == 0)
        try server.restart()
        let uri = server.uri(database: "postgres")
        var sleepers: [Process] = []
        defer {
            _ = try? server.psql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'")
            for sleeper in sleepers { sleeper.waitUntilExit() }
        }
        func holdSessions(_ count: Int) throws {
            while sleepers.count < count {
                let sleeper = Process()
                sleeper.executableURL = URL(fileURLWithPath: PostgresRestoreTests.postgresBin + "/psql")
                sleeper.arguments = ["-X", "-q", "-d", uri, "-c", "SELECT pg_sleep(600)"]
                sleeper.standardOutput = FileHandle.nullDevice
                sleeper.standardError = FileHandle.nullDevice
                try sleeper.run()
                sleepers.append(sleeper)
            }
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline {
                let waiting = try server.psql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(600)%'")
                if waiting.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == String(count) { return }
                usleep(20_000)
            }
            Issue.record("the sleeping sessions did not all connect")
        }
        // The database has no neuvo schema: check names that, and still the server answered.
        func check() throws -> NeuvoProcess.Result { try NeuvoProcess.run(["check", "--db", uri, "--lang", "en", "--nagios"]) }
        let bare = try check()
        #expect(bare.status == 2 && bare.stdout.contains("neuvo init"), "\(bare.stdout)")

        let database = try server.createDatabase()
        let owner = "neuvo_owner"
        try server.createLogin(owner, createRole: true)
        #expect(try server.psql("ALTER DATABASE \(PostgresCluster.databaseName(database)) OWNER TO \(owner)").status == 0)
        let neuvoURI = server.uri(database: PostgresCluster.databaseName(database), user: owner)
        #expect(try NeuvoProcess.run(["init", "--db", neuvoURI]).status == 0)
        func room() throws -> (Int32, String) {
            let result = try NeuvoProcess.run(["check", "--db", neuvoURI, "--lang", "en", "--nagios"])
            return (result.status, result.stdout)
        }
        // 3 sleeping + the check's own = 4 of 7: 3 free, OK.
        try holdSessions(3)
        let ok = try room()
        #expect(ok.0 == 0 && ok.1.contains("OK connections: 4 of 7 connections in use (3 free; max_connections 10, 3 reserved)"), "\(ok.1)")
        #expect(ok.1.contains("connections=4;4;5;0;7"), "\(ok.1)")
        // 4 + 1 = 5 of 7: 2 free, WARNING.
        try holdSessions(4)
        let warning = try room()
        #expect(warning.0 == 1 && warning.1.hasPrefix("NEUVO WARNING - connections: the connection limit is near: 5 of 7 in use"), "\(warning.1)")
        // 5 + 1 = 6 of 7: 1 free, CRITICAL.
        try holdSessions(5)
        let critical = try room()
        #expect(critical.0 == 2 && critical.1.hasPrefix("NEUVO CRITICAL - connections:"), "\(critical.1)")
    }
}
