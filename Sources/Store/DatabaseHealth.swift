import Foundation
import GRDB
import PQ

/// What `neuvo check` finds in a database, looked at without changing anything in it: never migrated, never audited.
public enum DatabaseHealth {
    /// What a SQLite file is.
    public enum FileKind: Equatable, Sendable {
        case missing
        /// A file of no bytes: not yet a database (neuvo would make one of it).
        case empty
        /// Not a SQLite database at all.
        case notSQLite
        /// A SQLite database without neuvo's schema.
        case foreign
        case neuvo
    }

    /// A SQLite file's state: its kind, then, for a neuvo database, its migrations against this neuvo's, `PRAGMA
    /// integrity_check`'s problems (empty when "ok"; at most `problemsKept`) and its contacts.
    public struct FileState: Equatable, Sendable {
        public var kind: FileKind
        /// This neuvo's migrations the database has not had: an older database (any neuvo that opens it migrates it).
        public var missing: [String] = []
        /// Migrations this neuvo does not know: a newer neuvo made the database.
        public var unknown: [String] = []
        public var integrityProblems: [String] = []
        public var contacts: Int = 0
        /// Why it could not be read, when it could not (a permission, a lock held too long).
        public var unreadable: String?
    }

    public static let problemsKept = 10

    /// Looks at the SQLite file at `path` through a read-only connection.
    public static func inspect(sqlite path: String) -> FileState {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                return FileState(kind: .neuvo, unreadable: String(cString: strerror(EACCES)))
            }
            return FileState(kind: .missing)
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        if header.isEmpty { return FileState(kind: .empty) }
        guard header == Data("SQLite format 3\0".utf8) else { return FileState(kind: .notSQLite) }
        do {
            var configuration = Configuration()
            // Read-only only when it must be: a read-only connection closing last leaves the WAL's files behind, and a
            // connection that can write (and writes nothing) removes them as neuvo's own do.
            configuration.readonly = access(path, W_OK) != 0 || access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) != 0
            configuration.busyMode = .timeout(DatabaseFile.busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == Schema.applicationID else { return FileState(kind: .foreign) }
                let applied = try Schema.migrator.appliedIdentifiers(db)
                let known = Schema.migrator.migrations
                var state = FileState(kind: .neuvo)
                state.missing = known.filter { !applied.contains($0) }
                state.unknown = applied.subtracting(known).sorted()
                let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check(\(problemsKept))")
                state.integrityProblems = rows == ["ok"] ? [] : rows
                state.contacts = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact""#) ?? 0
                return state
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            return FileState(kind: .notSQLite)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            return FileState(kind: .neuvo, integrityProblems: [error.message ?? "\(error)"])
        } catch {
            return FileState(kind: .neuvo, unreadable: (error as? DatabaseError)?.message ?? "\(error)")
        }
    }

    /// A PostgreSQL server's state for neuvo's database.
    public struct ServerState: Equatable, Sendable {
        /// Nil: the database has no neuvo schema (`neuvo init` not run).
        public var applied: Set<String>?
        public var missing: [String] = []
        public var unknown: [String] = []
        /// Client connections open now (this one among them).
        public var connections: Int = 0
        /// `max_connections`.
        public var maxConnections: Int = 0
        /// Slots kept for superusers (`superuser_reserved_connections`) and, from PostgreSQL 16, for roles granted
        /// pg_use_reserved_connections (`reserved_connections`): no neuvo login gets them.
        public var reserved: Int = 0

        /// The connections neuvo's logins may open in all.
        public var usable: Int { maxConnections - reserved }
    }

    /// Connects to `uri` and reads the migrations and the server's connection figures (the settings and
    /// `pg_stat_activity`'s count of client backends, which every login may read: no neuvo data). Another login's
    /// session shows there without its `backend_type` to a login without pg_read_all_stats, so every session in a
    /// database whose type is hidden counts as a client's (an autovacuum worker may be counted too: on the safe side).
    public static func inspect(postgres uri: String) throws(StoreError) -> ServerState {
        let connection = try PostgresLog.connect(uri)
        defer { connection.close() }
        do {
            var state = ServerState()
            if let applied = try PostgresLog.appliedMigrations(connection) {
                let known = PostgresSchema.migrations(pgcrypto: "").map(\.identifier)
                state.applied = applied
                state.missing = known.filter { !applied.contains($0) }
                state.unknown = applied.subtracting(known).sorted()
            }
            let figures = try connection.exec(
                """
                SELECT current_setting('max_connections')::int,
                    current_setting('superuser_reserved_connections')::int
                        + coalesce(nullif(current_setting('reserved_connections', true), ''), '0')::int,
                    (SELECT count(*) FROM pg_stat_activity
                        WHERE datid IS NOT NULL AND coalesce(backend_type, 'client backend') = 'client backend')::int
                """)
            state.maxConnections = figures.int(0, 0) ?? 0
            state.reserved = figures.int(0, 1) ?? 0
            state.connections = figures.int(0, 2) ?? 0
            return state
        } catch let error as PQError where error.sqlState == "42501" {
            throw .missingRight(login: (try? connection.exec("SELECT session_user").string(0, 0)) ?? "", role: nil)
        } catch {
            throw .cannotOpen(path: PostgresLog.redacted(uri), reason: PostgresLog.reason(error))
        }
    }
}
