import Foundation
import PQ
import Testing
import TestSupport

/// A connection to a fresh database of the run's cluster.
func freshConnection() throws -> PQConnection {
    try PQConnection(uri: PostgresCluster.shared.createDatabase())
}

@Suite("PQ statements")
struct PQStatementTests {
    @Test("parameters are sent as text, nil as NULL, and read back typed")
    func parametersAndNulls() throws {
        let db = try freshConnection()
        let result = try db.exec(
            "SELECT $1::int + 1 AS next, $2::text IS NULL AS missing, $3::text AS echo, $4::bigint AS big, $5::bool AS flag",
            ["41", nil, "it's; DROP TABLE x --", "-9223372036854775808", "true"])
        #expect(result.rowCount == 1)
        #expect(result.columnCount == 5)
        #expect(result.columnNames == ["next", "missing", "echo", "big", "flag"])
        #expect(result.int(0, 0) == 42)
        #expect(result.int(0, "next") == 42)
        #expect(result.bool(0, "missing") == true)
        #expect(result[0, "echo"] == "it's; DROP TABLE x --")
        #expect(result.int64(0, "big") == Int64.min)
        #expect(result.bool(0, 4) == true)

        let nulls = try db.exec("SELECT $1::int AS n, $2::text AS t, ''::text AS empty", [nil, nil])
        #expect(nulls.isNull(0, "n"))
        #expect(nulls[0, "t"] == nil)
        #expect(nulls.int(0, "n") == nil)
        #expect(!nulls.isNull(0, "empty"))
        #expect(nulls.string(0, "empty") == "")
    }

