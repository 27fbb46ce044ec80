import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// A demo database and a real one never open as each other, and only a demo database can be reset.
/// A class, so that each test's folder is removed again (`deinit`) and none is left in the temporary directory.
final class DatabaseKindTests {
    let directory: URL
    let actor = Actor(user: "trainer", command: "demo")

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func contact(_ at: String, topics: [String] = ["housing"]) -> Contact {
        Contact(occurredAt: Fixtures.at(at), point: "jarvenpaa-library", channel: "walk-in", topics: topics, resolved: true)
    }

    @Test func aNewDatabaseTakesTheKindItIsFirstOpenedAs() throws {
        let demo: any ContactLog = try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog, kind: .demo)
        try demo.close()
        #expect(throws: StoreError.demoDatabase(path: path("demo.sqlite"))) {
            try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog)
        }
        let real: any ContactLog = try SQLiteLog.open(path: path("real.sqlite"), catalog: Fixtures.catalog)
        try real.close()
        #expect(throws: StoreError.notDemoDatabase(path: path("real.sqlite"))) {
            try SQLiteLog.open(path: path("real.sqlite"), catalog: Fixtures.catalog, kind: .demo)
        }
        // Each still opens as what it is.
        try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog, kind: .demo).close()
        try SQLiteLog.open(path: path("real.sqlite"), catalog: Fixtures.catalog).close()
    }

    @Test func onlyTheBoardOpensEitherKindAndSaysWhichWithoutClaimingANewOne() throws {
        try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog, kind: .demo).close()
        try SQLiteLog.open(path: path("real.sqlite"), catalog: Fixtures.catalog).close()
        let (demo, demoKind) = try SQLiteLog.openForBoard(path: path("demo.sqlite"), catalog: Fixtures.catalog)
        let (real, realKind) = try SQLiteLog.openForBoard(path: path("real.sqlite"), catalog: Fixtures.catalog)
        #expect(demoKind == .demo && realKind == .real)
        try demo.close()
        try real.close()
        // A database that has never held anything is shown as real, and stays free to become a demo.
        try SQLiteLog.open(path: path("fresh.sqlite"), catalog: Fixtures.catalog, kind: .demo).close()
        try FileManager.default.removeItem(atPath: path("fresh.sqlite"))
        _ = FileManager.default.createFile(atPath: path("fresh.sqlite"), contents: nil)
        let (fresh, freshKind) = try SQLiteLog.openForBoard(path: path("fresh.sqlite"), catalog: Fixtures.catalog)
        #expect(freshKind == .real)
        try fresh.close()
        try SQLiteLog.open(path: path("fresh.sqlite"), catalog: Fixtures.catalog, kind: .demo).close()
        // The others keep refusing.
        #expect(throws: StoreError.demoDatabase(path: path("demo.sqlite"))) {
            try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog)
        }
    }

    @Test func aDatabaseWithContactsButNoKindIsRealAndTheDemoRefusesIt() throws {
        // Given a database from before kinds existed, with a contact (no kind setting written)
        let log = try SQLiteLog.open(path: path("old.sqlite"), catalog: Fixtures.catalog)
        try log.log(Self.contact("2026-11-23T10:00:00+02:00"), by: actor)
        try log.writer.write { db in try db.execute(sql: #"DELETE FROM "setting" WHERE "key" = 'database_kind'"#) }
        try log.close()
        // Then the demo refuses it
        #expect(throws: StoreError.notDemoDatabase(path: path("old.sqlite"))) {
            try SQLiteLog.open(path: path("old.sqlite"), catalog: Fixtures.catalog, kind: .demo)
        }
    }

    @Test func resettingADemoReplacesEveryContactAndKeepsTheAudit() throws {
        let demo: any ContactLog = try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog, kind: .demo)
        try demo.resetDemo(with: [Self.contact("2026-11-20T10:00:00+02:00"), Self.contact("2026-11-21T10:00:00+02:00")], by: actor)
        try demo.saveDraft(id: nil, form: "{}", point: nil, by: actor)
        let handoffs = try #require(demo as? any HandoffStore)
        _ = try handoffs.sendHandoff(
            HandoffRequest(point: "jarvenpaa-library", service: "adult-social-work", consent: true,
                           details: HandoffDetails(name: "Demo Asiakas", phone: "040 000 0000")), fromContact: nil, by: actor)
        try demo.resetDemo(with: [Self.contact("2026-11-23T09:00:00+02:00", topics: ["benefits"])], by: actor)
        #expect(try demo.contactCount() == 1)
        #expect(try handoffs.handoffs(open: false, details: true, by: actor).isEmpty, "a reset demo keeps no handoff of the last one")
        #expect(try demo.drafts(by: actor).isEmpty)
        let report = try demo.report(from: CivilDate(iso: "2026-11-01")!, to: CivilDate(iso: "2026-11-30")!, point: nil, by: actor)
        #expect(report.contacts == 1)
        #expect(report.byTopic == ["benefits": 1])
        #expect(try demo.audit(from: nil, to: nil).map(\.details).filter { $0 == "demo reset" }.count == 2)
        try demo.close()
    }

    /// The demo's handoffs (CONTRACT §9) are stored with it: each from its contact, carrying that contact's referral,
    /// with its tries and its fictitious details; the demo's report counts them; a second reset replaces them.
    @Test func aDemoResetStoresTheDemosHandoffsWithTheirTriesAndDetails() throws {
        let generator = DemoGenerator(
            calibration: Fixtures.demoCalibration, vocabulary: Fixtures.vocabulary, points: Fixtures.catalog.points,
            consultationLines: Fixtures.catalog.consultationLines, seed: 3, days: 35, end: CivilDate(iso: "2023-10-26")!)
        let contents = generator.contents()
        try #require(contents.handoffs.count > 10)
        let demo: any ContactLog = try SQLiteLog.open(path: path("demo.sqlite"), catalog: Fixtures.catalog, kind: .demo)
        let store = try #require(demo as? any HandoffStore)
        let (from, to) = (CivilDate(iso: "2023-09-01")!, CivilDate(iso: "2023-10-31")!)
        for _ in 0..<2 {
            try demo.resetDemo(with: contents.contacts, records: contents.records, handoffs: contents.handoffs, by: actor)
            #expect(try store.handoffRecords(from: from, to: to, point: nil, by: actor) == contents.handoffs.map(\.record))
        }
        // Newest first: in the order sent, reversed.
        let listed = Array(try store.handoffs(open: false, details: true, by: actor).reversed())
        try #require(listed.count == contents.handoffs.count)
        for (stored, made) in zip(listed, contents.handoffs) {
            #expect(stored.details == HandoffDetails(
                name: made.name, phone: made.phone, language: HandoffLanguage(rawValue: made.language), when: made.when, note: made.note))
            #expect(stored.referral == made.record.service)
            let contactID = try #require(stored.contactID)
            let (contact, _) = try #require(try demo.contact(id: contactID, by: actor))
            let sentFrom = contents.contacts[made.contactIndex]
            #expect(contact.contact.occurredAt == sentFrom.occurredAt && contact.contact.point == made.record.point)
            #expect(contact.contact.referrals.contains(made.record.service))
            let tries = try store.openHandoff(id: stored.id, by: actor).tries
            #expect(tries.map(\.at) == made.triedAt)
            // The client answered the last try of a reached or declined one, and no other.
            let answered = made.record.result == .reached || made.record.result == .declined
            #expect(tries.map(\.reached) == made.triedAt.indices.map { answered && $0 == made.triedAt.count - 1 })
        }
        #expect(Set(listed.map { $0.record.result?.rawValue ?? "open" }) == ["reached", "not-reached", "declined", "returned", "open"])
        let report = try demo.report(from: from, to: to, point: nil, by: actor)
        #expect(report.handoffs == HandoffFigures(contents.handoffs.map(\.record)))
        #expect(report.handoffs.handoffs == contents.handoffs.count)
        try demo.close()
    }

    @Test(arguments: Backend.allCases)
    func aRealDatabaseIsNeverReset(_ backend: Backend) throws {
        let real: any ContactLog =
            switch backend {
            case .sqlite: try SQLiteLog.open(path: path("real.sqlite"), catalog: Fixtures.catalog)
            case .postgres: try backend.emptyLog()
            }
        try real.log(Self.contact("2026-11-23T10:00:00+02:00"), by: actor)
        #expect(throws: StoreError.self) { try real.resetDemo(with: [], by: actor) }
        #expect(try real.contactCount() == 1)
        try real.close()
    }

    /// The demo is SQLite's alone (CONTRACT §6): a PostgreSQL database never opens as one.
    @Test func aPostgresDatabaseNeverOpensAsADemo() throws {
        let uri = try Backend.freshPostgresDatabase()
        #expect(throws: StoreError.notDemoDatabase(path: uri)) {
            try ContactLogs.open(uri, catalog: Fixtures.catalog, kind: .demo)
        }
        #expect(try ContactLogs.open(uri, catalog: Fixtures.catalog).contactCount() == 0)
    }
}
