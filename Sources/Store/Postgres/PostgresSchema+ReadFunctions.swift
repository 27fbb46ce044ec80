import Guidance

extension PostgresSchema {
    /// v7, second part: every read the client makes, for every login the owner included, as a set-returning SECURITY
    /// DEFINER function (`SELECT * FROM neuvo.fn(…)`). Each decides the caller's role first (`neuvo.caller_role()`), then
    /// the points it may read (an advisor's own, intersected with any point asked for, before anything else the caller
    /// gives), refuses a role that may not with `insufficient_privilege` and a message naming who may, and writes its own
    /// audit row through `neuvo.audit_append` (the command or screen the client names, the details the server words).
    /// Staff answers (mood, eNPS) come to anyone but the owner only as sums over at least
    /// `Report.staffAnonymityMinimum` answers of the period and points asked for (CONTRACT §7).
    ///
    /// Not audited, on purpose: the settings and the migrations (no data of anyone), the count of contacts (no contact
    /// read), the audit log's own listing (reading it must not change it) and the board's figures (read on every save a
    /// wall screen hears of; `neuvo board` records its start).
    static let v7ReadFunctions = #"""
        -- One contact as the client reads it (PostgresLog.loggedContact), in this column order.
        CREATE TYPE neuvo.contact_row AS (\#(contactRowColumns));
        -- The home screen's overview: the day's contacts (part 'contact'), the day's figures ('figure'), the open
        -- follow-ups' count ('open', in "value") and the caller's drafts ('draft').
        CREATE TYPE neuvo.overview_row AS (\#(contactRowColumns), "part" text, "figure_day" date, "figure_point" text, "figure" text,
            "code" text, "value" bigint, "draft_id" bigint, "draft_point" text, "draft_updated_at" text, "draft_form" text);

        -- The points a read may cover, decided before anything else: refuses a role not in `may` (naming who may), gives
        -- an advisor their own points (only the one asked for, when it is theirs; none when it is not), anyone else every
        -- point (NULL) or the one asked for.
        CREATE FUNCTION neuvo.read_points(who text, at_point text, may text[], what text) RETURNS text[]
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF who IS NULL OR NOT who = ANY (may) THEN
                RAISE EXCEPTION '% is for %, not for %', what,
                    (SELECT string_agg(CASE m WHEN 'owner' THEN 'the owner' WHEN 'supervisor' THEN 'supervisors'
                                              WHEN 'advisor' THEN 'advisors (at their points)' WHEN 'board' THEN 'board logins'
                                              ELSE m END, ', ' ORDER BY o)
                     FROM unnest(may) WITH ORDINALITY AS x(m, o)),
                    CASE who WHEN 'owner' THEN 'the owner' WHEN 'advisor' THEN 'an advisor'
                             ELSE coalesce('a ' || who, 'a login without a neuvo role') END
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF who = 'advisor' THEN
                RETURN CASE WHEN at_point IS NULL THEN neuvo.my_points()
                            WHEN at_point = ANY (neuvo.my_points()) THEN ARRAY[at_point]
                            ELSE '{}'::text[] END;
            END IF;
            RETURN CASE WHEN at_point IS NULL THEN NULL ELSE ARRAY[at_point] END;
        END $$;

        -- The audit row's command: the command or screen the client names (`report`, `screen browser`), else the function's
        -- own name. Everything else in the row is the server's.
        CREATE FUNCTION neuvo.command_label(command text, fallback text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF length(command) > 100 OR command ~ '[[:cntrl:]]' THEN
                RAISE EXCEPTION 'a command label is at most 100 characters, without control characters' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN coalesce(nullif(command, ''), fallback);
        END $$;

        -- Refuses a missing argument.
        CREATE FUNCTION neuvo.required(value anyelement, name text) RETURNS void
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF value IS NULL THEN
                RAISE EXCEPTION '% is required', name USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END $$;

        -- `2023-03-14`, whatever the session's datestyle; `…` for an open end.
        CREATE FUNCTION neuvo.day_text(d date) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce(to_char(d, 'YYYY-MM-DD'), '…');
        $$;

        -- A period as the audit log names it (ContactLog.period): `period 2023-03-01–2023-03-31, all points`.
        CREATE FUNCTION neuvo.period_text(from_day date, to_day date, at_point text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT 'period ' || neuvo.day_text(from_day) || '–' || neuvo.day_text(to_day) || coalesce(', point ' || at_point, ', all points');
        $$;

        -- The distinct pseudonyms of a list, in order: the clients an audit row names.
        CREATE FUNCTION neuvo.distinct_refs(refs text[]) RETURNS text[]
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') FROM unnest(refs) AS x WHERE x IS NOT NULL;
        $$;

        -- The daily figures of a period at the points `wanted` (every point when NULL), summed (per point when `per_point`;
        -- day NULL) — staff answers withheld (NULL) under the minimum when `withhold`, and only the figures `shown` (all
        -- when NULL) — and, with their day, each day's `contacts` and `staffed_days` (for the report's days).
        CREATE FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[])
        RETURNS TABLE ("day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            WITH sums AS (
                SELECT CASE WHEN per_point THEN f."point" END AS "point", f."figure", f."code", sum(f."value")::bigint AS "value"
                FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR f."point" = ANY (wanted))
                  AND (shown IS NULL OR f."figure" = ANY (shown))
                GROUP BY 1, 2, 3 HAVING sum(f."value") <> 0
            ), answers AS (
                SELECT s."point",
                    coalesce(sum(s."value") FILTER (WHERE s."figure" = 'mood_responses'), 0) AS "mood",
                    coalesce(sum(s."value") FILTER (WHERE s."figure" = 'enps_responses'), 0) AS "enps"
                FROM sums AS s GROUP BY 1
            )
            SELECT NULL::date, s."point", s."figure", s."code",
                CASE WHEN withhold AND ((s."figure" = 'mood_total' AND a."mood" < \#(Report.staffAnonymityMinimum))
                                        OR (s."figure" IN ('enps_promoters', 'enps_detractors') AND a."enps" < \#(Report.staffAnonymityMinimum)))
                     THEN NULL ELSE s."value" END
            FROM sums AS s JOIN answers AS a ON a."point" IS NOT DISTINCT FROM s."point"
            UNION ALL
            SELECT f."day", f."point", f."figure", '', sum(f."value")::bigint
            FROM neuvo.daily_figure AS f
            WHERE f."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR f."point" = ANY (wanted))
              AND f."figure" IN ('contacts', 'staffed_days') AND (shown IS NULL OR f."figure" = ANY (shown))
            GROUP BY 1, 2, 3;
        $$;

        -- Contacts and resolved contacts per day (every point's summed), for the daily series.
        CREATE FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date)
        RETURNS TABLE ("day" date, "figure" text, "value" bigint)
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT f."day", f."figure", sum(f."value")::bigint FROM neuvo.daily_figure AS f
            WHERE f."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR f."point" = ANY (wanted))
              AND f."figure" IN ('contacts', 'resolved')
            GROUP BY 1, 2;
        $$;

        -- MARK: reports

        -- `neuvo report`, the report screen and a report written to a file (`written_to`): the period's figures.
        CREATE FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL,
            written_to text DEFAULT NULL)
        RETURNS TABLE ("day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
            FOR r IN SELECT * FROM neuvo.figure_rows(wanted, from_day, to_day, false, who <> 'owner', NULL) LOOP
                IF r."day" IS NULL AND r."figure" = 'contacts' THEN contacts := r."value"; END IF;
                "day" := r."day"; "point" := r."point"; "figure" := r."figure"; "code" := r."code"; "value" := r."value";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'report_figures'),
                neuvo.period_text(from_day, to_day, at_point) || coalesce(', report written to ' || written_to, ''), contacts::integer);
        END $$;

        -- The day browser's chart: contacts and resolved contacts per day.
        CREATE FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL)
        RETURNS TABLE ("day" date, "figure" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
            FOR r IN SELECT * FROM neuvo.series_rows(wanted, from_day, to_day) LOOP
                IF r."figure" = 'contacts' THEN contacts := contacts + r."value"; END IF;
                "day" := r."day"; "figure" := r."figure"; "value" := r."value";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'daily_series'),
                'daily series ' || neuvo.period_text(from_day, to_day, at_point), contacts::integer);
        END $$;

        -- Everything the day browser shows, with one audit row: the period's figures (part 'report'), the comparison
        -- period's ('comparison') and the daily series ('series': day, figure, value).
        CREATE FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date,
            series_to date, at_point text DEFAULT NULL, command text DEFAULT NULL)
        RETURNS TABLE ("part" text, "day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading reports');
            r record;
            contacts bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(compared_from, 'compared_from'),
                neuvo.required(compared_to, 'compared_to'), neuvo.required(series_from, 'series_from'), neuvo.required(series_to, 'series_to');
            FOR r IN
                SELECT 'report' AS "part", f.* FROM neuvo.figure_rows(wanted, from_day, to_day, false, who <> 'owner', NULL) AS f
                UNION ALL
                SELECT 'comparison', f.* FROM neuvo.figure_rows(wanted, compared_from, compared_to, false, who <> 'owner', NULL) AS f
                UNION ALL
                SELECT 'series', s."day", NULL, s."figure", '', s."value" FROM neuvo.series_rows(wanted, series_from, series_to) AS s
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

        -- The segment targets: the period's segmented contacts by segment, saved chain and age group (with their topics where
        -- no chain was saved, for the rule in data/), counted.
        CREATE FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL)
        RETURNS TABLE ("segment" text, "chain" text, "age_group" text, "topics" text, "contacts" bigint)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading segment shares');
            r record;
            total bigint := 0;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
            FOR r IN
                SELECT x."segment", x."chain", x."age_group", x."topics", count(*) AS "contacts"
                FROM (
                    SELECT c."segment", a."chain", c."age_group",
                        CASE WHEN a."chain" IS NULL THEN
                            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id")
                        END AS "topics"
                    FROM neuvo.contact AS c LEFT JOIN neuvo.assessment AS a ON a."contact_id" = c."id"
                    WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."segment" IS NOT NULL
                ) AS x
                GROUP BY 1, 2, 3, 4
            LOOP
                total := total + r."contacts";
                "segment" := r."segment"; "chain" := r."chain"; "age_group" := r."age_group"; "topics" := r."topics"; "contacts" := r."contacts";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'segment_shares'),
                neuvo.period_text(from_day, to_day, at_point) || ', segments by service chain', total::integer);
        END $$;

        -- MARK: contacts

        -- The contacts behind one figure of the period (the day browser's drill-down): `filter` names the figure as
        -- ContactFilter does, `code` its code (for `referral_kind` the kind, with its destinations in `codes`).
        CREATE FUNCTION neuvo.contacts_behind(from_day date, to_day date, at_point text, filter text, code text DEFAULT NULL,
            codes text[] DEFAULT NULL, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
            described text;
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter');
            described := CASE filter
                WHEN 'all' THEN 'all' WHEN 'resolved' THEN 'resolved' WHEN 'with_client_ref' THEN 'with client_ref'
                WHEN 'verified' THEN 'verified' WHEN 'repeats' THEN 'repeats' WHEN 'identified' THEN 'identified'
                WHEN 'with_unmet_need' THEN 'with an unmet need' WHEN 'consulted' THEN 'consulted'
                WHEN 'consulted_resolved' THEN 'consulted and resolved'
                WHEN 'channel' THEN 'channel ' || code WHEN 'reason' THEN 'reason ' || code WHEN 'topic' THEN 'topic ' || code
                WHEN 'referral' THEN 'referral ' || code WHEN 'referral_kind' THEN code || ' referrals'
                WHEN 'age_group' THEN 'age group ' || code WHEN 'contact_by' THEN 'contact by ' || code
                WHEN 'segment' THEN 'segment ' || code WHEN 'hour' THEN 'hour ' || code
                WHEN 'referral_outcome' THEN 'referral outcome ' || code WHEN 'unmet_need' THEN 'unmet need ' || code
                WHEN 'unmet_need_topic' THEN 'unmet need, topic ' || code WHEN 'consultation' THEN 'consultation ' || code
            END;
            IF described IS NULL THEN
                RAISE EXCEPTION 'unknown filter %, or a filter without its code', quote_literal(filter) USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF filter = 'referral_kind' AND codes IS NULL THEN
                RAISE EXCEPTION 'the referral kind''s destinations (codes) are required' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            FOR r IN
                \#(contactRowSelect)
                WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted))
                  AND CASE filter
                    WHEN 'all' THEN true
                    WHEN 'channel' THEN c."channel" = code
                    WHEN 'reason' THEN c."reason" = code
                    WHEN 'topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'referral' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = code)
                    WHEN 'referral_kind' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = ANY (codes))
                    WHEN 'age_group' THEN c."age_group" = code
                    WHEN 'contact_by' THEN c."contact_by" = code
                    WHEN 'segment' THEN c."segment" = code
                    WHEN 'hour' THEN substr(c."occurred_at", 12, 2) = code
                    WHEN 'resolved' THEN c."resolved"
                    WHEN 'with_client_ref' THEN c."client_ref" IS NOT NULL
                    WHEN 'verified' THEN c."resolved" AND NOT c."has_repeat"
                    WHEN 'repeats' THEN c."has_repeat" AND c."client_ref" IS NOT NULL
                    WHEN 'identified' THEN c."identified"
                    WHEN 'referral_outcome' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."outcome" = code)
                    WHEN 'with_unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")
                    WHEN 'unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id" AND u."need" = code)
                    WHEN 'unmet_need_topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")
                        AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'consulted' THEN c."consultation" IS NOT NULL
                    WHEN 'consulted_resolved' THEN c."consultation" IS NOT NULL AND c."resolved"
                    WHEN 'consultation' THEN c."consultation" = code
                  END
                ORDER BY c."instant", c."id"
            LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_behind'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described, n, neuvo.distinct_refs(refs));
        END $$;

        -- `neuvo export`: every contact of the period (either end may be open), in time order.
        CREATE FUNCTION neuvo.export_contacts(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'exporting contacts');
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            FOR r IN
                \#(contactRowSelect)
                WHERE (from_day IS NULL OR c."day" >= from_day) AND (to_day IS NULL OR c."day" <= to_day)
                  AND (wanted IS NULL OR c."point" = ANY (wanted))
                ORDER BY c."instant", c."id"
            LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'export_contacts'), neuvo.period_text(from_day, to_day, at_point), n,
                neuvo.distinct_refs(refs));
        END $$;

        -- One contact with its segmentation (the form's edit): nothing when there is none the caller may read.
        CREATE FUNCTION neuvo.contact_by_id(contact bigint, command text DEFAULT NULL)
        RETURNS TABLE (\#(contactRowColumns), "answers" text, "assessed_segment" text, "override_reason" text, "chain" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading contacts');
            r neuvo.contact_row;
            found_one boolean := false;
        BEGIN
            PERFORM neuvo.required(contact, 'contact');
            FOR r IN
                \#(contactRowSelect)
                WHERE c."id" = contact AND (wanted IS NULL OR c."point" = ANY (wanted))
            LOOP
                found_one := true;
                RETURN QUERY SELECT (r).*, a."answers", a."segment", a."override_reason", a."chain"
                    FROM (SELECT 1) AS one LEFT JOIN neuvo.assessment AS a ON a."contact_id" = r."id";
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contact_by_id'), 'contact ' || contact,
                CASE WHEN found_one THEN 1 ELSE 0 END, CASE WHEN found_one THEN neuvo.distinct_refs(ARRAY[r."client_ref"]) ELSE '{}' END);
        END $$;

        -- Open follow-ups at a point since a day: not resolved, not marked done, oldest first.
        CREATE FUNCTION neuvo.follow_ups(at_point text, since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading follow-ups');
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            PERFORM neuvo.required(at_point, 'at_point'), neuvo.required(since, 'since');
            FOR r IN
                \#(contactRowSelect)
                WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= since
                  AND NOT c."resolved" AND f."contact_id" IS NULL
                ORDER BY c."instant", c."id"
            LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'follow_ups'),
                'follow-ups at point ' || at_point || ' since ' || neuvo.day_text(since), n, neuvo.distinct_refs(refs));
        END $$;

        -- The home screen, in one read with one audit row: the day's contacts at the point, the day's figures there, how
        -- many follow-ups are open since a day, and the caller's drafts.
        CREATE FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.overview_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'the day''s overview');
            r neuvo.contact_row;
            day_contacts neuvo.contact_row[] := '{}';
            open_count bigint;
            draft_count integer;
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day'), neuvo.required(at_point, 'at_point'), neuvo.required(follow_ups_since, 'follow_ups_since');
            FOR r IN
                \#(contactRowSelect)
                WHERE c."day" = on_day AND c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted))
                ORDER BY c."instant", c."id"
            LOOP
                day_contacts := day_contacts || r;
            END LOOP;
            SELECT count(*) INTO open_count FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= follow_ups_since
              AND NOT c."resolved" AND f."contact_id" IS NULL;
            SELECT count(*) INTO draft_count FROM neuvo.draft AS d WHERE d."advisor" = session_user::text;
            RETURN QUERY SELECT x.*, 'contact'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint, NULL::bigint,
                NULL::text, NULL::text, NULL::text
                FROM unnest(day_contacts) AS x;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'figure'::text, f."day", f."point", f."figure", f."code", f."value",
                NULL::bigint, NULL::text, NULL::text, NULL::text
                FROM neuvo.figure_rows(wanted, on_day, on_day, false, who <> 'owner', NULL) AS f;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'open'::text, NULL::date, NULL::text, NULL::text, NULL::text, open_count,
                NULL::bigint, NULL::text, NULL::text, NULL::text;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'draft'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint,
                d."id", d."point", d."updated_at", d."form"
                FROM neuvo.draft AS d WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'day_overview'),
                'day ' || neuvo.day_text(on_day) || ', point ' || at_point || ', follow-ups since ' || neuvo.day_text(follow_ups_since)
                    || ', ' || draft_count || ' drafts',
                (cardinality(day_contacts) + open_count)::integer,
                neuvo.distinct_refs(ARRAY(SELECT x."client_ref" FROM unnest(day_contacts) AS x)));
        END $$;

        -- The caller's own drafts, newest first; audited when there are any.
        CREATE FUNCTION neuvo.drafts(command text DEFAULT NULL)
        RETURNS TABLE ("id" bigint, "advisor" text, "point" text, "updated_at" text, "form" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading drafts');
            n integer;
        BEGIN
            RETURN QUERY SELECT d."id", d."advisor", d."point", d."updated_at", d."form" FROM neuvo.draft AS d
                WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n > 0 THEN
                PERFORM neuvo.audit_append(neuvo.command_label(command, 'drafts'), 'drafts read', n);
            END IF;
        END $$;

        -- How many contacts the caller may read (not audited: no contact is read).
        CREATE FUNCTION neuvo.contact_count() RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'counting contacts');
        BEGIN
            RETURN (SELECT count(*) FROM neuvo.contact AS c WHERE wanted IS NULL OR c."point" = ANY (wanted));
        END $$;

        -- Whether a contact was saved with this save's token (a form kept on the machine whose answer was lost): the token
        -- is the client's own random value, so this tells nothing of anyone else's contacts. Not audited: no contact read.
        CREATE FUNCTION neuvo.saved_with(token text) RETURNS boolean
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'looking up a save');
        BEGIN
            PERFORM neuvo.required(token, 'token');
            RETURN EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."save_token" = token);
        END $$;

        -- MARK: the evaluation's records (CONTRACT §7)

        -- Clients' anonymous answers, by day, point and value (counts of equal answers).
        CREATE FUNCTION neuvo.feedback_records(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS TABLE ("day" date, "point" text, "nps" integer, "settled" text, "bounced" text, "answers" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading feedback');
        BEGIN
            RETURN QUERY SELECT x."day", x."point", x."nps", x."settled", x."bounced", x."answers" FROM neuvo.feedback AS x
                WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
                  AND (wanted IS NULL OR x."point" = ANY (wanted))
                ORDER BY x."day", x."point" COLLATE "C", x."nps", x."settled", x."bounced";
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'feedback_records'), 'feedback ' || neuvo.period_text(from_day, to_day, at_point), 0);
        END $$;

        -- Staff answers row by row: the owner's alone. Everyone else gets them only as sums over enough answers, in the
        -- figures (report_figures).
        CREATE FUNCTION neuvo.mood_records(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS TABLE ("day" date, "point" text, "mood" integer, "enps" integer, "answers" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner}', 'reading staff answers row by row');
        BEGIN
            RETURN QUERY SELECT x."day", x."point", x."mood", x."enps", x."answers" FROM neuvo.mood AS x
                WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
                  AND (wanted IS NULL OR x."point" = ANY (wanted))
                ORDER BY x."day", x."point" COLLATE "C", x."mood", x."enps";
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'mood_records'), 'mood ' || neuvo.period_text(from_day, to_day, at_point), 0);
        END $$;

        -- Staffed hours and their cost: management's record, the owner's and supervisors'.
        CREATE FUNCTION neuvo.staffing_records(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS TABLE ("day" date, "point" text, "staff_hundredths" integer, "hourly_cost_cents" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor}', 'reading staffing');
        BEGIN
            RETURN QUERY SELECT x."day", x."point", x."staff_hundredths", x."hourly_cost_cents" FROM neuvo.staffing AS x
                WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
                  AND (wanted IS NULL OR x."point" = ANY (wanted))
                ORDER BY x."day", x."point" COLLATE "C";
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'staffing_records'), 'staffing ' || neuvo.period_text(from_day, to_day, at_point), 0);
        END $$;

        -- MARK: the board (CONTRACT §8)

        -- The wall board's figures of a day at the points wanted (every point when NULL; an advisor's own only): each
        -- point's day as figure_rows gives it per point (part 'today') and its contacts by
        -- hour on the same weekday of the 8 weeks before (part 'usual'). A board login gets only the figures the board
        -- shows. Not audited: read on every save the board hears of (`neuvo board` records its start).
        CREATE FUNCTION neuvo.board_figures(on_day date, wanted text[] DEFAULT NULL)
        RETURNS TABLE ("part" text, "day" date, "point" text, "figure" text, "code" text, "value" bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            mine text[] := neuvo.read_points(who, NULL, '{owner,supervisor,board,advisor}', 'reading the board');
            points text[];
            shown text[] := CASE WHEN who = 'board' THEN '{contacts,resolved,by_hour,referral_outcomes_by_referral}'::text[] END;
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day');
            points := CASE WHEN mine IS NULL THEN wanted WHEN wanted IS NULL THEN mine
                           ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (mine)) END;
            RETURN QUERY
                SELECT 'today', f."day", f."point", f."figure", f."code", f."value"
                FROM neuvo.figure_rows(points, on_day, on_day, true, who <> 'owner', shown) AS f;
            RETURN QUERY
                SELECT 'usual', f."day", f."point", f."figure", f."code", sum(f."value")::bigint
                FROM neuvo.daily_figure AS f
                WHERE f."day" = ANY (ARRAY(SELECT on_day - 7 * w FROM generate_series(1, 8) AS w))
                  AND (points IS NULL OR f."point" = ANY (points)) AND f."figure" = 'by_hour'
                GROUP BY f."day", f."point", f."figure", f."code" HAVING sum(f."value") <> 0;
        END $$;

        -- MARK: what every login reads at open

        -- The settings (the follow-up window, the time zone, …): nothing of anyone, so not audited.
        CREATE FUNCTION neuvo.settings() RETURNS TABLE ("key" text, "value" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board}', 'reading the settings');
        BEGIN
            RETURN QUERY SELECT s."key", s."value" FROM neuvo.setting AS s ORDER BY s."key";
        END $$;

        -- The migrations applied: the client compares them with its own at open. Not audited.
        CREATE FUNCTION neuvo.migrations() RETURNS TABLE ("identifier" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board}', 'reading the migrations');
        BEGIN
            RETURN QUERY SELECT m."identifier" FROM neuvo.migration AS m ORDER BY 1;
        END $$;

        -- `neuvo audit`: the audit log, oldest first; `from_day`/`to_day` are UTC days, inclusive (NULL: open). Not audited
        -- itself: reading the log must not change it.
        CREATE FUNCTION neuvo.audit_entries(from_day date DEFAULT NULL, to_day date DEFAULT NULL)
        RETURNS TABLE ("at" text, "user" text, "command" text, "details" text, "contacts" integer, "clients" text[], "previous_hash" text,
            "hash" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor}', 'reading the audit log');
        BEGIN
            RETURN QUERY SELECT a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash" FROM neuvo.audit AS a
                WHERE a."at" >= coalesce(to_char(from_day, 'YYYY-MM-DD'), '') AND a."at" < coalesce(to_char(to_day + 1, 'YYYY-MM-DD'), '9999')
                ORDER BY a."id";
        END $$;

        -- Nobody but these functions calls the helpers; every login of a neuvo role may call the reads, each of which
        -- refuses a role that may not with a message naming who may (rather than the server's bare "permission denied").
        REVOKE ALL ON FUNCTION neuvo.read_points(text, text, text[], text), neuvo.command_label(text, text), neuvo.required(anyelement, text),
            neuvo.day_text(date), neuvo.period_text(date, date, text), neuvo.distinct_refs(text[]),
            neuvo.figure_rows(text[], date, date, boolean, boolean, text[]), neuvo.series_rows(text[], date, date) FROM PUBLIC;
        REVOKE ALL ON FUNCTION \#(readFunctionSignatures.joined(separator: ", ")) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION \#(readFunctionSignatures.joined(separator: ", "))
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        """#

    /// The functions of `v7ReadFunctions` the client calls, with their argument types (for grants).
    static let readFunctionSignatures = [
        "neuvo.report_figures(date, date, text, text, text)", "neuvo.daily_series(date, date, text, text)",
        "neuvo.browse_figures(date, date, date, date, date, date, text, text)", "neuvo.segment_shares(date, date, text, text)",
        "neuvo.contacts_behind(date, date, text, text, text, text[], text)", "neuvo.export_contacts(date, date, text, text)",
        "neuvo.contact_by_id(bigint, text)", "neuvo.follow_ups(text, date, text)", "neuvo.day_overview(date, text, date, text)",
        "neuvo.drafts(text)", "neuvo.contact_count()", "neuvo.saved_with(text)", "neuvo.feedback_records(date, date, text, text)",
        "neuvo.mood_records(date, date, text, text)", "neuvo.staffing_records(date, date, text, text)",
        "neuvo.board_figures(date, text[])", "neuvo.settings()", "neuvo.migrations()", "neuvo.audit_entries(date, date)",
    ]

    /// The columns of `neuvo.contact_row`, in the order `PostgresLog.loggedContact` reads them.
    static let contactRowColumns = #"""
        "id" bigint, "occurred_at" text, "point" text, "channel" text, "resolved" boolean, "contact_by" text, "reason" text,
            "identified" boolean, "age_group" text, "service_area" text, "duration_min" integer, "segment" text, "client_ref" text,
            "satisfaction" integer, "advisor" text, "has_repeat" boolean, "topics" text, "referrals" text, "follow_up_done" boolean,
            "follow_up_note" text, "closed_by" bigint, "logged_at" text, "unmet_needs" text, "consultation" text
        """#

    /// A `neuvo.contact_row` of each contact `c` (with its follow-up `f`): the WHERE and ORDER BY follow.
    static let contactRowSelect = #"""
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
                    c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
                    c."has_repeat",
                    (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
                    (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
                     FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
                    f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
                    (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
                    c."consultation"
                FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        """#
}
