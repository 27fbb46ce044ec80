extension PostgresSchema {
    /// v22's PostgreSQL half (issue 22; DECISIONS "v22 on PostgreSQL: referrals in the contact row"): a contact's referrals
    /// and their outcomes move from `contact_referral` (a row and a key entry each: ~100 bytes) into one `smallint[]` in the
    /// contact's row, ids of v19's `neuvo.term`: each referral's id followed by its outcome's id negated (`neuvo.referral_terms`).
    ///
    /// - The table is rewritten once (`ALTER TABLE … USING`), then checked to hold every referral with its outcome (else
    ///   the migration stops, changing nothing), and `contact_referral` dropped with its policies, grants and trigger (the
    ///   contact table's `contact_saved` wakes the screens on an outcome now).
    /// - Every function that read or wrote the table is replaced whole with the same interface, only its referral statements
    ///   changed: the save's insert and the edit's update take the array (`insert_contact_parts` and `update_contact` no
    ///   longer write rows), `add_figures`' referral lane, `import_contacts`, the outcome's functions
    ///   (`set_referral_outcome`, `apply_referral_outcome`: one element of the array set in place) and `send_handoff`'s
    ///   check, and the listings (`contact_by_id`, `export_contacts`, `follow_ups`, `day_overview`, `contacts_page`,
    ///   `contacts_count`, `earlier_contacts`, `client_data`); the filters in the `.postgresV22` dialect. The owner's
    ///   import and `copy` write the array (`PostgresLog.contactRow`).
    static let v22 = #"""
        -- A contact's referrals as one array: each referral's id of `neuvo.term`, then its outcome's id negated
        -- ([referral, -outcome, referral, -outcome, …]; NULL for none), so that a filter on either is one containment
        -- test of the row (`@>`), exact even were a referral's word also an outcome's. Unknown words are added (`term_id`);
        -- a referral named twice is refused (23505), one without its outcome (23502), as `contact_referral`'s keys did.
        CREATE FUNCTION neuvo.referral_terms(contact jsonb) RETURNS smallint[] LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            words text[];
            ids integer[];
        BEGIN
            IF jsonb_array_length(coalesce(contact->'referrals', '[]')) = 0 THEN RETURN NULL; END IF;
            -- Every referral then its outcome, with their ids, in one statement (a save's only lookup of them).
            SELECT array_agg(x.w ORDER BY x.n), array_agg(t."id" ORDER BY x.n) INTO words, ids
            FROM jsonb_array_elements_text(contact->'referrals') WITH ORDINALITY AS r(referral, k)
                LEFT JOIN jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')) WITH ORDINALITY AS o(outcome, k) USING (k)
                CROSS JOIN LATERAL (VALUES (2 * r.k - 1, r.referral), (2 * r.k, o.outcome)) AS x(n, w)
                LEFT JOIN neuvo.term AS t ON t."word" = x.w;
            FOR i IN 1..cardinality(words) BY 2 LOOP
                IF words[i + 1] IS NULL THEN
                    RAISE EXCEPTION 'the referral % has no outcome', words[i] USING ERRCODE = 'not_null_violation';
                END IF;
                FOR j IN 1..i - 2 BY 2 LOOP
                    IF words[j] = words[i] THEN
                        RAISE EXCEPTION 'a referral is named twice: %', words[i] USING ERRCODE = 'unique_violation';
                    END IF;
                END LOOP;
                FOR n IN i..i + 1 LOOP
                    IF ids[n] IS NULL THEN ids[n] := neuvo.term_id(words[n]); END IF;
                    IF ids[n] > 32767 THEN
                        RAISE EXCEPTION 'the dictionary of words is full: a contact''s referral is a smallint' USING ERRCODE = 'program_limit_exceeded';
                    END IF;
                END LOOP;
                ids[i + 1] := -ids[i + 1];
            END LOOP;
            RETURN ids::smallint[];
        END $$;
        -- The pairs of a contact's referral array: each referral's id with its outcome's (positive).
        CREATE FUNCTION neuvo.referral_pairs(referrals smallint[]) RETURNS TABLE ("referral" smallint, "outcome" smallint)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT referrals[i], (-referrals[i + 1])::smallint FROM generate_series(1, cardinality(referrals) - 1, 2) AS i
        $$;
        REVOKE ALL ON FUNCTION neuvo.referral_terms(jsonb), neuvo.referral_pairs(smallint[]) FROM PUBLIC;

        -- Every referral's and outcome's word in the dictionary (those it lacks: codes of an older data/).
        INSERT INTO neuvo.term ("word")
        SELECT w FROM (SELECT "referral" FROM neuvo.contact_referral UNION SELECT "outcome" FROM neuvo.contact_referral) AS x(w)
        WHERE NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w)
        ORDER BY 1
        ON CONFLICT ("word") DO NOTHING;

        -- The referrals move into the contact's row (0.86 a contact; ~26 bytes there for one where its row took ~100 with
        -- its key), filled by one rewrite of the table, one probe of the old table a contact.
        ALTER TABLE neuvo.contact ADD COLUMN "referrals" smallint[];
        CREATE FUNCTION neuvo.v22_referrals(contact bigint) RETURNS smallint[] LANGUAGE sql STABLE AS $$
            SELECT array_agg(v.x ORDER BY r."referral" COLLATE "C", v.k)
            FROM neuvo.contact_referral AS r JOIN neuvo.term AS a ON a."word" = r."referral" JOIN neuvo.term AS o ON o."word" = r."outcome"
                CROSS JOIN LATERAL (VALUES (1, a."id"::smallint), (2, (-o."id")::smallint)) AS v(k, x)
            WHERE r."contact_id" = contact
        $$;
        ALTER TABLE neuvo.contact ALTER COLUMN "referrals" TYPE smallint[] USING neuvo.v22_referrals("id");
        DROP FUNCTION neuvo.v22_referrals(bigint);
        -- Every referral with its outcome must be in its contact's row: else stop here, changing nothing.
        DO $$
        DECLARE
            bad text;
        BEGIN
            SELECT r."contact_id" || ' ' || r."referral" || ':' || r."outcome" INTO bad
            FROM neuvo.contact_referral AS r JOIN neuvo.contact AS c ON c."id" = r."contact_id"
            WHERE NOT EXISTS (SELECT 1 FROM neuvo.referral_pairs(c."referrals") AS p JOIN neuvo.term AS a ON a."id" = p."referral"
                              JOIN neuvo.term AS o ON o."id" = p."outcome" WHERE a."word" = r."referral" AND o."word" = r."outcome")
            LIMIT 1;
            IF FOUND OR (SELECT count(*) FROM neuvo.contact_referral)
                        <> (SELECT coalesce(sum(cardinality(c."referrals")), 0) / 2 FROM neuvo.contact AS c) THEN
                RAISE EXCEPTION 'v22: a contact''s referrals do not keep in its row: %', bad USING ERRCODE = 'data_exception';
            END IF;
        END $$;
        -- With the table go its policies, grants and the trigger that woke the screens on an outcome (`contact_saved` does now).
        DROP TABLE neuvo.contact_referral;

        -- A contact's unmet needs and assessment (v20's, without the referrals: they are in the contact's row).
        CREATE OR REPLACE FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            a jsonb := contact->'assessment';
        BEGIN
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
                "logged_at", "save_token", "consultation", "topics", "referrals")
            VALUES (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, at_point, terms[1], (contact->>'resolved')::boolean,
                terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                contact->>'segment', ref, (contact->>'satisfaction')::integer, contact->>'advisor', date_trunc('second', clock_timestamp()), token,
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
                "consultation", "has_repeat", "unlinked", "topics", "referrals") =
                (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', terms[1], (contact->>'resolved')::boolean,
                 terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                 contact->>'segment', ref, (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation',
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
                    UNION SELECT "referral" FROM pg_temp.import_referral UNION SELECT "outcome" FROM pg_temp.import_referral
                ) AS x(w)
                WHERE x.w IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w) ORDER BY 1));
            CREATE TEMP TABLE import_id ON COMMIT DROP AS
                SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
            INSERT INTO neuvo.contact ("id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation", "topics", "referrals")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", neuvo.offset_minutes(c."occurred_at"), extract(epoch FROM c."occurred_at"::timestamptz)::bigint,
                substr(c."occurred_at", 1, 10)::date, c."point", t1."id"::smallint, c."resolved", t2."id"::smallint, t3."id"::smallint,
                c."identified", t4."id"::smallint, t5."id"::smallint, c."duration_min", c."segment", c."client_ref", c."satisfaction",
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
                ANALYZE neuvo.contact, neuvo.daily_figure, neuvo.repeat_client;
            END IF;
            PERFORM neuvo.audit_append(command, details, imported, refs);
            RETURN imported;
        END $$;

        \#(contactByIDFunction(.v22))

        \#(exportContactsFunction(.v22))

        \#(followUpsFunction(.v22))

        \#(dayOverviewFunction(.v22))

        CREATE OR REPLACE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text)
        RETURNS TABLE ("id" bigint, "occurred_at" text, "day" date, "point" text, "channel" text, "topics" text, "resolved" boolean,
            "follow_up_open" boolean, "referrals" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            client text;
            window_seconds bigint := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            found_count integer;
            words text[] := neuvo.term_words();
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
                \#(referralWords(words: "words"))
            FROM neuvo.contact AS c
            WHERE c."client_ref" = client AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
            ORDER BY c."instant", c."id";
            GET DIAGNOSTICS found_count = ROW_COUNT;
            PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[client]);
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
                    SELECT jsonb_agg(to_jsonb(c) - 'client_ref' - 'save_token' - 'utc_offset' - 'topics' - 'referrals' || jsonb_build_object(
                        'occurred_at', neuvo.occurred_text(c."instant", c."utc_offset"), 'logged_at', neuvo.logged_text(c."logged_at"),
                        'channel', \#(word("channel")), 'contact_by', \#(word("contact_by")), 'reason', \#(word("reason")),
                        'age_group', \#(word("age_group")), 'service_area', \#(word("service_area")),
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
                ARRAY[client]);
            RETURN result;
        END $$;

        -- v15's page and v19's count, the filter in v22's dialect (`ContactFilter.condition(named:_:)`, `.postgresV22`), its
        -- ids looked up first into `filter_terms` (`SQLDialect.postgresV22FilterTerms`): values the custom plans estimate.
        \#(contactsPageFunction(.v22))

        \#(contactsCountFunction(.v22))

        CREATE OR REPLACE FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text,
            command text) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            is_owner boolean := neuvo.caller_role() = 'owner';
            client text;
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
            client := neuvo.client_ref(identity_code, ref);
            SELECT c."day", c."point", c."client_ref", c."referrals" INTO contact_day, contact_point, contact_ref, pairs
            FROM neuvo.contact AS c
            WHERE c."id" = contact AND c."referrals" @> ARRAY[referral_id]
              AND (is_owner OR c."point" = ANY (neuvo.my_points()) OR (client IS NOT NULL AND c."client_ref" = client))
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
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
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
            SELECT c."day", c."point", c."client_ref", c."referrals" INTO contact_day, contact_point, contact_ref, pairs
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
        END $$;

        CREATE OR REPLACE FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text,
            language text, when_to_call text, note text, contact bigint, command text) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'advisor'], 'sending a handoff');
            digits integer;
            now_at record;
            new_id bigint;
        BEGIN
            IF r = 'advisor' AND NOT coalesce(at_point = ANY (neuvo.my_points()), false) THEN
                RAISE EXCEPTION 'an advisor sends handoffs from her own points only (%)', array_to_string(neuvo.my_points(), ', ')
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM neuvo.required(at_point, 'point');
            PERFORM neuvo.required(to_service, 'service');
            PERFORM neuvo.require_codes_of('point', ARRAY[at_point]);
            PERFORM neuvo.require_codes_of('receiving_service', ARRAY[to_service]);
            IF consent IS NOT TRUE THEN
                RAISE EXCEPTION 'consent: without the client''s explicit consent nothing is sent' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF coalesce(urgency, '') NOT IN ('normal', 'urgent') THEN
                RAISE EXCEPTION 'urgency: normal or urgent' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF language IS NOT NULL AND language NOT IN ('fi', 'sv', 'en', 'other') THEN
                RAISE EXCEPTION 'language: fi, sv, en or other' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.check_handoff_text(name, 'name', 100, true);
            PERFORM neuvo.check_handoff_text(phone, 'phone', 40, true);
            digits := length(regexp_replace(phone, '[^0-9]', '', 'g'));
            IF btrim(phone) !~ '^(\+358|0)[0-9 -]*$' OR digits NOT BETWEEN 7 AND 15 THEN
                RAISE EXCEPTION 'phone: +358… or a Finnish number beginning with 0; digits, spaces and hyphens; 7–15 digits'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.check_handoff_text(when_to_call, 'when', 60, false);
            PERFORM neuvo.check_handoff_text(note, 'note', 500, false);
            IF contact IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM neuvo.contact AS c
                WHERE c."id" = contact AND c."point" = at_point
                  AND c."referrals" @> ARRAY[(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = to_service)::smallint]) THEN
                RAISE EXCEPTION 'no contact % at % with a referral to %', contact, at_point, to_service
                    USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            -- Sent again after a lost connection (the form keeps the handoff and sends it once more): the open one is it.
            IF contact IS NOT NULL THEN
                SELECT h."id" INTO new_id FROM neuvo.handoff AS h
                WHERE h."contact_id" = contact AND h."service" = to_service AND h."closed_at" IS NULL FOR UPDATE;
                IF FOUND THEN
                    RETURN new_id;
                END IF;
            END IF;
            now_at := neuvo.region_now();
            INSERT INTO neuvo.handoff ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by")
            VALUES (contact, CASE WHEN contact IS NOT NULL THEN to_service END, at_point, to_service, urgency, now_at.stamp, now_at.instant,
                    session_user)
            RETURNING "id" INTO new_id;
            INSERT INTO neuvo.handoff_detail VALUES (new_id, btrim(name), btrim(phone), language, nullif(when_to_call, ''), nullif(note, ''));
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'send_handoff'),
                format('handoff %s sent to %s from %s', new_id, to_service, at_point), CASE WHEN contact IS NULL THEN 0 ELSE 1 END,
                neuvo.handoff_clients(contact));
            RETURN new_id;
        END $$;
        """#

    /// A contact row's query (`contactRowQuery`) of v22: the referrals from the contact's array, words by subscript of `words`.
    static func contactRowSelectV22(words: String, client: String = #"c."client_ref""#) -> String {
        contactRowQuery(words: words, referrals: referralWords(words: words), client: client)
    }

    /// The contact `c`'s referrals as `neuvo.contact_row` gives them: `referral:outcome`, `;` between them in byte order,
    /// the words by subscript of `words` (an expression giving `neuvo.term_words()`).
    static func referralWords(words: String) -> String {
        #"(SELECT string_agg(\#(words)[p."referral"] || ':' || \#(words)[p."outcome"], ';' ORDER BY \#(words)[p."referral"] COLLATE "C") FROM neuvo.referral_pairs(c."referrals") AS p)"#
    }

    /// The filter's condition on the contact `c` in v22's dialect.
    static var filterConditionV22: String { filterCondition(.postgresV22) }

    static func pageSelectV22(backward: Bool) -> String {
        pageSelect(backward: backward, select: contactRowSelectV22(words: "words"), filter: filterConditionV22)
    }
}
