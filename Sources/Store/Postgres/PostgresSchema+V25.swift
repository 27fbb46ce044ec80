extension PostgresSchema {
    /// v25's PostgreSQL half (issue 22, part "clients"): the client's pseudonym once in `neuvo.client`, by number in the
    /// contact (`contact."client" integer`, was `client_ref` text) and in `contact_client_instant`. Every function that
    /// named the column or `repeat_client` replaced whole with the same interface, pseudonyms as text in and out
    /// (DECISIONS, v25); `import_repeats` takes the clients the dictionary knew before the import. The functions v28
    /// restates come from one generator each (`ContactColumns`).
    static let v25 = #"""
        -- The clients by number: each pseudonym once in `neuvo.client` (the table `repeat_client` was, with an id), and
        -- the contact names its client by that id. The owner's only, as `repeat_client` was: no grants, no policies.
        CREATE TABLE neuvo.client (
            "id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            "pseudonym" text NOT NULL CHECK (length("pseudonym") BETWEEN 8 AND 64),
            -- Each pseudonym once, kept by a hash index: its entries hold a 4-byte hash where a B-tree's held the
            -- 43-character text (at the bench's million, 290 k clients: ~11 MB against ~25). Only equality is asked of it.
            CONSTRAINT "client_pseudonym_once" EXCLUDE USING hash ("pseudonym" WITH =)
        );
        -- Numbered in the order of each client's first contact, so that `contact_client_instant` grows at its right edge;
        -- then the clients whose contacts retention unlinked, whose rows `repeat_client` kept.
        INSERT INTO neuvo.client ("pseudonym")
        SELECT c."client_ref" FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL GROUP BY 1 ORDER BY min(c."id");
        INSERT INTO neuvo.client ("pseudonym")
        SELECT r."client_ref" FROM neuvo.repeat_client AS r
        WHERE NOT EXISTS (SELECT 1 FROM neuvo.client AS k WHERE k."pseudonym" = r."client_ref") ORDER BY 1;
        CREATE FUNCTION neuvo.v25_client(ref text) RETURNS integer LANGUAGE sql STABLE STRICT SET search_path = neuvo, pg_temp AS $$
            SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref
        $$;
        -- One rewrite (keys, policies and the foreign keys of the tables that reference `contact` kept), checked: every
        -- contact names the same pseudonym through its number as it did by text, or nothing changes.
        DO $$
        DECLARE
            before text := (SELECT md5(string_agg(c."id" || ' ' || c."client_ref", ',' ORDER BY c."id")) FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL);
            after text;
        BEGIN
            ALTER TABLE neuvo.contact DROP CONSTRAINT contact_client_ref_check,
                ALTER COLUMN "client_ref" TYPE integer USING neuvo.v25_client("client_ref");
            ALTER TABLE neuvo.contact RENAME COLUMN "client_ref" TO "client";
            after := (SELECT md5(string_agg(c."id" || ' ' || k."pseudonym", ',' ORDER BY c."id"))
                      FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client");
            IF before IS DISTINCT FROM after THEN
                RAISE EXCEPTION 'v25: a contact''s client does not read back as its pseudonym' USING ERRCODE = 'data_exception';
            END IF;
        END $$;
        DROP FUNCTION neuvo.v25_client(text);
        DROP FUNCTION neuvo.import_repeats(text[], bigint, bigint);
        DROP TABLE neuvo.repeat_client;

        -- The numbers of `refs`' pseudonyms, each added that the dictionary lacks (in the order given: a file's clients in
        -- the order of their first contact), `added` for those. A pseudonym another transaction adds meanwhile is waited
        -- for (the key's conflict) and read again, so a save of a client an import has just added waits for the import.
        CREATE FUNCTION neuvo.client_ids(refs text[]) RETURNS TABLE ("pseudonym" text, "id" integer, "added" boolean)
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            missing text[];
            refs_got text[];
            ids_got integer[];
            added_got boolean[];
        BEGIN
            -- Joins with `missing`, not `= ANY (missing)`: a batch's thousand pseudonyms against each of its refs was a
            -- linear look each in the generic plan (half the function's time in an import).
            missing := ARRAY(SELECT DISTINCT x FROM unnest(refs) AS x WHERE x IS NOT NULL);
            WHILE cardinality(missing) > 0 LOOP
                WITH wanted AS (
                    SELECT u.x, min(u.o) AS o FROM unnest(refs) WITH ORDINALITY AS u(x, o) JOIN unnest(missing) AS m(x) ON m.x = u.x GROUP BY 1
                ), found AS (
                    SELECT k."pseudonym", k."id" FROM neuvo.client AS k JOIN unnest(missing) AS m(x) ON k."pseudonym" = m.x
                ), inserted AS (
                    INSERT INTO neuvo.client AS k ("pseudonym")
                    SELECT w.x FROM wanted AS w WHERE w.x NOT IN (SELECT f."pseudonym" FROM found AS f) ORDER BY w.o
                    ON CONFLICT DO NOTHING
                    RETURNING k."pseudonym", k."id"
                ), got AS (
                    SELECT f."pseudonym", f."id", false AS "added" FROM found AS f
                    UNION ALL SELECT i."pseudonym", i."id", true FROM inserted AS i
                )
                SELECT array_agg(g."pseudonym"), array_agg(g."id"), array_agg(g."added") INTO refs_got, ids_got, added_got FROM got AS g;
                RETURN QUERY SELECT * FROM unnest(refs_got, ids_got, added_got);
                -- Neither found nor added: another transaction's, committed while this one waited on it; read again.
                missing := ARRAY(SELECT x FROM unnest(missing) AS x EXCEPT SELECT y FROM unnest(refs_got) AS y);
            END LOOP;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.client_ids(text[]) FROM PUBLIC;

        -- The repeats between the owner's import and the log: `known` are the import's clients the dictionary held before
        -- it (`client_ids` added the others, whose rows a save of the same client waits on until this commits). They go
        -- through `refresh_repeats`; every client does when the window is no longer the one the import flagged its
        -- contacts with (a change of the window committed meanwhile: its recount, which holds the table, came first).
        CREATE FUNCTION neuvo.import_repeats(refs text[], known text[], window_seconds bigint, figures_origin bigint) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF window_seconds IS DISTINCT FROM (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') THEN
                known := refs;
            END IF;
            IF cardinality(known) = 0 THEN
                RETURN 0;
            END IF;
            RETURN neuvo.refresh_repeats(known, figures_origin);
        END $$;
        REVOKE ALL ON FUNCTION neuvo.import_repeats(text[], text[], bigint, bigint) FROM PUBLIC;

        \#(refreshRepeatsFunction(.v25))

        -- Every other function that named `contact.client_ref` or `repeat_client`, whole, as v24 left it but for those names.
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint)
         RETURNS void
         LANGUAGE plpgsql
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
            last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
        BEGIN
            -- One pass over the contacts (a row of values per contact), and one join per part; a code comes as its word
            -- (`code`) or as its id (`code_id`), the words' ids after the sums (a word the dictionary lacks: term_id).
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
            ), counted ("day", "point", "figure", "code", "code_id", "value") AS (
                SELECT c."day", c."point", v.f, v.k, v.i, v.n FROM c CROSS JOIN LATERAL (VALUES
                    ('contacts', '', NULL::integer, 1::bigint),
                    ('resolved', '', NULL, CASE WHEN c."resolved" THEN 1 ELSE 0 END),
                    ('verified', '', NULL, CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
                    ('with_client_ref', '', NULL, CASE WHEN c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    ('repeats', '', NULL, CASE WHEN c."has_repeat" AND c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    ('identified', '', NULL, CASE WHEN c."identified" THEN 1 ELSE 0 END),
                    ('duration_min_total', '', NULL, coalesce(c."duration_min", 0)),
                    ('satisfaction_responses', '', NULL, CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
                    ('satisfaction_total', '', NULL, coalesce(c."satisfaction", 0)),
                    ('by_channel', NULL, c."channel", 1),
                    ('by_reason', CASE WHEN c."reason" IS NULL THEN '' END, c."reason", CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_age_group', NULL, c."age_group", 1),
                    ('by_segment', coalesce(c."segment", ''), NULL, CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
                    ('by_contact_by', NULL, c."contact_by", 1),
                    ('by_hour', neuvo.occurred_hour(c."instant", c."utc_offset"), NULL, 1),
                    ('consultations', coalesce(c."consultation", ''), NULL, CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
                    ('consulted_resolved', '', NULL, CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
                    ('contacts_with_unmet_need', '', NULL, CASE WHEN c."needy" THEN 1 ELSE 0 END)
                ) AS v(f, k, i, n)
                UNION ALL SELECT c."day", c."point", 'by_topic', NULL, t.id, 1 FROM c CROSS JOIN unnest(c."topics") AS t(id)
                UNION ALL SELECT c."day", c."point", 'unmet_needs_by_topic', NULL, t.id, 1
                    FROM c CROSS JOIN unnest(c."topics") AS t(id) WHERE c."needy"
                -- Each pair's two words by the dictionary's key (a save names one or two: joins would hash the whole dictionary).
                UNION ALL SELECT c."day", c."point", 'referral_outcomes_by_referral',
                    (SELECT a."word" FROM neuvo.term AS a WHERE a."id" = p."referral") || ':'
                        || (SELECT o."word" FROM neuvo.term AS o WHERE o."id" = p."outcome"), NULL, 1
                    FROM c CROSS JOIN neuvo.referral_pairs(c."referrals") AS p
                UNION ALL SELECT c."day", c."point", 'unmet_needs', u."need", NULL, 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
            ), summed AS (
                SELECT "day", "point", "figure", "code", "code_id", sign * sum("value") AS "value" FROM counted
                GROUP BY 1, 2, 3, 4, 5 HAVING sum("value") <> 0
            ), keyed AS (
                SELECT s."day", coalesce(p."id", neuvo.term_id(s."point")) AS "point", coalesce(f."id", neuvo.term_id(s."figure")) AS "figure",
                    coalesce(s."code_id", k."id", neuvo.term_id(s."code")) AS "code", s."value"
                FROM summed AS s LEFT JOIN neuvo.term AS p ON p."word" = s."point" LEFT JOIN neuvo.term AS f ON f."word" = s."figure"
                    LEFT JOIN neuvo.term AS k ON k."word" = s."code"
            )
            -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
            SELECT "day", "point", "figure", "code", figures_origin, "value" FROM keyed ORDER BY 1, 2, 3, 4
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
            IF sign < 0 THEN
                DELETE FROM neuvo.daily_figure AS f
                WHERE f."value" = 0 AND f."origin" = figures_origin
                  AND (f."day", f."point") IN (SELECT c."day", t."id" FROM neuvo.contact AS c JOIN neuvo.term AS t ON t."word" = c."point"
                                               WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id);
            END IF;
        END $function$;

        \#(applyReferralOutcomeFunction(.v25))

        \#(clientDataFunction(.v25))

        \#(closeFollowUpsFunction(.v25))

        \#(contactByIDFunction(.v25))

        \#(exportContactsFunction(.v25))

        \#(followUpsFunction(.v25))

        \#(dayOverviewFunction(.v25))

        -- v22's page and count, the filter in v25's dialect (`.postgresV25`: the client by number), its
        -- ids looked up first into `filter_terms` (`SQLDialect.postgresV22FilterTerms`): values the custom plans estimate.
        \#(contactsPageFunction(.v25))

        \#(contactsCountFunction(.v25))

        \#(earlierContactsFunction(.v25))

        CREATE OR REPLACE FUNCTION neuvo.handoff_clients(contact bigint)
         RETURNS text[]
         LANGUAGE sql
         STABLE
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
            SELECT coalesce((SELECT ARRAY[k."pseudonym"] FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."id" = contact), '{}');
        $function$;

        CREATE OR REPLACE FUNCTION neuvo.handoffs_clients(ids bigint[])
         RETURNS text[]
         LANGUAGE sql
         STABLE
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
            SELECT coalesce(array_agg(DISTINCT k."pseudonym" ORDER BY k."pseudonym"), '{}')
            FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
                JOIN neuvo.client AS k ON k."id" = c."client"
            WHERE h."id" = ANY (ids);
        $function$;

        CREATE OR REPLACE FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text)
         RETURNS SETOF neuvo.handoff_row
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
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
                neuvo.distinct_refs(ARRAY(SELECT k."pseudonym" FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id" JOIN neuvo.client AS k ON k."id" = c."client"
                                          WHERE h."id" = ANY (coalesce(shown, '{}')))));
        END $function$;

        \#(markFollowUpDoneFunction(.v25))

        CREATE OR REPLACE FUNCTION neuvo.set_follow_up_window(hours integer, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
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
                (SELECT count(*)::integer FROM neuvo.contact WHERE "client" IS NOT NULL));
        END $function$;

        \#(setReferralOutcomeFunction(.v25))

        CREATE OR REPLACE FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text)
         RETURNS TABLE(unlinked integer, drafts integer, handoff_details integer, unlinked_before date)
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
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
                -- The dictionary's rows stay, as the lock table's before v25 did: the contacts no longer name them.
                SELECT coalesce(array_agg(DISTINCT k."pseudonym" ORDER BY k."pseudonym"), '{}') INTO refs
                FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."day" < cut;
                UPDATE neuvo.contact AS c SET "client" = NULL, "unlinked" = true WHERE c."day" < cut AND c."client" IS NOT NULL;
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
        END $function$;

        \#(saveContactFunction(.v25))

        \#(updateContactFunction(.v25))

        \#(importContactsFunction(.v25, origin: "origin bigint := txid_current();"))
        """#

    /// The contact `c`'s pseudonym as `neuvo.contact_row` gives it (v25: by its number).
    static let clientPseudonymV25 = #"(SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client")"#

    /// A contact row's query of v25: v22's with the pseudonym by the contact's number.
    static func contactRowSelectV25(words: String) -> String {
        contactRowSelectV22(words: words, client: clientPseudonymV25)
    }

    /// The filter's condition on the contact `c` in v25's dialect.
    static var filterConditionV25: String { filterCondition(.postgresV25) }

    static func pageSelectV25(backward: Bool) -> String {
        pageSelect(backward: backward, select: contactRowSelectV25(words: "words"), filter: filterConditionV25)
    }
}
