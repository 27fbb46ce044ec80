extension PostgresSchema {
    /// v31: quicker saves (issue 22, part "saves"; DECISIONS "v31 on PostgreSQL"). `known_terms`, `point_id` and
    /// `pseudonym_counter` in PL/pgSQL (their plans kept), the seal's queue taken through an index, and the save's lookup
    /// of the advisor's point ids only when it closes follow-ups. The same results, rows, hashes and errors.
    static let v31 = #"""
        -- A SQL function with a SET clause is planned afresh at every call (a save's two lookups ~60 and ~90 µs); in PL/pgSQL
        -- its plan is kept. random_page_cost as for a cached table (v27), so that the dictionary is probed by its key.
        CREATE OR REPLACE FUNCTION neuvo.known_terms(words text[]) RETURNS integer[]
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $$
        BEGIN
            RETURN CASE WHEN words IS NOT NULL THEN ARRAY(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = ANY (words)) END;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.known_terms(text[]) FROM PUBLIC;
        CREATE OR REPLACE FUNCTION neuvo.point_id(point_word text) RETURNS smallint
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $$
        BEGIN
            RETURN coalesce((SELECT t."id" FROM neuvo.term AS t WHERE t."word" = point_word), neuvo.term_id(point_word))::smallint;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.point_id(text) FROM PUBLIC;
        -- The name of a login's pseudonym counter, twice a save that names a client: the same reason.
        CREATE OR REPLACE FUNCTION neuvo.pseudonym_counter(login text, period text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            RETURN 'neuvo.' || quote_ident('pseudonym_' || period || '_' || md5(login));
        END $$;
        REVOKE ALL ON FUNCTION neuvo.pseudonym_counter(text, text) FROM PUBLIC;

        -- The seal's queue taken through an index: its heap, emptied at every seal, grows under concurrent saves (VACUUM seldom
        -- gets the lock to truncate it) and a DELETE read every empty page (v29's note); the index keeps only pages with
        -- entries not yet vacuumed, and an index scan marks the dead ones so that the next skips them. The planner, from
        -- the table's statistics (a count of rows long gone, or none), would choose the heap, so scans are forced here in a
        -- function of this one statement (forced in the seal, the audit head's reads would be priced as disabled scans).
        CREATE INDEX audit_waiting_id ON neuvo.audit_waiting ("id");
        CREATE FUNCTION neuvo.take_audit_queue() RETURNS bigint[]
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET enable_seqscan = off SET enable_bitmapscan = off AS $$
        DECLARE
            taken_ids bigint[];
        BEGIN
            WITH taken AS (DELETE FROM neuvo.audit_waiting WHERE "id" IS NOT NULL RETURNING "id") SELECT array_agg(t."id") INTO taken_ids FROM taken AS t;
            RETURN taken_ids;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.take_audit_queue() FROM PUBLIC;
        CREATE OR REPLACE FUNCTION neuvo.seal_audit(wait boolean, own bigint DEFAULT NULL::bigint)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
         SET plan_cache_mode TO 'force_generic_plan'
        AS $function$
        DECLARE
            r record;
            waiting bigint[];
            head_seq bigint;
            head_hash text;
            chained text;
            sealed integer := 0;
        BEGIN
            IF current_setting('transaction_isolation') <> 'read committed' THEN RETURN -1; END IF;
            IF wait THEN
                PERFORM pg_advisory_xact_lock(1852143990, 1);
            ELSIF NOT pg_try_advisory_xact_lock(1852143990, 1) THEN
                RETURN -1;
            END IF;
            -- Statements after the lock: their snapshots see what the last sealer committed.
            waiting := neuvo.take_audit_queue();
            IF own IS NOT NULL THEN waiting := array_append(waiting, own); END IF;
            IF waiting IS NULL THEN RETURN 0; END IF;
            SELECT h."seq", h."hash" INTO head_seq, head_hash FROM neuvo.audit_head AS h;
            -- num_nulls: the same test as "seq IS NULL AND hash IS NULL", which no index can answer.
            FOR r IN SELECT a."id", a."at", a."user", a."command", a."details", a."contacts", a."clients" FROM neuvo.audit AS a
                     WHERE a."id" = ANY (waiting) AND num_nulls(a."seq", a."hash") = 2 AND a."previous_hash" = 'unsealed'
                     ORDER BY a."id" LOOP
                chained := neuvo.audit_hash(head_hash, r."at", r."user", r."command", r."details", r."contacts", r."clients");
                UPDATE neuvo.audit SET "seq" = head_seq + 1, "previous_hash" = head_hash, "hash" = chained WHERE "id" = r."id";
                RAISE LOG 'neuvo audit row % hash % previous % by % (%)', r."id", chained, head_hash, r."user", r."command";
                head_seq := head_seq + 1;
                head_hash := chained;
                sealed := sealed + 1;
            END LOOP;
            RETURN sealed;
        END $function$;
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean, bigint) FROM PUBLIC;

        -- v28's save with the advisor's point ids looked up only when it closes follow-ups (their only use).
        CREATE OR REPLACE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
         RETURNS bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            r text;
            mine text[];
            mine_ids smallint[];
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
            SELECT c."id", (SELECT pw."word" FROM neuvo.term AS pw WHERE pw."id" = c."point") INTO new_id, seen_point FROM neuvo.contact AS c WHERE c."save_token" = token;
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
                substr(contact->>'occurred_at', 1, 10)::date, neuvo.point_id(at_point), terms[1], (contact->>'resolved')::boolean,
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
                mine_ids := CASE WHEN r <> 'owner' THEN neuvo.known_terms(mine) END;
                WITH closed AS (
                    INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
                    SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', new_id
                    FROM neuvo.contact AS c
                    WHERE c."id" = ANY (closing) AND (r = 'owner' OR c."point" = ANY (mine_ids) OR c."client" = ref_number)
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

        """#
}
