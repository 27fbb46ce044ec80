import Foundation
import Guidance
import Store
import Terminal
import Testing
import TestSupport
@testable import Screens

/// Several people on one database: what others save shows without a key press, and a save the database cannot
/// take yet (busy with another process's import, out of reach) is kept and goes through once, later.
struct SharedDatabaseTests {
    let anna = Actor(user: "bert", command: "test")

    /// A contact of today (the harness's clock) at the harness's point, from someone else.
    static func othersContact(at time: String = "09:15") -> Contact {
        Contact(
            occurredAt: Fixtures.at("2026-11-23T\(time):00+02:00"), point: Fixtures.catalog.points[0].code, channel: "phone",
            topics: ["housing"], resolved: true)
    }

    /// Two logs on one database: the harness's, and another's (another process's, as far as the database can tell).
    static func twoLogs(_ backend: Backend) throws -> (mine: any ContactLog, others: any ContactLog) {
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-shared-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("shared.sqlite").path
            return (
                try SQLiteLog.open(path: path, catalog: Fixtures.catalog, lockWait: 0.1),
                try SQLiteLog.open(path: path, catalog: Fixtures.catalog)
            )
        case .postgres:
            let uri = try Backend.freshPostgresDatabase()
            return (try ContactLogs.open(uri, catalog: Fixtures.catalog), try ContactLogs.open(uri, catalog: Fixtures.catalog))
        }
    }

    /// Asks the app each 50 ms, as its loop does each second, until it has refreshed (at most `seconds`).
    /// Another process's import into `others`: it writes one contact (the phone call at 08.05), then holds the write
    /// lock, as a large file still being read does, until the closure returned is called (which waits for its end).
    static func importHoldingTheLock(_ others: any ContactLog) throws -> () -> Void {
        let started = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let batch = [try othersContact(at: "08:05").checked(vocabulary: Fixtures.vocabulary, points: Set(Fixtures.catalog.points.map(\.code)))]
        Thread.detachNewThread {
            var batches = [batch]
            _ = try? others.importContacts(details: "a large file", by: Actor(user: "admin", command: "import")) {
                if batches.isEmpty {
                    started.signal()
                    release.wait()
                    return nil
                }
                return batches.removeLast()
            }
            finished.signal()
        }
        started.wait()
        return {
            release.signal()
            finished.wait()
        }
    }

    static func refreshes(_ harness: AppHarness, within seconds: Double = 2) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if harness.app.refreshIfOthersSaved() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test(arguments: Backend.allCases)
    func aContactSavedByAnotherShowsOnTodayWithoutAKeyPress(_ backend: Backend) throws {
        let (mine, others) = try Self.twoLogs(backend)
        let harness = try AppHarness(log: mine)
        #expect(!harness.screen().contains("9.15"))
        #expect(!harness.app.refreshIfOthersSaved(), "nobody has saved yet")
        try others.log(Self.othersContact(), by: anna)
        #expect(Self.refreshes(harness))
        #expect(harness.screen().contains("9.15"))
    }

    @Test(arguments: Backend.allCases)
    func theAppsOwnSaveIsNoOneElses(_ backend: Backend) throws {
        let (mine, _) = try Self.twoLogs(backend)
        let harness = try AppHarness(log: mine)
        harness.type(ContactFormTests.typicalWalkIn)
        #expect(try harness.contacts().count == 1)
        #expect(!Self.refreshes(harness, within: 0.3))
    }

    @Test func aSaveDuringAnotherProcesssImportWaitsWithANoteAndGoesThroughOnceWhenItEnds() throws {
        let (mine, others) = try Self.twoLogs(.sqlite)
        let harness = try AppHarness(log: mine)
        // Another process imports: its transaction holds the write lock until its file is read to the end.
        let endImport = try Self.importHoldingTheLock(others)
        let before = Date()
        harness.type(ContactFormTests.typicalWalkIn)
        #expect(Date().timeIntervalSince(before) < 2, "the screen never waits out the lock")
        #expect(harness.app.pendingSaves.count == 1)
        #expect(harness.app.top is TodayScreen, "the form is done; the advisor goes on")
        #expect(harness.screen().contains("odottaa"), "the note says the contact waits")
        #expect(!harness.app.refreshIfOthersSaved() || harness.app.pendingSaves.count == 1)
        endImport()
        #expect(Self.refreshes(harness))
        #expect(harness.app.pendingSaves.isEmpty)
        let contacts = try harness.contacts()
        #expect(contacts.map(\.channel).sorted() == ["phone", "walk-in"], "the import's contact and the advisor's, each once")
        #expect(!Self.refreshes(harness, within: 0.3), "nothing is written twice")
        #expect(try harness.contacts().count == 2)
    }

    @Test func aLostConnectionIsOneLineAndTheSaveGoesThroughOnceWhenTheServerIsBack() throws {
        let cluster = try PostgresCluster.start()
        defer { try? cluster.stop() }
        try cluster.createLogin("neuvo_owner", createRole: true)
        let uri = try cluster.createDatabase(owner: "neuvo_owner")
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog)
        let harness = try AppHarness(log: try ContactLogs.open(uri, catalog: Fixtures.catalog))
        harness.type("n11<enter>11<enter>")
        try cluster.halt()
        harness.type("<f2>")
        #expect(harness.app.pendingSaves.count == 1)
        #expect(harness.app.top is TodayScreen, "the form is done; the advisor goes on")
        #expect(!harness.app.refreshIfOthersSaved() || harness.app.pendingSaves.count == 1)
        #expect(harness.screen().contains("poikki"), "one line says the connection is lost, and since when")
        try cluster.resume()
        #expect(Self.refreshes(harness, within: 5))
        #expect(harness.app.pendingSaves.isEmpty)
        #expect(try harness.contacts().count == 1)
        #expect(!harness.screen().contains("poikki"), "the line about the lost connection is gone")
    }

    @Test func aSaveTriedAgainWithItsTokenIsNotDoneTwice() throws {
        let log = try Backend.postgres.emptyLog()
        let first = try log.log(Self.othersContact(), token: "form-1", by: anna)
        let again = try log.log(Self.othersContact(), token: "form-1", by: anna)
        #expect(first == again)
        #expect(try log.contactCount() == 1)
    }
}
