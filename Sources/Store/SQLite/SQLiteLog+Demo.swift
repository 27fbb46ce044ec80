import GRDB
import Guidance

extension SQLiteLog {
    public func resetDemo(with contacts: [Contact], records: [EvaluationRecord], handoffs: [DemoHandoff], by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        for record in records { try check(record) }
        precondition(handoffs.allSatisfy { contacts.indices.contains($0.contactIndex) }, "a demo handoff names a contact of the demo")
        try writer.write { db in
            let kind = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.kindKey])
            guard kind == DatabaseKind.demo.rawValue else { throw StoreError.notDemoDatabase(path: (writer as? DatabasePool)?.path ?? ":memory:") }
            for table in ["handoff_try", "handoff_detail", "handoff", "follow_up_done", "assessment", "contact_topic", "contact_referral", "contact_unmet_need", "contact",
                          "daily_figure", "draft", "feedback", "mood", "staffing"] {
                try db.execute(sql: #"DELETE FROM "\#(table)""#)
            }
            try Self.audit(db, actor, details: "demo reset", contacts: 0)
            _ = try insertAll(db, details: "demo data", by: actor) { batches.popLast() }
            try Self.insertRecords(records, db).store(db, codes: codes, bulk: true)
            try Self.insertDemoHandoffs(handoffs, db, by: actor.user)
        }
    }

    /// The demo's handoffs (CONTRACT §9), each from its contact (the contacts just inserted, in order, into an empty
    /// table: their ids ascend as they came), carrying that contact's referral over, with its tries and its fictitious
    /// details. Every move is the file's user's, who on SQLite is every role.
    static func insertDemoHandoffs(_ handoffs: [DemoHandoff], _ db: Database, by user: String) throws {
        guard !handoffs.isEmpty else { return }
        let ids = try Int64.fetchAll(db, sql: #"SELECT "id" FROM "contact" ORDER BY "id""#)
        let handoff = try db.makeStatement(
            sql: """
                INSERT INTO "handoff" ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by",
                    "taken_at", "taken_instant", "taken_by", "closed_at", "closed_instant", "closed_by", "result", "tries")
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let attempt = try db.makeStatement(sql: #"INSERT INTO "handoff_try" VALUES (?, ?, ?, ?, ?)"#)
        for h in handoffs {
            let r = h.record
            try handoff.execute(arguments: [
                ids[h.contactIndex], r.service, r.point, r.service, r.urgency.rawValue, r.sentAt.description, r.sentAt.instant, user,
                r.takenAt?.description, r.takenAt?.instant, r.takenAt.map { _ in user }, r.closedAt?.description, r.closedAt?.instant,
                r.closedAt.map { _ in user }, r.result?.rawValue, h.triedAt.count,
            ])
            let id = db.lastInsertedRowID
            // The client answered the last try of a reached or declined handoff; no other try reached anyone.
            let answered = r.result == .reached || r.result == .declined
            for (n, at) in h.triedAt.enumerated() {
                try attempt.execute(arguments: [id, n + 1, at.description, answered && n == h.triedAt.count - 1 ? 1 : 0, user])
            }
            try insertDetails(
                db, id: id,
                HandoffDetails(name: h.name, phone: h.phone, language: HandoffLanguage(rawValue: h.language), when: h.when, note: h.note))
        }
        try noteHandoffChange(db)
    }
}
