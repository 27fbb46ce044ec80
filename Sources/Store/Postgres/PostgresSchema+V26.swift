extension PostgresSchema {
    /// v26's PostgreSQL half (issue 22, part "figures"): the audit's client index keyed by an 8-byte hash of each
    /// pseudonym instead of its 43-character text, and the daily figures' rows narrower (ids as `smallint`, the value as
    /// `integer`, the columns in an order that leaves no padding). The audit rows, their hashes and the chain stay as they
    /// are; every function keeps its arguments and result types.
    static let v26 = #"""
        -- The audit's clients indexed by a key of each pseudonym: GIN's entries were the 43-character texts (~135 B a key
        -- in pages an import's one row fills half), an 8-byte key makes them ~56. `hashtextextended` is stable across
        -- versions and platforms (hash partitioning stores its values), so the index survives pg_upgrade. A key says
        -- "maybe": every search tests the text itself too, so a collision only costs a row read and rejected.
        -- PL/pgSQL, not SQL: a SQL function in an index expression is planned afresh by every INSERT statement (+80 µs
        -- an audit row); PL/pgSQL keeps its plan for the session.
        CREATE FUNCTION neuvo.audit_client_keys(clients text[]) RETURNS bigint[]
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
        BEGIN
            RETURN ARRAY(SELECT pg_catalog.hashtextextended(x, 0) FROM pg_catalog.unnest(clients) AS x);
        END $$;
        REVOKE ALL ON FUNCTION neuvo.audit_client_keys(text[]) FROM PUBLIC;
        DROP INDEX neuvo.audit_clients;
        CREATE INDEX audit_clients ON neuvo.audit USING gin (neuvo.audit_client_keys("clients")) WITH (fastupdate = off);

        -- v11's client_audit, the rows found through the keys' index and kept only where the pseudonym itself is named.
        CREATE OR REPLACE FUNCTION neuvo.client_audit(identity_code text, label text DEFAULT NULL)
        RETURNS TABLE ("at" text, "user" text, "command" text, "details" text, "contacts" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            client text := neuvo.reviewed_client(identity_code, 'the client''s log review');
            n integer;
        BEGIN
            RETURN QUERY SELECT a."at", a."user", a."command", a."details", a."contacts" FROM neuvo.audit AS a
                WHERE neuvo.audit_client_keys(a."clients") @> neuvo.audit_client_keys(ARRAY[client]) AND a."clients" @> ARRAY[client]
                ORDER BY a."id";
            GET DIAGNOSTICS n = ROW_COUNT;
            PERFORM neuvo.audit_append(neuvo.command_label(label, 'client_audit'), format('audit rows of a client read: %s', n), 0,
                ARRAY[client]);
        END $$;

        -- The daily figures narrower: a row 56 → 48 bytes. The ids as smallint (the contact's codes are, v20: a dictionary
        -- past 32767 words is refused, here by the cast, 22003); the value as integer (a day's count or sum at one point
        -- and origin: the largest, a day's staffing cost, is at most 20000 × 100000 by staffing's checks, under 2^31); the
        -- origin stays bigint (an import's is its transaction's id, txid_current(), which passes 2^31). The value between
        -- the codes and the origin, so that nothing is padded. The key's entries stay 32 bytes (the bigint origin is
        -- aligned to 8 either way). The monthly sums keep their shape: a month's staffing cost can pass 2^31, and with a
        -- bigint value and origin the narrower ids would only become padding. Writers and readers name the columns and
        -- cast on assignment; every read sums the value (`sum` of integer is bigint), so no function changes its types.
        ALTER TABLE neuvo.daily_figure RENAME TO daily_figure_wide;
        ALTER TABLE neuvo.daily_figure_wide RENAME CONSTRAINT daily_figure_pkey TO daily_figure_wide_pkey;
        ALTER INDEX neuvo.daily_figure_totals RENAME TO daily_figure_wide_totals;
        CREATE TABLE neuvo.daily_figure (
            "day" date NOT NULL,
            "point" smallint NOT NULL,
            "figure" smallint NOT NULL,
            "code" smallint NOT NULL,
            "value" integer NOT NULL,
            "origin" bigint NOT NULL DEFAULT 0
        );
        INSERT INTO neuvo.daily_figure ("day", "point", "figure", "code", "value", "origin")
        SELECT "day", "point", "figure", "code", "value", "origin" FROM neuvo.daily_figure_wide ORDER BY 1, 2, 3, 4, 6;
        DROP TABLE neuvo.daily_figure_wide;
        ALTER TABLE neuvo.daily_figure ADD CONSTRAINT daily_figure_pkey PRIMARY KEY ("day", "point", "figure", "code", "origin");
        -- v19's index, triggers and policies, as they were.
        DO $$
        BEGIN
            EXECUTE format('CREATE INDEX daily_figure_totals ON neuvo.daily_figure ("day", "point") WHERE "figure" IN (%s, %s, %s)',
                neuvo.term_id('contacts'), neuvo.term_id('resolved'), neuvo.term_id('staffed_days'));
            EXECUTE format('CREATE POLICY board_reads ON neuvo.daily_figure FOR SELECT TO neuvo_board USING ("figure" IN (%s, %s, %s, %s))',
                neuvo.term_id('contacts'), neuvo.term_id('resolved'), neuvo.term_id('by_hour'), neuvo.term_id('referral_outcomes_by_referral'));
            EXECUTE format('CREATE POLICY supervisor_staffing ON neuvo.daily_figure TO neuvo_supervisor USING ("figure" IN (%1$s, %2$s, %3$s))'
                           ' WITH CHECK ("figure" IN (%1$s, %2$s, %3$s))',
                neuvo.term_id('staff_hundredths'), neuvo.term_id('cost_cent_hundredths'), neuvo.term_id('staffed_days'));
        END $$;
        CREATE TRIGGER daily_figure_changed AFTER UPDATE ON neuvo.daily_figure REFERENCING OLD TABLE AS removed_figures
            NEW TABLE AS changed_figures FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();
        CREATE TRIGGER daily_figure_deleted AFTER DELETE ON neuvo.daily_figure REFERENCING OLD TABLE AS removed_figures
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();
        CREATE TRIGGER daily_figure_inserted AFTER INSERT ON neuvo.daily_figure REFERENCING NEW TABLE AS changed_figures
            FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();
        CREATE POLICY advisor_points ON neuvo.daily_figure TO neuvo_advisor
            USING ("point" = ANY (neuvo.known_terms((SELECT neuvo.my_points()))))
            WITH CHECK ("point" = ANY (neuvo.known_terms((SELECT neuvo.my_points()))));
        CREATE POLICY supervisor_reads ON neuvo.daily_figure FOR SELECT TO neuvo_supervisor USING (true);
        ALTER TABLE neuvo.daily_figure ENABLE ROW LEVEL SECURITY;
        REVOKE ALL ON neuvo.daily_figure FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        ANALYZE neuvo.daily_figure;
        """#
}
