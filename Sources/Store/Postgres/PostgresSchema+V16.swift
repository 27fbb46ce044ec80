extension PostgresSchema {
    /// v16: no monthly sums for the current month (issues 17 and 22: a save's cost). v14 added every change of the daily
    /// figures to the monthly ones in the same statement, so each save paid an aggregate and an upsert of some fifty
    /// monthly rows (about 0.45 of its 2 ms of server time) for a month no report reads whole until it has ended. Now
    /// `monthly_figure` holds only the months before `monthly_bound."before"`; the months from it on are read from their
    /// days (at most a month's, as the edge days already were). A save for today touches no monthly row.
    ///
    /// The bound is moved by `neuvo.roll_up_months()`, in a transaction of its own: it sums the months between the old
    /// bound and the newest month with figures — never past the region's current month — from their days, under a lock of
    /// `daily_figure` that no open writer holds (SHARE ROW EXCLUSIVE, NOWAIT): every change of those months is then
    /// committed, and none can start until the roll commits. When another transaction is writing figures it does nothing,
    /// and the next call moves the bound. neuvo calls it when a session opens (an advisor's first start of a new month;
    /// after an import, the next start); reports are right whether or not it has run, since they read the bound and the
    /// monthly rows in one snapshot. Never inside a writer: a lock that an import held to its commit would stop every save.
    /// Only read committed transactions write figures: one with an older snapshot could miss a move made after it began.
    static let v16 = #"""
        CREATE TABLE neuvo.monthly_bound (
            "before" date NOT NULL, -- a month's first day, or -infinity: monthly sums are kept for the months before it
            "one" boolean PRIMARY KEY DEFAULT true CHECK ("one")
        );
        ALTER TABLE neuvo.monthly_bound ENABLE ROW LEVEL SECURITY;
        REVOKE ALL ON neuvo.monthly_bound FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        INSERT INTO neuvo.monthly_bound ("before") VALUES ('-infinity');

        -- The month the bound may move to: the newest month with figures, but not past the region's current month.
        CREATE FUNCTION neuvo.monthly_bound_due() RETURNS date
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT CASE WHEN newest IS NULL THEN '-infinity'
                        ELSE least(date_trunc('month', newest)::date,
                                   date_trunc('month', clock_timestamp() AT TIME ZONE
                                       coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'), 'Europe/Helsinki'))::date) END
            FROM (SELECT max(d."day") AS newest FROM neuvo.daily_figure AS d) AS n
        $$;
        REVOKE ALL ON FUNCTION neuvo.monthly_bound_due() FROM PUBLIC;

        -- Moves the bound to what is due, when no other transaction is writing figures; returns the bound.
        CREATE FUNCTION neuvo.roll_up_months() RETURNS date
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            bound date := (SELECT b."before" FROM neuvo.monthly_bound AS b);
            due date := neuvo.monthly_bound_due();
        BEGIN
            -- Never in a transaction that has written (a caller's open import): the lock would be held to its end.
            IF due <= bound OR current_setting('transaction_isolation') <> 'read committed' OR pg_current_xact_id_if_assigned() IS NOT NULL THEN
                RETURN bound;
            END IF;
            BEGIN
                LOCK TABLE neuvo.daily_figure IN SHARE ROW EXCLUSIVE MODE NOWAIT;
            EXCEPTION WHEN lock_not_available THEN
                RETURN bound; -- another transaction is writing figures: the next call moves the bound
            END;
            -- Read again under the lock: another roll may have committed meanwhile.
            bound := (SELECT b."before" FROM neuvo.monthly_bound AS b);
            IF due <= bound THEN RETURN bound; END IF;
            INSERT INTO neuvo.monthly_figure AS m ("month", "point", "figure", "code", "origin", "value")
            SELECT date_trunc('month', d."day")::date, d."point", d."figure", d."code", d."origin", sum(d."value")
            FROM neuvo.daily_figure AS d WHERE d."day" >= bound AND d."day" < due
            GROUP BY 1, 2, 3, 4, 5 HAVING sum(d."value") <> 0
            ORDER BY 1, 2, 3, 4, 5
            ON CONFLICT ("month", "point", "figure", "code", "origin") DO UPDATE SET "value" = m."value" + excluded."value";
            UPDATE neuvo.monthly_bound SET "before" = due;
            RETURN due;
        END $$;
        REVOKE ALL ON FUNCTION neuvo.roll_up_months() FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.roll_up_months() TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;

        -- v14's sums kept from the bound on are dropped; the bound moves as above (here, when due).
        UPDATE neuvo.monthly_bound SET "before" = neuvo.monthly_bound_due();
        DELETE FROM neuvo.monthly_figure WHERE "month" >= (SELECT "before" FROM neuvo.monthly_bound);

        -- A statement's changes of the months before the bound, added to their sums; the months from it on are left.
        CREATE OR REPLACE FUNCTION neuvo.roll_up_figures() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            bound date;
            first_day date;
            changes neuvo.monthly_figure[];
        BEGIN
            IF current_setting('transaction_isolation') <> 'read committed' THEN
                RAISE EXCEPTION 'neuvo''s figures are written in READ COMMITTED transactions only' USING ERRCODE = 'invalid_transaction_state';
            END IF;
            IF TG_OP = 'DELETE' THEN
                SELECT min(r."day") INTO first_day FROM removed_figures AS r;
            ELSE
                SELECT min(c."day") INTO first_day FROM changed_figures AS c;
            END IF;
            SELECT b."before" INTO bound FROM neuvo.monthly_bound AS b;
            IF first_day IS NULL OR first_day >= bound THEN RETURN NULL; END IF;
            IF TG_OP = 'INSERT' THEN
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", sum(f."value")
                    FROM changed_figures AS f WHERE f."day" < bound GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            ELSIF TG_OP = 'UPDATE' THEN
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", sum(f."value")
                    FROM (SELECT c."day", c."point", c."figure", c."code", c."origin", c."value" FROM changed_figures AS c
                          UNION ALL
                          SELECT r."day", r."point", r."figure", r."code", r."origin", -r."value" FROM removed_figures AS r) AS f
                    WHERE f."day" < bound GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            ELSE
                SELECT array_agg(ROW(n.*)::neuvo.monthly_figure ORDER BY 1, 2, 3, 4, 5) INTO changes FROM (
                    SELECT date_trunc('month', f."day")::date, f."point", f."figure", f."code", f."origin", -sum(f."value")
                    FROM removed_figures AS f WHERE f."day" < bound GROUP BY 1, 2, 3, 4, 5 HAVING sum(f."value") <> 0) AS n;
            END IF;
            IF changes IS NULL THEN RETURN NULL; END IF;
            INSERT INTO neuvo.monthly_figure AS m ("month", "point", "figure", "code", "origin", "value")
            SELECT * FROM unnest(changes)
            ON CONFLICT ("month", "point", "figure", "code", "origin") DO UPDATE SET "value" = m."value" + excluded."value";
            DELETE FROM neuvo.monthly_figure AS m USING unnest(changes) AS c
            WHERE m."value" = 0
              AND (m."month", m."point", m."figure", m."code", m."origin") = (c."month", c."point", c."figure", c."code", c."origin");
            RETURN NULL;
        END $$;

        -- v14's figure_rows, whole months read from the monthly sums only before the bound; the months from it on from their days.
        \#(figureRows(lastWhole: "least(" + v14LastWhole + #", (SELECT b."before" - 1 FROM neuvo.monthly_bound AS b))"#))
        """#
}
