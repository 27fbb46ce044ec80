import PQ
import Testing
import TestSupport
@testable import Store

/// An attack on the team's database as a login would make it with `psql`: over a connection of the login's own, SQL
/// of its choosing. The side-door suites (contacts, handoffs) share these.
protocol SideDoorAttack {
    var team: PostgresRulesTests.Team { get }
}

extension SideDoorAttack {
    /// A connection of `login`'s own to the team's database: what `psql` gives an attacker.
    func connect(_ login: String) throws -> PQConnection {
        try PQConnection(uri: try Backend.postgresURI(team.owner.uri, as: login))
    }

    /// The rows `sql` gives `login`, each as its columns joined by `|` (NULL as `∅`).
    func rows(_ sql: String, as login: String) throws -> [String] {
        let c = try connect(login)
        defer { c.close() }
        let result = try c.exec(sql)
        return (0..<result.rowCount).map { row in (0..<result.columnCount).map { result[row, $0] ?? "∅" }.joined(separator: "|") }
    }

    /// Expects the server to refuse `sql` to `login` with SQLSTATE `state` and a message holding `reason`.
    func expectRefused(
        _ sql: String, as login: String, _ state: String, _ reason: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let c = try connect(login)
        defer { c.close() }
        do {
            let result = try c.exec(sql)
            Issue.record("\(login) was allowed: \(sql) → \(result.rowCount) rows", sourceLocation: sourceLocation)
        } catch {
            #expect(error.sqlState == state, "\(login): \(sql): \(error)", sourceLocation: sourceLocation)
            #expect(error.message.contains(reason), "\(login): \(sql): \(error.message)", sourceLocation: sourceLocation)
        }
    }
}
