import GRDB

extension Schema {
    /// v14: monthly figures (issue 22: the year report independent of volume). The daily figures summed per month and
    /// point, kept by triggers on `daily_figure` in the same transaction as every change to it — whatever path makes the
    /// change (a save, an edit, an import, retention, a demo reset, evaluation records, handoffs) — and filled here from
    /// the figures already stored. A report sums whole months from here and only its edge days from the daily figures
    /// (`FigureSpans`). And the daily totals a report's days and the trend lines read get a small covering index, so that
    /// reading them no longer scans every figure of the period.
    /// The body of a trigger adding `value` to the monthly row of daily row `row` (`NEW` or `OLD`), removing it at zero.
    /// The key of a monthly row as the triggers write it: the day's first seven characters (`2026-12`). (v14 and v17.)
    static func monthlyUpsert(_ row: String, _ value: String) -> String {
        """
        INSERT INTO "monthly_figure" ("month", "point", "figure", "code", "value")
        VALUES (substr(\(row)."day", 1, 7), \(row)."point", \(row)."figure", \(row)."code", \(value))
        ON CONFLICT ("month", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value";
        DELETE FROM "monthly_figure"
        WHERE "month" = substr(\(row)."day", 1, 7) AND "point" = \(row)."point" AND "figure" = \(row)."figure"
          AND "code" = \(row)."code" AND "value" = 0;
        """
    }

    /// An update of a daily row that keeps its key (v14 and v17's triggers).
    static let sameDailyKey = #"OLD."day" = NEW."day" AND OLD."point" = NEW."point" AND OLD."figure" = NEW."figure" AND OLD."code" = NEW."code""#

    static func v14(_ db: Database) throws {
        let upsert = monthlyUpsert, sameKey = sameDailyKey
        try db.execute(
            sql: """
                -- The daily figures summed per month and point (`month` as `2026-12`); like them, no row is zero.
                CREATE TABLE "monthly_figure" (
                    "month" TEXT NOT NULL,
                    "point" TEXT NOT NULL,
                    "figure" TEXT NOT NULL,
                    "code" TEXT NOT NULL,
                    "value" INTEGER NOT NULL,
                    PRIMARY KEY ("month", "point", "figure", "code")
                ) WITHOUT ROWID;
                INSERT INTO "monthly_figure" ("month", "point", "figure", "code", "value")
                SELECT substr("day", 1, 7), "point", "figure", "code", sum("value") FROM "daily_figure"
                GROUP BY 1, 2, 3, 4 HAVING sum("value") <> 0;

                CREATE TRIGGER "daily_figure_inserted" AFTER INSERT ON "daily_figure" BEGIN
                    \(upsert("NEW", #"NEW."value""#))
                END;
                CREATE TRIGGER "daily_figure_changed" AFTER UPDATE ON "daily_figure" WHEN \(sameKey) BEGIN
                    \(upsert("NEW", #"NEW."value" - OLD."value""#))
                END;
                CREATE TRIGGER "daily_figure_moved" AFTER UPDATE ON "daily_figure" WHEN NOT (\(sameKey)) BEGIN
                    \(upsert("OLD", #"-OLD."value""#))
                    \(upsert("NEW", #"NEW."value""#))
                END;
                CREATE TRIGGER "daily_figure_deleted" AFTER DELETE ON "daily_figure" BEGIN
                    \(upsert("OLD", #"-OLD."value""#))
                END;

                -- A few rows per day and point, holding their values: the report's days and the trend lines read only these.
                CREATE INDEX "daily_figure_totals" ON "daily_figure" ("day", "point", "figure", "value")
                WHERE "figure" IN ('contacts', 'resolved', 'staffed_days');
                """)
    }
}
