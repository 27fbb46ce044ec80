extension PostgresSchema {
    /// v7, third part: every write a login makes, as a SECURITY DEFINER function that decides who is calling first, checks
    /// every code against the vocabulary in the server, writes the daily figures itself and appends its own audit row;
    /// pseudonyms computed only inside the functions that need one, rate-limited per login; a notify channel only neuvo's
    /// roles learn; then the grants that leave neuvo's group roles no table privileges at all.
    ///
    /// Every function takes `command`, the screen or command acting (`contact`, `import`), as the audit row's command,
    /// as on SQLite; the user is the server's `session_user`, the details and counts are the function's own.
    static let v7WriteFunctions = #"""
        -- Ids are the server's: a planted id (which made a colleague's save fail) is refused.
        ALTER TABLE neuvo.contact ALTER COLUMN "id" SET GENERATED ALWAYS;
        ALTER TABLE neuvo.draft ALTER COLUMN "id" SET GENERATED ALWAYS;
        ALTER TABLE neuvo.audit ALTER COLUMN "id" SET GENERATED ALWAYS;

        -- The codes of data/ (CONTRACT §1, the points, the consultation lines), written by the owner at init and at each
        -- migration from the catalog the client reads: every code a function is given is checked against them.
        CREATE TABLE neuvo.vocabulary ("kind" text NOT NULL, "code" text NOT NULL, PRIMARY KEY ("kind", "code"));

        -- Refuses the first of `codes` (NULLs left out) that is not a code of its kind (the same place in `kinds`), naming it.
        CREATE FUNCTION neuvo.require_codes(kinds text[], codes text[]) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            unknown_kind text;
            unknown text;
        BEGIN
            SELECT u.k, u.c INTO unknown_kind, unknown FROM unnest(kinds, codes) AS u(k, c)
            WHERE u.c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.vocabulary AS v WHERE v."kind" = u.k AND v."code" = u.c)
            LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'unknown % code: %', unknown_kind, unknown USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END $$;
        CREATE FUNCTION neuvo.require_codes_of(kind text, codes text[]) RETURNS void
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT neuvo.require_codes(array_fill(kind, ARRAY[coalesce(cardinality(codes), 0)]), codes);
        $$;

        -- A personal identity code's shape anywhere in free text (a note, a draft), as IdentityCode.appears on the client.
        CREATE FUNCTION neuvo.refuse_identity_code(text_in text, what text) RETURNS void
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF upper(text_in) ~ '[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]' THEN
                RAISE EXCEPTION '% holds a personal identity code: the code is never kept', what USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END $$;

        -- Pseudonyms per login: a minute's and a day's calls. The counters are sequences, one pair per advisor login,
        -- because a sequence is not rolled back with the caller's transaction: counted in a table, a loop of calls in a
        -- transaction that is then rolled back would leave no count and no limit.
        INSERT INTO neuvo.setting ("key", "value") VALUES ('pseudonym_per_minute', '30'), ('pseudonym_per_day', '500')
            ON CONFLICT ("key") DO NOTHING;
        CREATE FUNCTION neuvo.pseudonym_counter(login text, period text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT 'neuvo.' || quote_ident('pseudonym_' || period || '_' || md5(login));
        $$;
        -- Makes the login's counters (run by the owner, when an advisor is given points).
        CREATE FUNCTION neuvo.make_pseudonym_counters() RETURNS trigger
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(NEW."login", 'minute');
            EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(NEW."login", 'day');
            RETURN NULL;
        END $$;
        CREATE TRIGGER advisor_counters AFTER INSERT ON neuvo.advisor_point
            FOR EACH ROW EXECUTE FUNCTION neuvo.make_pseudonym_counters();
        DO $$
        DECLARE l text;
        BEGIN
            FOR l IN SELECT DISTINCT "login" FROM neuvo.advisor_point LOOP
                EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(l, 'minute');
                EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(l, 'day');
            END LOOP;
        END $$;

        -- One more call in the login's current minute and day (a value of the counter is the period's number times a
        -- million plus the calls in it); refused (54000) beyond the settings.
        CREATE FUNCTION neuvo.count_pseudonym_call() RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            period text;
            seconds bigint;
            allowed bigint;
            now_period bigint;
            v bigint;
        BEGIN
            FOREACH period IN ARRAY ARRAY['minute', 'day'] LOOP
                seconds := CASE period WHEN 'minute' THEN 60 ELSE 86400 END;
                allowed := (SELECT "value"::bigint FROM neuvo.setting WHERE "key" = 'pseudonym_per_' || period);
                now_period := floor(extract(epoch FROM clock_timestamp()) / seconds)::bigint;
                IF to_regclass(neuvo.pseudonym_counter(session_user, period)) IS NULL THEN
                    RAISE EXCEPTION 'this login has no points: the owner gives an advisor points with neuvo roles'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                v := nextval(neuvo.pseudonym_counter(session_user, period));
                IF v / 1000000 <> now_period THEN
                    v := setval(neuvo.pseudonym_counter(session_user, period), now_period * 1000000 + 1);
                END IF;
                IF v % 1000000 > allowed THEN
                    RAISE EXCEPTION 'too many clients looked up: % a %, the owner''s setting pseudonym_per_%', allowed, period, period
                        USING ERRCODE = 'program_limit_exceeded';
                END IF;
            END LOOP;
        END $$;

        -- The pseudonym of the client at hand, for the function that needs it: counted against the login's limits (the
        -- owner, who may read the key, is not limited). Never returned to the caller by any function.
        CREATE FUNCTION neuvo.client_pseudonym(code text) RETURNS text
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF code IS NULL THEN RETURN NULL; END IF;
            IF neuvo.caller_role() IS DISTINCT FROM 'owner' THEN PERFORM neuvo.count_pseudonym_call(); END IF;
            RETURN neuvo.pseudonym(upper(code));
        END $$;

        -- The client a function is told of: by identity code (anyone who may call it), or by pseudonym (the owner only:
        -- an advisor who names a pseudonym could reach a client she has never met).
        CREATE FUNCTION neuvo.client_ref(identity_code text, ref text) RETURNS text
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF identity_code IS NOT NULL THEN RETURN neuvo.client_pseudonym(identity_code); END IF;
            IF ref IS NOT NULL AND neuvo.caller_role() IS DISTINCT FROM 'owner' THEN
                RAISE EXCEPTION 'a client is named by the identity code; only the owner names one by pseudonym'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN ref;
        END $$;

        -- Refuses anyone but the owner and an advisor at `point` (what saves, edits, follow-ups and answers ask).
        CREATE FUNCTION neuvo.require_advisor_at(point text, what text) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
        BEGIN
            IF r = 'owner' THEN RETURN; END IF;
            IF r IS DISTINCT FROM 'advisor' THEN
                RAISE EXCEPTION 'only advisors and the owner %', what USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF point IS NOT NULL AND NOT point = ANY (neuvo.my_points()) THEN
                RAISE EXCEPTION 'advisors % only at their points (%): not at %', what, array_to_string(neuvo.my_points(), ', '), point
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END $$;

        -- What the contacts `ids` count for in the daily figures as stored now (Report.count and storedFigures), times
        -- `sign`, added to the rows of `figures_origin`; rows taken down to zero are removed.
        CREATE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            -- One pass over the contacts (a row of values per contact), and one join per part.
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids)
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
                  AND (f."day", f."point") IN (SELECT c."day", c."point" FROM neuvo.contact AS c WHERE c."id" = ANY (ids));
            END IF;
        END $$;

        -- Adds `value` to one figure of the screens' rows (origin 0); a row taken to zero goes.
        CREATE FUNCTION neuvo.add_figure(on_day date, at_point text, figure_name text, figure_code text, delta bigint) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF delta = 0 THEN RETURN; END IF;
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
            VALUES (on_day, at_point, figure_name, figure_code, 0, delta)
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
            DELETE FROM neuvo.daily_figure
            WHERE "day" = on_day AND "point" = at_point AND "figure" = figure_name AND "code" = figure_code AND "origin" = 0 AND "value" = 0;
        END $$;

        -- A contact's fields, from the jsonb the client sends (the shape of PostgresLog.contactJSON), checked against the
        -- vocabulary; `instant` and `day` are the server's reading of `occurred_at`.
        CREATE FUNCTION neuvo.check_contact(contact jsonb) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(contact->>'occurred_at', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$' THEN
                RAISE EXCEPTION 'not a time of a contact: %', contact->>'occurred_at' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.require_codes(
                ARRAY['point', 'channel', 'contact_by', 'reason', 'age_group', 'service_area', 'segment', 'consultation',
                      'segment', 'segment', 'service_chain']
                    || array_fill('topic'::text, ARRAY[jsonb_array_length(coalesce(contact->'topics', '[]'))])
                    || array_fill('referral'::text, ARRAY[jsonb_array_length(coalesce(contact->'referrals', '[]'))])
                    || array_fill('referral_outcome'::text, ARRAY[jsonb_array_length(coalesce(contact->'outcomes', '[]'))])
                    || array_fill('unmet_need'::text, ARRAY[jsonb_array_length(coalesce(contact->'unmet_needs', '[]'))]),
                ARRAY[contact->>'point', contact->>'channel', contact->>'contact_by', contact->>'reason', contact->>'age_group',
                      contact->>'service_area', contact->>'segment', contact->>'consultation',
                      contact->'assessment'->>'segment', contact->'assessment'->>'computed_segment', contact->'assessment'->>'chain']
                    || ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'topics', '[]')))
                    || ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'referrals', '[]')))
                    || ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')))
                    || ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'unmet_needs', '[]'))));
            IF coalesce(contact->>'point', '') = '' OR coalesce(contact->>'channel', '') = '' OR coalesce(contact->>'contact_by', '') = ''
               OR coalesce(contact->>'age_group', '') = '' THEN
                RAISE EXCEPTION 'a contact has a point, a channel, who made contact and an age group' USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END $$;

        -- Writes the contact's topics, referrals (with outcomes), unmet needs and assessment.
        CREATE FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            a jsonb := contact->'assessment';
        BEGIN
            INSERT INTO neuvo.contact_topic SELECT id, x FROM jsonb_array_elements_text(coalesce(contact->'topics', '[]')) AS x;
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

        -- Marks these contacts' follow-ups done, closed by contact `closer`: a contact of the closer's client anywhere, or one
        -- at the caller's points (any for the owner). An id that is neither is refused (no_data_found, the id in DETAIL).
        CREATE FUNCTION neuvo.close_follow_ups_by(ids bigint[], closer bigint) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            closer_ref text := (SELECT "client_ref" FROM neuvo.contact WHERE "id" = closer);
            is_owner boolean := neuvo.caller_role() = 'owner';
            missing bigint;
        BEGIN
            IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
            WITH closed AS (
                INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
                SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', closer
                FROM neuvo.contact AS c
                WHERE c."id" = ANY (ids) AND (is_owner OR c."point" = ANY (neuvo.my_points()) OR c."client_ref" = closer_ref)
                ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
                RETURNING f."contact_id"
            )
            SELECT x INTO missing FROM unnest(ids) AS x WHERE x NOT IN (SELECT "contact_id" FROM closed) LIMIT 1;
            IF missing IS NOT NULL THEN
                RAISE EXCEPTION 'no contact % this login may close', missing USING ERRCODE = 'no_data_found', DETAIL = missing::text;
            END IF;
        END $$;

        -- Saves one contact (CONTRACT §6): the owner or an advisor at her points. The client is named by the identity code
        -- (its pseudonym computed here and never the code kept), or by pseudonym by the owner. A save tried again with its
        -- token is done once: its first attempt's id comes back and nothing else is written. Closes `closing`'s follow-ups,
        -- removes the form's draft, brings the client's repeats and the figures up to date and audits, all in one call.
        CREATE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            new_id bigint;
            ref text;
            seen_point text;
        BEGIN
            PERFORM neuvo.require_advisor_at(contact->>'point', 'save contacts');
            IF token IS NULL THEN RAISE EXCEPTION 'a save has a token' USING ERRCODE = 'invalid_parameter_value'; END IF;
            SELECT "id", "point" INTO new_id, seen_point FROM neuvo.contact WHERE "save_token" = token;
            IF FOUND THEN
                IF neuvo.caller_role() <> 'owner' AND NOT seen_point = ANY (neuvo.my_points()) THEN
                    RAISE EXCEPTION 'this contact was saved already, at a point this login no longer works at'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN new_id;
            END IF;
            PERFORM neuvo.check_contact(contact);
            ref := neuvo.client_ref(identity_code, contact->>'client_ref');
            INSERT INTO neuvo.contact ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation")
            VALUES (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', contact->>'channel', (contact->>'resolved')::boolean,
                contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
                contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
                (contact->>'satisfaction')::integer, contact->>'advisor',
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), token, contact->>'consultation')
            ON CONFLICT ("save_token") DO NOTHING
            RETURNING "id" INTO new_id;
            IF new_id IS NULL THEN
                -- Saved meanwhile by the same token's other attempt.
                RETURN (SELECT "id" FROM neuvo.contact WHERE "save_token" = token);
            END IF;
            PERFORM neuvo.insert_contact_parts(new_id, contact);
            PERFORM neuvo.add_figures(ARRAY[new_id], 1, 0);
            IF ref IS NOT NULL THEN PERFORM neuvo.refresh_repeats(ARRAY[ref], 0); END IF;
            PERFORM neuvo.close_follow_ups_by(closing, new_id);
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            PERFORM neuvo.audit_append(command,
                'contact ' || new_id || ' ' || (contact->>'occurred_at')
                    || CASE WHEN cardinality(coalesce(closing, '{}')) = 0 THEN ''
                            ELSE ', closes follow-ups of ' || (SELECT string_agg('contact ' || x, ', ') FROM unnest(closing) AS x) END,
                1 + cardinality(coalesce(closing, '{}')), CASE WHEN ref IS NULL THEN '{}' ELSE ARRAY[ref] END);
            RETURN new_id;
        END $$;

        -- Replaces a saved contact's fields and parts (the owner, or an advisor at the contact's point and the new one).
        -- The client: a new identity code; or the contact's own pseudonym kept (`client_ref` as read); or none.
        CREATE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            old_point text;
            old_ref text;
            ref text;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            SELECT "point", "client_ref" INTO old_point, old_ref FROM neuvo.contact WHERE "id" = edited FOR UPDATE;
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
            PERFORM neuvo.add_figures(ARRAY[edited], -1, 0);
            UPDATE neuvo.contact AS t SET ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "consultation", "has_repeat") =
                (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', contact->>'channel', (contact->>'resolved')::boolean,
                 contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
                 contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
                 (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation', false)
            WHERE t."id" = edited;
            DELETE FROM neuvo.contact_topic WHERE "contact_id" = edited;
            DELETE FROM neuvo.contact_referral WHERE "contact_id" = edited;
            DELETE FROM neuvo.contact_unmet_need WHERE "contact_id" = edited;
            DELETE FROM neuvo.assessment WHERE "contact_id" = edited;
            PERFORM neuvo.insert_contact_parts(edited, contact);
            PERFORM neuvo.add_figures(ARRAY[edited], 1, 0);
            IF old_ref IS NOT NULL OR ref IS NOT NULL THEN
                PERFORM neuvo.refresh_repeats(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL), 0);
            END IF;
            PERFORM neuvo.audit_append(command, 'contact ' || edited || ' edited', 1,
                ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL));
        END $$;

        -- A follow-up marked done with a note (the owner, or an advisor at the contact's point).
        CREATE FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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
                ARRAY(SELECT c."client_ref" FROM neuvo.contact AS c WHERE c."id" = contact AND c."client_ref" IS NOT NULL));
        END $$;

        -- Drafts are their writer's alone: the owner's, a supervisor's or an advisor's (at her points). Over the writer's
        -- draft `id`, else a new one; returns its id. Audited when a draft begins.
        CREATE FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
            now_text text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            new_id bigint;
        BEGIN
            IF r IS NULL OR r NOT IN ('owner', 'supervisor', 'advisor') THEN
                RAISE EXCEPTION 'only advisors, supervisors and the owner keep drafts' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF r = 'advisor' AND point IS NOT NULL THEN PERFORM neuvo.require_advisor_at(point, 'keep drafts'); END IF;
            PERFORM neuvo.require_codes_of('point', ARRAY[point]);
            PERFORM neuvo.refuse_identity_code(form, 'a draft');
            IF id IS NOT NULL THEN
                UPDATE neuvo.draft AS d SET "form" = save_draft.form, "point" = save_draft.point, "updated_at" = now_text
                WHERE d."id" = save_draft.id AND d."advisor" = session_user::text;
                IF FOUND THEN RETURN id; END IF;
            END IF;
            INSERT INTO neuvo.draft ("advisor", "point", "updated_at", "form") VALUES (session_user, point, now_text, form)
            RETURNING neuvo.draft."id" INTO new_id;
            PERFORM neuvo.audit_append(command, 'draft ' || new_id || ' started', 0);
            RETURN new_id;
        END $$;

        CREATE FUNCTION neuvo.discard_draft(id bigint, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
        BEGIN
            IF r IS NULL OR r NOT IN ('owner', 'supervisor', 'advisor') THEN
                RAISE EXCEPTION 'only advisors, supervisors and the owner keep drafts' USING ERRCODE = 'insufficient_privilege';
            END IF;
            DELETE FROM neuvo.draft AS d WHERE d."id" = discard_draft.id AND d."advisor" = session_user::text;
            PERFORM neuvo.audit_append(command, 'draft ' || id || ' discarded', 0);
        END $$;

        -- An import, in three steps of one transaction: `import_begin` makes the session's import tables (owned by the
        -- owner, so that the caller can fill them but not turn them into something else), the client COPYs its contacts
        -- into them, and `import_contacts` checks and moves them into the log with their figures and repeats. The owner
        -- imports anywhere, an advisor at her points. The rows carry pseudonyms (CONTRACT §3's client_ref), as the file does.
        CREATE FUNCTION neuvo.import_begin() RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'import contacts');
            CREATE TEMP TABLE import_contact ("n" bigint PRIMARY KEY, "occurred_at" text NOT NULL, "point" text NOT NULL,
                "channel" text NOT NULL, "resolved" boolean NOT NULL, "contact_by" text NOT NULL, "reason" text, "identified" boolean NOT NULL,
                "age_group" text NOT NULL, "service_area" text, "duration_min" integer, "segment" text, "client_ref" text, "satisfaction" integer,
                "advisor" text, "consultation" text) ON COMMIT DROP;
            CREATE TEMP TABLE import_topic ("n" bigint NOT NULL, "topic" text NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE import_referral ("n" bigint NOT NULL, "referral" text NOT NULL, "outcome" text NOT NULL) ON COMMIT DROP;
            CREATE TEMP TABLE import_unmet_need ("n" bigint NOT NULL, "need" text NOT NULL) ON COMMIT DROP;
            EXECUTE format('GRANT INSERT ON pg_temp.import_contact, pg_temp.import_topic, pg_temp.import_referral, pg_temp.import_unmet_need TO %I',
                session_user);
        END $$;

        CREATE FUNCTION neuvo.import_contacts(details text, command text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            imported integer;
            origin bigint := txid_current();
            rows_before bigint := (SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass);
            logged text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
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
            CREATE TEMP TABLE import_id ON COMMIT DROP AS
                SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
            INSERT INTO neuvo.contact ("id", "occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", c."occurred_at", extract(epoch FROM c."occurred_at"::timestamptz)::bigint, substr(c."occurred_at", 1, 10)::date,
                c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified", c."age_group", c."service_area",
                c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor", logged, false, c."consultation"
            FROM pg_temp.import_contact AS c JOIN pg_temp.import_id AS i USING ("n") ORDER BY i."id";
            GET DIAGNOSTICS imported = ROW_COUNT;
            INSERT INTO neuvo.contact_topic SELECT i."id", t."topic" FROM pg_temp.import_topic AS t JOIN pg_temp.import_id AS i USING ("n");
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
                ANALYZE neuvo.contact, neuvo.contact_topic, neuvo.contact_referral, neuvo.daily_figure, neuvo.repeat_client;
            END IF;
            PERFORM neuvo.audit_append(command, details, imported);
            RETURN imported;
        END $$;

        -- The follow-up window (the owner's): every contact's repeat flag recomputed under it.
        CREATE FUNCTION neuvo.set_follow_up_window(hours integer, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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
                (SELECT count(*)::integer FROM neuvo.contact WHERE "client_ref" IS NOT NULL));
        END $$;

        -- A referral's outcome (an outcome code of data/), with its figure: the owner, an advisor at the contact's point, or
        -- an advisor who gives the identity code of the contact's client (the client has come back, at any point). Returns
        -- the outcome it had; a contact the caller may not set is no_data_found.
        DROP FUNCTION neuvo.set_referral_outcome(bigint, text, text, text);
        CREATE FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text,
            command text) RETURNS text
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            is_owner boolean := neuvo.caller_role() = 'owner';
            client text;
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'set referral outcomes');
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[coalesce(new_outcome, '')]);
            PERFORM neuvo.require_codes_of('referral', ARRAY[referral_code]);
            client := neuvo.client_ref(identity_code, ref);
            SELECT c."day", c."point", c."client_ref", r."outcome" INTO contact_day, contact_point, contact_ref, old_outcome
            FROM neuvo.contact AS c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
            WHERE c."id" = contact AND r."referral" = referral_code
              AND (is_owner OR c."point" = ANY (neuvo.my_points()) OR (client IS NOT NULL AND c."client_ref" = client))
            FOR UPDATE OF r;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no referral % of a contact % this login may set', referral_code, contact
                    USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            IF old_outcome <> new_outcome THEN
                UPDATE neuvo.contact_referral SET "outcome" = new_outcome WHERE "contact_id" = contact AND "referral" = referral_code;
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            END IF;
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
            RETURN old_outcome;
        END $$;

        -- The client's contacts in the follow-up window before `before_instant`, at every point, with only what the form
        -- shows: for the owner and advisors, the client named by the identity code (by pseudonym only by the owner).
        DROP FUNCTION neuvo.earlier_contacts(text, bigint, bigint);
        CREATE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text)
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
            SELECT c."id", c."occurred_at", c."day", c."point", c."channel",
                (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
                c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id"),
                (SELECT string_agg(r."referral" || ':' || r."outcome", ';' ORDER BY r."referral" COLLATE "C")
                 FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id")
            FROM neuvo.contact AS c
            WHERE c."client_ref" = client AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
            ORDER BY c."instant", c."id";
            GET DIAGNOSTICS found_count = ROW_COUNT;
            PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[client]);
        END $$;

        -- The anonymous records (CONTRACT §7), as a jsonb array of {kind, day, point, …}: feedback and mood answers by the
        -- owner or an advisor at her points, never audited one by one (an audit row's time would tie the answer to a time of
        -- day; `details`, an import, is); staffing by the owner or a supervisor, always audited. Each with its figures.
        CREATE FUNCTION neuvo.save_records(records jsonb, details text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
            rec jsonb;
            on_day date;
            at_point text;
            v integer;
            e integer;
            staffed text[] := '{}';
            old_staff integer;
            old_cost integer;
        BEGIN
            FOR rec IN SELECT x FROM jsonb_array_elements(records) AS x LOOP
                on_day := (rec->>'day')::date;
                at_point := rec->>'point';
                PERFORM neuvo.require_codes_of('point', ARRAY[at_point]);
                CASE rec->>'kind'
                WHEN 'feedback' THEN
                    PERFORM neuvo.require_advisor_at(at_point, 'record answers');
                    v := (rec->>'nps')::integer;
                    INSERT INTO neuvo.feedback AS f VALUES (on_day, at_point, v, coalesce(rec->>'settled', ''), coalesce(rec->>'bounced', ''), 1)
                    ON CONFLICT ("day", "point", "nps", "settled", "bounced") DO UPDATE SET "answers" = f."answers" + 1;
                    PERFORM neuvo.add_figure(on_day, at_point, 'feedback_responses', '', 1);
                    PERFORM neuvo.add_figure(on_day, at_point, CASE WHEN v >= 9 THEN 'nps_promoters' ELSE 'nps_detractors' END, '',
                        CASE WHEN v >= 9 OR v <= 6 THEN 1 ELSE 0 END);
                    IF coalesce(rec->>'settled', '') <> '' THEN
                        PERFORM neuvo.add_figure(on_day, at_point, 'feedback_settled', rec->>'settled', 1);
                    END IF;
                    IF coalesce(rec->>'bounced', '') <> '' THEN
                        PERFORM neuvo.add_figure(on_day, at_point, 'feedback_bounced_answered', '', 1);
                        PERFORM neuvo.add_figure(on_day, at_point, 'feedback_bounced_yes', '', CASE WHEN rec->>'bounced' = 'yes' THEN 1 ELSE 0 END);
                    END IF;
                WHEN 'mood' THEN
                    PERFORM neuvo.require_advisor_at(at_point, 'record answers');
                    v := coalesce((rec->>'mood')::integer, 0);
                    e := coalesce((rec->>'enps')::integer, -1);
                    INSERT INTO neuvo.mood AS m VALUES (on_day, at_point, v, e, 1)
                    ON CONFLICT ("day", "point", "mood", "enps") DO UPDATE SET "answers" = m."answers" + 1;
                    IF v > 0 THEN
                        PERFORM neuvo.add_figure(on_day, at_point, 'mood_responses', '', 1);
                        PERFORM neuvo.add_figure(on_day, at_point, 'mood_total', '', v);
                    END IF;
                    IF e >= 0 THEN
                        PERFORM neuvo.add_figure(on_day, at_point, 'enps_responses', '', 1);
                        PERFORM neuvo.add_figure(on_day, at_point, CASE WHEN e >= 9 THEN 'enps_promoters' ELSE 'enps_detractors' END, '',
                            CASE WHEN e >= 9 OR e <= 6 THEN 1 ELSE 0 END);
                    END IF;
                WHEN 'staffing' THEN
                    IF r IS NULL OR r NOT IN ('owner', 'supervisor') THEN
                        RAISE EXCEPTION 'only supervisors and the owner keep staffing' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    DELETE FROM neuvo.staffing AS s WHERE s."day" = on_day AND s."point" = at_point
                    RETURNING s."staff_hundredths", s."hourly_cost_cents" INTO old_staff, old_cost;
                    IF FOUND THEN
                        PERFORM neuvo.add_figure(on_day, at_point, 'staff_hundredths', '', -old_staff);
                        PERFORM neuvo.add_figure(on_day, at_point, 'cost_cent_hundredths', '', -(old_staff::bigint * old_cost));
                        PERFORM neuvo.add_figure(on_day, at_point, 'staffed_days', '', -1);
                    END IF;
                    INSERT INTO neuvo.staffing VALUES (on_day, at_point, (rec->>'staff_hundredths')::integer, (rec->>'hourly_cost_cents')::integer);
                    PERFORM neuvo.add_figure(on_day, at_point, 'staff_hundredths', '', (rec->>'staff_hundredths')::bigint);
                    PERFORM neuvo.add_figure(on_day, at_point, 'cost_cent_hundredths', '',
                        (rec->>'staff_hundredths')::bigint * (rec->>'hourly_cost_cents')::bigint);
                    PERFORM neuvo.add_figure(on_day, at_point, 'staffed_days', '', 1);
                    staffed := staffed || (on_day::text || ' ' || at_point);
                ELSE
                    RAISE EXCEPTION 'unknown record kind: %', rec->>'kind' USING ERRCODE = 'invalid_parameter_value';
                END CASE;
            END LOOP;
            IF details IS NOT NULL THEN
                PERFORM neuvo.audit_append(command, details, 0);
            ELSIF cardinality(staffed) > 0 THEN
                PERFORM neuvo.audit_append(command, 'staffing ' || array_to_string(staffed, ', '), 0);
            END IF;
        END $$;

        -- The events a login but the owner records with no write of its own: a wall board started (its points). Never a
        -- text of the caller's choosing.
        CREATE FUNCTION neuvo.record_event(details text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF neuvo.caller_role() IS NULL THEN
                RAISE EXCEPTION 'only neuvo''s roles record events' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF details !~ '^board started, (all points|points [a-z0-9-]+(, [a-z0-9-]+)*)$' THEN
                RAISE EXCEPTION 'not an event a login records: %', details USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.audit_append(command, details, 0);
        END $$;

        -- Notifications: saves, outcomes and staffing wake the screens on a channel named by a secret only the owner reads,
        -- handed to neuvo's roles by `neuvo.channel()` (a trainer is refused). The payload is empty; `neuvo.changes()` counts
        -- the writes, so that a screen woken by a NOTIFY nobody's write made (anyone who knows the channel may send one)
        -- reads nothing more.
        CREATE TABLE neuvo.channel_secret ("only" boolean PRIMARY KEY DEFAULT true CHECK ("only"), "name" text NOT NULL);
        INSERT INTO neuvo.channel_secret ("name") VALUES ('neuvo_' || left(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 48));
        CREATE SEQUENCE neuvo.change_count;
        CREATE OR REPLACE FUNCTION neuvo.notify_contacts() RETURNS trigger
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM nextval('neuvo.change_count');
            PERFORM pg_notify((SELECT "name" FROM neuvo.channel_secret), '');
            RETURN NULL;
        END $$;
        CREATE FUNCTION neuvo.channel() RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
        BEGIN
            IF r IS NULL OR r = 'trainer' THEN
                RAISE EXCEPTION 'only the owner, supervisors, advisors and boards hear of saves' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN (SELECT "name" FROM neuvo.channel_secret);
        END $$;
        CREATE FUNCTION neuvo.changes() RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
        BEGIN
            IF r IS NULL OR r = 'trainer' THEN
                RAISE EXCEPTION 'only the owner, supervisors, advisors and boards hear of saves' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN (SELECT "last_value" + CASE WHEN "is_called" THEN 1 ELSE 0 END FROM neuvo.change_count);
        END $$;

        -- The closing grants: neuvo's group roles hold no table or sequence privilege at all, and execute only the functions
        -- meant for them.
        REVOKE ALL ON ALL TABLES IN SCHEMA neuvo FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA neuvo FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        -- Every function made so far loses PUBLIC's EXECUTE (a new function has it); the group roles keep only what is granted
        -- them by name. The old functions no longer meant for them go: the audit by hand, a pseudonym for any code, the
        -- repeats' refresh and follow-ups closed by a contact of one's choosing.
        REVOKE ALL ON ALL FUNCTIONS IN SCHEMA neuvo FROM PUBLIC;
        REVOKE ALL ON FUNCTION neuvo.audit(text, text, integer), neuvo.pseudonym(text), neuvo.refresh_repeats(text[], bigint),
            neuvo.close_follow_ups(bigint[], bigint), neuvo.notify_contacts()
            FROM neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        -- Each write function is the group roles' to call: it decides in the server who may, and says who may when it refuses.
        GRANT EXECUTE ON FUNCTION neuvo.whoami(), neuvo.my_points(),
            neuvo.channel(), neuvo.changes(),
            neuvo.save_contact(jsonb, text, text, bigint[], bigint, text),
            neuvo.update_contact(bigint, jsonb, text, bigint, text),
            neuvo.mark_follow_up_done(bigint, text, text),
            neuvo.save_draft(bigint, text, text, text), neuvo.discard_draft(bigint, text),
            neuvo.import_begin(), neuvo.import_contacts(text, text),
            neuvo.set_follow_up_window(integer, text),
            neuvo.set_referral_outcome(bigint, text, text, text, text, text),
            neuvo.earlier_contacts(text, text, bigint, text),
            neuvo.save_records(jsonb, text, text), neuvo.record_event(text, text)
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        """#
}
