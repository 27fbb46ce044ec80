import Foundation
import Guidance
import Testing
import TestSupport
@testable import Store

/// Three hundred advisors' sessions open at once on one server sized as the README sizes it (CONTRACT §12 "Many
/// sessions"), each saving a contact at the same moment: none is lost, none is refused, each contact is there exactly
/// once, and the figures count them all. In-process sessions: each a `PostgresLog` with its own connection and login,
/// as each advisor's `neuvo` has.
@Suite(.serialized)
struct ManySessionsTests {
    static let sessions = 300
    /// The README's sizing for 300 advisors ("Many sessions on one server"): a connection per screen session, room for
    /// the boards, kiosks, supervisors, imports and checks, and the superusers' reserved slots.
    static let maxConnections = "400"
    static let day = CivilDate(iso: "2026-11-23")!

    struct Never: Error {
        let message: String
    }

    /// What every session thread leaves: the id its save got, or what went wrong.
    final class Results: @unchecked Sendable {
        let lock = NSCondition()
        var opened = 0
        var saved = 0
        var go = false
        var ids: [Int: Int64] = [:]
        var failures: [String] = []

        func note(_ change: (Results) -> Void) {
            lock.lock()
            change(self)
            lock.broadcast()
            lock.unlock()
        }

        /// Waits until `condition` holds, at most `seconds`; false when it did not.
        func wait(seconds: Double, until condition: (Results) -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            lock.lock()
            defer { lock.unlock() }
            while !condition(self) {
                if !lock.wait(until: deadline) { return condition(self) }
            }
            return true
        }
    }

    @Test func threeHundredSessionsSavingAtOnceLoseNothing() throws {
        let cluster = try PostgresCluster.start(settings: ["max_connections": Self.maxConnections])
        defer { try? cluster.stop() }
        try cluster.createLogin("neuvo_owner", createRole: true)
        let uri = try cluster.createDatabase(owner: "neuvo_owner")
        try PostgresLog.initialize(uri: uri, catalog: Fixtures.catalog)
        let owner = try PostgresLog.open(uri: uri, catalog: Fixtures.catalog)
        defer { try? owner.close() }
        // Given 300 advisors, spread over the points
        let logins = (1...Self.sessions).map { String(format: "adviser%03d", $0) }
        let points = Fixtures.catalog.points.map(\.code)
        let made = try cluster.psql(
            "DO $$ BEGIN FOR i IN 1..\(Self.sessions) LOOP EXECUTE format('CREATE ROLE %I LOGIN', 'adviser' || lpad(i::text, 3, '0')); END LOOP; END $$")
        try #require(made.status == 0, "\(made.stderr)")
        let admin = Actor(user: "admin", command: "roles")
        for (index, login) in logins.enumerated() {
            try owner.setRole(of: login, to: .advisor, points: [points[index % points.count]], by: admin)
        }
        // When each opens a session, all are open at once, and then all save at the same moment
        let results = Results()
        for (index, login) in logins.enumerated() {
            let sessionURI = cluster.uri(database: PostgresCluster.databaseName(uri), user: login)
            let point = points[index % points.count]
            let thread = Thread {
                do {
                    let log = try PostgresLog.open(uri: sessionURI, catalog: Fixtures.catalog)
                    defer { try? log.close() }
                    results.note { $0.opened += 1 }
                    guard results.wait(seconds: 120, until: { $0.go }) else { throw Never(message: "never told to save") }
                    let contact = Contact(
                        occurredAt: Fixtures.at(String(format: "2026-11-23T%02d:%02d:00+02:00", 8 + index / 60, index % 60)), point: point,
                        channel: "walk-in", topics: ["housing"], resolved: true, durationMinutes: index % 90 + 1)
                    let id = try log.log(contact, token: "session-\(index)", by: Actor(user: login, command: "neuvo"))
                    // The session stays open until every save is done: 300 connections at once, to the end.
                    results.note {
                        $0.ids[index] = id
                        $0.saved += 1
                    }
                    _ = results.wait(seconds: 120) { $0.saved + $0.failures.count == Self.sessions }
                } catch {
                    results.note {
                        $0.failures.append("\(login): \(error)")
                    }
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        let allOpen = results.wait(seconds: 120) { $0.opened + $0.failures.count == Self.sessions }
        #expect(allOpen && results.opened == Self.sessions, "\(results.failures.prefix(3))")
        let connected = try owner.connection.exec("SELECT count(*) FROM pg_stat_activity WHERE usename LIKE 'adviser%'").int(0, 0)
        #expect(connected == Self.sessions, "a connection each, all at once")
        results.note { $0.go = true }
        let allDone = results.wait(seconds: 120) { $0.saved + $0.failures.count == Self.sessions }
        #expect(allDone)
        // Then none failed, each save has its own contact, each contact is there once, and the figures count them all
        #expect(results.failures.isEmpty, "\(results.failures.prefix(3))")
        let ids = Set(results.ids.values)
        #expect(results.ids.count == Self.sessions && ids.count == Self.sessions)
        let held = try owner.contacts(from: Self.day, to: Self.day, point: nil, matching: .all, by: admin)
        #expect(held.count == Self.sessions)
        #expect(Set(held.map(\.id)) == ids)
        #expect(try owner.contactCount() == Self.sessions)
        for index in [0, Self.sessions / 2, Self.sessions - 1] { #expect(try owner.isSaved(token: "session-\(index)")) }
        let report = try owner.report(from: Self.day, to: Self.day, point: nil, by: admin)
        #expect(report.contacts == Self.sessions)
        #expect(report.durationMinTotal == (0..<Self.sessions).reduce(0) { $0 + $1 % 90 + 1 })
        let board = try owner.board(day: Self.day, points: nil, by: admin)
        #expect(board.today.values.reduce(0) { $0 + $1.contacts } == Self.sessions)
        #expect(try owner.verifyAudit().broken == nil, "the audit chain is whole after 300 saves at once")
    }
}
