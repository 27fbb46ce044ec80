import Foundation
import Guidance
import PQ

/// A login's neuvo role on a shared database, as `neuvo roles` lists and sets it.
public struct LoginRole: Equatable, Sendable {
    public let login: String
    public let role: PostgresSession.Role
    /// An advisor's points, in code order; empty for the other roles.
    public let points: [String]

    public init(login: String, role: PostgresSession.Role, points: [String]) {
        self.login = login
        self.role = role
        self.points = points
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
    /// The database's owner is its administrator and takes no neuvo role.
    case ownerRole(login: String)
}

extension PostgresLog {
    /// Every login holding a neuvo role, by login.
    public func loginRoles() throws -> [LoginRole] {
        let rows = try run { c in
            try c.exec(
                """
                SELECT m.rolname, substr(g.rolname, 7),
                    (SELECT string_agg(p."point", ';' ORDER BY p."point" COLLATE "C") FROM neuvo.advisor_point AS p WHERE p."login" = m.rolname)
                FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member
                WHERE g.rolname IN ('neuvo_advisor', 'neuvo_supervisor', 'neuvo_trainer', 'neuvo_board')
                ORDER BY m.rolname COLLATE "C", g.rolname COLLATE "C"
                """)
        }
        return (0..<rows.rowCount).compactMap { row in
            guard let role = PostgresSession.Role(rawValue: rows.text(row, 1)) else { return nil }
            let points = rows.isNull(row, 2) || role != .advisor ? [] : rows.text(row, 2).split(separator: ";").map(String.init)
            return LoginRole(login: rows.text(row, 0), role: role, points: points)
        }
    }

    /// Grants `login` the role (revoking neuvo's other roles) and, for an advisor, exactly these points; `nil`
    /// removes every neuvo role and point. Only the owner may; the change is audited in the same transaction.
    public func setRole(of login: String, to role: PostgresSession.Role?, points: [String], by actor: Actor) throws {
        guard session.role == .owner else { throw RoleChangeError.notOwner }
        if role == .advisor && points.isEmpty { throw RoleChangeError.advisorPoints(login: login) }
        if let unknown = points.first(where: { !self.points.contains($0) }) { throw RoleChangeError.unknownPoint(unknown) }
        try transaction { c in
            guard try c.exec("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1)", [login]).flag(0, 0) else {
                throw RoleChangeError.noSuchLogin(login)
            }
            let owns = try c.exec(
                "SELECT pg_has_role($1, datdba, 'MEMBER') FROM pg_database WHERE datname = current_database()", [login]).flag(0, 0)
            if owns && role != nil { throw RoleChangeError.ownerRole(login: login) }
            let name = PQConnection.quoteIdentifier(login)
            for group in PostgresSchema.groupRoles where "neuvo_" + (role?.rawValue ?? "") != group {
                let member = try c.exec("SELECT pg_has_role($1, $2, 'MEMBER') AND $1 <> $2", [login, group]).flag(0, 0)
                if member { try c.exec("REVOKE \(group) FROM \(name)") }
            }
            if let role, role != .owner { try c.exec("GRANT neuvo_\(role.rawValue) TO \(name)") }
            try c.exec(#"DELETE FROM neuvo.advisor_point WHERE "login" = $1"#, [login])
            if role == .advisor {
                try c.exec(#"INSERT INTO neuvo.advisor_point SELECT $1, unnest($2::text[])"#, [login, PGArray.literal(points.sorted())])
            }
            let written = role.map { $0 == .advisor ? "advisor (\(points.sorted().joined(separator: ", ")))" : $0.rawValue } ?? "none"
            try Self.audit(c, actor, details: "roles \(login): \(written)", contacts: 0)
        }
    }
}
