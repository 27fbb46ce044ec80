import Foundation
import Guidance

/// Opens the contact log a location names, on the backend it names: what the commands call, so that none of
/// them knows which backend it works on.
public enum ContactLogs {
    /// Opens the log at `location`: a PostgreSQL database made by `neuvo init`, named by a libpq URI (see
    /// `PostgresLog.open`), or a SQLite file's path, created when missing (see `SQLiteLog.open` for what is refused,
    /// and how a demo database and a real one never open as the other).
    public static func open(
        _ location: String, catalog: Catalog, createDirectory: Bool = false, kind: DatabaseKind = .real, lockWait: TimeInterval? = nil
    ) throws(StoreError) -> any ContactLog {
        if isPostgres(location) { return try PostgresLog.open(uri: location, catalog: catalog, kind: kind) }
        return try SQLiteLog.open(path: location, catalog: catalog, createDirectory: createDirectory, kind: kind, lockWait: lockWait)
    }

    /// Opens the log for `neuvo board`, which only reads: a SQLite file may be a demo database (the kind found comes
    /// back, so the board can say DEMO); PostgreSQL is always real. See `SQLiteLog.openForBoard`.
    public static func openForBoard(_ location: String, catalog: Catalog, lockWait: TimeInterval? = nil) throws(StoreError) -> (any ContactLog, DatabaseKind) {
        if isPostgres(location) { return (try PostgresLog.open(uri: location, catalog: catalog), .real) }
        let (log, kind) = try SQLiteLog.openForBoard(path: location, catalog: catalog, lockWait: lockWait)
        return (log, kind)
    }

    /// Whether `location` names a PostgreSQL database (a libpq URI) rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }
}
