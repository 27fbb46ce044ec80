import GRDB
import PQ

/// The `privacy.idle_minutes` setting (CONTRACT §11): after this many minutes without a key the screens cover
/// everything but their header until a key is pressed; 0 turns the cover off. Kept with the database's other settings
/// (read by every login through `neuvo.settings()` on PostgreSQL), so that one choice holds at every desk of a region.
public protocol IdleCoverSetting {
    /// The setting's value: `defaultIdleMinutes` when the database holds none (or a value that is not a number in range).
    func idleMinutes() throws -> Int
    /// Changes the setting (checked by the caller to be in `idleMinutesRange`); audited with the old and new values.
    /// On PostgreSQL only the owner changes settings.
    func setIdleMinutes(_ minutes: Int, by actor: Actor) throws
}

public enum IdleCover {
    public static let key = "privacy.idle_minutes"
    public static let defaultMinutes = 5
    /// 0 (off) up to a working day.
    public static let minutesRange = 0...480

    static func minutes(stored: String?) -> Int {
        stored.flatMap(Int.init).flatMap { minutesRange.contains($0) ? $0 : nil } ?? defaultMinutes
    }

    static func details(from old: String?, to new: Int) -> String { "\(key) \(old ?? String(defaultMinutes)) → \(new)" }
}

extension SQLiteLog: IdleCoverSetting {
    public func idleMinutes() throws -> Int {
        IdleCover.minutes(stored: try writer.read { db in
            try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [IdleCover.key])
        })
    }

    public func setIdleMinutes(_ minutes: Int, by actor: Actor) throws {
        precondition(IdleCover.minutesRange.contains(minutes))
        try writer.write { db in
            let old = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [IdleCover.key])
            try db.execute(sql: #"INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)"#, arguments: [IdleCover.key, String(minutes)])
            try Self.audit(db, actor, details: IdleCover.details(from: old, to: minutes), contacts: 0)
        }
    }
}

extension PostgresLog: IdleCoverSetting {
    public func idleMinutes() throws -> Int {
        IdleCover.minutes(stored: try run { c in try Self.setting(c, IdleCover.key) })
    }

    /// The owner's: `neuvo.set_idle_minutes` refuses every other login (42501) and a value out of range (22023).
    public func setIdleMinutes(_ minutes: Int, by actor: Actor) throws {
        precondition(IdleCover.minutesRange.contains(minutes))
        try run { c in try c.exec("SELECT neuvo.set_idle_minutes($1, $2)", [String(minutes), actor.command]) }
    }
}
