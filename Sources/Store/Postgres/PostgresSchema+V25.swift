extension PostgresSchema {
    /// v25's PostgreSQL half (issue 22, part "clients"): the client's pseudonym once in `neuvo.client`, by number in the
    /// contact (`contact."client" integer`, was `client_ref` text) and in `contact_client_instant`. Every function that
    /// named the column or `repeat_client` replaced whole with the same interface, pseudonyms as text in and out
    /// (DECISIONS, v25); `import_repeats` takes the clients the dictionary knew before the import.
    static let v25 = #"""
        -- The clients by number: each pseudonym once in `neuvo.client` (the table `repeat_client` was, with an id), and
        -- the contact names its client by that id. The owner's only, as `repeat_client` was: no grants, no policies.
        CREATE TABLE neuvo.client (
            "id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            "pseudonym" text NOT NULL CHECK (length("pseudonym") BETWEEN 8 AND 64),
            -- Each pseudonym once, kept by a hash index: its entries hold a 4-byte hash where a B-tree's held the
            -- 43-character text (at the bench's million, 290 k clients: ~11 MB against ~25). Only equality is asked of it.
            CONSTRAINT "client_pseudonym_once" EXCLUDE USING hash ("pseudonym" WITH =)
        );
        -- Numbered in the order of each client's first contact, so that `contact_client_instant` grows at its right edge;
        -- then the clients whose contacts retention unlinked, whose rows `repeat_client` kept.
        INSERT INTO neuvo.client ("pseudonym")
        SELECT c."client_ref" FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL GROUP BY 1 ORDER BY min(c."id");
        INSERT INTO neuvo.client ("pseudonym")
        SELECT r."client_ref" FROM neuvo.repeat_client AS r
        WHERE NOT EXISTS (SELECT 1 FROM neuvo.client AS k WHERE k."pseudonym" = r."client_ref") ORDER BY 1;
        CREATE FUNCTION neuvo.v25_client(ref text) RETURNS integer LANGUAGE sql STABLE STRICT SET search_path = neuvo, pg_temp AS $$
            SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref
        $$;
        -- One rewrite (keys, policies and the foreign keys of the tables that reference `contact` kept), checked: every
        -- contact names the same pseudonym through its number as it did by text, or nothing changes.
        DO $$
        DECLARE
            before text := (SELECT md5(string_agg(c."id" || ' ' || c."client_ref", ',' ORDER BY c."id")) FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL);
            after text;
        BEGIN
            ALTER TABLE neuvo.contact DROP CONSTRAINT contact_client_ref_check,
                ALTER COLUMN "client_ref" TYPE integer USING neuvo.v25_client("client_ref");
            ALTER TABLE neuvo.contact RENAME COLUMN "client_ref" TO "client";
            after := (SELECT md5(string_agg(c."id" || ' ' || k."pseudonym", ',' ORDER BY c."id"))
                      FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client");
            IF before IS DISTINCT FROM after THEN
                RAISE EXCEPTION 'v25: a contact''s client does not read back as its pseudonym' USING ERRCODE = 'data_exception';
            END IF;
        END $$;
        DROP FUNCTION neuvo.v25_client(text);
        DROP FUNCTION neuvo.import_repeats(text[], bigint, bigint);
        DROP TABLE neuvo.repeat_client;

        -- The numbers of `refs`' pseudonyms, each added that the dictionary lacks (in the order given: a file's clients in
        -- the order of their first contact), `added` for those. A pseudonym another transaction adds meanwhile is waited
        -- for (the key's conflict) and read again, so a save of a client an import has just added waits for the import.
        CREATE FUNCTION neuvo.client_ids(refs text[]) RETURNS TABLE ("pseudonym" text, "id" integer, "added" boolean)
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            missing text[];
            refs_got text[];
            ids_got integer[];
            added_got boolean[];
        BEGIN
            -- Joins with `missing`, not `= ANY (missing)`: a batch's thousand pseudonyms against each of its refs was a
            -- linear look each in the generic plan (half the function's time in an import).
            missing := ARRAY(SELECT DISTINCT x FROM unnest(refs) AS x WHERE x IS NOT NULL);
            WHILE cardinality(missing) > 0 LOOP
                WITH wanted AS (
                    SELECT u.x, min(u.o) AS o FROM unnest(refs) WITH ORDINALITY AS u(x, o) JOIN unnest(missing) AS m(x) ON m.x = u.x GROUP BY 1
                ), found AS (
                    SELECT k."pseudonym", k."id" FROM neuvo.client AS k JOIN unnest(missing) AS m(x) ON k."pseudonym" = m.x
                ), inserted AS (
                    INSERT INTO neuvo.client AS k ("pseudonym")
                    SELECT w.x FROM wanted AS w WHERE w.x NOT IN (SELECT f."pseudonym" FROM found AS f) ORDER BY w.o
                    ON CONFLICT DO NOTHING
                    RETURNING k."pseudonym", k."id"
                ), got AS (
                    SELECT f."pseudonym", f."id", false AS "added" FROM found AS f
                    UNION ALL SELECT i."pseudonym", i."id", true FROM inserted AS i
                )
                SELECT array_agg(g."pseudonym"), array_agg(g."id"), array_agg(g."added") INTO refs_got, ids_got, added_got FROM got AS g;
                RETURN QUERY SELECT * FROM unnest(refs_got, ids_got, added_got);
                -- Neither found nor added: another transaction's, committed while this one waited on it; read again.
                missing := ARRAY(SELECT x FROM unnest(missing) AS x EXCEPT SELECT y FROM unnest(refs_got) AS y);
            END LOOP;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.client_ids(text[]) FROM PUBLIC;

        -- The repeats between the owner's import and the log: `known` are the import's clients the dictionary held before
        -- it (`client_ids` added the others, whose rows a save of the same client waits on until this commits). They go
        -- through `refresh_repeats`; every client does when the window is no longer the one the import flagged its
        -- contacts with (a change of the window committed meanwhile: its recount, which holds the table, came first).
        CREATE FUNCTION neuvo.import_repeats(refs text[], known text[], window_seconds bigint, figures_origin bigint) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF window_seconds IS DISTINCT FROM (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') THEN
                known := refs;
            END IF;
            IF cardinality(known) = 0 THEN
                RETURN 0;
            END IF;
            RETURN neuvo.refresh_repeats(known, figures_origin);
        END $$;
        REVOKE ALL ON FUNCTION neuvo.import_repeats(text[], text[], bigint, bigint) FROM PUBLIC;

        CREATE OR REPLACE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
         SET plan_cache_mode TO 'force_generic_plan'
        AS $function$
        DECLARE
            window_seconds bigint;
            flipped integer;
            zero_days date[];
            zero_points integer[];
            zero_figures integer[];
            clients integer[];
            first_client integer;
            last_client integer;
            no_code integer := neuvo.term_id('');
            repeats integer := neuvo.term_id('repeats');
            verified integer := neuvo.term_id('verified');
        BEGIN
            -- The clients' turn first (every client's, for a new window): their rows of `neuvo.client` locked in the
            -- order of their numbers. Each statement after it reads afresh (read committed), so it sees what the
            -- transactions it waited for committed. A pseudonym the dictionary lacks names no contact.
            IF refs IS NULL THEN
                LOCK TABLE neuvo.client IN EXCLUSIVE MODE;
                clients := ARRAY(SELECT DISTINCT c."client" FROM neuvo.contact AS c WHERE c."client" IS NOT NULL);
            ELSE
                clients := ARRAY(SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ANY (refs) ORDER BY k."id" FOR UPDATE);
            END IF;
            SELECT min(x), max(x) INTO first_client, last_client FROM unnest(clients) AS x;
            window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            WITH changed AS (
                UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
                WHERE a."client" = ANY (clients) AND a."client" BETWEEN first_client AND last_client
                  AND a."has_repeat" <> EXISTS (
                    SELECT 1 FROM neuvo.contact AS b
                    WHERE b."client" = a."client" AND b."instant" > a."instant" AND b."instant" <= a."instant" + window_seconds
                      AND b."topics" && a."topics")
                RETURNING a."day", a."point", a."resolved", a."has_repeat"
            ), deltas AS (
                SELECT "day", "point", repeats AS "figure", sum(CASE WHEN "has_repeat" THEN 1 ELSE -1 END) AS "value"
                FROM changed GROUP BY 1, 2
                UNION ALL
                SELECT "day", "point", verified, sum(CASE WHEN "has_repeat" THEN -1 ELSE 1 END)
                FROM changed WHERE "resolved" GROUP BY 1, 2
            ), keyed AS (
                SELECT d."day", coalesce(t."id", neuvo.term_id(d."point")) AS "point", d."figure", d."value"
                FROM deltas AS d LEFT JOIN neuvo.term AS t ON t."word" = d."point" WHERE d."value" <> 0
            ), applied AS (
                INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
                SELECT "day", "point", "figure", no_code, figures_origin, "value" FROM keyed ORDER BY 1, 2, 3
                ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
                RETURNING f."day", f."point", f."figure", f."value"
            )
            SELECT (SELECT count(*) FROM changed), array_agg(a."day"), array_agg(a."point"), array_agg(a."figure")
            INTO flipped, zero_days, zero_points, zero_figures
            FROM applied AS a WHERE a."value" = 0;
            -- Only the rows this call took down to zero: no figure or day shows with a count of 0.
            IF zero_days IS NOT NULL THEN
                DELETE FROM neuvo.daily_figure AS f USING unnest(zero_days, zero_points, zero_figures) AS z("day", "point", "figure")
                WHERE f."day" = z."day" AND f."point" = z."point" AND f."figure" = z."figure" AND f."code" = no_code
                  AND f."origin" = figures_origin AND f."value" = 0;
            END IF;
            RETURN flipped;
        END $function$;

        -- Every other function that named `contact.client_ref` or `repeat_client`, whole, as v24 left it but for those names.
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint)
         RETURNS void
         LANGUAGE plpgsql
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
            last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
        BEGIN
            -- One pass over the contacts (a row of values per contact), and one join per part; a code comes as its word
            -- (`code`) or as its id (`code_id`), the words' ids after the sums (a word the dictionary lacks: term_id).
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
            ), counted ("day", "point", "figure", "code", "code_id", "value") AS (
                SELECT c."day", c."point", v.f, v.k, v.i, v.n FROM c CROSS JOIN LATERAL (VALUES
                    ('contacts', '', NULL::integer, 1::bigint),
                    ('resolved', '', NULL, CASE WHEN c."resolved" THEN 1 ELSE 0 END),
                    ('verified', '', NULL, CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
                    ('with_client_ref', '', NULL, CASE WHEN c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    ('repeats', '', NULL, CASE WHEN c."has_repeat" AND c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    ('identified', '', NULL, CASE WHEN c."identified" THEN 1 ELSE 0 END),
                    ('duration_min_total', '', NULL, coalesce(c."duration_min", 0)),
                    ('satisfaction_responses', '', NULL, CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
                    ('satisfaction_total', '', NULL, coalesce(c."satisfaction", 0)),
                    ('by_channel', NULL, c."channel", 1),
                    ('by_reason', CASE WHEN c."reason" IS NULL THEN '' END, c."reason", CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_age_group', NULL, c."age_group", 1),
                    ('by_segment', coalesce(c."segment", ''), NULL, CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_contact_by', NULL, c."contact_by", 1),
                    ('by_hour', neuvo.occurred_hour(c."instant", c."utc_offset"), NULL, 1),
                    ('consultations', coalesce(c."consultation", ''), NULL, CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
                    ('consulted_resolved', '', NULL, CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
                    ('contacts_with_unmet_need', '', NULL, CASE WHEN c."needy" THEN 1 ELSE 0 END)
                ) AS v(f, k, i, n)
                UNION ALL SELECT c."day", c."point", 'by_topic', NULL, t.id, 1 FROM c CROSS JOIN unnest(c."topics") AS t(id)
                UNION ALL SELECT c."day", c."point", 'unmet_needs_by_topic', NULL, t.id, 1
                    FROM c CROSS JOIN unnest(c."topics") AS t(id) WHERE c."needy"
                -- Each pair's two words by the dictionary's key (a save names one or two: joins would hash the whole dictionary).
                UNION ALL SELECT c."day", c."point", 'referral_outcomes_by_referral',
                    (SELECT a."word" FROM neuvo.term AS a WHERE a."id" = p."referral") || ':'
                        || (SELECT o."word" FROM neuvo.term AS o WHERE o."id" = p."outcome"), NULL, 1
                    FROM c CROSS JOIN neuvo.referral_pairs(c."referrals") AS p
                UNION ALL SELECT c."day", c."point", 'unmet_needs', u."need", NULL, 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
            ), summed AS (
                SELECT "day", "point", "figure", "code", "code_id", sign * sum("value") AS "value" FROM counted
                GROUP BY 1, 2, 3, 4, 5 HAVING sum("value") <> 0
            ), keyed AS (
                SELECT s."day", coalesce(p."id", neuvo.term_id(s."point")) AS "point", coalesce(f."id", neuvo.term_id(s."figure")) AS "figure",
                    coalesce(s."code_id", k."id", neuvo.term_id(s."code")) AS "code", s."value"
                FROM summed AS s LEFT JOIN neuvo.term AS p ON p."word" = s."point" LEFT JOIN neuvo.term AS f ON f."word" = s."figure"
                    LEFT JOIN neuvo.term AS k ON k."word" = s."code"
            )
            -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
            SELECT "day", "point", "figure", "code", figures_origin, "value" FROM keyed ORDER BY 1, 2, 3, 4
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
            IF sign < 0 THEN
                DELETE FROM neuvo.daily_figure AS f
                WHERE f."value" = 0 AND f."origin" = figures_origin
                  AND (f."day", f."point") IN (SELECT c."day", t."id" FROM neuvo.contact AS c JOIN neuvo.term AS t ON t."word" = c."point"
                                               WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id);
            END IF;
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text)
         RETURNS void
         LANGUAGE plpgsql
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
            referral_id smallint := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = referral_code);
            pairs smallint[];
            place integer;
        BEGIN
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[new_outcome]);
            SELECT c."day", c."point", (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), c."referrals" INTO contact_day, contact_point, contact_ref, pairs
            FROM neuvo.contact AS c WHERE c."id" = contact AND c."referrals" @> ARRAY[referral_id] FOR UPDATE OF c;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            place := array_position(pairs, referral_id);
            old_outcome := (SELECT t."word" FROM neuvo.term AS t WHERE t."id" = -pairs[place + 1]);
            IF old_outcome = new_outcome THEN
                RETURN;
            END IF;
            UPDATE neuvo.contact AS c SET "referrals"[place + 1] = -neuvo.term_id(new_outcome) WHERE c."id" = contact;
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.client_data(identity_code text, command text DEFAULT NULL::text)
         RETURNS jsonb
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            wanted_ref text := neuvo.reviewed_client(identity_code, 'a client''s data');
            ids bigint[];
            handoffs bigint[];
            result jsonb;
        BEGIN
            ids := ARRAY(SELECT c."id" FROM neuvo.contact AS c WHERE c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref) ORDER BY c."instant", c."id");
            handoffs := ARRAY(SELECT h."id" FROM neuvo.handoff AS h WHERE h."contact_id" = ANY (ids) ORDER BY h."id");
            result := jsonb_build_object(
                'contacts', coalesce((
                    SELECT jsonb_agg(to_jsonb(c) - 'client' - 'save_token' - 'utc_offset' - 'topics' - 'referrals' || jsonb_build_object(
                        'occurred_at', neuvo.occurred_text(c."instant", c."utc_offset"), 'logged_at', neuvo.logged_text(c."logged_at"),
                        'channel', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."channel"), 'contact_by', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."contact_by"), 'reason', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."reason"),
                        'age_group', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."age_group"), 'service_area', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."service_area"),
                        'topics', coalesce((SELECT jsonb_agg(w."word" ORDER BY w."word") FROM unnest(c."topics") AS x(id)
                                            JOIN neuvo.term AS w ON w."id" = x.id), '[]'),
                        'referrals', coalesce((SELECT jsonb_agg(jsonb_build_object('referral', a."word", 'outcome', o."word") ORDER BY a."word")
                                               FROM neuvo.referral_pairs(c."referrals") AS p JOIN neuvo.term AS a ON a."id" = p."referral"
                                                   JOIN neuvo.term AS o ON o."id" = p."outcome"), '[]'),
                        'unmet_needs', coalesce((SELECT jsonb_agg(u."need" ORDER BY u."need") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"), '[]'))
                        ORDER BY c."instant", c."id")
                    FROM neuvo.contact AS c WHERE c."id" = ANY (ids)), '[]'),
                'assessments', coalesce((SELECT jsonb_agg(to_jsonb(a) ORDER BY a."contact_id") FROM neuvo.assessment AS a WHERE a."contact_id" = ANY (ids)), '[]'),
                'follow_ups', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f."contact_id") FROM neuvo.follow_up_done AS f WHERE f."contact_id" = ANY (ids)), '[]'),
                'handoffs', coalesce((
                    SELECT jsonb_agg(to_jsonb(h) || jsonb_build_object(
                        'details', (SELECT to_jsonb(d) - 'handoff_id' FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id"),
                        'tries', coalesce((SELECT jsonb_agg(to_jsonb(t) - 'handoff_id' ORDER BY t."n") FROM neuvo.handoff_try AS t WHERE t."handoff_id" = h."id"), '[]'))
                        ORDER BY h."id")
                    FROM neuvo.handoff AS h WHERE h."id" = ANY (handoffs)), '[]'));
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'client_data'),
                format('data held on a client read: %s contacts, %s handoffs', cardinality(ids), cardinality(handoffs)), cardinality(ids),
                ARRAY[wanted_ref]);
            RETURN result;
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint)
         RETURNS SETOF bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            is_owner boolean := pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER');
            closer_client integer;
        BEGIN
            SELECT c."client" INTO closer_client FROM neuvo.contact AS c
            WHERE c."id" = closer AND (c."point" = ANY (neuvo.my_points()) OR is_owner);
            IF NOT FOUND THEN
                RAISE EXCEPTION 'contact % is not yours to close follow-ups with', closer USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY
            INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
            SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', closer
            FROM neuvo.contact AS c
            WHERE c."id" = ANY (ids) AND (c."client" = closer_client OR c."point" = ANY (neuvo.my_points()) OR is_owner)
            ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
            RETURNING f."contact_id";
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.contact_by_id(contact bigint, command text DEFAULT NULL)
        RETURNS TABLE ("id" bigint, "occurred_at" text, "point" text, "channel" text, "resolved" boolean, "contact_by" text, "reason" text,
            "identified" boolean, "age_group" text, "service_area" text, "duration_min" integer, "segment" text, "client_ref" text,
            "satisfaction" integer, "advisor" text, "has_repeat" boolean, "topics" text, "referrals" text, "follow_up_done" boolean,
            "follow_up_note" text, "closed_by" bigint, "logged_at" text, "unmet_needs" text, "consultation" text, "answers" text,
            "assessed_segment" text, "override_reason" text, "chain" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading contacts');
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            found_one boolean := false;
        BEGIN
            PERFORM neuvo.required(contact, 'contact');
            FOR r IN
                \#(contactRowSelectV25(words: "words"))
                WHERE c."id" = contact AND (wanted IS NULL OR c."point" = ANY (wanted))
            LOOP
                found_one := true;
                RETURN QUERY SELECT (r).*, a."answers", a."segment", a."override_reason", a."chain"
                    FROM (SELECT 1) AS one LEFT JOIN neuvo.assessment AS a ON a."contact_id" = r."id";
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contact_by_id'), 'contact ' || contact,
                CASE WHEN found_one THEN 1 ELSE 0 END, CASE WHEN found_one THEN neuvo.distinct_refs(ARRAY[r."client_ref"]) ELSE '{}' END);
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.export_contacts(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'exporting contacts');
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            FOR r IN
                \#(contactRowSelectV25(words: "words"))
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

        CREATE OR REPLACE FUNCTION neuvo.follow_ups(at_point text, since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading follow-ups');
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            PERFORM neuvo.required(at_point, 'at_point'), neuvo.required(since, 'since');
            FOR r IN
                \#(contactRowSelectV25(words: "words"))
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

        CREATE OR REPLACE FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.overview_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'the day''s overview');
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            day_contacts neuvo.contact_row[] := '{}';
            open_count bigint;
            draft_count integer;
            draft_refs text[];
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day'), neuvo.required(at_point, 'at_point'), neuvo.required(follow_ups_since, 'follow_ups_since');
            FOR r IN
                \#(contactRowSelectV25(words: "words"))
                WHERE c."day" = on_day AND c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted))
                ORDER BY c."instant", c."id"
            LOOP
                day_contacts := day_contacts || r;
            END LOOP;
            SELECT count(*) INTO open_count FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= follow_ups_since
              AND NOT c."resolved" AND f."contact_id" IS NULL;
            SELECT count(*), array_agg(neuvo.draft_client(d."form")) INTO draft_count, draft_refs
            FROM neuvo.draft AS d WHERE d."advisor" = session_user::text;
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
                neuvo.distinct_refs(ARRAY(SELECT x."client_ref" FROM unnest(day_contacts) AS x) || coalesce(draft_refs, '{}')));
        END $$;

        -- v22's page and count, the filter in v25's dialect (`.postgresV25`: the client by number), its
        -- ids looked up first into `filter_terms` (`SQLDialect.postgresV22FilterTerms`): values the custom plans estimate.
        CREATE OR REPLACE FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
            words text[] := neuvo.term_words();
            described text;
            keyed boolean := after_day IS NOT NULL;
            key_day date;
            key_instant bigint;
            key_id bigint;
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
            page_rows neuvo.contact_row[] := '{}';
            filter_terms smallint[];
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter'),
                neuvo.required(backward, 'backward'), neuvo.required(page_size, 'page_size');
            described := neuvo.checked_contact_filter(filter, code, codes);
            filter_terms := \#(SQLDialect.postgresV22FilterTerms);
            IF page_size < 1 OR page_size > \#(PostgresLog.pageLimit) THEN
                RAISE EXCEPTION 'a page is 1 to \#(PostgresLog.pageLimit) contacts, not %', page_size USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF (after_day IS NULL) <> (after_instant IS NULL) OR (after_day IS NULL) <> (after_id IS NULL) THEN
                RAISE EXCEPTION 'a page''s key is a contact''s day, instant and id: all three or none' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            -- Without a key, or with one outside the period, a key just before the period's first contact (backward: just
            -- after its last), so that every page is one index range that starts where its rows do.
            key_day := after_day; key_instant := after_instant; key_id := after_id;
            IF backward AND (after_day IS NULL OR after_day > to_day) THEN
                key_day := to_day; key_instant := 9223372036854775807; key_id := 9223372036854775807;
            ELSIF NOT backward AND (after_day IS NULL OR after_day < from_day) THEN
                key_day := from_day; key_instant := -9223372036854775808; key_id := -9223372036854775808;
            END IF;
            IF backward THEN
                FOR r IN \#(pageSelectV25(backward: true)) LOOP
                    page_rows := r || page_rows;
                END LOOP;
            ELSE
                FOR r IN \#(pageSelectV25(backward: false)) LOOP
                    page_rows := page_rows || r;
                END LOOP;
            END IF;
            FOREACH r IN ARRAY page_rows LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_page'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described
                    || CASE WHEN NOT keyed THEN CASE WHEN backward THEN ', last page' ELSE '' END
                            WHEN backward THEN ', page before contact ' || after_id ELSE ', page after contact ' || after_id END,
                n, neuvo.distinct_refs(refs));
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            command text DEFAULT NULL)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
            described text;
            stored text;
            total bigint;
            wanted_ids integer[];
            stored_id integer;
            code_id integer;
            filter_terms smallint[];
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter');
            described := neuvo.checked_contact_filter(filter, code, codes);
            stored := CASE filter \#(storedFigureCases) END;
            IF stored IS NOT NULL THEN
                wanted_ids := neuvo.known_terms(wanted);
                stored_id := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = stored);
                code_id := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = coalesce(contacts_count.code, ''));
                SELECT coalesce(sum(f."value"), 0) INTO total FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN from_day AND to_day AND (wanted_ids IS NULL OR f."point" = ANY (wanted_ids))
                  AND f."figure" = stored_id AND f."code" = code_id;
            ELSE
                filter_terms := \#(SQLDialect.postgresV22FilterTerms);
                SELECT count(*) INTO total FROM neuvo.contact AS c
                WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND \#(filterConditionV25);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_count'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described || ', counted', total::integer);
            RETURN total;
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text)
         RETURNS TABLE(id bigint, occurred_at text, day date, point text, channel text, topics text, resolved boolean, follow_up_open boolean, referrals text)
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            wanted_ref text;
            window_seconds bigint := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            found_count integer;
            words text[] := neuvo.term_words();
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'look up a client''s earlier contacts');
            wanted_ref := neuvo.client_ref(identity_code, ref);
            IF wanted_ref IS NULL THEN
                RAISE EXCEPTION 'earlier contacts of which client? (an identity code)' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN QUERY
            SELECT c."id", neuvo.occurred_text(c."instant", c."utc_offset"), c."day", c."point",
                (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."channel"),
                (SELECT string_agg(w."word", ';' ORDER BY w."word" COLLATE "C") FROM unnest(c."topics") AS tp(id) JOIN neuvo.term AS w ON w."id" = tp.id),
                c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id"),
                (SELECT string_agg(words[p."referral"] || ':' || words[p."outcome"], ';' ORDER BY words[p."referral"] COLLATE "C") FROM neuvo.referral_pairs(c."referrals") AS p)
            FROM neuvo.contact AS c
            WHERE c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref) AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
            ORDER BY c."instant", c."id";
            GET DIAGNOSTICS found_count = ROW_COUNT;
            PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[wanted_ref]);
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.handoff_clients(contact bigint)
         RETURNS text[]
         LANGUAGE sql
         STABLE
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
            SELECT coalesce((SELECT ARRAY[k."pseudonym"] FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."id" = contact), '{}');
        $function$;

        CREATE OR REPLACE FUNCTION neuvo.handoffs_clients(ids bigint[])
         RETURNS text[]
         LANGUAGE sql
         STABLE
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
            SELECT coalesce(array_agg(DISTINCT k."pseudonym" ORDER BY k."pseudonym"), '{}')
            FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
                JOIN neuvo.client AS k ON k."id" = c."client"
            WHERE h."id" = ANY (ids);
        $function$;

        CREATE OR REPLACE FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text)
         RETURNS SETOF neuvo.handoff_row
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor', 'service'], 'listing handoffs');
            ids bigint[];
            shown bigint[];
        BEGIN
            IF with_details AND r NOT IN ('owner', 'service') THEN
                RAISE EXCEPTION 'a handoff''s details are for logins of the receiving service, not for %',
                    CASE r WHEN 'advisor' THEN 'an advisor' ELSE 'a ' || r END USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT coalesce(array_agg(h."id" ORDER BY h."sent_instant" DESC, h."id" DESC), '{}') INTO ids FROM neuvo.handoff AS h
            WHERE (r IN ('owner', 'supervisor') OR (r = 'advisor' AND h."point" = ANY (neuvo.my_points()))
                   OR (r = 'service' AND h."service" = ANY (neuvo.my_services())))
              AND (NOT coalesce(open_only, false) OR h."closed_at" IS NULL);
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, coalesce(with_details, false), r IN ('owner', 'supervisor', 'advisor'), false);
            IF with_details THEN
                SELECT coalesce(array_agg(d."handoff_id" ORDER BY d."handoff_id"), '{}') INTO shown FROM neuvo.handoff_detail AS d
                WHERE d."handoff_id" = ANY (ids);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_list'),
                format('handoffs listed: %s', cardinality(ids))
                    || CASE WHEN cardinality(shown) > 0 THEN ', with details: ' || array_to_string(shown, ', ') ELSE '' END, 0,
                neuvo.distinct_refs(ARRAY(SELECT k."pseudonym" FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id" JOIN neuvo.client AS k ON k."id" = c."client"
                                          WHERE h."id" = ANY (coalesce(shown, '{}')))));
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'mark follow-ups done');
            PERFORM neuvo.refuse_identity_code(note, 'a note');
            IF NOT EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."id" = contact
                           AND (neuvo.caller_role() = 'owner' OR c."point" = ANY (neuvo.my_points()))) THEN
                RAISE EXCEPTION 'no contact % this login may mark', contact USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            INSERT INTO neuvo.follow_up_done ("contact_id", "done_at", "user", "note")
            VALUES (contact, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, coalesce(note, ''))
            ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user", "note" = excluded."note";
            PERFORM neuvo.audit_append(command, 'follow-up of contact ' || contact || ' done', 1,
                ARRAY(SELECT k."pseudonym" FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."id" = contact));
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.set_follow_up_window(hours integer, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        BEGIN
            IF neuvo.caller_role() IS DISTINCT FROM 'owner' THEN
                RAISE EXCEPTION 'only the owner sets the follow-up window' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF hours IS NULL OR hours < 1 THEN
                RAISE EXCEPTION 'a follow-up window is at least 1 hour' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            UPDATE neuvo.setting SET "value" = hours::text WHERE "key" = 'follow_up_window_hours';
            PERFORM neuvo.refresh_repeats(NULL);
            PERFORM neuvo.audit_append(command, 'follow-up window ' || hours || ' h',
                (SELECT count(*)::integer FROM neuvo.contact WHERE "client" IS NOT NULL));
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text)
         RETURNS text
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            is_owner boolean := neuvo.caller_role() = 'owner';
            wanted_ref text;
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
            referral_id smallint := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = referral_code);
            pairs smallint[];
            place integer;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'set referral outcomes');
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[coalesce(new_outcome, '')]);
            PERFORM neuvo.require_codes_of('referral', ARRAY[referral_code]);
            wanted_ref := neuvo.client_ref(identity_code, ref);
            SELECT c."day", c."point", (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), c."referrals" INTO contact_day, contact_point, contact_ref, pairs
            FROM neuvo.contact AS c
            WHERE c."id" = contact AND c."referrals" @> ARRAY[referral_id]
              AND (is_owner OR c."point" = ANY (neuvo.my_points()) OR (wanted_ref IS NOT NULL AND c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref)))
            FOR UPDATE OF c;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no referral % of a contact % this login may set', referral_code, contact
                    USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            place := array_position(pairs, referral_id);
            old_outcome := (SELECT t."word" FROM neuvo.term AS t WHERE t."id" = -pairs[place + 1]);
            IF old_outcome <> new_outcome THEN
                UPDATE neuvo.contact AS c SET "referrals"[place + 1] = -neuvo.term_id(new_outcome) WHERE c."id" = contact;
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            END IF;
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
            RETURN old_outcome;
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text)
         RETURNS TABLE(unlinked integer, drafts integer, handoff_details integer, unlinked_before date)
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            ref_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.client_ref_days');
            draft_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.draft_days');
            window_days integer := ((SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') + 23) / 24;
            cut date;
            draft_cut text;
            u integer := 0;
            d integer := 0;
            h integer := 0;
            refs text[] := '{}';
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner runs neuvo retention' USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM neuvo.required(now_instant, 'now');
            PERFORM neuvo.required(today, 'today');
            PERFORM neuvo.required(dry_run, 'dry_run');
            cut := today - greatest(ref_days, window_days);
            draft_cut := to_char(to_timestamp(now_instant - draft_days::bigint * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            BEGIN
                -- The dictionary's rows stay, as the lock table's before v25 did: the contacts no longer name them.
                SELECT coalesce(array_agg(DISTINCT k."pseudonym" ORDER BY k."pseudonym"), '{}') INTO refs
                FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."day" < cut;
                UPDATE neuvo.contact AS c SET "client" = NULL, "unlinked" = true WHERE c."day" < cut AND c."client" IS NOT NULL;
                GET DIAGNOSTICS u = ROW_COUNT;
                DELETE FROM neuvo.draft AS x WHERE x."updated_at" < draft_cut;
                GET DIAGNOSTICS d = ROW_COUNT;
                h := neuvo.erase_handoff_details(now_instant, command);
                IF dry_run THEN
                    RAISE EXCEPTION 'dry run' USING ERRCODE = 'NVDRY';
                END IF;
            EXCEPTION WHEN SQLSTATE 'NVDRY' THEN
                NULL;
            END;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'retention'),
                format('retention%s: %s client_refs unlinked (days before %s), %s drafts removed, %s handoffs'' details erased',
                    CASE WHEN dry_run THEN ' dry run' ELSE '' END, u, cut, d, h),
                u, refs);
            RETURN QUERY SELECT u, d, h, cut;
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
         RETURNS bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            r text;
            mine text[];
            at_point text := contact->>'point';
            new_id bigint;
            ref text;
            ref_number integer;
            seen_point text;
            missing bigint;
            lane bigint;
            terms smallint[];
        BEGIN
            SELECT w."role", w."points" INTO r, mine FROM neuvo.whoami() AS w;
            IF r IS DISTINCT FROM 'owner' THEN
                IF r IS DISTINCT FROM 'advisor' THEN
                    RAISE EXCEPTION 'only advisors and the owner save contacts' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF at_point IS NOT NULL AND NOT at_point = ANY (mine) THEN
                    RAISE EXCEPTION 'advisors save contacts only at their points (%): not at %', array_to_string(mine, ', '), at_point
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF token IS NULL THEN RAISE EXCEPTION 'a save has a token' USING ERRCODE = 'invalid_parameter_value'; END IF;
            PERFORM set_config('neuvo.notify', 'after commit', true);
            SELECT c."id", c."point" INTO new_id, seen_point FROM neuvo.contact AS c WHERE c."save_token" = token;
            IF FOUND THEN
                IF r <> 'owner' AND NOT seen_point = ANY (mine) THEN
                    RAISE EXCEPTION 'this contact was saved already, at a point this login no longer works at'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN new_id;
            END IF;
            PERFORM neuvo.check_contact(contact);
            -- The client: by identity code (its pseudonym counted against the login's limits but the owner's), or by
            -- pseudonym by the owner only.
            IF identity_code IS NOT NULL THEN
                IF r <> 'owner' THEN PERFORM neuvo.count_pseudonym_call(); END IF;
                ref := neuvo.pseudonym(upper(identity_code));
            ELSE
                ref := contact->>'client_ref';
                IF ref IS NOT NULL AND r <> 'owner' THEN
                    RAISE EXCEPTION 'a client is named by the identity code; only the owner names one by pseudonym'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            terms := neuvo.contact_terms(contact);
            -- A returning client's number by the key; a new client's added (`client_ids`, which also waits for another
            -- transaction adding the same client).
            IF ref IS NOT NULL THEN
                ref_number := coalesce((SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref),
                    (SELECT i."id" FROM neuvo.client_ids(ARRAY[ref]) AS i));
            END IF;
            INSERT INTO neuvo.contact ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation", "topics", "referrals")
            VALUES (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, at_point, terms[1], (contact->>'resolved')::boolean,
                terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                contact->>'segment', ref_number, (contact->>'satisfaction')::integer, contact->>'advisor', date_trunc('second', clock_timestamp()), token,
                contact->>'consultation', nullif(terms[6:], '{}'), neuvo.referral_terms(contact))
            ON CONFLICT ("save_token") WHERE "save_token" IS NOT NULL DO NOTHING
            RETURNING "id" INTO new_id;
            IF new_id IS NULL THEN
                -- Saved meanwhile by the same token's other attempt.
                RETURN (SELECT c."id" FROM neuvo.contact AS c WHERE c."save_token" = token);
            END IF;
            PERFORM neuvo.insert_contact_parts(new_id, contact);
            lane := neuvo.figure_lane(substr(contact->>'occurred_at', 1, 10)::date, at_point);
            PERFORM neuvo.add_figures(ARRAY[new_id], 1, lane);
            IF ref IS NOT NULL THEN PERFORM neuvo.refresh_repeats(ARRAY[ref], lane); END IF;
            -- The follow-ups it closes: a contact of its client anywhere, or one at the caller's points (any for the owner).
            IF cardinality(closing) > 0 THEN
                WITH closed AS (
                    INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
                    SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', new_id
                    FROM neuvo.contact AS c
                    WHERE c."id" = ANY (closing) AND (r = 'owner' OR c."point" = ANY (mine) OR c."client" = ref_number)
                    ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
                    RETURNING f."contact_id"
                )
                SELECT x INTO missing FROM unnest(closing) AS x WHERE x NOT IN (SELECT "contact_id" FROM closed) LIMIT 1;
                IF missing IS NOT NULL THEN
                    RAISE EXCEPTION 'no contact % this login may close', missing USING ERRCODE = 'no_data_found', DETAIL = missing::text;
                END IF;
            END IF;
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            PERFORM neuvo.audit_append(command,
                'contact ' || new_id || ' ' || (contact->>'occurred_at')
                    || CASE WHEN cardinality(coalesce(closing, '{}')) = 0 THEN ''
                            ELSE ', closes follow-ups of ' || (SELECT string_agg('contact ' || x, ', ') FROM unnest(closing) AS x) END,
                1 + cardinality(coalesce(closing, '{}')), CASE WHEN ref IS NULL THEN '{}' ELSE ARRAY[ref] END);
            RETURN new_id;
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            old_point text;
            old_ref text;
            old_day date;
            was_unlinked boolean;
            old_repeat boolean;
            stays_unlinked boolean;
            ref text;
            ref_number integer;
            terms smallint[];
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            SELECT "point", (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), "day", "unlinked", "has_repeat" INTO old_point, old_ref, old_day, was_unlinked, old_repeat
            FROM neuvo.contact AS c WHERE c."id" = edited FOR UPDATE OF c;
            IF NOT FOUND OR (neuvo.caller_role() <> 'owner' AND NOT old_point = ANY (neuvo.my_points())) THEN
                RAISE EXCEPTION 'no contact % this login may edit', edited USING ERRCODE = 'no_data_found', DETAIL = edited::text;
            END IF;
            PERFORM neuvo.require_advisor_at(contact->>'point', 'save contacts');
            PERFORM neuvo.check_contact(contact);
            IF identity_code IS NOT NULL THEN
                ref := neuvo.client_pseudonym(identity_code);
            ELSIF contact->>'client_ref' IS NOT DISTINCT FROM old_ref THEN
                ref := old_ref;
            ELSE
                ref := neuvo.client_ref(NULL, contact->>'client_ref');
            END IF;
            stays_unlinked := was_unlinked AND ref IS NULL;
            IF was_unlinked THEN
                PERFORM neuvo.add_figure(old_day, old_point, 'with_client_ref', '', -1);
                IF old_repeat THEN PERFORM neuvo.add_figure(old_day, old_point, 'repeats', '', -1); END IF;
            END IF;
            PERFORM neuvo.add_figures(ARRAY[edited], -1, 0);
            terms := neuvo.contact_terms(contact);
            -- A returning client's number by the key; a new client's added (`client_ids`, which also waits for another
            -- transaction adding the same client).
            IF ref IS NOT NULL THEN
                ref_number := coalesce((SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref),
                    (SELECT i."id" FROM neuvo.client_ids(ARRAY[ref]) AS i));
            END IF;
            UPDATE neuvo.contact AS t SET ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "consultation", "has_repeat", "unlinked", "topics", "referrals") =
                (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', terms[1], (contact->>'resolved')::boolean,
                 terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                 contact->>'segment', ref_number, (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation',
                 stays_unlinked AND old_repeat, stays_unlinked, nullif(terms[6:], '{}'), neuvo.referral_terms(contact))
            WHERE t."id" = edited;
            DELETE FROM neuvo.contact_unmet_need WHERE "contact_id" = edited;
            DELETE FROM neuvo.assessment WHERE "contact_id" = edited;
            PERFORM neuvo.insert_contact_parts(edited, contact);
            PERFORM neuvo.add_figures(ARRAY[edited], 1, 0);
            IF stays_unlinked THEN
                PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'with_client_ref', '', 1);
                IF old_repeat THEN
                    PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'repeats', '', 1);
                END IF;
            END IF;
            IF old_ref IS NOT NULL OR ref IS NOT NULL THEN
                PERFORM neuvo.refresh_repeats(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL), 0);
            END IF;
            PERFORM neuvo.audit_append(command, 'contact ' || edited || ' edited', 1,
                ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL));
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.import_contacts(details text, command text)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            imported integer;
            origin bigint := txid_current();
            rows_before bigint := (SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass);
            logged timestamptz := date_trunc('second', clock_timestamp());
            bad text;
            refs text[];
            ids bigint[];
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'import contacts');
            IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('pg_temp.import_contact') AND relkind = 'r'
                           AND relnamespace = pg_my_temp_schema() AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN
                RAISE EXCEPTION 'neuvo.import_begin() first' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF neuvo.caller_role() <> 'owner' THEN
                SELECT "point" INTO bad FROM pg_temp.import_contact WHERE NOT "point" = ANY (neuvo.my_points()) LIMIT 1;
                IF FOUND THEN PERFORM neuvo.require_advisor_at(bad, 'import contacts'); END IF;
            END IF;
            SELECT "occurred_at" INTO bad FROM pg_temp.import_contact
            WHERE "occurred_at" !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$' LIMIT 1;
            IF FOUND THEN RAISE EXCEPTION 'not a time of a contact: %', bad USING ERRCODE = 'invalid_parameter_value'; END IF;
            PERFORM neuvo.require_codes_of('point', ARRAY(SELECT DISTINCT "point" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('channel', ARRAY(SELECT DISTINCT "channel" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('contact_by', ARRAY(SELECT DISTINCT "contact_by" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('reason', ARRAY(SELECT DISTINCT "reason" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('age_group', ARRAY(SELECT DISTINCT "age_group" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('service_area', ARRAY(SELECT DISTINCT "service_area" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('segment', ARRAY(SELECT DISTINCT "segment" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('consultation', ARRAY(SELECT DISTINCT "consultation" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('topic', ARRAY(SELECT DISTINCT "topic" FROM pg_temp.import_topic));
            PERFORM neuvo.require_codes_of('referral', ARRAY(SELECT DISTINCT "referral" FROM pg_temp.import_referral));
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY(SELECT DISTINCT "outcome" FROM pg_temp.import_referral));
            PERFORM neuvo.require_codes_of('unmet_need', ARRAY(SELECT DISTINCT "need" FROM pg_temp.import_unmet_need));
            -- The words the dictionary lacks (codes of a newer data/), added before the rows name them by id.
            PERFORM neuvo.term_ids(ARRAY(
                SELECT x.w FROM (
                    SELECT "channel" FROM pg_temp.import_contact UNION SELECT "contact_by" FROM pg_temp.import_contact
                    UNION SELECT "reason" FROM pg_temp.import_contact UNION SELECT "age_group" FROM pg_temp.import_contact
                    UNION SELECT "service_area" FROM pg_temp.import_contact UNION SELECT "topic" FROM pg_temp.import_topic
                    UNION SELECT "referral" FROM pg_temp.import_referral UNION SELECT "outcome" FROM pg_temp.import_referral
                ) AS x(w)
                WHERE x.w IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w) ORDER BY 1));
            CREATE TEMP TABLE import_id ON COMMIT DROP AS
                SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
            -- The file's new clients in the dictionary, numbered in the order of their first contact.
            INSERT INTO neuvo.client ("pseudonym")
            SELECT c."client_ref" FROM pg_temp.import_contact AS c WHERE c."client_ref" IS NOT NULL GROUP BY 1 ORDER BY min(c."n")
            ON CONFLICT DO NOTHING;
            INSERT INTO neuvo.contact ("id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation", "topics", "referrals")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", neuvo.offset_minutes(c."occurred_at"), extract(epoch FROM c."occurred_at"::timestamptz)::bigint,
                substr(c."occurred_at", 1, 10)::date, c."point", t1."id"::smallint, c."resolved", t2."id"::smallint, t3."id"::smallint,
                c."identified", t4."id"::smallint, t5."id"::smallint, c."duration_min", c."segment", k."id", c."satisfaction",
                c."advisor", logged, false, c."consultation", tp."ids", rp."ids"
            FROM pg_temp.import_contact AS c JOIN pg_temp.import_id AS i USING ("n")
                LEFT JOIN (SELECT x."n", array_agg(DISTINCT w."id"::smallint ORDER BY w."id"::smallint) AS "ids"
                           FROM pg_temp.import_topic AS x JOIN neuvo.term AS w ON w."word" = x."topic" GROUP BY x."n") AS tp USING ("n")
                LEFT JOIN (SELECT x."n", array_agg(v.id ORDER BY x."referral" COLLATE "C", v.k) AS "ids"
                           FROM pg_temp.import_referral AS x JOIN neuvo.term AS a ON a."word" = x."referral"
                               JOIN neuvo.term AS o ON o."word" = x."outcome"
                               CROSS JOIN LATERAL (VALUES (1, a."id"::smallint), (2, (-o."id")::smallint)) AS v(k, id)
                           GROUP BY x."n") AS rp USING ("n")
                LEFT JOIN neuvo.term AS t1 ON t1."word" = c."channel" LEFT JOIN neuvo.term AS t2 ON t2."word" = c."contact_by"
                LEFT JOIN neuvo.term AS t3 ON t3."word" = c."reason" LEFT JOIN neuvo.term AS t4 ON t4."word" = c."age_group"
                LEFT JOIN neuvo.term AS t5 ON t5."word" = c."service_area"
                LEFT JOIN neuvo.client AS k ON k."pseudonym" = c."client_ref"
            ORDER BY i."id";
            GET DIAGNOSTICS imported = ROW_COUNT;
            INSERT INTO neuvo.contact_unmet_need SELECT i."id", u."need" FROM pg_temp.import_unmet_need AS u JOIN pg_temp.import_id AS i USING ("n");
            -- The import's figures in rows of its own, so that nobody's save waits for this transaction's row locks.
            ids := ARRAY(SELECT "id" FROM pg_temp.import_id);
            PERFORM neuvo.add_figures(ids, 1, origin);
            refs := ARRAY(SELECT DISTINCT "client_ref" FROM pg_temp.import_contact WHERE "client_ref" IS NOT NULL);
            IF cardinality(refs) > 0 THEN PERFORM neuvo.refresh_repeats(refs, origin); END IF;
            -- After a large import the planner knows nothing of the new rows until autovacuum analyses them (a minute or more
            -- after a million contacts), and meanwhile a save's repeat check, planned blind, read the whole contact table. So
            -- the tables are analysed in this transaction when autovacuum would: when more than a tenth of the rows are new.
            IF imported > 50 + greatest(rows_before, 0) / 10 THEN
                ANALYZE neuvo.contact, neuvo.daily_figure, neuvo.client;
            END IF;
            PERFORM neuvo.audit_append(command, details, imported, refs);
            RETURN imported;
        END $function$;
        """#

    /// The contact `c`'s pseudonym as `neuvo.contact_row` gives it (v25: by its number).
    static let clientPseudonymV25 = #"(SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client")"#

    /// A contact row's query of v25: v22's with the pseudonym by the contact's number.
    static func contactRowSelectV25(words: String) -> String {
        contactRowSelectV22(words: words, client: clientPseudonymV25)
    }

    /// The filter's condition on the contact `c` in v25's dialect.
    static var filterConditionV25: String { filterCondition(.postgresV25) }

    private static func pageSelectV25(backward: Bool) -> String {
        pageSelect(backward: backward, select: contactRowSelectV25(words: "words"), filter: filterConditionV25)
    }
}
