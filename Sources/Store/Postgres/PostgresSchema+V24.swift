extension PostgresSchema {
    /// v24's PostgreSQL half (issue 22, part "import"): the owner's import writes each contact with its repeat flag among
    /// the import's own contacts (`ImportRepeats`), so `refresh_repeats` no longer rewrites the flagged rows after the COPY;
    /// `neuvo.import_repeats` brings in only the clients who were in the log before the import.
    static let v24 = #"""
        -- The repeats between the owner's import and the log: each imported client gets its row of `repeat_client` (the
        -- lock a save of the same client waits on until this commits), and a client whose row was there already — whose
        -- earlier contacts may repeat or be repeated by the import's — goes through `refresh_repeats`, as before v24 every
        -- client did. Every client does when the window is no longer the one the import flagged its contacts with (a
        -- change of the window committed meanwhile: its recount, which holds the table, came first).
        CREATE FUNCTION neuvo.import_repeats(refs text[], window_seconds bigint, figures_origin bigint) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            known text[];
        BEGIN
            WITH added AS (
                INSERT INTO neuvo.repeat_client ("client_ref") SELECT DISTINCT x FROM unnest(refs) AS x ORDER BY 1
                ON CONFLICT ("client_ref") DO NOTHING RETURNING "client_ref"
            )
            SELECT ARRAY(SELECT x FROM unnest(refs) AS x EXCEPT SELECT "client_ref" FROM added) INTO known;
            IF window_seconds IS DISTINCT FROM (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') THEN
                known := refs;
            END IF;
            IF cardinality(known) = 0 THEN
                RETURN 0;
            END IF;
            RETURN neuvo.refresh_repeats(known, figures_origin);
        END $$;
        REVOKE ALL ON FUNCTION neuvo.import_repeats(text[], bigint, bigint) FROM PUBLIC;
        """#
}
