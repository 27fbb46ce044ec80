import GRDB

extension Schema {
    /// v13: concurrent saves. Nothing on SQLite: one writer at a time holds the file's write lock, so saves never wait on
    /// each other's figure rows there; the lanes of a day's figures are PostgreSQL's (PostgresSchema.v13).
    static func v13(_ db: Database) throws {}
}
