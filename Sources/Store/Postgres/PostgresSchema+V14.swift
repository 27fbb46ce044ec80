import Guidance

extension PostgresSchema {
    /// v14: monthly figures (issue 22: the year report independent of volume), as on SQLite (`Schema.v14`): the daily
    /// figures summed per month, point and origin, kept by statement triggers on `daily_figure` in the same statement as
    /// every change to it — whatever function makes it (saves, edits, imports, retention, records, handoffs, the demo) —
    /// and filled here from the figures already stored. `figure_rows`, which every report, the day browser and its
    /// export read through, now sums whole months from here and only the edge days from the daily figures.
    ///
    /// The rows keep the daily rows' origin, so that a save (origin 0) never waits for an import's row locks here
    /// either; a trigger adds its statement's rows in key order, as every writer of the daily figures does. The table has
    /// no grants and no policies (row-level security on: nobody but its owner reads a row); the trigger function is
    /// SECURITY DEFINER, so that a write through any function keeps it.
    static let v14 = #"""
        CREATE TABLE neuvo.monthly_figure (
            "month" date NOT NULL, -- its first day
            "point" text NOT NULL,
            "figure" text NOT NULL,
            "code" text NOT NULL,
            "origin" bigint NOT NULL DEFAULT 0,
            "value" bigint NOT NULL,
            PRIMARY KEY ("month", "point", "figure", "code", "origin")
        );
        ALTER TABLE neuvo.monthly_figure ENABLE ROW LEVEL SECURITY;
        REVOKE ALL ON neuvo.monthly_figure FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        INSERT INTO neuvo.monthly_figure ("month", "point", "figure", "code", "origin", "value")
        SELECT date_trunc('month', "day")::date, "point", "figure", "code", "origin", sum("value") FROM neuvo.daily_figure
        GROUP BY 1, 2, 3, 4, 5 HAVING sum("value") <> 0;

        -- Adds what a statement changed in the daily figures to the monthly ones (`changed_figures`: the rows it inserted or
        -- left, `removed_figures`: the rows it removed or replaced), then removes the monthly rows it took down to zero.
        CREATE FUNCTION neuvo.roll_up_figures() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            changes neuvo.monthly_figure[];
        BEGIN
            IF TG_OP = 'INSERT' THEN
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", sum(f."value")
                    FROM changed_figures AS f GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            ELSIF TG_OP = 'UPDATE' THEN
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", sum(f."value")
                    FROM (SELECT c."day", c."point", c."figure", c."code", c."origin", c."value" FROM changed_figures AS c
                          UNION ALL
                          SELECT r."day", r."point", r."figure", r."code", r."origin", -r."value" FROM removed_figures AS r) AS f
                    GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            ELSE
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", -sum(f."value")
                    FROM removed_figures AS f GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            END IF;
            IF changes IS NULL THEN RETURN NULL; END IF;
            -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
            INSERT INTO neuvo.monthly_figure AS m ("month", "point", "figure", "code", "origin", "value")
            SELECT * FROM unnest(changes)
            ON CONFLICT ("month", "point", "figure", "code", "origin") DO UPDATE SET "value" = m."value" + excluded."value";
            -- (Whichever way a change went: rows of origin 0 go below zero when an imported contact is edited.)
            DELETE FROM neuvo.monthly_figure AS m USING unnest(changes) AS c
            WHERE m."value" = 0
              AND (m."month", m."point", m."figure", m."code", m."origin") = (c."month", c."point", c."figure", c."code", c."origin");
            RETURN NULL;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.roll_up_figures() FROM PUBLIC;
        CREATE TRIGGER daily_figure_inserted AFTER INSERT ON neuvo.daily_figure REFERENCING NEW TABLE AS changed_figures
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();
        CREATE TRIGGER daily_figure_changed AFTER UPDATE ON neuvo.daily_figure
            REFERENCING OLD TABLE AS removed_figures NEW TABLE AS changed_figures
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();
        CREATE TRIGGER daily_figure_deleted AFTER DELETE ON neuvo.daily_figure REFERENCING OLD TABLE AS removed_figures
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();

