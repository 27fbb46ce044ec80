extension PostgresSchema {
    /// v7, first part: who is calling (decided once, in the server, for every function, from this database's own
    /// membership table), the one way an audit row is written, and the audit log's hash chain. Every function of v7
    /// calls `neuvo.caller_role()` and `neuvo.audit_append(…)`; nothing else writes `neuvo.audit` but the owner's
    /// bulk paths (a copy), whose rows the same trigger chains.
    static let v7Access = #"""
        INSERT INTO neuvo.setting ("key", "value") VALUES ('timezone', 'Europe/Helsinki') ON CONFLICT ("key") DO NOTHING;

        -- Who holds which neuvo role in THIS database. The group roles neuvo_advisor… are cluster-wide, so they are only the
        -- gate (USAGE on the schema, EXECUTE on the functions): a test copy on the same server never changes production's
        -- roles. One role per login; an advisor's points stay in neuvo.advisor_point.
        CREATE TABLE neuvo.member (
            "login" text PRIMARY KEY,
            "role" text NOT NULL CHECK ("role" IN ('supervisor', 'trainer', 'advisor', 'board'))
        );
        -- Until now a membership held in every database of the cluster: a database made by an earlier neuvo keeps what
        -- was in force in it, one role per login in whoami's order (the owner takes none); a new one starts with none
        -- (applyMigrations says which: `neuvo.upgrading`).
        INSERT INTO neuvo.member ("login", "role")
        SELECT DISTINCT ON (m.rolname) m.rolname, substr(g.rolname, 7)
        FROM pg_auth_members AS a JOIN pg_roles AS g ON g.oid = a.roleid JOIN pg_roles AS m ON m.oid = a.member
        WHERE g.rolname IN ('neuvo_supervisor', 'neuvo_trainer', 'neuvo_advisor', 'neuvo_board')
          AND NOT pg_has_role(m.oid, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
          AND current_setting('neuvo.upgrading', true) = 'true'
        ORDER BY m.rolname, array_position(ARRAY['neuvo_supervisor', 'neuvo_trainer', 'neuvo_advisor', 'neuvo_board'], g.rolname::text);

        -- The points of the login, when it is an advisor in this database (empty for anyone else).
        CREATE OR REPLACE FUNCTION neuvo.my_points() RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce(array_agg(p."point" ORDER BY p."point"), '{}') FROM neuvo.advisor_point AS p
            WHERE p."login" = session_user::text
              AND EXISTS (SELECT 1 FROM neuvo.member AS m WHERE m."login" = p."login" AND m."role" = 'advisor');
        $$;

        -- Who is connected: the login, its neuvo role in this database and its points. A role counts when this database
        -- names it (neuvo.member) and the login holds the group role that opens the functions to it.
        CREATE OR REPLACE FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[])
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT session_user::text,
                CASE
                    WHEN pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN 'owner'
                    ELSE (SELECT m."role" FROM neuvo.member AS m
                          WHERE m."login" = session_user::text AND pg_has_role(session_user, 'neuvo_' || m."role", 'MEMBER'))
                END,
                neuvo.my_points();
        $$;

        -- The caller's neuvo role in this database: 'owner', 'supervisor', 'trainer', 'advisor', 'board', or NULL.
        CREATE FUNCTION neuvo.caller_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT "role" FROM neuvo.whoami();
        $$;

        -- The audit log's hash chain (AuditChain in the client, the same scheme on SQLite): each field as its length in
        -- UTF-8 bytes, ':' and the field; SHA-256 in hex over the previous row's hash and the row's fields.
        ALTER TABLE neuvo.audit ADD COLUMN "clients" text[] NOT NULL DEFAULT '{}';
        ALTER TABLE neuvo.audit ADD COLUMN "previous_hash" text, ADD COLUMN "hash" text;
        CREATE FUNCTION neuvo.audit_hash(previous text, "at" text, "user" text, command text, details text, contacts integer, clients text[])
        RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT encode(sha256(convert_to(string_agg(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '' ORDER BY n), 'UTF8')), 'hex')
            FROM unnest(ARRAY[previous, "at", "user", command, details, contacts::text, cardinality(clients)::text] || clients)
                WITH ORDINALITY AS x(f, n);
        $$;

        -- The rows held so far, chained in their order (the append-only trigger steps aside for this one statement).
        ALTER TABLE neuvo.audit DISABLE TRIGGER audit_is_never_changed;
        CREATE TABLE neuvo.audit_head ("only" boolean PRIMARY KEY DEFAULT true CHECK ("only"), "id" bigint NOT NULL, "hash" text NOT NULL);
        DO $$
        DECLARE
            r record;
            previous text := '';
            last bigint := 0;
        BEGIN
            FOR r IN SELECT * FROM neuvo.audit ORDER BY "id" LOOP
                UPDATE neuvo.audit SET "previous_hash" = previous,
                    "hash" = neuvo.audit_hash(previous, r."at", r."user", r."command", r."details", r."contacts", r."clients")
                WHERE "id" = r."id" RETURNING "hash" INTO previous;
                last := r."id";
            END LOOP;
            INSERT INTO neuvo.audit_head ("id", "hash") VALUES (last, previous);
        END $$;
        ALTER TABLE neuvo.audit ENABLE TRIGGER audit_is_never_changed;
        ALTER TABLE neuvo.audit ALTER COLUMN "previous_hash" SET NOT NULL, ALTER COLUMN "hash" SET NOT NULL;

        -- Every row inserted, by any path, takes its place at the chain's end: one at a time to the commit (the head
        -- row's lock; a REPEATABLE READ transaction that meets a newer head fails with 40001 and is run again), its id
        -- drawn under that lock so that the ids' order is the chain's. A row that comes with its hashes (a copy of
        -- another database's log) keeps them; `neuvo audit --verify` checks them like any other.
        CREATE FUNCTION neuvo.chain_audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head text;
        BEGIN
            SELECT h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            NEW."id" := nextval(pg_get_serial_sequence('neuvo.audit', 'id'));
            NEW."clients" := coalesce(array_remove(NEW."clients", NULL), '{}');
            IF NEW."hash" IS NULL THEN
                NEW."previous_hash" := coalesce(head, '');
                NEW."hash" := neuvo.audit_hash(NEW."previous_hash", NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients");
            ELSE
                NEW."previous_hash" := coalesce(NEW."previous_hash", '');
            END IF;
            UPDATE neuvo.audit_head SET "id" = NEW."id", "hash" = NEW."hash";
            -- Into the server's log too (level LOG: the log, never the client), which the README ships off the server:
            -- a copy of each row's place in the chain the database's owner cannot rewrite. Never the details or the
            -- clients, which may name a pseudonym.
            RAISE LOG 'neuvo audit row % hash % previous % by % (%)', NEW."id", NEW."hash", NEW."previous_hash", NEW."user", NEW."command";
            RETURN NEW;
        END $$;
        CREATE TRIGGER audit_is_chained BEFORE INSERT ON neuvo.audit FOR EACH ROW EXECUTE FUNCTION neuvo.chain_audit_row();
        CREATE TRIGGER audit_head_is_never_removed BEFORE DELETE OR TRUNCATE ON neuvo.audit_head
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.refuse_audit_change();

        -- Appends one audit row for the caller (session_user). `action` names what was done (the function's own name),
        -- `details` what it touched, `contacts` how many contacts, `clients` the pseudonyms of the clients whose data it
        -- read or changed (never an identity code). Holds the chain's head to the commit: call it last in a transaction.
        CREATE FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[] DEFAULT '{}') RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts", "clients")
            VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, action, details, contacts,
                    coalesce(clients, '{}'));
        $$;

        -- v1's neuvo.audit let any neuvo login write rows of its choosing: now the owner's alone (its maintenance paths),
        -- and through audit_append like every other row.
        CREATE OR REPLACE FUNCTION neuvo.audit(command text, details text, contacts integer) RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT neuvo.audit_append(command, details, contacts);
        $$;

        -- The chain as `neuvo audit --verify` reads it, a page at a time (at most `max_rows` rows after `after_id`), for
        -- the owner and supervisors; each page read is audited. The client recomputes every hash itself.
        CREATE FUNCTION neuvo.audit_chain(after_id bigint, max_rows integer)
        RETURNS TABLE ("id" bigint, "at" text, "user" text, "command" text, "details" text, "contacts" integer, "clients" text[],
            "previous_hash" text, "hash" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            got bigint;
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT a."id", a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash"
                FROM neuvo.audit AS a WHERE a."id" > after_id ORDER BY a."id" LIMIT greatest(max_rows, 1);
            GET DIAGNOSTICS got = ROW_COUNT;
            PERFORM neuvo.audit_append('audit_chain', format('audit rows after %s read to verify the chain (%s rows)', after_id, got), 0);
        END $$;

        -- The chain's newest row as the server keeps it: where `--verify` stops, and how it sees rows deleted from the end.
        CREATE FUNCTION neuvo.audit_head(OUT "id" bigint, OUT "hash" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT h."id", h."hash" INTO "id", "hash" FROM neuvo.audit_head AS h;
        END $$;

        -- The database's roles, by login (the owner's: neuvo roles).
        CREATE FUNCTION neuvo.members() RETURNS TABLE ("login" text, "role" text, "points" text[])
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner lists and sets roles (neuvo roles)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT m."login", m."role",
                    (SELECT coalesce(array_agg(p."point" ORDER BY p."point" COLLATE "C"), '{}') FROM neuvo.advisor_point AS p
                     WHERE p."login" = m."login" AND m."role" = 'advisor')
                FROM neuvo.member AS m ORDER BY m."login" COLLATE "C";
        END $$;

        -- Sets a login's role in this database (NULL: none) and an advisor's points, and audits it here. The cluster-wide
        -- group role is granted when the login lacks it, and never revoked: another database on the server may use it,
        -- and without a row here it opens nothing (every function asks caller_role first).
        CREATE FUNCTION neuvo.set_member(who text, new_role text, new_points text[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner lists and sets roles (neuvo roles)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
                RAISE EXCEPTION 'no login %', who USING ERRCODE = 'undefined_object';
            END IF;
            IF new_role IS NOT NULL AND new_role NOT IN ('supervisor', 'trainer', 'advisor', 'board') THEN
                RAISE EXCEPTION 'no neuvo role %', new_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role = 'advisor' AND cardinality(coalesce(new_points, '{}')) = 0 THEN
                RAISE EXCEPTION 'an advisor needs at least one point' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role IS NOT NULL AND pg_has_role(who, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
                RAISE EXCEPTION 'the database''s owner % takes no neuvo role', who USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role IS NULL THEN
                DELETE FROM neuvo.member WHERE "login" = who;
            ELSE
                IF NOT pg_has_role(who, 'neuvo_' || new_role, 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', 'neuvo_' || new_role, who);
                END IF;
                INSERT INTO neuvo.member ("login", "role") VALUES (who, new_role)
                ON CONFLICT ("login") DO UPDATE SET "role" = excluded."role";
            END IF;
            DELETE FROM neuvo.advisor_point WHERE "login" = who;
            IF new_role = 'advisor' THEN
                INSERT INTO neuvo.advisor_point ("login", "point") SELECT DISTINCT who, unnest(new_points);
            END IF;
            PERFORM neuvo.audit_append('roles', format('roles %s: %s', who, CASE
                WHEN new_role IS NULL THEN 'none'
                WHEN new_role = 'advisor' THEN format('advisor (%s)',
                    (SELECT string_agg(p, ', ' ORDER BY p COLLATE "C") FROM (SELECT DISTINCT unnest(new_points) AS p) AS x))
                ELSE new_role END), 0);
        END $$;

        -- Only the functions write the audit log: no neuvo role holds a privilege on its tables, nor the old neuvo.audit.
        REVOKE ALL ON neuvo.audit, neuvo.audit_head, neuvo.member FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        REVOKE ALL ON FUNCTION neuvo.audit(text, text, integer) FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        REVOKE ALL ON FUNCTION neuvo.caller_role(), neuvo.audit_append(text, text, integer, text[]), neuvo.audit_hash(text, text, text, text, text, integer, text[]),
            neuvo.chain_audit_row(), neuvo.audit_chain(bigint, integer), neuvo.audit_head(), neuvo.members(),
            neuvo.set_member(text, text, text[]) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.whoami() TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        -- Open to every neuvo role so that a refusal says who may (the functions ask caller_role first).
        GRANT EXECUTE ON FUNCTION neuvo.audit_chain(bigint, integer), neuvo.audit_head()
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        """#
}
