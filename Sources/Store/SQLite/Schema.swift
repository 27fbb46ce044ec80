import GRDB

/// The database's history. A shipped migration is never edited: changes come as new migrations.
/// SQLite enforces what it can (NOT NULL, CHECK, foreign keys) beside the checks in Swift.
enum Schema {
    /// `PRAGMA application_id` of a neuvo database ("neuv"), so that another SQLite file is recognised.
    static let applicationID: Int32 = 0x6E65_7576

    /// The migrations in order: `migrator` registers them with GRDB, `migrate` applies the missing ones in one transaction.
    static var steps: Steps {
        var migrator = Steps()
        migrator.registerMigration("v1: contact log") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE "contact" (
                    "id" INTEGER PRIMARY KEY,
                    "occurred_at" TEXT NOT NULL,
                    "instant" INTEGER NOT NULL,
                    "day" TEXT NOT NULL CHECK ("day" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
                    "point" TEXT NOT NULL,
                    "channel" TEXT NOT NULL,
                    "resolved" INTEGER NOT NULL CHECK ("resolved" IN (0, 1)),
                    "contact_by" TEXT NOT NULL,
                    "reason" TEXT,
                    "identified" INTEGER NOT NULL CHECK ("identified" IN (0, 1)),
                    "age_group" TEXT NOT NULL,
                    "service_area" TEXT,
                    "duration_min" INTEGER CHECK ("duration_min" BETWEEN 1 AND 480),
                    "segment" TEXT CHECK ("segment" IN ('self-care', 'community', 'collaboration', 'network')),
                    "client_ref" TEXT CHECK (length("client_ref") BETWEEN 8 AND 64),
                    "satisfaction" INTEGER CHECK ("satisfaction" BETWEEN 1 AND 5),
                    "advisor" TEXT,
                    -- A later contact of the same client on a shared topic within the follow-up window exists
                    -- (CONTRACT §4); kept up to date by ContactLog.refreshRepeats on every write.
                    "has_repeat" INTEGER NOT NULL DEFAULT 0 CHECK ("has_repeat" IN (0, 1)),
                    "logged_at" TEXT NOT NULL
                );
                CREATE INDEX "contact_day_point" ON "contact"("day", "point");
                CREATE INDEX "contact_client_instant" ON "contact"("client_ref", "instant") WHERE "client_ref" IS NOT NULL;

                CREATE TABLE "contact_topic" (
                    "contact_id" INTEGER NOT NULL REFERENCES "contact"("id") ON DELETE CASCADE,
                    "topic" TEXT NOT NULL,
                    PRIMARY KEY ("contact_id", "topic")
                ) WITHOUT ROWID;

                CREATE TABLE "contact_referral" (
                    "contact_id" INTEGER NOT NULL REFERENCES "contact"("id") ON DELETE CASCADE,
                    "referral" TEXT NOT NULL,
                    PRIMARY KEY ("contact_id", "referral")
                ) WITHOUT ROWID;

                -- Each measure of CONTRACT §5 per day and point, named by its report key (a map's entries by
                -- code, other figures with code ''), kept up to date by every write (Report.count, DailyChanges).
                -- A report over any period sums these instead of reading every contact.
                CREATE TABLE "daily_figure" (
                    "day" TEXT NOT NULL,
                    "point" TEXT NOT NULL,
                    "figure" TEXT NOT NULL,
                    "code" TEXT NOT NULL,
                    "value" INTEGER NOT NULL,
                    PRIMARY KEY ("day", "point", "figure", "code")
                ) WITHOUT ROWID;

                -- A segmentation done with the contact: the answers, both scores in tenths, the computed
                -- segment and, if the professional changed it, the segment chosen and the reason.
                CREATE TABLE "assessment" (
                    "contact_id" INTEGER PRIMARY KEY REFERENCES "contact"("id") ON DELETE CASCADE,
                    "answers" TEXT NOT NULL,
                    "client_score" INTEGER NOT NULL CHECK ("client_score" BETWEEN 0 AND 1000),
                    "need_score" INTEGER NOT NULL CHECK ("need_score" BETWEEN 0 AND 1000),
                    "computed_segment" TEXT NOT NULL,
                    "segment" TEXT NOT NULL,
                    "override_reason" TEXT,
                    "chain" TEXT,
                    CHECK ("segment" = "computed_segment" OR "override_reason" IS NOT NULL)
                );

                -- The advisor's unsaved form, kept on every change so that nothing is lost.
                CREATE TABLE "draft" (
                    "id" INTEGER PRIMARY KEY,
                    "advisor" TEXT NOT NULL,
                    "point" TEXT,
                    "updated_at" TEXT NOT NULL,
                    "form" TEXT NOT NULL
                );

                -- Every read and write of contact data: who, when, what and how many contacts.
                CREATE TABLE "audit" (
                    "id" INTEGER PRIMARY KEY,
                    "at" TEXT NOT NULL,
                    "user" TEXT NOT NULL,
                    "command" TEXT NOT NULL,
                    "details" TEXT NOT NULL,
                    "contacts" INTEGER NOT NULL
                );
                CREATE INDEX "audit_at" ON "audit"("at");
                CREATE TRIGGER "audit_is_never_deleted" BEFORE DELETE ON "audit"
                    BEGIN SELECT RAISE(ABORT, 'audit rows are never deleted'); END;
                CREATE TRIGGER "audit_is_never_changed" BEFORE UPDATE ON "audit"
                    BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END;

                CREATE TABLE "setting" (
                    "key" TEXT PRIMARY KEY,
                    "value" TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
            try db.execute(
                sql: #"INSERT INTO "setting" VALUES (?, ?)"#, arguments: [Setting.followUpWindowKey, String(Setting.defaultFollowUpWindowHours)])
        }
        migrator.registerMigration("v2: follow-ups") { db in
            try db.execute(sql: """
                -- A contact not resolved in itself whose follow-up the advisor has marked done: when, by whom,
                -- a note of the outcome (may be empty), and the later contact that settled it, if one did.
                -- Not a change to "resolved": that is a measure of the one contact, so reports stay as they were.
                CREATE TABLE "follow_up_done" (
                    "contact_id" INTEGER PRIMARY KEY REFERENCES "contact"("id") ON DELETE CASCADE,
                    "done_at" TEXT NOT NULL,
                    "user" TEXT NOT NULL,
                    "note" TEXT NOT NULL,
                    "closed_by" INTEGER REFERENCES "contact"("id")
                );
                -- The follow-up list of a point: its unresolved contacts from a day on (ContactLog.followUps).
                CREATE INDEX "contact_unresolved_point_day" ON "contact"("point", "day") WHERE "resolved" = 0;
                """)
        }
        migrator.registerMigration("v3: contacts by hour") { db in
            // Report.count keeps `by_hour` from now on; the contacts already held are counted here by the same
            // rule, the hour of day as written in occurred_at.
            try db.execute(sql: """
                INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value")
                SELECT "day", "point", 'by_hour', substr("occurred_at", 12, 2), count(*) FROM "contact" GROUP BY 1, 2, 4
                """)
        }
        migrator.registerMigration("v4: evaluation") { db in
            try db.execute(sql: """
                -- What became of each referral (CONTRACT §7), set when the advisor learns it.
                ALTER TABLE "contact_referral" ADD COLUMN "outcome" TEXT NOT NULL DEFAULT 'pending';
                CREATE TABLE "contact_unmet_need" (
                    "contact_id" INTEGER NOT NULL REFERENCES "contact"("id") ON DELETE CASCADE,
                    "need" TEXT NOT NULL,
                    PRIMARY KEY ("contact_id", "need")
                ) WITHOUT ROWID;

                -- The anonymous records, by point and day only: never a time, a person or a contact. Answers are kept
                -- as counts of equal answers, so that not even their order is stored. A skipped answer is '' (settled,
                -- bounced), 0 (mood) or -1 (enps): a primary key cannot hold NULL.
                CREATE TABLE "feedback" (
                    "day" TEXT NOT NULL,
                    "point" TEXT NOT NULL,
                    "nps" INTEGER NOT NULL CHECK ("nps" BETWEEN 0 AND 10),
                    "settled" TEXT NOT NULL CHECK ("settled" IN ('', 'yes', 'partly', 'no')),
                    "bounced" TEXT NOT NULL CHECK ("bounced" IN ('', 'yes', 'no')),
                    "answers" INTEGER NOT NULL CHECK ("answers" > 0),
                    PRIMARY KEY ("day", "point", "nps", "settled", "bounced")
                ) WITHOUT ROWID;
                CREATE TABLE "mood" (
                    "day" TEXT NOT NULL,
                    "point" TEXT NOT NULL,
                    "mood" INTEGER NOT NULL CHECK ("mood" BETWEEN 0 AND 5),
                    "enps" INTEGER NOT NULL CHECK ("enps" BETWEEN -1 AND 10),
                    "answers" INTEGER NOT NULL CHECK ("answers" > 0),
                    CHECK ("mood" > 0 OR "enps" >= 0),
                    PRIMARY KEY ("day", "point", "mood", "enps")
                ) WITHOUT ROWID;
                CREATE TABLE "staffing" (
                    "day" TEXT NOT NULL,
                    "point" TEXT NOT NULL,
                    "staff_hundredths" INTEGER NOT NULL CHECK ("staff_hundredths" BETWEEN 0 AND 20000),
                    "hourly_cost_cents" INTEGER NOT NULL CHECK ("hourly_cost_cents" BETWEEN 0 AND 100000),
                    PRIMARY KEY ("day", "point")
                ) WITHOUT ROWID;

                -- Every referral held so far is pending. The referrals' one stored figure is now by destination and outcome
                -- (Report.storedFigures); `by_referral` and `referral_outcomes` are its sums.
                INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value")
                SELECT "day", "point", 'referral_outcomes_by_referral', "code" || ':pending', "value" FROM "daily_figure"
                WHERE "figure" = 'by_referral';
                DELETE FROM "daily_figure" WHERE "figure" = 'by_referral';
                """)
        }
        migrator.registerMigration("v5: consultations") { db in
            // The consultation line consulted during the contact (CONTRACT §8), if any.
            try db.execute(sql: #"ALTER TABLE "contact" ADD COLUMN "consultation" TEXT"#)
        }
        migrator.registerMigration("v6: board") { _ in
            // Nothing on SQLite: the board reads what the file already holds. Registered so that both backends keep one
            // history of identifiers (PostgreSQL's "v6: board" makes the board's role; "v5" is the consultations').
        }
        migrator.registerMigration("v7: no side door") { db in
            // PostgreSQL's v7 closes its tables behind functions; SQLite is one OS user's file. Both gain the region's
            // clock (CONTRACT §3): stamps, days, hours and "today" in this time zone, whatever the machine's.
            try db.execute(sql: #"INSERT OR IGNORE INTO "setting" ("key", "value") VALUES ('timezone', 'Europe/Helsinki')"#)
            try SQLiteLog.chainAudit(db)
        }
        migrator.registerMigration("v8: quicker functions") { _ in
            // Nothing on SQLite: PostgreSQL's v8 rewrites v7's functions for speed. Registered to keep one history.
        }
        migrator.registerMigration("v9: handoffs") { db in
            // The warm handoff (CONTRACT §9). The figures and moves in "handoff" (kept for the figures); the client's
            // personal details in "handoff_detail" alone, so that erasing them is deleting one row.
            try db.execute(sql: """
                CREATE TABLE "handoff" (
                    "id" INTEGER PRIMARY KEY,
                    "contact_id" INTEGER REFERENCES "contact"("id") ON DELETE SET NULL,
                    -- The contact's referral whose outcome closing sets (a handoff sent again elsewhere keeps the first).
                    "referral" TEXT,
                    "point" TEXT NOT NULL,
                    "service" TEXT NOT NULL,
                    "urgency" TEXT NOT NULL CHECK ("urgency" IN ('normal', 'urgent')),
                    "sent_at" TEXT NOT NULL,
                    "sent_instant" INTEGER NOT NULL,
                    "sent_by" TEXT NOT NULL,
                    "taken_at" TEXT,
                    "taken_instant" INTEGER,
                    "taken_by" TEXT,
                    "closed_at" TEXT,
                    "closed_instant" INTEGER,
                    "closed_by" TEXT,
                    "result" TEXT CHECK ("result" IN ('reached', 'not-reached', 'declined', 'returned')),
                    "return_reason" TEXT,
                    "tries" INTEGER NOT NULL DEFAULT 0 CHECK ("tries" BETWEEN 0 AND 20),
                    CHECK ("taken_at" IS NOT NULL OR "closed_at" IS NULL OR "result" = 'returned'),
                    CHECK (("closed_at" IS NULL) = ("result" IS NULL))
                );
                CREATE INDEX "handoff_open" ON "handoff"("service", "sent_instant") WHERE "closed_at" IS NULL;
                CREATE INDEX "handoff_point_sent" ON "handoff"("point", "sent_instant");
                CREATE UNIQUE INDEX "handoff_open_per_contact" ON "handoff"("contact_id", "service") WHERE "closed_at" IS NULL;
                CREATE TABLE "handoff_try" (
                    "handoff_id" INTEGER NOT NULL REFERENCES "handoff"("id") ON DELETE CASCADE,
                    "n" INTEGER NOT NULL,
                    "at" TEXT NOT NULL,
                    "reached" INTEGER NOT NULL CHECK ("reached" IN (0, 1)),
                    "by" TEXT NOT NULL,
                    PRIMARY KEY ("handoff_id", "n")
                ) WITHOUT ROWID;
                CREATE TABLE "handoff_detail" (
                    "handoff_id" INTEGER PRIMARY KEY REFERENCES "handoff"("id") ON DELETE CASCADE,
                    "name" TEXT NOT NULL,
                    "phone" TEXT NOT NULL,
                    "language" TEXT CHECK ("language" IN ('fi', 'sv', 'en', 'other')),
                    "when_to_call" TEXT,
                    "note" TEXT
                );
                """)
        }
        migrator.registerMigration("v10: quicker saves") { _ in
            // Nothing on SQLite: PostgreSQL's v10 has its save plan once per session. Registered to keep one history.
        }
        migrator.registerMigration("v11: data protection") { db in
            // CONTRACT §11: retention, and the client's log review and access request.
            try v11Retention(db)
            try v11ClientLog(db)
        }
        migrator.registerMigration("v12: settings through functions") { db in
            try v12(db)
        }
        migrator.registerMigration("v13: concurrent saves") { db in
            try v13(db)
        }
        migrator.registerMigration("v14: monthly figures") { db in
            try v14(db)
        }
        migrator.registerMigration("v15: figure lists by the page") { db in
            try v15(db)
        }
        migrator.registerMigration("v16: no monthly sums for the current month") { _ in
            // Nothing on SQLite: its row triggers cost a save about 0.1 ms, and one writer at a time never waits for
            // another's monthly rows; PostgreSQL's v16 keeps the current month out of a save's path. One history.
        }
        migrator.registerMigration("v17: quicker imports, smaller storage") { db in
            try v17(db)
        }
        migrator.registerMigration("v18: quicker saves") { db in
            try v18(db)
        }
        migrator.registerMigration("v19: codes as small integers") { db in
            try v19(db)
        }
        migrator.registerMigration("v20: compact contacts (codes, times and topics)") { _ in
            // Nothing on SQLite: its v19 already keeps the contact's codes, topics and stamps as numbers. One history.
        }
        migrator.registerMigration("v21: quicker figure reads") { _ in
            // Nothing on SQLite: its figures' reads name the ids in Swift (CodeMap), with no schema of their own. One history.
        }
        migrator.registerMigration("v22: referrals in the contact row") { _ in
            // Nothing on SQLite: PostgreSQL's contact row only. One history.
        }
        migrator.registerMigration("v23: quicker saves (fewer statements)") { _ in
            // Nothing on SQLite: the audit queue and its seal are PostgreSQL's. One history.
        }
        migrator.registerMigration("v24: quicker imports (the server side)") { _ in
            // Nothing on SQLite: the server side of PostgreSQL's owner import only. One history.
        }
        migrator.registerMigration("v25: clients by number") { _ in
            // Nothing on SQLite: PostgreSQL's contacts name their client by a number in `neuvo.client`. One history.
        }
        migrator.registerMigration("v26: narrower figures, a smaller audit index") { _ in
            // Nothing on SQLite: its integers take the bytes their values need, and it scans the log for a client. One history.
        }
        migrator.registerMigration("v27: quicker saves (the statements around the save)") { _ in
            // Nothing on SQLite: PostgreSQL's save functions and its seal only. One history.
        }
        migrator.registerMigration("v28: points by number") { _ in
            // Nothing on SQLite: PostgreSQL's contacts name their point by a term id. One history.
        }
        migrator.registerMigration("v29: quicker saves (the seal)") { _ in
            // Nothing on SQLite: PostgreSQL's audit seal only. One history.
        }
        migrator.registerMigration("v30: figure origins as integers") { _ in
            // Nothing on SQLite: its figures have no origins (one writer at a time). One history with PostgreSQL.
        }
        migrator.registerMigration("v31: quicker saves (the word lookups and the seal queue)") { _ in
            // Nothing on SQLite: PostgreSQL's save functions only. One history.
        }
        return migrator
    }
}
