import GRDB

extension Schema {
    /// v19's SQLite half: codes as small integers (issue 22). Placeholder: the helper "sqlite-codes" fills it.
    static func v19(_ db: Database) throws {}
}
