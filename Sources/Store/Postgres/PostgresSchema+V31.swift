extension PostgresSchema {
    /// v31: quicker saves (issue 22, part "saves"; DECISIONS "v31 on PostgreSQL"). `known_terms`, `point_id` and
    /// `pseudonym_counter` in PL/pgSQL (their plans kept), the seal's queue taken through an index, and the save's lookup
    /// of the advisor's point ids only when it closes follow-ups. The same results, rows, hashes and errors.
    static let v31 = #"""
        -- A SQL function with a SET clause is planned afresh at every call (a save's two lookups ~60 and ~90 µs); in PL/pgSQL
        -- its plan is kept. random_page_cost as for a cached table (v27), so that the dictionary is probed by its key.
        CREATE OR REPLACE FUNCTION neuvo.known_terms(words text[]) RETURNS integer[]
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $$
        BEGIN
            RETURN CASE WHEN words IS NOT NULL THEN ARRAY(SELECT t."id" FROM neuvo.term AS t WHERE t."word" = ANY (words)) END;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.known_terms(text[]) FROM PUBLIC;
        CREATE OR REPLACE FUNCTION neuvo.point_id(point_word text) RETURNS smallint
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET random_page_cost = 1.1 AS $$
        BEGIN
            RETURN coalesce((SELECT t."id" FROM neuvo.term AS t WHERE t."word" = point_word), neuvo.term_id(point_word))::smallint;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.point_id(text) FROM PUBLIC;
        -- The name of a login's pseudonym counter, twice a save that names a client: the same reason.
        CREATE OR REPLACE FUNCTION neuvo.pseudonym_counter(login text, period text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            RETURN 'neuvo.' || quote_ident('pseudonym_' || period || '_' || md5(login));
        END $$;
        REVOKE ALL ON FUNCTION neuvo.pseudonym_counter(text, text) FROM PUBLIC;

        -- The seal's queue taken through an index: its heap, emptied at every seal, grows under concurrent saves (VACUUM seldom
        -- gets the lock to truncate it) and a DELETE read every empty page (v29's note); the index keeps only pages with
        -- entries not yet vacuumed, and an index scan marks the dead ones so that the next skips them. The planner, from
        -- the table's statistics (a count of rows long gone, or none), would choose the heap, so scans are forced here in a
        -- function of this one statement (forced in the seal, the audit head's reads would be priced as disabled scans).
        CREATE INDEX audit_waiting_id ON neuvo.audit_waiting ("id");
        CREATE FUNCTION neuvo.take_audit_queue() RETURNS bigint[]
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp SET enable_seqscan = off SET enable_bitmapscan = off AS $$
        DECLARE
            taken_ids bigint[];
        BEGIN
            WITH taken AS (DELETE FROM neuvo.audit_waiting WHERE "id" IS NOT NULL RETURNING "id") SELECT array_agg(t."id") INTO taken_ids FROM taken AS t;
            RETURN taken_ids;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.take_audit_queue() FROM PUBLIC;
        \#(sealAuditFunction(keptPlans: true, queue: "waiting := neuvo.take_audit_queue();"))
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean, bigint) FROM PUBLIC;

        -- v28's save with the advisor's point ids looked up only when it closes follow-ups (their only use).
        \#(saveContactFunction(.v28, closingPointIDs: true))

        """#
}
