extension PostgresSchema {
    /// v28's PostgreSQL half (issue 22, part "points"; DECISIONS "v28 on PostgreSQL"): the contact's point as an id of
    /// `neuvo.term` (`smallint`, as v20's five codes), not its text. Every function that read or wrote the column replaced
    /// whole with the same interface, points as text in and out; the advisors' policy compares ids
    /// (`neuvo.my_point_ids()`). SQLite unchanged, v28 a no-op there. The functions v25 wrote too come from one
    /// generator each (`ContactColumns`).
    static let v28 = #"""
        -- The login's points as ids of the dictionary, for the policy and the functions that compare a contact's point
        -- with them (beside `my_points`, which gives them as text).
        CREATE FUNCTION neuvo.my_point_ids() RETURNS smallint[] LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT ARRAY(SELECT t."id"::smallint FROM neuvo.term AS t WHERE t."word" = ANY (neuvo.my_points()) ORDER BY 1)
        $$;
        REVOKE ALL ON FUNCTION neuvo.my_point_ids() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.my_point_ids() TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;

        -- A point's id for a contact's row, the save's and the edit's (`check_contact` has checked the word is one of
        -- data/'s points, as the text column's CHECK no longer does); added to the dictionary if it lacks it.
        CREATE FUNCTION neuvo.point_id(point_word text) RETURNS smallint LANGUAGE sql SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce((SELECT t."id" FROM neuvo.term AS t WHERE t."word" = point_word), neuvo.term_id(point_word))::smallint
        $$;
        REVOKE ALL ON FUNCTION neuvo.point_id(text) FROM PUBLIC;

        -- One rewrite (keys and the foreign keys of the tables that reference `contact` kept; the two point indexes rebuilt
        -- with it) by a constant map word → id, checked: every contact reads back the same point through its id, or
        -- nothing changes. The policy names the column, so it is dropped first and made again by ids.
        DO $$
        DECLARE
            before text := (SELECT md5(string_agg(c."id" || ' ' || c."point", ',' ORDER BY c."id")) FROM neuvo.contact AS c);
            after text;
        BEGIN
            PERFORM neuvo.term_ids(ARRAY(SELECT DISTINCT c."point" FROM neuvo.contact AS c ORDER BY 1));
            DROP POLICY advisor_points ON neuvo.contact;
            EXECUTE format('ALTER TABLE neuvo.contact DROP CONSTRAINT contact_point_check, '
                           'ALTER COLUMN "point" TYPE smallint USING (%L::jsonb ->> "point")::smallint',
                (SELECT coalesce(jsonb_object_agg(t."word", t."id"), '{}') FROM neuvo.term AS t
                 WHERE t."word" IN (SELECT DISTINCT c."point" FROM neuvo.contact AS c)));
            after := (SELECT md5(string_agg(c."id" || ' ' || t."word", ',' ORDER BY c."id"))
                      FROM neuvo.contact AS c JOIN neuvo.term AS t ON t."id" = c."point");
            IF before IS DISTINCT FROM after THEN
                RAISE EXCEPTION 'v28: a contact''s point does not read back as its word' USING ERRCODE = 'data_exception';
            END IF;
        END $$;
        CREATE POLICY advisor_points ON neuvo.contact TO neuvo_advisor
            USING ("point" = ANY ((SELECT neuvo.my_point_ids())::smallint[])) WITH CHECK ("point" = ANY ((SELECT neuvo.my_point_ids())::smallint[]));

