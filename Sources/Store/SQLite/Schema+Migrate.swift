import GRDB

/// Upgrades in one transaction (CONTRACT §12): GRDB's `DatabaseMigrator` commits each migration on its own, so a
/// database made by v3 and opened by a neuvo that stops half-way (a kill, a power cut, a full disk) would be left at
/// v7 — a version no neuvo ever shipped. `migrate` applies every missing migration and records it inside one
/// `BEGIN IMMEDIATE … COMMIT`: after a crash the file is the old version's, whole, and the next open starts again.
extension Schema {
    /// One migration: its identifier (as recorded in `grdb_migrations`) and its body.
    struct Step {
        let identifier: String
        let migrate: @Sendable (Database) throws -> Void
    }

    /// The list `steps` is built in, with `DatabaseMigrator`'s registration call, so that the history reads the same.
    struct Steps {
        private(set) var list: [Step] = []

        mutating func registerMigration(_ identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
            list.append(Step(identifier: identifier, migrate: migrate))
        }
    }

    /// The same history as GRDB's migrator, for what reads it (`appliedIdentifiers`, `migrations`, tests' `upTo:`).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for step in steps.list { migrator.registerMigration(step.identifier, migrate: step.migrate) }
        return migrator
    }

    /// Applies the migrations `writer`'s database lacks, in registration order, all in one transaction, with foreign
    /// keys checked before the commit (as GRDB does for each, SQLite's recipe for altering tables).
    static func migrate(_ writer: any DatabaseWriter) throws {
        let steps = steps.list
        try writer.barrierWriteWithoutTransaction { db in
            // An up-to-date database (every open but the first after an upgrade) is only read: no write lock taken.
            if try db.tableExists("grdb_migrations") {
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                if steps.allSatisfy({ applied.contains($0.identifier) }) { return }
            }
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try db.inTransaction(.immediate) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
                let missing = steps.filter { !applied.contains($0.identifier) }
                if missing.isEmpty { return .rollback }
                for step in missing {
                    try step.migrate(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [step.identifier])
                }
                try db.checkForeignKeys()
                return .commit
            }
        }
    }
}
