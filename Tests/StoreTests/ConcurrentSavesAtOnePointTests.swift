import Foundation
import Guidance
import PQ
import Synchronization
import Testing
import TestSupport
@testable import Store

/// v13's lanes on PostgreSQL: saves at one point on one day, side by side, each add their figures to rows that no other
/// open transaction holds, so that none waits for another's commit — and every figure stays exact, through edits and
/// repeats that cross lanes, with every save's audit row in one whole chain.
struct ConcurrentSavesAtOnePointTests {
    static let actor = Actor(user: "anna", command: "test")
    static let day = CivilDate(iso: "2023-03-01")!

    /// The report of `log` for March 2023 against a count of its contacts themselves.
    static func expectExactFigures(_ log: PostgresLog, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var contacts: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: Self.actor) { contacts.append($0) }
        var counted = Report(from: CivilDate(iso: "2023-03-01")!, to: CivilDate(iso: "2023-03-31")!, point: nil)
        for contact in contacts { counted.count(contact, hasRepeat: Fixtures.hasRepeat(contact, among: contacts)) }
        counted.countReferralKinds(Fixtures.vocabulary)
        counted.daysWithoutStaffing = daysAtPoints(contacts, counted)
        #expect(try log.report(from: counted.from, to: counted.to, point: nil, by: Self.actor) == counted, sourceLocation: sourceLocation)
    }

    @Test func aSaveDoesNotWaitForAnotherOpenSaveAtThePointThatDayAndBothCount() throws {
        let (first, second) = try PostgresConcurrencyTests.sessions()
        // Given one session that has saved a contact at the library on the 1st and not committed yet
        try second.connection.exec("BEGIN")
        try second.log(ContactLogTests.contact("2023-03-01T10:00:00+02:00", referrals: ["kela"], ref: "client-ref-a"), by: Self.actor)
        // When another saves a contact there that day (of a client whose earlier contact that day it makes a repeat)
        let earlier = try first.log(ContactLogTests.contact("2023-03-01T09:00:00+02:00", ref: "client-ref-b"), by: Self.actor)
        let (id, waited) = try PostgresConcurrencyTests.whileOpen(first, { [first] in
            try first.log(ContactLogTests.contact("2023-03-01T10:30:00+02:00", resolved: false, referrals: ["kela"], ref: "client-ref-b"), by: Self.actor)
        }) {
            try second.connection.exec("COMMIT")
        }
        // Then it did not wait for the open one, its figures are rows of their own, and every figure counts both
        #expect(!waited)
        let origins = try first.connection.exec(
            #"SELECT count(DISTINCT "origin") FROM neuvo.daily_figure WHERE "day" = '2023-03-01' AND "figure" = (SELECT "id" FROM neuvo.term WHERE "word" = 'contacts')"#)
        #expect(origins.integer(0, 0) == 2)
        let report = try first.report(from: Self.day, to: Self.day, point: nil, by: Self.actor)
        #expect(report.contacts == 3 && report.resolved == 2 && report.repeats == 1 && report.verified == 1)
        try Self.expectExactFigures(first)
        // And an edit of either contact, whichever rows hold its figures, keeps them exact
        try first.update(id: id, to: ContactLogTests.contact("2023-03-01T10:30:00+02:00", topics: ["benefits"], ref: "client-ref-b"), assessment: nil, chain: nil, by: Self.actor)
        try first.update(id: earlier, to: ContactLogTests.contact("2023-03-01T09:00:00+02:00", resolved: false, ref: "client-ref-b"), assessment: nil, chain: nil, by: Self.actor)
        try Self.expectExactFigures(first)
        #expect(try first.report(from: Self.day, to: Self.day, point: nil, by: Self.actor).repeats == 0)
    }

    /// Advisory locks are any login's to take, for as long as its session lasts: one that holds every lane of a point's
    /// day stops no save there (the save then adds to a lane without its lock, the rows' own locks deciding).
    @Test func aSessionHoldingEveryLaneOfAPointStopsNoSave() throws {
        let (first, second) = try PostgresConcurrencyTests.sessions()
        try second.connection.exec(
            "SELECT pg_advisory_lock(hashtext('neuvo figures 2023-03-01 jarvenpaa-library'), 100 + n) FROM generate_series(0, 15) AS n")
        let (_, waited) = try PostgresConcurrencyTests.whileOpen(first, { [first] in
            try first.log(ContactLogTests.contact("2023-03-01T10:00:00+02:00"), by: Self.actor)
        }) {
            try second.connection.exec("SELECT pg_advisory_unlock_all()")
        }
        #expect(!waited)
        #expect(try first.report(from: Self.day, to: Self.day, point: nil, by: Self.actor).contacts == 1)
    }

    @Test func savesAndEditsOfManyAdvisorsAtOnePointAtOnceKeepEveryFigureExactAndTheChainWhole() throws {
        let uri = try Backend.freshPostgresDatabase()
        let suffix = "_" + UUID().uuidString.prefix(6).lowercased()
        let advisor = "lane_anna" + suffix
        try PostgresCluster.shared.createLogin(advisor)
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? owner.close() }
        try owner.setRole(of: advisor, to: .advisor, points: ["jarvenpaa-library"], by: Self.actor)
        try owner.connection.exec(#"UPDATE neuvo.setting SET "value" = '1000' WHERE "key" = 'pseudonym_per_minute'"#)
        let savers = 8, each = 20
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: savers) { saver in
            do {
                let log = try PostgresLog.open(uri: try Backend.postgresURI(uri, as: advisor), catalog: Fixtures.catalog)
                defer { try? log.close() }
                for n in 0..<each {
                    // Clients shared between the savers (by identity code, as an advisor names one): their repeats flip
                    // contacts another saver's lane counted.
                    let client = n % 2 == 0 ? log.clientHandle(for: try IdentityCode("0\(1 + n % 6)0655-9\(10 + n % 6)\(Self.check("0\(1 + n % 6)06559\(10 + n % 6)"))")) : nil
                    let contact = Contact(
                        occurredAt: Timestamp(date: Self.day, hour: 9 + n % 8, minute: saver * 7 % 60, offsetMinutes: 120),
                        point: "jarvenpaa-library", channel: "walk-in", topics: n % 3 == 0 ? ["housing", "benefits"] : ["housing"],
                        resolved: (n + saver) % 3 != 0, referrals: n % 4 == 0 ? ["kela"] : [], clientRef: client)
                    let id = try log.log(contact, by: Self.actor)
                    if n % 5 == 4 {
                        var edited = contact
                        edited.resolved.toggle()
                        try log.update(id: id, to: edited, assessment: nil, chain: nil, by: Self.actor)
                    }
                }
            } catch {
                failures.withLock { $0.append("saver \(saver): \(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try owner.contactCount() == savers * each)
        try Self.expectExactFigures(owner)
        let verified = try owner.verifyAudit()
        #expect(verified.broken == nil, "\(String(describing: verified.broken))")
        let saves = try owner.connection.exec(
            #"SELECT count(*), count(DISTINCT "seq") FROM neuvo.audit WHERE "user" = $1 AND "details" LIKE 'contact %'"#, [advisor])
        #expect(saves.integer(0, 0) == savers * each + savers * (each / 5), "a row for every save and every edit")
        #expect(saves.integer(0, 1) == saves.integer(0, 0), "each in its own place of the chain")
    }

    /// The check character of a Finnish identity code's nine digits.
    static func check(_ digits: String) -> Character {
        Array("0123456789ABCDEFHJKLMNPRSTUVWXY")[Int(digits)! % 31]
    }
}
