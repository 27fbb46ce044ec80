import Foundation
import Testing
import TestSupport

/// `neuvo init`, `neuvo roles` and `neuvo copy` as a region's IT runs them, on the test run's PostgreSQL cluster.
struct TeamCommandTests {
    static let period = ["--from", "2000-01-01", "--to", "2099-12-31"]

    /// A bare database owned by a login with CREATEROLE (no superuser), as the DBA hands it over; its URI as the owner.
    static func bareDatabase() throws -> String {
        try Backend.bareDatabase()
    }

    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    @Test func initMakesTheDatabaseReadyAndAgainChangesNothing() throws {
        let uri = try Self.bareDatabase()
        let first = try Self.neuvo(["init", "--db", uri])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("is ready for neuvo"))
        #expect(first.stdout.contains("v1: contact log, v2: follow-ups, v3: contacts by hour"))
        let again = try Self.neuvo(["init", "--db", uri])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already up to date; nothing was changed"))
        // The group roles exist, and the run is in the audit log under the login the server authenticated.
        let roles = try PostgresCluster.shared.psql(
            "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname IN ('neuvo_advisor', 'neuvo_supervisor', 'neuvo_trainer')")
        #expect(roles.stdout == "neuvo_advisor,neuvo_supervisor,neuvo_trainer\n")
        let audit = try Self.neuvo(["audit", "--db", uri])
        #expect(audit.stdout.contains("init"))
        #expect(audit.stdout.contains(Backend.postgresOwner))
    }

    @Test func initRefusesADatabaseWithTablesNeuvoDidNotMakeAndChangesNothing() throws {
        let uri = try Self.bareDatabase()
        let cluster = try PostgresCluster.shared
        #expect(try cluster.psql("CREATE TABLE patients (id int)", database: uri, user: Backend.postgresOwner).status == 0)
        let refused = try Self.neuvo(["init", "--db", uri])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds tables neuvo did not make (public.patients)"), "\(refused.stderr)")
        let schema = try cluster.psql("SELECT count(*) FROM pg_namespace WHERE nspname = 'neuvo'", database: uri)
        #expect(schema.stdout == "0\n", "nothing was made")
    }

    @Test func onlyTheOwnerInitsAndGrantsAndAnUninitialisedDatabaseIsNamed() throws {
        let uri = try Self.bareDatabase()
        let login = "team_cmd_" + UUID().uuidString.prefix(6).lowercased()
        try PostgresCluster.shared.createLogin(login)
        let asOther = uri.replacingOccurrences(of: "user=\(Backend.postgresOwner)", with: "user=\(login)")
        let notOwner = try Self.neuvo(["init", "--db", asOther])
        #expect(notOwner.status == 1)
        #expect(notOwner.stderr.contains("only the owner of the database"), "\(notOwner.stderr)")
        let report = try Self.neuvo(["report", "--db", uri] + Self.period)
        #expect(report.status == 1)
        #expect(report.stderr.contains("neuvo init --db URI"), "\(report.stderr)")
        #expect(try Self.neuvo(["init", "--db", uri]).status == 0)
        let grant = try Self.neuvo(["roles", "--db", asOther, "--set", "\(login)=supervisor"])
        #expect(grant.status == 1)
    }

    @Test func rolesGrantsRevokesAndNamesWhatIsWrong() throws {
        let uri = try Backend.freshPostgresDatabase()
        let anna = "team_anna_" + UUID().uuidString.prefix(6).lowercased()
        try PostgresCluster.shared.createLogin(anna)
        let set = try Self.neuvo(["roles", "--db", uri, "--set", "\(anna)=advisor", "--point", "kerava-service-centre", "--point", "jarvenpaa-library"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout.contains("\(anna)\tadvisor\tjarvenpaa-library,kerava-service-centre"))
        let supervisor = try Self.neuvo(["roles", "--db", uri, "--set", "\(anna)=supervisor"])
        #expect(supervisor.stdout.contains("\(anna)\tsupervisor\n"), "one role at a time: \(supervisor.stdout)")
        let removed = try Self.neuvo(["roles", "--db", uri, "--remove", anna])
        #expect(!removed.stdout.contains(anna))
        let noPoint = try Self.neuvo(["roles", "--db", uri, "--set", "\(anna)=advisor"])
        #expect(noPoint.status == 1 && noPoint.stderr.contains("needs at least one point"))
        let unknownPoint = try Self.neuvo(["roles", "--db", uri, "--set", "\(anna)=advisor", "--point", "atlantis"])
        #expect(unknownPoint.status == 2 && unknownPoint.stderr.contains("atlantis"))
        let noLogin = try Self.neuvo(["roles", "--db", uri, "--set", "nobody_here=advisor", "--point", "jarvenpaa-library"])
        #expect(noLogin.status == 1 && noLogin.stderr.contains("CREATE ROLE nobody_here LOGIN"))
        let audit = try Self.neuvo(["audit", "--db", uri])
        #expect(audit.stdout.contains("roles \(anna): advisor (jarvenpaa-library, kerava-service-centre)"))
        #expect(audit.stdout.contains("roles \(anna): none"))
    }

    @Test func copyMovesAWholeDatabaseBothWaysWithEqualReports() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = directory.appendingPathComponent("point.sqlite").path
        let csv = directory.appendingPathComponent("contacts.csv").path
        let demo = try NeuvoProcess.run(["demo-data", "--seed", "4", "--days", "21"])
        try demo.stdout.write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(try Self.neuvo(["import", csv, "--db", sqlite]).status == 0)
        #expect(try Self.neuvo(["settings", "--db", sqlite, "--follow-up-days", "10"]).status == 0)
        let postgres = try Backend.freshPostgresDatabase()
        let toServer = try Self.neuvo(["copy", "--from", sqlite, "--to", postgres])
        #expect(toServer.status == 0, "\(toServer.stderr)")
        let back = directory.appendingPathComponent("back/point.sqlite").path
        try FileManager.default.createDirectory(atPath: (back as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let toFile = try Self.neuvo(["copy", "--from", postgres, "--to", back])
        #expect(toFile.status == 0, "\(toFile.stderr)")
        let reports = try [sqlite, postgres, back].map { try Self.neuvo(["report", "--db", $0, "--format", "json"] + Self.period).stdout }
        #expect(reports[0] == reports[1])
        #expect(reports[1] == reports[2])
        let exports = try [sqlite, postgres, back].map { try Self.neuvo(["export", "--db", $0]).stdout }
        #expect(exports[0] == exports[1] && exports[1] == exports[2])
        #expect(try Self.neuvo(["settings", "--db", back]).stdout.contains("10"))
        // The key came along: the same identity code gives the same pseudonym everywhere.
        let key = try Data(contentsOf: URL(fileURLWithPath: directory.appendingPathComponent("pseudonym.key").path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: directory.appendingPathComponent("back/pseudonym.key").path)) == key)
        // Into a database that holds contacts: refused, nothing changed.
        let again = try Self.neuvo(["copy", "--from", sqlite, "--to", postgres])
        #expect(again.status == 1 && again.stderr.contains("already holds contacts"))
        #expect(try Self.neuvo(["export", "--db", postgres]).stdout == exports[1])
    }
}
