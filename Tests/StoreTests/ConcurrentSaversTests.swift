import Foundation
import Guidance
import Synchronization
import Testing
import TestSupport
@testable import Store

/// Twenty advisors saving at once, each on a connection of their own (as twenty processes are to the database): none
/// is lost, none is saved twice, the figures equal a fresh count and the database is intact — on both backends.
struct ConcurrentSaversTests {
    static let savers = 20
    static let savesEach = 100

    /// A log on `location` of its own, as another advisor's process would open it. SQLite waits for the lock as long as a
    /// command does (a screen waits a quarter of a second and keeps the save as waiting): what is tested is that nothing
    /// is lost or saved twice, not how long twenty writers queue on a machine busy with other tests (15 s was exceeded
    /// twice at the first saves while a release build or a million-contact import ran beside the suite).
    static func open(_ location: String) throws -> any ContactLog {
        try ContactLogs.open(location, catalog: Fixtures.catalog, lockWait: 60)
    }

    static func location(_ backend: Backend) throws -> String {
        switch backend {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-savers-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            return directory.appendingPathComponent("shared.sqlite").path
        case .postgres:
            return try Backend.freshPostgresDatabase()
        }
    }

    @Test(arguments: Backend.allCases)
    func twentySaversAtOnceLoseNothingAndSaveNothingTwice(_ backend: Backend) throws {
        let location = try Self.location(backend)
        let logs = try (0..<Self.savers).map { _ in try Self.open(location) }
        let failures = Mutex<[String]>([])
        let group = DispatchGroup()
        for (saver, log) in logs.enumerated() {
            group.enter()
            // Threads, not tasks: each blocks on its database while the others go on.
            Thread.detachNewThread {
                defer { group.leave() }
                for save in 0..<Self.savesEach {
                    let minute = save % 60, hour = 9 + save / 60
                    let contact = Contact(
                        occurredAt: Fixtures.at("2023-03-\(10 + saver % 10)T\(hour < 10 ? "0" : "")\(hour):\(minute < 10 ? "0" : "")\(minute):00+02:00"),
                        point: Fixtures.catalog.points[saver % 3].code, channel: "walk-in", topics: ["housing"], resolved: save % 3 != 0,
                        clientRef: "client-ref-\(save % 25)")
                    do {
                        try log.log(contact, token: "saver-\(saver)-\(save)", by: Actor(user: "advisor-\(saver)", command: "test"))
                    } catch {
                        failures.withLock { $0.append("saver \(saver), save \(save): \(error)") }
                    }
                }
            }
        }
        group.wait()
        #expect(failures.withLock { $0 }.isEmpty)
        let log = logs[0]
        #expect(try log.contactCount() == Self.savers * Self.savesEach)
        #expect(try log.integrityCheck() == "ok")
        // The figures kept by twenty writers at once equal a count of the contacts themselves.
        var contacts: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: Actor(user: "test", command: "test")) { contacts.append($0) }
        var counted = Report(from: CivilDate(iso: "2023-03-01")!, to: CivilDate(iso: "2023-03-31")!, point: nil)
        for contact in contacts { counted.count(contact, hasRepeat: Fixtures.hasRepeat(contact, among: contacts)) }
        counted.countReferralKinds(Fixtures.vocabulary)
        counted.daysWithoutStaffing = daysAtPoints(contacts, counted)
        #expect(try log.report(from: counted.from, to: counted.to, point: nil, by: Actor(user: "test", command: "test")) == counted)
        for log in logs { try log.close() }
    }
}
