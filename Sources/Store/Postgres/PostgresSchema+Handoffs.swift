extension PostgresSchema {
    /// v9, the warm handoff (CONTRACT §9), on v7's hardened model: three tables no neuvo role may touch (the moves and
    /// figures; the tries; the client's personal details alone in `handoff_detail`, so that erasure deletes one row), a
    /// new group role `neuvo_service` whose logins receive for their services (`neuvo.service_member`, as advisors have
    /// `advisor_point`), and one SECURITY DEFINER function per operation that decides the caller's role first, checks
    /// every code and field in the server, audits itself and wakes the screens with an empty NOTIFY. Only a login of the
    /// receiving service (and the owner) is ever given a name, phone, language, when or note.
    static let v9 = #"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'neuvo_service') THEN CREATE ROLE neuvo_service NOLOGIN; END IF;
        END $$;
        GRANT USAGE ON SCHEMA neuvo TO neuvo_service;

        -- A login may now be a receiving service's, for the services named here.
        ALTER TABLE neuvo.member DROP CONSTRAINT member_role_check;
        ALTER TABLE neuvo.member ADD CONSTRAINT member_role_check CHECK ("role" IN ('supervisor', 'trainer', 'advisor', 'board', 'service'));
        CREATE TABLE neuvo.service_member (
            "login" text NOT NULL,
            "service" text NOT NULL,
            PRIMARY KEY ("login", "service")
        );

        -- The services of the login, when it is a service login in this database (empty for anyone else).
        CREATE FUNCTION neuvo.my_services() RETURNS text[]
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce(array_agg(s."service" ORDER BY s."service"), '{}') FROM neuvo.service_member AS s
            WHERE s."login" = session_user::text
              AND EXISTS (SELECT 1 FROM neuvo.member AS m WHERE m."login" = s."login" AND m."role" = 'service');
        $$;

        CREATE TABLE neuvo.handoff (
            "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            "contact_id" bigint REFERENCES neuvo.contact ("id") ON DELETE SET NULL,
            -- The contact's referral whose outcome closing sets (a handoff sent again elsewhere keeps the first).
            "referral" text,
            "point" text NOT NULL,
            "service" text NOT NULL,
            "urgency" text NOT NULL CHECK ("urgency" IN ('normal', 'urgent')),
            "sent_at" text NOT NULL,
            "sent_instant" bigint NOT NULL,
            "sent_by" text NOT NULL,
            "taken_at" text,
            "taken_instant" bigint,
            "taken_by" text,
            "closed_at" text,
            "closed_instant" bigint,
            "closed_by" text,
            "result" text CHECK ("result" IN ('reached', 'not-reached', 'declined', 'returned')),
            "return_reason" text CHECK (length("return_reason") <= 200),
            "tries" integer NOT NULL DEFAULT 0 CHECK ("tries" BETWEEN 0 AND 20),
            CHECK (("closed_at" IS NULL) = ("result" IS NULL))
        );
        CREATE INDEX handoff_open ON neuvo.handoff ("service", "sent_instant") WHERE "closed_at" IS NULL;
        CREATE INDEX handoff_point_sent ON neuvo.handoff ("point", "sent_instant");
        CREATE INDEX handoff_contact ON neuvo.handoff ("contact_id") WHERE "contact_id" IS NOT NULL;
        -- A contact's referral has at most one open handoff (a retried send finds it).
        CREATE UNIQUE INDEX handoff_open_per_contact ON neuvo.handoff ("contact_id", "service") WHERE "closed_at" IS NULL;
        CREATE TABLE neuvo.handoff_try (
            "handoff_id" bigint NOT NULL REFERENCES neuvo.handoff ("id") ON DELETE CASCADE,
            "n" integer NOT NULL,
            "at" text NOT NULL,
            "reached" boolean NOT NULL,
            "by" text NOT NULL,
            PRIMARY KEY ("handoff_id", "n")
        );
        CREATE TABLE neuvo.handoff_detail (
            "handoff_id" bigint PRIMARY KEY REFERENCES neuvo.handoff ("id") ON DELETE CASCADE,
            "name" text NOT NULL CHECK (length("name") BETWEEN 1 AND 100),
            "phone" text NOT NULL,
            "language" text CHECK ("language" IN ('fi', 'sv', 'en', 'other')),
            "when_to_call" text CHECK (length("when_to_call") <= 60),
            "note" text CHECK (length("note") <= 500)
        );
        -- The second wall: no policy, so a login that ever got a privilege on them would still read no row.
        ALTER TABLE neuvo.handoff ENABLE ROW LEVEL SECURITY;
        ALTER TABLE neuvo.handoff_try ENABLE ROW LEVEL SECURITY;
        ALTER TABLE neuvo.handoff_detail ENABLE ROW LEVEL SECURITY;
        ALTER TABLE neuvo.service_member ENABLE ROW LEVEL SECURITY;
        CREATE SEQUENCE neuvo.handoff_change_count;

        -- Now in the region's time zone (the setting `timezone`), as the client writes times: `2026-12-06T23:05:00+02:00`,
        -- and its instant in seconds.
        CREATE FUNCTION neuvo.region_now(OUT stamp text, OUT instant bigint)
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            t timestamptz := date_trunc('second', clock_timestamp());
            zone text := coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'), 'Europe/Helsinki');
            offset_seconds integer;
        BEGIN
            offset_seconds := extract(epoch FROM (t AT TIME ZONE zone) - (t AT TIME ZONE 'UTC'))::integer;
            stamp := to_char(t AT TIME ZONE zone, 'YYYY-MM-DD"T"HH24:MI:SS') || CASE WHEN offset_seconds < 0 THEN '-' ELSE '+' END
                || lpad((abs(offset_seconds) / 3600)::text, 2, '0') || ':' || lpad((abs(offset_seconds) % 3600 / 60)::text, 2, '0');
            instant := extract(epoch FROM t)::bigint;
        END $$;

        -- A handoff moved: counted, and the screens woken on the secret channel with an empty payload.
        CREATE FUNCTION neuvo.handoff_changed() RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM nextval('neuvo.handoff_change_count');
            PERFORM pg_notify((SELECT "name" FROM neuvo.channel_secret), '');
        END $$;

        -- The caller's role when it is one of `may`, else refused naming who may.
        CREATE FUNCTION neuvo.handoff_role(may text[], what text) RETURNS text
        LANGUAGE plpgsql STABLE SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.caller_role();
        BEGIN
            PERFORM neuvo.require_role(r, may, what);
            RETURN r;
        END $$;

        -- A free-text field of a handoff: at most `lim` characters, no control character, no identity code; `required`
        -- refuses an empty one. The message names the field.
        CREATE FUNCTION neuvo.check_handoff_text(value text, field text, lim integer, required boolean) RETURNS void
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF required AND coalesce(btrim(value), '') = '' THEN
                RAISE EXCEPTION '%: is required', field USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF length(value) > lim THEN
                RAISE EXCEPTION '%: at most % characters', field, lim USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF value ~ '[\x01-\x09\x0b-\x1f\x7f]' THEN
                RAISE EXCEPTION '%: control characters', field USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.refuse_identity_code(value, field);
        END $$;

        -- The handoff `id` when the caller may act on it as its receiving service (the owner on any), locked; else
        -- no_data_found, as if there were none (another service's handoff is not even confirmed to exist).
        CREATE FUNCTION neuvo.receivable_handoff(handoff bigint, what text) RETURNS neuvo.handoff
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'service'], what);
            h neuvo.handoff;
        BEGIN
            SELECT * INTO h FROM neuvo.handoff AS x
            WHERE x."id" = handoff AND (r = 'owner' OR x."service" = ANY (neuvo.my_services())) FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no handoff % this login may see', handoff USING ERRCODE = 'no_data_found', DETAIL = 'handoff ' || handoff;
            END IF;
            RETURN h;
        END $$;

        -- The clients a handoff touches, for its audit rows: the pseudonym of the contact it was sent from, if any.
        CREATE FUNCTION neuvo.handoff_clients(contact bigint) RETURNS text[]
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT coalesce((SELECT ARRAY[c."client_ref"] FROM neuvo.contact AS c WHERE c."id" = contact AND c."client_ref" IS NOT NULL), '{}');
        $$;

        -- The one row shape every handoff read returns; details NULL unless the function gives them.
        CREATE TYPE neuvo.handoff_row AS (
            "id" bigint, "contact_id" bigint, "referral" text, "point" text, "service" text, "urgency" text, "sent_at" text, "sent_by" text,
            "taken_at" text, "taken_by" text, "closed_at" text, "closed_by" text, "result" text, "return_reason" text, "tries" integer,
            "erased" boolean, "name" text, "phone" text, "language" text, "when_to_call" text, "note" text, "try_log" text
        );

        -- Rows of `neuvo.handoff_row` for these handoffs: with their details when `details`, with the contact's id when
        -- `contact_ids` (never to a service login), with the tries when `with_tries`.
        CREATE FUNCTION neuvo.handoff_rows(ids bigint[], details boolean, contact_ids boolean, with_tries boolean)
        RETURNS SETOF neuvo.handoff_row
        LANGUAGE sql STABLE SET search_path = neuvo, pg_temp AS $$
            SELECT h."id", CASE WHEN contact_ids THEN h."contact_id" END, CASE WHEN contact_ids THEN h."referral" END, h."point", h."service",
                h."urgency", h."sent_at", h."sent_by", h."taken_at", h."taken_by", h."closed_at", h."closed_by", h."result", h."return_reason",
                h."tries", d."handoff_id" IS NULL,
                CASE WHEN details THEN d."name" END, CASE WHEN details THEN d."phone" END, CASE WHEN details THEN d."language" END,
                CASE WHEN details THEN d."when_to_call" END, CASE WHEN details THEN d."note" END,
                CASE WHEN with_tries THEN (SELECT string_agg(t."at" || ' ' || t."reached" || ' ' || t."by", ';' ORDER BY t."n")
                                           FROM neuvo.handoff_try AS t WHERE t."handoff_id" = h."id") END
            FROM unnest(ids) WITH ORDINALITY AS x(i, o) JOIN neuvo.handoff AS h ON h."id" = x.i
            LEFT JOIN neuvo.handoff_detail AS d ON d."handoff_id" = h."id"
            ORDER BY x.o;
        $$;

        -- Sends a handoff: the owner, or an advisor from one of her points. Every field checked here (the vocabulary's
        -- receiving services, the point, explicit consent, the phone's shape, lengths, no identity code); `contact`, when
        -- given, must be a contact at that point with a referral to that service.
        CREATE FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text,
            language text, when_to_call text, note text, contact bigint, command text) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'advisor'], 'sending a handoff');
            digits integer;
            now_at record;
            new_id bigint;
        BEGIN
            IF r = 'advisor' AND NOT coalesce(at_point = ANY (neuvo.my_points()), false) THEN
                RAISE EXCEPTION 'an advisor sends handoffs from her own points only (%)', array_to_string(neuvo.my_points(), ', ')
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM neuvo.required(at_point, 'point');
            PERFORM neuvo.required(to_service, 'service');
            PERFORM neuvo.require_codes_of('point', ARRAY[at_point]);
            PERFORM neuvo.require_codes_of('receiving_service', ARRAY[to_service]);
            IF consent IS NOT TRUE THEN
                RAISE EXCEPTION 'consent: without the client''s explicit consent nothing is sent' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF coalesce(urgency, '') NOT IN ('normal', 'urgent') THEN
                RAISE EXCEPTION 'urgency: normal or urgent' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF language IS NOT NULL AND language NOT IN ('fi', 'sv', 'en', 'other') THEN
                RAISE EXCEPTION 'language: fi, sv, en or other' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.check_handoff_text(name, 'name', 100, true);
            PERFORM neuvo.check_handoff_text(phone, 'phone', 40, true);
            digits := length(regexp_replace(phone, '[^0-9]', '', 'g'));
            IF btrim(phone) !~ '^(\+358|0)[0-9 -]*$' OR digits NOT BETWEEN 7 AND 15 THEN
                RAISE EXCEPTION 'phone: +358… or a Finnish number beginning with 0; digits, spaces and hyphens; 7–15 digits'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            PERFORM neuvo.check_handoff_text(when_to_call, 'when', 60, false);
            PERFORM neuvo.check_handoff_text(note, 'note', 500, false);
            IF contact IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM neuvo.contact AS c JOIN neuvo.contact_referral AS cr ON cr."contact_id" = c."id"
                WHERE c."id" = contact AND c."point" = at_point AND cr."referral" = to_service) THEN
                RAISE EXCEPTION 'no contact % at % with a referral to %', contact, at_point, to_service
                    USING ERRCODE = 'no_data_found', DETAIL = contact::text;
            END IF;
            -- Sent again after a lost connection (the form keeps the handoff and sends it once more): the open one is it.
            IF contact IS NOT NULL THEN
                SELECT h."id" INTO new_id FROM neuvo.handoff AS h
                WHERE h."contact_id" = contact AND h."service" = to_service AND h."closed_at" IS NULL FOR UPDATE;
                IF FOUND THEN
                    RETURN new_id;
                END IF;
            END IF;
            now_at := neuvo.region_now();
            INSERT INTO neuvo.handoff ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by")
            VALUES (contact, CASE WHEN contact IS NOT NULL THEN to_service END, at_point, to_service, urgency, now_at.stamp, now_at.instant,
                    session_user)
            RETURNING "id" INTO new_id;
            INSERT INTO neuvo.handoff_detail VALUES (new_id, btrim(name), btrim(phone), language, nullif(when_to_call, ''), nullif(note, ''));
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'send_handoff'),
                format('handoff %s sent to %s from %s', new_id, to_service, at_point), CASE WHEN contact IS NULL THEN 0 ELSE 1 END,
                neuvo.handoff_clients(contact));
            RETURN new_id;
        END $$;

        -- The queue: open handoffs to the caller's services (the owner: every service), narrowed to `services` when given,
        -- urgent first, then oldest; no details. Audited.
        CREATE FUNCTION neuvo.handoff_queue(services text[], command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'service'], 'the handoff queue');
            mine text[] := CASE WHEN r = 'owner' THEN NULL ELSE neuvo.my_services() END;
            ids bigint[];
        BEGIN
            SELECT coalesce(array_agg(h."id" ORDER BY h."urgency" = 'urgent' DESC, h."sent_instant", h."id"), '{}') INTO ids
            FROM neuvo.handoff AS h
            WHERE h."closed_at" IS NULL AND (mine IS NULL OR h."service" = ANY (mine)) AND (services IS NULL OR h."service" = ANY (services));
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, false, r = 'owner', false);
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_queue'),
                format('handoff queue of %s: %s open', coalesce(array_to_string(coalesce(services, mine), ', '), 'every service'), cardinality(ids)), 0);
        END $$;

        -- One handoff with its details and tries, for a login of its receiving service (or the owner): each reveal is an
        -- audit row naming the login and the handoff.
        CREATE FUNCTION neuvo.open_handoff(handoff bigint, command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            h neuvo.handoff := neuvo.receivable_handoff(handoff, 'opening a handoff');
        BEGIN
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ARRAY[h."id"], true, neuvo.caller_role() = 'owner', true);
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'open_handoff'),
                format('handoff %s opened: details %s', h."id",
                       CASE WHEN EXISTS (SELECT 1 FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id") THEN 'shown' ELSE 'erased' END),
                0, neuvo.handoff_clients(h."contact_id"));
        END $$;

        CREATE FUNCTION neuvo.take_handoff(handoff bigint, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            h neuvo.handoff := neuvo.receivable_handoff(handoff, 'taking a handoff');
            now_at record := neuvo.region_now();
        BEGIN
            IF h."taken_at" IS NOT NULL OR h."closed_at" IS NOT NULL THEN
                RAISE EXCEPTION 'handoff %: it is %, not sent', h."id", CASE WHEN h."closed_at" IS NULL THEN 'taken' ELSE 'closed' END
                    USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            UPDATE neuvo.handoff SET "taken_at" = now_at.stamp, "taken_instant" = now_at.instant, "taken_by" = session_user WHERE "id" = h."id";
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'take_handoff'), format('handoff %s taken', h."id"), 0,
                neuvo.handoff_clients(h."contact_id"));
        END $$;

        CREATE FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            h neuvo.handoff := neuvo.receivable_handoff(handoff, 'recording a try');
            now_at record := neuvo.region_now();
        BEGIN
            PERFORM neuvo.required(reached, 'reached');
            IF h."taken_at" IS NULL OR h."closed_at" IS NOT NULL THEN
                RAISE EXCEPTION 'handoff %: it is %, not taken', h."id", CASE WHEN h."closed_at" IS NULL THEN 'sent' ELSE 'closed' END
                    USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            IF h."tries" >= 20 THEN
                RAISE EXCEPTION 'handoff %: 20 tries is the most kept', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            INSERT INTO neuvo.handoff_try VALUES (h."id", h."tries" + 1, now_at.stamp, reached, session_user);
            UPDATE neuvo.handoff SET "tries" = "tries" + 1 WHERE "id" = h."id";
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'record_handoff_try'),
                format('handoff %s try: %s', h."id", CASE WHEN reached THEN 'reached' ELSE 'no answer' END), 0, neuvo.handoff_clients(h."contact_id"));
        END $$;

        -- A referral's outcome set with its figures, for the closed loop (the rule of neuvo.set_referral_outcome: the
        -- outcome, and the figure moved from the old outcome to the new one), audited as every outcome is.
        CREATE FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text) RETURNS void
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
        DECLARE
            contact_day date;
            contact_point text;
            contact_ref text;
            old_outcome text;
        BEGIN
            PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[new_outcome]);
            SELECT c."day", c."point", c."client_ref", r."outcome" INTO contact_day, contact_point, contact_ref, old_outcome
            FROM neuvo.contact AS c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
            WHERE c."id" = contact AND r."referral" = referral_code FOR UPDATE OF r;
            IF NOT FOUND OR old_outcome = new_outcome THEN
                RETURN;
            END IF;
            UPDATE neuvo.contact_referral SET "outcome" = new_outcome WHERE "contact_id" = contact AND "referral" = referral_code;
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
            PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
            PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
                CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
        END $$;

        -- Closes a taken handoff with reached (a try reached the client), not-reached (a try made) or declined; one sent
        -- from a contact sets that contact's referral outcome (§7's figures move).
        CREATE FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            h neuvo.handoff := neuvo.receivable_handoff(handoff, 'closing a handoff');
            now_at record := neuvo.region_now();
        BEGIN
            IF coalesce(result, '') NOT IN ('reached', 'not-reached', 'declined') THEN
                RAISE EXCEPTION 'result: reached, not-reached or declined (a returned one is returned with a reason)'
                    USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF h."taken_at" IS NULL OR h."closed_at" IS NOT NULL THEN
                RAISE EXCEPTION 'handoff %: it is %, not taken', h."id", CASE WHEN h."closed_at" IS NULL THEN 'sent' ELSE 'closed' END
                    USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            IF result = 'reached' AND NOT EXISTS (SELECT 1 FROM neuvo.handoff_try AS t WHERE t."handoff_id" = h."id" AND t."reached") THEN
                RAISE EXCEPTION 'handoff %: reached needs a try that reached the client', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            IF result = 'not-reached' AND h."tries" = 0 THEN
                RAISE EXCEPTION 'handoff %: not-reached needs at least one try', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            UPDATE neuvo.handoff SET "closed_at" = now_at.stamp, "closed_instant" = now_at.instant, "closed_by" = session_user, "result" = close_handoff.result
            WHERE "id" = h."id";
            IF h."contact_id" IS NOT NULL AND h."referral" IS NOT NULL THEN
                PERFORM neuvo.apply_referral_outcome(h."contact_id", h."referral", result, neuvo.command_label(command, 'close_handoff'));
            END IF;
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'close_handoff'), format('handoff %s closed: %s', h."id", result), 0,
                neuvo.handoff_clients(h."contact_id"));
        END $$;

        -- Returns an open handoff as the wrong service, with a reason the sending point reads.
        CREATE FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            h neuvo.handoff := neuvo.receivable_handoff(handoff, 'returning a handoff');
            now_at record := neuvo.region_now();
        BEGIN
            PERFORM neuvo.check_handoff_text(reason, 'reason', 200, true);
            IF h."closed_at" IS NOT NULL THEN
                RAISE EXCEPTION 'handoff %: it is closed, not open', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            UPDATE neuvo.handoff SET "closed_at" = now_at.stamp, "closed_instant" = now_at.instant, "closed_by" = session_user,
                "result" = 'returned', "return_reason" = reason
            WHERE "id" = h."id";
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'return_handoff'), format('handoff %s returned', h."id"), 0,
                neuvo.handoff_clients(h."contact_id"));
        END $$;

        -- Sends a returned handoff again to another receiving service: the owner, or an advisor at its point. The details
        -- are copied here, never shown to the advisor.
        CREATE FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'advisor'], 'sending a handoff again');
            h neuvo.handoff;
            now_at record := neuvo.region_now();
            new_id bigint;
        BEGIN
            SELECT * INTO h FROM neuvo.handoff AS x WHERE x."id" = handoff AND (r = 'owner' OR x."point" = ANY (neuvo.my_points())) FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'no handoff % this login may see', handoff USING ERRCODE = 'no_data_found', DETAIL = 'handoff ' || handoff;
            END IF;
            PERFORM neuvo.require_codes_of('receiving_service', ARRAY[coalesce(to_service, '')]);
            IF h."result" IS DISTINCT FROM 'returned' THEN
                RAISE EXCEPTION 'handoff %: only a returned handoff is sent again', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id") THEN
                RAISE EXCEPTION 'handoff %: its details are erased', h."id" USING ERRCODE = 'object_not_in_prerequisite_state';
            END IF;
            INSERT INTO neuvo.handoff ("contact_id", "referral", "point", "service", "urgency", "sent_at", "sent_instant", "sent_by")
            VALUES (h."contact_id", h."referral", h."point", to_service, h."urgency", now_at.stamp, now_at.instant, session_user)
            RETURNING "id" INTO new_id;
            INSERT INTO neuvo.handoff_detail SELECT new_id, d."name", d."phone", d."language", d."when_to_call", d."note"
                FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id";
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'resend_handoff'),
                format('handoff %s sent to %s from %s, again of returned handoff %s', new_id, to_service, h."point", h."id"),
                CASE WHEN h."contact_id" IS NULL THEN 0 ELSE 1 END, neuvo.handoff_clients(h."contact_id"));
            RETURN new_id;
        END $$;

        -- `neuvo handoffs`: newest first, what the login may see — a service login its services' (details when asked),
        -- an advisor her points', a supervisor every one (neither ever with details), the owner everything. Audited,
        -- naming the handoffs whose details were shown.
        CREATE FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor', 'service'], 'listing handoffs');
            ids bigint[];
            shown bigint[];
        BEGIN
            IF with_details AND r NOT IN ('owner', 'service') THEN
                RAISE EXCEPTION 'a handoff''s details are for logins of the receiving service, not for %',
                    CASE r WHEN 'advisor' THEN 'an advisor' ELSE 'a ' || r END USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT coalesce(array_agg(h."id" ORDER BY h."sent_instant" DESC, h."id" DESC), '{}') INTO ids FROM neuvo.handoff AS h
            WHERE (r IN ('owner', 'supervisor') OR (r = 'advisor' AND h."point" = ANY (neuvo.my_points()))
                   OR (r = 'service' AND h."service" = ANY (neuvo.my_services())))
              AND (NOT coalesce(open_only, false) OR h."closed_at" IS NULL);
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, coalesce(with_details, false), r IN ('owner', 'supervisor', 'advisor'), false);
            IF with_details THEN
                SELECT coalesce(array_agg(d."handoff_id" ORDER BY d."handoff_id"), '{}') INTO shown FROM neuvo.handoff_detail AS d
                WHERE d."handoff_id" = ANY (ids);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_list'),
                format('handoffs listed: %s', cardinality(ids))
                    || CASE WHEN cardinality(shown) > 0 THEN ', with details: ' || array_to_string(shown, ', ') ELSE '' END, 0);
        END $$;

        -- The sending points' handoffs since a day (NULL points: the caller's), with state, times and tries, never details:
        -- the advisor's follow-ups. The owner and supervisors any point, an advisor hers.
        CREATE FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) RETURNS SETOF neuvo.handoff_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor'], 'the sending points'' handoffs');
            allowed text[] := CASE WHEN r = 'advisor' THEN neuvo.my_points() ELSE NULL END;
            ids bigint[];
        BEGIN
            PERFORM neuvo.required(since, 'since');
            SELECT coalesce(array_agg(h."id" ORDER BY h."sent_instant" DESC, h."id" DESC), '{}') INTO ids FROM neuvo.handoff AS h
            WHERE (allowed IS NULL OR h."point" = ANY (allowed)) AND (at_points IS NULL OR h."point" = ANY (at_points))
              AND left(h."sent_at", 10) >= since::text;
            RETURN QUERY SELECT * FROM neuvo.handoff_rows(ids, false, true, true);
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'sent_handoffs'),
                format('handoffs sent since %s from %s: %s', since, coalesce(array_to_string(coalesce(at_points, allowed), ', '), 'all points'),
                       cardinality(ids)), 0);
        END $$;

        -- The handoffs' change count, for the screens' cheap poll: every neuvo role but a trainer.
        CREATE FUNCTION neuvo.handoff_changes() RETURNS bigint
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            PERFORM neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor', 'board', 'service'], 'hearing of handoffs');
            RETURN (SELECT "last_value" + CASE WHEN "is_called" THEN 1 ELSE 0 END FROM neuvo.handoff_change_count);
        END $$;

        -- The handoffs' figures (no personal detail) sent in a period, by sent_at's day as written, for every role that
        -- reads reports (an advisor: her points). Audited.
        CREATE FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text)
        RETURNS TABLE ("sent_at" text, "point" text, "service" text, "urgency" text, "taken_at" text, "closed_at" text, "result" text, "tries" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            pts text[] := neuvo.read_points(neuvo.caller_role(), at_point, ARRAY['owner', 'supervisor', 'advisor', 'board'], 'reading handoff figures');
            n integer;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day');
            PERFORM neuvo.required(to_day, 'to_day');
            RETURN QUERY SELECT h."sent_at", h."point", h."service", h."urgency", h."taken_at", h."closed_at", h."result", h."tries"
                FROM neuvo.handoff AS h
                WHERE left(h."sent_at", 10) BETWEEN from_day::text AND to_day::text AND (pts IS NULL OR h."point" = ANY (pts))
                ORDER BY h."sent_instant", h."id";
            GET DIAGNOSTICS n = ROW_COUNT;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'handoff_records'),
                format('handoff figures %s', neuvo.period_text(from_day, to_day, at_point)), 0);
        END $$;

        -- The live board's open handoffs (§8): of the handoffs sent from the points `wanted` and not closed, per receiving
        -- service how many and the oldest's sent instant. An aggregate — no handoff row, no detail — and, as the board's
        -- other figures, not audited. The owner, supervisors, board logins, advisors (their points only).
        CREATE FUNCTION neuvo.board_handoffs(wanted text[])
        RETURNS TABLE ("service" text, "open" bigint, "oldest" bigint)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            me neuvo.read_scope := neuvo.reader(NULL, '{owner,supervisor,board,advisor}', 'reading the board''s handoffs');
            points text[] := CASE WHEN me."wanted" IS NULL THEN wanted
                                  ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (me."wanted")) END;
        BEGIN
            PERFORM neuvo.required(wanted, 'wanted');
            RETURN QUERY
                SELECT h."service", count(*), min(h."sent_instant")
                FROM neuvo.handoff AS h
                WHERE h."closed_at" IS NULL AND h."point" = ANY (points)
                GROUP BY h."service";
        END $$;

        -- Imports handoffs' figures (the CSV kind `handoffs`), all or nothing: the owner, or an advisor for her points.
        -- `records` is a JSON array of {sent_at, point, service, urgency, taken_at, closed_at, result, tries}, each checked.
        CREATE FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            r text := neuvo.handoff_role(ARRAY['owner', 'advisor'], 'importing handoffs');
            rec jsonb;
            n integer := 0;
            sent timestamptz;
            taken timestamptz;
            closed timestamptz;
        BEGIN
            FOR rec IN SELECT x FROM jsonb_array_elements(records) AS x LOOP
                PERFORM neuvo.require_codes_of('point', ARRAY[coalesce(rec->>'point', '')]);
                PERFORM neuvo.require_codes_of('receiving_service', ARRAY[coalesce(rec->>'service', '')]);
                IF r = 'advisor' AND NOT (rec->>'point') = ANY (neuvo.my_points()) THEN
                    RAISE EXCEPTION 'an advisor imports handoffs of her own points only' USING ERRCODE = 'insufficient_privilege';
                END IF;
                sent := (rec->>'sent_at')::timestamptz;
                taken := (rec->>'taken_at')::timestamptz;
                closed := (rec->>'closed_at')::timestamptz;
                IF sent IS NULL OR taken < sent OR closed < taken OR (closed IS NOT NULL AND taken IS NULL)
                   OR (closed IS NULL) <> (rec->>'result' IS NULL) OR coalesce((rec->>'tries')::integer, 0) NOT BETWEEN 0 AND 20
                   OR (rec->>'result' IN ('reached', 'not-reached') AND coalesce((rec->>'tries')::integer, 0) < 1) THEN
                    RAISE EXCEPTION 'handoff %: times, result and tries do not agree', n + 1 USING ERRCODE = 'invalid_parameter_value';
                END IF;
                INSERT INTO neuvo.handoff ("point", "service", "urgency", "sent_at", "sent_instant", "sent_by", "taken_at", "taken_instant",
                    "closed_at", "closed_instant", "result", "tries")
                VALUES (rec->>'point', rec->>'service', coalesce(rec->>'urgency', 'normal'), rec->>'sent_at', extract(epoch FROM sent)::bigint,
                    session_user, rec->>'taken_at', extract(epoch FROM taken)::bigint, rec->>'closed_at', extract(epoch FROM closed)::bigint,
                    rec->>'result', coalesce((rec->>'tries')::integer, 0));
                n := n + 1;
            END LOOP;
            PERFORM neuvo.handoff_changed();
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'import_handoffs'), coalesce(details, format('%s handoffs imported', n)), 0);
            RETURN n;
        END $$;

        -- The erasure (§9, called by §11's retention): the details of every handoff closed more than 30 days before
        -- `now_instant`, or sent more than 90 days before it, deleted; states and times stay. The owner's.
        CREATE FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            n integer;
        BEGIN
            PERFORM neuvo.handoff_role(ARRAY['owner'], 'erasing handoff details (neuvo retention)');
            PERFORM neuvo.required(now_instant, 'now');
            DELETE FROM neuvo.handoff_detail AS d USING neuvo.handoff AS h
            WHERE h."id" = d."handoff_id" AND (h."closed_instant" < now_instant - 30 * 86400 OR h."sent_instant" < now_instant - 90 * 86400);
            GET DIAGNOSTICS n = ROW_COUNT;
            IF n > 0 THEN
                PERFORM neuvo.handoff_changed();
                PERFORM neuvo.audit_append(neuvo.command_label(command, 'erase_handoff_details'), format('handoff details erased: %s handoffs', n), 0);
            END IF;
            RETURN n;
        END $$;

        -- The roles, as v7 set them, and now the services of a service login (given in `new_points`, checked against the
        -- receiving services).
        CREATE OR REPLACE FUNCTION neuvo.set_member(who text, new_role text, new_points text[]) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner lists and sets roles (neuvo roles)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
                RAISE EXCEPTION 'no login %', who USING ERRCODE = 'undefined_object';
            END IF;
            IF new_role IS NOT NULL AND new_role NOT IN ('supervisor', 'trainer', 'advisor', 'board', 'service') THEN
                RAISE EXCEPTION 'no neuvo role %', new_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role = 'advisor' AND cardinality(coalesce(new_points, '{}')) = 0 THEN
                RAISE EXCEPTION 'an advisor needs at least one point' USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role = 'service' THEN
                IF cardinality(coalesce(new_points, '{}')) = 0 THEN
                    RAISE EXCEPTION 'a service login needs at least one service' USING ERRCODE = 'invalid_parameter_value';
                END IF;
                PERFORM neuvo.require_codes_of('receiving_service', new_points);
            END IF;
            IF new_role IS NOT NULL AND pg_has_role(who, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
                RAISE EXCEPTION 'the database''s owner % takes no neuvo role', who USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF new_role IS NULL THEN
                DELETE FROM neuvo.member WHERE "login" = who;
            ELSE
                IF NOT pg_has_role(who, 'neuvo_' || new_role, 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', 'neuvo_' || new_role, who);
                END IF;
                INSERT INTO neuvo.member ("login", "role") VALUES (who, new_role)
                ON CONFLICT ("login") DO UPDATE SET "role" = excluded."role";
            END IF;
            DELETE FROM neuvo.advisor_point WHERE "login" = who;
            DELETE FROM neuvo.service_member WHERE "login" = who;
            IF new_role = 'advisor' THEN
                INSERT INTO neuvo.advisor_point ("login", "point") SELECT DISTINCT who, unnest(new_points);
            ELSIF new_role = 'service' THEN
                INSERT INTO neuvo.service_member ("login", "service") SELECT DISTINCT who, unnest(new_points);
            END IF;
            PERFORM neuvo.audit_append('roles', format('roles %s: %s', who, CASE
                WHEN new_role IS NULL THEN 'none'
                WHEN new_role IN ('advisor', 'service') THEN format('%s (%s)', new_role,
                    (SELECT string_agg(p, ', ' ORDER BY p COLLATE "C") FROM (SELECT DISTINCT unnest(new_points) AS p) AS x))
                ELSE new_role END), 0);
        END $$;

        -- The roles listed: an advisor's points, a service login's services, in `points`.
        CREATE OR REPLACE FUNCTION neuvo.members() RETURNS TABLE ("login" text, "role" text, "points" text[])
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        BEGIN
            IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
                RAISE EXCEPTION 'only the database''s owner lists and sets roles (neuvo roles)' USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN QUERY SELECT m."login", m."role",
                    CASE m."role"
                    WHEN 'advisor' THEN (SELECT coalesce(array_agg(p."point" ORDER BY p."point" COLLATE "C"), '{}') FROM neuvo.advisor_point AS p
                                         WHERE p."login" = m."login")
                    WHEN 'service' THEN (SELECT coalesce(array_agg(s."service" ORDER BY s."service" COLLATE "C"), '{}') FROM neuvo.service_member AS s
                                         WHERE s."login" = m."login")
                    ELSE '{}'::text[] END
                FROM neuvo.member AS m ORDER BY m."login" COLLATE "C";
        END $$;

        -- What every login reads at open, a service login's too: the settings (the region's time zone) and the migrations.
        CREATE OR REPLACE FUNCTION neuvo.settings() RETURNS TABLE ("key" text, "value" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board,service}', 'reading the settings');
        BEGIN
            RETURN QUERY SELECT s."key", s."value" FROM neuvo.setting AS s ORDER BY s."key";
        END $$;
        CREATE OR REPLACE FUNCTION neuvo.migrations() RETURNS TABLE ("identifier" text)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        #variable_conflict use_column
        DECLARE
            who text := neuvo.caller_role();
            unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board,service}', 'reading the migrations');
        BEGIN
            RETURN QUERY SELECT m."identifier" FROM neuvo.migration AS m ORDER BY 1;
        END $$;

        -- The closing grants, as v7's: no table or sequence privilege for any neuvo role; every function off PUBLIC; the
        -- group roles execute only what is meant for them (each handoff function decides who may, and says so).
        REVOKE ALL ON ALL TABLES IN SCHEMA neuvo FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        REVOKE ALL ON ALL SEQUENCES IN SCHEMA neuvo FROM PUBLIC, neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        REVOKE ALL ON ALL FUNCTIONS IN SCHEMA neuvo FROM PUBLIC;
        REVOKE ALL ON TYPE neuvo.handoff_row FROM PUBLIC;
        GRANT USAGE ON TYPE neuvo.handoff_row TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        GRANT EXECUTE ON FUNCTION neuvo.my_services(),
            neuvo.send_handoff(text, text, text, boolean, text, text, text, text, text, bigint, text),
            neuvo.handoff_queue(text[], text), neuvo.open_handoff(bigint, text), neuvo.take_handoff(bigint, text),
            neuvo.record_handoff_try(bigint, boolean, text), neuvo.close_handoff(bigint, text, text), neuvo.return_handoff(bigint, text, text),
            neuvo.resend_handoff(bigint, text, text), neuvo.handoff_list(boolean, boolean, text), neuvo.sent_handoffs(text[], date, text),
            neuvo.handoff_changes(), neuvo.handoff_records(date, date, text, text), neuvo.import_handoffs(jsonb, text, text),
            neuvo.erase_handoff_details(bigint, text), neuvo.board_handoffs(text[])
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board, neuvo_service;
        -- A service login opens the log (who it is, the settings, the migrations) and hears of changes; nothing of contacts.
        GRANT EXECUTE ON FUNCTION neuvo.whoami(), neuvo.my_points(), neuvo.settings(), neuvo.migrations(), neuvo.channel(), neuvo.changes()
            TO neuvo_service;
        """#
}
