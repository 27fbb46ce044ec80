extension PostgresSchema {
    /// v13: concurrent saves (issues 17 and 22: PostgreSQL saves under load). Sampled while 20 advisors saved at once at
    /// seven points, nine tenths of a save's server time (28–31 ms of 30–34) went to waiting for another save's transaction to end: every
    /// save at a point added to the same figure rows of its day (origin 0: `contacts`, `resolved`, `by_hour`, …), whose
    /// locks are held until the commit is on disk, so the saves at one point went one flush at a time. The figures were
    /// already kept by origin and summed on every read (an import adds to rows of its own); a save now adds to rows of a
    /// lane of its month and point that no other open transaction holds, so saves side by side share no row. Lane 0 is
    /// origin 0, so a point's figures stay one row each unless two saves there overlap; at most sixteen lanes a day and
    /// point. Every rule of the save is v8's: the same refusals, audit row, token and figures in its transaction.
    static let v13 = #"""
        -- The lane of a save's figures: the first of sixteen lanes of the contact's month and point that no other open
        -- transaction holds (an advisory lock held to the commit's end, as the figure rows' own locks are), as the origin
        -- its figure rows are added to: lane 0 is origin 0, the rows every save added to before; lane n is origin -n (an
        -- import's origin is its transaction's id, never negative). Two saves at one point at once add to rows of their
        -- own, and neither waits for the other's commit to reach the disk. When all sixteen are held, the session's own
        -- lane without its lock: the rows' locks then decide who waits, for a transaction's end only — advisory locks are
        -- any login's to take, for a whole session, and one holding every lane must not stop a save. Only a save chooses
        -- a lane; every other write adds to origin 0 or its own, as before, and the rows' own locks keep every sum exact
        -- whatever lane a save has (the advisory lock only steers).
        CREATE FUNCTION neuvo.figure_lane(on_day date, at_point text) RETURNS bigint
        LANGUAGE plpgsql VOLATILE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            -- By month, not day: v14 keeps monthly sums by origin beside the daily ones, and a lane must be the only open
            -- save adding to both (two saves on two days of one month would otherwise share the month's rows and deadlock).
            k integer := hashtext('neuvo figures ' || to_char(on_day, 'YYYY-MM') || ' ' || at_point);  -- whatever the DateStyle
        BEGIN
            FOR lane IN 0..15 LOOP
                IF pg_try_advisory_xact_lock(k, 100 + lane) THEN RETURN -lane; END IF;
            END LOOP;
            RETURN -(pg_backend_pid() % 16);
        END $$;
        REVOKE ALL ON FUNCTION neuvo.figure_lane(date, text) FROM PUBLIC;

        -- v8's save, its figures and repeats added in the lane of its month and point (above) rather than always to origin 0.
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
            lane bigint;
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
        """#
}
