import Foundation
import GRDB
import Guidance

extension SQLiteLog: RetentionStore {
    public func retentionSettings() throws -> RetentionSettings {
        try writer.read { db in try Self.retentionSettings(db) }
    }

    static func retentionSettings(_ db: Database) throws -> RetentionSettings {
        func value(_ key: String, _ fallback: Int) throws -> Int {
            try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [key]).flatMap(Int.init) ?? fallback
        }
        return RetentionSettings(
            clientRefDays: try value(RetentionSettings.clientRefDaysKey, RetentionSettings.defaults.clientRefDays),
            draftDays: try value(RetentionSettings.draftDaysKey, RetentionSettings.defaults.draftDays))
    }

    public func setRetention(_ settings: RetentionSettings, by actor: Actor) throws {
        try writer.write { db in
            if let problem = settings.problem(followUpWindowHours: try Self.followUpWindowHours(db)) { throw problem }
            for (key, value) in settings.stored {
                try db.execute(sql: #"INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)"#, arguments: [key, value])
            }
            try Self.audit(
                db, actor, details: "retention client_ref_days \(settings.clientRefDays), draft_days \(settings.draftDays)", contacts: 0)
        }
    }

    public func applyRetention(now: Timestamp, dryRun: Bool, by actor: Actor) throws -> RetentionResult {
        try writer.write { db in
            let settings = try Self.retentionSettings(db)
            let days = max(settings.clientRefDays, RetentionSettings.windowDays(try Self.followUpWindowHours(db)))
            var result = RetentionResult(unlinked: 0, drafts: 0, handoffDetails: 0, unlinkedBefore: now.date.adding(days: -days))
            var clients: [String] = []
            // A dry run does the same work in a savepoint and rolls it back: what it says is what a run would remove.
            try db.inSavepoint {
                clients = try String.fetchAll(
                    db, sql: #"SELECT DISTINCT "client_ref" FROM "contact" WHERE "day" < ? AND "client_ref" IS NOT NULL ORDER BY 1"#,
                    arguments: [result.unlinkedBefore.description])
                // The repeat flag stays as it is: refreshRepeats only ever recounts contacts that keep a client_ref. Marked
                // unlinked, so that an edit keeps the figures it was counted with (`update`).
                try db.execute(
                    sql: #"UPDATE "contact" SET "client_ref" = NULL, "unlinked" = 1 WHERE "day" < ? AND "client_ref" IS NOT NULL"#,
                    arguments: [result.unlinkedBefore.description])
                result.unlinked = db.changesCount
                try db.execute(
                    sql: #"DELETE FROM "draft" WHERE "updated_at" < ?"#,
                    arguments: [Self.utcText(instant: now.instant - Int64(settings.draftDays) * 86400)])
                result.drafts = db.changesCount
                result.handoffDetails = try Self.eraseHandoffDetails(db, now: now, by: actor)
                return dryRun ? .rollback : .commit
            }
            try Self.append(
                db,
                AuditEntry(
                    at: Self.now(), user: actor.user, command: actor.command, details: result.details(dryRun: dryRun),
                    contacts: result.unlinked, clients: clients))
            return result
        }
    }

    /// An instant as drafts and the audit log write theirs, `2026-12-07T01:00:00Z` (UTC).
    static func utcText(instant: Int64) -> String {
        var seconds = time_t(instant), utc = tm()
        gmtime_r(&seconds, &utc)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(utc.tm_year + 1900)-\(two(utc.tm_mon + 1))-\(two(utc.tm_mday))T\(two(utc.tm_hour)):\(two(utc.tm_min)):\(two(utc.tm_sec))Z"
    }
}
