import Foundation
import GRDB
import Guidance
import PQ
import Testing
import TestSupport
@testable import Store

/// One store test's world on one backend: an empty log of its own, the actor the test works as, and the helpers
/// the suites share. Every behaviour test builds one from its `Backend` argument, so that the same assertions run
/// on SQLite and on PostgreSQL.
struct StoreWorld {
    let backend: Backend
    let log: any ContactLog
    let actor: Actor

    init(_ backend: Backend, actor: Actor = Actor(user: "anna", command: "test")) throws {
        self.backend = backend
        self.actor = actor
        log = try backend.emptyLog()
    }

    /// Every contact in the log, in time order.
    func export() throws -> [Contact] {
        var contacts: [Contact] = []
        try log.exportContacts(from: nil, to: nil, point: nil, by: actor) { contacts.append($0) }
        return contacts
    }

    /// The report of `from`…`to` (one day when `to` is left out).
    func report(_ from: String, _ to: String? = nil, point: String? = nil) throws -> Report {
        try log.report(from: CivilDate(iso: from)!, to: CivilDate(iso: to ?? from)!, point: point, by: actor)
    }

    func lastAudit() throws -> AuditEntry {
        try #require(try log.audit(from: nil, to: nil).last)
    }

    /// The user the audit log records for `actor`: the name the actor gives on SQLite, the login the server
    /// authenticated on PostgreSQL (CONTRACT §6), which in the tests is the databases' owner.
    func auditedUser(_ actor: Actor) -> String {
        switch backend {
        case .sqlite: actor.user
        case .postgres: Backend.postgresOwner
        }
    }

    // MARK: - The tables themselves

    /// The rows of `sql`, each column as text (write `CAST(x AS TEXT)` for numbers, which read alike on both).
    /// Tables are named `neuvo.table`, as on PostgreSQL; on SQLite the schema is left out.
    func rows(_ sql: String) throws -> [[String?]] {
        switch log {
        case let log as SQLiteLog:
            return try log.writer.read { db in
                try Row.fetchAll(db, sql: sql.replacingOccurrences(of: "neuvo.", with: "")).map { row in
                    (0..<row.count).map { row[$0] as String? }
                }
            }
        case let log as PostgresLog:
            let result = try log.connection.exec(sql)
            return (0..<result.rowCount).map { row in (0..<result.columnCount).map { result[row, $0] } }
        default:
            Issue.record("no such backend: \(type(of: log))")
            return []
        }
    }

    /// The one value of `sql` (see `rows`).
    func value(_ sql: String) throws -> String? {
        try #require(try rows(sql).first).first ?? nil
    }

    /// Runs `sql` (see `rows`) on the log's own connection, as whoever the log is opened by.
    func execute(_ sql: String) throws {
        switch log {
        case let log as SQLiteLog: try log.writer.write { db in try db.execute(sql: sql.replacingOccurrences(of: "neuvo.", with: "")) }
        case let log as PostgresLog: try log.connection.exec(sql)
        default: Issue.record("no such backend: \(type(of: log))")
        }
    }

    // MARK: - Other users

    /// The same log as another user `name` sees it, with an actor of that name. On SQLite the user is only a name
    /// in the actor; on PostgreSQL who is acting is the login, so this makes a login of its own (`name` and a
    /// unique suffix: roles are the cluster's, shared by tests running in parallel), grants it `role` and opens the
    /// database as it.
    func otherUser(_ name: String, role: PostgresSession.Role = .supervisor, points: [String] = []) throws -> (log: any ContactLog, actor: Actor) {
        switch backend {
        case .sqlite:
            return (log, Actor(user: name, command: actor.command))
        case .postgres:
            let owner = try #require(log as? PostgresLog)
            let login = name + "_" + UUID().uuidString.prefix(8).lowercased()
            try PostgresCluster.shared.createLogin(login)
            try owner.setRole(of: login, to: role, points: points, by: actor)
            let other = try PostgresLog.open(uri: try Backend.postgresURI(owner.uri, as: login), catalog: Fixtures.catalog)
            return (other, Actor(user: login, command: actor.command))
        }
    }
}

/// The (day, point) pairs of `report`'s period and point holding one of `contacts`: with no staffing kept, each is a
/// day without staffing (CONTRACT §7).
func daysAtPoints(_ contacts: [Contact], _ report: Report) -> Int {
    Set(contacts.filter { (report.point == nil || $0.point == report.point) && $0.occurredAt.date >= report.from && $0.occurredAt.date <= report.to }
        .map { "\($0.occurredAt.date) \($0.point)" }).count
}