        -- Every function that named the contact's point, whole, as v27 left it but for the point: compared as an id (the
        -- wanted points' `wanted_ids`, `at_point_id`, `my_point_ids()`), written as an id (`point_id`, or the import's
        -- join with the dictionary), given back as its word.
        \#(refreshRepeatsFunction(.v28))

        -- add_figures, each #word# in its text replaced by that word's id (#''# the empty word's) by the loop below.
        DO $migration$
        DECLARE
            body text := $function$
        -- random_page_cost as for a cached table: at the default the planner reads the dictionary whole (a seq scan of
        -- ~255 rows a lookup) rather than by its keys.
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint)
        RETURNS void LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $body$
        DECLARE
            first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
            last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
        BEGIN
            -- One pass over the contacts (a row of values per contact); figures and the empty code by the ids written into
            -- this text when the migration ran (term ids are never reused), other codes by their id (`code_id`) or by the
            -- dictionary's key, and term_id for a word the dictionary lacks.
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy",
                    c."point" AS "point_id"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
            ), counted ("day", "point", "figure", "code", "code_id", "value") AS (
                SELECT c."day", c."point_id", v.f, v.k, v.i, v.n FROM c CROSS JOIN LATERAL (VALUES
                    (#contacts#, NULL::text, #''#, 1::bigint),
                    (#resolved#, NULL, #''#, CASE WHEN c."resolved" THEN 1 ELSE 0 END),
                    (#verified#, NULL, #''#, CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
                    (#with_client_ref#, NULL, #''#, CASE WHEN c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    (#repeats#, NULL, #''#, CASE WHEN c."has_repeat" AND c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    (#identified#, NULL, #''#, CASE WHEN c."identified" THEN 1 ELSE 0 END),
                    (#duration_min_total#, NULL, #''#, coalesce(c."duration_min", 0)),
                    (#satisfaction_responses#, NULL, #''#, CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
                    (#satisfaction_total#, NULL, #''#, coalesce(c."satisfaction", 0)),
                    (#by_channel#, NULL, c."channel", 1),
                    (#by_reason#, NULL, coalesce(c."reason", #''#), CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
                    (#by_age_group#, NULL, c."age_group", 1),
                    (#by_segment#, c."segment", CASE WHEN c."segment" IS NULL THEN #''# END, CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
                    (#by_contact_by#, NULL, c."contact_by", 1),
                    (#by_hour#, neuvo.occurred_hour(c."instant", c."utc_offset"), NULL, 1),
                    (#consultations#, c."consultation", CASE WHEN c."consultation" IS NULL THEN #''# END,
                        CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
                    (#consulted_resolved#, NULL, #''#, CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
                    (#contacts_with_unmet_need#, NULL, #''#, CASE WHEN c."needy" THEN 1 ELSE 0 END)
                ) AS v(f, k, i, n)
                UNION ALL SELECT c."day", c."point_id", #by_topic#, NULL, t.id, 1 FROM c CROSS JOIN unnest(c."topics") AS t(id)
                UNION ALL SELECT c."day", c."point_id", #unmet_needs_by_topic#, NULL, t.id, 1
                    FROM c CROSS JOIN unnest(c."topics") AS t(id) WHERE c."needy"
                -- Each pair's two words by the dictionary's key (a save names one or two: joins would hash the whole dictionary).
                UNION ALL SELECT c."day", c."point_id", #referral_outcomes_by_referral#,
                    (SELECT a."word" FROM neuvo.term AS a WHERE a."id" = p."referral") || ':'
                        || (SELECT o."word" FROM neuvo.term AS o WHERE o."id" = p."outcome"), NULL, 1
                    FROM c CROSS JOIN neuvo.referral_pairs(c."referrals") AS p
                UNION ALL SELECT c."day", c."point_id", #unmet_needs#, u."need", NULL, 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
            ), summed AS (
                SELECT "day", "point", "figure", "code", "code_id", sign * sum("value") AS "value" FROM counted
                GROUP BY 1, 2, 3, 4, 5 HAVING sum("value") <> 0
            ), keyed AS (
                SELECT s."day", s."point", s."figure",
                    coalesce(s."code_id", (SELECT k."id" FROM neuvo.term AS k WHERE k."word" = s."code"), neuvo.term_id(s."code")) AS "code", s."value"
                FROM summed AS s
            )
            -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
            SELECT "day", "point", "figure", "code", figures_origin, "value" FROM keyed ORDER BY 1, 2, 3, 4
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
            IF sign < 0 THEN
                DELETE FROM neuvo.daily_figure AS f
                WHERE f."value" = 0 AND f."origin" = figures_origin
                  AND (f."day", f."point") IN (SELECT c."day", c."point" FROM neuvo.contact AS c
                                               WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id);
            END IF;
        END $body$;
            $function$;
            word text;
        BEGIN
            FOR word IN SELECT DISTINCT m[1] FROM regexp_matches(body, '#([a-z_]+|'''')#', 'g') AS m LOOP
                body := replace(body, '#' || word || '#', neuvo.term_id(CASE WHEN word = '''''' THEN '' ELSE word END)::text);
            END LOOP;
            EXECUTE body;
        END $migration$;

        \#(applyReferralOutcomeFunction(.v28))

        \#(clientDataFunction(.v28))

        \#(closeFollowUpsFunction(.v28))

        \#(contactByIDFunction(.v28))

        \#(exportContactsFunction(.v28))

        \#(followUpsFunction(.v28))

        \#(dayOverviewFunction(.v28))

        -- v22's page and count, the filter in v25's dialect (`.postgresV25`: the client by number), its
        -- ids looked up first into `filter_terms` (`SQLDialect.postgresV22FilterTerms`): values the custom plans estimate.
        \#(contactsPageFunction(.v28))

        \#(contactsCountFunction(.v28))

        \#(earlierContactsFunction(.v28))

        \#(markFollowUpDoneFunction(.v28))

        \#(setReferralOutcomeFunction(.v28))

        \#(saveContactFunction(.v28))

        \#(updateContactFunction(.v28))

        \#(importContactsFunction(.v28, origin: "origin bigint := txid_current();"))

        CREATE OR REPLACE FUNCTION neuvo.board_follow_ups(on_day date, wanted text[])
         RETURNS TABLE(point text, open bigint, oldest bigint)
         LANGUAGE plpgsql
         STABLE SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
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
                SELECT (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."point"), count(*), min(c."instant")
                FROM neuvo.contact AS c
                WHERE c."point" = ANY (neuvo.known_terms(points)) AND c."day" >= since AND NOT c."resolved"
                  AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id")
                GROUP BY c."point";
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.contact_count()
         RETURNS bigint
         LANGUAGE plpgsql
         STABLE SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'counting contacts');
            wanted_ids integer[] := neuvo.known_terms(wanted);
        BEGIN
            RETURN (SELECT count(*) FROM neuvo.contact AS c WHERE wanted_ids IS NULL OR c."point" = ANY (wanted_ids));
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text)
         RETURNS TABLE(segment text, chain text, age_group text, topics text, contacts bigint)
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading segment shares');
            wanted_ids integer[] := neuvo.known_terms(wanted);
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
                            CASE WHEN a."chain" IS NULL THEN (SELECT string_agg(w."word", ';' ORDER BY w."word" COLLATE "C") FROM unnest(c."topics") AS tp(id) JOIN neuvo.term AS w ON w."id" = tp.id) END AS "topics"
                        FROM neuvo.contact AS c LEFT JOIN neuvo.assessment AS a ON a."contact_id" = c."id"
                        WHERE c."day" BETWEEN from_day AND to_day AND (wanted_ids IS NULL OR c."point" = ANY (wanted_ids)) AND c."segment" IS NOT NULL
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
        END $function$;

        CREATE OR REPLACE FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text)
         RETURNS bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'advisor'], 'sending a handoff');
            digits integer;
            now_at record;
            new_id bigint;
            at_point_id integer := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = at_point);
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
                WHERE c."id" = contact AND c."point" = at_point_id
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
        END $function$;
        """#

    /// The contact `c`'s point as its word (v28: an id of `neuvo.term`).
    static let pointWordV28 = #"(SELECT pw."word" FROM neuvo.term AS pw WHERE pw."id" = c."point")"#

    /// A contact row's query of v28: v25's with the point's word by subscript of `words`.
    static func contactRowSelectV28(words: String) -> String {
        contactRowQuery(
            words: words, referrals: referralWords(words: words), client: clientPseudonymV25, point: #"\#(words)[c."point"]"#)
    }

    static func pageSelectV28(backward: Bool) -> String {
        pageSelect(backward: backward, select: contactRowSelectV28(words: "words"), filter: filterConditionV25, wanted: "wanted_ids")
    }
}
