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