        \#(figureRows(lastWhole: v14LastWhole))
        """#

    /// The last whole month's last day of the period, v14's rule: `to_day` when it ends a month, else the day before its
    /// month.
    static let v14LastWhole = """
        CASE WHEN to_day = (date_trunc('month', to_day) + interval '1 month - 1 day')::date THEN to_day
             ELSE (date_trunc('month', to_day) - interval '1 day')::date END
        """

    /// `neuvo.figure_rows` as v14 made it and v16 replaced it: whole months from the monthly sums, the edge days from the
    /// daily ones; `lastWhole` is the expression of the last whole month's last day (v16 clamps it to its bound).
    static func figureRows(lastWhole: String) -> String {
        #"""
        -- v8's figure_rows, the period's sums now read from the whole months' monthly figures and the edge days' daily ones
        -- (FigureSpans on SQLite): a year of every point is twelve months' rows per point and figure, however many contacts.
        -- The days' contacts and staffing are still read per day, through v8's index of the daily totals.
        CREATE OR REPLACE FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[])
        RETURNS TABLE ("day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            -- The whole months: from the first 1st on or after from_day to the last month's end on or before to_day (none
            -- when first_whole > last_whole); the edge days are what lies outside them.
            first_whole date := CASE WHEN extract(day FROM from_day) = 1 THEN from_day
                                     ELSE (date_trunc('month', from_day) + interval '1 month')::date END;
            last_whole date := \#(lastWhole);
            whole boolean := first_whole <= last_whole;
        BEGIN
            RETURN QUERY EXECUTE $query$
                SELECT NULL::date, s."point", s."figure", s."code",
                    CASE WHEN $5 AND ((s."figure" = 'mood_total'
                                       AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'mood_responses') OVER by_point, 0)
                                           < \#(Report.staffAnonymityMinimum))
                                   OR (s."figure" IN ('enps_promoters', 'enps_detractors')
                                       AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'enps_responses') OVER by_point, 0)
                                           < \#(Report.staffAnonymityMinimum)))
                         THEN NULL ELSE s."value" END
                FROM (
                    SELECT CASE WHEN $4 THEN f."point" END AS "point", f."figure", f."code", sum(f."value")::bigint AS "value"
                    FROM (
                        SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                        WHERE d."day" BETWEEN $2 AND $7 AND ($1 IS NULL OR d."point" = ANY ($1)) AND ($6 IS NULL OR d."figure" = ANY ($6))
                        UNION ALL
                        SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                        WHERE d."day" BETWEEN $8 AND $3 AND ($1 IS NULL OR d."point" = ANY ($1)) AND ($6 IS NULL OR d."figure" = ANY ($6))
                        UNION ALL
                        SELECT m."point", m."figure", m."code", m."value" FROM neuvo.monthly_figure AS m
                        WHERE m."month" BETWEEN $9 AND $10 AND ($1 IS NULL OR m."point" = ANY ($1)) AND ($6 IS NULL OR m."figure" = ANY ($6))
                    ) AS f
                    GROUP BY 1, 2, 3 HAVING sum(f."value") <> 0
                ) AS s
                WINDOW by_point AS (PARTITION BY s."point")
                UNION ALL
                SELECT f."day", f."point", f."figure", '', sum(f."value")::bigint
                FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1))
                  AND f."figure" IN ('contacts', 'staffed_days') AND ($6 IS NULL OR f."figure" = ANY ($6))
                GROUP BY 1, 2, 3
            $query$ USING wanted, from_day, to_day, per_point, withhold, shown,
                -- $7, $8: the edge days' spans (all of the period in the first when it holds no whole month);
                -- $9, $10: the whole months (an empty span when none).
                CASE WHEN whole THEN first_whole - 1 ELSE to_day END, CASE WHEN whole THEN last_whole + 1 ELSE to_day + 1 END,
                first_whole, last_whole;
        END $$;
        """#
    }
}
