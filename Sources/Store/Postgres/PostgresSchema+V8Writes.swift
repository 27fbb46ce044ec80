extension PostgresSchema {
    /// v8, the audit chain without a queue. v7 chained each row at its transaction's commit under the one `audit_head`
    /// row's lock, held through the commit's WAL flush: every auditing transaction of the server waited for the one
    /// before it to reach the disk, one at a time. Now a row is appended unsealed, and a seal chains every row that waits
    /// (the committed ones and the sealer's own) in one go, by whoever takes the seal's advisory lock at commit; a
    /// transaction that finds the lock taken leaves its rows to the next seal instead of waiting. `--verify` (the
    /// chain's functions) and a copy seal first, waiting for the lock.
    static let v8Audit = #"""
        -- Who is calling, as v7 decides it, in PL/pgSQL: a SQL function that is SECURITY DEFINER is planned afresh at
        -- every call (180 µs a whoami, asked by every function), a PL/pgSQL one keeps its plans for the session (50 µs).
        CREATE OR REPLACE FUNCTION neuvo.my_points() RETURNS text[]
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            RETURN (SELECT coalesce(array_agg(p."point" ORDER BY p."point"), '{}') FROM neuvo.advisor_point AS p
                    WHERE p."login" = session_user::text
                      AND EXISTS (SELECT 1 FROM neuvo.member AS m WHERE m."login" = p."login" AND m."role" = 'advisor'));
        END $$;
        CREATE OR REPLACE FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[])
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            login := session_user::text;
            IF pg_has_role(session_user, (SELECT d.datdba FROM pg_database AS d WHERE d.datname = current_database()), 'MEMBER') THEN
                role := 'owner';
            ELSE
                role := (SELECT m."role" FROM neuvo.member AS m
                         WHERE m."login" = session_user::text AND pg_has_role(session_user, 'neuvo_' || m."role", 'MEMBER'));
            END IF;
            points := neuvo.my_points();
        END $$;
        CREATE OR REPLACE FUNCTION neuvo.caller_role() RETURNS text
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            RETURN (SELECT w."role" FROM neuvo.whoami() AS w);
        END $$;

        -- The rows that wait for their seal, found without reading the log.
        CREATE INDEX audit_unsealed ON neuvo.audit ("id") WHERE "seq" IS NULL AND "hash" IS NULL;

        -- Audit rows are never changed, for their owner too — but for the one change the seal makes: from no place to the
        -- place after the chain's newest row, with the hash of its fields after that row's, every other field as it was;
        -- the head moves to it in the same step. A sealing update of any other shape (a forged hash, a place not after
        -- the head, a row sealed twice) is refused.
        CREATE OR REPLACE FUNCTION neuvo.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit' THEN
                IF OLD."hash" IS NULL AND OLD."seq" IS NULL AND NEW."hash" IS NOT NULL AND NEW."seq" IS NOT NULL
                   AND (NEW."id", NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients")
                       IS NOT DISTINCT FROM (OLD."id", OLD."at", OLD."user", OLD."command", OLD."details", OLD."contacts", OLD."clients") THEN
                    IF NEW."hash" IS DISTINCT FROM neuvo.audit_hash(NEW."previous_hash", NEW."at", NEW."user", NEW."command", NEW."details",
                                                                   NEW."contacts", NEW."clients") THEN
                        RAISE EXCEPTION 'an audit row is sealed with the hash of its own fields, not %', NEW."hash"
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash"
                    WHERE "seq" = NEW."seq" - 1 AND "hash" = NEW."previous_hash";
                    IF NOT FOUND THEN
                        RAISE EXCEPTION 'an audit row is sealed only right after the chain''s newest row, not at place %', NEW."seq"
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION 'audit rows are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
        END $$;

        -- A row without hashes waits for its seal (marked so: a row put in with the triggers off has no mark and no place,
        -- and `--verify` names it). A row that comes with its hashes (the owner's copy of another database's log) takes
        -- its place at once, hashes kept, under the seal's lock, so that no seal runs meanwhile.
        CREATE OR REPLACE FUNCTION neuvo.place_audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head record;
        BEGIN
            NEW."clients" := coalesce(array_remove(NEW."clients", NULL), '{}');
            IF NEW."hash" IS NULL THEN
                NEW."seq" := NULL;
                NEW."previous_hash" := 'unsealed';
                RETURN NEW;
            END IF;
            PERFORM pg_advisory_xact_lock(1852143990, 1);
            SELECT h."seq", h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            NEW."seq" := head."seq" + 1;
            NEW."previous_hash" := coalesce(NEW."previous_hash", '');
            UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash";
            RETURN NEW;
        END $$;

        -- The seal: every row that waits and that this transaction sees (the committed ones, and its own), in the order of
        -- their ids, chained after the head, each into the server's log too (level LOG, never the details or the clients):
        -- a copy of each row's place the database's owner cannot rewrite. One sealer at a time (the advisory lock, held to
        -- its commit's end), so the chain stays linear; `wait` false: when another transaction is sealing, nothing (-1),
        -- its rows are sealed by the next seal. Read committed only: a transaction with an older snapshot would not see the
        -- last seal (-1 too).
        CREATE FUNCTION neuvo.seal_audit(wait boolean) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r record;
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
            -- A statement after the lock: its snapshot sees what the last sealer committed.
            SELECT h."seq", h."hash" INTO head_seq, head_hash FROM neuvo.audit_head AS h;
            FOR r IN SELECT a."id", a."at", a."user", a."command", a."details", a."contacts", a."clients" FROM neuvo.audit AS a
                     WHERE a."seq" IS NULL AND a."hash" IS NULL AND a."previous_hash" = 'unsealed' ORDER BY a."id" LOOP
                chained := neuvo.audit_hash(head_hash, r."at", r."user", r."command", r."details", r."contacts", r."clients");
                UPDATE neuvo.audit SET "seq" = head_seq + 1, "previous_hash" = head_hash, "hash" = chained WHERE "id" = r."id";
                RAISE LOG 'neuvo audit row % hash % previous % by % (%)', r."id", chained, head_hash, r."user", r."command";
                head_seq := head_seq + 1;
                head_hash := chained;
                sealed := sealed + 1;
            END LOOP;
            RETURN sealed;
        END $$;

        -- At commit (the deferred constraint trigger of v7): the seal, unless another transaction is sealing. A row left to
        -- the next seal goes into the server's log now with the hash of its fields alone, so that the log names it, as it
        -- was, from its commit on.
        CREATE OR REPLACE FUNCTION neuvo.chain_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF neuvo.seal_audit(false) < 0 THEN
                RAISE LOG 'neuvo audit row % waits for its seal, fields hash % by % (%)', NEW."id",
                    neuvo.audit_hash('', NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients"), NEW."user", NEW."command";
            END IF;
            RETURN NULL;
        END $$;

        -- The chain as `neuvo audit --verify` reads it: its first page seals first (waiting for a seal under way), so that
        -- every row committed by then is in the chain.
        CREATE OR REPLACE FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer)
        RETURNS TABLE ("id" bigint, "seq" bigint, "at" text, "user" text, "command" text, "details" text, "contacts" integer,
            "clients" text[], "previous_hash" text, "hash" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            got bigint;
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF after_seq < 0 THEN PERFORM neuvo.seal_audit(true); END IF;
            RETURN QUERY SELECT a."id", a."seq", a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash"
                FROM neuvo.audit AS a WHERE (after_seq < 0 AND a."seq" IS NULL) OR a."seq" > after_seq
                ORDER BY a."seq" NULLS FIRST, a."id" LIMIT greatest(max_rows, 1);
            GET DIAGNOSTICS got = ROW_COUNT;
            PERFORM neuvo.audit_append('audit_chain', format('audit rows after place %s read to verify the chain (%s rows)', greatest(after_seq, 0), got), 0);
        END $$;

        -- The chain's newest row as the server keeps it, after a seal.
        CREATE OR REPLACE FUNCTION neuvo.audit_head(OUT "seq" bigint, OUT "id" bigint, OUT "hash" text)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM neuvo.seal_audit(true);
            SELECT h."seq", h."id", h."hash" INTO "seq", "id", "hash" FROM neuvo.audit_head AS h;
        END $$;

        -- The seal is the owner's alone to call by hand (the functions call it as their owner).
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean) FROM PUBLIC;
        """#

    /// v8, the writing functions at v6's speed: who is calling asked once a call (v7 asked `whoami` up to five times a
    /// save), a contact's codes checked against the vocabulary in one statement rather than a loop, the pseudonym limits'
    /// settings read in one.
    static let v8Writes = #"""
        -- Refuses the first of the contact's codes (in the order of v7's check) that is not a code of its kind, naming it;
        -- and a contact without its time, point, channel, who made contact or age group.
        CREATE OR REPLACE FUNCTION neuvo.check_contact(contact jsonb) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            unknown_kind text;
            unknown text;
        BEGIN
            IF coalesce(contact->>'occurred_at', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$' THEN
                RAISE EXCEPTION 'not a time of a contact: %', contact->>'occurred_at' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            SELECT u.k, u.c INTO unknown_kind, unknown
            FROM (
                SELECT f.n, f.k, f.c FROM (VALUES
                    (1, 'point', contact->>'point'), (2, 'channel', contact->>'channel'), (3, 'contact_by', contact->>'contact_by'),
                    (4, 'reason', contact->>'reason'), (5, 'age_group', contact->>'age_group'), (6, 'service_area', contact->>'service_area'),
                    (7, 'segment', contact->>'segment'), (8, 'consultation', contact->>'consultation'),
                    (9, 'segment', contact->'assessment'->>'segment'), (10, 'segment', contact->'assessment'->>'computed_segment'),
                    (11, 'service_chain', contact->'assessment'->>'chain')) AS f(n, k, c)
                UNION ALL SELECT 1000000 + o, 'topic', x FROM jsonb_array_elements_text(coalesce(contact->'topics', '[]')) WITH ORDINALITY AS t(x, o)
                UNION ALL SELECT 2000000 + o, 'referral', x FROM jsonb_array_elements_text(coalesce(contact->'referrals', '[]')) WITH ORDINALITY AS t(x, o)
                UNION ALL SELECT 3000000 + o, 'referral_outcome', x
                    FROM jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')) WITH ORDINALITY AS t(x, o)
                UNION ALL SELECT 4000000 + o, 'unmet_need', x
                    FROM jsonb_array_elements_text(coalesce(contact->'unmet_needs', '[]')) WITH ORDINALITY AS t(x, o)
            ) AS u(n, k, c)
            WHERE u.c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.vocabulary AS v WHERE v."kind" = u.k AND v."code" = u.c)
            ORDER BY u.n LIMIT 1;
            IF FOUND THEN
                RAISE EXCEPTION 'unknown % code: %', unknown_kind, unknown USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF coalesce(contact->>'point', '') = '' OR coalesce(contact->>'channel', '') = '' OR coalesce(contact->>'contact_by', '') = ''
               OR coalesce(contact->>'age_group', '') = '' THEN
                RAISE EXCEPTION 'a contact has a point, a channel, who made contact and an age group' USING ERRCODE = 'invalid_parameter_value';
            END IF;
        END $$;

        -- Who may, asked once (v7 asked caller_role and my_points apart).
        CREATE OR REPLACE FUNCTION neuvo.require_advisor_at(point text, what text) RETURNS void
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text;
            mine text[];
        BEGIN
            SELECT w."role", w."points" INTO r, mine FROM neuvo.whoami() AS w;
            IF r = 'owner' THEN RETURN; END IF;
            IF r IS DISTINCT FROM 'advisor' THEN
                RAISE EXCEPTION 'only advisors and the owner %', what USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF point IS NOT NULL AND NOT point = ANY (mine) THEN
                RAISE EXCEPTION 'advisors % only at their points (%): not at %', what, array_to_string(mine, ', '), point
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END $$;

        -- One more call in the login's current minute and day, as v7's, with both limits read in one statement.
        CREATE OR REPLACE FUNCTION neuvo.count_pseudonym_call() RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            per_minute bigint;
            per_day bigint;
            period text;
            allowed bigint;
            now_period bigint;
            counter text;
            v bigint;
        BEGIN
            SELECT max(s."value"::bigint) FILTER (WHERE s."key" = 'pseudonym_per_minute'),
                   max(s."value"::bigint) FILTER (WHERE s."key" = 'pseudonym_per_day')
            INTO per_minute, per_day
            FROM neuvo.setting AS s WHERE s."key" IN ('pseudonym_per_minute', 'pseudonym_per_day');
            FOREACH period IN ARRAY ARRAY['minute', 'day'] LOOP
                allowed := CASE period WHEN 'minute' THEN per_minute ELSE per_day END;
                now_period := floor(extract(epoch FROM clock_timestamp()) / CASE period WHEN 'minute' THEN 60 ELSE 86400 END)::bigint;
                counter := neuvo.pseudonym_counter(session_user, period);
                IF to_regclass(counter) IS NULL THEN
                    RAISE EXCEPTION 'this login has no points: the owner gives an advisor points with neuvo roles'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                v := nextval(counter);
                IF v / 1000000 <> now_period THEN
                    v := setval(counter, now_period * 1000000 + 1);
                END IF;
                IF v % 1000000 > allowed THEN
                    RAISE EXCEPTION 'too many clients looked up: % a %, the owner''s setting pseudonym_per_%', allowed, period, period
                        USING ERRCODE = 'program_limit_exceeded';
                END IF;
            END LOOP;
        END $$;

        -- A NOTIFY takes the server's one notify lock at commit and holds it until the commit is on disk: every
        -- transaction that notifies waits for the one before it to reach the disk, one at a time, as the audit head made
        -- them. A save counts itself here and leaves the NOTIFY to its caller, after the commit (`neuvo.notify` set to
        -- 'after commit' for the save's transaction); every other write notifies as before.
        CREATE OR REPLACE FUNCTION neuvo.notify_contacts() RETURNS trigger
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM nextval('neuvo.change_count');
            IF current_setting('neuvo.notify', true) IS DISTINCT FROM 'after commit' THEN
                PERFORM pg_notify((SELECT "name" FROM neuvo.channel_secret), '');
            END IF;
            RETURN NULL;
        END $$;

        -- Saves one contact as v7's save_contact does (CONTRACT §6; the same refusals, SQLSTATEs and audit row), asking who
        -- is calling once and doing the checks and writes inline.
        CREATE OR REPLACE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text;
            mine text[];
            at_point text := contact->>'point';
            new_id bigint;
            ref text;
            seen_point text;
            missing bigint;
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
            INSERT INTO neuvo.contact ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation")
            VALUES (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, at_point, contact->>'channel', (contact->>'resolved')::boolean,
                contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
                contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
                (contact->>'satisfaction')::integer, contact->>'advisor',
                to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), token, contact->>'consultation')
            ON CONFLICT ("save_token") DO NOTHING
            RETURNING "id" INTO new_id;
            IF new_id IS NULL THEN
                -- Saved meanwhile by the same token's other attempt.
                RETURN (SELECT c."id" FROM neuvo.contact AS c WHERE c."save_token" = token);
            END IF;
            PERFORM neuvo.insert_contact_parts(new_id, contact);
            PERFORM neuvo.add_figures(ARRAY[new_id], 1, 0);
            IF ref IS NOT NULL THEN PERFORM neuvo.refresh_repeats(ARRAY[ref], 0); END IF;
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
        -- Its follow-up closing is the save's own now: v7's helper for it is called by nothing else.
        DROP FUNCTION neuvo.close_follow_ups_by(bigint[], bigint);
        """#
}
