import Guidance

extension PostgresSchema {
    /// v8, the reading functions at v6's speed (issue 17's bench), their rules unchanged: the same refusals, audit rows
    /// and "your points".
    ///
    /// What made v7's reads slow, measured (DECISIONS.md, "v8: the reading functions as single queries"): the figures were
    /// summed inside `LANGUAGE sql` helpers (`figure_rows`, `series_rows`) that a SECURITY DEFINER function with a fixed
    /// `search_path` cannot inline, and PostgreSQL 15 plans such a body once per call for any argument — a generic plan,
    /// never a parallel one. v6's client sent the same sums as plain statements, planned for the period asked for and run by
    /// three processes. So:
    /// - the figures' queries run as `RETURN QUERY EXECUTE … USING` (planned for the arguments given, parallel allowed);
    /// - a partial index holds the daily totals (contacts, resolved, staffed days) that the report's days and the day
    ///   browser's trend lines read, rather than scanning every figure of the period for them;
    /// - each read decides its caller once (`neuvo.reader`: one `whoami()` for the role and the points, where v7 asked
    ///   `caller_role()` and then `my_points()` up to twice more), with the one rule `read_points` now shares;
    /// - the board's open follow-ups are counted after the role is decided, not with three role checks on every contact
    ///   row (and a login without a role in this database, holding a cluster-wide group role for another, is refused);
    /// - `channel()` and `changes()`, what the board's loop asks, share one listener check.
    /// The staff-answer mask (§7) stays in SQL, now a window over the sums rather than a join.
    static let v8Reads = #"""
        -- The daily totals the report's days, the trend lines and the board's days read: a few rows per day and point,
        -- where the day's other figures are a hundred. Only a new day's first contact or staffing inserts into it; a value
        -- added to an existing row changes no indexed column.
        CREATE INDEX daily_figure_totals ON neuvo.daily_figure ("day", "point") WHERE "figure" IN ('contacts', 'resolved', 'staffed_days');

        -- The caller of a read as it is decided once: its neuvo role, and the points the read may cover (NULL: every point).
        CREATE TYPE neuvo.read_scope AS ("who" text, "wanted" text[]);

        -- The one rule of every read: refuses a role not in `may` (naming who may), gives an advisor their own points
        -- (`mine`; only the one asked for when it is theirs, none when it is not), anyone else every point or the one asked for.
        -- The one refusal of a caller whose role `who` is not among those that `may` (42501), naming who may.
        CREATE FUNCTION neuvo.require_role(who text, may text[], what text) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF who IS NULL OR NOT who = ANY (may) THEN
                RAISE EXCEPTION '% is for %, not for %', what,
                    (SELECT string_agg(CASE m WHEN 'owner' THEN 'the owner' WHEN 'supervisor' THEN 'supervisors'
                                              WHEN 'advisor' THEN 'advisors (at their points)' WHEN 'board' THEN 'board logins'
                                              WHEN 'service' THEN 'logins of the receiving service' ELSE m END, ', ' ORDER BY o)
                     FROM unnest(may) WITH ORDINALITY AS x(m, o)),
                    CASE who WHEN 'owner' THEN 'the owner' WHEN 'advisor' THEN 'an advisor' WHEN 'service' THEN 'a service login'
                             WHEN 'board' THEN 'a board login'
                             ELSE coalesce('a ' || who, 'a login without a neuvo role') END
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END $$;

        CREATE FUNCTION neuvo.reader_of(who text, mine text[], at_point text, may text[], what text) RETURNS neuvo.read_scope
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM neuvo.require_role(who, may, what);
            RETURN ROW(who, CASE
                WHEN who = 'advisor' THEN CASE WHEN at_point IS NULL THEN coalesce(mine, '{}')
                                               WHEN at_point = ANY (mine) THEN ARRAY[at_point] ELSE '{}'::text[] END
                WHEN at_point IS NULL THEN NULL ELSE ARRAY[at_point] END)::neuvo.read_scope;
        END $$;

        -- The caller of a read, decided first: its role and points from one whoami(), then the rule.
        CREATE FUNCTION neuvo.reader(at_point text, may text[], what text) RETURNS neuvo.read_scope
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT neuvo.reader_of(w."role", w."points", at_point, may, what) FROM neuvo.whoami() AS w;
        $$;

