import Foundation
import GRDB
import Guidance
import PQ
@testable import Store
import Testing
import TestSupport

/// The audit log's hash chain in the store: one scheme on both backends (the server's `neuvo.audit_hash` and Swift's
/// `AuditChain.hash` agree), the rows of earlier versions hashed by v7, a linear chain under concurrent appends, and
/// memberships of a v6 database moved into the database's own table.
struct AuditChainStoreTests {
    static let actor = Actor(user: "test", command: "test")

    @Test func theServersHashIsSwiftsForAnyTextAndClients() throws {
        let log = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        defer { try? log.close() }
        let details = ["ä€😀 and a line\nbreak", "5:abc", "", "x:"]
        for text in details {
            try log.connection.exec("SELECT neuvo.audit_append('test', $1, 3, $2::text[])", [text, PGArray.literal(["pseudo-1", "pseudo_ö2"])])
        }
        let rows = try log.connection.exec(
            #"SELECT "at", "user", "command", "details", "contacts", array_to_string("clients", ';'), "previous_hash", "hash" FROM neuvo.audit ORDER BY "seq""#)
        var previous = ""
        for row in 0..<rows.rowCount {
            let entry = PostgresLog.auditEntry(rows, row)
            #expect(entry.previousHash == previous)
            #expect(entry.hash == AuditChain.hash(previous: previous, entry), "row \(row): \(entry.details)")
            previous = entry.hash
        }
        #expect(rows.rowCount >= details.count)
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil && verified.rows == rows.rowCount)
    }

    @Test func aVersionSixSQLiteDatabasesAuditRowsAreHashedByTheMigration() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue, upTo: "v6: board")
        try queue.write { db in
            for (at, details) in [("2023-03-01T08:00:00Z", "import a.csv"), ("2023-03-01T09:00:00Z", "period 2023-03-01–2023-03-31, äö")] {
                try db.execute(
                    sql: #"INSERT INTO "audit" ("at", "user", "command", "details", "contacts") VALUES (?, 'anna', 'import', ?, 2)"#,
                    arguments: [at, details])
            }
        }
        let log = try SQLiteLog(writer: queue, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points, instrument: Fixtures.instrument)
        var verified = try log.verifyAudit()
        #expect(verified.broken == nil && verified.rows == 2)
        try log.record("after the upgrade", by: Self.actor)
        verified = try log.verifyAudit()
        #expect(verified.broken == nil && verified.rows == 3)
        // Still append-only.
        #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: #"UPDATE "audit" SET "hash" = ''"#) } }
        #expect(throws: DatabaseError.self) { try queue.write { db in try db.execute(sql: #"DELETE FROM "audit""#) } }
    }

    /// A database made by v1–v6 as that neuvo's `init` made it, with audit rows and cluster-wide memberships.
    static func versionSixDatabase(logins: (supervisor: String, advisor: String)) throws -> String {
        let bare = try Backend.bareDatabase()
        let connection = try PQConnection(uri: bare)
        defer { connection.close() }
        try connection.transaction { c in
            try c.exec(PostgresSchema.createGroupRoles)
            for migration in PostgresSchema.migrations(pgcrypto: try PostgresLog.pgcryptoSchema(c)).prefix(6) {
                try c.exec(migration.sql)
                try c.exec(#"INSERT INTO neuvo.migration ("identifier") VALUES ($1)"#, [migration.identifier])
            }
            try c.exec(#"INSERT INTO neuvo.pseudonym_key ("key") VALUES (decode(repeat('ab', 32), 'hex'))"#)
            try c.exec("SELECT neuvo.audit('init', 'init: v1–v6', 0)")
            try c.exec("SELECT neuvo.audit('roles', 'roles: äö', 0)")
            try c.exec("GRANT neuvo_supervisor TO \(PQConnection.quoteIdentifier(logins.supervisor))")
            try c.exec("GRANT neuvo_advisor TO \(PQConnection.quoteIdentifier(logins.advisor))")
            try c.exec(#"INSERT INTO neuvo.advisor_point VALUES ($1, 'jarvenpaa-library')"#, [logins.advisor])
        }
        return bare
    }

    @Test func aVersionSixPostgresDatabaseKeepsItsRolesAndGetsItsRowsHashed() throws {
        let suffix = "_" + UUID().uuidString.prefix(6).lowercased()
        let logins = (supervisor: "v6_sara" + suffix, advisor: "v6_anna" + suffix)
        let cluster = try PostgresCluster.shared
        try cluster.createLogin(logins.supervisor)
        try cluster.createLogin(logins.advisor)
        let uri = try Self.versionSixDatabase(logins: logins)
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let roles = try log.loginRoles()
        #expect(roles.contains(LoginRole(login: logins.supervisor, role: .supervisor, points: [])))
        #expect(roles.contains(LoginRole(login: logins.advisor, role: .advisor, points: ["jarvenpaa-library"])))
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil && verified.rows == 2)
        let advisor = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: logins.advisor), catalog: Fixtures.catalog)
        defer { try? advisor.close() }
        #expect(advisor.session.role == .advisor && advisor.session.points == ["jarvenpaa-library"])
    }

    @Test func concurrentAppendsMakeOneLinearChain() throws {
        let uri = try Backend.freshPostgresDatabase()
        let writers = 4, each = 25
        let lock = NSLock()
        nonisolated(unsafe) var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            do {
                let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
                defer { try? log.close() }
                for row in 0..<each { try log.record("writer \(writer) row \(row)", by: Self.actor) }
            } catch {
                lock.withLock { failures.append("\(error)") }
            }
        }
        #expect(lock.withLock { failures } == [])
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil, "\(String(describing: verified.broken))")
        #expect(verified.rows >= writers * each)
    }
}
