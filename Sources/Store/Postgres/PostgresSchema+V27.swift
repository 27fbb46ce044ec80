extension PostgresSchema {
    /// v27: quicker saves (issue 22, part "saves"; DECISIONS "v27 on PostgreSQL"). Two statements of every save cost more
    /// than their work:
    /// - `add_figures` named each figure, the empty code and the contact's point by three hash joins with the whole
    ///   dictionary (`neuvo.term`, ~255 rows, hashed three times a save). The figures' and the empty code's ids are now
    ///   written into the function's text when this migration runs (as v21 did for the reads: a term's id always means one
    ///   word), the point and the other word codes are looked up by the dictionary's key, and `term_id` still adds a word
    ///   the dictionary lacks; the function plans with `random_page_cost` of a cached table, so that those lookups are
    ///   made by the dictionary's keys rather than by reading it whole. The same rows and values (compared row for row
    ///   against v22's function).
    /// - the seal found its rows by `seq IS NULL`, which the planner answered from `audit_seq_key`'s NULL entries.
    static let v27 = #"""
        -- add_figures, each #word# in its text replaced by that word's id (#''# the empty word's) by the loop below.
        DO $migration$
        DECLARE
            body text := $function$
        -- random_page_cost as for a cached table: at the default the planner reads the dictionary whole (a seq scan of
        -- ~255 rows a lookup) rather than by its keys.
        CREATE OR REPLACE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint)
        RETURNS void LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $body$
        DECLARE
            first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
            last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
        BEGIN
            -- One pass over the contacts (a row of values per contact); figures and the empty code by the ids written into
            -- this text when the migration ran (term ids are never reused), other codes by their id (`code_id`) or by the
            -- dictionary's key, and term_id for a word the dictionary lacks.
            WITH c AS MATERIALIZED (
                SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy",
                    coalesce((SELECT t."id" FROM neuvo.term AS t WHERE t."word" = c."point"), neuvo.term_id(c."point")) AS "point_id"
                FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
            ), counted ("day", "point", "figure", "code", "code_id", "value") AS (
                SELECT c."day", c."point_id", v.f, v.k, v.i, v.n FROM c CROSS JOIN LATERAL (VALUES
                    (#contacts#, NULL::text, #''#, 1::bigint),
                    (#resolved#, NULL, #''#, CASE WHEN c."resolved" THEN 1 ELSE 0 END),
                    (#verified#, NULL, #''#, CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
                    (#with_client_ref#, NULL, #''#, CASE WHEN c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    (#repeats#, NULL, #''#, CASE WHEN c."has_repeat" AND c."client" IS NOT NULL THEN 1 ELSE 0 END),
                    (#identified#, NULL, #''#, CASE WHEN c."identified" THEN 1 ELSE 0 END),
                    (#duration_min_total#, NULL, #''#, coalesce(c."duration_min", 0)),
                    (#satisfaction_responses#, NULL, #''#, CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
                    (#satisfaction_total#, NULL, #''#, coalesce(c."satisfaction", 0)),
                    (#by_channel#, NULL, c."channel", 1),
                    (#by_reason#, NULL, coalesce(c."reason", #''#), CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
                    (#by_age_group#, NULL, c."age_group", 1),
                    (#by_segment#, c."segment", CASE WHEN c."segment" IS NULL THEN #''# END, CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
                    (#by_contact_by#, NULL, c."contact_by", 1),
                    (#by_hour#, neuvo.occurred_hour(c."instant", c."utc_offset"), NULL, 1),
                    (#consultations#, c."consultation", CASE WHEN c."consultation" IS NULL THEN #''# END,
                        CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
                    (#consulted_resolved#, NULL, #''#, CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
                    (#contacts_with_unmet_need#, NULL, #''#, CASE WHEN c."needy" THEN 1 ELSE 0 END)
                ) AS v(f, k, i, n)
                UNION ALL SELECT c."day", c."point_id", #by_topic#, NULL, t.id, 1 FROM c CROSS JOIN unnest(c."topics") AS t(id)
                UNION ALL SELECT c."day", c."point_id", #unmet_needs_by_topic#, NULL, t.id, 1
                    FROM c CROSS JOIN unnest(c."topics") AS t(id) WHERE c."needy"
                -- Each pair's two words by the dictionary's key (a save names one or two: joins would hash the whole dictionary).
                UNION ALL SELECT c."day", c."point_id", #referral_outcomes_by_referral#,
                    (SELECT a."word" FROM neuvo.term AS a WHERE a."id" = p."referral") || ':'
                        || (SELECT o."word" FROM neuvo.term AS o WHERE o."id" = p."outcome"), NULL, 1
                    FROM c CROSS JOIN neuvo.referral_pairs(c."referrals") AS p
                UNION ALL SELECT c."day", c."point_id", #unmet_needs#, u."need", NULL, 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
            ), summed AS (
                SELECT "day", "point", "figure", "code", "code_id", sign * sum("value") AS "value" FROM counted
                GROUP BY 1, 2, 3, 4, 5 HAVING sum("value") <> 0
            ), keyed AS (
                SELECT s."day", s."point", s."figure",
                    coalesce(s."code_id", (SELECT k."id" FROM neuvo.term AS k WHERE k."word" = s."code"), neuvo.term_id(s."code")) AS "code", s."value"
                FROM summed AS s
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
        END $body$;
            $function$;
            word text;
        BEGIN
            FOR word IN SELECT DISTINCT m[1] FROM regexp_matches(body, '#([a-z_]+|'''')#', 'g') AS m LOOP
                body := replace(body, '#' || word || '#', neuvo.term_id(CASE WHEN word = '''''' THEN '' ELSE word END)::text);
            END LOOP;
            EXECUTE body;
        END $migration$;

        -- v23's seal, its rows found by id: `seq IS NULL` let the planner scan audit_seq_key's NULL entries, one for every
        -- audit row inserted since the last VACUUM (the seal's UPDATE is not HOT, so the row's first version keeps its entry):
        -- 0.8 ms a seal's read with 1,000 saves since the last VACUUM, against 0.1 by the primary key. Same rows, same order,
        -- same hashes and log lines.
        \#(sealAuditFunction(keptPlans: false, queue: auditQueueByScan))
        -- The seal is the owner's alone to call by hand (the functions call it as their owner).
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean, bigint) FROM PUBLIC;
        """#

    /// The seal's statement that empties its queue into `waiting`: v27's and v29's by a scan of the queue's table.
    static let auditQueueByScan =
        #"WITH taken AS (DELETE FROM neuvo.audit_waiting RETURNING "id") SELECT array_agg(t."id") INTO waiting FROM taken AS t;"#

    /// `neuvo.seal_audit` as v27, v29 and v31 wrote it: v29 keeps its plans (`keptPlans`), v31 empties its queue through
    /// an index (`queue`); the rest is one text (v27's and v29's as they shipped, `ShippedMigrationsTests`).
    static func sealAuditFunction(keptPlans: Bool, queue: String) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.seal_audit(wait boolean, own bigint DEFAULT NULL) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp\#(keptPlans ? " SET plan_cache_mode = force_generic_plan" : "") AS $$
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
            \#(queue)
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
        END $$;
        """#
    }
}
