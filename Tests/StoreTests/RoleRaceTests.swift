import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// neuvo's group roles are the server's, not one database's: a region's IT that upgrades its production and its
/// training database at once has two `neuvo init`s creating the same roles, each under its own database's migration
/// lock. The second to create a role must not fail for the first having made it a moment before.
@Suite(.serialized)
struct RoleRaceTests {
    @Test func twoDatabasesInitialisedAtOnceBothGetTheirSchema() throws {
        // Given a server without neuvo's roles, and another session creating them in a transaction still open
        let cluster = try PostgresCluster.start()
        defer { try? cluster.stop() }
        try cluster.createLogin("neuvo_owner", createRole: true)
        let training = try cluster.createDatabase(owner: "neuvo_owner")
        let production = try cluster.createDatabase(owner: "neuvo_owner")
        let other = try PQConnection(uri: cluster.uri(database: PostgresCluster.databaseName(training)))
        defer { other.close() }
        try other.exec("BEGIN")
        try other.exec(PostgresSchema.createGroupRoles)

        // When init runs on production meanwhile, and the other session commits while init waits for its roles
        let outcome = Outcome()
        let ended = DispatchSemaphore(value: 0)
        Thread {
            let result = Result { _ = try PostgresLog.initialize(uri: production, catalog: Fixtures.catalog) }
            outcome.lock.withLock { outcome.result = result.map { _ in () } }
            ended.signal()
        }.start()
        // (Watched from a third session: one inside a transaction sees pg_stat_activity as it was when it began.)
        let watcher = try PQConnection(uri: cluster.uri(database: "postgres"))
        defer { watcher.close() }
        let deadline = Date().addingTimeInterval(20)
        var waited = false
        while !waited && Date() < deadline && outcome.lock.withLock({ outcome.result == nil }) {
            let waiting = try watcher.exec(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
                [PostgresCluster.databaseName(production)])
            waited = waiting[0, 0] != "0"
            if !waited { usleep(10_000) }
        }
        try other.exec("COMMIT")
        ended.wait()

        // Then init waited for the other's roles and still made production's schema
        #expect(waited, "init never waited for the other session's CREATE ROLE")
        try outcome.lock.withLock { outcome.result! }.get()
        let migrations = try cluster.psql(#"SELECT count(*) FROM neuvo.migrations()"#, database: production)
        #expect(migrations.status == 0 && (Int(migrations.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 15)
        _ = try PostgresLog.initialize(uri: training, catalog: Fixtures.catalog)
    }

    final class Outcome: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<Void, any Error>?
    }
}
