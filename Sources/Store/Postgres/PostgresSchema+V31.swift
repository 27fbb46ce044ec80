extension PostgresSchema {
    /// v31: figure origins as integers (issue 22, part "origin"; DECISIONS "v31 on PostgreSQL"). An import's figures are
    /// kept under an origin of its own, until now its transaction's id (`txid_current()`, a bigint that passes 2^31), which
    /// made the figures' key entries 32 bytes (the bigint aligned to 8); now a number of the sequence `neuvo.figure_origin`
    /// (integer, never reused, the owner's alone) and the column `integer`: 24-byte entries. `import_contacts` replaced
    /// with v28's text but for its origin; the owner's import (Swift) draws from the sequence too.
    static let v31 = #"""
        -- The positive origins the tables hold (imports' transaction ids, which may be past 2^31) renumbered 1, 2, … in
        -- their order, the same in both tables; lanes (0, −1 … −15) kept. Distinct stays distinct, so no two rows meet.
        CREATE TEMP TABLE v31_origin ("old" bigint PRIMARY KEY, "new" integer NOT NULL);
        INSERT INTO pg_temp.v31_origin
        SELECT o."origin", row_number() OVER (ORDER BY o."origin")
        FROM (SELECT "origin" FROM neuvo.daily_figure WHERE "origin" > 0
              UNION SELECT "origin" FROM neuvo.monthly_figure WHERE "origin" > 0) AS o;
        CREATE FUNCTION pg_temp.v31_origin(o bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN o > 0 THEN (SELECT m."new" FROM pg_temp.v31_origin AS m WHERE m."old" = o) ELSE o::integer END
        $$;
        -- Rewritten with their keys, index, policies and triggers kept (an ALTER fires no trigger). The monthly rows gain
        -- no bytes (their key and row are padded to 8 either way) but take the same numbers, so that a month's rows of an
        -- import stay the rows of its days.
        ALTER TABLE neuvo.daily_figure ALTER COLUMN "origin" TYPE integer USING pg_temp.v31_origin("origin");
        ALTER TABLE neuvo.monthly_figure ALTER COLUMN "origin" TYPE integer USING pg_temp.v31_origin("origin");

        -- The next import's origin: past every one renumbered above. Only the owner (and the owner's functions) draws.
        CREATE SEQUENCE neuvo.figure_origin AS integer MINVALUE 1 NO CYCLE;
        SELECT setval('neuvo.figure_origin', max("new")) FROM pg_temp.v31_origin HAVING count(*) > 0;
        REVOKE ALL ON SEQUENCE neuvo.figure_origin FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        DROP FUNCTION pg_temp.v31_origin(bigint);
        DROP TABLE pg_temp.v31_origin;

        CREATE OR REPLACE FUNCTION neuvo.import_contacts(details text, command text)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            imported integer;
            origin integer := nextval('neuvo.figure_origin');
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
                    SELECT "point" FROM pg_temp.import_contact UNION SELECT "channel" FROM pg_temp.import_contact
                    UNION SELECT "contact_by" FROM pg_temp.import_contact
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
            ON CONFLICT ("pseudonym") DO NOTHING;
            INSERT INTO neuvo.contact ("id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation", "topics", "referrals")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", neuvo.offset_minutes(c."occurred_at"), extract(epoch FROM c."occurred_at"::timestamptz)::bigint,
                substr(c."occurred_at", 1, 10)::date, t0."id"::smallint, t1."id"::smallint, c."resolved", t2."id"::smallint, t3."id"::smallint,
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
                JOIN neuvo.term AS t0 ON t0."word" = c."point"
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
}
