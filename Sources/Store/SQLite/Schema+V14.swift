import GRDB

extension Schema {
    /// v14: monthly figures (issue 22: the year report independent of volume). Placeholder slot until its part is written.
    static func v14(_ db: Database) throws {}
}
