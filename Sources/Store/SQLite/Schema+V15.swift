import GRDB

extension Schema {
    /// v15: figure lists by the page (issue 22). Placeholder slot until its part is written.
    static func v15(_ db: Database) throws {}
}
