import Foundation
import GRDB
import Guidance
import Synchronization
import Testing
import TestSupport
@testable import Store

/// Each open SQLite log keeps the code table in memory (`CodeMap`, "Reads after v19"): these attack what that could get
/// wrong — an id another process added since, an id a rolled-back write took and another writer then got for another code.
/// Two logs on one file are two processes to the database: two pools, two maps.
struct CodeMapTests {
    static let anna = Actor(user: "anna", command: "test")
    /// A user whose writes the file refuses at their audit row: the write has added its codes by then, and rolls back.
    static let refused = Actor(user: "refused", command: "test")

    static func file() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("neuvo-codes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("shared.sqlite").path
    }

    static func open(_ path: String) throws -> SQLiteLog {
        try SQLiteLog.open(path: path, catalog: Fixtures.catalog, lockWait: 60)
    }

    static func contact(_ minute: Int, point: String, topics: [String], referrals: [String] = [], channel: String = "walk-in") -> Contact {
        Contact(occurredAt: Fixtures.at("2023-03-14T10:\(minute < 10 ? "0" : "")\(minute):00+02:00"), point: point, channel: channel,
                topics: topics, resolved: minute % 2 == 0, referrals: referrals)
    }

    static func codes(_ log: SQLiteLog) throws -> [String: Int64] {
        try log.writer.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: #"SELECT "kind", "code", "id" FROM "code""#).map {
                ("\($0[0] as String) \($0[1] as String)", $0[2] as Int64)
            })
        }
    }

    static func read(_ log: SQLiteLog, _ id: Int64) throws -> Contact? {
        try log.contact(id: id, by: anna)?.0.contact
    }

    /// The codes a contact holds (a referral reads back with its outcome, `pending`, which the saved value leaves implicit).
    static func codes(of contact: Contact?) -> [String]? {
        contact.map { [$0.point, $0.channel, $0.contactBy, $0.ageGroup, $0.occurredAt.description] + $0.topics + ["|"] + $0.referrals }
    }

    @Test func anIdARolledBackWriteTookNamesTheCodeAnotherProcessGaveItNotTheOneRolledBack() throws {
        let path = try Self.file()
        let a = try Self.open(path), b = try Self.open(path)
        defer { try? a.close(); try? b.close() }
        try a.writer.write { db in
            try db.execute(sql: #"CREATE TRIGGER "refuse" BEFORE INSERT ON "audit" WHEN NEW."user" = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END"#)
        }
        // Given process A has read its map (a contact saved and read back)
        let first = try a.log(Self.contact(0, point: "jarvenpaa-library", topics: ["housing"]), by: Self.anna)
        #expect(try Self.read(a, first)?.topics == ["housing"])
        let before = try Self.codes(a)
        let next = (before.values.max() ?? 0) + 1
        // When A's write that adds a point, a channel, a topic and a referral rolls back
        #expect(throws: (any Error).self) {
            try a.log(Self.contact(1, point: "kerava-service-centre", topics: ["benefits"], referrals: ["kela"], channel: "phone"), by: Self.refused)
        }
        #expect(try Self.codes(a) == before, "the rolled-back write leaves no code")
        // And process B then adds other codes, which get the very ids A's write had taken
        let other = try b.log(
            Self.contact(2, point: "hyvinkaa-library", topics: ["money-debt"], referrals: ["ngo"], channel: "chat"), by: Self.anna)
        let after = try Self.codes(b)
        #expect(after["point hyvinkaa-library"] == next, "B's first new code has the id A's rolled-back write took")
        #expect(after["point kerava-service-centre"] == nil)
        // Then A reads B's contact with B's codes, and its figures by them
        let read = try Self.read(a, other)
        #expect(read?.point == "hyvinkaa-library")
        #expect(read?.channel == "chat")
        #expect(read?.topics == ["money-debt"])
        #expect(read?.referrals == ["ngo"])
        let day = CivilDate(iso: "2023-03-14")!
        let report = try a.report(from: day, to: day, point: nil, by: Self.anna)
        #expect(report.byTopic == ["housing": 1, "money-debt": 1])
        #expect(report.byChannel == ["walk-in": 1, "chat": 1])
        #expect(try a.report(from: day, to: day, point: "hyvinkaa-library", by: Self.anna).contacts == 1)
        #expect(try a.report(from: day, to: day, point: "kerava-service-centre", by: Self.anna).contacts == 0)
        // And A's codes written now get new ids, which both processes name alike
        let again = try a.log(
            Self.contact(3, point: "kerava-service-centre", topics: ["benefits"], referrals: ["kela"], channel: "phone"), by: Self.anna)
        for log in [a, b] {
            let contact = try Self.read(log, again)
            #expect(contact?.point == "kerava-service-centre")
            #expect(contact?.channel == "phone")
            #expect(contact?.topics == ["benefits"])
            #expect(contact?.referrals == ["kela"])
            #expect(try Self.read(log, other)?.topics == ["money-debt"])
        }
        let final = try Self.codes(a)
        #expect(Set(final.values).count == final.count, "one id, one code")
    }

    @Test func twoProcessesAddingCodesAtOnceWithRolledBackWritesBetweenReadEveryContactAsSaved() throws {
        let path = try Self.file()
        let logs = try (0..<2).map { _ in try Self.open(path) }
        defer { for log in logs { try? log.close() } }
        try logs[0].writer.write { db in
            try db.execute(sql: #"CREATE TRIGGER "refuse" BEFORE INSERT ON "audit" WHEN NEW."user" = 'refused' BEGIN SELECT RAISE(ABORT, 'refused'); END"#)
        }
        let topics = Fixtures.vocabulary.topic.codes, referrals = Fixtures.vocabulary.referral.codes
        let points = Fixtures.catalog.points.map(\.code), channels = Fixtures.vocabulary.channel.codes
        // Each process saves contacts whose codes are new to the file in turn (the two in opposite orders), every third
        // write refused after its codes were added; each reads back what it saved at once.
        let saved = Mutex<[Int64: Contact]>([:]), failures = Mutex<[String]>([])
        let group = DispatchGroup()
        for (p, log) in logs.enumerated() {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                for i in 0..<24 {
                    let k = p == 0 ? i : 23 - i
                    let contact = Self.contact(
                        i, point: points[k % points.count], topics: [topics[k % topics.count], topics[(k + 5) % topics.count]].sorted(),
                        referrals: [referrals[k % referrals.count]], channel: channels[k % channels.count])
                    do {
                        if i % 3 == 2 {
                            var other = contact
                            other.topics = [topics[(k + 9) % topics.count]]
                            other.referrals = [referrals[(k + 7) % referrals.count]]
                            _ = try? log.log(other, by: Self.refused)
                        }
                        let id = try log.log(contact, by: Self.anna)
                        let read = try Self.read(log, id)
                        if Self.codes(of: read) != Self.codes(of: contact) { failures.withLock { $0.append("process \(p), \(i): saved \(contact), read \(String(describing: read))") } }
                        saved.withLock { $0[id] = contact }
                    } catch {
                        failures.withLock { $0.append("process \(p), \(i): \(error)") }
                    }
                }
            }
        }
        group.wait()
        #expect(failures.withLock { $0 } == [])
        // Then each process, and a third opened afterwards, reads every contact as it was saved
        let expected = saved.withLock { $0 }
        #expect(expected.count == 48)
        let third = try Self.open(path)
        defer { try? third.close() }
        for log in logs + [third] {
            for (id, contact) in expected { #expect(Self.codes(of: try Self.read(log, id)) == Self.codes(of: contact)) }
        }
        let codes = try Self.codes(third)
        #expect(Set(codes.values).count == codes.count)
        #expect(!codes.keys.contains { $0.hasPrefix("topic") && !topics.contains(String($0.dropFirst(6))) })
    }
}
