import Foundation
import Testing
import TestSupport

/// A team of separate OS users on one PostgreSQL database with peer authentication, as on a server the advisors SSH
/// into: each runs neuvo as themselves, the URI names no user, and the server knows who they are. Needs root (to run
/// neuvo as other users, through setpriv) and a checkout those users can read; otherwise it says why it does not run.
@Suite(.serialized, .enabled(if: OtherUsers.canRunNeuvo, "needs root, setpriv and a checkout other users can read"))
struct PeerTeamTests {
    /// Three OS users every Debian system has, each standing for a person: two advisors and a supervisor.
    static let anna = (name: "nobody", uid: "65534", gid: "65534")
    static let bert = (name: "daemon", uid: "1", gid: "1")
    static let sara = (name: "bin", uid: "2", gid: "2")

    /// `neuvo arguments…` as the OS user `who`.
    static func neuvo(as who: (name: String, uid: String, gid: String), _ arguments: [String]) throws -> NeuvoProcess.Result {
        let result = try Spawn.run(
            "/usr/bin/setpriv", ["--reuid=\(who.uid)", "--regid=\(who.gid)", "--clear-groups", NeuvoProcess.binary.path] + arguments + ["--lang", "en"],
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
        let header = "occurred_at,point,channel,topics,resolved"
        let annas = directory.appendingPathComponent("anna.csv").path
        try "\(header)\n2026-11-20T10:00:00+02:00,jarvenpaa-library,walk-in,housing,yes\n2026-11-20T11:00:00+02:00,jarvenpaa-library,phone,benefits,no\n"
            .write(toFile: annas, atomically: true, encoding: .utf8)
        let berts = directory.appendingPathComponent("bert.csv").path
        try "\(header)\n2026-11-20T12:00:00+02:00,kerava-service-centre,walk-in,forms,yes\n".write(toFile: berts, atomically: true, encoding: .utf8)
        for file in [annas, berts] { #expect(chmod(file, 0o644) == 0) }

        let annaImports = try Self.neuvo(as: Self.anna, ["import", annas, "--db", team])
        #expect(annaImports.status == 0, "\(annaImports.stderr)")
        let bertImportsAnnas = try Self.neuvo(as: Self.bert, ["import", annas, "--db", team])
        #expect(bertImportsAnnas.status == 1 && bertImportsAnnas.stderr.contains("is not one of yours"), "\(bertImportsAnnas.stderr)")
        #expect(try Self.neuvo(as: Self.bert, ["import", berts, "--db", team]).status == 0)

        let bertSees = try Self.neuvo(as: Self.bert, ["export", "--db", team])
        #expect(!bertSees.stdout.contains("jarvenpaa-library"))
        #expect(bertSees.stdout.contains("kerava-service-centre"))
        let period = ["--from", "2026-11-20", "--to", "2026-11-20", "--format", "json"]
        let saraSees = try Self.neuvo(as: Self.sara, ["report", "--db", team] + period)
        #expect(saraSees.stdout.contains("\"contacts\": 3"), "\(saraSees.stdout.prefix(120))\(saraSees.stderr)")
        let saraImports = try Self.neuvo(as: Self.sara, ["import", berts, "--db", team])
        #expect(saraImports.status == 1, "a supervisor writes no contact")

        // Who did what is the server's word: each OS user's name, never one the client sent.
        let audit = try NeuvoProcess.run(["audit", "--db", owner])
        for who in [Self.anna, Self.bert, Self.sara] { #expect(audit.stdout.contains(" \(who.name) "), "\(who.name) in the audit log") }
    }
}

/// Whether the tests may run neuvo as other OS users: as root, through setpriv, from a checkout they can read.
enum OtherUsers {
    static var canRunNeuvo: Bool {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return false }
        let help = try? Spawn.run(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", NeuvoProcess.binary.path, "--help"],
            environment: NeuvoProcess.environment)
        return help?.status == 0
    }
}
