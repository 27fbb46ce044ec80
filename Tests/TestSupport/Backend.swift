import Foundation
import Guidance
import Store

/// The two backends every store test runs on (`@Test(arguments: Backend.allCases)`): SQLite in memory, and a fresh
/// database of its own on the run's throwaway PostgreSQL cluster, opened by its owner (the administrator).
public enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite, postgres

    public var description: String { rawValue }

    /// An empty log on this backend.
    public func emptyLog(catalog: Catalog = Fixtures.catalog) throws -> any ContactLog {
        switch self {
        case .sqlite: try SQLiteLog.inMemory(catalog: catalog)
        case .postgres: try ContactLogs.open(try SharedDatabase.fresh(), catalog: catalog)
        }
    }

    /// The URI of a fresh PostgreSQL database made by `neuvo init`, with its owner's login.
    public static func freshPostgresDatabase() throws -> String {
        try SharedDatabase.fresh()
    }

    /// The URI of a new, empty database (no neuvo schema) owned by `postgresOwner`, connecting as it: for tests of
    /// `neuvo init` and of migrations.
    public static func bareDatabase() throws -> String {
        try SharedDatabase.bare()
    }

    /// The login that owns every test database on PostgreSQL (CREATEROLE, no superuser): who the audit log names
    /// there, whatever user an `Actor` gives (CONTRACT §6: the login the server authenticated).
    public static let postgresOwner = SharedDatabase.owner

    /// `uri`, a test database's URI, with the login `user` in place of its owner.
    public static func postgresURI(_ uri: String, as user: String) throws -> String {
        try PostgresCluster.shared.uri(database: PostgresCluster.databaseName(uri), user: user)
    }

    /// `Fixtures.demoLog` on this backend: ten weeks of `Fixtures.demoContacts()`, shared by the tests that only read
    /// it. SQLite's is in memory; PostgreSQL's is a database of its own, built once per process when first asked for.
    public func demoLog() throws -> any ContactLog {
        switch self {
        case .sqlite: Fixtures.demoLog
        case .postgres: try Self.postgresDemoLog.get()
        }
    }

    private static let postgresDemoLog: Result<any ContactLog, any Error> = Result {
        let log = try ContactLogs.open(try SharedDatabase.fresh(), catalog: Fixtures.catalog)
        try log.importContacts(Fixtures.demoContacts(), details: "demo", by: Actor(user: "test", command: "test"))
        return log
    }
}

/// Fresh initialised databases, quickly: `neuvo init` runs once, into a template database, and each test's database is
/// a copy of it (CREATE DATABASE … TEMPLATE), owned by the login `neuvo_owner` (CREATEROLE, no superuser), as a
/// region's administrator would be.
enum SharedDatabase {
    static let owner = "neuvo_owner"

    private static let template: Result<String, any Error> = Result {
        let cluster = try PostgresCluster.shared
        try cluster.createLogin(owner, createRole: true)
        let uri = try cluster.createDatabase(owner: owner)
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog)
        return String(uri.split(separator: "?")[0].dropFirst("postgresql:///".count))
    }

    /// Each copy waits its turn: PostgreSQL copies a template only while nobody else is connected to it.
    private static let lock = NSLock()

    static func bare() throws -> String {
        _ = try template.get()  // the owner's login is made with it
        return try PostgresCluster.shared.createDatabase(owner: owner)
    }

    static func fresh() throws -> String {
        let template = try template.get()
        let cluster = try PostgresCluster.shared
        let name = "neuvo_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let result = try lock.withLock {
            try cluster.psql(
                "CREATE DATABASE \(PostgresCluster.quoteIdentifier(name)) TEMPLATE \(PostgresCluster.quoteIdentifier(template)) OWNER \(owner)")
        }
        guard result.status == 0 else { throw PostgresCluster.Failure(message: "cannot copy the template database: \(result.stderr)") }
        return cluster.uri(database: name, user: owner)
    }
}
