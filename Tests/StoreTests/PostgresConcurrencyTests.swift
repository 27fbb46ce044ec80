import Foundation
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// What SQLite gets from taking writes one at a time, PostgreSQL must get with sessions writing at once: two saves
/// of one client in transactions open at the same time still flag the repeat, and a save never waits for another
/// session's import of other clients (CONTRACT §6). Given two sessions on one database, one holding its transaction
/// open, When the other saves, Then …
struct PostgresConcurrencyTests {
    static let actor = Actor(user: "anna", command: "test")
    static let ref = "client-ref-both"

    /// Two logs on one fresh database, each with a connection of its own.
    static func sessions() throws -> (PostgresLog, PostgresLog) {
        let first = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        return (first, try PostgresLog.open(uri: first.uri, catalog: Fixtures.catalog))
    }

    /// Runs `body` on a thread of its own (not the test's: it may wait for a lock the test holds), and returns when
    /// it has ended or is waiting for a lock in the server, whichever comes first; then `release` runs, and the
    /// body's result is returned once it has ended. Also says whether the body had to wait.
    static func whileOpen<T: Sendable>(
        _ database: PostgresLog, _ body: @escaping @Sendable () throws -> T, release: () throws -> Void
    ) throws -> (result: T, waited: Bool) {
        let outcome = Outcome<T>()
        let ended = DispatchSemaphore(value: 0)
        let thread = Thread(block: {
            let result = Result { try body() }
            outcome.lock.withLock { outcome.result = result }
            ended.signal()
        })
        thread.start()
        let watcher = try PQConnection(uri: try Backend.postgresURI(database.uri, as: Backend.postgresOwner))
        defer { watcher.close() }
        let deadline = Date().addingTimeInterval(20)
        var waited = false
        while outcome.lock.withLock({ outcome.result == nil }) && Date() < deadline {
            let waiting = try watcher.exec(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
            if waiting[0, 0] != "0" {
                waited = true
                break
            }
            usleep(10_000)
        }
        try release()
        ended.wait()
        return (try outcome.lock.withLock { outcome.result! }.get(), waited)
    }

    /// A thread's result, read and written under a lock.
    final class Outcome<T>: @unchecked Sendable {
        let lock = NSLock()
        var result: Result<T, any Error>?
    }

    @Test(arguments: [false, true])
    func twoSavesOfOneClientAtOnceFlagTheRepeat(laterFirst: Bool) throws {
        let (first, second) = try Self.sessions()
        let earlier = ContactLogTests.contact("2023-03-01T10:00:00+02:00", ref: Self.ref)
        let later = ContactLogTests.contact("2023-03-02T10:00:00+02:00", point: "kerava-service-centre", ref: Self.ref)
        // Given one session that has saved one of the client's contacts and not committed yet
        try second.connection.exec("BEGIN")
        try second.log(laterFirst ? later : earlier, by: Self.actor)
        // When the other saves the other contact, and then the first commits
        _ = try Self.whileOpen(first, { [first] in try first.log(laterFirst ? earlier : later, by: Self.actor) }) {
            try second.connection.exec("COMMIT")
        }
        // Then the earlier contact has its repeat, in its flag and in the figures
        let day = CivilDate(iso: "2023-03-01")!
        let listed = try first.contacts(from: day, to: day, point: nil, matching: .all, by: Self.actor)
        #expect(listed.map(\.hasRepeat) == [true])
        let report = try first.report(from: day, to: day, point: nil, by: Self.actor)
        #expect(report.repeats == 1 && report.verified == 0)
    }

    @Test(arguments: [false, true])
    func aSaveDoesNotWaitForAnotherSessionsImportOfOtherClients(sameDayAndPoint: Bool) throws {
        let (first, second) = try Self.sessions()
        // Given an import of other clients at the library on the 1st, not yet committed
        try second.connection.exec("BEGIN")
        try second.importContacts(
            (0..<50).map { ContactLogTests.contact("2023-03-01T10:00:00+02:00", ref: "client-ref-import-\($0)") }, details: "test", by: Self.actor)
        // When a contact of another client is saved, there too or on another day at another point
        let saved =
            sameDayAndPoint
            ? ContactLogTests.contact("2023-03-01T11:00:00+02:00", ref: Self.ref)
            : ContactLogTests.contact("2023-03-05T11:00:00+02:00", point: "kerava-service-centre", ref: Self.ref)
        let (_, waited) = try Self.whileOpen(first, { [first] in try first.log(saved, by: Self.actor) }) {
            try second.connection.exec("COMMIT")
        }
        // Then the save did not wait for the import (whose figures are rows of its own), and both count
        #expect(!waited)
        #expect(try first.contactCount() == 51)
        let day = CivilDate(iso: "2023-03-01")!
        #expect(try first.report(from: day, to: day, point: nil, by: Self.actor).contacts == (sameDayAndPoint ? 51 : 50))
    }
}

/// A connection the server cut (it restarted, an administrator ended the session): a save is done once, and the log
/// goes on working, with the same settings, instead of failing until it is opened again.
struct PostgresLostConnectionTests {
    static let actor = Actor(user: "anna", command: "test")

    /// A fresh log whose database gives new sessions another date style than the ISO one the log sets for itself.
    static func log() throws -> PostgresLog {
        let log = try #require(try Backend.postgres.emptyLog() as? PostgresLog)
        let name = PostgresCluster.databaseName(log.uri)
        let altered = try PostgresCluster.shared.psql("ALTER DATABASE \(PostgresCluster.quoteIdentifier(name)) SET datestyle = 'SQL, DMY'")
        #expect(altered.status == 0, "\(altered.stderr)")
        return log
    }

    /// Ends the log's session in the server, as a restart or `pg_terminate_backend` does.
    static func cut(_ log: PostgresLog) throws {
        let ended = try PostgresCluster.shared.psql("SELECT pg_terminate_backend(\(log.connection.backendPID))")
        #expect(ended.stdout == "t\n", "\(ended.stderr)")
    }

    @Test func aSaveOnACutConnectionIsDoneOnceAndTheLogKeepsItsSettings() throws {
        let log = try Self.log()
        try Self.cut(log)
        // When a contact is saved on the cut connection
        try log.log(ContactLogTests.contact("2023-03-14T10:00:00+02:00"), by: Self.actor)
        // Then it is saved once, and days still read as ISO dates on the new connection
        #expect(try log.contactCount() == 1)
        let day = CivilDate(iso: "2023-03-14")!
        #expect(try log.report(from: day, to: day, point: nil, by: Self.actor).byDay == ["2023-03-14": 1])
        #expect(try log.dailySeries(from: day, to: day, point: nil, by: Self.actor).map(\.contacts) == [1])
    }

    @Test func aReadOnACutConnectionSaysSoAndTheNextOneReconnects() throws {
        let log = try Self.log()
        try log.log(ContactLogTests.contact("2023-03-14T10:00:00+02:00"), by: Self.actor)
        try Self.cut(log)
        let day = CivilDate(iso: "2023-03-14")!
        // The read that finds the connection cut says so
        let lost = #expect(throws: StoreError.self) { try log.report(from: day, to: day, point: nil, by: Self.actor) }
        if case .connectionLost? = lost {} else { Issue.record("not a lost connection: \(String(describing: lost))") }
        // and the next one connects again, with the log's own settings
        #expect(try log.report(from: day, to: day, point: nil, by: Self.actor).byDay == ["2023-03-14": 1])
        #expect(try log.contactCount() == 1)
    }
}
