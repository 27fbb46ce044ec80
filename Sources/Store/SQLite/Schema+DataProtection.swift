import GRDB

extension Schema {
    /// v11's retention part on SQLite (CONTRACT §11): the retention settings at their defaults.
    static func v11Retention(_ db: Database) throws {
        try db.execute(
            sql: #"INSERT OR IGNORE INTO "setting" ("key", "value") VALUES ('retention.client_ref_days', '365'), ('retention.draft_days', '30')"#)
    }

    /// v11's client log part on SQLite (CONTRACT §11). Placeholder until written.
    static func v11ClientLog(_ db: Database) throws {}
}
