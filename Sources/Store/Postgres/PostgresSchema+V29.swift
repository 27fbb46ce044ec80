extension PostgresSchema {
    /// v29: quicker saves (the seal) (issue 22, part "seal"; DECISIONS "v29 on PostgreSQL"). A save's seal at commit cost
    /// more than its work:
    /// - its UPDATE of the audit row was never HOT: `seq` was indexed (`audit_seq_key`), so every seal wrote an entry into
    ///   each of the audit's five indexes again (the GIN of clients with its key function among them). No reader uses that
    ///   index (verify's pages and the copy sort by `seq`, the seal finds its rows by id), and no two rows take one place:
    ///   the head moves from place n to n + 1 only (`refuse_audit_change`, `place_audit_row`). Without it the seal's UPDATE
    ///   changes no indexed column and stays on its page;
    /// - its read of the rows to seal (`id = ANY (waiting)`) was planned afresh at every seal: an array of unknown length
    ///   is costed as ten rows, so the kept plan never looked cheaper than a new one. It is kept now (the primary key);
    /// - `audit_hash` (two or three a save) ran a query (unnest, string_agg) for its seven fields, which a loop does; the
    ///   clients keep the query (a loop appending to a text is quadratic: an import's row names 290,000);
    /// - `referral_terms` (v22) joined the contact's referral words with the whole dictionary, hashed at every save.
    /// The same rows, places, hashes, log lines and errors.
    static let v29 = #"""
        -- No index on the seal's columns (see above): the seal's UPDATE is HOT.
        ALTER TABLE neuvo.audit DROP CONSTRAINT audit_seq_key;

        -- v10's hash, its seven fields without a query: each its UTF-8 length, ':' and itself, a NULL field left out (as
        -- string_agg leaves it). The clients (none in most rows, 290,000 in an import's) still by string_agg: a loop that
        -- appends to a text copies it at every step (2 s for 14,761 clients, against 0.09).
        CREATE OR REPLACE FUNCTION neuvo.audit_hash(previous text, "at" text, "user" text, command text, details text, contacts integer, clients text[])
        RETURNS text LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
        DECLARE
            fields text;
            f text;
        BEGIN
            FOREACH f IN ARRAY ARRAY[previous, "at", "user", command, details, contacts::text, cardinality(clients)::text] LOOP
                IF f IS NOT NULL THEN
                    fields := coalesce(fields, '') || octet_length(convert_to(f, 'UTF8')) || ':' || f;
                END IF;
            END LOOP;
            IF cardinality(clients) > 0 THEN
                fields := fields || coalesce((SELECT string_agg(octet_length(convert_to(c, 'UTF8')) || ':' || c, '' ORDER BY n)
                                              FROM unnest(clients) WITH ORDINALITY AS x(c, n)), '');
            END IF;
            RETURN encode(sha256(convert_to(fields, 'UTF8')), 'hex');
        END $$;

        -- v27's seal with its plans kept (force_generic_plan: the read by `id = ANY (waiting)` was planned at every call).
        \#(sealAuditFunction(keptPlans: true, queue: auditQueueByScan))
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean, bigint) FROM PUBLIC;

        -- v22's referral words by the dictionary's key, one probe a word (random_page_cost as for a cached table), instead
        -- of a join that hashed the whole dictionary at every save.
        CREATE OR REPLACE FUNCTION neuvo.referral_terms(contact jsonb) RETURNS smallint[]
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $$
        DECLARE
            words text[];
            ids integer[];
        BEGIN
            IF jsonb_array_length(coalesce(contact->'referrals', '[]')) = 0 THEN RETURN NULL; END IF;
            -- Every referral then its outcome, with their ids by the dictionary's key, in one statement (a save's only lookup of them).
            SELECT array_agg(x.w ORDER BY x.n), array_agg((SELECT t."id" FROM neuvo.term AS t WHERE t."word" = x.w) ORDER BY x.n) INTO words, ids
            FROM jsonb_array_elements_text(contact->'referrals') WITH ORDINALITY AS r(referral, k)
                LEFT JOIN jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')) WITH ORDINALITY AS o(outcome, k) USING (k)
                CROSS JOIN LATERAL (VALUES (2 * r.k - 1, r.referral), (2 * r.k, o.outcome)) AS x(n, w);
            FOR i IN 1..cardinality(words) BY 2 LOOP
                IF words[i + 1] IS NULL THEN
                    RAISE EXCEPTION 'the referral % has no outcome', words[i] USING ERRCODE = 'not_null_violation';
                END IF;
                FOR j IN 1..i - 2 BY 2 LOOP
                    IF words[j] = words[i] THEN
                        RAISE EXCEPTION 'a referral is named twice: %', words[i] USING ERRCODE = 'unique_violation';
                    END IF;
                END LOOP;
                FOR n IN i..i + 1 LOOP
                    IF ids[n] IS NULL THEN ids[n] := neuvo.term_id(words[n]); END IF;
                    IF ids[n] > 32767 THEN
                        RAISE EXCEPTION 'the dictionary of words is full: a contact''s referral is a smallint' USING ERRCODE = 'program_limit_exceeded';
                    END IF;
                END LOOP;
                ids[i + 1] := -ids[i + 1];
            END LOOP;
            RETURN ids::smallint[];
        END $$;
        """#
}
