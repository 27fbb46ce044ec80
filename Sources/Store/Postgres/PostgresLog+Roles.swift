import Foundation
import Guidance
import PQ

/// A login's neuvo role on a shared database, as `neuvo roles` lists and sets it.
public struct LoginRole: Equatable, Sendable {
    public let login: String
    public let role: PostgresSession.Role
    /// An advisor's points, in code order; empty for the other roles.
    public let points: [String]
    /// A service login's services, in code order; empty for the other roles.
    public var services: [String] = []

    public init(login: String, role: PostgresSession.Role, points: [String], services: [String] = []) {
        self.login = login
        self.role = role
        self.points = points
        self.services = services
    }
}

/// Why `neuvo roles` could not change a login's role on PostgreSQL.
public enum RoleChangeError: Error, Equatable, Sendable {
    /// Only the database's owner grants and revokes neuvo's roles.
    case notOwner
    /// No login role of that name: the DBA creates it first (`CREATE ROLE anna LOGIN`).
    case noSuchLogin(String)
    /// An advisor needs at least one point, and every point must be in data/points.json.
    case advisorPoints(login: String)
    case unknownPoint(String)
    /// A service login needs at least one service, each a receiving service (an internal referral destination).
    case servicesNeeded(login: String)
    case unknownService(String)
    /// The database's owner is its administrator and takes no neuvo role.
    case ownerRole(login: String)
}

extension PostgresLog {
    /// Every login holding a neuvo role in this database, by login (`neuvo.members()`, the owner's).
    public func loginRoles() throws -> [LoginRole] {
        let rows = try run { c in try c.exec(#"SELECT "login", "role", array_to_string("points", ';') FROM neuvo.members()"#) }
        return (0..<rows.rowCount).compactMap { row in
            guard let role = PostgresSession.Role(rawValue: rows.text(row, 1)) else { return nil }
            let listed = rows.isNull(row, 2) ? [] : rows.text(row, 2).split(separator: ";").map(String.init)
            return LoginRole(
                login: rows.text(row, 0), role: role, points: role == .advisor ? listed : [], services: role == .service ? listed : [])
        }
    }

    /// Gives `login` the role in this database (its only one) and, for an advisor, exactly these points; `nil` takes
    /// its role and points here away. Another database on the same server is not touched: its roles are its own
    /// (`neuvo.member`); the cluster-wide group role is granted when missing and never revoked (see
    /// `PostgresSchema.v7Access`). Only the owner may; `neuvo.set_member` audits it in this database.
    public func setRole(of login: String, to role: PostgresSession.Role?, points: [String], services: [String] = [], by actor: Actor) throws {
        guard session.role == .owner else { throw RoleChangeError.notOwner }
        if role == .advisor && points.isEmpty { throw RoleChangeError.advisorPoints(login: login) }
        if role == .service && services.isEmpty { throw RoleChangeError.servicesNeeded(login: login) }
        if let unknown = points.first(where: { !self.points.contains($0) }) { throw RoleChangeError.unknownPoint(unknown) }
        let receiving = Set(HandoffRequest.services(vocabulary))
        if let unknown = services.first(where: { !receiving.contains($0) }) { throw RoleChangeError.unknownService(unknown) }
        try transaction { c in
            guard try c.exec("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", [login]).flag(0, 0) else {
                throw RoleChangeError.noSuchLogin(login)
            }
            let owns = try c.exec(
                "SELECT pg_has_role($1, datdba, 'MEMBER') FROM pg_database WHERE datname = current_database()", [login]).flag(0, 0)
            if owns && role != nil { throw RoleChangeError.ownerRole(login: login) }
            try c.exec(
                "SELECT neuvo.set_member($1, $2, $3::text[])", [login, role?.rawValue, PGArray.literal(role == .advisor ? points.sorted() : role == .service ? services.sorted() : [])])
        }
    }

    /// `neuvo audit --verify`: the chain read in its order (`seq`) a page at a time through `neuvo.audit_chain` (owner
    /// and supervisors; each page read is audited, so the reading stops at the first short page rather than chase its
    /// own rows), every hash recomputed here — not by the server, whose functions the owner could change. The head the
    /// server held when the check began must be among the rows.
    public func verifyAudit() throws -> AuditChain.Verifier {
        let head = try run { c in try c.exec(#"SELECT "id", "hash" FROM neuvo.audit_head()"#) }
        // No head at all (deleted with the triggers off) fails the check at the end: row 0 with a hash no row has.
        let known = head.rowCount > 0 && !head.isNull(0, 0)
        var verifier = AuditChain.Verifier(head: known ? (head.integer64(0, 0), head.text(0, 1)) : (0, "-"))
        let page = 20000
        var after: Int64 = -1
        while true {
            let rows = try run { c in
                try c.exec(
                    """
                    SELECT "id", coalesce("seq", -1), "at", "user", "command", "details", "contacts", array_to_string("clients", ';'),
                        "previous_hash", "hash"
                    FROM neuvo.audit_chain($1, $2)
                    """, [String(after), String(page)])
            }
            for row in 0..<rows.rowCount {
                guard verifier.take(id: rows.integer64(row, 0), Self.auditEntry(rows, row, from: 2)) else { return verifier }
                after = max(after, rows.integer64(row, 1))
            }
            if rows.rowCount < page { break }
        }
        verifier.finish()
        return verifier
    }

    /// An audit row from columns at, user, command, details, contacts, clients (joined with `;`), previous_hash and hash,
    /// the first at `column`.
    static func auditEntry(_ rows: PQResult, _ row: Int, from column: Int = 0) -> AuditEntry {
        let clients = rows[row, column + 5] ?? ""
        return AuditEntry(
            at: rows.text(row, column), user: rows.text(row, column + 1), command: rows.text(row, column + 2), details: rows.text(row, column + 3),
            contacts: rows.integer(row, column + 4), clients: clients.isEmpty ? [] : clients.split(separator: ";").map(String.init),
            previousHash: rows[row, column + 6] ?? "", hash: rows[row, column + 7] ?? "")
    }
}
