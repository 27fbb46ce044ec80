import GRDB

extension DailyChanges {
    /// Adds the changes to the stored figures, then removes the figures left at zero on the days at points
    /// a change lowered.
    func store(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value") VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ("day", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value"
            """)
        let dropZeros = try db.cachedStatement(
            sql: #"DELETE FROM "daily_figure" WHERE "day" = ? AND "point" = ? AND "value" = 0"#)
        for row in rows {
            try upsert.execute(arguments: [row.day, row.point, row.figure, row.code, row.value])
        }
        for key in lowered { try dropZeros.execute(arguments: [key.day, key.point]) }
    }
}
