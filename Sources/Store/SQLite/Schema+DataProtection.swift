import GRDB

extension Schema {
    /// v11's retention part on SQLite (CONTRACT §11). Placeholder until written.
    static func v11Retention(_ db: Database) throws {}

    /// v11's client log part on SQLite (CONTRACT §11). Placeholder until written.
    static func v11ClientLog(_ db: Database) throws {}
}
