import GRDB

extension Schema {
    /// v11's retention part on SQLite (CONTRACT §11): the retention settings at their defaults.
    static func v11Retention(_ db: Database) throws {
        try db.execute(
            sql: #"INSERT OR IGNORE INTO "setting" ("key", "value") VALUES ('retention.client_ref_days', '365'), ('retention.draft_days', '30')"#)
    }

    /// v11's client log part on SQLite (CONTRACT §11): nothing to make — the audit rows' `clients` column (v7) is filled by the code, and `neuvo audit --client` scans the one file's log.
    static func v11ClientLog(_ db: Database) throws {}
}
