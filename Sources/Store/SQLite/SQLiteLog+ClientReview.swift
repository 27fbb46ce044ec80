import Foundation
import GRDB
import Guidance

/// The client's log review and access request on SQLite (CONTRACT §11): the pseudonym made here with the key beside the
/// database, the rows found by it in the audit log's `clients` (the pseudonyms joined with `;`).
extension SQLiteLog {
    public func clientAudit(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> [AuditEntry] {
        let client = key?.pseudonym(for: code)
        return try writer.write { db in
            let rows = try client.map { client in
                try Row.fetchAll(
                    db, sql: #"SELECT * FROM "audit" WHERE instr(';' || "clients" || ';', ';' || ? || ';') > 0 ORDER BY "id""#,
                    arguments: [client])
            } ?? []
            try Self.audit(db, actor, details: "audit rows of a client read: \(rows.count)", contacts: 0, clients: [client])
            return rows.map(Self.reviewedEntry)
        }
    }

    public func loginAudit(_ login: String, from: CivilDate?, to: CivilDate?, by actor: Actor) throws -> [AuditEntry] {
        try writer.write { db in
            let rows = try Row.fetchAll(
                db, sql: #"SELECT * FROM "audit" WHERE "user" = ? AND "at" >= ? AND "at" < ? ORDER BY "id""#,
                arguments: [login, from?.description ?? "", to.map { $0.adding(days: 1).description } ?? "9999"])
            try Self.audit(
                db, actor, details: "audit rows of login \(login) read, \(Self.period(from, to, nil)): \(rows.count)", contacts: 0)
            return rows.map(Self.reviewedEntry)
        }
    }

    /// An audit row as a review shows it: without the pseudonyms of the clients it names.
    static func reviewedEntry(_ row: Row) -> AuditEntry {
        var entry = auditEntry(row)
        entry.clients = []
        return entry
    }

    public func clientData(_ code: IdentityCode, key: PseudonymKey?, by actor: Actor) throws -> JSONValue {
        let client = key?.pseudonym(for: code)
        return try writer.write { db in
            let ids = try client.map { client in
                try Int64.fetchAll(db, sql: #"SELECT "id" FROM "contact" WHERE "client_ref" = ? ORDER BY "instant", "id""#, arguments: [client])
            } ?? []
            try Self.fill(db, temporaryTable: "reviewed_contact", columns: ["id"], rows: ids.map { [String($0)] })
            let mine = #"(SELECT CAST("id" AS INTEGER) FROM "reviewed_contact")"#
            // The codes of data/ as text (v19), after `*`: `fields` keeps the last of two columns of one name.
            let codes = Schema.contactCodes.map { Schema.codeText(#""contact"."\#($0)""#) + #" AS "\#($0)""# }.joined(separator: ", ")
            let contacts = try Row.fetchAll(db, sql: #"SELECT *, \#(codes) FROM "contact" WHERE "id" IN \#(mine) ORDER BY "instant", "id""#).map { row in
                // v19's stored forms of the times are left out: `occurred_at` and `logged_at` are made from them.
                var fields = Self.fields(row, leaving: ["client_ref", "save_token", "utc_offset", "occurred_text", "logged", "logged_text"])
                let id: Int64 = row["id"]
                fields["topics"] = .array(try String.fetchAll(
                    db, sql: #"SELECT k."code" FROM "contact_topic" AS t JOIN "code" AS k ON k."id" = t."topic" WHERE t."contact_id" = ? ORDER BY 1"#,
                    arguments: [id]).map(JSONValue.string))
                fields["referrals"] = .array(try Row.fetchAll(
                    db, sql: #"""
                        SELECT k."code" AS "referral", r."outcome" FROM "contact_referral" AS r JOIN "code" AS k ON k."id" = r."referral"
                        WHERE r."contact_id" = ? ORDER BY 1
                        """#, arguments: [id]
                ).map { .object(Self.fields($0)) })
                fields["unmet_needs"] = .array(try String.fetchAll(
                    db, sql: #"SELECT "need" FROM "contact_unmet_need" WHERE "contact_id" = ? ORDER BY "need""#, arguments: [id]).map(JSONValue.string))
                return JSONValue.object(fields)
            }
            func rows(_ table: String, by column: String = "contact_id") throws -> JSONValue {
                .array(try Row.fetchAll(db, sql: #"SELECT * FROM "\#(table)" WHERE "\#(column)" IN \#(mine) ORDER BY "\#(column)""#)
                    .map { .object(Self.fields($0)) })
            }
            let handoffs = try Row.fetchAll(db, sql: #"SELECT * FROM "handoff" WHERE "contact_id" IN \#(mine) ORDER BY "id""#).map { row in
                var fields = Self.fields(row)
                let id: Int64 = row["id"]
                fields["details"] = try Row.fetchOne(db, sql: #"SELECT * FROM "handoff_detail" WHERE "handoff_id" = ?"#, arguments: [id])
                    .map { .object(Self.fields($0, leaving: ["handoff_id"])) } ?? .null
                fields["tries"] = .array(try Row.fetchAll(
                    db, sql: #"SELECT * FROM "handoff_try" WHERE "handoff_id" = ? ORDER BY "n""#, arguments: [id]
                ).map { .object(Self.fields($0, leaving: ["handoff_id"])) })
                return JSONValue.object(fields)
            }
            try Self.audit(
                db, actor, details: "data held on a client read: \(ids.count) contacts, \(handoffs.count) handoffs", contacts: ids.count,
                clients: [client])
            return .object([
                "contacts": .array(contacts), "assessments": try rows("assessment"), "follow_ups": try rows("follow_up_done"),
                "handoffs": .array(handoffs),
            ])
        }
    }

    /// The columns of SQLite's booleans (0 or 1), written as JSON's, as PostgreSQL's are.
    static let booleanColumns: Set<String> = ["resolved", "identified", "has_repeat", "unlinked", "reached"]

    /// A row's columns as JSON values, but those `leaving`.
    static func fields(_ row: Row, leaving: Set<String> = []) -> [String: JSONValue] {
        var fields: [String: JSONValue] = [:]
        for (column, value) in row where !leaving.contains(column) {
            fields[column] =
                switch value.storage {
                case .null: .null
                case .int64(let n): booleanColumns.contains(column) ? .bool(n != 0) : .number(Double(n))
                case .double(let d): .number(d)
                case .string(let s): .string(s)
                case .blob(let data): .string(data.base64EncodedString())
                }
        }
        return fields
    }
}
