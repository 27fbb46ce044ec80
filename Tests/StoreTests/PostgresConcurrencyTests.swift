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
        // Then the save did not wait for the import
        withKnownIssue(
            """
            The import holds the day's figure rows at the point (daily_figure, one row per day, point and figure, added to \
            in place) until it commits, so a save there and then waits for it
            """
        ) {
            #expect(!waited)
        } when: {
            sameDayAndPoint
        }
        #expect(try first.contactCount() == 51)
    }
}
