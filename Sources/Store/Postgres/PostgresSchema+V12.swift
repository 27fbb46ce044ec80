extension PostgresSchema {
    /// v12: settings through functions, and issue 20's last gaps on the server (CONTRACT §6, §11).
    /// - The time zone and `privacy.idle_minutes` are set through owner-only, audited, argument-checked functions, as the
    ///   follow-up window and retention already were: the owner's client no longer writes `neuvo.setting` itself.
    /// - A contact whose pseudonym retention unlinked is marked (`unlinked`): its figures were counted with a pseudonym,
    ///   and an edit now moves those two figures (`with_client_ref`, `repeats`) with it and keeps its repeat flag, where
    ///   v7's edit took them out as if it never had one. Retention marks what it unlinks.
    /// - The handoff queue and the sent handoffs' list name the clients of the handoffs they list; the drafts read name
    ///   the client a draft holds (a pseudonym, the owner's form's; an advisor's form holds a handle that names nobody).
    /// Every function replaced is a copy of the one before with only what is said here changed.
    static var v12: String { #"""
        -- The region's time zone (`neuvo settings --timezone`): the owner's; an IANA name the server knows.
        CREATE FUNCTION neuvo.set_time_zone(zone text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            old text := coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'), 'Europe/Helsinki');
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner changes the time zone (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF zone IS NULL OR zone !~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$'
               OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names AS t WHERE t."name" = zone) THEN
                RAISE EXCEPTION 'the time zone is an IANA name such as Europe/Helsinki' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            INSERT INTO neuvo.setting ("key", "value") VALUES ('timezone', zone) ON CONFLICT ("key") DO UPDATE SET "value" = zone;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_time_zone'), format('timezone %s → %s', old, zone), 0);
        END $$;

        -- The idle cover (`neuvo settings --idle-minutes`, CONTRACT §11): the owner's; 0 (off) to 480 minutes.
        CREATE FUNCTION neuvo.set_idle_minutes(minutes integer, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            old text := coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'privacy.idle_minutes'), '5');
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner changes the idle cover (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF minutes IS NULL OR minutes NOT BETWEEN 0 AND 480 THEN
                RAISE EXCEPTION 'privacy.idle_minutes is 0 (off) to 480 minutes' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            INSERT INTO neuvo.setting ("key", "value") VALUES ('privacy.idle_minutes', minutes::text)
            ON CONFLICT ("key") DO UPDATE SET "value" = minutes::text;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_idle_minutes'),
                format('privacy.idle_minutes %s → %s', old, minutes), 0);
        END $$;

        REVOKE ALL ON FUNCTION neuvo.set_time_zone(text, text), neuvo.set_idle_minutes(integer, text) FROM PUBLIC;
        -- Every neuvo role may call them, so that each is refused by name (42501), not by a bare missing privilege.
        GRANT EXECUTE ON FUNCTION neuvo.set_time_zone(text, text), neuvo.set_idle_minutes(integer, text)
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;

        -- Counted with a pseudonym that retention has since removed: its `with_client_ref` (and, with its frozen repeat
        -- flag, `repeats`) stay in the figures, and an edit carries them along.
        ALTER TABLE neuvo.contact ADD COLUMN "unlinked" boolean NOT NULL DEFAULT false;

        -- v7's edit: an unlinked contact edited without a new identity code stays unlinked, keeps its repeat flag and its
        -- two pseudonym figures, moved to its new day and point; given a code it is linked again and counted afresh.
        CREATE OR REPLACE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            old_point text;
            old_ref text;
            old_day date;
            was_unlinked boolean;
            old_repeat boolean;
            stays_unlinked boolean;
            ref text;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            SELECT "point", "client_ref", "day", "unlinked", "has_repeat" INTO old_point, old_ref, old_day, was_unlinked, old_repeat
            FROM neuvo.contact WHERE "id" = edited FOR UPDATE;
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
            stays_unlinked := was_unlinked AND ref IS NULL;
            IF was_unlinked THEN
                PERFORM neuvo.add_figure(old_day, old_point, 'with_client_ref', '', -1);
                IF old_repeat THEN PERFORM neuvo.add_figure(old_day, old_point, 'repeats', '', -1); END IF;
            END IF;
            PERFORM neuvo.add_figures(ARRAY[edited], -1, 0);
            UPDATE neuvo.contact AS t SET ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "consultation", "has_repeat", "unlinked") =
                (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', contact->>'channel', (contact->>'resolved')::boolean,
                 contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
                 contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
                 (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation', stays_unlinked AND old_repeat,
                 stays_unlinked)
            WHERE t."id" = edited;
            DELETE FROM neuvo.contact_topic WHERE "contact_id" = edited;
            DELETE FROM neuvo.contact_referral WHERE "contact_id" = edited;
            DELETE FROM neuvo.contact_unmet_need WHERE "contact_id" = edited;
            DELETE FROM neuvo.assessment WHERE "contact_id" = edited;
            PERFORM neuvo.insert_contact_parts(edited, contact);
            PERFORM neuvo.add_figures(ARRAY[edited], 1, 0);
            IF stays_unlinked THEN
                PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'with_client_ref', '', 1);
                IF old_repeat THEN
                    PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'repeats', '', 1);
                END IF;
            END IF;
            IF old_ref IS NOT NULL OR ref IS NOT NULL THEN
                PERFORM neuvo.refresh_repeats(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL), 0);
            END IF;
            PERFORM neuvo.audit_append(command, 'contact ' || edited || ' edited', 1,
                ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL));
        END $$;

        -- v11's retention, marking the contacts it unlinks.
        CREATE OR REPLACE FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text)
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
                UPDATE neuvo.contact AS c SET "client_ref" = NULL, "unlinked" = true WHERE c."day" < cut AND c."client_ref" IS NOT NULL;
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

        -- v9's queue, its audit row naming the clients of the handoffs listed.
        CREATE OR REPLACE FUNCTION neuvo.handoff_queue(services text[], command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'service'], 'the handoff queue');
            mine text[] := CASE WHEN r = 'owner' THEN NULL ELSE neuvo.my_services() END;
            ids bigint[];
        BEGIN
            SELECT coalesce(array_agg(h."id" ORDER BY h."urgency" = 'urgent' DESC, h."sent_instant", h."id"), '{}') INTO ids
            FROM neuvo.handoff AS h
            WHERE h."closed_at" IS NULL AND (mine IS NULL OR h."service" = ANY (mine)) AND (services IS NULL OR h."service" = ANY (services));
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, false, r = 'owner', false);
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_queue'),
                format('handoff queue of %s: %s open', coalesce(array_to_string(coalesce(services, mine), ', '), 'every service'), cardinality(ids)),
                0, neuvo.handoffs_clients(ids));
        END $$;

        -- v9's sent handoffs, its audit row naming the clients of the handoffs listed.
        CREATE OR REPLACE FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor'], 'the sending points'' handoffs');
            allowed text[] := CASE WHEN r = 'advisor' THEN neuvo.my_points() ELSE NULL END;
            ids bigint[];
        BEGIN
            PERFORM neuvo.required(since, 'since');
            SELECT coalesce(array_agg(h."id" ORDER BY h."sent_instant" DESC, h."id" DESC), '{}') INTO ids FROM neuvo.handoff AS h
            WHERE (allowed IS NULL OR h."point" = ANY (allowed)) AND (at_points IS NULL OR h."point" = ANY (at_points))
              AND left(h."sent_at", 10) >= since::text;
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, false, true, true);
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'sent_handoffs'),
                format('handoffs sent since %s from %s: %s', since, coalesce(array_to_string(coalesce(at_points, allowed), ', '), 'all points'),
                       cardinality(ids)),
                0, neuvo.handoffs_clients(ids));
        END $$;

        -- The clients of these handoffs, for an audit row: the pseudonyms of the contacts they were sent from.
        CREATE FUNCTION neuvo.handoffs_clients(ids bigint[]) RETURNS text[]
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce(array_agg(DISTINCT c."client_ref" ORDER BY c."client_ref"), '{}')
            FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
            WHERE h."id" = ANY (ids) AND c."client_ref" IS NOT NULL;
        $$;
        REVOKE ALL ON FUNCTION neuvo.handoffs_clients(bigint[]) FROM PUBLIC;

        -- The client a draft's form holds, for the audit rows of its reading: its `clientRef` when that is a pseudonym (43
        -- characters of base64url). An advisor's form holds a handle of her own session instead, which names nobody, and
        -- no draft holds an identity code (save_draft refuses one).
        CREATE FUNCTION neuvo.draft_client(form text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT substring(form FROM '"clientRef":"([A-Za-z0-9_-]{43})"');
        $$;
        REVOKE ALL ON FUNCTION neuvo.draft_client(text) FROM PUBLIC;

        -- v7's drafts, its audit row naming the clients the drafts hold.
        CREATE OR REPLACE FUNCTION neuvo.drafts(command text DEFAULT NULL)
        RETURNS TABLE ("id" bigint, "advisor" text, "point" text, "updated_at" text, "form" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading drafts');
            n integer;
        BEGIN
            RETURN QUERY SELECT d."id", d."advisor", d."point", d."updated_at", d."form" FROM neuvo.draft AS d
                WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n > 0 THEN
                PERFORM neuvo.audit_append(neuvo.command_label(command, 'drafts'), 'drafts read', n,
                    neuvo.distinct_refs(ARRAY(SELECT neuvo.draft_client(d."form") FROM neuvo.draft AS d WHERE d."advisor" = session_user::text)));
            END IF;
        END $$;

        -- v7's home screen, its audit row naming the clients of the caller's drafts it returns too.
        CREATE OR REPLACE FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.overview_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'the day''s overview');
            r neuvo.contact_row;
            day_contacts neuvo.contact_row[] := '{}';
            open_count bigint;
            draft_count integer;
            draft_refs text[];
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day'), neuvo.required(at_point, 'at_point'), neuvo.required(follow_ups_since, 'follow_ups_since');
            FOR r IN
                \#(contactRowSelect)
                WHERE c."day" = on_day AND c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted))
                ORDER BY c."instant", c."id"
            LOOP
                day_contacts := day_contacts || r;
            END LOOP;
            SELECT count(*) INTO open_count FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= follow_ups_since
              AND NOT c."resolved" AND f."contact_id" IS NULL;
            SELECT count(*), array_agg(neuvo.draft_client(d."form")) INTO draft_count, draft_refs
            FROM neuvo.draft AS d WHERE d."advisor" = session_user::text;
            RETURN QUERY SELECT x.*, 'contact'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint, NULL::bigint,
                NULL::text, NULL::text, NULL::text
                FROM unnest(day_contacts) AS x;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'figure'::text, f."day", f."point", f."figure", f."code", f."value",
                NULL::bigint, NULL::text, NULL::text, NULL::text
                FROM neuvo.figure_rows(wanted, on_day, on_day, false, who <> 'owner', NULL) AS f;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'open'::text, NULL::date, NULL::text, NULL::text, NULL::text, open_count,
                NULL::bigint, NULL::text, NULL::text, NULL::text;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'draft'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint,
                d."id", d."point", d."updated_at", d."form"
                FROM neuvo.draft AS d WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'day_overview'),
                'day ' || neuvo.day_text(on_day) || ', point ' || at_point || ', follow-ups since ' || neuvo.day_text(follow_ups_since)
                    || ', ' || draft_count || ' drafts',
                (cardinality(day_contacts) + open_count)::integer,
                neuvo.distinct_refs(ARRAY(SELECT x."client_ref" FROM unnest(day_contacts) AS x) || coalesce(draft_refs, '{}')));
        END $$;
        """# }
}
