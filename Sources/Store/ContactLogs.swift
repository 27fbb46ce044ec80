import Guidance

/// Opens the contact log a location names, on the backend it names: what the commands call, so that none of
/// them knows which backend it works on.
public enum ContactLogs {
    /// Opens (or creates) the log at `location`: a SQLite file's path (see `SQLiteLog.open` for what is refused,
    /// and how a demo database and a real one never open as the other).
    public static func open(
        _ location: String, catalog: Catalog, createDirectory: Bool = false, kind: DatabaseKind = .real
    ) throws(StoreError) -> any ContactLog {
        if isPostgres(location) {
            // PostgreSQL: next.
            throw .cannotOpen(path: location, reason: "PostgreSQL is not available yet")
        }
        return try SQLiteLog.open(path: location, catalog: catalog, createDirectory: createDirectory, kind: kind)
    }

    /// Whether `location` names a PostgreSQL database (a libpq URI) rather than a SQLite file.
    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }
}
