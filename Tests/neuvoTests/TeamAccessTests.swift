import Foundation
import Testing
import TestSupport

/// What a region's IT tripped on (issue 17): roles that leaked from a test copy into production on the same server,
/// `init` run as the superuser, an owner without CREATEROLE.
struct TeamAccessTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    static func whoami(_ uri: String, as login: String) throws -> String {
        let result = try PostgresCluster.shared.psql(
            "SELECT coalesce(role, 'none') || ':' || array_to_string(points, ',') FROM neuvo.whoami()", database: uri, user: login)
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    static func auditDetails(_ uri: String) throws -> String {
        try PostgresCluster.shared.psql(#"SELECT string_agg("details", '|' ORDER BY "id") FROM neuvo.audit"#, database: uri, user: Backend.postgresOwner)
            .stdout
    }

    @Test func aDatabasesRolesStayInItAndAreAuditedThere() throws {
        // Production and a training copy on one server, one owner, one login.
        let production = try Backend.freshPostgresDatabase()
        let training = try Backend.freshPostgresDatabase()
        let anna = "access_anna_" + UUID().uuidString.prefix(6).lowercased()
        try PostgresCluster.shared.createLogin(anna)
        #expect(try Self.neuvo(["roles", "--db", production, "--set", "\(anna)=advisor", "--point", "jarvenpaa-library"]).status == 0)
        #expect(try Self.whoami(production, as: anna) == "advisor:jarvenpaa-library")
        // Not a role in the training copy because she has one in production.
        #expect(try Self.whoami(training, as: anna) == "none:")
        let listed = try Self.neuvo(["roles", "--db", training])
        #expect(listed.status == 0 && !listed.stdout.contains(anna), "\(listed.stdout)")
        // Set and removed in the training copy: production keeps her as she was, and only the copy's log says so.
        let set = try Self.neuvo(["roles", "--db", training, "--set", "\(anna)=supervisor"])
        #expect(set.status == 0, "\(set.stderr)")
        #expect(try Self.whoami(training, as: anna) == "supervisor:")
        #expect(try Self.whoami(production, as: anna) == "advisor:jarvenpaa-library")
        let removed = try Self.neuvo(["roles", "--db", training, "--remove", anna])
        #expect(removed.status == 0 && !removed.stdout.contains(anna), "\(removed.stdout)")
        #expect(try Self.whoami(training, as: anna) == "none:")
        #expect(try Self.whoami(production, as: anna) == "advisor:jarvenpaa-library")
        let production1 = try Self.neuvo(["roles", "--db", production])
        #expect(production1.stdout.contains("\(anna)\tadvisor\tjarvenpaa-library"), "\(production1.stdout)")
        #expect(try Self.auditDetails(training).contains("roles \(anna): none"))
        #expect(try Self.auditDetails(training).contains("roles \(anna): supervisor"))
        #expect(!(try Self.auditDetails(production).contains("roles \(anna): none")))
        #expect(!(try Self.auditDetails(production).contains("roles \(anna): supervisor")))
        // Her production screens still open as an advisor's.
        let report = try Self.neuvo(["audit", "--verify", "--db", try Backend.postgresURI(production, as: anna)])
        #expect(report.stderr.contains("neuvo audit is for owner and supervisor only"), "an advisor in production: \(report.stderr)")
        // A database made now starts with no roles at all, whatever the cluster's group roles hold.
        let later = try Backend.bareDatabase()
        #expect(try Self.neuvo(["init", "--db", later]).status == 0)
        #expect(try Self.whoami(later, as: anna) == "none:")
    }

    @Test func initByTheSuperuserLeavesTheOwnerInCharge() throws {
        let uri = try Backend.bareDatabase()
        let cluster = try PostgresCluster.shared
        let asSuperuser = try Backend.postgresURI(uri, as: cluster.superuser)
        let first = try Self.neuvo(["init", "--db", asSuperuser])
        #expect(first.status == 0, "\(first.stderr)")
        // The owner owns what init made, and runs everything afterwards.
        let owners = try cluster.psql(
            """
            SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class WHERE relnamespace = 'neuvo'::regnamespace
            UNION SELECT DISTINCT pg_get_userbyid(proowner) FROM pg_proc WHERE pronamespace = 'neuvo'::regnamespace
            UNION SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'neuvo'
            """, database: uri)
        #expect(owners.stdout == Backend.postgresOwner + "\n", "\(owners.stdout)")
        let login = "access_sara_" + UUID().uuidString.prefix(6).lowercased()
        try cluster.createLogin(login)
        let roles = try Self.neuvo(["roles", "--db", uri, "--set", "\(login)=supervisor"])
        #expect(roles.status == 0, "\(roles.stderr)")
        #expect(try Self.neuvo(["report", "--db", uri, "--from", "2026-01-01", "--to", "2026-01-31"]).status == 0)
        #expect(try Self.neuvo(["audit", "--verify", "--db", uri]).status == 0)
        #expect(try Self.neuvo(["init", "--db", uri]).stdout.contains("already up to date"))
        // The superuser's run is in the log under the superuser's login.
        #expect(try Self.auditDetails(uri).contains("init: v1: contact log"))
    }

    @Test func anOwnerWithoutCreateRoleIsRefusedAtInitWithTheFix() throws {
        let cluster = try PostgresCluster.shared
        _ = try Backend.bareDatabase()  // the shared owner and template exist
        let owner = "access_owner_" + UUID().uuidString.prefix(6).lowercased()
        try cluster.createLogin(owner, createRole: false)
        let uri = try cluster.createDatabase(owner: owner)
        let refused = try Self.neuvo(["init", "--db", uri])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("ALTER ROLE \(owner) CREATEROLE"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        let schema = try cluster.psql("SELECT count(*) FROM pg_namespace WHERE nspname = 'neuvo'", database: uri)
        #expect(schema.stdout == "0\n", "nothing was made")
        let extensions = try cluster.psql("SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'", database: uri)
        #expect(extensions.stdout == "0\n", "nothing was made")
        // With the fix, init goes through and roles work.
        #expect(try cluster.psql("ALTER ROLE \(PostgresCluster.quoteIdentifier(owner)) CREATEROLE").status == 0)
        let again = try Self.neuvo(["init", "--db", uri])
        #expect(again.status == 0, "\(again.stderr)")
    }
}
