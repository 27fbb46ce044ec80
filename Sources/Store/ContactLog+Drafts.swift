import Foundation
import GRDB
import Guidance

/// One day at a point as the home screen shows it: the contacts, the day's measures, the open follow-ups
/// and the advisor's drafts.
public struct DayOverview: Sendable {
    public let day: CivilDate
    public let contacts: [LoggedContact]
    public let report: Report
    public let openFollowUps: Int
    public let drafts: [Draft]

    public init(day: CivilDate, contacts: [LoggedContact], report: Report, openFollowUps: Int, drafts: [Draft]) {
        self.day = day
        self.contacts = contacts
        self.report = report
        self.openFollowUps = openFollowUps
        self.drafts = drafts
    }
}

/// An unsaved contact form, kept on every change so that a crash or a lost session loses nothing.
public struct Draft: Equatable, Sendable {
    public let id: Int64
    public let advisor: String
    public let point: String?
    public let updatedAt: String
    /// The form's state as its screen writes it (JSON); never an identity code.
    public let form: String
}

extension ContactLog {
    /// Saves a form as a new draft (`id` nil) or over an existing one; returns its id. A form holding a
    /// personal identity code is refused: the code is turned into a pseudonym before anything is kept.
    @discardableResult
    public func saveDraft(id: Int64?, form: String, point: String?, by actor: Actor) throws -> Int64 {
        guard !IdentityCode.appears(in: form) else { throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .identityCode)])) }
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

    /// The advisor's (the actor's) drafts, newest first: what the next start offers back. Audited when there are any.
    public func drafts(by actor: Actor) throws -> [Draft] {
        let drafts = try writer.read { db in try Self.drafts(db, of: actor.user) }
        if !drafts.isEmpty {
            try writer.write { db in try Self.audit(db, actor, details: "drafts read", contacts: drafts.count) }
        }
        return drafts
    }

    /// Removes a draft the advisor discards (a saved contact's draft goes with `log(replacingDraft:)`).
    public func deleteDraft(id: Int64, by actor: Actor) throws {
        try writer.write { db in
            try Self.removeDraft(id, db)
            try Self.audit(db, actor, details: "draft \(id) discarded", contacts: 0)
        }
    }

    static func drafts(_ db: Database, of advisor: String) throws -> [Draft] {
        try Row.fetchAll(db, sql: #"SELECT * FROM "draft" WHERE "advisor" = ? ORDER BY "updated_at" DESC, "id" DESC"#, arguments: [advisor])
            .map { Draft(id: $0["id"], advisor: $0["advisor"], point: $0["point"], updatedAt: $0["updated_at"], form: $0["form"]) }
    }

    static func removeDraft(_ id: Int64?, _ db: Database) throws {
        guard let id else { return }
        try db.execute(sql: #"DELETE FROM "draft" WHERE "id" = ?"#, arguments: [id])
    }
}
