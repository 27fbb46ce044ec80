import Foundation
import Testing
import TestSupport

/// The tamper-evident audit log (CONTRACT §6) as an auditor and an attacker meet it: `neuvo audit --verify` on both
/// backends, rows deleted, changed and inserted by an owner who turned the triggers off, and every neuvo role trying to
/// write rows of its choosing.
@Suite(.serialized)
struct AuditChainCommandTests {
    static func neuvo(_ arguments: [String]) throws -> NeuvoProcess.Result {
        try NeuvoProcess.run(arguments + ["--lang", "en"])
    }

    /// A few audited actions: an import (under a file name with non-ASCII letters, so the hashes cover UTF-8), a report
    /// and an export.
    static func use(_ db: String, in directory: URL) throws {
        let csv = directory.appendingPathComponent("yhteydenotot-äö.csv").path
        let demo = try NeuvoProcess.run(["demo-data", "--seed", "7", "--days", "3"])
        try demo.stdout.write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try neuvo(["import", csv, "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(try neuvo(["report", "--db", db, "--from", "2000-01-01", "--to", "2099-12-31"]).status == 0)
        #expect(try neuvo(["export", "--db", db]).status == 0)
    }

    static func expectWhole(_ db: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verified = try neuvo(["audit", "--verify", "--db", db])
        #expect(verified.status == 0, "\(verified.stderr)", sourceLocation: sourceLocation)
        #expect(verified.stdout.contains("The audit log's chain is whole"), "\(verified.stdout)", sourceLocation: sourceLocation)
    }

    static func expectBroken(_ db: String, at row: Int, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verified = try neuvo(["audit", "--verify", "--db", db])
        #expect(verified.status == 1, "\(verified.stdout)", sourceLocation: sourceLocation)
        #expect(verified.stderr.contains("breaks at row \(row)"), "\(verified.stderr)", sourceLocation: sourceLocation)
        #expect(verified.stderr.contains(what), "\(verified.stderr)", sourceLocation: sourceLocation)
        #expect(verified.stderr.split(separator: "\n").count == 1, "one line: \(verified.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: - SQLite

    static func sqlite(_ path: String, _ sql: String) throws -> String {
        let result = try Spawn.run("/usr/bin/sqlite3", [path, sql], environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(sql): \(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func onSQLiteVerifyPassesAWholeLogAndNamesTheFirstBrokenRow() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func database(_ name: String) throws -> String {
            let path = directory.appendingPathComponent("\(name).sqlite").path
            try Self.use(path, in: directory)
            try Self.expectWhole(path)
            #expect(Int(try Self.sqlite(path, "SELECT count(*) FROM audit")) ?? 0 >= 3)
            return path
        }
        // A row deleted (the file's user can drop the trigger): the next row no longer follows the one before.
        let deleted = try database("deleted")
        _ = try Self.sqlite(deleted, "DROP TRIGGER audit_is_never_deleted; DELETE FROM audit WHERE id = 2")
        try Self.expectBroken(deleted, at: 3, "does not follow row 1")
        // A row changed: its fields no longer give its hash.
        let changed = try database("changed")
        _ = try Self.sqlite(changed, #"DROP TRIGGER audit_is_never_changed; UPDATE audit SET "user" = 'someone-else' WHERE id = 2"#)
        try Self.expectBroken(changed, at: 2, "the row was changed")
        // A row inserted out of order, with a hash of its own that is right for its fields and its claimed predecessor.
        let inserted = try database("inserted")
        _ = try Self.sqlite(
            inserted,
            """
            DROP TRIGGER audit_is_never_changed;
            UPDATE audit SET id = id + 100 WHERE id >= 2;
            INSERT INTO audit (id, at, user, command, details, contacts, clients, previous_hash, hash)
                SELECT 2, at, user, command, details, contacts, clients, previous_hash, hash FROM audit WHERE id = 103;
            """)
        try Self.expectBroken(inserted, at: 2, "does not follow row 1")
        // The first rows deleted: the first row left follows one that is gone.
        let beginning = try database("beginning")
        _ = try Self.sqlite(beginning, "DROP TRIGGER audit_is_never_deleted; DELETE FROM audit WHERE id = 1")
        try Self.expectBroken(beginning, at: 2, "the rows before it were deleted")
    }

    // MARK: - PostgreSQL

    @Test func onPostgresVerifyPassesAWholeLogAndCatchesTheOwnerWithTheTriggersOff() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cluster = try PostgresCluster.shared
        func database() throws -> String {
            let uri = try Backend.freshPostgresDatabase()
            try Self.use(uri, in: directory)
            try Self.expectWhole(uri)
            return uri
        }
        /// As the owner, with neuvo's triggers off (as the database's administrator may), then on again.
        func tamper(_ uri: String, _ sql: String) throws {
            let result = try cluster.psql(
                "ALTER TABLE neuvo.audit DISABLE TRIGGER USER; \(sql); ALTER TABLE neuvo.audit ENABLE TRIGGER USER", database: uri,
                user: Backend.postgresOwner)
            #expect(result.status == 0, "\(result.stderr)")
        }
        func ids(_ uri: String) throws -> [Int] {
            try cluster.psql(#"SELECT "id" FROM neuvo.audit ORDER BY "seq""#, database: uri, user: Backend.postgresOwner).stdout
                .split(separator: "\n").compactMap { Int($0) }
        }

        let deleted = try database()
        var rows = try ids(deleted)
        try tamper(deleted, #"DELETE FROM neuvo.audit WHERE "id" = \#(rows[1])"#)
        try Self.expectBroken(deleted, at: rows[2], "does not follow row \(rows[0])")

        let changed = try database()
        rows = try ids(changed)
        try tamper(changed, #"UPDATE neuvo.audit SET "details" = 'nothing to see' WHERE "id" = \#(rows[2])"#)
        try Self.expectBroken(changed, at: rows[2], "the row was changed")

        // A row forged with a right hash for its fields, chained after the first row and put in its place in the chain.
        let inserted = try database()
        rows = try ids(inserted)
        try tamper(
            inserted,
            #"""
            UPDATE neuvo.audit SET "seq" = "seq" + 1000 WHERE "seq" > (SELECT "seq" FROM neuvo.audit WHERE "id" = \#(rows[0]));
            INSERT INTO neuvo.audit ("id", "seq", "at", "user", "command", "details", "contacts", "clients", "previous_hash", "hash")
            OVERRIDING SYSTEM VALUE SELECT 999999, a."seq" + 1, '2026-01-01T00:00:00Z', 'someone', 'forged', 'forged', 0, '{}', a."hash",
                neuvo.audit_hash(a."hash", '2026-01-01T00:00:00Z', 'someone', 'forged', 'forged', 0, '{}')
            FROM neuvo.audit AS a WHERE a."id" = \#(rows[0])
            """#)
        try Self.expectBroken(inserted, at: rows[1], "does not follow row 999999")

        // v29: no unique index on the places; a row given another row's place (its own hash kept) is found.
        let moved = try database()
        rows = try ids(moved)
        try tamper(moved, #"UPDATE neuvo.audit SET "seq" = (SELECT "seq" FROM neuvo.audit WHERE "id" = \#(rows[0])) WHERE "id" = \#(rows[2])"#)
        try Self.expectBroken(moved, at: rows[2], "does not follow row \(rows[0])")

        // A row inserted around the chain (no place in it).
        let around = try database()
        try tamper(around, #"INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts") VALUES ('2026-01-01T00:00:00Z', 'someone', 'forged', 'forged', 0)"#)
        let forged = try cluster.psql(#"SELECT "id" FROM neuvo.audit WHERE "command" = 'forged'"#, database: around, user: Backend.postgresOwner).stdout
        try Self.expectBroken(around, at: Int(forged.trimmingCharacters(in: .newlines)) ?? -1, "no place in the chain")

        // The newest row deleted: the chain that is left is whole, but the server's head names the row that is gone.
        let newest = try database()
        rows = try ids(newest)
        try tamper(newest, #"DELETE FROM neuvo.audit WHERE "seq" = (SELECT max("seq") FROM neuvo.audit)"#)
        try Self.expectBroken(newest, at: rows[rows.count - 1], "the newest rows were deleted")
    }

    @Test func aCopyCarriesTheChainBothWaysAndEachEndVerifiesIt() throws {
        let directory = try NeuvoProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = directory.appendingPathComponent("point.sqlite").path
        try Self.use(sqlite, in: directory)
        // Into a database `init` made (it holds init's own audit row: the copied log is a chain of its own after it).
        let postgres = try Backend.freshPostgresDatabase()
        #expect(try Self.neuvo(["copy", "--from", sqlite, "--to", postgres]).status == 0)
        try Self.expectWhole(postgres)
        let back = directory.appendingPathComponent("back.sqlite").path
        #expect(try Self.neuvo(["copy", "--from", postgres, "--to", back]).status == 0)
        try Self.expectWhole(back)
        try Self.expectWhole(sqlite)
        // The hashes came over unchanged: the SQLite file's rows are in the server's log with the same hashes (all but
        // the file's last, the copy's own reading, written after the rows were read).
        let fileHashes = try Self.sqlite(sqlite, "SELECT hash FROM audit ORDER BY id").split(separator: "\n").map(String.init).dropLast()
        #expect(fileHashes.count == 3)
        let serverHashes = try PostgresCluster.shared.psql(#"SELECT "hash" FROM neuvo.audit ORDER BY "id""#, database: postgres, user: Backend.postgresOwner)
            .stdout.split(separator: "\n").map(String.init)
        #expect(fileHashes.allSatisfy(serverHashes.contains), "every row of the file's chain is on the server")
    }

    /// Team logins of every neuvo role in a fresh database, set by `neuvo roles`.
    static func team(_ uri: String) throws -> [String: String] {
        let suffix = "_" + UUID().uuidString.prefix(6).lowercased()
        var logins: [String: String] = [:]
        for role in ["advisor", "supervisor", "trainer", "board"] {
            let login = "audit_" + role + suffix
            try PostgresCluster.shared.createLogin(login)
            var arguments = ["roles", "--db", uri, "--set", "\(login)=\(role)"]
            if role == "advisor" { arguments += ["--point", "jarvenpaa-library"] }
            let set = try neuvo(arguments)
            #expect(set.status == 0, "\(set.stderr)")
            logins[role] = login
        }
        return logins
    }

    @Test func noNeuvoRoleWritesAuditRowsOfItsChoosing() throws {
        let uri = try Backend.freshPostgresDatabase()
        let cluster = try PostgresCluster.shared
        let team = try Self.team(uri)
        let before = try cluster.psql("SELECT count(*) FROM neuvo.audit", database: uri, user: Backend.postgresOwner).stdout
        for (role, login) in team.sorted(by: { $0.key < $1.key }) {
            for sql in [
                "SELECT neuvo.audit('psql', 'by hand', 0)",
                "SELECT neuvo.audit_append('psql', 'by hand', 0)",
                "SELECT neuvo.audit_append('psql', 'by hand', 0, ARRAY['somebodys-pseudonym'])",
                #"INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts") VALUES ('x', 'someone', 'x', 'x', 0)"#,
                #"UPDATE neuvo.audit_head SET "hash" = 'x'"#,
            ] {
                let result = try cluster.psql(sql, database: uri, user: login)
                #expect(result.status != 0, "\(role) was allowed: \(sql)")
                #expect(result.stderr.contains("permission denied"), "\(role): \(sql): \(result.stderr)")
            }
        }
        #expect(try cluster.psql("SELECT count(*) FROM neuvo.audit", database: uri, user: Backend.postgresOwner).stdout == before)
    }

    @Test func onlyTheOwnerAndSupervisorsVerifyAndEveryRefusalIsOneClearLine() throws {
        let uri = try Backend.freshPostgresDatabase()
        let team = try Self.team(uri)
        let supervisor = try Self.neuvo(["audit", "--verify", "--db", try Backend.postgresURI(uri, as: team["supervisor"]!)])
        #expect(supervisor.status == 0, "\(supervisor.stderr)")
        // The supervisor's reading is in the log, under the supervisor's login.
        let log = try PostgresCluster.shared.psql(
            #"SELECT "user" FROM neuvo.audit WHERE "command" = 'audit_chain' ORDER BY "id" DESC LIMIT 1"#, database: uri, user: Backend.postgresOwner)
        #expect(log.stdout == team["supervisor"]! + "\n")
        for role in ["advisor", "trainer", "board"] {
            let refused = try Self.neuvo(["audit", "--verify", "--db", try Backend.postgresURI(uri, as: team[role]!)])
            #expect(refused.status == 1, "\(role): \(refused.stdout)")
            #expect(refused.stderr.contains("neuvo audit is for owner and supervisor only"), "\(role): \(refused.stderr)")
            #expect(refused.stderr.split(separator: "\n").count == 1)
            // Listing the log: refused in one line naming the login, never the server's raw "permission denied for table".
            let listing = try Self.neuvo(["audit", "--db", try Backend.postgresURI(uri, as: team[role]!)])
            #expect(listing.status == 1, "\(role): \(listing.stdout)")
            #expect(!listing.stderr.contains("permission denied"), "\(role): \(listing.stderr)")
            #expect(listing.stderr.contains(team[role]!), "\(role): \(listing.stderr)")
            #expect(listing.stderr.split(separator: "\n").count == 1)
        }
    }
}
