extension PostgresSchema {
    /// v10, the save at v6's speed again (issue 17's bench). Measured per save with `track_functions`, most of v8's server
    /// time was planning, not work. PL/pgSQL keeps a statement's plan for the session only when its generic plan (made
    /// without the arguments' values) looks no dearer than planning afresh; the figures' statement (`id = ANY (ids)`) and
    /// the repeats' (`refs IS NULL OR client_ref = ANY (refs)`) never did — an array of unknown length is costed as ten
    /// rows, and no index serves an OR — so both were planned at every save (0.8 and 1.1 ms). Now each also reads between
    /// the array's first and last value (a range the planner costs as a few rows, through the same index), and every client
    /// is every pseudonym in the log, named, in place of the OR: their plans are kept (the repeats' by its own setting),
    /// and they stay index scans when made on an empty database (where an `= ANY` alone is planned as a scan of the whole
    /// table, which a plan kept through a large import would repeat at every save). The audit's two SQL helpers,
    /// `audit_hash` (twice a save: the seal and the check of the seal) and `audit_append`, were planned at every call, as a
    /// SQL function with a SET clause or SECURITY DEFINER is; they are PL/pgSQL now, the same expressions. Each function's
    /// result is as before.
    static let v10 = #"""
        -- v7's figures, the contacts read between the first and the last id as well (see above).
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
            last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
        BEGIN
            -- One pass over the contacts (a row of values per contact), and one join per part.
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
            ), counted ("day", "point", "figure", "code", "value") AS (
                SELECT c."day", c."point", v.f, v.k, v.n FROM c CROSS JOIN LATERAL (VALUES
                    ('contacts', '', 1::bigint),
                    ('resolved', '', CASE WHEN c."resolved" THEN 1 ELSE 0 END),
                    ('verified', '', CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
                    ('with_client_ref', '', CASE WHEN c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
                    ('repeats', '', CASE WHEN c."has_repeat" AND c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
                    ('identified', '', CASE WHEN c."identified" THEN 1 ELSE 0 END),
                    ('duration_min_total', '', coalesce(c."duration_min", 0)),
                    ('satisfaction_responses', '', CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
                    ('satisfaction_total', '', coalesce(c."satisfaction", 0)),
                    ('by_channel', c."channel", 1),
                    ('by_reason', coalesce(c."reason", ''), CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_age_group', c."age_group", 1),
                    ('by_segment', coalesce(c."segment", ''), CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_contact_by', c."contact_by", 1),
                    ('by_hour', substr(c."occurred_at", 12, 2), 1),
                    ('consultations', coalesce(c."consultation", ''), CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
                    ('consulted_resolved', '', CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
                    ('contacts_with_unmet_need', '', CASE WHEN c."needy" THEN 1 ELSE 0 END)
                ) AS v(f, k, n)
                UNION ALL SELECT c."day", c."point", 'by_topic', t."topic", 1 FROM c JOIN neuvo.contact_topic AS t ON t."contact_id" = c."id"
                UNION ALL SELECT c."day", c."point", 'unmet_needs_by_topic', t."topic", 1
                    FROM c JOIN neuvo.contact_topic AS t ON t."contact_id" = c."id" WHERE c."needy"
                UNION ALL SELECT c."day", c."point", 'referral_outcomes_by_referral', r."referral" || ':' || r."outcome", 1
                    FROM c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
                UNION ALL SELECT c."day", c."point", 'unmet_needs', u."need", 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
            ), summed AS (
                SELECT "day", "point", "figure", "code", sign * sum("value") AS "value" FROM counted GROUP BY 1, 2, 3, 4 HAVING sum("value") <> 0
            )
            -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
            SELECT "day", "point", "figure", "code", figures_origin, "value" FROM summed ORDER BY 1, 2, 3, 4
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
            IF sign < 0 THEN
                DELETE FROM neuvo.daily_figure AS f
                WHERE f."value" = 0 AND f."origin" = figures_origin
                  AND (f."day", f."point") IN (SELECT c."day", c."point" FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id);
            END IF;
        END $$;

        -- v7's repeats, the clients read between the first and the last pseudonym as well (see above), on the session's one
        -- plan: planned afresh, it is still costed dearer than its plan kept (an array of ten clients against the one a
        -- save names), and a save with a client planned it every time (1.1 ms). Kept, it reads the clients' index, for an
        -- import's thousands of clients too (one descent each).
        CREATE OR REPLACE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        DECLARE
            window_seconds bigint;
            flipped integer;
            zero_days date[];
            zero_points text[];
            zero_figures text[];
            first_ref text;
            last_ref text;
        BEGIN
            -- The clients' turn first (every client's, for a new window); each statement after it reads afresh (read
            -- committed), so it sees what the transactions it waited for committed. Every client is every pseudonym in
            -- the log, named, so that one statement without an OR serves both (a generic plan uses no index across an OR).
            IF refs IS NULL THEN
                LOCK TABLE neuvo.repeat_client IN EXCLUSIVE MODE;
                refs := ARRAY(SELECT DISTINCT c."client_ref" FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL);
            ELSE
                INSERT INTO neuvo.repeat_client AS r ("client_ref") SELECT DISTINCT x FROM unnest(refs) AS x ORDER BY 1
                ON CONFLICT ("client_ref") DO UPDATE SET "client_ref" = r."client_ref";
            END IF;
            SELECT min(x), max(x) INTO first_ref, last_ref FROM unnest(refs) AS x;
            window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            WITH changed AS (
                UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
                WHERE a."client_ref" = ANY (refs) AND a."client_ref" BETWEEN first_ref AND last_ref
                  AND a."has_repeat" <> EXISTS (
                    SELECT 1 FROM neuvo.contact AS b
                    WHERE b."client_ref" = a."client_ref" AND b."instant" > a."instant" AND b."instant" <= a."instant" + window_seconds
                      AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS bt JOIN neuvo.contact_topic AS at ON at."topic" = bt."topic"
                                  WHERE bt."contact_id" = b."id" AND at."contact_id" = a."id"))
                RETURNING a."day", a."point", a."resolved", a."has_repeat"
            ), deltas AS (
                SELECT "day", "point", 'repeats' AS "figure", sum(CASE WHEN "has_repeat" THEN 1 ELSE -1 END) AS "value"
                FROM changed GROUP BY 1, 2
                UNION ALL
                SELECT "day", "point", 'verified', sum(CASE WHEN "has_repeat" THEN -1 ELSE 1 END)
                FROM changed WHERE "resolved" GROUP BY 1, 2
            ), applied AS (
                INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
                SELECT "day", "point", "figure", '', figures_origin, "value" FROM deltas WHERE "value" <> 0
                ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
                RETURNING f."day", f."point", f."figure", f."value"
            )
            SELECT (SELECT count(*) FROM changed), array_agg(a."day"), array_agg(a."point"), array_agg(a."figure")
            INTO flipped, zero_days, zero_points, zero_figures
            FROM applied AS a WHERE a."value" = 0;
            -- Only the rows this call took down to zero: no figure or day shows with a count of 0.
            IF zero_days IS NOT NULL THEN
                DELETE FROM neuvo.daily_figure AS f USING unnest(zero_days, zero_points, zero_figures) AS z("day", "point", "figure")
                WHERE f."day" = z."day" AND f."point" = z."point" AND f."figure" = z."figure" AND f."code" = ''
                  AND f."origin" = figures_origin AND f."value" = 0;
            END IF;
            RETURN flipped;
        END $$;

        -- The same hash and the same row as v7's, in PL/pgSQL, which keeps its plan for the session.
        CREATE OR REPLACE FUNCTION neuvo.audit_hash(previous text, "at" text, "user" text, command text, details text, contacts integer, clients text[])
        RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            RETURN (SELECT encode(sha256(convert_to(string_agg(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '' ORDER BY n), 'UTF8')), 'hex')
                    FROM unnest(ARRAY[previous, "at", "user", command, details, contacts::text, cardinality(clients)::text] || clients)
                        WITH ORDINALITY AS x(f, n));
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[] DEFAULT '{}') RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts", "clients")
            VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, action, details, contacts,
                    coalesce(clients, '{}'));
        END $$;
        """#
}
