import Foundation
import Guidance
import PQ

/// The client's log review and access request through `neuvo.client_audit`, `neuvo.login_audit` and
/// `neuvo.client_data` (v11): the identity code goes to the server, which refuses any role but the owner's and a
/// supervisor's, computes the pseudonym itself (the key never leaves it, nor does the pseudonym) and audits the search.
extension PostgresLog {
    public func clientAudit(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> [AuditEntry] {
        let rows = try run { c in
            try c.exec(
                #"SELECT "at", "user", "command", "details", "contacts" FROM neuvo.client_audit($1, $2)"#, [code.normalized, actor.command])
        }
        return Self.reviewedEntries(rows)
    }

    public func loginAudit(_ login: String, from: CivilDate?, to: CivilDate?, by actor: Actor) throws -> [AuditEntry] {
        let rows = try run { c in
            try c.exec(
                #"SELECT "at", "user", "command", "details", "contacts" FROM neuvo.login_audit($1, $2, $3, $4)"#,
                [login, from?.description, to?.description, actor.command])
        }
        return Self.reviewedEntries(rows)
    }

    static func reviewedEntries(_ rows: PQResult) -> [AuditEntry] {
        (0..<rows.rowCount).map { row in
            AuditEntry(
                at: rows.text(row, 0), user: rows.text(row, 1), command: rows.text(row, 2), details: rows.text(row, 3),
                contacts: rows.integer(row, 4))
        }
    }

    public func clientData(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> JSONValue {
        let text = try run { c in try c.exec("SELECT neuvo.client_data($1, $2)::text", [code.normalized, actor.command]).text(0, 0) }
        return try JSONValue.parse(Data(text.utf8))
    }
}
