import Foundation
import GRDB
import Guidance

extension SQLiteLog {
    @discardableResult
    public func saveDraft(id: Int64?, form: String, point: String?, by actor: Actor) throws -> Int64 {
        try Self.refuseIdentityCode(in: form)
        return try writer.write { db in
            let now = Self.now()
            if let id {
                try db.execute(
                    sql: #"UPDATE "draft" SET "form" = ?, "point" = ?, "updated_at" = ? WHERE "id" = ? AND "advisor" = ?"#,
                    arguments: [form, point, now, id, actor.user])
                if db.changesCount > 0 { return id }
            }
            try db.execute(
                sql: #"INSERT INTO "draft" ("advisor", "point", "updated_at", "form") VALUES (?, ?, ?, ?)"#,
                arguments: [actor.user, point, now, form])
            let id = db.lastInsertedRowID
            // Audited when a draft begins and ends, not on each keystroke's rewrite of the advisor's own draft.
            try Self.audit(db, actor, details: "draft \(id) started", contacts: 0)
            return id
        }
    }

    public func drafts(by actor: Actor) throws -> [Draft] {
        let drafts = try writer.read { db in try Self.drafts(db, of: actor.user) }
        if !drafts.isEmpty {
            try writer.write { db in
                try Self.audit(db, actor, details: "drafts read", contacts: drafts.count, clients: drafts.map { Self.client(inDraft: $0.form) })
            }
        }
        return drafts
    }

    /// Only the actor's own draft, as on PostgreSQL, where the server allows no other.
    public func deleteDraft(id: Int64, by actor: Actor) throws {
        try writer.write { db in
            try db.execute(sql: #"DELETE FROM "draft" WHERE "id" = ? AND "advisor" = ?"#, arguments: [id, actor.user])
            try Self.audit(db, actor, details: "draft \(id) discarded", contacts: 0)
        }
    }

    static func drafts(_ db: Database, of advisor: String) throws -> [Draft] {
        try Row.fetchAll(db, sql: #"SELECT * FROM "draft" WHERE "advisor" = ? ORDER BY "updated_at" DESC, "id" DESC"#, arguments: [advisor])
            .map { Draft(id: $0["id"], advisor: $0["advisor"], point: $0["point"], updatedAt: $0["updated_at"], form: $0["form"]) }
    }

    /// The client a draft's form holds, for the audit row of its reading: its `clientRef` when that is a pseudonym (43
    /// characters of base64url; the form keeps no identity code, and the store refuses a draft that holds one).
    static func client(inDraft form: String) -> String? {
        guard let range = form.range(of: #""clientRef":""#) else { return nil }
        let ref = form[range.upperBound...].prefix { $0 != "\"" }
        let base64url = ref.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
        return ref.count == 43 && base64url ? String(ref) : nil
    }

    static func removeDraft(_ id: Int64?, _ db: Database) throws {
        guard let id else { return }
        try db.execute(sql: #"DELETE FROM "draft" WHERE "id" = ?"#, arguments: [id])
    }
}
