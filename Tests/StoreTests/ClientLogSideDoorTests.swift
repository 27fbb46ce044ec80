import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// The client's log review and access request on PostgreSQL attacked as each role through `psql` (CONTRACT §11, §6):
/// only the owner and supervisors search, by identity code only, never learning the pseudonym; forged arguments are
/// refused; a supervisor's look-ups are limited like an advisor's, also in a transaction rolled back; each search is
/// an audit row naming the client.
@Suite(.serialized)
struct ClientLogSideDoorTests {
    typealias Team = PostgresRulesTests.Team
    static let code = PostgresRulesTests.identityCode
    static let calls = [
        "SELECT * FROM neuvo.client_audit('\(code)')", "SELECT neuvo.client_data('\(code)')",
        "SELECT * FROM neuvo.login_audit('\(Backend.postgresOwner)')",
    ]

    @Test func onlyTheOwnerAndSupervisorsSearchAndNeverSeeThePseudonym() throws {
        let team = try Team()
        for login in [team.advisor, team.trainer, team.board] {
            for call in Self.calls {
                try team.expectRefused(call, as: login, "42501", "owner")
            }
        }
        for login in [Backend.postgresOwner, team.supervisor] {
            let rows = try team.lines(#"SELECT "details" FROM neuvo.client_audit('\#(Self.code)')"#, as: login)
            #expect(rows.contains { $0.contains("contact \(team.atLibrary[1])") }, "\(login): \(rows)")
            #expect(!rows.contains { $0.contains("contact \(team.atLibrary[0])") }, "\(login): another client's row: \(rows)")
            let data = try team.lines("SELECT neuvo.client_data('\(Self.code)')", as: login).joined()
            #expect(data.contains("\"id\": \(team.atLibrary[1])") && data.contains("\"id\": \(team.atKerava[1])"), "\(login): \(data)")
            #expect(!data.contains("\"id\": \(team.atLibrary[0]),"), "\(login): \(data)")
            for call in Self.calls {
                let everything = try team.lines(call, as: login).joined(separator: "\n")
                #expect(!everything.contains(PostgresRulesTests.ref), "\(login): the pseudonym in \(call)")
            }
        }
        // Each search is itself audited, by the login the server authenticated, naming the client (never the code).
        let searches = try team.owners(
            #"SELECT "user" || ' ' || "command" FROM neuvo.audit WHERE "clients" @> ARRAY['\#(PostgresRulesTests.ref)'] AND "details" LIKE 'audit rows of a client read%'"#)
        #expect(searches.contains("\(team.supervisor) client_audit") && searches.contains("\(Backend.postgresOwner) client_audit"), "\(searches)")
        #expect(try team.owners(#"SELECT count(*) FROM neuvo.audit WHERE "details" LIKE '%\#(Self.code)%' OR "clients" @> ARRAY['\#(Self.code)']"#) == ["0"])
        #expect(try team.owner.verifyAudit().broken == nil)
    }

    @Test func forgedArgumentsAreRefusedWithoutEchoingThem() throws {
        let team = try Team()
        try team.expectRefused("SELECT * FROM neuvo.client_audit(NULL)", as: team.supervisor, "22023", "identity code")
        try team.expectRefused("SELECT neuvo.client_data(NULL)", as: team.supervisor, "22023", "identity code")
        try team.expectRefused("SELECT * FROM neuvo.login_audit(NULL)", as: team.supervisor, "22023", "login")
        for forged in ["150655Q902T", "'' OR true", PostgresRulesTests.ref] {
            let quoted = forged.replacingOccurrences(of: "'", with: "''")
            let result = try team.psql("SELECT * FROM neuvo.client_audit('\(quoted)')", as: team.supervisor)
            #expect(result.status != 0 && result.stderr.contains("22023") && result.stderr.contains("not a personal identity code"), "\(result.stderr)")
            #expect(!result.stderr.contains("ERROR:  22023: not a personal identity code: "), "\(result.stderr)")
        }
        // A supervisor cannot name a client by pseudonym through the functions that take one from the owner only.
        try team.expectRefused(
            "SELECT * FROM neuvo.earlier_contacts(NULL, '\(PostgresRulesTests.ref)', 9999999999, 'x')", as: team.supervisor, "42501", "advisors")
    }

    @Test func aSupervisorsLookUpsStopAtTheLimitEvenInATransactionRolledBack() throws {
        let team = try Team()
        try team.owner.connection.exec("UPDATE neuvo.setting SET \"value\" = '5' WHERE \"key\" = 'pseudonym_per_minute'")
        let bulk = try team.psql(
            "BEGIN; SELECT count(*) FROM generate_series(1, 4) AS i, LATERAL neuvo.client_audit(CASE WHEN i > 0 THEN '\(Self.code)' END) AS a; ROLLBACK;",
            as: team.supervisor)
        #expect(bulk.status == 0, "\(bulk.stderr)")
        // The four rolled back still count: the fifth passes, the sixth is refused.
        #expect(try team.psql("SELECT count(*) FROM neuvo.client_audit('\(Self.code)')", as: team.supervisor).status == 0)
        try team.expectRefused("SELECT neuvo.client_data('\(Self.code)')", as: team.supervisor, "54000", "too many clients looked up")
        // The owner, who may read the key anyway, is not limited.
        for _ in 0..<6 { #expect(try team.psql("SELECT count(*) FROM neuvo.client_audit('\(Self.code)')", as: Backend.postgresOwner).status == 0) }
    }
}
