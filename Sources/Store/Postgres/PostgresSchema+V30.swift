extension PostgresSchema {
    /// v30: figure origins as integers (issue 22, part "origin"; DECISIONS "v30 on PostgreSQL"). An import's figures are
    /// kept under an origin of its own, until now its transaction's id (`txid_current()`, a bigint that passes 2^31), which
    /// made the figures' key entries 32 bytes (the bigint aligned to 8); now a number of the sequence `neuvo.figure_origin`
    /// (integer, never reused, the owner's alone) and the column `integer`: 24-byte entries. `import_contacts` replaced
    /// with v28's text but for its origin; the owner's import (Swift) draws from the sequence too.
    static let v30 = #"""
        -- The positive origins the tables hold (imports' transaction ids, which may be past 2^31) renumbered 1, 2, … in
        -- their order, the same in both tables; lanes (0, −1 … −15) kept. Distinct stays distinct, so no two rows meet.
        CREATE TEMP TABLE v30_origin ("old" bigint PRIMARY KEY, "new" integer NOT NULL);
        INSERT INTO pg_temp.v30_origin
        SELECT o."origin", row_number() OVER (ORDER BY o."origin")
        FROM (SELECT "origin" FROM neuvo.daily_figure WHERE "origin" > 0
              UNION SELECT "origin" FROM neuvo.monthly_figure WHERE "origin" > 0) AS o;
        CREATE FUNCTION pg_temp.v30_origin(o bigint) RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT CASE WHEN o > 0 THEN (SELECT m."new" FROM pg_temp.v30_origin AS m WHERE m."old" = o) ELSE o::integer END
        $$;
        -- Rewritten with their keys, index, policies and triggers kept (an ALTER fires no trigger). The monthly rows gain
        -- no bytes (their key and row are padded to 8 either way) but take the same numbers, so that a month's rows of an
        -- import stay the rows of its days.
        ALTER TABLE neuvo.daily_figure ALTER COLUMN "origin" TYPE integer USING pg_temp.v30_origin("origin");
        ALTER TABLE neuvo.monthly_figure ALTER COLUMN "origin" TYPE integer USING pg_temp.v30_origin("origin");

        -- The next import's origin: past every one renumbered above. Only the owner (and the owner's functions) draws.
        CREATE SEQUENCE neuvo.figure_origin AS integer MINVALUE 1 NO CYCLE;
        SELECT setval('neuvo.figure_origin', max("new")) FROM pg_temp.v30_origin HAVING count(*) > 0;
        REVOKE ALL ON SEQUENCE neuvo.figure_origin FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        DROP FUNCTION pg_temp.v30_origin(bigint);
        DROP TABLE pg_temp.v30_origin;

        \#(importContactsFunction(.v28, origin: "origin integer := nextval('neuvo.figure_origin');"))

        """#
}
