import GRDB

extension Schema {
    /// v17's SQLite half (issue 22: quicker imports, smaller storage).
    ///
    /// v14's triggers keep `monthly_figure` in step with every change to `daily_figure`, one upsert per daily row. A
    /// bulk write (an import, a copy, the follow-up window's recount) changes hundreds of thousands of daily rows that
    /// fall into a few thousand monthly ones, and there the triggers cost as much as the daily upserts themselves. So
    /// the triggers now stand aside while `monthly_figure_held` holds a row: `DailyChanges.store(_:bulk:)` puts one
    /// there, writes the daily rows, adds the same changes summed per month itself, removes the row again — all in the
    /// caller's transaction, so no other connection ever sees the row, and a write that fails rolls it back with
    /// everything else. Every other path (saves, edits, outcomes, retention, SQL typed by hand) meets the empty table
    /// and the triggers as before. The rule stays one: a monthly row is the sum of its month's daily rows, never zero.
    /// The triggers' bodies are v14's, word for word; only their `WHEN` gains the condition.
    static func v17(_ db: Database) throws {
        try db.execute(
            sql: """
                -- Empty but inside a bulk write's transaction (DailyChanges.store): while it holds its one row, the
                -- writer adds the monthly sums itself and the triggers below stand aside.
                CREATE TABLE "monthly_figure_held" ("held" INTEGER PRIMARY KEY CHECK ("held" = 1));

                DROP TRIGGER "daily_figure_inserted";
                DROP TRIGGER "daily_figure_changed";
                DROP TRIGGER "daily_figure_moved";
                DROP TRIGGER "daily_figure_deleted";
                \(v17Triggers)
                """)
    }

    /// v17's four triggers on `daily_figure` (v14's bodies, standing aside while `monthly_figure_held` holds a row);
    /// v19 makes them again on its rebuilt table.
    static var v17Triggers: String {
        let upsert = monthlyUpsert, sameKey = sameDailyKey
        let notHeld = #"NOT EXISTS (SELECT 1 FROM "monthly_figure_held")"#
        return """
            CREATE TRIGGER "daily_figure_inserted" AFTER INSERT ON "daily_figure" WHEN \(notHeld) BEGIN
                \(upsert("NEW", #"NEW."value""#))
            END;
            CREATE TRIGGER "daily_figure_changed" AFTER UPDATE ON "daily_figure" WHEN \(notHeld) AND \(sameKey) BEGIN
                \(upsert("NEW", #"NEW."value" - OLD."value""#))
            END;
            CREATE TRIGGER "daily_figure_moved" AFTER UPDATE ON "daily_figure" WHEN \(notHeld) AND NOT (\(sameKey)) BEGIN
                \(upsert("OLD", #"-OLD."value""#))
                \(upsert("NEW", #"NEW."value""#))
            END;
            CREATE TRIGGER "daily_figure_deleted" AFTER DELETE ON "daily_figure" WHEN \(notHeld) BEGIN
                \(upsert("OLD", #"-OLD."value""#))
            END;
            """
    }
}
