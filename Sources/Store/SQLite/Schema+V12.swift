import GRDB

extension Schema {
    /// v12: settings through functions (issue 20's remaining gaps). Placeholder slot until its part is written.
    static func v12(_ db: Database) throws {}
}
