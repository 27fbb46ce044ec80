extension PostgresSchema {
    /// v11: `neuvo.handoff_list` of v9, its audit row now naming the clients whose handoff details it showed.
    static let v11HandoffList = #"""
        CREATE OR REPLACE FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor', 'service'], 'listing handoffs');
            ids bigint[];
            shown bigint[];
        BEGIN
            IF with_details AND r NOT IN ('owner', 'service') THEN
                RAISE EXCEPTION 'a handoff''s details are for logins of the receiving service, not for %',
                    CASE r WHEN 'advisor' THEN 'an advisor' ELSE 'a ' || r END USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT coalesce(array_agg(h."id" ORDER BY h."sent_instant" DESC, h."id" DESC), '{}') INTO ids FROM neuvo.handoff AS h
            WHERE (r IN ('owner', 'supervisor') OR (r = 'advisor' AND h."point" = ANY (neuvo.my_points()))
                   OR (r = 'service' AND h."service" = ANY (neuvo.my_services())))
              AND (NOT coalesce(open_only, false) OR h."closed_at" IS NULL);
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, coalesce(with_details, false), r IN ('owner', 'supervisor', 'advisor'), false);
            IF with_details THEN
                SELECT coalesce(array_agg(d."handoff_id" ORDER BY d."handoff_id"), '{}') INTO shown FROM neuvo.handoff_detail AS d
                WHERE d."handoff_id" = ANY (ids);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_list'),
                format('handoffs listed: %s', cardinality(ids))
                    || CASE WHEN cardinality(shown) > 0 THEN ', with details: ' || array_to_string(shown, ', ') ELSE '' END, 0,
                neuvo.distinct_refs(ARRAY(SELECT c."client_ref" FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
                                          WHERE h."id" = ANY (coalesce(shown, '{}')))));
        END $$;
        """#

    /// v11: `neuvo.import_contacts` of v7, its audit row now naming the clients it imported contacts of (by the
    /// pseudonyms the file carries).
    static let v11Import = #"""
        CREATE OR REPLACE FUNCTION neuvo.import_contacts(details text, command text) RETURNS integer
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
            PERFORM neuvo.audit_append(command, details, imported, refs);
            RETURN imported;
        END $$;
        """#
}