    @Test("rows, affected counts and the command status")
    func rowsAndCounts() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (id int PRIMARY KEY, name text)")
        let insert = try db.exec("INSERT INTO t SELECT g, 'n' || g FROM generate_series(1, 5) g")
        #expect(insert.affectedRows == 5)
        #expect(insert.commandStatus == "INSERT 0 5")
        #expect(try db.exec("UPDATE t SET name = upper(name) WHERE id > $1", ["2"]).affectedRows == 3)
        let rows = try db.exec("SELECT id, name FROM t ORDER BY id")
        #expect(rows.rowCount == 5)
        #expect((0..<rows.rowCount).map { rows[$0, 1]! } == ["n1", "n2", "N3", "N4", "N5"])
        #expect(try db.exec("CREATE INDEX ON t (name)").affectedRows == 0)
        #expect(rows.column(named: "name") == 1)
        #expect(rows.column(named: "NAME") == nil)
    }

    @Test("several statements run in one call without parameters")
    func severalStatements() throws {
        let db = try freshConnection()
        let last = try db.exec("CREATE TABLE a (x int); INSERT INTO a VALUES (1), (2); SELECT count(*) FROM a")
        #expect(last.int(0, 0) == 2)
        #expect(try db.exec("").rowCount == 0)
    }

    @Test("Finnish and Swedish text round-trips as UTF-8 characters")
    func finnishText() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE place (name text)")
        let names = ["Järvenpää", "Åbo – Turku", "Öllölä 🌲"]
        for name in names { try db.exec("INSERT INTO place VALUES ($1)", [name]) }
        let rows = try db.exec("SELECT name, length(name) AS chars, upper(name) AS up FROM place ORDER BY name")
        #expect(Set((0..<rows.rowCount).map { rows[$0, "name"]! }) == Set(names))
        let järvenpää = try db.exec("SELECT length(name), upper(name) FROM place WHERE name = $1", ["Järvenpää"])
        #expect(järvenpää.int(0, 0) == 9)
        #expect(järvenpää[0, 1] == "JÄRVENPÄÄ")
    }

    @Test("a NUL character in a parameter is refused, not cut short")
    func nulInParameter() throws {
        let db = try freshConnection()
        #expect(throws: PQError.self) { try db.exec("SELECT $1::text", ["a\u{0}b"]) }
        #expect(try db.exec("SELECT 1").int(0, 0) == 1)
    }

    @Test("NOTICEs and WARNINGs are not printed on stderr, where they would write over the screen")
    func noticesDropped() throws {
        let db = try freshConnection()
        let captured = NSTemporaryDirectory() + "neuvo-notices-\(UUID().uuidString).txt"
        defer { unlink(captured) }
        let file = open(captured, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let saved = dup(2)
        dup2(file, 2)
        let outcome = Result {
            try db.exec("DO $$ BEGIN RAISE NOTICE 'neuvo-notice-marker'; RAISE WARNING 'neuvo-warning-marker'; END $$")
            try db.exec("DROP TABLE IF EXISTS neuvo_nothing_here")
        }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        close(file)
        _ = try outcome.get()
        let printed = try String(contentsOfFile: captured, encoding: .utf8)
        #expect(!printed.contains("neuvo-notice-marker"))
        #expect(!printed.contains("neuvo-warning-marker"))
        #expect(!printed.contains("neuvo_nothing_here"))
    }

    @Test("identifiers and literals are quoted")
    func quoting() throws {
        #expect(PQConnection.quoteIdentifier(#"we"ird"#) == #""we""ird""#)
        #expect(PQConnection.quoteLiteral("it's") == "'it''s'")
        #expect(PQConnection.quoteLiteral(#"a\b'"#) == #"E'a\\b'''"#)
        let db = try freshConnection()
        let table = PQConnection.quoteIdentifier(#"Taulu "x"; --"#)
        try db.exec("CREATE TABLE \(table) (v text)")
        try db.exec("INSERT INTO \(table) VALUES (\(PQConnection.quoteLiteral(#"O'Brien \ Ä"#)))")
        #expect(try db.exec("SELECT v FROM \(table)")[0, 0] == #"O'Brien \ Ä"#)
    }
}

@Suite("PQ statements with work meanwhile")
struct PQMeanwhileTests {
    struct Abandon: Error {}

    @Test("the body runs while the statement does, can wait for its end, and its result comes back")
    func result() throws {
        let db = try freshConnection()
        var ran = false
        let result = try db.exec("SELECT $1::int + 1 FROM pg_sleep(0.05)", ["41"]) { working in
            while working() {}
            ran = true
        }
        #expect(ran)
        #expect(result.int(0, 0) == 42)
    }

    @Test("the server's error is thrown after the body; a body's error is thrown; the connection stays usable")
    func errors() throws {
        let db = try freshConnection()
        let error = try #require(throws: PQError.self) { try db.exec("SELECT 1 / $1::int", ["0"]) { _ in } }
        #expect(error.sqlState == "22012")
        #expect(throws: Abandon.self) { try db.exec("SELECT $1::int", ["1"]) { _ in throw Abandon() } }
        #expect(try db.exec("SELECT 7").int(0, 0) == 7)
    }
}

@Suite("PQ errors")
struct PQErrorTests {
    @Test("a unique violation carries SQLSTATE 23505 and the server's detail")
    func uniqueViolation() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (id int PRIMARY KEY)")
        try db.exec("INSERT INTO t VALUES (1)")
        let error = try #require(throws: PQError.self) { try db.exec("INSERT INTO t VALUES ($1)", ["1"]) }
        #expect(error.sqlState == "23505")
        #expect(error.message.contains("duplicate key"))
        #expect(error.detail == "Key (id)=(1) already exists.")
        #expect(!error.isConnectionProblem)
        #expect(error.description.contains("[SQLSTATE 23505]"))
        // The connection is still usable.
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 1)
        #expect(db.isConnected)
    }

    @Test("a syntax error carries SQLSTATE 42601; an unknown table 42P01 with the message alone")
    func syntaxError() throws {
        let db = try freshConnection()
        let syntax = try #require(throws: PQError.self) { try db.exec("SELEC 1") }
        #expect(syntax.sqlState == "42601")
        #expect(syntax.message == #"syntax error at or near "SELEC""#)
        let missing = try #require(throws: PQError.self) { try db.exec("SELECT * FROM nowhere WHERE x = $1", ["1"]) }
        #expect(missing.sqlState == "42P01")
        #expect(!missing.isConnectionProblem)
    }

    @Test("a hint is kept")
    func hint() throws {
        let db = try freshConnection()
        let error = try #require(throws: PQError.self) { try db.exec("SELECT now() + 1") }
        #expect(error.sqlState == "42883")
        #expect(error.hint?.isEmpty == false)
    }

    @Test("a socket that does not exist fails with a clear message")
    func noServer() throws {
        let error = try #require(throws: PQError.self) {
            try PQConnection(uri: "postgresql:///neuvo?host=/nonexistent/neuvo-nowhere&user=postgres")
        }
        #expect(error.isConnectionProblem)
        #expect(error.sqlState == nil)
        #expect(error.message.contains("/nonexistent/neuvo-nowhere/.s.PGSQL"))
        #expect(error.message.contains("No such file or directory"))
    }

    @Test("a database that does not exist fails with the server's SQLSTATE")
    func noDatabase() throws {
        let cluster = try PostgresCluster.shared
        let error = try #require(throws: PQError.self) {
            try PQConnection(uri: cluster.uri(database: "neuvo_no_such_database"))
        }
        #expect(error.message.contains(#"database "neuvo_no_such_database" does not exist"#))
        #expect(error.isConnectionProblem)
    }

    @Test("a closed connection throws, and closing again does nothing")
    func closed() throws {
        let db = try freshConnection()
        db.close()
        db.close()
        #expect(!db.isConnected)
        #expect(db.socket == -1)
        let error = try #require(throws: PQError.self) { try db.exec("SELECT 1") }
        #expect(error.isConnectionProblem)
        #expect(!db.reset())
    }

    @Test("exec refuses COPY and the connection stays usable")
    func execRefusesCopy() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (x int)")
        #expect(throws: PQError.self) { try db.exec("COPY t FROM STDIN") }
        #expect(throws: PQError.self) { try db.exec("COPY (SELECT generate_series(1, 100000)) TO STDOUT") }
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }
}

