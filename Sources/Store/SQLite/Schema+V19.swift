import GRDB

extension Schema {
    /// v19's SQLite half (issue 22, the file's size): the contact's three texts of time become numbers, one index
    /// another serves goes, and codes become ids of one `code` table — the contact's codes of data/
    /// (`contactCodes`), the figure tables' point, figure and code (`v19Figures`), the topics and referrals (`v19Parts`).
    ///
    /// - `occurred_at` (25 bytes of text) is made when read from `instant` and the new `utc_offset` (minutes east of
    ///   UTC, as written): a virtual generated column, so every reader names it as before. `day` (10 bytes) is its first
    ///   ten characters, likewise virtual; `contact_day_instant` indexes it as before (an index holds the value).
    /// - `logged_at` (20 bytes) is made from `logged` (seconds since 1970, UTC).
    /// - A text that does not come back byte for byte from the numbers (none written by neuvo, whose stamps are one
    ///   form; a copy from PostgreSQL, or an old or hand-made row, may differ) is kept whole in `occurred_text` /
    ///   `logged_text`, which the generated column then reads: what a reader gets is always exactly what was written.
    /// - `contact_day_point` goes: `contact_day_instant` (`day` first) serves every query that used it (a day or a
    ///   period at a point reads the days' entries and checks the point in the row).
    ///
    /// Rebuilt in the migration's one transaction (SQLite's recipe: a new table, the rows copied, the old one dropped,
    /// the new one renamed); the other tables' references to `contact` name it, and find it again after the rename.
    static func v19(_ db: Database) throws {
        let contactsCodes = contactCodes.map { #"SELECT '\#($0)', "\#($0)" FROM "contact" WHERE "\#($0)" IS NOT NULL"# }
        try db.execute(sql: """
            CREATE TABLE "code" (
                "id" INTEGER PRIMARY KEY,
                "kind" TEXT NOT NULL,
                "code" TEXT NOT NULL,
                UNIQUE ("kind", "code")
            );
            INSERT INTO "code" ("id", "kind", "code") VALUES (1, 'figure', 'contacts'), (2, 'figure', 'resolved'), (3, 'figure', 'staffed_days');
            INSERT OR IGNORE INTO "code" ("kind", "code")
                \(contactsCodes.joined(separator: " UNION "))
                ORDER BY 1, 2;
            CREATE TABLE "contact_v19" (
                "id" INTEGER PRIMARY KEY,
                "instant" INTEGER NOT NULL,
                "utc_offset" INTEGER NOT NULL CHECK ("utc_offset" BETWEEN -840 AND 840),
                "occurred_text" TEXT,
                "occurred_at" TEXT GENERATED ALWAYS AS (COALESCE("occurred_text", \(occurredAt(instant: #""instant""#, offset: #""utc_offset""#)))) VIRTUAL,
                "day" TEXT GENERATED ALWAYS AS (substr("occurred_at", 1, 10)) VIRTUAL,
                "point" INTEGER NOT NULL,
                "channel" INTEGER NOT NULL,
                "resolved" INTEGER NOT NULL CHECK ("resolved" IN (0, 1)),
                "contact_by" INTEGER NOT NULL,
                "reason" INTEGER,
                "identified" INTEGER NOT NULL CHECK ("identified" IN (0, 1)),
                "age_group" INTEGER NOT NULL,
                "service_area" INTEGER,
                "duration_min" INTEGER CHECK ("duration_min" BETWEEN 1 AND 480),
                "segment" TEXT CHECK ("segment" IN ('self-care', 'community', 'collaboration', 'network')),
                "client_ref" TEXT CHECK (length("client_ref") BETWEEN 8 AND 64),
                "satisfaction" INTEGER CHECK ("satisfaction" BETWEEN 1 AND 5),
                "advisor" INTEGER,
                -- A later contact of the same client on a shared topic within the follow-up window exists
                -- (CONTRACT §4); kept up to date by ContactLog.refreshRepeats on every write.
                "has_repeat" INTEGER NOT NULL DEFAULT 0 CHECK ("has_repeat" IN (0, 1)),
                "logged" INTEGER NOT NULL,
                "logged_text" TEXT,
                "logged_at" TEXT GENERATED ALWAYS AS (COALESCE("logged_text", \(loggedAt(#""logged""#)))) VIRTUAL,
                "consultation" TEXT,
                "unlinked" INTEGER NOT NULL DEFAULT 0 CHECK ("unlinked" IN (0, 1))
            )
            """)
        func id(_ column: String) -> String { codeID(column, #"old."\#(column)""#) }
        let offset = #"""
            CASE WHEN substr("occurred_at", 20, 1) IN ('+', '-') AND length("occurred_at") = 25
                THEN (CASE substr("occurred_at", 20, 1) WHEN '-' THEN -1 ELSE 1 END)
                     * (CAST(substr("occurred_at", 21, 2) AS INTEGER) * 60 + CAST(substr("occurred_at", 24, 2) AS INTEGER))
                ELSE 0 END
            """#
        try db.execute(sql: """
            INSERT INTO "contact_v19" ("id", "instant", "utc_offset", "occurred_text", "point", "channel", "resolved", "contact_by",
                "reason", "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "has_repeat", "logged", "logged_text", "consultation", "unlinked")
            SELECT "id", "instant", o, CASE WHEN \(occurredAt(instant: #""instant""#, offset: "o")) IS "occurred_at" THEN NULL ELSE "occurred_at" END,
                \(id("point")), \(id("channel")), "resolved", \(id("contact_by")), \(id("reason")), "identified", \(id("age_group")),
                \(id("service_area")), "duration_min", "segment", "client_ref", "satisfaction", \(id("advisor")), "has_repeat",
                \(loggedValues(#""logged_at""#)), "consultation", "unlinked"
            FROM (SELECT *, \(offset) AS o FROM "contact") AS old ORDER BY "id"
            """)
        // `day` is now the written date's ten characters; every writer stored exactly that, and a row that did not (a hand
        // edit) would change its day here, so the upgrade stops rather than move a contact silently.
        let moved = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM "contact" AS old JOIN "contact_v19" AS new USING ("id")
            WHERE new."day" IS NOT old."day" OR new."occurred_at" IS NOT old."occurred_at" OR new."logged_at" IS NOT old."logged_at"
                OR \(contactCodes.map { codeText(#"new."\#($0)""#) + #" IS NOT old."\#($0)""# }.joined(separator: " OR "))
            """) ?? 0
        guard moved == 0 else {
            throw DatabaseError(message: "v19: \(moved) contacts whose day is not the date of their occurred_at; the file is left as it was")
        }
        try db.execute(sql: """
            DROP TABLE "contact";
            ALTER TABLE "contact_v19" RENAME TO "contact";
            CREATE INDEX "contact_client_instant" ON "contact"("client_ref", "instant") WHERE "client_ref" IS NOT NULL;
            CREATE INDEX "contact_unresolved_point_day" ON "contact"("point", "day") WHERE "resolved" = 0;
            CREATE INDEX "contact_day_instant" ON "contact"("day", "instant");
            """)
        try v19Figures(db)
        try v19Parts(db)
    }

    /// The contact's topics and referrals as ids of `code` (kinds 'topic' and 'referral'); a referral's outcome stays text.
    static func v19Parts(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO "code" ("kind", "code")
                SELECT 'topic', "topic" FROM "contact_topic" UNION SELECT 'referral', "referral" FROM "contact_referral" ORDER BY 1, 2;
            CREATE TABLE "contact_topic_v19" (
                "contact_id" INTEGER NOT NULL REFERENCES "contact"("id") ON DELETE CASCADE,
                "topic" INTEGER NOT NULL,
                PRIMARY KEY ("contact_id", "topic")
            ) WITHOUT ROWID;
            INSERT INTO "contact_topic_v19" ("contact_id", "topic")
            SELECT t."contact_id", k."id" FROM "contact_topic" AS t JOIN "code" AS k ON k."kind" = 'topic' AND k."code" = t."topic"
            ORDER BY 1, 2;
            CREATE TABLE "contact_referral_v19" (
                "contact_id" INTEGER NOT NULL REFERENCES "contact"("id") ON DELETE CASCADE,
                "referral" INTEGER NOT NULL,
                "outcome" TEXT NOT NULL DEFAULT 'pending',
                PRIMARY KEY ("contact_id", "referral")
            ) WITHOUT ROWID;
            INSERT INTO "contact_referral_v19" ("contact_id", "referral", "outcome")
            SELECT r."contact_id", k."id", r."outcome" FROM "contact_referral" AS r
                JOIN "code" AS k ON k."kind" = 'referral' AND k."code" = r."referral"
            ORDER BY 1, 2;
            """)
        try expectSameRows([("contact_topic", "contact_topic_v19"), ("contact_referral", "contact_referral_v19")], db)
        try db.execute(sql: """
            DROP TABLE "contact_topic";
            DROP TABLE "contact_referral";
            ALTER TABLE "contact_topic_v19" RENAME TO "contact_topic";
            ALTER TABLE "contact_referral_v19" RENAME TO "contact_referral";
            """)
    }

    /// The stored figures' point, figure and code as small integers: each text once in `code` (`kind` 'point', 'figure'
    /// or 'code'), added by the first write that needs it (`DailyChanges.store`), its id for ever after. The daily totals'
    /// three figures have fixed ids (1–3), so that their partial index can name them. The day and the month stay text.
    static func v19Figures(_ db: Database) throws {
        try db.execute(sql: """
            INSERT OR IGNORE INTO "code" ("kind", "code")
                SELECT 'point', "point" FROM "daily_figure" UNION SELECT 'point', "point" FROM "monthly_figure"
                UNION SELECT 'figure', "figure" FROM "daily_figure" UNION SELECT 'figure', "figure" FROM "monthly_figure"
                UNION SELECT 'code', "code" FROM "daily_figure" UNION SELECT 'code', "code" FROM "monthly_figure"
                ORDER BY 1, 2;

            CREATE TABLE "daily_figure_v19" (
                "day" TEXT NOT NULL,
                "point" INTEGER NOT NULL,
                "figure" INTEGER NOT NULL,
                "code" INTEGER NOT NULL,
                "value" INTEGER NOT NULL,
                PRIMARY KEY ("day", "point", "figure", "code")
            ) WITHOUT ROWID;
            INSERT INTO "daily_figure_v19" ("day", "point", "figure", "code", "value")
            SELECT d."day", p."id", f."id", c."id", d."value" FROM "daily_figure" AS d
                JOIN "code" AS p ON p."kind" = 'point' AND p."code" = d."point"
                JOIN "code" AS f ON f."kind" = 'figure' AND f."code" = d."figure"
                JOIN "code" AS c ON c."kind" = 'code' AND c."code" = d."code"
            ORDER BY 1, 2, 3, 4;
            CREATE TABLE "monthly_figure_v19" (
                "month" TEXT NOT NULL,
                "point" INTEGER NOT NULL,
                "figure" INTEGER NOT NULL,
                "code" INTEGER NOT NULL,
                "value" INTEGER NOT NULL,
                PRIMARY KEY ("month", "point", "figure", "code")
            ) WITHOUT ROWID;
            INSERT INTO "monthly_figure_v19" ("month", "point", "figure", "code", "value")
            SELECT m."month", p."id", f."id", c."id", m."value" FROM "monthly_figure" AS m
                JOIN "code" AS p ON p."kind" = 'point' AND p."code" = m."point"
                JOIN "code" AS f ON f."kind" = 'figure' AND f."code" = m."figure"
                JOIN "code" AS c ON c."kind" = 'code' AND c."code" = m."code"
            ORDER BY 1, 2, 3, 4;
            """)
        try expectSameRows([("daily_figure", "daily_figure_v19"), ("monthly_figure", "monthly_figure_v19")], db)
        // v17's triggers, word for word, on the new tables (dropping a table drops its triggers and indexes).
        try db.execute(sql: """
            DROP TABLE "daily_figure";
            DROP TABLE "monthly_figure";
            ALTER TABLE "daily_figure_v19" RENAME TO "daily_figure";
            ALTER TABLE "monthly_figure_v19" RENAME TO "monthly_figure";
            \(v17Triggers)
            CREATE INDEX "daily_figure_totals" ON "daily_figure" ("day", "point", "figure", "value") WHERE \(dailyTotals);
            """)
    }

    /// The condition of the daily totals' partial index (v19: the fixed ids of `contacts`, `resolved`, `staffed_days`), which
    /// a query repeats word for word so that SQLite's planner takes the index.
    static let dailyTotals = #""figure" IN (1, 2, 3)"#
    static let contactsFigure = 1, resolvedFigure = 2, staffedDaysFigure = 3

    /// The id of a code (an SQL expression: NULL when the code is not held, which then matches no row).
    static func codeID(_ kind: String, _ text: String = "?") -> String {
        #"(SELECT "id" FROM "code" WHERE "kind" = '\#(kind)' AND "code" = \#(text))"#
    }

    /// The text of a code id (an SQL expression; `id` qualified by its table, as the code table has a column "code" too).
    static func codeText(_ id: String) -> String {
        #"(SELECT k."code" FROM "code" AS k WHERE k."id" = \#(id))"#
    }

    /// The contact's columns holding a code of data/ (v19: an id of `code`, of the kind named as the column).
    static let contactCodes = ["point", "channel", "contact_by", "reason", "age_group", "service_area", "advisor"]

    /// The stamp as written (`2023-03-14T10:25:00+02:00`, `Timestamp.description`) from its instant and offset in minutes.
    static func occurredAt(instant: String, offset: String) -> String {
        """
        strftime('%Y-%m-%dT%H:%M:%S', \(instant) + \(offset) * 60, 'unixepoch') || CASE WHEN \(offset) < 0 THEN '-' ELSE '+' END \
        || printf('%02d:%02d', abs(\(offset)) / 60, abs(\(offset)) % 60)
        """
    }

    /// A logging time (`2026-11-23T18:46:12Z`, `ContactLog.now()`) from its seconds.
    static func loggedAt(_ seconds: String) -> String {
        "strftime('%Y-%m-%dT%H:%M:%SZ', \(seconds), 'unixepoch')"
    }

    /// The values of `"logged", "logged_text"` for a logging time given as text (`text`: an SQL expression, e.g. `?3`):
    /// its seconds, and the text itself only when the seconds do not give it back.
    static func loggedValues(_ text: String) -> String {
        "coalesce(unixepoch(\(text)), 0), CASE WHEN \(loggedAt("unixepoch(\(text))")) IS \(text) THEN NULL ELSE \(text) END"
    }

    /// Stops the migration (the file as it was) unless each rebuilt table holds as many rows as the one it replaces.
    static func expectSameRows(_ tables: [(old: String, new: String)], _ db: Database) throws {
        for (old, new) in tables {
            let counts = try Int.fetchAll(db, sql: #"SELECT count(*) FROM "\#(old)" UNION ALL SELECT count(*) FROM "\#(new)""#)
            guard counts.count == 2, counts[0] == counts[1] else {
                throw DatabaseError(message: "v19: \(old) has \(counts) rows before and after; the file is left as it was")
            }
        }
    }
}
