import Guidance

extension PostgresSchema {
    /// v21's PostgreSQL half (issue 22, "Reads after v19"): the stored figures' two reads, `figure_rows` (every report, the
    /// day browser, the board's day) and `series_rows` (the daily series), as quick as before v19 with the figures held by id.
    ///
    /// v19 wrote the totals' two figure ids into each call's query text (`EXECUTE format(…)`, four `known_terms` calls),
    /// so every call planned the query again, and named the sums through five hash joins with `neuvo.term`: one day's
    /// figures at one point cost 1.0 ms in the server against v18's 0.6 ms (the year's 14 ms against 21). Here:
    /// - the ids are written into the functions' text once, by this migration (an id of `neuvo.term` always means one
    ///   word, as the totals' partial index already relies on), so the query is static and PL/pgSQL keeps its plan for the
    ///   session (the totals' index still serves it: the ids are constants of the text);
    /// - the sums are named by subscript of one array of the dictionary's words (`words[id]`), read once a call
    ///   (`neuvo.term_words()`, v20's, which the contact listings use too);
    /// - the wanted points and figures are looked up by PL/pgSQL expressions (plans kept) rather than `known_terms` calls.
    /// Same interfaces, same rows (the tests compare them with v19's, and the reports byte for byte).
    static let v21 = #"""
        DO $migration$
        BEGIN
            EXECUTE format($function$
                CREATE OR REPLACE FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[])
                RETURNS TABLE(day date, point text, figure text, code text, value bigint)
                LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $body$
                #variable_conflict use_column
                DECLARE
                    -- The whole months: from the first 1st on or after from_day to the last month's end on or before to_day
                    -- (none when first_whole > last_whole); the edge days are what lies outside them.
                    first_whole date := CASE WHEN extract(day FROM from_day) = 1 THEN from_day
                                             ELSE (date_trunc('month', from_day) + interval '1 month')::date END;
                    last_whole date := least(CASE WHEN to_day = (date_trunc('month', to_day) + interval '1 month - 1 day')::date THEN to_day
                     ELSE (date_trunc('month', to_day) - interval '1 day')::date END, (SELECT b."before" - 1 FROM neuvo.monthly_bound AS b));
                    whole boolean := first_whole <= last_whole;
                    -- The edge days' spans (all of the period in the first when it holds no whole month).
                    first_days_to date := CASE WHEN whole THEN first_whole - 1 ELSE to_day END;
                    last_days_from date := CASE WHEN whole THEN last_whole + 1 ELSE to_day + 1 END;
                    point_ids integer[] := CASE WHEN wanted IS NOT NULL THEN ARRAY(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = ANY (wanted)) END;
                    figure_ids integer[] := CASE WHEN shown IS NOT NULL THEN ARRAY(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = ANY (shown)) END;
                    words text[] := neuvo.term_words();
                BEGIN
                    RETURN QUERY
                        SELECT NULL::date, s."point", s."figure", s."code",
                            CASE WHEN withhold AND ((s."figure" = 'mood_total'
                                               AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'mood_responses') OVER by_point, 0)
                                                   < \#(Report.staffAnonymityMinimum))
                                           OR (s."figure" IN ('enps_promoters', 'enps_detractors')
                                               AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'enps_responses') OVER by_point, 0)
                                                   < \#(Report.staffAnonymityMinimum)))
                                 THEN NULL ELSE s."value" END
                        FROM (
                            SELECT words[i."point"] AS "point", words[i."figure"] AS "figure", words[i."code"] AS "code", i."value"
                            FROM (
                                SELECT CASE WHEN per_point THEN f."point" END AS "point", f."figure", f."code", sum(f."value")::bigint AS "value"
                                FROM (
                                    SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                                    WHERE d."day" BETWEEN from_day AND first_days_to AND (point_ids IS NULL OR d."point" = ANY (point_ids))
                                      AND (figure_ids IS NULL OR d."figure" = ANY (figure_ids))
                                    UNION ALL
                                    SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                                    WHERE d."day" BETWEEN last_days_from AND to_day AND (point_ids IS NULL OR d."point" = ANY (point_ids))
                                      AND (figure_ids IS NULL OR d."figure" = ANY (figure_ids))
                                    UNION ALL
                                    SELECT m."point", m."figure", m."code", m."value" FROM neuvo.monthly_figure AS m
                                    WHERE m."month" BETWEEN first_whole AND last_whole AND (point_ids IS NULL OR m."point" = ANY (point_ids))
                                      AND (figure_ids IS NULL OR m."figure" = ANY (figure_ids))
                                ) AS f
                                GROUP BY 1, 2, 3 HAVING sum(f."value") <> 0
                            ) AS i
                        ) AS s
                        WINDOW by_point AS (PARTITION BY s."point")
                        UNION ALL
                        SELECT t."day", words[t."point"], words[t."figure"], '', t."value"
                        FROM (
                            SELECT f."day", f."point", f."figure", sum(f."value")::bigint AS "value"
                            FROM neuvo.daily_figure AS f
                            WHERE f."day" BETWEEN from_day AND to_day AND (point_ids IS NULL OR f."point" = ANY (point_ids))
                              AND f."figure" IN (%1$s, %2$s) AND (figure_ids IS NULL OR f."figure" = ANY (figure_ids))
                            GROUP BY 1, 2, 3
                        ) AS t;
                END $body$;

                CREATE OR REPLACE FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date)
                RETURNS TABLE(day date, figure text, value bigint) LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $body$
                #variable_conflict use_column
                DECLARE
                    point_ids integer[] := CASE WHEN wanted IS NOT NULL THEN ARRAY(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = ANY (wanted)) END;
                BEGIN
                    RETURN QUERY
                        SELECT f."day", CASE f."figure" WHEN %1$s THEN 'contacts' ELSE 'resolved' END, sum(f."value")::bigint
                        FROM neuvo.daily_figure AS f
                        WHERE f."day" BETWEEN from_day AND to_day AND (point_ids IS NULL OR f."point" = ANY (point_ids)) AND f."figure" IN (%1$s, %3$s)
                        GROUP BY 1, f."figure";
                END $body$;
            $function$, neuvo.term_id('contacts'), neuvo.term_id('staffed_days'), neuvo.term_id('resolved'));
        END $migration$;
        """#
}