@Suite("PQ transactions")
struct PQTransactionTests {
    struct Abandon: Error {}

    @Test("the body's rows are committed when it returns")
    func commits() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (x int)")
        let value = try db.transaction { db in
            try db.exec("INSERT INTO t VALUES (1), (2)")
            return try db.exec("SELECT count(*) FROM t").int(0, 0)
        }
        #expect(value == 2)
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 2)
    }

    @Test("a throwing body is rolled back and its error rethrown")
    func rollsBack() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (x int)")
        #expect(throws: Abandon.self) {
            try db.transaction { db in
                try db.exec("INSERT INTO t VALUES (1)")
                throw Abandon()
            }
        }
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
        // A failed statement inside is rethrown as itself.
        let error = try #require(throws: PQError.self) {
            try db.transaction { db in
                try db.exec("INSERT INTO t VALUES (1)")
                try db.exec("INSERT INTO t VALUES ('x')")
            }
        }
        #expect(error.sqlState == "22P02")
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
        #expect(try db.exec("SHOW transaction_isolation").rowCount == 1)
    }

    @Test("a body that swallows a failed statement cannot commit")
    func swallowedFailure() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (x int)")
        let error = try #require(throws: PQError.self) {
            try db.transaction { db in
                try db.exec("INSERT INTO t VALUES (1)")
                _ = try? db.exec("INSERT INTO t VALUES ('x')")
            }
        }
        #expect(error.sqlState == "25P02")
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }

    @Test("a nested transaction joins the outer one")
    func nested() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (x int)")
        #expect(throws: Abandon.self) {
            try db.transaction { db in
                try db.transaction { db in try db.exec("INSERT INTO t VALUES (1)") }
                throw Abandon()
            }
        }
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }

    @Test("a connection shared by threads serializes their statements and transactions")
    func sharedBetweenThreads() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (worker int, n int)")
        let done = DispatchGroup()
        let failures = Failures()
        for worker in 0..<8 {
            done.enter()
            Thread.detachNewThread {
                defer { done.leave() }
                do {
                    for n in 0..<25 {
                        try db.transaction { db in
                            try db.exec("INSERT INTO t VALUES ($1, $2)", [String(worker), String(n)])
                            try db.exec("INSERT INTO t VALUES ($1, $2)", [String(worker), String(-n)])
                        }
                    }
                } catch {
                    failures.add(error)
                }
            }
        }
        done.wait()
        #expect(failures.all.isEmpty)
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 8 * 25 * 2)
        #expect(try db.exec("SELECT count(DISTINCT worker) FROM t").int(0, 0) == 8)
    }

    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [any Error] = []
        func add(_ error: any Error) { lock.withLock { errors.append(error) } }
        var all: [any Error] { lock.withLock { errors } }
    }
}

@Suite("PQ COPY")
struct PQCopyTests {
    /// Text with every byte the COPY text format treats specially, and some it does not.
    static func value(_ i: Int) -> String? {
        switch i % 7 {
        case 0: nil
        case 1: "tab\there"
        case 2: #"back\slash \N \. \\"#
        case 3: "line\nbreak\r\nend\n"
        case 4: ""
        case 5: "Järvenpää \(i)"
        default: #"\."#
        }
    }

