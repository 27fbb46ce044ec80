import Foundation
import GRDB

/// Opens the database file safely: a file that is not neuvo's, or is from a newer neuvo, or cannot be
/// written is refused before anything is written to it; a new file is created private (0600) in a
/// private directory (0700).
enum DatabaseFile {
    /// How long a command's connection waits for another process's lock before giving up, in seconds: imports and
    /// reports take their turn behind others' writes (the screens wait far less, see `SQLiteLog.open`'s `lockWait`).
    static let busyTimeout: TimeInterval = 60

    static func open(path: String, createDirectory: Bool) throws(StoreError) -> DatabasePool {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        if !files.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard createDirectory else { throw .missingDirectory(directory) }
            do {
                try files.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotOpen(path: path, reason: error.localizedDescription)
            }
        } else if !isDirectory.boolValue {
            throw .missingDirectory(directory)
        }

        // Processes opening the same database take turns from the first look to the last migration, so that
        // none sees another's file half made. flock on the directory leaves SQLite's own locks alone.
        let lock = Foundation.open(directory, O_RDONLY)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }

        if files.fileExists(atPath: path) {
            guard access(path, R_OK | W_OK) == 0, access(directory, W_OK | X_OK) == 0 else { throw .readOnly(path: path) }
            try inspect(path: path)
        } else {
            guard access(directory, W_OK | X_OK) == 0 else { throw .readOnly(path: path) }
            let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 { close(fd) }
        }

        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // A contact the user saw saved must survive a power cut: sync the WAL on every commit. Set after
            // the pool is open, because opening a pool sets WAL mode with synchronous = NORMAL.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Schema.migrate(pool)
            return pool
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            throw .readOnly(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notNeuvoDatabase(path: path)
        } catch let error as DatabaseError where StoreError.isDiskFull(error) {
            throw .diskFull
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// Closes a pool with its read-only connections first, so that the writer is this process's last connection:
    /// SQLite then checkpoints and removes the WAL when no other process has the file open. (GRDB closes the writer
    /// first, and a read-only connection closing last leaves the WAL behind: after a large import, every later open
    /// read all of it again, 1.5 s for a million contacts.)
    static func closeWriterLast(_ pool: DatabasePool) throws {
        pool.releaseMemory()
        try pool.close()
    }

    /// Looks at an existing file through a read-only connection, which changes nothing in it.
    private static func inspect(path: String) throws(StoreError) {
        let facts: (applicationID: Int32, objects: Int, applied: Set<String>)
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(busyTimeout)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            facts = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                let applied = applicationID == Schema.applicationID ? try Schema.migrator.appliedIdentifiers(db) : []
                return (applicationID, objects, applied)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notNeuvoDatabase(path: path)
        } catch let error as DatabaseError where StoreError.isDiskFull(error) {
            throw .diskFull
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        if facts.applicationID != Schema.applicationID {
            // An empty SQLite file (or an empty file) becomes a new neuvo database; anything else is not ours.
            if facts.objects > 0 { throw .notNeuvoDatabase(path: path) }
            return
        }
        let unknown = facts.applied.subtracting(Schema.migrator.migrations)
        if !unknown.isEmpty { throw .newerSchema(path: path, unknown: unknown.sorted()) }
    }
}
