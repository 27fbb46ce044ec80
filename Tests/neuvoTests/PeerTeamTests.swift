import Foundation
import Testing
import TestSupport

/// A team of separate OS users on one PostgreSQL database with peer authentication, as on a server the advisors SSH
/// into: each runs neuvo as themselves, the URI names no user, and the server knows who they are. Needs root (to run
/// neuvo as other users, through setpriv); neuvo is installed for them in the test's own directory (`Installed`), so the
/// checkout may be anywhere. Without root it is skipped, which `make test` counts as a failure (Tests/no-skips.sh).
@Suite(.serialized, .enabled(if: OtherUsers.canSwitch, "needs root and setpriv, to run neuvo as other OS users"))
struct PeerTeamTests {
    /// Three OS users every Debian system has, each standing for a person: two advisors and a supervisor.
    static let anna = (name: "nobody", uid: "65534", gid: "65534")
    static let bert = (name: "daemon", uid: "1", gid: "1")
    static let sara = (name: "bin", uid: "2", gid: "2")

    /// `neuvo arguments…` as the OS user `who`, the binary installed where every user may run it.
    static func neuvo(
        as who: (name: String, uid: String, gid: String), installed: String, _ arguments: [String]
    ) throws -> NeuvoProcess.Result {
        let result = try Spawn.run(
            "/usr/bin/setpriv", ["--reuid=\(who.uid)", "--regid=\(who.gid)", "--clear-groups", installed] + arguments + ["--lang", "en"],
            environment: NeuvoProcess.environment.merging(["HOME": "/tmp"]) { $1 })
        return NeuvoProcess.Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    @Test func threePeopleAsThemselvesSeeWhatTheServerLetsThemSee() throws {
        let cluster = try PostgresCluster.start(peer: true)
        defer { try? cluster.stop() }
        try cluster.createLogin("neuvo_owner", createRole: true)
        for who in [Self.anna, Self.bert, Self.sara] { try cluster.createLogin(who.name) }
        let owner = try cluster.createDatabase(owner: "neuvo_owner")
        #expect(try NeuvoProcess.run(["init", "--db", owner]).status == 0)
        for arguments in [
            ["--set", "\(Self.anna.name)=advisor", "--point", "jarvenpaa-library"],
            ["--set", "\(Self.bert.name)=advisor", "--point", "kerava-service-centre"], ["--set", "\(Self.sara.name)=supervisor"],
        ] {
            let set = try NeuvoProcess.run(["roles", "--db", owner] + arguments)
            #expect(set.status == 0, "\(set.stderr)")
        }
        // The URI every advisor's machine has: no user in it; the server takes the OS user.
        let team = "postgresql:///\(PostgresCluster.databaseName(owner))?host=\(cluster.host)"

        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(chmod(directory.path, 0o755) == 0)
        let installed = try Installed.make(in: directory)
        for who in [Self.anna, Self.bert, Self.sara] {
            let runs = try Self.neuvo(as: who, installed: installed, ["--help"])
            try #require(runs.status == 0, "\(who.name) cannot run the installed neuvo: \(runs.stderr)")
        }
        let header = "occurred_at,point,channel,topics,resolved"
        let annas = directory.appendingPathComponent("anna.csv").path
        try "\(header)\n2026-11-20T10:00:00+02:00,jarvenpaa-library,walk-in,housing,yes\n2026-11-20T11:00:00+02:00,jarvenpaa-library,phone,benefits,no\n"
            .write(toFile: annas, atomically: true, encoding: .utf8)
        let berts = directory.appendingPathComponent("bert.csv").path
        try "\(header)\n2026-11-20T12:00:00+02:00,kerava-service-centre,walk-in,forms,yes\n".write(toFile: berts, atomically: true, encoding: .utf8)
        for file in [annas, berts] { #expect(chmod(file, 0o644) == 0) }

        let annaImports = try Self.neuvo(as: Self.anna, installed: installed, ["import", annas, "--db", team])
        #expect(annaImports.status == 0, "\(annaImports.stderr)")
        let bertImportsAnnas = try Self.neuvo(as: Self.bert, installed: installed, ["import", annas, "--db", team])
        #expect(bertImportsAnnas.status == 1 && bertImportsAnnas.stderr.contains("is not one of yours"), "\(bertImportsAnnas.stderr)")
        #expect(try Self.neuvo(as: Self.bert, installed: installed, ["import", berts, "--db", team]).status == 0)

        let bertSees = try Self.neuvo(as: Self.bert, installed: installed, ["export", "--db", team])
        #expect(!bertSees.stdout.contains("jarvenpaa-library"))
        #expect(bertSees.stdout.contains("kerava-service-centre"))
        let period = ["--from", "2026-11-20", "--to", "2026-11-20", "--format", "json"]
        let saraSees = try Self.neuvo(as: Self.sara, installed: installed, ["report", "--db", team] + period)
        #expect(saraSees.stdout.contains("\"contacts\": 3"), "\(saraSees.stdout.prefix(120))\(saraSees.stderr)")
        let saraImports = try Self.neuvo(as: Self.sara, installed: installed, ["import", berts, "--db", team])
        #expect(saraImports.status == 1, "a supervisor writes no contact")

        // Who did what is the server's word: each OS user's name, never one the client sent.
        let audit = try NeuvoProcess.run(["audit", "--db", owner])
        for who in [Self.anna, Self.bert, Self.sara] { #expect(audit.stdout.contains(" \(who.name) "), "\(who.name) in the audit log") }
    }
}

/// Whether the tests may run programs as other OS users: as root, through setpriv.
enum OtherUsers {
    static var canSwitch: Bool {
        geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
    }
}
