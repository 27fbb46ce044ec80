import GRDB

extension Schema {
    /// v12 (issue 20's last gaps): a contact whose pseudonym retention unlinked is marked, so that an edit keeps the
    /// figures it was counted with (`with_client_ref`, and `repeats` by its frozen flag) — see `SQLiteLog.update`.
    /// The settings need nothing here: SQLite has one user, who writes them in the store's own transactions.
    static func v12(_ db: Database) throws {
        try db.execute(sql: #"ALTER TABLE "contact" ADD COLUMN "unlinked" INTEGER NOT NULL DEFAULT 0 CHECK ("unlinked" IN (0, 1))"#)
    }
}
