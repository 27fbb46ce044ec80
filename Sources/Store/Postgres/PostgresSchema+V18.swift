extension PostgresSchema {
    /// v18: quicker saves (issue 17's bench). The seal at each commit found the audit rows waiting for it through a
    /// partial index of the unsealed rows (v8), whose entries stay behind, pointing at the rows' old versions, after the
    /// seal has placed them, until a scan marks them dead or VACUUM removes them: under steady saves each seal walked
    /// hundreds of such entries (pg_stat_statements, one saver: 0.42 ms of the save's ~2 ms for a lookup finding one row).
    /// Now a waiting row's id is put in `audit_waiting` as the row is inserted, and the seal takes the ids it sees from
    /// there (a small table without an index, which each seal empties). The rows, the hashes, the order (by id among the
    /// rows one seal sees) and what `--verify` reads are as before.
    static let v18 = #"""
        CREATE TABLE neuvo.audit_waiting ("id" bigint NOT NULL);
        ALTER TABLE neuvo.audit_waiting ENABLE ROW LEVEL SECURITY;
        REVOKE ALL ON neuvo.audit_waiting FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        INSERT INTO neuvo.audit_waiting ("id")
        SELECT a."id" FROM neuvo.audit AS a WHERE a."seq" IS NULL AND a."hash" IS NULL AND a."previous_hash" = 'unsealed';
        DROP INDEX neuvo.audit_unsealed;

        -- v8's placing, the waiting row's id queued for its seal.
        CREATE OR REPLACE FUNCTION neuvo.place_audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head record;
        BEGIN
            NEW."clients" := coalesce(array_remove(NEW."clients", NULL), '{}');
            IF NEW."hash" IS NULL THEN
                NEW."seq" := NULL;
                NEW."previous_hash" := 'unsealed';
                INSERT INTO neuvo.audit_waiting ("id") VALUES (NEW."id");
                RETURN NEW;
            END IF;
            PERFORM pg_advisory_xact_lock(1852143990, 1);
            SELECT h."seq", h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            NEW."seq" := head."seq" + 1;
            NEW."previous_hash" := coalesce(NEW."previous_hash", '');
            UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash";
            RETURN NEW;
        END $$;

        -- v8's seal, the waiting rows taken from the queue.
        CREATE OR REPLACE FUNCTION neuvo.seal_audit(wait boolean) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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
            WITH taken AS (DELETE FROM neuvo.audit_waiting RETURNING "id") SELECT array_agg(t."id") INTO waiting FROM taken AS t;
            IF waiting IS NULL THEN RETURN 0; END IF;
            SELECT h."seq", h."hash" INTO head_seq, head_hash FROM neuvo.audit_head AS h;
            FOR r IN SELECT a."id", a."at", a."user", a."command", a."details", a."contacts", a."clients" FROM neuvo.audit AS a
                     WHERE a."id" = ANY (waiting) AND a."seq" IS NULL AND a."hash" IS NULL AND a."previous_hash" = 'unsealed'
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
