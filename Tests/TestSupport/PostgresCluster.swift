import Foundation

/// A throwaway PostgreSQL cluster for the tests, run by `Tests/postgres/cluster.sh`: Unix socket only,
/// trust authentication, superuser `postgres`, durability off. Never the system's server.
///
/// `shared` is the run's cluster: `make test` starts one around the whole run and passes its socket
/// directory in `NEUVO_TEST_PGHOST`; under a plain `swift test` the first use starts one for this process,
/// stopped when it exits (`atexit`; a crashed test process leaves it running, in `$TMPDIR/neuvo-pg.*`).
/// Tests that restart or stop the server take a private one from `start()`.
public final class PostgresCluster: @unchecked Sendable {
    /// The socket directory: libpq's `host`.
    public let host: String
    /// The bootstrap superuser (`postgres`), which any test may connect as.
    public let superuser: String
    /// Started by this process, so stopped by it too; the shared cluster of `make test` is not.
    private let owned: Bool
    private let lock = NSLock()
    private var stopped = false

    private init(host: String, superuser: String, owned: Bool) {
        self.host = host
        self.superuser = superuser
        self.owned = owned
    }

    deinit {
        if owned { try? stop() }
    }

    // MARK: - Clusters

    /// The run's cluster (see the type's documentation); throws when none can be started.
    public static var shared: PostgresCluster {
        get throws { try sharedCluster.get() }
    }

    private static let sharedCluster: Result<PostgresCluster, any Error> = Result {
        let environment = ProcessInfo.processInfo.environment
        if let host = environment["NEUVO_TEST_PGHOST"], !host.isEmpty {
            return PostgresCluster(host: host, superuser: environment["NEUVO_TEST_PGUSER"] ?? "postgres", owned: false)
        }
        let cluster = try start()
        atexit {
            if case .success(let cluster) = PostgresCluster.sharedCluster { try? cluster.stop() }
        }
        return cluster
    }

