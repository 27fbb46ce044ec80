extension PostgresSchema {
    /// v23: quicker saves (issue 22, part "saves"; DECISIONS "v23 on PostgreSQL"). v18 queued every audit row's id in
    /// `audit_waiting` as it was inserted, and every seal emptied the queue with a `DELETE` that reads the whole table:
    /// a table that only ever has rows added and removed grows by pages until VACUUM (its inserts go to its end, the free
    /// space map knows of no room before a VACUUM), so each seal read every page the saves since the last VACUUM had
    /// filled (1,000 saves: 191 pages, 158 µs a seal; under the twenty savers a minute's saves between two autovacuums).
    /// Now a row's own commit-time trigger hands its id to the seal, and only a row whose seal could not be had (another
    /// transaction sealing) goes into the queue, for the next seal: the same rows sealed (the committed ones and the
    /// sealer's own), by id among the rows one seal sees, the same hashes and log lines. A row put in with the triggers
    /// off is still never queued nor sealed, so `--verify` names it.
    static let v23 = #"""
        -- v18's placing, without the queue (the row's trigger at commit gives its id to the seal).
        CREATE OR REPLACE FUNCTION neuvo.place_audit_row() RETURNS trigger LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            head record;
        BEGIN
            NEW."clients" := coalesce(array_remove(NEW."clients", NULL), '{}');
            IF NEW."hash" IS NULL THEN
                NEW."seq" := NULL;
                NEW."previous_hash" := 'unsealed';
                RETURN NEW;
            END IF;
            PERFORM pg_advisory_xact_lock(1852143990, 1);
            SELECT h."seq", h."hash" INTO head FROM neuvo.audit_head AS h FOR UPDATE;
            NEW."seq" := head."seq" + 1;
            NEW."previous_hash" := coalesce(NEW."previous_hash", '');
            UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash";
            RETURN NEW;
        END $$;

        -- v18's seal, which also seals `own` (the calling transaction's row) with the queue's rows.
        DROP FUNCTION neuvo.seal_audit(boolean);
        CREATE FUNCTION neuvo.seal_audit(wait boolean, own bigint DEFAULT NULL) RETURNS integer
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
            IF own IS NOT NULL THEN waiting := array_append(waiting, own); END IF;
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
        -- The seal is the owner's alone to call by hand (the functions call it as their owner).
        REVOKE ALL ON FUNCTION neuvo.seal_audit(boolean, bigint) FROM PUBLIC;

        -- At commit (v8's trigger): the seal with this row, unless another transaction is sealing; then the row waits in
        -- the queue for the next seal (in this transaction, so it is queued if and only if it commits).
        CREATE OR REPLACE FUNCTION neuvo.chain_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF neuvo.seal_audit(false, NEW."id") < 0 THEN
                INSERT INTO neuvo.audit_waiting ("id") VALUES (NEW."id");
                RAISE LOG 'neuvo audit row % waits for its seal, fields hash % by % (%)', NEW."id",
                    neuvo.audit_hash('', NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients"), NEW."user", NEW."command";
            END IF;
            RETURN NULL;
        END $$;
        """#
}
