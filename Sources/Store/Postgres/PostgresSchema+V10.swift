extension PostgresSchema {
    /// v10, the save at v6's speed again (issue 17's bench). Measured per save with `track_functions`, most of v8's server
    /// time was planning, not work: PL/pgSQL keeps a statement's plan only when its generic plan looks no dearer than a
    /// custom one, and the figures' statement (`ids = ANY (…)`, an array of unknown length) and the repeats' (`refs IS NULL
    /// OR …`) never did, so both were planned afresh at every save (0.8 and 1.1 ms); and the audit's two SQL helpers,
    /// `audit_hash` (twice a save: the seal and the check of the seal) and `audit_append`, were planned at every call, as
    /// a SQL function with a SET clause or SECURITY DEFINER is. Now a save plans once per session: `save_contact` runs
    /// with generic plans (a save touches one contact, one client: the generic plan is the right one), the repeats'
    /// statement has no OR (every client is every pseudonym in the log, listed first), and the two helpers are PL/pgSQL,
    /// the same expressions. Each function's result is as before; the functions' tests and the report oracle hold.
    static let v10 = #"""
        -- A save plans each of its statements once per session.
        ALTER FUNCTION neuvo.save_contact(jsonb, text, text, bigint[], bigint, text) SET plan_cache_mode = force_generic_plan;

        CREATE OR REPLACE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            window_seconds bigint;
            flipped integer;
            zero_days date[];
            zero_points text[];
            zero_figures text[];
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
            window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            WITH changed AS (
                UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
                WHERE a."client_ref" = ANY (refs)
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
