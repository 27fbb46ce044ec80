import GRDB
import Synchronization

/// v19's `code` table of one open log, held in memory (issue 22, "Reads after v19"): a code's id for a write, an id's
/// code for a read, without a query per row and column.
///
/// Safe to keep because an id only ever means one code: `code` rows are only ever added (no migration, retention, copy
/// or command deletes or renumbers one), so an id once read from a committed row is that code's for ever. What the map
/// must never hold is an id that might not be committed: SQLite gives a new row max(id) + 1, so an id added by a write
/// that then rolls back is the next writer's, perhaps for another code. Ids a write adds are therefore kept apart
/// (`pending`, visible only to lookups while that write's transaction runs, which holds SQLite's one write lock) and
/// dropped when it ends, committed or not; the table is read again at the next miss, and then they are committed rows.
///
/// Loaded at the first lookup, read again whenever a lookup misses (another process added a code since): a reader's
/// snapshot that holds a row naming an id holds that id's code row too (it was committed first or with it).
final class CodeMap: Sendable {
    struct Key: Hashable, Sendable {
        let kind: String, code: String
    }

    private struct State: Sendable {
        var ids: [Key: Int64] = [:]
        var codes: [Int64: String] = [:]
        /// Added by the write under way (inside its transaction): not in `ids`/`codes` until read again after its commit.
        var pending: [Key: Int64] = [:]
        var pendingCodes: [Int64: String] = [:]
    }

    private let state = Mutex(State())

    /// The id of `code` of `kind` for a write, inside its transaction: a known one, else one another process added
    /// meanwhile, else a new row of `code` (which a rollback takes away with the rest of the write).
    func id(_ kind: String, _ code: String, _ db: Database) throws -> Int64 {
        if let id = try knownID(kind, code, db) { return id }
        try db.execute(sql: #"INSERT INTO "code" ("kind", "code") VALUES (?, ?)"#, arguments: [kind, code])
        let id = db.lastInsertedRowID
        let first = state.withLock { state in
            let first = state.pending.isEmpty
            // A savepoint rolled back inside this transaction may have taken an id this write added, which SQLite then
            // gives again: the old code no longer has it.
            if state.pendingCodes[id] != nil { state.pending = state.pending.filter { $0.value != id } }
            state.pending[Key(kind: kind, code: code)] = id
            state.pendingCodes[id] = code
            return first
        }
        if first {
            db.afterNextTransaction(
                onCommit: { [self] _ in forgetPending() },
                onRollback: { [self] _ in forgetPending() })
        }
        return id
    }

    /// The id of `code` of `kind` if the table holds it (nil: never written, so it matches no row).
    func knownID(_ kind: String, _ code: String, _ db: Database) throws -> Int64? {
        let key = Key(kind: kind, code: code)
        if let id = state.withLock({ $0.ids[key] ?? $0.pending[key] }) { return id }
        try reload(db)
        return state.withLock { $0.ids[key] ?? $0.pending[key] }
    }

    /// The code an id names (nil: an id the table does not hold, which no writer of neuvo stores).
    func code(_ id: Int64, _ db: Database) throws -> String? {
        if let code = state.withLock({ $0.codes[id] ?? $0.pendingCodes[id] }) { return code }
        try reload(db)
        return state.withLock { $0.codes[id] ?? $0.pendingCodes[id] }
    }

    /// The code of a column holding an id, or nil for NULL.
    func code(_ id: Int64?, _ db: Database) throws -> String? {
        guard let id else { return nil }
        return try code(id, db)
    }

    /// The codes of ids joined with `;` (a contact's topics), in any order; unknown ids are left out.
    func codes(_ joined: String?, _ db: Database) throws -> [String] {
        try storedCodes(joined).compactMap { Int64($0) }.compactMap { try code($0, db) }
    }

    /// Reads the whole table (a few hundred rows). Inside a write that added codes the rows it added are left to
    /// `pending`: they are not committed.
    private func reload(_ db: Database) throws {
        let rows = try Row.fetchAll(db, sql: #"SELECT "id", "kind", "code" FROM "code""#)
        state.withLock { state in
            for row in rows {
                let id: Int64 = row[0]
                guard state.pendingCodes[id] == nil else { continue }
                let code: String = row[2]
                state.ids[Key(kind: row[1], code: code)] = id
                state.codes[id] = code
            }
        }
    }

    private func forgetPending() {
        state.withLock { state in
            state.pending = [:]
            state.pendingCodes = [:]
        }
    }
}
