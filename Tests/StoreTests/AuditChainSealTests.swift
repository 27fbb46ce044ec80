import Foundation
import Guidance
import PQ
@testable import Store
import Testing
import TestSupport

/// v8's audit chain without a queue, attacked: a row is appended unsealed and sealed by whoever commits next (a
/// transaction that finds a seal under way does not wait for it); `--verify` seals first, so it sees every committed row;
/// the one update an audit row ever takes, its seal, is refused in any other shape, for the owner too.
struct AuditChainSealTests {
    static let actor = Actor(user: "test", command: "test")
    /// The seal's advisory lock (neuvo.seal_audit).
    static let sealLock = "SELECT pg_advisory_xact_lock(1852143990, 1)"

    /// The row's place in the chain (nil: unsealed), read as the owner.
    static func place(_ c: PQConnection, details: String) throws -> Int64? {
        let rows = try c.exec(#"SELECT "seq" FROM neuvo.audit WHERE "details" = $1"#, [details])
        try #require(rows.rowCount == 1)
        return rows.isNull(0, 0) ? nil : rows.integer64(0, 0)
    }

    @Test func aRowCommittedDuringAnotherSealWaitsUnsealedAndVerifySealsItFirst() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let sealer = try PQConnection(uri: uri)
        defer { sealer.close() }
        // Another transaction holds the seal (as a committing sealer does until its commit's end): this record commits at
        // once, without waiting, and its row waits for the next seal.
        try sealer.exec("BEGIN")
        try sealer.exec(Self.sealLock)
        try log.record("committed during a seal", by: Self.actor)
        #expect(try Self.place(log.connection, details: "committed during a seal") == nil)
        try sealer.exec("COMMIT")
        // The next commit seals it, in the order of the seals.
        try log.record("the next commit", by: Self.actor)
        let first = try #require(try Self.place(log.connection, details: "committed during a seal"))
        let next = try #require(try Self.place(log.connection, details: "the next commit"))
        #expect(next == first + 1)

        // Left unsealed with nothing committed after it: verify seals it before it reads, and the chain is whole.
        try sealer.exec("BEGIN")
        try sealer.exec(Self.sealLock)
        try log.record("the last row before verify", by: Self.actor)
        #expect(try Self.place(log.connection, details: "the last row before verify") == nil)
        try sealer.exec("COMMIT")
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil, "\(String(describing: verified.broken))")
        #expect(try Self.place(log.connection, details: "the last row before verify") != nil)
        let held = try log.connection.exec(#"SELECT count(*) FROM neuvo.audit WHERE "seq" IS NOT NULL"#).integer(0, 0)
        #expect(verified.rows >= held - 1, "every sealed row but verify's own page reading is read: \(verified.rows) of \(held)")
        #expect(try log.connection.exec(#"SELECT count(*) FROM neuvo.audit WHERE "seq" IS NULL"#).integer(0, 0) == 0)
    }

    /// v23: a row is queued (`audit_waiting`) only when its commit finds the seal taken; the next seal takes it from the
    /// queue and seals it before the rows of its own transaction, in id order, and empties the queue.
    @Test func onlyARowWhoseSealIsTakenWaitsInTheQueue() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let sealer = try PQConnection(uri: uri)
        defer { sealer.close() }
        func queued() throws -> Int { try log.connection.exec("SELECT count(*) FROM neuvo.audit_waiting").integer(0, 0) }
        try log.record("sealed at its commit", by: Self.actor)
        #expect(try Self.place(log.connection, details: "sealed at its commit") != nil)
        #expect(try queued() == 0)

        try sealer.exec("BEGIN")
        try sealer.exec(Self.sealLock)
        try log.record("queued during a seal", by: Self.actor)
        #expect(try Self.place(log.connection, details: "queued during a seal") == nil)
        #expect(try queued() == 1)
        try sealer.exec("COMMIT")

