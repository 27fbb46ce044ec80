extension PostgresSchema {
    /// How a migration's functions name a contact's columns: v20's and v22's the client by its pseudonym
    /// (`client_ref`) and the point by its word (v20's referrals in a table of their own, v22's in the row), v25's the
    /// client by its number in `neuvo.client`, v28's the point too by its id in `neuvo.term`. It is all that v22's,
    /// v25's and v28's restatements of these functions change, so each is written once here and each migration calls
    /// it with its own; the text each returns is the one that migration shipped with (`ShippedMigrationsTests`).
    enum ContactColumns {
        case v20, v22, v25, v28

        /// `word` while the point is a word (v20–v25), `number` once it is a term's id (v28).
        func pick(_ word: String, _ number: String) -> String { self == .v28 ? number : word }

        /// The login's points as the column holds them.
        var mine: String { pick("neuvo.my_points()", "neuvo.my_point_ids()") }
        /// The contact `c`'s point as its word.
        var pointWord: String { pick(#"c."point""#, PostgresSchema.pointWordV28) }
        /// The value the column stores for the point `word` (an SQL expression).
        func stored(_ word: String) -> String { pick(word, "neuvo.point_id(\(word))") }
        /// The condition that the contact `c` is at one of the points a listing may read (`wanted`, words).
        var wantedCondition: String {
            pick(
                #"(wanted IS NULL OR c."point" = ANY (wanted))"#,
                #"(wanted_ids IS NULL OR c."point" = ANY (wanted_ids))"#)
        }
        /// v28's declaration of `wanted`'s ids, a line after `wanted`'s.
        var wantedIDs: String { pick("", "\n    wanted_ids integer[] := neuvo.known_terms(wanted);") }
        /// v28's declaration of `at_point`'s id, a line after `wanted_ids`.
        var atPointID: String {
            pick("", #"\#n    at_point_id integer := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = at_point);"#)
        }
        /// The listed point as the column holds it.
        var atPoint: String { pick("at_point", "at_point_id") }
        /// A listing's contact row query (`words` the dictionary's words).
        var contactRow: String {
            switch self {
            case .v20: PostgresSchema.contactRowSelectV20(words: "words")
            case .v22: PostgresSchema.contactRowSelectV22(words: "words")
            case .v25: PostgresSchema.contactRowSelectV25(words: "words")
            case .v28: PostgresSchema.contactRowSelectV28(words: "words")
            }
        }
        /// `contacts_page`'s query of a page.
        func page(backward: Bool) -> String {
            switch self {
            case .v20: PostgresSchema.pageSelectV20(backward: backward)
            case .v22: PostgresSchema.pageSelectV22(backward: backward)
            case .v25: PostgresSchema.pageSelectV25(backward: backward)
            case .v28: PostgresSchema.pageSelectV28(backward: backward)
            }
        }
        /// The filter's condition on the contact `c` (v28 kept v25's).
        var filterCondition: String {
            switch self {
            case .v20: PostgresSchema.filterConditionV20
            case .v22: PostgresSchema.filterConditionV22
            case .v25, .v28: PostgresSchema.filterConditionV25
            }
        }
    }

    // Lines that v28's text has and the earlier ones lack, or the other way (each a line break and the line), and lines
    // in two forms.
    private static let clientPointV28 = "\n        'point', \(pointWordV28),"
    private static let mineIDsV28 = "\n    mine_ids smallint[];"
    private static let mineIDsAssignedV28 = "\n    mine_ids := CASE WHEN r <> 'owner' THEN neuvo.known_terms(mine) END;"
    private static let wantedIDsAssignedV25 = "\n        wanted_ids := neuvo.known_terms(wanted);"
    private static let deltasByWordV25 = #"""
        SELECT d."day", coalesce(t."id", neuvo.term_id(d."point")) AS "point", d."figure", d."value"
                FROM deltas AS d LEFT JOIN neuvo.term AS t ON t."word" = d."point" WHERE d."value" <> 0
        """#
    private static let deltasByNumberV28 =
        #"SELECT d."day", d."point", d."figure", d."value" FROM deltas AS d WHERE d."value" <> 0"#
    private static let importWordsV25 =
        #"SELECT "channel" FROM pg_temp.import_contact UNION SELECT "contact_by" FROM pg_temp.import_contact"#
    private static let importWordsV28 = #"""
        SELECT "point" FROM pg_temp.import_contact UNION SELECT "channel" FROM pg_temp.import_contact
                    UNION SELECT "contact_by" FROM pg_temp.import_contact
        """#
    private static let importPointJoinV28 = #"\#n        JOIN neuvo.term AS t0 ON t0."word" = c."point""#

    /// `neuvo.refresh_repeats` as v25 and v28 wrote it.
    static func refreshRepeatsFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
         SET plan_cache_mode TO 'force_generic_plan'
        AS $function$
        DECLARE
            window_seconds bigint;
            flipped integer;
            zero_days date[];
            zero_points integer[];
            zero_figures integer[];
            clients integer[];
            first_client integer;
            last_client integer;
            no_code integer := neuvo.term_id('');
            repeats integer := neuvo.term_id('repeats');
            verified integer := neuvo.term_id('verified');
        BEGIN
            -- The clients' turn first (every client's, for a new window): their rows of `neuvo.client` locked in the
            -- order of their numbers. Each statement after it reads afresh (read committed), so it sees what the
            -- transactions it waited for committed. A pseudonym the dictionary lacks names no contact.
            IF refs IS NULL THEN
                LOCK TABLE neuvo.client IN EXCLUSIVE MODE;
                clients := ARRAY(SELECT DISTINCT c."client" FROM neuvo.contact AS c WHERE c."client" IS NOT NULL);
            ELSE
                clients := ARRAY(SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ANY (refs) ORDER BY k."id" FOR UPDATE);
            END IF;
            SELECT min(x), max(x) INTO first_client, last_client FROM unnest(clients) AS x;
            window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            WITH changed AS (
                UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
                WHERE a."client" = ANY (clients) AND a."client" BETWEEN first_client AND last_client
                  AND a."has_repeat" <> EXISTS (
                    SELECT 1 FROM neuvo.contact AS b
                    WHERE b."client" = a."client" AND b."instant" > a."instant" AND b."instant" <= a."instant" + window_seconds
                      AND b."topics" && a."topics")
                RETURNING a."day", a."point", a."resolved", a."has_repeat"
            ), deltas AS (
                SELECT "day", "point", repeats AS "figure", sum(CASE WHEN "has_repeat" THEN 1 ELSE -1 END) AS "value"
                FROM changed GROUP BY 1, 2
                UNION ALL
                SELECT "day", "point", verified, sum(CASE WHEN "has_repeat" THEN -1 ELSE 1 END)
                FROM changed WHERE "resolved" GROUP BY 1, 2
            ), keyed AS (
                \#(p.pick(deltasByWordV25, deltasByNumberV28))
            ), applied AS (
                INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
                SELECT "day", "point", "figure", no_code, figures_origin, "value" FROM keyed ORDER BY 1, 2, 3
                ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
                RETURNING f."day", f."point", f."figure", f."value"
            )
            SELECT (SELECT count(*) FROM changed), array_agg(a."day"), array_agg(a."point"), array_agg(a."figure")
            INTO flipped, zero_days, zero_points, zero_figures
            FROM applied AS a WHERE a."value" = 0;
            -- Only the rows this call took down to zero: no figure or day shows with a count of 0.
            IF zero_days IS NOT NULL THEN
                DELETE FROM neuvo.daily_figure AS f USING unnest(zero_days, zero_points, zero_figures) AS z("day", "point", "figure")
                WHERE f."day" = z."day" AND f."point" = z."point" AND f."figure" = z."figure" AND f."code" = no_code
                  AND f."origin" = figures_origin AND f."value" = 0;
            END IF;
            RETURN flipped;
        END $function$;
        """#
    }

    /// `neuvo.apply_referral_outcome` as v25 and v28 wrote it.
    static func applyReferralOutcomeFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text)
         RETURNS void
         LANGUAGE plpgsql
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
            referral_id smallint := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = referral_code);
            pairs smallint[];
            place integer;
        BEGIN
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[new_outcome]);
            SELECT c."day", \#(p.pointWord), (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), c."referrals" INTO contact_day, contact_point, contact_ref, pairs
            FROM neuvo.contact AS c WHERE c."id" = contact AND c."referrals" @> ARRAY[referral_id] FOR UPDATE OF c;
            IF NOT FOUND THEN
                RETURN;
            END IF;
            place := array_position(pairs, referral_id);
            old_outcome := (SELECT t."word" FROM neuvo.term AS t WHERE t."id" = -pairs[place + 1]);
            IF old_outcome = new_outcome THEN
                RETURN;
            END IF;
            UPDATE neuvo.contact AS c SET "referrals"[place + 1] = -neuvo.term_id(new_outcome) WHERE c."id" = contact;
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
        END $function$;
        """#
    }

    /// `neuvo.client_data` as v25 and v28 wrote it.
    static func clientDataFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.client_data(identity_code text, command text DEFAULT NULL::text)
         RETURNS jsonb
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            wanted_ref text := neuvo.reviewed_client(identity_code, 'a client''s data');
            ids bigint[];
            handoffs bigint[];
            result jsonb;
        BEGIN
            ids := ARRAY(SELECT c."id" FROM neuvo.contact AS c WHERE c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref) ORDER BY c."instant", c."id");
            handoffs := ARRAY(SELECT h."id" FROM neuvo.handoff AS h WHERE h."contact_id" = ANY (ids) ORDER BY h."id");
            result := jsonb_build_object(
                'contacts', coalesce((
                    SELECT jsonb_agg(to_jsonb(c) - 'client' - 'save_token' - 'utc_offset' - 'topics' - 'referrals' || jsonb_build_object(
                        'occurred_at', neuvo.occurred_text(c."instant", c."utc_offset"), 'logged_at', neuvo.logged_text(c."logged_at"),\#(p.pick("", clientPointV28))
                        'channel', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."channel"), 'contact_by', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."contact_by"), 'reason', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."reason"),
                        'age_group', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."age_group"), 'service_area', (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."service_area"),
                        'topics', coalesce((SELECT jsonb_agg(w."word" ORDER BY w."word") FROM unnest(c."topics") AS x(id)
                                            JOIN neuvo.term AS w ON w."id" = x.id), '[]'),
                        'referrals', coalesce((SELECT jsonb_agg(jsonb_build_object('referral', a."word", 'outcome', o."word") ORDER BY a."word")
                                               FROM neuvo.referral_pairs(c."referrals") AS p JOIN neuvo.term AS a ON a."id" = p."referral"
                                                   JOIN neuvo.term AS o ON o."id" = p."outcome"), '[]'),
                        'unmet_needs', coalesce((SELECT jsonb_agg(u."need" ORDER BY u."need") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"), '[]'))
                        ORDER BY c."instant", c."id")
                    FROM neuvo.contact AS c WHERE c."id" = ANY (ids)), '[]'),
                'assessments', coalesce((SELECT jsonb_agg(to_jsonb(a) ORDER BY a."contact_id") FROM neuvo.assessment AS a WHERE a."contact_id" = ANY (ids)), '[]'),
                'follow_ups', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f."contact_id") FROM neuvo.follow_up_done AS f WHERE f."contact_id" = ANY (ids)), '[]'),
                'handoffs', coalesce((
                    SELECT jsonb_agg(to_jsonb(h) || jsonb_build_object(
                        'details', (SELECT to_jsonb(d) - 'handoff_id' FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id"),
                        'tries', coalesce((SELECT jsonb_agg(to_jsonb(t) - 'handoff_id' ORDER BY t."n") FROM neuvo.handoff_try AS t WHERE t."handoff_id" = h."id"), '[]'))
                        ORDER BY h."id")
                    FROM neuvo.handoff AS h WHERE h."id" = ANY (handoffs)), '[]'));
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'client_data'),
                format('data held on a client read: %s contacts, %s handoffs', cardinality(ids), cardinality(handoffs)), cardinality(ids),
                ARRAY[wanted_ref]);
            RETURN result;
        END $function$;
        """#
    }

    /// `neuvo.close_follow_ups` as v25 and v28 wrote it.
    static func closeFollowUpsFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint)
         RETURNS SETOF bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            is_owner boolean := pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER');
            closer_client integer;
        BEGIN
            SELECT c."client" INTO closer_client FROM neuvo.contact AS c
            WHERE c."id" = closer AND (c."point" = ANY (\#(p.mine)) OR is_owner);
            IF NOT FOUND THEN
                RAISE EXCEPTION 'contact % is not yours to close follow-ups with', closer USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY
            INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
            SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', closer
            FROM neuvo.contact AS c
            WHERE c."id" = ANY (ids) AND (c."client" = closer_client OR c."point" = ANY (\#(p.mine)) OR is_owner)
            ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
            RETURNING f."contact_id";
        END $function$;
        """#
    }

    /// `neuvo.contact_by_id` as v20, v22, v25 and v28 wrote it.
    static func contactByIDFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.contact_by_id(contact bigint, command text DEFAULT NULL)
        RETURNS TABLE ("id" bigint, "occurred_at" text, "point" text, "channel" text, "resolved" boolean, "contact_by" text, "reason" text,
            "identified" boolean, "age_group" text, "service_area" text, "duration_min" integer, "segment" text, "client_ref" text,
            "satisfaction" integer, "advisor" text, "has_repeat" boolean, "topics" text, "referrals" text, "follow_up_done" boolean,
            "follow_up_note" text, "closed_by" bigint, "logged_at" text, "unmet_needs" text, "consultation" text, "answers" text,
            "assessed_segment" text, "override_reason" text, "chain" text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading contacts');\#(p.wantedIDs)
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            found_one boolean := false;
        BEGIN
            PERFORM neuvo.required(contact, 'contact');
            FOR r IN
                \#(p.contactRow)
                WHERE c."id" = contact AND \#(p.wantedCondition)
            LOOP
                found_one := true;
                RETURN QUERY SELECT (r).*, a."answers", a."segment", a."override_reason", a."chain"
                    FROM (SELECT 1) AS one LEFT JOIN neuvo.assessment AS a ON a."contact_id" = r."id";
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contact_by_id'), 'contact ' || contact,
                CASE WHEN found_one THEN 1 ELSE 0 END, CASE WHEN found_one THEN neuvo.distinct_refs(ARRAY[r."client_ref"]) ELSE '{}' END);
        END $$;
        """#
    }

    /// `neuvo.export_contacts` as v20, v22, v25 and v28 wrote it.
    static func exportContactsFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.export_contacts(from_day date DEFAULT NULL, to_day date DEFAULT NULL, at_point text DEFAULT NULL,
            command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'exporting contacts');\#(p.wantedIDs)
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            FOR r IN
                \#(p.contactRow)
                WHERE (from_day IS NULL OR c."day" >= from_day) AND (to_day IS NULL OR c."day" <= to_day)
                  AND \#(p.wantedCondition)
                ORDER BY c."instant", c."id"
            LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'export_contacts'), neuvo.period_text(from_day, to_day, at_point), n,
                neuvo.distinct_refs(refs));
        END $$;
        """#
    }

    /// `neuvo.follow_ups` as v20, v22, v25 and v28 wrote it.
    static func followUpsFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.follow_ups(at_point text, since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading follow-ups');\#(p.wantedIDs)\#(p.atPointID)
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
        BEGIN
            PERFORM neuvo.required(at_point, 'at_point'), neuvo.required(since, 'since');
            FOR r IN
                \#(p.contactRow)
                WHERE c."point" = \#(p.atPoint) AND \#(p.wantedCondition) AND c."day" >= since
                  AND NOT c."resolved" AND f."contact_id" IS NULL
                ORDER BY c."instant", c."id"
            LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'follow_ups'),
                'follow-ups at point ' || at_point || ' since ' || neuvo.day_text(since), n, neuvo.distinct_refs(refs));
        END $$;
        """#
    }

    /// `neuvo.day_overview` as v20, v22, v25 and v28 wrote it.
    static func dayOverviewFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text DEFAULT NULL)
        RETURNS SETOF neuvo.overview_row LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'the day''s overview');\#(p.wantedIDs)\#(p.atPointID)
            words text[] := neuvo.term_words();
            r neuvo.contact_row;
            day_contacts neuvo.contact_row[] := '{}';
            open_count bigint;
            draft_count integer;
            draft_refs text[];
        BEGIN
            PERFORM neuvo.required(on_day, 'on_day'), neuvo.required(at_point, 'at_point'), neuvo.required(follow_ups_since, 'follow_ups_since');
            FOR r IN
                \#(p.contactRow)
                WHERE c."day" = on_day AND c."point" = \#(p.atPoint) AND \#(p.wantedCondition)
                ORDER BY c."instant", c."id"
            LOOP
                day_contacts := day_contacts || r;
            END LOOP;
            SELECT count(*) INTO open_count FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."point" = \#(p.atPoint) AND \#(p.wantedCondition) AND c."day" >= follow_ups_since
              AND NOT c."resolved" AND f."contact_id" IS NULL;
            SELECT count(*), array_agg(neuvo.draft_client(d."form")) INTO draft_count, draft_refs
            FROM neuvo.draft AS d WHERE d."advisor" = session_user::text;
            RETURN QUERY SELECT x.*, 'contact'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint, NULL::bigint,
                NULL::text, NULL::text, NULL::text
                FROM unnest(day_contacts) AS x;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'figure'::text, f."day", f."point", f."figure", f."code", f."value",
                NULL::bigint, NULL::text, NULL::text, NULL::text
                FROM neuvo.figure_rows(wanted, on_day, on_day, false, who <> 'owner', NULL) AS f;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'open'::text, NULL::date, NULL::text, NULL::text, NULL::text, open_count,
                NULL::bigint, NULL::text, NULL::text, NULL::text;
            RETURN QUERY SELECT (NULL::neuvo.contact_row).*, 'draft'::text, NULL::date, NULL::text, NULL::text, NULL::text, NULL::bigint,
                d."id", d."point", d."updated_at", d."form"
                FROM neuvo.draft AS d WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'day_overview'),
                'day ' || neuvo.day_text(on_day) || ', point ' || at_point || ', follow-ups since ' || neuvo.day_text(follow_ups_since)
                    || ', ' || draft_count || ' drafts',
                (cardinality(day_contacts) + open_count)::integer,
                neuvo.distinct_refs(ARRAY(SELECT x."client_ref" FROM unnest(day_contacts) AS x) || coalesce(draft_refs, '{}')));
        END $$;
        """#
    }

    /// `neuvo.contacts_page` as v22, v25 and v28 wrote it.
    static func contactsPageFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');\#(p.wantedIDs)
            words text[] := neuvo.term_words();
            described text;
            keyed boolean := after_day IS NOT NULL;
            key_day date;
            key_instant bigint;
            key_id bigint;
            r neuvo.contact_row;
            n integer := 0;
            refs text[] := '{}';
            page_rows neuvo.contact_row[] := '{}';
            filter_terms smallint[];
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter'),
                neuvo.required(backward, 'backward'), neuvo.required(page_size, 'page_size');
            described := neuvo.checked_contact_filter(filter, code, codes);
            filter_terms := \#(SQLDialect.postgresV22FilterTerms);
            IF page_size < 1 OR page_size > \#(PostgresLog.pageLimit) THEN
                RAISE EXCEPTION 'a page is 1 to \#(PostgresLog.pageLimit) contacts, not %', page_size USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF (after_day IS NULL) <> (after_instant IS NULL) OR (after_day IS NULL) <> (after_id IS NULL) THEN
                RAISE EXCEPTION 'a page''s key is a contact''s day, instant and id: all three or none' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            -- Without a key, or with one outside the period, a key just before the period's first contact (backward: just
            -- after its last), so that every page is one index range that starts where its rows do.
            key_day := after_day; key_instant := after_instant; key_id := after_id;
            IF backward AND (after_day IS NULL OR after_day > to_day) THEN
                key_day := to_day; key_instant := 9223372036854775807; key_id := 9223372036854775807;
            ELSIF NOT backward AND (after_day IS NULL OR after_day < from_day) THEN
                key_day := from_day; key_instant := -9223372036854775808; key_id := -9223372036854775808;
            END IF;
            IF backward THEN
                FOR r IN \#(p.page(backward: true)) LOOP
                    page_rows := r || page_rows;
                END LOOP;
            ELSE
                FOR r IN \#(p.page(backward: false)) LOOP
                    page_rows := page_rows || r;
                END LOOP;
            END IF;
            FOREACH r IN ARRAY page_rows LOOP
                n := n + 1;
                IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
                RETURN NEXT r;
            END LOOP;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_page'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described
                    || CASE WHEN NOT keyed THEN CASE WHEN backward THEN ', last page' ELSE '' END
                            WHEN backward THEN ', page before contact ' || after_id ELSE ', page after contact ' || after_id END,
                n, neuvo.distinct_refs(refs));
        END $$;
        """#
    }

    /// `neuvo.contacts_count` as v22, v25 and v28 wrote it.
    static func contactsCountFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            command text DEFAULT NULL)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
            described text;
            stored text;
            total bigint;
            wanted_ids integer[]\#(p.pick(";", " := neuvo.known_terms(wanted);"))
            stored_id integer;
            code_id integer;
            filter_terms smallint[];
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter');
            described := neuvo.checked_contact_filter(filter, code, codes);
            stored := CASE filter \#(storedFigureCases) END;
            IF stored IS NOT NULL THEN\#(p.pick(wantedIDsAssignedV25, ""))
                stored_id := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = stored);
                code_id := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = coalesce(contacts_count.code, ''));
                SELECT coalesce(sum(f."value"), 0) INTO total FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN from_day AND to_day AND (wanted_ids IS NULL OR f."point" = ANY (wanted_ids))
                  AND f."figure" = stored_id AND f."code" = code_id;
            ELSE
                filter_terms := \#(SQLDialect.postgresV22FilterTerms);
                SELECT count(*) INTO total FROM neuvo.contact AS c
                WHERE c."day" BETWEEN from_day AND to_day AND \#(p.wantedCondition) AND \#(p.filterCondition);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_count'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described || ', counted', total::integer);
            RETURN total;
        END $$;
        """#
    }

    /// `neuvo.earlier_contacts` as v25 and v28 wrote it.
    static func earlierContactsFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text)
         RETURNS TABLE(id bigint, occurred_at text, day date, point text, channel text, topics text, resolved boolean, follow_up_open boolean, referrals text)
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            wanted_ref text;
            window_seconds bigint := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
            found_count integer;
            words text[] := neuvo.term_words();
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'look up a client''s earlier contacts');
            wanted_ref := neuvo.client_ref(identity_code, ref);
            IF wanted_ref IS NULL THEN
                RAISE EXCEPTION 'earlier contacts of which client? (an identity code)' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            RETURN QUERY
            SELECT c."id", neuvo.occurred_text(c."instant", c."utc_offset"), c."day", \#(p.pick(#"c."point""#, #"words[c."point"]"#)),
                (SELECT w."word" FROM neuvo.term AS w WHERE w."id" = c."channel"),
                (SELECT string_agg(w."word", ';' ORDER BY w."word" COLLATE "C") FROM unnest(c."topics") AS tp(id) JOIN neuvo.term AS w ON w."id" = tp.id),
                c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id"),
                (SELECT string_agg(words[p."referral"] || ':' || words[p."outcome"], ';' ORDER BY words[p."referral"] COLLATE "C") FROM neuvo.referral_pairs(c."referrals") AS p)
            FROM neuvo.contact AS c
            WHERE c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref) AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
            ORDER BY c."instant", c."id";
            GET DIAGNOSTICS found_count = ROW_COUNT;
            PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[wanted_ref]);
        END $function$;
        """#
    }

    /// `neuvo.mark_follow_up_done` as v25 and v28 wrote it.
    static func markFollowUpDoneFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'mark follow-ups done');
            PERFORM neuvo.refuse_identity_code(note, 'a note');
            IF NOT EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."id" = contact
                           AND (neuvo.caller_role() = 'owner' OR c."point" = ANY (\#(p.mine)))) THEN
                RAISE EXCEPTION 'no contact % this login may mark', contact USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            INSERT INTO neuvo.follow_up_done ("contact_id", "done_at", "user", "note")
            VALUES (contact, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, coalesce(note, ''))
            ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user", "note" = excluded."note";
            PERFORM neuvo.audit_append(command, 'follow-up of contact ' || contact || ' done', 1,
                ARRAY(SELECT k."pseudonym" FROM neuvo.contact AS c JOIN neuvo.client AS k ON k."id" = c."client" WHERE c."id" = contact));
        END $function$;
        """#
    }

    /// `neuvo.set_referral_outcome` as v25 and v28 wrote it.
    static func setReferralOutcomeFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text)
         RETURNS text
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            is_owner boolean := neuvo.caller_role() = 'owner';
            wanted_ref text;
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
            referral_id smallint := (SELECT t."id" FROM neuvo.term AS t WHERE t."word" = referral_code);
            pairs smallint[];
            place integer;
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'set referral outcomes');
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[coalesce(new_outcome, '')]);
            PERFORM neuvo.require_codes_of('referral', ARRAY[referral_code]);
            wanted_ref := neuvo.client_ref(identity_code, ref);
            SELECT c."day", \#(p.pointWord), (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), c."referrals" INTO contact_day, contact_point, contact_ref, pairs
            FROM neuvo.contact AS c
            WHERE c."id" = contact AND c."referrals" @> ARRAY[referral_id]
              AND (is_owner OR c."point" = ANY (\#(p.mine)) OR (wanted_ref IS NOT NULL AND c."client" = (SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = wanted_ref)))
            FOR UPDATE OF c;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no referral % of a contact % this login may set', referral_code, contact
                    USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            place := array_position(pairs, referral_id);
            old_outcome := (SELECT t."word" FROM neuvo.term AS t WHERE t."id" = -pairs[place + 1]);
            IF old_outcome <> new_outcome THEN
                UPDATE neuvo.contact AS c SET "referrals"[place + 1] = -neuvo.term_id(new_outcome) WHERE c."id" = contact;
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
                PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            END IF;
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
            RETURN old_outcome;
        END $function$;
        """#
    }

    /// `neuvo.save_contact` as v25 and v28 wrote it, and v31: `closingPointIDs` looks the advisor's point ids up only
    /// when the save closes follow-ups, their only use (v28's columns).
    static func saveContactFunction(_ p: ContactColumns, closingPointIDs: Bool = false) -> String {
        let idsAtTheCheck = closingPointIDs ? "" : p.pick("", mineIDsAssignedV28)
        let idsAtTheClosing = closingPointIDs ? mineIDsAssignedV28.replacingOccurrences(of: "\n", with: "\n    ") : ""
        return #"""
        CREATE OR REPLACE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text)
         RETURNS bigint
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            r text;
            mine text[];\#(p.pick("", mineIDsV28))
            at_point text := contact->>'point';
            new_id bigint;
            ref text;
            ref_number integer;
            seen_point text;
            missing bigint;
            lane bigint;
            terms smallint[];
        BEGIN
            SELECT w."role", w."points" INTO r, mine FROM neuvo.whoami() AS w;
            IF r IS DISTINCT FROM 'owner' THEN
                IF r IS DISTINCT FROM 'advisor' THEN
                    RAISE EXCEPTION 'only advisors and the owner save contacts' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF at_point IS NOT NULL AND NOT at_point = ANY (mine) THEN
                    RAISE EXCEPTION 'advisors save contacts only at their points (%): not at %', array_to_string(mine, ', '), at_point
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF token IS NULL THEN RAISE EXCEPTION 'a save has a token' USING ERRCODE = 'invalid_parameter_value'; END IF;
            PERFORM set_config('neuvo.notify', 'after commit', true);
            SELECT c."id", \#(p.pointWord) INTO new_id, seen_point FROM neuvo.contact AS c WHERE c."save_token" = token;
            IF FOUND THEN
                IF r <> 'owner' AND NOT seen_point = ANY (mine) THEN
                    RAISE EXCEPTION 'this contact was saved already, at a point this login no longer works at'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN new_id;
            END IF;
            PERFORM neuvo.check_contact(contact);\#(idsAtTheCheck)
            -- The client: by identity code (its pseudonym counted against the login's limits but the owner's), or by
            -- pseudonym by the owner only.
            IF identity_code IS NOT NULL THEN
                IF r <> 'owner' THEN PERFORM neuvo.count_pseudonym_call(); END IF;
                ref := neuvo.pseudonym(upper(identity_code));
            ELSE
                ref := contact->>'client_ref';
                IF ref IS NOT NULL AND r <> 'owner' THEN
                    RAISE EXCEPTION 'a client is named by the identity code; only the owner names one by pseudonym'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            terms := neuvo.contact_terms(contact);
            -- A returning client's number by the key; a new client's added (`client_ids`, which also waits for another
            -- transaction adding the same client).
            IF ref IS NOT NULL THEN
                ref_number := coalesce((SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref),
                    (SELECT i."id" FROM neuvo.client_ids(ARRAY[ref]) AS i));
            END IF;
            INSERT INTO neuvo.contact ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation", "topics", "referrals")
            VALUES (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                substr(contact->>'occurred_at', 1, 10)::date, \#(p.stored("at_point")), terms[1], (contact->>'resolved')::boolean,
                terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                contact->>'segment', ref_number, (contact->>'satisfaction')::integer, contact->>'advisor', date_trunc('second', clock_timestamp()), token,
                contact->>'consultation', nullif(terms[6:], '{}'), neuvo.referral_terms(contact))
            ON CONFLICT ("save_token") WHERE "save_token" IS NOT NULL DO NOTHING
            RETURNING "id" INTO new_id;
            IF new_id IS NULL THEN
                -- Saved meanwhile by the same token's other attempt.
                RETURN (SELECT c."id" FROM neuvo.contact AS c WHERE c."save_token" = token);
            END IF;
            PERFORM neuvo.insert_contact_parts(new_id, contact);
            lane := neuvo.figure_lane(substr(contact->>'occurred_at', 1, 10)::date, at_point);
            PERFORM neuvo.add_figures(ARRAY[new_id], 1, lane);
            IF ref IS NOT NULL THEN PERFORM neuvo.refresh_repeats(ARRAY[ref], lane); END IF;
            -- The follow-ups it closes: a contact of its client anywhere, or one at the caller's points (any for the owner).
            IF cardinality(closing) > 0 THEN\#(idsAtTheClosing)
                WITH closed AS (
                    INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
                    SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', new_id
                    FROM neuvo.contact AS c
                    WHERE c."id" = ANY (closing) AND (r = 'owner' OR c."point" = ANY (\#(p.pick("mine", "mine_ids"))) OR c."client" = ref_number)
                    ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
                    RETURNING f."contact_id"
                )
                SELECT x INTO missing FROM unnest(closing) AS x WHERE x NOT IN (SELECT "contact_id" FROM closed) LIMIT 1;
                IF missing IS NOT NULL THEN
                    RAISE EXCEPTION 'no contact % this login may close', missing USING ERRCODE = 'no_data_found', DETAIL = missing::text;
                END IF;
            END IF;
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            PERFORM neuvo.audit_append(command,
                'contact ' || new_id || ' ' || (contact->>'occurred_at')
                    || CASE WHEN cardinality(coalesce(closing, '{}')) = 0 THEN ''
                            ELSE ', closes follow-ups of ' || (SELECT string_agg('contact ' || x, ', ') FROM unnest(closing) AS x) END,
                1 + cardinality(coalesce(closing, '{}')), CASE WHEN ref IS NULL THEN '{}' ELSE ARRAY[ref] END);
            RETURN new_id;
        END $function$;
        """#
    }

    /// `neuvo.update_contact` as v25 and v28 wrote it.
    static func updateContactFunction(_ p: ContactColumns) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text)
         RETURNS void
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            old_point text;
            old_ref text;
            old_day date;
            was_unlinked boolean;
            old_repeat boolean;
            stays_unlinked boolean;
            ref text;
            ref_number integer;
            terms smallint[];
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
            IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
            SELECT \#(p.pick(#""point""#, pointWordV28)), (SELECT k."pseudonym" FROM neuvo.client AS k WHERE k."id" = c."client"), "day", "unlinked", "has_repeat" INTO old_point, old_ref, old_day, was_unlinked, old_repeat
            FROM neuvo.contact AS c WHERE c."id" = edited FOR UPDATE OF c;
            IF NOT FOUND OR (neuvo.caller_role() <> 'owner' AND NOT old_point = ANY (neuvo.my_points())) THEN
                RAISE EXCEPTION 'no contact % this login may edit', edited USING ERRCODE = 'no_data_found', DETAIL = edited::text;
            END IF;
            PERFORM neuvo.require_advisor_at(contact->>'point', 'save contacts');
            PERFORM neuvo.check_contact(contact);
            IF identity_code IS NOT NULL THEN
                ref := neuvo.client_pseudonym(identity_code);
            ELSIF contact->>'client_ref' IS NOT DISTINCT FROM old_ref THEN
                ref := old_ref;
            ELSE
                ref := neuvo.client_ref(NULL, contact->>'client_ref');
            END IF;
            stays_unlinked := was_unlinked AND ref IS NULL;
            IF was_unlinked THEN
                PERFORM neuvo.add_figure(old_day, old_point, 'with_client_ref', '', -1);
                IF old_repeat THEN PERFORM neuvo.add_figure(old_day, old_point, 'repeats', '', -1); END IF;
            END IF;
            PERFORM neuvo.add_figures(ARRAY[edited], -1, 0);
            terms := neuvo.contact_terms(contact);
            -- A returning client's number by the key; a new client's added (`client_ids`, which also waits for another
            -- transaction adding the same client).
            IF ref IS NOT NULL THEN
                ref_number := coalesce((SELECT k."id" FROM neuvo.client AS k WHERE k."pseudonym" = ref),
                    (SELECT i."id" FROM neuvo.client_ids(ARRAY[ref]) AS i));
            END IF;
            UPDATE neuvo.contact AS t SET ("utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "consultation", "has_repeat", "unlinked", "topics", "referrals") =
                (neuvo.offset_minutes(contact->>'occurred_at'), extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
                 substr(contact->>'occurred_at', 1, 10)::date, \#(p.stored("contact->>'point'")), terms[1], (contact->>'resolved')::boolean,
                 terms[2], terms[3], (contact->>'identified')::boolean, terms[4], terms[5], (contact->>'duration_min')::integer,
                 contact->>'segment', ref_number, (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation',
                 stays_unlinked AND old_repeat, stays_unlinked, nullif(terms[6:], '{}'), neuvo.referral_terms(contact))
            WHERE t."id" = edited;
            DELETE FROM neuvo.contact_unmet_need WHERE "contact_id" = edited;
            DELETE FROM neuvo.assessment WHERE "contact_id" = edited;
            PERFORM neuvo.insert_contact_parts(edited, contact);
            PERFORM neuvo.add_figures(ARRAY[edited], 1, 0);
            IF stays_unlinked THEN
                PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'with_client_ref', '', 1);
                IF old_repeat THEN
                    PERFORM neuvo.add_figure(substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', 'repeats', '', 1);
                END IF;
            END IF;
            IF old_ref IS NOT NULL OR ref IS NOT NULL THEN
                PERFORM neuvo.refresh_repeats(ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL), 0);
            END IF;
            PERFORM neuvo.audit_append(command, 'contact ' || edited || ' edited', 1,
                ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[old_ref, ref]) AS x WHERE x IS NOT NULL));
        END $function$;
        """#
    }

    /// `neuvo.import_contacts` as v25, v28 and v30 wrote it, `origin` the declaration of its figures' origin: v30 draws
    /// it from `neuvo.figure_origin` instead of the transaction's id, its one change.
    static func importContactsFunction(_ p: ContactColumns, origin: String) -> String {
        #"""
        CREATE OR REPLACE FUNCTION neuvo.import_contacts(details text, command text)
         RETURNS integer
         LANGUAGE plpgsql
         SECURITY DEFINER
         SET search_path TO 'neuvo', 'pg_temp'
        AS $function$
        DECLARE
            imported integer;
            \#(origin)
            rows_before bigint := (SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass);
            logged timestamptz := date_trunc('second', clock_timestamp());
            bad text;
            refs text[];
            ids bigint[];
        BEGIN
            PERFORM neuvo.require_advisor_at(NULL, 'import contacts');
            IF NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = to_regclass('pg_temp.import_contact') AND relkind = 'r'
                           AND relnamespace = pg_my_temp_schema() AND relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) THEN
                RAISE EXCEPTION 'neuvo.import_begin() first' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF neuvo.caller_role() <> 'owner' THEN
                SELECT "point" INTO bad FROM pg_temp.import_contact WHERE NOT "point" = ANY (neuvo.my_points()) LIMIT 1;
                IF FOUND THEN PERFORM neuvo.require_advisor_at(bad, 'import contacts'); END IF;
            END IF;
            SELECT "occurred_at" INTO bad FROM pg_temp.import_contact
            WHERE "occurred_at" !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$' LIMIT 1;
            IF FOUND THEN RAISE EXCEPTION 'not a time of a contact: %', bad USING ERRCODE = 'invalid_parameter_value'; END IF;
            PERFORM neuvo.require_codes_of('point', ARRAY(SELECT DISTINCT "point" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('channel', ARRAY(SELECT DISTINCT "channel" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('contact_by', ARRAY(SELECT DISTINCT "contact_by" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('reason', ARRAY(SELECT DISTINCT "reason" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('age_group', ARRAY(SELECT DISTINCT "age_group" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('service_area', ARRAY(SELECT DISTINCT "service_area" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('segment', ARRAY(SELECT DISTINCT "segment" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('consultation', ARRAY(SELECT DISTINCT "consultation" FROM pg_temp.import_contact));
            PERFORM neuvo.require_codes_of('topic', ARRAY(SELECT DISTINCT "topic" FROM pg_temp.import_topic));
            PERFORM neuvo.require_codes_of('referral', ARRAY(SELECT DISTINCT "referral" FROM pg_temp.import_referral));
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY(SELECT DISTINCT "outcome" FROM pg_temp.import_referral));
            PERFORM neuvo.require_codes_of('unmet_need', ARRAY(SELECT DISTINCT "need" FROM pg_temp.import_unmet_need));
            -- The words the dictionary lacks (codes of a newer data/), added before the rows name them by id.
            PERFORM neuvo.term_ids(ARRAY(
                SELECT x.w FROM (
                    \#(p.pick(importWordsV25, importWordsV28))
                    UNION SELECT "reason" FROM pg_temp.import_contact UNION SELECT "age_group" FROM pg_temp.import_contact
                    UNION SELECT "service_area" FROM pg_temp.import_contact UNION SELECT "topic" FROM pg_temp.import_topic
                    UNION SELECT "referral" FROM pg_temp.import_referral UNION SELECT "outcome" FROM pg_temp.import_referral
                ) AS x(w)
                WHERE x.w IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.term AS t WHERE t."word" = x.w) ORDER BY 1));
            CREATE TEMP TABLE import_id ON COMMIT DROP AS
                SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
            -- The file's new clients in the dictionary, numbered in the order of their first contact.
            INSERT INTO neuvo.client ("pseudonym")
            SELECT c."client_ref" FROM pg_temp.import_contact AS c WHERE c."client_ref" IS NOT NULL GROUP BY 1 ORDER BY min(c."n")
            ON CONFLICT DO NOTHING;
            INSERT INTO neuvo.contact ("id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor",
                "logged_at", "has_repeat", "consultation", "topics", "referrals")
            OVERRIDING SYSTEM VALUE
            SELECT i."id", neuvo.offset_minutes(c."occurred_at"), extract(epoch FROM c."occurred_at"::timestamptz)::bigint,
                substr(c."occurred_at", 1, 10)::date, \#(p.pick(#"c."point""#, #"t0."id"::smallint"#)), t1."id"::smallint, c."resolved", t2."id"::smallint, t3."id"::smallint,
                c."identified", t4."id"::smallint, t5."id"::smallint, c."duration_min", c."segment", k."id", c."satisfaction",
                c."advisor", logged, false, c."consultation", tp."ids", rp."ids"
            FROM pg_temp.import_contact AS c JOIN pg_temp.import_id AS i USING ("n")
                LEFT JOIN (SELECT x."n", array_agg(DISTINCT w."id"::smallint ORDER BY w."id"::smallint) AS "ids"
                           FROM pg_temp.import_topic AS x JOIN neuvo.term AS w ON w."word" = x."topic" GROUP BY x."n") AS tp USING ("n")
                LEFT JOIN (SELECT x."n", array_agg(v.id ORDER BY x."referral" COLLATE "C", v.k) AS "ids"
                           FROM pg_temp.import_referral AS x JOIN neuvo.term AS a ON a."word" = x."referral"
                               JOIN neuvo.term AS o ON o."word" = x."outcome"
                               CROSS JOIN LATERAL (VALUES (1, a."id"::smallint), (2, (-o."id")::smallint)) AS v(k, id)
                           GROUP BY x."n") AS rp USING ("n")\#(p.pick("", importPointJoinV28))
                LEFT JOIN neuvo.term AS t1 ON t1."word" = c."channel" LEFT JOIN neuvo.term AS t2 ON t2."word" = c."contact_by"
                LEFT JOIN neuvo.term AS t3 ON t3."word" = c."reason" LEFT JOIN neuvo.term AS t4 ON t4."word" = c."age_group"
                LEFT JOIN neuvo.term AS t5 ON t5."word" = c."service_area"
                LEFT JOIN neuvo.client AS k ON k."pseudonym" = c."client_ref"
            ORDER BY i."id";
            GET DIAGNOSTICS imported = ROW_COUNT;
            INSERT INTO neuvo.contact_unmet_need SELECT i."id", u."need" FROM pg_temp.import_unmet_need AS u JOIN pg_temp.import_id AS i USING ("n");
            -- The import's figures in rows of its own, so that nobody's save waits for this transaction's row locks.
            ids := ARRAY(SELECT "id" FROM pg_temp.import_id);
            PERFORM neuvo.add_figures(ids, 1, origin);
            refs := ARRAY(SELECT DISTINCT "client_ref" FROM pg_temp.import_contact WHERE "client_ref" IS NOT NULL);
            IF cardinality(refs) > 0 THEN PERFORM neuvo.refresh_repeats(refs, origin); END IF;
            -- After a large import the planner knows nothing of the new rows until autovacuum analyses them (a minute or more
            -- after a million contacts), and meanwhile a save's repeat check, planned blind, read the whole contact table. So
            -- the tables are analysed in this transaction when autovacuum would: when more than a tenth of the rows are new.
            IF imported > 50 + greatest(rows_before, 0) / 10 THEN
                ANALYZE neuvo.contact, neuvo.daily_figure, neuvo.client;
            END IF;
            PERFORM neuvo.audit_append(command, details, imported, refs);
            RETURN imported;
        END $function$;
        """#
    }
}