    @Test("10,000 rows with tabs, backslashes, newlines and NULLs round-trip exactly")
    func roundTrip() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (id int PRIMARY KEY, a text, b text)")
        let rows = (0..<10_000).lazy.map { i in [String(i), Self.value(i), Self.value(i + 3)] }
        let count = try db.copyIn("COPY t (id, a, b) FROM STDIN", rows: rows)
        #expect(count == 10_000)
        let back = try db.exec("SELECT id, a, b FROM t ORDER BY id")
        #expect(back.rowCount == 10_000)
        var mismatches = 0
        for row in 0..<back.rowCount {
            let i = back.int(row, 0)!
            if back[row, 1] != Self.value(i) || back[row, 2] != Self.value(i + 3) || i != row { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(try db.exec("SELECT count(*) FROM t WHERE a IS NULL").int(0, 0) == (0..<10_000).filter { $0 % 7 == 0 }.count)
    }

    @Test("rows can be streamed from a closure")
    func streaming() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (n int, s text)")
        var n = 0
        let count = try db.copyIn("COPY t FROM STDIN") { () -> [String?]? in
            defer { n += 1 }
            return n < 50_000 ? [String(n), "rivi \(n)"] : nil
        }
        #expect(count == 50_000)
        #expect(try db.exec("SELECT sum(n) FROM t").int64(0, 0) == (0..<50_000).reduce(0, +))
    }

    @Test("a bad value fails the whole COPY with the server's SQLSTATE; the connection stays usable")
    func badValue() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (n int)")
        let rows = (0..<20_000).map { [$0 == 15_000 ? "x" : String($0)] }
        let error = try #require(throws: PQError.self) { try db.copyIn("COPY t FROM STDIN", rows: rows) }
        #expect(error.sqlState == "22P02")
        #expect(!error.isConnectionProblem)
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }

    @Test("an error from the row source abandons the COPY and is rethrown")
    func sourceError() throws {
        struct Unreadable: Error {}
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (n int)")
        var n = 0
        #expect(throws: Unreadable.self) {
            try db.copyIn("COPY t FROM STDIN") { () throws -> [String?]? in
                n += 1
                if n == 30_000 { throw Unreadable() }
                return [String(n)]
            }
        }
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }

    @Test("rows made beforehand (CopyText) are copied exactly, in more than one message")
    func madeBeforehand() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (id int PRIMARY KEY, a text, b text)")
        var text = CopyText()
        for i in 0..<10_000 { text.append([String(i), Self.value(i), Self.value(i + 3)]) }
        #expect(try db.copyIn("COPY t (id, a, b) FROM STDIN", text: text) == 10_000)
        let back = try db.exec("SELECT id, a, b FROM t ORDER BY id")
        #expect((0..<back.rowCount).allSatisfy { back[$0, 1] == Self.value($0) && back[$0, 2] == Self.value($0 + 3) })
        #expect(try db.copyIn("COPY t (id, a, b) FROM STDIN", text: CopyText()) == 0)
    }

    @Test("copyIn refuses a statement that is not COPY FROM STDIN")
    func notCopy() throws {
        let db = try freshConnection()
        try db.exec("CREATE TABLE t (n int)")
        #expect(throws: PQError.self) { try db.copyIn("SELECT 1", rows: [["1"]]) }
        #expect(throws: PQError.self) { try db.copyIn("COPY t TO STDOUT", rows: [["1"]]) }
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 0)
    }
}

@Suite("PQ LISTEN/NOTIFY")
struct PQNotifyTests {
    @Test("a notification from another connection is delivered by waitForNotifications")
    func acrossConnections() throws {
        let uri = try PostgresCluster.shared.createDatabase()
        let listener = try PQConnection(uri: uri)
        let sender = try PQConnection(uri: uri)
        try listener.exec("LISTEN \(PQConnection.quoteIdentifier("neuvo_changes"))")
        #expect(try listener.notifications().isEmpty)
        try sender.exec("SELECT pg_notify($1, $2)", ["neuvo_changes", "Järvenpää 42"])
        let received = try listener.waitForNotifications(timeout: 10)
        #expect(received == [PQNotification(channel: "neuvo_changes", payload: "Järvenpää 42", pid: sender.backendPID)])
        #expect(listener.socket >= 0)
    }

