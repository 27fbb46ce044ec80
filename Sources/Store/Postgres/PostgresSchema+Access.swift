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
        -- UTF-8 bytes, ':' and the field; SHA-256 in hex over the previous row's hash and the row's fields. `seq` is the
        -- row's place in the chain (ids are drawn at insert, the chain is made at commit, so the two orders may differ).
        ALTER TABLE neuvo.audit ADD COLUMN "clients" text[] NOT NULL DEFAULT '{}';
        ALTER TABLE neuvo.audit ADD COLUMN "seq" bigint UNIQUE, ADD COLUMN "previous_hash" text, ADD COLUMN "hash" text;
        CREATE FUNCTION neuvo.audit_hash(previous text, "at" text, "user" text, command text, details text, contacts integer, clients text[])
        RETURNS text LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
            SELECT encode(sha256(convert_to(string_agg(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '' ORDER BY n), 'UTF8')), 'hex')
            FROM unnest(ARRAY[previous, "at", "user", command, details, contacts::text, cardinality(clients)::text] || clients)
                WITH ORDINALITY AS x(f, n);
        $$;

        -- Audit rows are never changed, for their owner too — but for the one change the chain makes to a row of its own
        -- transaction at commit: from no hash to its place in the chain, every other field as it was.
        CREATE OR REPLACE FUNCTION neuvo.refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit' THEN
                IF OLD."hash" IS NULL AND OLD."seq" IS NULL AND NEW."hash" IS NOT NULL AND NEW."seq" IS NOT NULL
                   AND (NEW."id", NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients")
                       IS NOT DISTINCT FROM (OLD."id", OLD."at", OLD."user", OLD."command", OLD."details", OLD."contacts", OLD."clients") THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION 'audit rows are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
        END $$;

        -- The rows held so far, chained in their order (the append-only trigger steps aside for this one statement).
        ALTER TABLE neuvo.audit DISABLE TRIGGER audit_is_never_changed;
        CREATE TABLE neuvo.audit_head (
            "only" boolean PRIMARY KEY DEFAULT true CHECK ("only"),
            "seq" bigint NOT NULL,
            "id" bigint NOT NULL,
            "hash" text NOT NULL
        );
        DO $$
        DECLARE
            r record;
            previous text := '';
            place bigint := 0;
            last bigint := 0;
        BEGIN
            FOR r IN SELECT * FROM neuvo.audit ORDER BY "id" LOOP
                place := place + 1;
                UPDATE neuvo.audit SET "seq" = place, "previous_hash" = previous,
                    "hash" = neuvo.audit_hash(previous, r."at", r."user", r."command", r."details", r."contacts", r."clients")
                WHERE "id" = r."id" RETURNING "hash" INTO previous;
                last := r."id";
            END LOOP;
            INSERT INTO neuvo.audit_head ("seq", "id", "hash") VALUES (place, last, previous);
        END $$;
        ALTER TABLE neuvo.audit ENABLE TRIGGER audit_is_never_changed;

        -- A row takes its place at the chain's end when its transaction commits (a deferred constraint trigger): the head
        -- row's lock is held only from then to the commit's end, so no save waits for another session's open import,
        -- and the chain stays linear. (A REPEATABLE READ transaction that audits and meets a newer head at its commit
        -- fails with 40001, to be run again: audit outside such transactions.) A row that comes with its hashes (the
        -- owner's copy of another database's log) takes its place at once, hashes kept; `--verify` checks them.
        CREATE FUNCTION neuvo.place_audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head record;
        BEGIN
            NEW."clients" := coalesce(array_remove(NEW."clients", NULL), '{}');
            IF NEW."hash" IS NULL THEN
                NEW."seq" := NULL;
                NEW."previous_hash" := NULL;
                RETURN NEW;
            END IF;
            SELECT h."seq", h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            NEW."seq" := head."seq" + 1;
            NEW."previous_hash" := coalesce(NEW."previous_hash", '');
            UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash";
            RETURN NEW;
        END $$;
        CREATE FUNCTION neuvo.chain_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head record;
            chained text;
        BEGIN
            SELECT h."seq", h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            UPDATE neuvo.audit SET "seq" = head."seq" + 1, "previous_hash" = head."hash",
                "hash" = neuvo.audit_hash(head."hash", NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients")
            WHERE "id" = NEW."id" AND "hash" IS NULL RETURNING "hash" INTO chained;
            IF chained IS NULL THEN
                RETURN NULL;
            END IF;
            UPDATE neuvo.audit_head SET "seq" = head."seq" + 1, "id" = NEW."id", "hash" = chained;
            -- Into the server's log too (level LOG: the log, never the client), which the README ships off the server:
            -- a copy of each row's place in the chain the database's owner cannot rewrite. Never the details or the
            -- clients, which may name a pseudonym.
            RAISE LOG 'neuvo audit row % hash % previous % by % (%)', NEW."id", chained, head."hash", NEW."user", NEW."command";
            RETURN NULL;
        END $$;
        CREATE TRIGGER audit_is_placed BEFORE INSERT ON neuvo.audit FOR EACH ROW EXECUTE FUNCTION neuvo.place_audit_row();
        CREATE CONSTRAINT TRIGGER audit_is_chained AFTER INSERT ON neuvo.audit DEFERRABLE INITIALLY DEFERRED
            FOR EACH ROW WHEN (NEW."hash" IS NULL) EXECUTE FUNCTION neuvo.chain_audit_row();
        CREATE TRIGGER audit_head_is_never_removed BEFORE DELETE OR TRUNCATE ON neuvo.audit_head
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.refuse_audit_change();

        -- Appends one audit row for the caller (session_user). `action` names what was done (the function's own name),
        -- `details` what it touched, `contacts` how many contacts, `clients` the pseudonyms of the clients whose data it
        -- read or changed (never an identity code). The row is chained when the transaction commits.
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

        -- The chain as `neuvo audit --verify` reads it, a page at a time (at most `max_rows` rows after place
        -- `after_seq`, in the chain's order; with `after_seq` < 0 first any committed row outside the chain, which only
        -- the owner with the triggers off can make), for the owner and supervisors; each page read is audited. The client
        -- recomputes every hash itself.
        CREATE FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer)
        RETURNS TABLE ("id" bigint, "seq" bigint, "at" text, "user" text, "command" text, "details" text, "contacts" integer,
            "clients" text[], "previous_hash" text, "hash" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            got bigint;
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT a."id", a."seq", a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash"
                FROM neuvo.audit AS a WHERE (after_seq < 0 AND a."seq" IS NULL) OR a."seq" > after_seq
                ORDER BY a."seq" NULLS FIRST, a."id" LIMIT greatest(max_rows, 1);
            GET DIAGNOSTICS got = ROW_COUNT;
            PERFORM neuvo.audit_append('audit_chain', format('audit rows after place %s read to verify the chain (%s rows)', greatest(after_seq, 0), got), 0);
        END $$;

        -- The chain's newest row as the server keeps it: where `--verify` stops, and how it sees rows deleted from the end.
        CREATE FUNCTION neuvo.audit_head(OUT "seq" bigint, OUT "id" bigint, OUT "hash" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT h."seq", h."id", h."hash" INTO "seq", "id", "hash" FROM neuvo.audit_head AS h;
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
            neuvo.place_audit_row(), neuvo.chain_audit_row(), neuvo.audit_chain(bigint, integer), neuvo.audit_head(), neuvo.members(),
            neuvo.set_member(text, text, text[]) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.whoami() TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        -- Open to every neuvo role so that a refusal says who may (the functions ask caller_role first).
        GRANT EXECUTE ON FUNCTION neuvo.audit_chain(bigint, integer), neuvo.audit_head()
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        """#
}
