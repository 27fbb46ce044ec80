import GRDB

extension Schema {
    /// v18: quicker saves — PostgreSQL's audit seal (`PostgresSchema.v18`). Nothing on SQLite: its audit rows are
    /// chained as they are written, one writer at a time. Registered to keep one history.
    static func v18(_ db: Database) throws {}
}