    @Test("the wait sleeps until a notification comes, and returns empty at the timeout")
    func waits() throws {
        let uri = try PostgresCluster.shared.createDatabase()
        let listener = try PQConnection(uri: uri)
        let sender = try PQConnection(uri: uri)
        try listener.exec("LISTEN later")

        let clock = ContinuousClock()
        let start = clock.now
        #expect(try listener.waitForNotifications(timeout: 0.3).isEmpty)
        let waited = clock.now - start
        #expect(waited >= .milliseconds(300) && waited < .seconds(5))

        // A thread of its own: the test runner's few threads may all be busy with other blocking tests.
        let sent = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            usleep(200_000)
            _ = try? sender.exec("NOTIFY later, 'now'")
            sent.signal()
        }
        let before = clock.now
        let received = try listener.waitForNotifications(timeout: 10)
        #expect(received.map(\.payload) == ["now"])
        #expect(clock.now - before < .seconds(5))
        sent.wait()
    }

    @Test("notifications that arrive during a statement are kept for the next read")
    func duringStatements() throws {
        let uri = try PostgresCluster.shared.createDatabase()
        let db = try PQConnection(uri: uri)
        try db.exec("LISTEN self")
        try db.exec("NOTIFY self, 'one'; NOTIFY self, 'two'")
        #expect(try db.exec("SELECT 1").int(0, 0) == 1)
        #expect(try db.waitForNotifications(timeout: 5).map(\.payload) == ["one", "two"])
        #expect(try db.notifications().isEmpty)
    }
}

@Suite("PQ lost connections")
struct PQFaultTests {
    @Test("after the server restarts, the next statement is a connection problem and reset() reconnects")
    func serverRestart() throws {
        let cluster = try PostgresCluster.start()
        defer { try? cluster.stop() }
        let uri = try cluster.createDatabase()
        let db = try PQConnection(uri: uri)
        try db.exec("CREATE TABLE t (x int)")
        #expect(db.isConnected)
        #expect(db.serverVersion >= 150000)

        try cluster.restart()
        let error = try #require(throws: PQError.self) { try db.exec("INSERT INTO t VALUES (1)") }
        #expect(error.isConnectionProblem)
        #expect(!db.isConnected)
        #expect(throws: PQError.self) { try db.transaction { db in try db.exec("SELECT 1") } }

        #expect(db.reset())
        #expect(db.isConnected)
        try db.exec("INSERT INTO t VALUES (1)")
        #expect(try db.exec("SELECT count(*) FROM t").int(0, 0) == 1)
    }

    @Test("a connection killed by the server is a connection problem")
    func terminated() throws {
        let uri = try PostgresCluster.shared.createDatabase()
        let db = try PQConnection(uri: uri)
        let admin = try PQConnection(uri: uri)
        #expect(try admin.exec("SELECT pg_terminate_backend($1)", [String(db.backendPID)]).bool(0, 0) == true)
        let error = try #require(throws: PQError.self) { try db.exec("SELECT 1") }
        #expect(error.isConnectionProblem)
        #expect(db.reset())
        #expect(try db.exec("SELECT 1").int(0, 0) == 1)
    }

    @Test("a listener whose server went away fails instead of waiting")
    func listenerLosesServer() throws {
        let uri = try PostgresCluster.shared.createDatabase()
        let listener = try PQConnection(uri: uri)
        let admin = try PQConnection(uri: uri)
        try listener.exec("LISTEN gone")
        try admin.exec("SELECT pg_terminate_backend($1)", [String(listener.backendPID)])
        let error = try #require(throws: PQError.self) { try listener.waitForNotifications(timeout: 10) }
        #expect(error.isConnectionProblem)
    }
}

@Suite("The test cluster")
struct PostgresClusterTests {
    @Test("psql runs as a given role and reports failures")
    func psqlAsRole() throws {
        let cluster = try PostgresCluster.shared
        let role = "neuvo_t_reader"
        try cluster.createLogin(role)
        try cluster.createLogin(role)  // again: no error
        let uri = try cluster.createDatabase()
        #expect(try cluster.psql("CREATE TABLE secret (x int); REVOKE ALL ON secret FROM PUBLIC", database: uri).status == 0)
        let who = try cluster.psql("SELECT current_user", database: uri, user: role)
        #expect(who.status == 0)
        #expect(who.stdout == "\(role)\n")
        let denied = try cluster.psql("SELECT * FROM secret", database: uri, user: role)
        #expect(denied.status != 0)
        #expect(denied.stderr.contains("permission denied"))
    }

    @Test("a database can belong to a login, and its URI connects as that login")
    func ownedDatabase() throws {
        let cluster = try PostgresCluster.shared
        try cluster.createLogin("neuvo_t_owner", createRole: true)
        let uri = try cluster.createDatabase(owner: "neuvo_t_owner")
        #expect(uri.contains("user=neuvo_t_owner"))
        let db = try PQConnection(uri: uri)
        #expect(try db.exec("SELECT current_user, rolcreaterole FROM pg_roles WHERE rolname = current_user")[0, 0] == "neuvo_t_owner")
        #expect(try db.exec("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")[0, 0] == "neuvo_t_owner")
    }
}
