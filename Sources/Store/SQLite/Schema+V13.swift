import GRDB

extension Schema {
    /// v13: concurrent saves (issues 17 and 22: PostgreSQL saves under load). Placeholder slot until its part is written.
    static func v13(_ db: Database) throws {}
}
