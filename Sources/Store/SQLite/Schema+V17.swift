import GRDB

extension Schema {
    /// v17's SQLite half: quicker imports, smaller storage (issue 22). Placeholder of helper "sqlite-size".
    static func v17(_ db: Database) throws {}
}