    /// A private cluster in a new temporary directory, for tests that restart or stop the server. Stopped
    /// and removed by `stop()` or when released. Under `make test` its directory is inside the run's
    /// cluster directory, so that the script stops it too when the test process is killed.
    /// `peer`: the cluster authenticates by the OS user (each logs in as the role of their name), as a server that
    /// advisors SSH into does; the test process may still log in as the superuser and `neuvo_owner`.
    /// `settings`: server settings over the test cluster's own, such as `["max_connections": "6"]`.
    public static func start(peer: Bool = false, settings: [String: String] = [:]) throws -> PostgresCluster {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let run = environment["NEUVO_TEST_PGHOST"], FileManager.default.fileExists(atPath: run + "/neuvo-test-cluster") {
            base = run
        } else {
            base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        }
        var template = Array("\(base)/neuvo-pg.XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(message: "cannot make a temporary directory in \(base): \(String(cString: strerror(errno)))")
        }
        let directory = String(cString: made)
        var extra = peer ? ["NEUVO_PG_PEER": "1"] : [:]
        if !settings.isEmpty { extra["NEUVO_PG_SETTINGS"] = settings.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ";") }
        let result = try run(script: "start", directory, environment: extra)
        guard result.status == 0 else {
            _ = try? run(script: "stop", directory)
            rmdir(directory)
            throw Failure(message: "the test cluster did not start: \(result.stdout)\(result.stderr)")
        }
        return PostgresCluster(host: directory, superuser: "postgres", owned: true)
    }

    /// Restarts the server (fast shutdown: open connections are cut). Private clusters only.
    public func restart() throws {
        precondition(owned, "only a private cluster (PostgresCluster.start()) may be restarted")
        let result = try Self.run(script: "restart", host)
        guard result.status == 0 else { throw Failure(message: "the test cluster did not restart: \(result.stderr)") }
    }

    /// Stops the server, keeping its data (an outage), until `resume()`. Private clusters only.
    public func halt() throws {
        precondition(owned, "only a private cluster (PostgresCluster.start()) may be halted")
        let result = try Self.run(script: "halt", host)
        guard result.status == 0 else { throw Failure(message: "the test cluster did not halt: \(result.stderr)") }
    }

    /// Starts a halted server again.
    public func resume() throws {
        let result = try Self.run(script: "resume", host)
        guard result.status == 0 else { throw Failure(message: "the test cluster did not start again: \(result.stderr)") }
    }

    /// Stops the server and removes its directory; again, or on the shared cluster of `make test`, it does
    /// nothing.
    public func stop() throws {
        guard owned else { return }
        try lock.withLock {
            guard !stopped else { return }
            let result = try Self.run(script: "stop", host)
            guard result.status == 0 else { throw Failure(message: "the test cluster did not stop: \(result.stderr)") }
            stopped = true
        }
    }

    // MARK: - Databases and roles

    /// A new, empty database with a unique name (`neuvo_t_…`, from template0, owned by `owner` or the
    /// superuser); returns its libpq URI, connecting as `owner` or the superuser.
    public func createDatabase(owner: String? = nil) throws -> String {
        let name = "neuvo_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        var sql = "CREATE DATABASE \(Self.quoteIdentifier(name)) TEMPLATE template0"
        if let owner { sql += " OWNER \(Self.quoteIdentifier(owner))" }
        try check(psql(sql), doing: "create database \(name)")
        return uri(database: name, user: owner)
    }

    /// The libpq URI of `database` on this cluster as `user` (default: the superuser), such as
    /// `postgresql:///neuvo_t_1a2b?host=/tmp/neuvo-pg.X&user=postgres`.
    public func uri(database: String, user: String? = nil) -> String {
        "postgresql:///\(Self.percentEncoded(database))?host=\(Self.percentEncoded(host))&user=\(Self.percentEncoded(user ?? superuser))"
    }

    /// Runs `sql` with `psql -X -v ON_ERROR_STOP=1 -At -c` as role `user` (default: the superuser) in
    /// `database`, a name or a URI from `createDatabase`. Rows come one a line, columns split by `|`; a
    /// failed statement gives status 1 or 3 and the server's message in `stderr`.
    /// `verbose`: an error's SQLSTATE is printed before its message (`ERROR:  42501: permission denied …`).
    public func psql(_ sql: String, database: String = "postgres", user: String? = nil, verbose: Bool = false) throws -> (
        status: Int32, stdout: String, stderr: String
    ) {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") || $0.key == "PGPORT" }
        environment["PGCLIENTENCODING"] = "UTF8"
        environment["LC_ALL"] = "C.UTF-8"
        let arguments = [
            "-X", "-v", "ON_ERROR_STOP=1", "-At", "-h", host, "-U", user ?? superuser, "-d", Self.databaseName(database),
        ] + (verbose ? ["-v", "VERBOSITY=verbose"] : []) + ["-c", sql]
        return try Spawn.run(Self.psqlPath, arguments, environment: environment)
    }

    /// A login role `name` without a password (the cluster trusts every local connection), with CREATEROLE
    /// when asked. Creating one that exists only sets its attributes, so tests may share names.
    public func createLogin(_ name: String, createRole: Bool = false) throws {
        let role = Self.quoteIdentifier(name)
        let sql = """
            DO $neuvo$ BEGIN CREATE ROLE \(role) LOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $neuvo$;
            ALTER ROLE \(role) LOGIN \(createRole ? "CREATEROLE" : "NOCREATEROLE");
            """
        try check(psql(sql), doing: "create login \(name)")
    }

    public static func quoteIdentifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Internals

    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        public init(message: String) {
            self.message = message
        }
    }

    private func check(_ result: (status: Int32, stdout: String, stderr: String), doing what: String) throws {
        guard result.status == 0 else { throw Failure(message: "psql could not \(what): \(result.stderr)") }
    }

    /// `Tests/postgres/cluster.sh`, beside this file's folder.
    public static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../postgres/cluster.sh").standardized.path

    /// The newest `/usr/lib/postgresql/N/bin` (as the script picks), else whatever `psql` is on PATH.
    static let psqlPath: String = {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/psql") {
            return "\(root)/\(version)/bin/psql"
        }
        return "/usr/bin/psql"
    }()

    private static func run(
        script command: String, _ directory: String, environment: [String: String] = [:]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try Spawn.run("/bin/bash", [script, command, directory], environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    /// The database a URI from `createDatabase` names (a plain name is returned as it is).
    public static func databaseName(_ database: String) -> String {
        guard database.hasPrefix("postgresql:") || database.hasPrefix("postgres:"),
            let path = URLComponents(string: database)?.path
        else { return database }
        return String(path.drop { $0 == "/" })
    }

    private static func percentEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
