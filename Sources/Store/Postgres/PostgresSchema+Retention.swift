extension PostgresSchema {
    /// v11's retention part (CONTRACT §11: `neuvo retention`): its settings and the owner's two functions.
    static let v11Retention = #"""
        INSERT INTO neuvo.setting ("key", "value") VALUES ('retention.client_ref_days', '365'), ('retention.draft_days', '30')
        ON CONFLICT ("key") DO NOTHING;

        -- `neuvo settings --client-ref-days N --draft-days N` (the owner's): out of range, or a client_ref_days shorter
        -- than the follow-up window, is refused and nothing changes.
        CREATE FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            window_days integer := ((SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') + 23) / 24;
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner changes the retention settings (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF client_ref_days IS NULL OR client_ref_days NOT BETWEEN 1 AND 3650 THEN
                RAISE EXCEPTION 'retention.client_ref_days is 1 to 3650 days' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF draft_days IS NULL OR draft_days NOT BETWEEN 1 AND 365 THEN
                RAISE EXCEPTION 'retention.draft_days is 1 to 365 days' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF client_ref_days < window_days THEN
                RAISE EXCEPTION 'retention.client_ref_days is never shorter than the follow-up window (% days)', window_days
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            UPDATE neuvo.setting SET "value" = client_ref_days::text WHERE "key" = 'retention.client_ref_days';
            UPDATE neuvo.setting SET "value" = draft_days::text WHERE "key" = 'retention.draft_days';
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_retention'),
                format('retention client_ref_days %s, draft_days %s', client_ref_days, draft_days), 0);
        END $$;

        -- `neuvo retention [--dry-run]` (the owner's): unlinks the client_ref of every contact of a day before
        -- `today` − client_ref_days (never fewer days than the follow-up window), removes the drafts unchanged since
        -- before `now_instant` − draft_days, and erases handoff details through erase_handoff_details (§9), in one
        -- transaction. The repeat flags stay: refresh_repeats recounts only contacts that keep a client_ref, so the
        -- figures, and every report, are the same afterwards, under any later window too. A dry run does the same work
        -- in a subtransaction and rolls it back. Audited with the pseudonyms unlinked.
        CREATE FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text)
        RETURNS TABLE ("unlinked" integer, "drafts" integer, "handoff_details" integer, "unlinked_before" date)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            ref_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.client_ref_days');
            draft_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.draft_days');
            window_days integer := ((SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') + 23) / 24;
            cut date;
            draft_cut text;
            u integer := 0;
            d integer := 0;
            h integer := 0;
            refs text[] := '{}';
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner runs neuvo retention' USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM neuvo.required(now_instant, 'now');
            PERFORM neuvo.required(today, 'today');
            PERFORM neuvo.required(dry_run, 'dry_run');
            cut := today - greatest(ref_days, window_days);
            draft_cut := to_char(to_timestamp(now_instant - draft_days::bigint * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
            BEGIN
                SELECT coalesce(array_agg(DISTINCT c."client_ref" ORDER BY c."client_ref"), '{}') INTO refs
                FROM neuvo.contact AS c WHERE c."day" < cut AND c."client_ref" IS NOT NULL;
                UPDATE neuvo.contact AS c SET "client_ref" = NULL WHERE c."day" < cut AND c."client_ref" IS NOT NULL;
                GET DIAGNOSTICS u = ROW_COUNT;
                DELETE FROM neuvo.draft AS x WHERE x."updated_at" < draft_cut;
                GET DIAGNOSTICS d = ROW_COUNT;
                h := neuvo.erase_handoff_details(now_instant, command);
                IF dry_run THEN
                    RAISE EXCEPTION 'dry run' USING ERRCODE = 'NVDRY';
                END IF;
            EXCEPTION WHEN SQLSTATE 'NVDRY' THEN
                NULL;
            END;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'retention'),
                format('retention%s: %s client_refs unlinked (days before %s), %s drafts removed, %s handoffs'' details erased',
                    CASE WHEN dry_run THEN ' dry run' ELSE '' END, u, cut, d, h),
                u, refs);
            RETURN QUERY SELECT u, d, h, cut;
        END $$;

        REVOKE ALL ON FUNCTION neuvo.set_retention(integer, integer, text), neuvo.retention(bigint, date, boolean, text) FROM PUBLIC;
        -- Every neuvo role may call them, so that each is refused by name (42501), not by a bare missing privilege.
        GRANT EXECUTE ON FUNCTION neuvo.set_retention(integer, integer, text), neuvo.retention(bigint, date, boolean, text)
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        """#
}
