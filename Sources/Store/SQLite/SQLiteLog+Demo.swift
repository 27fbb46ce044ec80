import GRDB
import Guidance

extension SQLiteLog {
    public func resetDemo(with contacts: [Contact], records: [EvaluationRecord], by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        for record in records { try check(record) }
        try writer.write { db in
            let kind = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.kindKey])
            guard kind == DatabaseKind.demo.rawValue else { throw StoreError.notDemoDatabase(path: (writer as? DatabasePool)?.path ?? ":memory:") }
            for table in ["handoff_try", "handoff_detail", "handoff", "follow_up_done", "assessment", "contact_topic", "contact_referral", "contact_unmet_need", "contact",
                          "daily_figure", "draft", "feedback", "mood", "staffing"] {
                try db.execute(sql: #"DELETE FROM "\#(table)""#)
            }
            try Self.audit(db, actor, details: "demo reset", contacts: 0)
            _ = try insertAll(db, details: "demo data", by: actor) { batches.popLast() }
            try Self.insertRecords(records, db).store(db)
        }
    }
}
