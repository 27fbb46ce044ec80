extension PostgresSchema {
    /// The contact's code columns v20 stores as ids of `neuvo.term` (smallint), in the order `neuvo.contact_terms` gives
    /// their ids. The point stays text (row-level policies, every point filter and figure lane compare it: a migration of
    /// its own), and so does the advisor (a login's free text, which may hold what `neuvo.term` refuses: a line break).
    static let v20TermColumns = ["channel", "contact_by", "reason", "age_group", "service_area"]

    /// v20's PostgreSQL half (issue 22; DECISIONS "v20 on PostgreSQL"): the contact's own row narrower.
    ///
    /// - Five code columns (`v20TermColumns`) hold the `smallint` id of their word in v19's `neuvo.term` (the dictionary
    ///   that only grows): 2 bytes where the text took 6–12. Smallint, not integer: here the ids sit among booleans
    ///   and other 2-byte columns, so four bytes each would cost more; an id past 32767 (a dictionary of that many
    ///   words: data/ holds ~170) is refused with 54000 where a contact would name it.
    /// - `occurred_at` (26 bytes of text) becomes `utc_offset`, the offset in minutes beside the instant the row already
    ///   had; the text is given back exactly (`neuvo.occurred_text`). `logged_at` (21 bytes of text) a `timestamptz`
    ///   of whole seconds, given back in the text it had.
    /// - The table is rewritten in place by one ALTER TABLE (its keys, policies and the rows that reference it stay),
    ///   after a check that every stamp reads back as the same text (else the migration stops, changing nothing).
    /// - Every function that read or wrote these columns is replaced whole with the same interface (text in and out):
    ///   the save and the edit, the import's `import_contacts`, `add_figures` (which now takes the codes' ids as they
    ///   are, looking up fewer words than v19's), the listings (`contact_by_id`, `export_contacts`, `follow_ups`,
    ///   `day_overview`, `contacts_page`, `contacts_count`, `earlier_contacts`, `segment_shares`, `client_data`). The filter's
    ///   condition comes from `ContactFilter.condition(named:_:)` in the `.postgresV20` dialect. The owner's import and
    ///   `copy` write ids and offsets (`PostgresLog.contactRow`).
    static let v20 = #"""
        -- The text of a contact's time from its instant and its offset: `2023-10-26T09:15:00+03:00`.
        CREATE FUNCTION neuvo.occurred_text(instant bigint, utc_offset smallint) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT to_char(to_timestamp((instant + utc_offset * 60)::double precision) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
                || CASE WHEN utc_offset < 0 THEN '-' ELSE '+' END
                || to_char(abs(utc_offset) / 60, 'FM00') || ':' || to_char(abs(utc_offset) % 60, 'FM00')
        $$;
        -- The hour of its local time, two digits (the figure `by_hour`'s code).
        CREATE FUNCTION neuvo.occurred_hour(instant bigint, utc_offset smallint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT lpad(((((instant + utc_offset * 60) % 86400) + 86400) % 86400 / 3600)::text, 2, '0')
        $$;
        -- The offset in minutes of a time's text (checked as `check_contact` checks it).
        CREATE FUNCTION neuvo.offset_minutes(occurred text) RETURNS smallint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT ((CASE substr(occurred, 20, 1) WHEN '-' THEN -1 ELSE 1 END)
                * (substr(occurred, 21, 2)::integer * 60 + substr(occurred, 24, 2)::integer))::smallint
        $$;
        -- The text of the time a contact was logged.
        CREATE FUNCTION neuvo.logged_text(logged timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
            SELECT to_char(logged AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        $$;

        -- The ids of a contact's five coded words (`channel`, `contact_by`, `reason`, `age_group`, `service_area`; NULL for
        -- NULL), then of its topics (each once, in id order), looked up in one statement; a word the dictionary lacks (a
        -- code of a newer data/) is added (`term_id`, which refuses a word that is none with 22023). Past smallint's
        -- range: refused (54000).
        CREATE FUNCTION neuvo.contact_terms(contact jsonb) RETURNS smallint[] LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            words text[] := ARRAY[contact->>'channel', contact->>'contact_by', contact->>'reason', contact->>'age_group',
                contact->>'service_area'] || ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'topics', '[]')));
            ids integer[];
        BEGIN
            SELECT array_agg(t."id" ORDER BY x.i) INTO ids
            FROM unnest(words) WITH ORDINALITY AS x(w, i) LEFT JOIN neuvo.term AS t ON t."word" = x.w;
            FOR i IN 1..cardinality(words) LOOP
                IF ids[i] IS NULL AND words[i] IS NOT NULL THEN ids[i] := neuvo.term_id(words[i]); END IF;
                IF ids[i] > 32767 THEN
                    RAISE EXCEPTION 'the dictionary of words is full (id %): a contact''s code is a smallint', ids[i]
                        USING ERRCODE = 'program_limit_exceeded';
                END IF;
            END LOOP;
            RETURN (ids[1:5] || ARRAY(SELECT DISTINCT x FROM unnest(ids[6:]) AS x ORDER BY 1))::smallint[];
        END $$;
        -- Every word of the dictionary at the place of its id: a listing (and v21's figure reads) reads it once a call and
        -- names its rows' codes by subscript, not by a lookup a row and a column (a page of 64: 6.5–11 ms → 2–2.5 ms). Ids
        -- are dense from 1 unless a write that added a word rolled back: then NULL at the gaps, by the slower reading.
        CREATE FUNCTION neuvo.term_words() RETURNS text[] LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            words text[] := ARRAY(SELECT t."word" FROM neuvo.term AS t ORDER BY t."id");
        BEGIN
            IF cardinality(words) <> coalesce((SELECT max(t."id") FROM neuvo.term AS t), 0) THEN
                words := ARRAY(SELECT t."word" FROM generate_series(1, (SELECT max(m."id") FROM neuvo.term AS m)) AS g
                               LEFT JOIN neuvo.term AS t ON t."id" = g ORDER BY g);
            END IF;
            RETURN words;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.occurred_text(bigint, smallint), neuvo.occurred_hour(bigint, smallint), neuvo.offset_minutes(text),
            neuvo.logged_text(timestamptz), neuvo.contact_terms(jsonb), neuvo.term_words() FROM PUBLIC;

        -- Every stamp must read back as the text it is: else stop here, changing nothing.
        DO $$
        DECLARE
            bad text;
        BEGIN
            SELECT c."occurred_at" || ' / ' || c."logged_at" INTO bad FROM neuvo.contact AS c
            WHERE neuvo.occurred_text(c."instant", neuvo.offset_minutes(c."occurred_at")) IS DISTINCT FROM c."occurred_at"
               OR neuvo.logged_text(c."logged_at"::timestamptz) IS DISTINCT FROM c."logged_at"
            LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'v20: a contact''s time does not keep as an instant and an offset: %', bad USING ERRCODE = 'data_exception';
            END IF;
        END $$;

        -- Every word the five columns hold, in the dictionary (those it lacks: codes of an older data/).
        INSERT INTO neuvo.term ("word")
        SELECT w FROM (
            SELECT "channel" FROM neuvo.contact UNION SELECT "contact_by" FROM neuvo.contact UNION SELECT "reason" FROM neuvo.contact
            UNION SELECT "age_group" FROM neuvo.contact UNION SELECT "service_area" FROM neuvo.contact
            UNION SELECT "topic" FROM neuvo.contact_topic
        ) AS x(w)
        WHERE w IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w)
        ORDER BY 1
        ON CONFLICT ("word") DO NOTHING;

        -- The topics move into the contact's row: an array of ids (NULL for none), 1.4 topics a contact taking ~25 bytes
        -- there where their rows took ~123 with their key. Filled by the rewrite below, one probe of the old table a contact.
        ALTER TABLE neuvo.contact ADD COLUMN "topics" smallint[];
        CREATE FUNCTION neuvo.v20_topics(contact bigint) RETURNS smallint[] LANGUAGE sql STABLE AS $$
            SELECT array_agg(DISTINCT t."id"::smallint ORDER BY t."id"::smallint)
            FROM neuvo.contact_topic AS x JOIN neuvo.term AS t ON t."word" = x."topic" WHERE x."contact_id" = contact
        $$;

        -- One rewrite of the table: each word by its id (a constant map, no lookup per row), the stamps as numbers.
        DO $$
        DECLARE
            words jsonb := (SELECT coalesce(jsonb_object_agg(t."word", t."id"), '{}') FROM neuvo.term AS t);
        BEGIN
            EXECUTE format($sql$
                ALTER TABLE neuvo.contact
                    ALTER COLUMN "occurred_at" TYPE smallint USING neuvo.offset_minutes("occurred_at"),
                    ALTER COLUMN "channel" TYPE smallint USING (%1$L::jsonb ->> "channel")::smallint,
                    ALTER COLUMN "contact_by" TYPE smallint USING (%1$L::jsonb ->> "contact_by")::smallint,
                    ALTER COLUMN "reason" TYPE smallint USING (%1$L::jsonb ->> "reason")::smallint,
                    ALTER COLUMN "age_group" TYPE smallint USING (%1$L::jsonb ->> "age_group")::smallint,
                    ALTER COLUMN "service_area" TYPE smallint USING (%1$L::jsonb ->> "service_area")::smallint,
                    ALTER COLUMN "logged_at" TYPE timestamptz USING "logged_at"::timestamptz,
                    ALTER COLUMN "topics" TYPE smallint[] USING neuvo.v20_topics("id")
                $sql$, words);
        END $$;
        ALTER TABLE neuvo.contact RENAME COLUMN "occurred_at" TO "utc_offset";
        DROP FUNCTION neuvo.v20_topics(bigint);
        DROP TABLE neuvo.contact_topic;

        -- A contact's referrals, unmet needs and assessment (v8's, without the topics: they are in the contact's row).
        CREATE OR REPLACE FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            a jsonb := contact->'assessment';
        BEGIN
            INSERT INTO neuvo.contact_referral ("contact_id", "referral", "outcome")
            SELECT id, r, o FROM unnest(ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'referrals', '[]'))),
                                       ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')))) AS u(r, o);
            INSERT INTO neuvo.contact_unmet_need SELECT id, x FROM jsonb_array_elements_text(coalesce(contact->'unmet_needs', '[]')) AS x;
            IF a IS NOT NULL AND jsonb_typeof(a) = 'object' THEN
                INSERT INTO neuvo.assessment ("contact_id", "answers", "client_score", "need_score", "computed_segment", "segment",
                    "override_reason", "chain")
                VALUES (id, a->>'answers', (a->>'client_score')::integer, (a->>'need_score')::integer, a->>'computed_segment', a->>'segment',
                    a->>'override_reason', a->>'chain');
            END IF;
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
        RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text;
            mine text[];
            at_point text := contact->>'point';
            new_id bigint;
            ref text;
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
            INSERT INTO neuvo.contact ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation", "topics")
            VALUES (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, at_point, terms[1], (contact->>'resolved')::boolean,
                terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                contact->>'segment', ref, (contact->>'satisfaction')::integer, contact->>'advisor', date_trunc('second', clock_timestamp()), token,
                contact->>'consultation', nullif(terms[6:], '{}'))
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
                    WHERE c."id" = ANY (closing) AND (r = 'owner' OR c."point" = ANY (mine) OR c."client_ref" = ref)
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
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            old_point text;
            old_ref text;
            old_day date;
            was_unlinked boolean;
            old_repeat boolean;
            stays_unlinked boolean;
            ref text;
            terms smallint[];
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            SELECT "point", "client_ref", "day", "unlinked", "has_repeat" INTO old_point, old_ref, old_day, was_unlinked, old_repeat
            FROM neuvo.contact WHERE "id" = edited FOR UPDATE;
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
            UPDATE neuvo.contact AS t SET ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "consultation", "has_repeat", "unlinked", "topics") =
                (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', terms[1], (contact->>'resolved')::boolean,
                 terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                 contact->>'segment', ref, (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation',
                 stays_unlinked AND old_repeat, stays_unlinked, nullif(terms[6:], '{}'))
            WHERE t."id" = edited;
            DELETE FROM neuvo.contact_referral WHERE "contact_id" = edited;
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
        END $$;

        -- The contacts' figures: the five coded words' and the topics' ids taken as they are (only the other codes looked up by word).
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
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
                    ('with_client_ref', '', NULL, CASE WHEN c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
                    ('repeats', '', NULL, CASE WHEN c."has_repeat" AND c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
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
                UNION ALL SELECT c."day", c."point", 'referral_outcomes_by_referral', r."referral" || ':' || r."outcome", NULL, 1
                    FROM c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
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
        END $$;

        -- v19's repeats, a shared topic read from the two contacts' rows (v19 joined their topic rows).
        CREATE OR REPLACE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0)
        RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp SET plan_cache_mode = force_generic_plan AS $$
        DECLARE
            window_seconds bigint;
            flipped integer;
            zero_days date[];
            zero_points integer[];
            zero_figures integer[];
            first_ref text;
            last_ref text;
            no_code integer := neuvo.term_id('');
            repeats integer := neuvo.term_id('repeats');
            verified integer := neuvo.term_id('verified');
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
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.import_contacts(details text, command text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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
                ) AS x(w)
                WHERE x.w IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w) ORDER BY 1));
            CREATE TEMP TABLE import_id ON COMMIT DROP AS
                SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
            INSERT INTO neuvo.contact ("id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation", "topics")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", neuvo.offset_minutes(c."occurred_at"), extract(epoch FROM c."occurred_at"::timestamptz)::bigint,
                substr(c."occurred_at", 1, 10)::date, c."point", t1."id"::smallint, c."resolved", t2."id"::smallint, t3."id"::smallint,
                c."identified", t4."id"::smallint, t5."id"::smallint, c."duration_min", c."segment", c."client_ref", c."satisfaction",
                c."advisor", logged, false, c."consultation", tp."ids"
            FROM pg_temp.import_contact AS c JOIN pg_temp.import_id AS i USING ("n")
                LEFT JOIN (SELECT x."n", array_agg(DISTINCT w."id"::smallint ORDER BY w."id"::smallint) AS "ids"
                           FROM pg_temp.import_topic AS x JOIN neuvo.term AS w ON w."word" = x."topic" GROUP BY x."n") AS tp USING ("n")
                LEFT JOIN neuvo.term AS t1 ON t1."word" = c."channel" LEFT JOIN neuvo.term AS t2 ON t2."word" = c."contact_by"
                LEFT JOIN neuvo.term AS t3 ON t3."word" = c."reason" LEFT JOIN neuvo.term AS t4 ON t4."word" = c."age_group"
                LEFT JOIN neuvo.term AS t5 ON t5."word" = c."service_area"
            ORDER BY i."id";
            GET DIAGNOSTICS imported = ROW_COUNT;
            INSERT INTO neuvo.contact_referral ("contact_id", "referral", "outcome")
                SELECT i."id", r."referral", r."outcome" FROM pg_temp.import_referral AS r JOIN pg_temp.import_id AS i USING ("n");
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
                ANALYZE neuvo.contact, neuvo.contact_referral, neuvo.daily_figure, neuvo.repeat_client;
            END IF;
            PERFORM neuvo.audit_append(command, details, imported, refs);
            RETURN imported;
        END $$;

        \#(contactByIDFunction(.v20))

        \#(exportContactsFunction(.v20))

        \#(followUpsFunction(.v20))

        \#(dayOverviewFunction(.v20))

        CREATE OR REPLACE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text)
        RETURNS TABLE ("id" bigint, "occurred_at" text, "day" date, "point" text, "channel" text, "topics" text, "resolved" boolean,
            "follow_up_open" boolean, "referrals" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            client text;
            window_seconds bigint := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            found_count integer;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'look up a client''s earlier contacts');
            client := neuvo.client_ref(identity_code, ref);
            IF client IS NULL THEN
                RAISE EXCEPTION 'earlier contacts of which client? (an identity code)' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN QUERY
            SELECT c."id", neuvo.occurred_text(c."instant", c."utc_offset"), c."day", c."point",
                (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."channel"),
                \#(topicWords),
                c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id"),
                (SELECT string_agg(r."referral" || ':' || r."outcome", ';' ORDER BY r."referral" COLLATE "C")
                 FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id")
            FROM neuvo.contact AS c
            WHERE c."client_ref" = client AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
            ORDER BY c."instant", c."id";
            GET DIAGNOSTICS found_count = ROW_COUNT;
            PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[client]);
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text DEFAULT NULL, command text DEFAULT NULL)
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
                SELECT y."segment", y."chain", (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = y."age_group") AS "age_group",
                    y."topics", y."contacts"
                FROM (
                    SELECT x."segment", x."chain", x."age_group", x."topics", count(*) AS "contacts"
                    FROM (
                        SELECT c."segment", a."chain", c."age_group",
                            CASE WHEN a."chain" IS NULL THEN \#(topicWords) END AS "topics"
                        FROM neuvo.contact AS c LEFT JOIN neuvo.assessment AS a ON a."contact_id" = c."id"
                        WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."segment" IS NOT NULL
                    ) AS x
                    GROUP BY 1, 2, 3, 4
                ) AS y
            LOOP
                total := total + r."contacts";
                "segment" := r."segment"; "chain" := r."chain"; "age_group" := r."age_group"; "topics" := r."topics"; "contacts" := r."contacts";
                RETURN NEXT;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'segment_shares'),
                neuvo.period_text(from_day, to_day, at_point) || ', segments by service chain', total::integer);
        END $$;

        -- The client's data (v11's): each contact's columns as they read before v20 — the words and the stamps' text, not
        -- their ids and numbers.
        CREATE OR REPLACE FUNCTION neuvo.client_data(identity_code text, command text DEFAULT NULL) RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            client text := neuvo.reviewed_client(identity_code, 'a client''s data');
            ids bigint[];
            handoffs bigint[];
            result jsonb;
        BEGIN
            ids := ARRAY(SELECT c."id" FROM neuvo.contact AS c WHERE c."client_ref" = client ORDER BY c."instant", c."id");
            handoffs := ARRAY(SELECT h."id" FROM neuvo.handoff AS h WHERE h."contact_id" = ANY (ids) ORDER BY h."id");
            result := jsonb_build_object(
                'contacts', coalesce((
                    SELECT jsonb_agg(to_jsonb(c) - 'client_ref' - 'save_token' - 'utc_offset' - 'topics' || jsonb_build_object(
                        'occurred_at', neuvo.occurred_text(c."instant", c."utc_offset"), 'logged_at', neuvo.logged_text(c."logged_at"),
                        'channel', \#(word("channel")), 'contact_by', \#(word("contact_by")), 'reason', \#(word("reason")),
                        'age_group', \#(word("age_group")), 'service_area', \#(word("service_area")),
                        'topics', coalesce((SELECT jsonb_agg(w."word" ORDER BY w."word") FROM unnest(c."topics") AS x(id)
                                            JOIN neuvo.term AS w ON w."id" = x.id), '[]'),
                        'referrals', coalesce((SELECT jsonb_agg(jsonb_build_object('referral', x."referral", 'outcome', x."outcome") ORDER BY x."referral")
                                               FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"), '[]'),
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
                ARRAY[client]);
            RETURN result;
        END $$;

        -- v15's page and v19's count, the filter in v20's dialect (`ContactFilter.condition(named:_:)`, `.postgresV20`).
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
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter'),
                neuvo.required(backward, 'backward'), neuvo.required(page_size, 'page_size');
            described := neuvo.checked_contact_filter(filter, code, codes);
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
                FOR r IN \#(pageSelectV20(backward: true)) LOOP
                    page_rows := r || page_rows;
                END LOOP;
            ELSE
                FOR r IN \#(pageSelectV20(backward: false)) LOOP
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
                SELECT count(*) INTO total FROM neuvo.contact AS c
                WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND \#(filterConditionV20);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_count'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described || ', counted', total::integer);
            RETURN total;
        END $$;
        """#

    /// A `neuvo.contact_row` of each contact `c` (with its follow-up `f`) from v20's columns: the words by their ids, named
    /// by subscript of `words` (an expression giving `neuvo.term_words()`, read once), the stamps as the text they were. The
    /// WHERE and ORDER BY follow.
    static func contactRowSelectV20(words: String) -> String {
        contactRowQuery(
            words: words,
            referrals: #"""
                (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
                                         FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id")
                """#)
    }

    /// `contactRowSelectV20`'s query with `referrals` the expression of the contact's referrals (v22 reads them from its row),
    /// `client` its pseudonym's (v25 reads it by the contact's number) and `point` its point's (v28: by its id).
    static func contactRowQuery(words: String, referrals: String, client: String = #"c."client_ref""#, point: String = #"c."point""#) -> String {
        func word(_ column: String) -> String { #"\#(words)[c."\#(column)"]"# }
        return #"""
            SELECT c."id", neuvo.occurred_text(c."instant", c."utc_offset"), \#(point), \#(word("channel")), c."resolved",
                        \#(word("contact_by")), \#(word("reason")), c."identified", \#(word("age_group")), \#(word("service_area")),
                        c."duration_min", c."segment", \#(client), c."satisfaction", c."advisor", c."has_repeat",
                        (SELECT string_agg(\#(words)[tp.id], ';' ORDER BY \#(words)[tp.id] COLLATE "C") FROM unnest(c."topics") AS tp(id)),
                        \#(referrals),
                        f."contact_id" IS NOT NULL, f."note", f."closed_by", neuvo.logged_text(c."logged_at"),
                        (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
                        c."consultation"
                    FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            """#
    }

    /// The contact `c`'s topics as words, `;` between them in byte order (`neuvo.contact_row`'s `topics`).
    static let topicWords =
        #"(SELECT string_agg(w."word", ';' ORDER BY w."word" COLLATE "C") FROM unnest(c."topics") AS tp(id) JOIN neuvo.term AS w ON w."id" = tp.id)"#

    /// The word of the contact `c`'s code column `column` (an id of `neuvo.term`).
    static func word(_ column: String) -> String {
        #"(SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."\#(column)")"#
    }

    /// The filter's condition on the contact `c` in v20's dialect: `CASE filter WHEN … END`.
    static var filterConditionV20: String { filterCondition(.postgresV20) }

    /// The filter's condition on the contact `c` in the dialect `d`: `CASE filter WHEN … END`.
    static func filterCondition(_ d: SQLDialect) -> String {
        "CASE filter\n"
            + ContactFilter.names.map { "                    WHEN '\($0)' THEN " + ContactFilter.condition(named: $0, d) }
            .joined(separator: "\n")
            + "\n                  END"
    }

    /// One page's query, forwards or backwards from the key, by the index on (day, instant, id).
    static func pageSelectV20(backward: Bool) -> String {
        pageSelect(backward: backward, select: contactRowSelectV20(words: "words"), filter: filterConditionV20)
    }

    /// One page's query of `select` (a `contactRowQuery`) and `filter` (a `filterCondition`), the contact's point among
    /// the variable `wanted`'s (v28: `wanted_ids`, the points' ids).
    static func pageSelect(backward: Bool, select: String, filter: String, wanted: String = "wanted") -> String {
        let direction = backward ? " DESC" : ""
        return """
            \(select)
                        WHERE c."day" BETWEEN from_day AND to_day AND (\(wanted) IS NULL OR c."point" = ANY (\(wanted)))
                          AND (c."day", c."instant", c."id") \(backward ? "<" : ">") (key_day, key_instant, key_id)
                          AND \(filter)
                        ORDER BY c."day"\(direction), c."instant"\(direction), c."id"\(direction)
                        LIMIT page_size
            """
    }
}
