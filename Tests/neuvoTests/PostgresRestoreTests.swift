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

    /// The shell lines of the README's block after the marker.
    static func readmeRestoreLines() throws -> String {
        let readme = try String(contentsOf: NeuvoProcess.repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let marker = readme.range(of: "<!-- restore-test"), let open = readme.range(of: "```sh\n", range: marker.upperBound..<readme.endIndex),
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
