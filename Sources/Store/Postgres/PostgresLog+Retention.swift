import Guidance
import PQ

extension PostgresLog: RetentionStore {
    public func retentionSettings() throws -> RetentionSettings {
        try run { c in try Self.retentionSettings(c) }
    }

    static func retentionSettings(_ c: PQConnection) throws -> RetentionSettings {
        RetentionSettings(
            clientRefDays: try setting(c, RetentionSettings.clientRefDaysKey).flatMap(Int.init) ?? RetentionSettings.defaults.clientRefDays,
            draftDays: try setting(c, RetentionSettings.draftDaysKey).flatMap(Int.init) ?? RetentionSettings.defaults.draftDays)
    }

    /// The server checks the values (22023) and the role (42501) again.
    public func setRetention(_ settings: RetentionSettings, by actor: Actor) throws {
        try run { c in
            if let problem = settings.problem(followUpWindowHours: try Self.followUpWindowHours(c)) { throw problem }
            try c.exec(
                "SELECT neuvo.set_retention($1, $2, $3)", [String(settings.clientRefDays), String(settings.draftDays), actor.command])
        }
    }

    public func applyRetention(now: Timestamp, dryRun: Bool, by actor: Actor) throws -> RetentionResult {
        try run { c in
            let row = try c.exec(
                #"SELECT "unlinked", "drafts", "handoff_details", "unlinked_before"::text FROM neuvo.retention($1::bigint, $2::date, $3::boolean, $4)"#,
                [String(now.instant), now.date.description, dryRun ? "true" : "false", actor.command])
            return RetentionResult(
                unlinked: row.int(0, 0) ?? 0, drafts: row.int(0, 1) ?? 0, handoffDetails: row.int(0, 2) ?? 0,
                unlinkedBefore: row.string(0, 3).flatMap { CivilDate(iso: $0) } ?? now.date)
        }
    }
}
