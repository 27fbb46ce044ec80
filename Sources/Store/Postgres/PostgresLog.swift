import Foundation
import Guidance
import PQ
import Synchronization

/// The contact log on a team's shared PostgreSQL database (CONTRACT §6). The server decides who sees and changes
/// what: functions that check the caller's role in this database first, an audit log appended to only through
/// `neuvo.audit_append` with the login the server authenticated and chained by hashes, a pseudonym key no neuvo role
/// reads. So the actor's user name is never sent: on PostgreSQL, who is acting is `session_user`.
public final class PostgresLog: ContactLog, @unchecked Sendable {
    let connection: PQConnection
    let uri: String
    let vocabulary: Vocabulary
    let points: Set<String>
    /// The points of data/, in its order (the board's columns).
    let pointOrder: [String]
    let instrument: Instrument?
    /// Who the server says we are: the login, its neuvo role and (for an advisor) its points.
    public let session: PostgresSession
    /// The clients at hand: each handle `clientHandle(for:)` gave, with the identity code it stands for.
    let clients = Mutex<[String: String]>([:])
    /// The channel saves are announced on (`neuvo.channel()`; nil for a login that may not hear of them) and the server's
    /// count of writes last seen (`neuvo.changes()`).
    let channel: String?
    private let seenChanges = Mutex<Int64?>(nil)
    /// The handoffs' change count (`neuvo.handoff_changes()`) when `handoffsChanged` last asked (nil: never).
    let handoffChangesSeen = Mutex<Int64?>(nil)
    /// Notifications read off the connection and not yet acted on: another session's (for `othersHaveSaved`), and any
    /// at all (for `handoffsChanged`, which starts out asking).
    let heard = Mutex<(others: Bool, any: Bool)>((false, true))

    init(connection: PQConnection, uri: String, catalog: Catalog) throws {
        self.connection = connection
        self.uri = uri
        vocabulary = catalog.vocabulary
        points = Set(catalog.points.map(\.code))
        pointOrder = catalog.points.map(\.code)
        instrument = catalog.instrument
        session = try Self.whoami(connection)
        channel = session.role == .trainer || session.role == nil ? nil : try connection.exec("SELECT neuvo.channel()").text(0, 0)
        try listen()
    }

    /// Listens on the channel and notes the count of writes, on a new connection and after a reconnection.
    private func listen() throws {
        guard let channel else { return }
        try connection.exec("LISTEN " + PQConnection.quoteIdentifier(channel))
        let count = try connection.exec("SELECT neuvo.changes()").integer64(0, 0)
        seenChanges.withLock { $0 = count }
    }

    /// Opens a database `neuvo init` has made. The database owner's login migrates it when this neuvo knows newer
    /// migrations; anyone else is told to ask the owner to run `neuvo init`. A demo is never on PostgreSQL.
    public static func open(uri: String, catalog: Catalog, kind: DatabaseKind = .real) throws(StoreError) -> PostgresLog {
        guard kind == .real else { throw .notDemoDatabase(path: redacted(uri)) }
        let connection = try connect(uri)
        do {
            // A login without a neuvo role cannot even look into the schema: say so, rather than call it uninitialised.
            let roles = try connection.exec(
                """
                SELECT session_user, pg_has_role(session_user, datdba, 'MEMBER')
                    OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname LIKE 'neuvo\\_%' AND pg_has_role(session_user, oid, 'MEMBER'))
                FROM pg_database WHERE datname = current_database()
                """)
            guard roles.flag(0, 1) else { throw StoreError.noRole(login: roles.text(0, 0)) }
            let applied = try appliedMigrations(connection)
            guard let applied else { throw StoreError.notInitialized(uri: redacted(uri)) }
            let known = PostgresSchema.migrations(pgcrypto: "").map(\.identifier)
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty { throw StoreError.newerSchema(path: redacted(uri), unknown: unknown.sorted()) }
            if applied.count < known.count {
                guard try isOwner(connection) else { throw StoreError.notInitialized(uri: redacted(uri)) }
                try migrate(connection, catalog: catalog)
            }
            rollUpMonths(connection)
            return try PostgresLog(connection: connection, uri: uri, catalog: catalog)
        } catch let error as StoreError {
            connection.close()
            throw error
        } catch let error as PQError where error.sqlState == "42501" {
            // The server's own refusal of a privilege the login lacks here, in neuvo's terms rather than raw.
            let login = (try? connection.exec("SELECT session_user").text(0, 0)) ?? ""
            connection.close()
            throw .missingRight(login: login, role: nil)
        } catch {
            connection.close()
            throw .cannotOpen(path: redacted(uri), reason: Self.reason(error))
        }
    }