        // One transaction of two rows: the queued row first, then its own two in id order.
        try log.transaction { c in
            try c.exec("SELECT neuvo.audit_append('test', 'own first', 0), neuvo.audit_append('test', 'own second', 0)")
        }
        let waited = try #require(try Self.place(log.connection, details: "queued during a seal"))
        #expect(try Self.place(log.connection, details: "own first") == waited + 1)
        #expect(try Self.place(log.connection, details: "own second") == waited + 2)
        #expect(try queued() == 0)
        let verified = try log.verifyAudit()
        #expect(verified.broken == nil, "\(String(describing: verified.broken))")
    }

    /// The server's log (what the README has the DBA ship off the server) names a row that waits for its seal, with the
    /// hash of its fields, from its commit on, and then its place in the chain.
    @Test func theServersLogNamesAWaitingRowAndThenItsPlace() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let sealer = try PQConnection(uri: uri)
        defer { sealer.close() }
        try sealer.exec("BEGIN")
        try sealer.exec(Self.sealLock)
        try log.record("named in the server's log", by: Self.actor)
        let waiting = try log.connection.exec(
            #"""
            SELECT "id", neuvo.audit_hash('', "at", "user", "command", "details", "contacts", "clients") FROM neuvo.audit
            WHERE "details" = 'named in the server''s log'
            """#)
        let id = waiting.text(0, 0), fields = waiting.text(0, 1)
        try sealer.exec("COMMIT")
        try log.record("the next commit", by: Self.actor)
        let sealed = try log.connection.exec(#"SELECT "hash", "previous_hash" FROM neuvo.audit WHERE "id" = $1"#, [id])
        let expected = [
            "neuvo audit row \(id) waits for its seal, fields hash \(fields)",
            "neuvo audit row \(id) hash \(sealed.text(0, 0)) previous \(sealed.text(0, 1))",
        ]
        let path = try PostgresCluster.shared.host + "/postgres.log"
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        repeat {
            text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        } while !expected.allSatisfy(text.contains) && Date() < deadline
        for line in expected { #expect(text.contains(line), "\(line) in \(path)") }
    }

    /// v29: the seal's UPDATE changes no indexed column (so it is HOT: no index entry written again a save), and a row
    /// sealed by it keeps its place and hash.
    @Test func theSealsColumnsAreInNoIndex() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let indexed = try log.connection.exec(
            #"""
            SELECT count(*) FROM pg_index AS i JOIN pg_attribute AS a ON a."attrelid" = i."indrelid"
            WHERE i."indrelid" = 'neuvo.audit'::regclass AND a."attname" IN ('seq', 'previous_hash', 'hash')
              AND (a."attnum" = ANY (i."indkey"::int2[])
                   OR pg_get_expr(i."indexprs", i."indrelid") ~ ('\m' || a."attname" || '\M')
                   OR pg_get_expr(i."indpred", i."indrelid") ~ ('\m' || a."attname" || '\M'))
            """#)
        #expect(indexed.integer(0, 0) == 0)
        try log.record("sealed in place", by: Self.actor)
        try log.record("sealed next", by: Self.actor)
        let first = try #require(try Self.place(log.connection, details: "sealed in place"))
        #expect(try Self.place(log.connection, details: "sealed next") == first + 1)
        #expect(try log.verifyAudit().broken == nil)
    }

    @Test func aRepeatableReadTransactionThatAuditsCommitsAndItsRowIsSealedLater() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let other = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? other.close() }
        try log.connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ")
        _ = try log.connection.exec("SELECT count(*) FROM neuvo.contact")
        // Another session's row is sealed meanwhile: the head moves past this transaction's snapshot.
        try other.record("sealed meanwhile", by: Self.actor)
        try log.connection.exec("SELECT neuvo.audit_append('test', 'audited in a repeatable read', 0)")
        try log.connection.exec("COMMIT")
        #expect(try Self.place(other.connection, details: "audited in a repeatable read") == nil)
        try other.record("the next commit", by: Self.actor)
        #expect(try Self.place(other.connection, details: "audited in a repeatable read") != nil)
        #expect(try log.verifyAudit().broken == nil)
    }

    @Test func everySaveOfConcurrentAdvisorsIsInTheVerifiedChain() throws {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = "_" + UUID().uuidString.prefix(6).lowercased()
        let advisor = "seal_anna" + suffix
        try PostgresCluster.shared.createLogin(advisor)
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? owner.close() }
        try owner.setRole(of: advisor, to: .advisor, points: ["jarvenpaa-library"], by: Self.actor)
        let savers = 6, each = 15
        let lock = NSLock()
        nonisolated(unsafe) var failures: [String] = []
        DispatchQueue.concurrentPerform(iterations: savers) { saver in
            do {
                let log = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog)
                defer { try? log.close() }
                for n in 0..<each {
                    try log.log(
                        Contact(
                            occurredAt: Timestamp(date: CivilDate(iso: "2026-03-02")!, hour: 9 + n % 8, minute: saver, offsetMinutes: 120),
                            point: "jarvenpaa-library", channel: "walk-in", topics: ["housing"], resolved: true),
                        by: Self.actor)
                }
            } catch {
                lock.withLock { failures.append("\(error)") }
            }
        }
        #expect(lock.withLock { failures } == [])
        let verified = try owner.verifyAudit()
        #expect(verified.broken == nil, "\(String(describing: verified.broken))")
        let saves = try owner.connection.exec(
            #"SELECT count(*), count("seq"), count(DISTINCT "seq") FROM neuvo.audit WHERE "user" = $1 AND "details" LIKE 'contact %'"#, [advisor])
        #expect(saves.integer(0, 0) == savers * each)
        #expect(saves.integer(0, 1) == savers * each, "every save's row is sealed once verify has read")
        #expect(saves.integer(0, 2) == savers * each)
        // One linear chain: places 1…n, each row's previous hash the row before's.
        let gaps = try owner.connection.exec(
            #"""
            SELECT count(*) FROM neuvo.audit AS a LEFT JOIN neuvo.audit AS b ON b."seq" = a."seq" - 1
            WHERE a."seq" > 1 AND (b."id" IS NULL OR a."previous_hash" <> b."hash")
            """#)
        #expect(gaps.integer(0, 0) == 0)
    }

    @Test func aSealOfAnyOtherShapeIsRefusedForTheOwnerToo() throws {
        let uri = try Backend.freshPostgresDatabase()
        let log = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? log.close() }
        let c = log.connection
        try log.record("a sealed row", by: Self.actor)
        func refused(_ sql: String, _ message: String) throws {
            try c.exec("BEGIN")
            try c.exec("SELECT neuvo.audit_append('test', 'waits for its seal', 0)")
            let error = #expect(throws: PQError.self, "allowed: \(sql)") { try c.exec(sql) }
            try c.exec("ROLLBACK")
            let state = error?.sqlState, text = error.map { "\($0)" } ?? ""
            #expect(state == "42501", "\(sql): \(text)")
            #expect(text.contains(message), "\(sql): \(text)")
        }
        let head = #"(SELECT "seq" FROM neuvo.audit_head)"#, headHash = #"(SELECT "hash" FROM neuvo.audit_head)"#
        // A hash of the forger's choosing.
        try refused(
            #"UPDATE neuvo.audit SET "seq" = \#(head) + 1, "previous_hash" = \#(headHash), "hash" = 'forged' WHERE "hash" IS NULL"#,
            "the hash of its own fields")
        // The right hash, but chained after some other row, or at a place not after the head.
        try refused(
            #"""
            UPDATE neuvo.audit SET "seq" = \#(head) + 1, "previous_hash" = 'x',
                "hash" = neuvo.audit_hash('x', "at", "user", "command", "details", "contacts", "clients") WHERE "hash" IS NULL
            """#, "right after the chain's newest row")
        try refused(
            #"""
            UPDATE neuvo.audit SET "seq" = \#(head) + 5, "previous_hash" = \#(headHash),
                "hash" = neuvo.audit_hash(\#(headHash), "at", "user", "command", "details", "contacts", "clients") WHERE "hash" IS NULL
            """#, "right after the chain's newest row")
        // Sealed with other fields.
        try refused(
            #"""
            UPDATE neuvo.audit SET "seq" = \#(head) + 1, "previous_hash" = \#(headHash), "details" = 'nothing to see',
                "hash" = neuvo.audit_hash(\#(headHash), "at", "user", "command", 'nothing to see', "contacts", "clients") WHERE "hash" IS NULL
            """#, "never changed")
        // v29: another row's place (no unique index on the places: the head alone keeps them one a row).
        try refused(
            #"""
            UPDATE neuvo.audit SET "seq" = \#(head), "previous_hash" = \#(headHash),
                "hash" = neuvo.audit_hash(\#(headHash), "at", "user", "command", "details", "contacts", "clients") WHERE "hash" IS NULL
            """#, "right after the chain's newest row")
        // A waiting row changed or removed before its seal.
        try refused(#"UPDATE neuvo.audit SET "details" = 'nothing to see' WHERE "hash" IS NULL"#, "never changed")
        try refused(#"DELETE FROM neuvo.audit WHERE "hash" IS NULL"#, "never changed")
        // A sealed row sealed again.
        try refused(
            #"""
            UPDATE neuvo.audit SET "seq" = \#(head) + 1, "previous_hash" = \#(headHash),
                "hash" = neuvo.audit_hash(\#(headHash), "at", "user", "command", "details", "contacts", "clients")
            WHERE "seq" = (SELECT max("seq") FROM neuvo.audit)
            """#, "never changed")
        #expect(try log.verifyAudit().broken == nil)
    }
}