        -- v7's helper, for the reads v8 leaves as they were: the same rule, in its one place.
        CREATE OR REPLACE FUNCTION neuvo.read_points(who text, at_point text, may text[], what text) RETURNS text[]
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT (neuvo.reader_of(who, CASE WHEN who = 'advisor' THEN neuvo.my_points() END, at_point, may, what))."wanted";
        $$;

        -- The daily figures of a period at the points `wanted` (every point when NULL), summed (per point when `per_point`;
        -- day NULL) — staff answers withheld (NULL) under the minimum when `withhold`, and only the figures `shown` (all
        -- when NULL) — and, with their day, each day's `contacts` and `staffed_days` (for the report's days). Planned for
        -- the arguments given (a year of every point in parallel, a day at a point through the index).
        CREATE OR REPLACE FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[])
        RETURNS TABLE ("day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
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
                    FROM neuvo.daily_figure AS f
                    WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1)) AND ($6 IS NULL OR f."figure" = ANY ($6))
                    GROUP BY 1, 2, 3 HAVING sum(f."value") <> 0
                ) AS s
                WINDOW by_point AS (PARTITION BY s."point")
                UNION ALL
                SELECT f."day", f."point", f."figure", '', sum(f."value")::bigint
                FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1))
                  AND f."figure" IN ('contacts', 'staffed_days') AND ($6 IS NULL OR f."figure" = ANY ($6))
                GROUP BY 1, 2, 3
            $query$ USING wanted, from_day, to_day, per_point, withhold, shown;
        END $$;

        -- Contacts and resolved contacts per day (every point's summed), for the daily series, planned for the arguments.
        CREATE OR REPLACE FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date)
        RETURNS TABLE ("day" date, "figure" text, "value" bigint)
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            RETURN QUERY EXECUTE $query$
                SELECT f."day", f."figure", sum(f."value")::bigint FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1)) AND f."figure" IN ('contacts', 'resolved')
                GROUP BY 1, 2
            $query$ USING wanted, from_day, to_day;
        END $$;

        -- MARK: reports, as in v7 but for the caller decided once

        CREATE OR REPLACE FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL,
            written_to text DEFAULT NULL)
        RETURNS TABLE ("day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
            -- The rows pass through this loop only to count the audit row's contacts: a year's report is about 2,000 rows.
            FOR r IN SELECT * FROM neuvo.figure_rows(me."wanted", from_day, to_day, false, me."who" <> 'owner', NULL) LOOP
                IF r."day" IS NULL AND r."figure" = 'contacts' THEN contacts := r."value"; END IF;
                "day" := r."day"; "point" := r."point"; "figure" := r."figure"; "code" := r."code"; "value" := r."value";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'report_figures'),
                neuvo.period_text(from_day, to_day, at_point) || coalesce(', report written to ' || written_to, ''), contacts::integer);
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL)
        RETURNS TABLE ("day" date, "figure" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
            FOR r IN SELECT * FROM neuvo.series_rows(me."wanted", from_day, to_day) LOOP
                IF r."figure" = 'contacts' THEN contacts := contacts + r."value"; END IF;
                "day" := r."day"; "figure" := r."figure"; "value" := r."value";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'daily_series'),
                'daily series ' || neuvo.period_text(from_day, to_day, at_point), contacts::integer);
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date,
            series_to date, at_point text DEFAULT NULL, command text DEFAULT NULL)
        RETURNS TABLE ("part" text, "day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(compared_from, 'compared_from'),
                neuvo.required(compared_to, 'compared_to'), neuvo.required(series_from, 'series_from'), neuvo.required(series_to, 'series_to');
            FOR r IN
                SELECT 'report' AS "part", f.* FROM neuvo.figure_rows(me."wanted", from_day, to_day, false, me."who" <> 'owner', NULL) AS f
                UNION ALL
                SELECT 'comparison', f.* FROM neuvo.figure_rows(me."wanted", compared_from, compared_to, false, me."who" <> 'owner', NULL) AS f
                UNION ALL
                SELECT 'series', s."day", NULL, s."figure", '', s."value" FROM neuvo.series_rows(me."wanted", series_from, series_to) AS s
            LOOP
                IF r."part" <> 'series' AND r."day" IS NULL AND r."figure" = 'contacts' THEN contacts := contacts + r."value"; END IF;
                "part" := r."part"; "day" := r."day"; "point" := r."point"; "figure" := r."figure"; "code" := r."code"; "value" := r."value";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'browse_figures'),
                neuvo.period_text(from_day, to_day, at_point) || ', compared with ' || neuvo.day_text(compared_from) || '–'
                    || neuvo.day_text(compared_to) || ', daily series ' || neuvo.day_text(series_from) || '–' || neuvo.day_text(series_to),
                contacts::integer);
        END $$;

        -- MARK: the board, what its loop reads

        CREATE OR REPLACE FUNCTION neuvo.board_figures(on_day date, wanted text[] DEFAULT NULL)
        RETURNS TABLE ("part" text, "day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(NULL, '{owner,supervisor,board,advisor}', 'reading the board');
            points text[] := CASE WHEN me."wanted" IS NULL THEN wanted WHEN wanted IS NULL THEN me."wanted"
                                  ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (me."wanted")) END;
            shown text[] := CASE WHEN me."who" = 'board' THEN '{contacts,resolved,by_hour,referral_outcomes_by_referral}'::text[] END;
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day');
            RETURN QUERY
                SELECT 'today', f."day", f."point", f."figure", f."code", f."value"
                FROM neuvo.figure_rows(points, on_day, on_day, true, me."who" <> 'owner', shown) AS f;
            RETURN QUERY
                SELECT 'usual', f."day", f."point", f."figure", f."code", sum(f."value")::bigint
                FROM neuvo.daily_figure AS f
                WHERE f."day" = ANY (ARRAY(SELECT on_day - 7 * w FROM generate_series(1, 8) AS w))
                  AND (points IS NULL OR f."point" = ANY (points)) AND f."figure" = 'by_hour'
                GROUP BY f."day", f."point", f."figure", f."code" HAVING sum(f."value") <> 0;
        END $$;

        -- The open follow-ups of the board's day at each wanted point that the caller may read (every point for the owner,
        -- supervisors and boards, an advisor's own), as the follow-up list counts them (not resolved, not marked done, from
        -- the follow-up window's first day): how many, and the oldest's instant. Not audited, as board_figures.
        CREATE OR REPLACE FUNCTION neuvo.board_follow_ups(on_day date, wanted text[])
        RETURNS TABLE ("point" text, "open" bigint, "oldest" bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(NULL, '{owner,supervisor,board,advisor}', 'reading the board');
            points text[] := CASE WHEN me."wanted" IS NULL THEN wanted
                                  ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (me."wanted")) END;
            since date;
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day');
            since := on_day - ((SELECT s."value"::integer FROM neuvo.setting AS s WHERE s."key" = 'follow_up_window_hours') + 23) / 24;
            RETURN QUERY
                SELECT c."point", count(*), min(c."instant")
                FROM neuvo.contact AS c
                WHERE c."point" = ANY (points) AND c."day" >= since AND NOT c."resolved"
                  AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id")
                GROUP BY c."point";
        END $$;

        -- Who may hear of saves (the owner, supervisors, advisors and boards): the one check of channel() and changes().
        CREATE FUNCTION neuvo.require_listener() RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), 'trainer') = 'trainer' THEN
                RAISE EXCEPTION 'only the owner, supervisors, advisors and boards hear of saves' USING ERRCODE = 'insufficient_privilege';
            END IF;
        END $$;
        CREATE OR REPLACE FUNCTION neuvo.channel() RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM neuvo.require_listener();
            RETURN (SELECT "name" FROM neuvo.channel_secret);
        END $$;
        CREATE OR REPLACE FUNCTION neuvo.changes() RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM neuvo.require_listener();
            RETURN (SELECT "last_value" + CASE WHEN "is_called" THEN 1 ELSE 0 END FROM neuvo.change_count);
        END $$;

        -- The helpers are these functions' alone; a board refusal names who may, for a trainer too.
        REVOKE ALL ON FUNCTION neuvo.require_role(text, text[], text), neuvo.reader_of(text, text[], text, text[], text), neuvo.reader(text, text[], text),
            neuvo.require_listener() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.board_follow_ups(date, text[]) TO neuvo_trainer;
        """#
}