    /// Moves the monthly sums' bound to the newest month that has ended (v16), when no other session is writing figures
    /// (then the next session's start does): at a session's start, so that an advisor's first start of a month does it.
    /// Reports are right whether or not it ran; only their speed depends on it.
    static func rollUpMonths(_ c: PQConnection) {
        _ = try? c.exec("SELECT neuvo.roll_up_months()")
    }

    /// `neuvo init`: run by the database's owner (a login with CREATEROLE, no superuser needed). Creates the group
    /// roles that are missing, pgcrypto, the schema and the pseudonym key (`key`, else 32 random bytes); run again,
    /// it applies new migrations and changes nothing else. A database holding tables neuvo did not make is refused
    /// with nothing changed, and so is an owner who could not grant neuvo's roles (`neuvo roles` would fail later).
    /// Run by a superuser (or another member of the owner's role), it acts as the owner, so that the owner owns all it
    /// makes. Returns the migrations it applied.
    @discardableResult
    public static func initialize(uri: String, catalog: Catalog, key: [UInt8]? = nil) throws(StoreError) -> [String] {
        let connection = try connect(uri)
        defer { connection.close() }
        do {
            guard try isOwner(connection) else { throw StoreError.notOwner(uri: redacted(uri)) }
            try checkOwnerGrants(connection)
            let foreign = try foreignTables(connection)
            if !foreign.isEmpty { throw StoreError.foreignTables(uri: redacted(uri), tables: foreign) }
            let applied = try appliedMigrations(connection) ?? []
            let unknown = applied.subtracting(PostgresSchema.migrations(pgcrypto: "").map(\.identifier))
            if !unknown.isEmpty { throw StoreError.newerSchema(path: redacted(uri), unknown: unknown.sorted()) }
            return try Self.committing(connection) { c in
                try actAsOwner(c)
                try c.exec(PostgresSchema.createGroupRoles)
                let done = try applyMigrations(c)
                try storeVocabulary(catalog, c)
                if try c.exec(#"SELECT count(*) FROM neuvo.pseudonym_key"#).integer(0, 0) == 0 {
                    let bytes = key ?? PseudonymKey.randomBytes()
                    try c.exec(#"INSERT INTO neuvo.pseudonym_key ("key") VALUES (decode($1, 'hex'))"#, [hex(bytes)])
                }
                return done
            }
        } catch let error as StoreError {
            throw error
        } catch let error as PQError where error.sqlState == "42501" {
            throw .missingRight(login: (try? connection.exec("SELECT session_user").text(0, 0)) ?? "", role: nil)
        } catch {
            throw .cannotOpen(path: redacted(uri), reason: Self.reason(error))
        }
    }

    /// Dates as 2023-03-14, whatever the server or the login is set to (again after every reconnection).
    static func setUp(_ connection: PQConnection) throws {
        try connection.exec("SET datestyle = ISO")
    }

    /// Connects again after a lost connection, as the log first connected (and listening again); throws
    /// `connectionLost` while the server cannot be reached, `tooManyConnections` while it refuses for its limit.
    func reconnect() throws(StoreError) {
        do {
            try connection.reconnect()
            try Self.setUp(connection)
            try listen()
        } catch let error as PQError {
            throw StoreError.connectionLimit(error) ?? .connectionLost(reason: error.message)
        } catch {
            throw .connectionLost(reason: Self.reason(error))
        }
    }

    /// Reads the notifications already received, leaving out those of this log's own saves; when there are others',
    /// asks the server's count of writes whether anything was written since (a NOTIFY on the channel by hand, which any
    /// login that knows the channel can send, changes no count and so wakes no screen). After a lost connection it
    /// reconnects, and says yes: what was saved meanwhile was not heard of.
    public func othersHaveSaved() throws -> Bool {
        if connection.isConnected {
            do {
                try readNotifications()
                guard heard.withLock({ heard in defer { heard.others = false }; return heard.others }) else { return false }
                let count = try connection.exec("SELECT neuvo.changes()").integer64(0, 0)
                return seenChanges.withLock { seen in
                    defer { seen = count }
                    return seen != count
                }
            } catch where !error.isConnectionProblem {
                throw error
            } catch {}
        }
        try reconnect()
        heard.withLock { $0.any = true }
        return true
    }

    /// Reads the notifications the connection has received, noting whose they were (`heard`): `othersHaveSaved` and
    /// `handoffsChanged` share them, each asking the server only when there was one.
    func readNotifications() throws(PQError) {
        let received = try connection.notifications()
        guard !received.isEmpty else { return }
        let others = received.contains { $0.pid != connection.backendPID }
        heard.withLock { heard in
            heard.any = true
            if others { heard.others = true }
        }
    }

    static func connect(_ uri: String) throws(StoreError) -> PQConnection {
        do {
            let connection = try PQConnection(uri: uri)
            try setUp(connection)
            return connection
        } catch let error as PQError {
            // The server at its connection limit: one line saying which limit and whom to ask, not libpq's FATAL.
            if case .tooManyConnections(let limit)? = StoreError.connectionLimit(error) { throw .tooManyConnections(limit) }
            throw .cannotOpen(path: redacted(uri), reason: error.message)
        } catch {
            throw .cannotOpen(path: redacted(uri), reason: reason(error))
        }
    }

    /// The session's settings, on every new connection (a reconnected one starts from the server's defaults):
    /// dates as 2023-03-14 and times in UTC, whatever the server, the database or the login is set to.
    /// The migrations recorded in the database; nil when it has no neuvo schema.
    static func appliedMigrations(_ c: PQConnection) throws -> Set<String>? {
        let found = try c.exec("SELECT to_regclass('neuvo.migration') IS NOT NULL, to_regprocedure('neuvo.migrations()') IS NOT NULL")
        guard found.flag(0, 0) else { return nil }
        // Through the function once v7 has made it (no login but the owner reads a table); the table before.
        let rows = try c.exec(found.flag(0, 1) ? #"SELECT "identifier" FROM neuvo.migrations()"# : #"SELECT "identifier" FROM neuvo.migration"#)
        return Set((0..<rows.rowCount).map { rows.text($0, 0) })
    }

    /// Applies the migrations not yet applied, in one transaction with a lock, so that two inits never both do.
    static func migrate(_ c: PQConnection, catalog: Catalog) throws {
        try committing(c) { c in
            _ = try applyMigrations(c)
            try storeVocabulary(catalog, c)
        }
    }

    /// The codes of data/ the server checks every write against (`neuvo.vocabulary`): each coded field's, the points'
    /// and the consultation lines', as the catalog the owner's neuvo reads has them, replacing those held.
    static func storeVocabulary(_ catalog: Catalog, _ c: PQConnection) throws {
        let v = catalog.vocabulary
        let lists: [(String, [String])] = [
            ("channel", v.channel.codes), ("contact_by", v.contactBy.codes), ("reason", v.reason.codes), ("topic", v.topic.codes),
            ("referral", v.referral.codes), ("age_group", v.ageGroup.codes), ("service_area", v.serviceArea.codes),
            ("service_chain", v.serviceChain.codes), ("segment", v.segment.codes), ("referral_outcome", v.referralOutcome.codes),
            ("unmet_need", v.unmetNeed.codes), ("consultation", v.consultation.codes), ("point", catalog.points.map(\.code)),
            ("receiving_service", HandoffRequest.services(v)),
        ]
        let pairs = lists.flatMap { kind, codes in codes.map { (kind, $0) } }
        try c.exec("DELETE FROM neuvo.vocabulary")
        try c.exec(
            #"INSERT INTO neuvo.vocabulary ("kind", "code") SELECT DISTINCT * FROM unnest($1::text[], $2::text[])"#,
            [PGArray.literal(pairs.map(\.0)), PGArray.literal(pairs.map(\.1))])
    }

    /// The body of `migrate`, inside the caller's transaction; returns the migrations it applied.
    static func applyMigrations(_ c: PQConnection) throws -> [String] {
        try c.exec("SELECT pg_advisory_xact_lock(hashtext('neuvo migrations'))")
        try actAsOwner(c)
        let applied = try appliedMigrations(c) ?? []
        // v7 keeps the memberships of a database made by an earlier neuvo (PostgresSchema.v7Access); a new one has none.
        try c.exec("SELECT set_config('neuvo.upgrading', $1, true)", [applied.isEmpty ? "false" : "true"])
        let pgcrypto = try pgcryptoSchema(c)
        var done: [String] = []
        for migration in PostgresSchema.migrations(pgcrypto: pgcrypto) where !applied.contains(migration.identifier) {
            try c.exec(migration.sql)
            try c.exec(#"INSERT INTO neuvo.migration ("identifier") VALUES ($1)"#, [migration.identifier])
            done.append(migration.identifier)
        }
        return done
    }

    /// The schema pgcrypto is in, creating the extension (in the owner's current schema) when the database has none:
    /// pgcrypto is a trusted extension, so the database owner may create it without being a superuser.
    static func pgcryptoSchema(_ c: PQConnection) throws -> String {
        let found = try c.exec("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto'")
        if found.rowCount > 0 { return found.text(0, 0) }
        try c.exec("CREATE EXTENSION pgcrypto")
        return try c.exec("SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pgcrypto'").text(0, 0)
    }

    /// For the rest of the transaction, acts as the database's owner when the login is only a member of it (a
    /// superuser running `neuvo init`): what is made belongs to the owner, who can use and migrate it afterwards.
    static func actAsOwner(_ c: PQConnection) throws {
        let owner = try c.exec(
            "SELECT datdba::regrole::text, datdba <> (SELECT oid FROM pg_roles WHERE rolname = session_user) FROM pg_database WHERE datname = current_database()")
        if owner.flag(0, 1) { try c.exec("SET LOCAL ROLE \(PQConnection.quoteIdentifier(owner.text(0, 0)))") }
    }

    /// `neuvo roles` grants neuvo's group roles as the owner: refused at `init`, before anything is changed, when the
    /// owner could not (no CREATEROLE; from PostgreSQL 16, no ADMIN OPTION on a group role another login made).
    static func checkOwnerGrants(_ c: PQConnection) throws {
        let owner = try c.exec(
            """
            SELECT r.rolname, r.rolcreaterole OR r.rolsuper, current_setting('server_version_num')::integer >= 160000 AND NOT r.rolsuper
            FROM pg_database AS d JOIN pg_roles AS r ON r.oid = d.datdba WHERE d.datname = current_database()
            """)
        let name = owner.text(0, 0)
        guard owner.flag(0, 1) else { throw StoreError.ownerCannotGrant(owner: name, role: nil) }
        guard owner.flag(0, 2) else { return }
        let missing = try c.exec(
            """
            SELECT g.rolname FROM pg_roles AS g WHERE g.rolname = ANY ($1::text[])
              AND NOT EXISTS (SELECT 1 FROM pg_auth_members AS a WHERE a.roleid = g.oid AND a.admin_option
                              AND a.member = (SELECT datdba FROM pg_database WHERE datname = current_database()))
            ORDER BY 1
            """, [PGArray.literal(PostgresSchema.groupRoles)])
        if missing.rowCount > 0 { throw StoreError.ownerCannotGrant(owner: name, role: missing.text(0, 0)) }
    }

    static func isOwner(_ c: PQConnection) throws -> Bool {
        try c.exec("SELECT pg_has_role(session_user, datdba, 'MEMBER') FROM pg_database WHERE datname = current_database()").flag(0, 0)
    }

    /// Tables, views and sequences outside the system schemas that neuvo did not make (its own live in `neuvo`).
    static func foreignTables(_ c: PQConnection) throws -> [String] {
        let ours = try appliedMigrations(c) != nil
        let rows = try c.exec(
            """
            SELECT n.nspname || '.' || c.relname FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND n.nspname NOT LIKE 'pg\\_%' AND NOT ($1 AND n.nspname = 'neuvo')
              AND NOT EXISTS (SELECT 1 FROM pg_depend AS d WHERE d.objid = c.oid AND d.deptype = 'e')
            ORDER BY 1
            """, [ours ? "true" : "false"])
        return (0..<rows.rowCount).map { rows.text($0, 0) }
    }

    static func whoami(_ c: PQConnection) throws -> PostgresSession {
        let row = try c.exec("SELECT login, role, array_to_string(points, ';'), array_to_string(neuvo.my_services(), ';') FROM neuvo.whoami()")
        let role = row.isNull(0, 1) ? nil : PostgresSession.Role(rawValue: row.text(0, 1))
        let points = row.isNull(0, 2) ? [] : row.text(0, 2).split(separator: ";").map(String.init)
        let services = row.isNull(0, 3) ? [] : row.text(0, 3).split(separator: ";").map(String.init)
        return PostgresSession(login: row.text(0, 0), role: role, points: points, services: services)
    }

    /// The URI without a password, for messages and the audit log.
    public static func redacted(_ uri: String) -> String {
        guard var parts = URLComponents(string: uri) else { return uri }
        if parts.password != nil { parts.password = "***" }
        if let items = parts.queryItems, items.contains(where: { $0.name == "password" }) {
            parts.queryItems = items.map { $0.name == "password" ? URLQueryItem(name: "password", value: "***") : $0 }
        }
        return parts.string ?? uri
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? PQError { return error.message }
        return "\(error)"
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    public func close() throws {
        connection.close()
    }

    /// Runs `body` in one transaction, turning the server's refusals and a lost connection into `StoreError`s.
    func transaction<T>(_ body: (PQConnection) throws -> T) throws -> T {
        try run { c in try Self.committing(c, body) }
    }

    /// `c.transaction(body)`, run again from the start when the server chose it to break a deadlock or a serialization
    /// conflict (SQLSTATE 40P01, 40001), as PostgreSQL asks of its clients: two saves touching one day's figures and one
    /// client's repeats in different orders can meet so. It was rolled back whole, so running it again is safe.
    /// The same when another database on the server created one of neuvo's group roles between our "does it exist?"
    /// and our CREATE ROLE (roles are the server's, the migration lock one database's): a production and a training
    /// database upgraded at once meet so, and the next run finds the role made.
    static func committing<T>(_ c: PQConnection, _ body: (PQConnection) throws -> T) throws -> T {
        try retryingConflicts { try c.transaction(body) }
    }

    static func isWorthRunningAgain(_ error: PQError) -> Bool {
        ["40P01", "40001"].contains(error.sqlState)
            || (error.sqlState == "23505" && error.message.contains("pg_authid_rolname_index"))
    }

    /// Runs `body` on the connection (a single statement, or a transaction `body` manages itself), turning the
    /// server's refusals and a lost connection into `StoreError`s as `transaction` does.
    func run<T>(_ body: (PQConnection) throws -> T) throws -> T {
        // A connection an earlier call found lost is made again first: the call that found it said so
        // (`connectionLost`), and the log goes on once the server is back, rather than failing until it is reopened.
        if !connection.isConnected { try reconnect() }
        do {
            return try body(connection)
        } catch let error as PQError {
            throw storeError(error)
        }
    }

    /// A lost connection, or a refusal by the server (a grant missing, a row-level security policy): the rest stays
    /// a `PQError`, whose message names what went wrong.
    func storeError(_ error: PQError) -> any Error {
        if error.isConnectionProblem { return StoreError.connectionLost(reason: error.message) }
        if error.sqlState == StoreError.diskFullState { return StoreError.diskFull }
        if error.sqlState == "42501" {
            // neuvo's functions say which role may (`only advisors …`); the server's own refusal of a missing privilege
            // ("permission denied for table audit") is put in the same terms rather than shown raw.
            if error.message.hasPrefix("permission denied") || error.message.hasPrefix("must be owner") {
                return StoreError.missingRight(login: session.login, role: session.role?.rawValue)
            }
            return StoreError.notAllowed(login: session.login, reason: error.message)
        }
        // A contact the function found none of that this login may touch: its id in the detail.
        if error.sqlState == "P0002", let id = error.detail.flatMap({ Int64($0) }) { return ContactNotFound(id: id) }
        return error
    }
}

/// Who the PostgreSQL server says is connected.
public struct PostgresSession: Equatable, Sendable {
    public enum Role: String, Sendable {
        /// The database's owner: the administrator, who sees everything and imports for any point.
        case owner, supervisor, trainer, advisor
        /// A wall board's login (`neuvo board`): the daily figures and the open follow-ups' count, never a contact.
        case board
        /// A receiving service's login (CONTRACT §9): the handoffs to its services, with their details; never a contact.
        case service
    }

    public let login: String
    /// Nil for a login that holds no neuvo role.
    public let role: Role?
    /// An advisor's points (`neuvo roles --set LOGIN=advisor --point P`).
    public let points: [String]
    /// A service login's services (`neuvo roles --set LOGIN=service --service CODE`).
    public var services: [String] = []
}
