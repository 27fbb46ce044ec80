import GRDB

extension Schema {
    /// v15: figure lists by the page (issue 22). The list behind a figure comes a screenful at a time in the order
    /// (day, instant, id), "after this key, N rows": this index holds that order (the rowid, `id`, ends every entry), so
    /// a page reads its rows and no more, however long the month.
    static func v15(_ db: Database) throws {
        try db.execute(sql: #"CREATE INDEX "contact_day_instant" ON "contact"("day", "instant")"#)
    }
}
