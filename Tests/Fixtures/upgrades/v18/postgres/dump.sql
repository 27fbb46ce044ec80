--
-- PostgreSQL database dump
--

\restrict PsE8ZtaVSmsR814LuHuwephWo3jmXkOUt3bTAfirFIJ4gWubaUfL9HJJ4Rb6usZ

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: neuvo; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA neuvo;


ALTER SCHEMA neuvo OWNER TO postgres;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: contact_row; Type: TYPE; Schema: neuvo; Owner: postgres
--

CREATE TYPE neuvo.contact_row AS (
	id bigint,
	occurred_at text,
	point text,
	channel text,
	resolved boolean,
	contact_by text,
	reason text,
	identified boolean,
	age_group text,
	service_area text,
	duration_min integer,
	segment text,
	client_ref text,
	satisfaction integer,
	advisor text,
	has_repeat boolean,
	topics text,
	referrals text,
	follow_up_done boolean,
	follow_up_note text,
	closed_by bigint,
	logged_at text,
	unmet_needs text,
	consultation text
);


ALTER TYPE neuvo.contact_row OWNER TO postgres;

--
-- Name: handoff_row; Type: TYPE; Schema: neuvo; Owner: postgres
--

CREATE TYPE neuvo.handoff_row AS (
	id bigint,
	contact_id bigint,
	referral text,
	point text,
	service text,
	urgency text,
	sent_at text,
	sent_by text,
	taken_at text,
	taken_by text,
	closed_at text,
	closed_by text,
	result text,
	return_reason text,
	tries integer,
	erased boolean,
	name text,
	phone text,
	language text,
	when_to_call text,
	note text,
	try_log text
);


ALTER TYPE neuvo.handoff_row OWNER TO postgres;

--
-- Name: overview_row; Type: TYPE; Schema: neuvo; Owner: postgres
--

CREATE TYPE neuvo.overview_row AS (
	id bigint,
	occurred_at text,
	point text,
	channel text,
	resolved boolean,
	contact_by text,
	reason text,
	identified boolean,
	age_group text,
	service_area text,
	duration_min integer,
	segment text,
	client_ref text,
	satisfaction integer,
	advisor text,
	has_repeat boolean,
	topics text,
	referrals text,
	follow_up_done boolean,
	follow_up_note text,
	closed_by bigint,
	logged_at text,
	unmet_needs text,
	consultation text,
	part text,
	figure_day date,
	figure_point text,
	figure text,
	code text,
	value bigint,
	draft_id bigint,
	draft_point text,
	draft_updated_at text,
	draft_form text
);


ALTER TYPE neuvo.overview_row OWNER TO postgres;

--
-- Name: read_scope; Type: TYPE; Schema: neuvo; Owner: postgres
--

CREATE TYPE neuvo.read_scope AS (
	who text,
	wanted text[]
);


ALTER TYPE neuvo.read_scope OWNER TO postgres;

--
-- Name: add_figure(date, text, text, text, bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.add_figure(on_day date, at_point text, figure_name text, figure_code text, delta bigint) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF delta = 0 THEN RETURN; END IF;
    INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
    VALUES (on_day, at_point, figure_name, figure_code, 0, delta)
    ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
    DELETE FROM neuvo.daily_figure
    WHERE "day" = on_day AND "point" = at_point AND "figure" = figure_name AND "code" = figure_code AND "origin" = 0 AND "value" = 0;
END $$;


ALTER FUNCTION neuvo.add_figure(on_day date, at_point text, figure_name text, figure_code text, delta bigint) OWNER TO postgres;

--
-- Name: add_figures(bigint[], integer, bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    first_id bigint := (SELECT min(x) FROM unnest(ids) AS x);
    last_id bigint := (SELECT max(x) FROM unnest(ids) AS x);
BEGIN
    -- One pass over the contacts (a row of values per contact), and one join per part.
    WITH c AS MATERIALIZED (
        SELECT c.*, EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AS "needy"
        FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id
    ), counted ("day", "point", "figure", "code", "value") AS (
        SELECT c."day", c."point", v.f, v.k, v.n FROM c CROSS JOIN LATERAL (VALUES
            ('contacts', '', 1::bigint),
            ('resolved', '', CASE WHEN c."resolved" THEN 1 ELSE 0 END),
            ('verified', '', CASE WHEN c."resolved" AND NOT c."has_repeat" THEN 1 ELSE 0 END),
            ('with_client_ref', '', CASE WHEN c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
            ('repeats', '', CASE WHEN c."has_repeat" AND c."client_ref" IS NOT NULL THEN 1 ELSE 0 END),
            ('identified', '', CASE WHEN c."identified" THEN 1 ELSE 0 END),
            ('duration_min_total', '', coalesce(c."duration_min", 0)),
            ('satisfaction_responses', '', CASE WHEN c."satisfaction" IS NOT NULL THEN 1 ELSE 0 END),
            ('satisfaction_total', '', coalesce(c."satisfaction", 0)),
            ('by_channel', c."channel", 1),
            ('by_reason', coalesce(c."reason", ''), CASE WHEN c."reason" IS NOT NULL THEN 1 ELSE 0 END),
            ('by_age_group', c."age_group", 1),
            ('by_segment', coalesce(c."segment", ''), CASE WHEN c."segment" IS NOT NULL THEN 1 ELSE 0 END),
            ('by_contact_by', c."contact_by", 1),
            ('by_hour', substr(c."occurred_at", 12, 2), 1),
            ('consultations', coalesce(c."consultation", ''), CASE WHEN c."consultation" IS NOT NULL THEN 1 ELSE 0 END),
            ('consulted_resolved', '', CASE WHEN c."consultation" IS NOT NULL AND c."resolved" THEN 1 ELSE 0 END),
            ('contacts_with_unmet_need', '', CASE WHEN c."needy" THEN 1 ELSE 0 END)
        ) AS v(f, k, n)
        UNION ALL SELECT c."day", c."point", 'by_topic', t."topic", 1 FROM c JOIN neuvo.contact_topic AS t ON t."contact_id" = c."id"
        UNION ALL SELECT c."day", c."point", 'unmet_needs_by_topic', t."topic", 1
            FROM c JOIN neuvo.contact_topic AS t ON t."contact_id" = c."id" WHERE c."needy"
        UNION ALL SELECT c."day", c."point", 'referral_outcomes_by_referral', r."referral" || ':' || r."outcome", 1
            FROM c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
        UNION ALL SELECT c."day", c."point", 'unmet_needs', u."need", 1 FROM c JOIN neuvo.contact_unmet_need AS u ON u."contact_id" = c."id"
    ), summed AS (
        SELECT "day", "point", "figure", "code", sign * sum("value") AS "value" FROM counted GROUP BY 1, 2, 3, 4 HAVING sum("value") <> 0
    )
    -- In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
    INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
    SELECT "day", "point", "figure", "code", figures_origin, "value" FROM summed ORDER BY 1, 2, 3, 4
    ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value";
    IF sign < 0 THEN
        DELETE FROM neuvo.daily_figure AS f
        WHERE f."value" = 0 AND f."origin" = figures_origin
          AND (f."day", f."point") IN (SELECT c."day", c."point" FROM neuvo.contact AS c WHERE c."id" = ANY (ids) AND c."id" BETWEEN first_id AND last_id);
    END IF;
END $$;


ALTER FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) OWNER TO postgres;

--
-- Name: apply_referral_outcome(bigint, text, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text) OWNER TO postgres;

--
-- Name: audit(text, text, integer); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit(command text, details text, contacts integer) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT neuvo.audit_append(command, details, contacts);
$$;


ALTER FUNCTION neuvo.audit(command text, details text, contacts integer) OWNER TO postgres;

--
-- Name: audit_append(text, text, integer, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[] DEFAULT '{}'::text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts", "clients")
    VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, action, details, contacts,
            coalesce(clients, '{}'));
END $$;


ALTER FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[]) OWNER TO postgres;

--
-- Name: audit_chain(bigint, integer); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) RETURNS TABLE(id bigint, seq bigint, at text, "user" text, command text, details text, contacts integer, clients text[], previous_hash text, hash text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    got bigint;
BEGIN
    IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
        RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF after_seq < 0 THEN PERFORM neuvo.seal_audit(true); END IF;
    RETURN QUERY SELECT a."id", a."seq", a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash"
        FROM neuvo.audit AS a WHERE (after_seq < 0 AND a."seq" IS NULL) OR a."seq" > after_seq
        ORDER BY a."seq" NULLS FIRST, a."id" LIMIT greatest(max_rows, 1);
    GET DIAGNOSTICS got = ROW_COUNT;
    PERFORM neuvo.audit_append('audit_chain', format('audit rows after place %s read to verify the chain (%s rows)', greatest(after_seq, 0), got), 0);
END $$;


ALTER FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) OWNER TO postgres;

--
-- Name: audit_entries(date, date); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit_entries(from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date) RETURNS TABLE(at text, "user" text, command text, details text, contacts integer, clients text[], previous_hash text, hash text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor}', 'reading the audit log');
BEGIN
    RETURN QUERY SELECT a."at", a."user", a."command", a."details", a."contacts", a."clients", a."previous_hash", a."hash" FROM neuvo.audit AS a
        WHERE a."at" >= coalesce(to_char(from_day, 'YYYY-MM-DD'), '') AND a."at" < coalesce(to_char(to_day + 1, 'YYYY-MM-DD'), '9999')
        ORDER BY a."id";
END $$;


ALTER FUNCTION neuvo.audit_entries(from_day date, to_day date) OWNER TO postgres;

--
-- Name: audit_hash(text, text, text, text, text, integer, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit_hash(previous text, at text, "user" text, command text, details text, contacts integer, clients text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'pg_temp'
    AS $$
BEGIN
    RETURN (SELECT encode(sha256(convert_to(string_agg(octet_length(convert_to(f, 'UTF8'))::text || ':' || f, '' ORDER BY n), 'UTF8')), 'hex')
            FROM unnest(ARRAY[previous, "at", "user", command, details, contacts::text, cardinality(clients)::text] || clients)
                WITH ORDINALITY AS x(f, n));
END $$;


ALTER FUNCTION neuvo.audit_hash(previous text, at text, "user" text, command text, details text, contacts integer, clients text[]) OWNER TO postgres;

--
-- Name: audit_head(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF coalesce(neuvo.caller_role(), '') NOT IN ('owner', 'supervisor') THEN
        RAISE EXCEPTION 'only the database''s owner and supervisors read the audit log' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM neuvo.seal_audit(true);
    SELECT h."seq", h."id", h."hash" INTO "seq", "id", "hash" FROM neuvo.audit_head AS h;
END $$;


ALTER FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) OWNER TO postgres;

--
-- Name: board_figures(date, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.board_figures(on_day date, wanted text[] DEFAULT NULL::text[]) RETURNS TABLE(part text, day date, point text, figure text, code text, value bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    me neuvo.read_scope := neuvo.reader(NULL, '{owner,supervisor,board,advisor}', 'reading the board');
    points text[] := CASE WHEN me."wanted" IS NULL THEN wanted WHEN wanted IS NULL THEN me."wanted"
                          ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (me."wanted")) END;
    shown text[] := CASE WHEN me."who" = 'board' THEN '{contacts,resolved,by_hour,referral_outcomes_by_referral}'::text[] END;
BEGIN
    PERFORM neuvo.required(on_day, 'on_day');
    RETURN QUERY
        SELECT 'today', f."day", f."point", f."figure", f."code", f."value"
        FROM neuvo.figure_rows(points, on_day, on_day, true, me."who" <> 'owner', shown) AS f;
    RETURN QUERY
        SELECT 'usual', f."day", f."point", f."figure", f."code", sum(f."value")::bigint
        FROM neuvo.daily_figure AS f
        WHERE f."day" = ANY (ARRAY(SELECT on_day - 7 * w FROM generate_series(1, 8) AS w))
          AND (points IS NULL OR f."point" = ANY (points)) AND f."figure" = 'by_hour'
        GROUP BY f."day", f."point", f."figure", f."code" HAVING sum(f."value") <> 0;
END $$;


ALTER FUNCTION neuvo.board_figures(on_day date, wanted text[]) OWNER TO postgres;

--
-- Name: board_follow_ups(date, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) RETURNS TABLE(point text, open bigint, oldest bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    me neuvo.read_scope := neuvo.reader(NULL, '{owner,supervisor,board,advisor}', 'reading the board');
    points text[] := CASE WHEN me."wanted" IS NULL THEN wanted
                          ELSE ARRAY(SELECT p FROM unnest(wanted) AS p WHERE p = ANY (me."wanted")) END;
    since date;
BEGIN
    PERFORM neuvo.required(on_day, 'on_day');
    since := on_day - ((SELECT s."value"::integer FROM neuvo.setting AS s WHERE s."key" = 'follow_up_window_hours') + 23) / 24;
    RETURN QUERY
        SELECT c."point", count(*), min(c."instant")
        FROM neuvo.contact AS c
        WHERE c."point" = ANY (points) AND c."day" >= since AND NOT c."resolved"
          AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id")
        GROUP BY c."point";
END $$;


ALTER FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) OWNER TO postgres;

--
-- Name: board_handoffs(text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.board_handoffs(wanted text[]) RETURNS TABLE(service text, open bigint, oldest bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.board_handoffs(wanted text[]) OWNER TO postgres;

--
-- Name: browse_figures(date, date, date, date, date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(part text, day date, point text, figure text, code text, value bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
    r record;
    contacts bigint := 0;
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(compared_from, 'compared_from'),
        neuvo.required(compared_to, 'compared_to'), neuvo.required(series_from, 'series_from'), neuvo.required(series_to, 'series_to');
    FOR r IN
        SELECT 'report' AS "part", f.* FROM neuvo.figure_rows(me."wanted", from_day, to_day, false, me."who" <> 'owner', NULL) AS f
        UNION ALL
        SELECT 'comparison', f.* FROM neuvo.figure_rows(me."wanted", compared_from, compared_to, false, me."who" <> 'owner', NULL) AS f
        UNION ALL
        SELECT 'series', s."day", NULL, s."figure", '', s."value" FROM neuvo.series_rows(me."wanted", series_from, series_to) AS s
    LOOP
        IF r."part" <> 'series' AND r."day" IS NULL AND r."figure" = 'contacts' THEN contacts := contacts + r."value"; END IF;
        "part" := r."part"; "day" := r."day"; "point" := r."point"; "figure" := r."figure"; "code" := r."code"; "value" := r."value";
        RETURN NEXT;
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'browse_figures'),
        neuvo.period_text(from_day, to_day, at_point) || ', compared with ' || neuvo.day_text(compared_from) || '–'
            || neuvo.day_text(compared_to) || ', daily series ' || neuvo.day_text(series_from) || '–' || neuvo.day_text(series_to),
        contacts::integer);
END $$;


ALTER FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) OWNER TO postgres;

--
-- Name: caller_role(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.caller_role() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    RETURN (SELECT w."role" FROM neuvo.whoami() AS w);
END $$;


ALTER FUNCTION neuvo.caller_role() OWNER TO postgres;

--
-- Name: chain_audit_row(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.chain_audit_row() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF neuvo.seal_audit(false) < 0 THEN
        RAISE LOG 'neuvo audit row % waits for its seal, fields hash % by % (%)', NEW."id",
            neuvo.audit_hash('', NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients"), NEW."user", NEW."command";
    END IF;
    RETURN NULL;
END $$;


ALTER FUNCTION neuvo.chain_audit_row() OWNER TO postgres;

--
-- Name: changes(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.changes() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.require_listener();
    RETURN (SELECT "last_value" + CASE WHEN "is_called" THEN 1 ELSE 0 END FROM neuvo.change_count);
END $$;


ALTER FUNCTION neuvo.changes() OWNER TO postgres;

--
-- Name: channel(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.channel() RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.require_listener();
    RETURN (SELECT "name" FROM neuvo.channel_secret);
END $$;


ALTER FUNCTION neuvo.channel() OWNER TO postgres;

--
-- Name: check_contact(jsonb); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.check_contact(contact jsonb) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
DECLARE
    unknown_kind text;
    unknown text;
BEGIN
    IF coalesce(contact->>'occurred_at', '') !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$' THEN
        RAISE EXCEPTION 'not a time of a contact: %', contact->>'occurred_at' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT u.k, u.c INTO unknown_kind, unknown
    FROM (
        SELECT f.n, f.k, f.c FROM (VALUES
            (1, 'point', contact->>'point'), (2, 'channel', contact->>'channel'), (3, 'contact_by', contact->>'contact_by'),
            (4, 'reason', contact->>'reason'), (5, 'age_group', contact->>'age_group'), (6, 'service_area', contact->>'service_area'),
            (7, 'segment', contact->>'segment'), (8, 'consultation', contact->>'consultation'),
            (9, 'segment', contact->'assessment'->>'segment'), (10, 'segment', contact->'assessment'->>'computed_segment'),
            (11, 'service_chain', contact->'assessment'->>'chain')) AS f(n, k, c)
        UNION ALL SELECT 1000000 + o, 'topic', x FROM jsonb_array_elements_text(coalesce(contact->'topics', '[]')) WITH ORDINALITY AS t(x, o)
        UNION ALL SELECT 2000000 + o, 'referral', x FROM jsonb_array_elements_text(coalesce(contact->'referrals', '[]')) WITH ORDINALITY AS t(x, o)
        UNION ALL SELECT 3000000 + o, 'referral_outcome', x
            FROM jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')) WITH ORDINALITY AS t(x, o)
        UNION ALL SELECT 4000000 + o, 'unmet_need', x
            FROM jsonb_array_elements_text(coalesce(contact->'unmet_needs', '[]')) WITH ORDINALITY AS t(x, o)
    ) AS u(n, k, c)
    WHERE u.c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.vocabulary AS v WHERE v."kind" = u.k AND v."code" = u.c)
    ORDER BY u.n LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unknown % code: %', unknown_kind, unknown USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(contact->>'point', '') = '' OR coalesce(contact->>'channel', '') = '' OR coalesce(contact->>'contact_by', '') = ''
       OR coalesce(contact->>'age_group', '') = '' THEN
        RAISE EXCEPTION 'a contact has a point, a channel, who made contact and an age group' USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $_$;


ALTER FUNCTION neuvo.check_contact(contact jsonb) OWNER TO postgres;

--
-- Name: check_handoff_text(text, text, integer, boolean); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.check_handoff_text(value text, field text, lim integer, required boolean) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.check_handoff_text(value text, field text, lim integer, required boolean) OWNER TO postgres;

--
-- Name: checked_contact_filter(text, text, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.checked_contact_filter(filter text, code text, codes text[]) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    described text := neuvo.contact_filter_words(filter, code);
BEGIN
    IF described IS NULL THEN
        RAISE EXCEPTION 'unknown filter %, or a filter without its code', quote_literal(filter) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF filter = 'referral_kind' AND codes IS NULL THEN
        RAISE EXCEPTION 'the referral kind''s destinations (codes) are required' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN described;
END $$;


ALTER FUNCTION neuvo.checked_contact_filter(filter text, code text, codes text[]) OWNER TO postgres;

--
-- Name: client_audit(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.client_audit(identity_code text, label text DEFAULT NULL::text) RETURNS TABLE(at text, "user" text, command text, details text, contacts integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    client text := neuvo.reviewed_client(identity_code, 'the client''s log review');
    n integer;
BEGIN
    RETURN QUERY SELECT a."at", a."user", a."command", a."details", a."contacts" FROM neuvo.audit AS a
        WHERE a."clients" @> ARRAY[client] ORDER BY a."id";
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM neuvo.audit_append(neuvo.command_label(label, 'client_audit'), format('audit rows of a client read: %s', n), 0,
        ARRAY[client]);
END $$;


ALTER FUNCTION neuvo.client_audit(identity_code text, label text) OWNER TO postgres;

--
-- Name: client_data(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.client_data(identity_code text, command text DEFAULT NULL::text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    client text := neuvo.reviewed_client(identity_code, 'a client''s data');
    ids bigint[];
    handoffs bigint[];
    result jsonb;
BEGIN
    ids := ARRAY(SELECT c."id" FROM neuvo.contact AS c WHERE c."client_ref" = client ORDER BY c."instant", c."id");
    handoffs := ARRAY(SELECT h."id" FROM neuvo.handoff AS h WHERE h."contact_id" = ANY (ids) ORDER BY h."id");
    result := jsonb_build_object(
        'contacts', coalesce((
            SELECT jsonb_agg(to_jsonb(c) - 'client_ref' - 'save_token' || jsonb_build_object(
                'topics', coalesce((SELECT jsonb_agg(t."topic" ORDER BY t."topic") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"), '[]'),
                'referrals', coalesce((SELECT jsonb_agg(jsonb_build_object('referral', x."referral", 'outcome', x."outcome") ORDER BY x."referral")
                                       FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"), '[]'),
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
        ARRAY[client]);
    RETURN result;
END $$;


ALTER FUNCTION neuvo.client_data(identity_code text, command text) OWNER TO postgres;

--
-- Name: client_pseudonym(text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.client_pseudonym(code text) RETURNS text
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF code IS NULL THEN RETURN NULL; END IF;
    IF neuvo.caller_role() IS DISTINCT FROM 'owner' THEN PERFORM neuvo.count_pseudonym_call(); END IF;
    RETURN neuvo.pseudonym(upper(code));
END $$;


ALTER FUNCTION neuvo.client_pseudonym(code text) OWNER TO postgres;

--
-- Name: client_ref(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.client_ref(identity_code text, ref text) RETURNS text
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF identity_code IS NOT NULL THEN RETURN neuvo.client_pseudonym(identity_code); END IF;
    IF ref IS NOT NULL AND neuvo.caller_role() IS DISTINCT FROM 'owner' THEN
        RAISE EXCEPTION 'a client is named by the identity code; only the owner names one by pseudonym'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN ref;
END $$;


ALTER FUNCTION neuvo.client_ref(identity_code text, ref text) OWNER TO postgres;

--
-- Name: close_follow_ups(bigint[], bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint) RETURNS SETOF bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    is_owner boolean := pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER');
    closer_ref text;
BEGIN
    SELECT c."client_ref" INTO closer_ref FROM neuvo.contact AS c
    WHERE c."id" = closer AND (c."point" = ANY (neuvo.my_points()) OR is_owner);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'contact % is not yours to close follow-ups with', closer USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
    SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', closer
    FROM neuvo.contact AS c
    WHERE c."id" = ANY (ids) AND (c."client_ref" = closer_ref OR c."point" = ANY (neuvo.my_points()) OR is_owner)
    ON CONFLICT ("contact_id") DO UPDATE SET "closed_by" = excluded."closed_by"
    RETURNING f."contact_id";
END $$;


ALTER FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint) OWNER TO postgres;

--
-- Name: close_handoff(bigint, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) OWNER TO postgres;

--
-- Name: command_label(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.command_label(command text, fallback text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF length(command) > 100 OR command ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'a command label is at most 100 characters, without control characters' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN coalesce(nullif(command, ''), fallback);
END $$;


ALTER FUNCTION neuvo.command_label(command text, fallback text) OWNER TO postgres;

--
-- Name: contact_by_id(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.contact_by_id(contact bigint, command text DEFAULT NULL::text) RETURNS TABLE(id bigint, occurred_at text, point text, channel text, resolved boolean, contact_by text, reason text, identified boolean, age_group text, service_area text, duration_min integer, segment text, client_ref text, satisfaction integer, advisor text, has_repeat boolean, topics text, referrals text, follow_up_done boolean, follow_up_note text, closed_by bigint, logged_at text, unmet_needs text, consultation text, answers text, assessed_segment text, override_reason text, chain text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading contacts');
    r neuvo.contact_row;
    found_one boolean := false;
BEGIN
    PERFORM neuvo.required(contact, 'contact');
    FOR r IN
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        WHERE c."id" = contact AND (wanted IS NULL OR c."point" = ANY (wanted))
    LOOP
        found_one := true;
        RETURN QUERY SELECT (r).*, a."answers", a."segment", a."override_reason", a."chain"
            FROM (SELECT 1) AS one LEFT JOIN neuvo.assessment AS a ON a."contact_id" = r."id";
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'contact_by_id'), 'contact ' || contact,
        CASE WHEN found_one THEN 1 ELSE 0 END, CASE WHEN found_one THEN neuvo.distinct_refs(ARRAY[r."client_ref"]) ELSE '{}' END);
END $$;


ALTER FUNCTION neuvo.contact_by_id(contact bigint, command text) OWNER TO postgres;

--
-- Name: contact_count(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.contact_count() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'counting contacts');
BEGIN
    RETURN (SELECT count(*) FROM neuvo.contact AS c WHERE wanted IS NULL OR c."point" = ANY (wanted));
END $$;


ALTER FUNCTION neuvo.contact_count() OWNER TO postgres;

--
-- Name: contact_filter_words(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.contact_filter_words(filter text, code text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT CASE filter
        WHEN 'all' THEN 'all'
        WHEN 'channel' THEN 'channel ' || code || ''
        WHEN 'reason' THEN 'reason ' || code || ''
        WHEN 'topic' THEN 'topic ' || code || ''
        WHEN 'referral' THEN 'referral ' || code || ''
        WHEN 'referral_kind' THEN '' || code || ' referrals'
        WHEN 'age_group' THEN 'age group ' || code || ''
        WHEN 'contact_by' THEN 'contact by ' || code || ''
        WHEN 'segment' THEN 'segment ' || code || ''
        WHEN 'hour' THEN 'hour ' || code || ''
        WHEN 'resolved' THEN 'resolved'
        WHEN 'with_client_ref' THEN 'with client_ref'
        WHEN 'verified' THEN 'verified'
        WHEN 'repeats' THEN 'repeats'
        WHEN 'identified' THEN 'identified'
        WHEN 'referral_outcome' THEN 'referral outcome ' || code || ''
        WHEN 'with_unmet_need' THEN 'with an unmet need'
        WHEN 'unmet_need' THEN 'unmet need ' || code || ''
        WHEN 'unmet_need_topic' THEN 'unmet need, topic ' || code || ''
        WHEN 'consulted' THEN 'consulted'
        WHEN 'consulted_resolved' THEN 'consulted and resolved'
        WHEN 'consultation' THEN 'consultation ' || code || ''
    END;
$$;


ALTER FUNCTION neuvo.contact_filter_words(filter text, code text) OWNER TO postgres;

--
-- Name: contacts_count(date, date, text, text, text, text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text DEFAULT NULL::text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
    described text;
    stored text;
    total bigint;
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter');
    described := neuvo.checked_contact_filter(filter, code, codes);
    stored := CASE filter WHEN 'all' THEN 'contacts' WHEN 'channel' THEN 'by_channel' WHEN 'reason' THEN 'by_reason' WHEN 'topic' THEN 'by_topic' WHEN 'age_group' THEN 'by_age_group' WHEN 'contact_by' THEN 'by_contact_by' WHEN 'segment' THEN 'by_segment' WHEN 'hour' THEN 'by_hour' WHEN 'resolved' THEN 'resolved' WHEN 'verified' THEN 'verified' WHEN 'identified' THEN 'identified' END;
    IF stored IS NOT NULL THEN
        SELECT coalesce(sum(f."value"), 0) INTO total FROM neuvo.daily_figure AS f
        WHERE f."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR f."point" = ANY (wanted))
          AND f."figure" = stored AND f."code" = coalesce(contacts_count.code, '');
    ELSE
        SELECT count(*) INTO total FROM neuvo.contact AS c
        WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND CASE filter
                    WHEN 'all' THEN true
                    WHEN 'channel' THEN c."channel" = code
                    WHEN 'reason' THEN c."reason" = code
                    WHEN 'topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'referral' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = code)
                    WHEN 'referral_kind' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = ANY (codes))
                    WHEN 'age_group' THEN c."age_group" = code
                    WHEN 'contact_by' THEN c."contact_by" = code
                    WHEN 'segment' THEN c."segment" = code
                    WHEN 'hour' THEN substr(c."occurred_at", 12, 2) = code
                    WHEN 'resolved' THEN c."resolved"
                    WHEN 'with_client_ref' THEN c."client_ref" IS NOT NULL
                    WHEN 'verified' THEN c."resolved" AND NOT c."has_repeat"
                    WHEN 'repeats' THEN c."has_repeat" AND c."client_ref" IS NOT NULL
                    WHEN 'identified' THEN c."identified"
                    WHEN 'referral_outcome' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."outcome" = code)
                    WHEN 'with_unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")
                    WHEN 'unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id" AND u."need" = code)
                    WHEN 'unmet_need_topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'consulted' THEN c."consultation" IS NOT NULL
                    WHEN 'consulted_resolved' THEN c."consultation" IS NOT NULL AND c."resolved"
                    WHEN 'consultation' THEN c."consultation" = code
                  END;
    END IF;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_count'),
        neuvo.period_text(from_day, to_day, at_point) || ', ' || described || ', counted', total::integer);
    RETURN total;
END $$;


ALTER FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) OWNER TO postgres;

--
-- Name: contacts_page(date, date, text, text, text, text[], date, bigint, bigint, boolean, integer, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text DEFAULT NULL::text) RETURNS SETOF neuvo.contact_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
    described text;
    keyed boolean := after_day IS NOT NULL;
    key_day date;
    key_instant bigint;
    key_id bigint;
    r neuvo.contact_row;
    n integer := 0;
    refs text[] := '{}';
    page_rows neuvo.contact_row[] := '{}';
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter'),
        neuvo.required(backward, 'backward'), neuvo.required(page_size, 'page_size');
    described := neuvo.checked_contact_filter(filter, code, codes);
    IF page_size < 1 OR page_size > 500 THEN
        RAISE EXCEPTION 'a page is 1 to 500 contacts, not %', page_size USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF (after_day IS NULL) <> (after_instant IS NULL) OR (after_day IS NULL) <> (after_id IS NULL) THEN
        RAISE EXCEPTION 'a page''s key is a contact''s day, instant and id: all three or none' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Without a key, or with one outside the period, a key just before the period's first contact (backward: just
    -- after its last), so that every page is one index range that starts where its rows do: the index scan starts
    -- at the key, not at the period's first day.
    key_day := after_day; key_instant := after_instant; key_id := after_id;
    IF backward AND (after_day IS NULL OR after_day > to_day) THEN
        key_day := to_day; key_instant := 9223372036854775807; key_id := 9223372036854775807;
    ELSIF NOT backward AND (after_day IS NULL OR after_day < from_day) THEN
        key_day := from_day; key_instant := -9223372036854775808; key_id := -9223372036854775808;
    END IF;
    IF backward THEN
        FOR r IN SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted))
              AND (c."day", c."instant", c."id") < (key_day, key_instant, key_id)
              AND CASE filter
                    WHEN 'all' THEN true
                    WHEN 'channel' THEN c."channel" = code
                    WHEN 'reason' THEN c."reason" = code
                    WHEN 'topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'referral' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = code)
                    WHEN 'referral_kind' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = ANY (codes))
                    WHEN 'age_group' THEN c."age_group" = code
                    WHEN 'contact_by' THEN c."contact_by" = code
                    WHEN 'segment' THEN c."segment" = code
                    WHEN 'hour' THEN substr(c."occurred_at", 12, 2) = code
                    WHEN 'resolved' THEN c."resolved"
                    WHEN 'with_client_ref' THEN c."client_ref" IS NOT NULL
                    WHEN 'verified' THEN c."resolved" AND NOT c."has_repeat"
                    WHEN 'repeats' THEN c."has_repeat" AND c."client_ref" IS NOT NULL
                    WHEN 'identified' THEN c."identified"
                    WHEN 'referral_outcome' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."outcome" = code)
                    WHEN 'with_unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")
                    WHEN 'unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id" AND u."need" = code)
                    WHEN 'unmet_need_topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'consulted' THEN c."consultation" IS NOT NULL
                    WHEN 'consulted_resolved' THEN c."consultation" IS NOT NULL AND c."resolved"
                    WHEN 'consultation' THEN c."consultation" = code
                  END
            ORDER BY c."day" DESC, c."instant" DESC, c."id" DESC
            LIMIT page_size LOOP
            page_rows := r || page_rows;
        END LOOP;
    ELSE
        FOR r IN SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
            WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted))
              AND (c."day", c."instant", c."id") > (key_day, key_instant, key_id)
              AND CASE filter
                    WHEN 'all' THEN true
                    WHEN 'channel' THEN c."channel" = code
                    WHEN 'reason' THEN c."reason" = code
                    WHEN 'topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'referral' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = code)
                    WHEN 'referral_kind' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."referral" = ANY (codes))
                    WHEN 'age_group' THEN c."age_group" = code
                    WHEN 'contact_by' THEN c."contact_by" = code
                    WHEN 'segment' THEN c."segment" = code
                    WHEN 'hour' THEN substr(c."occurred_at", 12, 2) = code
                    WHEN 'resolved' THEN c."resolved"
                    WHEN 'with_client_ref' THEN c."client_ref" IS NOT NULL
                    WHEN 'verified' THEN c."resolved" AND NOT c."has_repeat"
                    WHEN 'repeats' THEN c."has_repeat" AND c."client_ref" IS NOT NULL
                    WHEN 'identified' THEN c."identified"
                    WHEN 'referral_outcome' THEN EXISTS (SELECT 1 FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id" AND x."outcome" = code)
                    WHEN 'with_unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")
                    WHEN 'unmet_need' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id" AND u."need" = code)
                    WHEN 'unmet_need_topic' THEN EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id") AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = code)
                    WHEN 'consulted' THEN c."consultation" IS NOT NULL
                    WHEN 'consulted_resolved' THEN c."consultation" IS NOT NULL AND c."resolved"
                    WHEN 'consultation' THEN c."consultation" = code
                  END
            ORDER BY c."day", c."instant", c."id"
            LIMIT page_size LOOP
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


ALTER FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) OWNER TO postgres;

--
-- Name: count_pseudonym_call(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.count_pseudonym_call() RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    per_minute bigint;
    per_day bigint;
    period text;
    allowed bigint;
    now_period bigint;
    counter text;
    v bigint;
BEGIN
    SELECT max(s."value"::bigint) FILTER (WHERE s."key" = 'pseudonym_per_minute'),
           max(s."value"::bigint) FILTER (WHERE s."key" = 'pseudonym_per_day')
    INTO per_minute, per_day
    FROM neuvo.setting AS s WHERE s."key" IN ('pseudonym_per_minute', 'pseudonym_per_day');
    FOREACH period IN ARRAY ARRAY['minute', 'day'] LOOP
        allowed := CASE period WHEN 'minute' THEN per_minute ELSE per_day END;
        now_period := floor(extract(epoch FROM clock_timestamp()) / CASE period WHEN 'minute' THEN 60 ELSE 86400 END)::bigint;
        counter := neuvo.pseudonym_counter(session_user, period);
        IF to_regclass(counter) IS NULL THEN
            RAISE EXCEPTION 'this login has no points: the owner gives an advisor points with neuvo roles'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        v := nextval(counter);
        IF v / 1000000 <> now_period THEN
            v := setval(counter, now_period * 1000000 + 1);
        END IF;
        IF v % 1000000 > allowed THEN
            RAISE EXCEPTION 'too many clients looked up: % a %, the owner''s setting pseudonym_per_%', allowed, period, period
                USING ERRCODE = 'program_limit_exceeded';
        END IF;
    END LOOP;
END $$;


ALTER FUNCTION neuvo.count_pseudonym_call() OWNER TO postgres;

--
-- Name: daily_series(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(day date, figure text, value bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
    r record;
    contacts bigint := 0;
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
    FOR r IN SELECT * FROM neuvo.series_rows(me."wanted", from_day, to_day) LOOP
        IF r."figure" = 'contacts' THEN contacts := contacts + r."value"; END IF;
        "day" := r."day"; "figure" := r."figure"; "value" := r."value";
        RETURN NEXT;
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'daily_series'),
        'daily series ' || neuvo.period_text(from_day, to_day, at_point), contacts::integer);
END $$;


ALTER FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: day_overview(date, text, date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text DEFAULT NULL::text) RETURNS SETOF neuvo.overview_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'the day''s overview');
    r neuvo.contact_row;
    day_contacts neuvo.contact_row[] := '{}';
    open_count bigint;
    draft_count integer;
    draft_refs text[];
BEGIN
    PERFORM neuvo.required(on_day, 'on_day'), neuvo.required(at_point, 'at_point'), neuvo.required(follow_ups_since, 'follow_ups_since');
    FOR r IN
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        WHERE c."day" = on_day AND c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted))
        ORDER BY c."instant", c."id"
    LOOP
        day_contacts := day_contacts || r;
    END LOOP;
    SELECT count(*) INTO open_count FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
    WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= follow_ups_since
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


ALTER FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) OWNER TO postgres;

--
-- Name: day_text(date); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.day_text(d date) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce(to_char(d, 'YYYY-MM-DD'), '…');
$$;


ALTER FUNCTION neuvo.day_text(d date) OWNER TO postgres;

--
-- Name: discard_draft(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.discard_draft(id bigint, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text := neuvo.caller_role();
BEGIN
    IF r IS NULL OR r NOT IN ('owner', 'supervisor', 'advisor') THEN
        RAISE EXCEPTION 'only advisors, supervisors and the owner keep drafts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    DELETE FROM neuvo.draft AS d WHERE d."id" = discard_draft.id AND d."advisor" = session_user::text;
    PERFORM neuvo.audit_append(command, 'draft ' || id || ' discarded', 0);
END $$;


ALTER FUNCTION neuvo.discard_draft(id bigint, command text) OWNER TO postgres;

--
-- Name: distinct_refs(text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.distinct_refs(refs text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce(array_agg(DISTINCT x ORDER BY x), '{}') FROM unnest(refs) AS x WHERE x IS NOT NULL;
$$;


ALTER FUNCTION neuvo.distinct_refs(refs text[]) OWNER TO postgres;

--
-- Name: draft_client(text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.draft_client(form text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT substring(form FROM '"clientRef":"([A-Za-z0-9_-]{43})"');
$$;


ALTER FUNCTION neuvo.draft_client(form text) OWNER TO postgres;

--
-- Name: drafts(text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.drafts(command text DEFAULT NULL::text) RETURNS TABLE(id bigint, advisor text, point text, updated_at text, form text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'reading drafts');
    n integer;
BEGIN
    RETURN QUERY SELECT d."id", d."advisor", d."point", d."updated_at", d."form" FROM neuvo.draft AS d
        WHERE d."advisor" = session_user::text ORDER BY d."updated_at" DESC, d."id" DESC;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n > 0 THEN
        PERFORM neuvo.audit_append(neuvo.command_label(command, 'drafts'), 'drafts read', n,
            neuvo.distinct_refs(ARRAY(SELECT neuvo.draft_client(d."form") FROM neuvo.draft AS d WHERE d."advisor" = session_user::text)));
    END IF;
END $$;


ALTER FUNCTION neuvo.drafts(command text) OWNER TO postgres;

--
-- Name: earlier_contacts(text, text, bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) RETURNS TABLE(id bigint, occurred_at text, day date, point text, channel text, topics text, resolved boolean, follow_up_open boolean, referrals text)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    client text;
    window_seconds bigint := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
    found_count integer;
BEGIN
    PERFORM neuvo.require_advisor_at(NULL, 'look up a client''s earlier contacts');
    client := neuvo.client_ref(identity_code, ref);
    IF client IS NULL THEN
        RAISE EXCEPTION 'earlier contacts of which client? (an identity code)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT c."id", c."occurred_at", c."day", c."point", c."channel",
        (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
        c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id"),
        (SELECT string_agg(r."referral" || ':' || r."outcome", ';' ORDER BY r."referral" COLLATE "C")
         FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id")
    FROM neuvo.contact AS c
    WHERE c."client_ref" = client AND c."instant" >= before_instant - window_seconds AND c."instant" < before_instant
    ORDER BY c."instant", c."id";
    GET DIAGNOSTICS found_count = ROW_COUNT;
    PERFORM neuvo.audit_append(command, 'earlier contacts of a client', found_count, ARRAY[client]);
END $$;


ALTER FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) OWNER TO postgres;

--
-- Name: erase_handoff_details(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) OWNER TO postgres;

--
-- Name: export_contacts(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.export_contacts(from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS SETOF neuvo.contact_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'exporting contacts');
    r neuvo.contact_row;
    n integer := 0;
    refs text[] := '{}';
BEGIN
    FOR r IN
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        WHERE (from_day IS NULL OR c."day" >= from_day) AND (to_day IS NULL OR c."day" <= to_day)
          AND (wanted IS NULL OR c."point" = ANY (wanted))
        ORDER BY c."instant", c."id"
    LOOP
        n := n + 1;
        IF r."client_ref" IS NOT NULL THEN refs := refs || r."client_ref"; END IF;
        RETURN NEXT r;
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'export_contacts'), neuvo.period_text(from_day, to_day, at_point), n,
        neuvo.distinct_refs(refs));
END $$;


ALTER FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: feedback_records(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.feedback_records(from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(day date, point text, nps integer, settled text, bounced text, answers integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading feedback');
BEGIN
    RETURN QUERY SELECT x."day", x."point", x."nps", x."settled", x."bounced", x."answers" FROM neuvo.feedback AS x
        WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
          AND (wanted IS NULL OR x."point" = ANY (wanted))
        ORDER BY x."day", x."point" COLLATE "C", x."nps", x."settled", x."bounced";
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'feedback_records'), 'feedback ' || neuvo.period_text(from_day, to_day, at_point), 0);
END $$;


ALTER FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: figure_lane(date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.figure_lane(on_day date, at_point text) RETURNS bigint
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    -- By month, not day: v14 keeps monthly sums by origin beside the daily ones, and a lane must be the only open
    -- save adding to both (two saves on two days of one month would otherwise share the month's rows and deadlock).
    k integer := hashtext('neuvo figures ' || to_char(on_day, 'YYYY-MM') || ' ' || at_point);  -- whatever the DateStyle
BEGIN
    FOR lane IN 0..15 LOOP
        IF pg_try_advisory_xact_lock(k, 100 + lane) THEN RETURN -lane; END IF;
    END LOOP;
    RETURN -(pg_backend_pid() % 16);
END $$;


ALTER FUNCTION neuvo.figure_lane(on_day date, at_point text) OWNER TO postgres;

--
-- Name: figure_rows(text[], date, date, boolean, boolean, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[]) RETURNS TABLE(day date, point text, figure text, code text, value bigint)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
DECLARE
    first_whole date := CASE WHEN extract(day FROM from_day) = 1 THEN from_day
                             ELSE (date_trunc('month', from_day) + interval '1 month')::date END;
    last_whole date := least(
        CASE WHEN to_day = (date_trunc('month', to_day) + interval '1 month - 1 day')::date THEN to_day
             ELSE (date_trunc('month', to_day) - interval '1 day')::date END,
        (SELECT b."before" - 1 FROM neuvo.monthly_bound AS b));
    whole boolean := first_whole <= last_whole;
BEGIN
    RETURN QUERY EXECUTE $query$
        SELECT NULL::date, s."point", s."figure", s."code",
            CASE WHEN $5 AND ((s."figure" = 'mood_total'
                               AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'mood_responses') OVER by_point, 0)
                                   < 5)
                           OR (s."figure" IN ('enps_promoters', 'enps_detractors')
                               AND coalesce(sum(s."value") FILTER (WHERE s."figure" = 'enps_responses') OVER by_point, 0)
                                   < 5))
                 THEN NULL ELSE s."value" END
        FROM (
            SELECT CASE WHEN $4 THEN f."point" END AS "point", f."figure", f."code", sum(f."value")::bigint AS "value"
            FROM (
                SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                WHERE d."day" BETWEEN $2 AND $7 AND ($1 IS NULL OR d."point" = ANY ($1)) AND ($6 IS NULL OR d."figure" = ANY ($6))
                UNION ALL
                SELECT d."point", d."figure", d."code", d."value" FROM neuvo.daily_figure AS d
                WHERE d."day" BETWEEN $8 AND $3 AND ($1 IS NULL OR d."point" = ANY ($1)) AND ($6 IS NULL OR d."figure" = ANY ($6))
                UNION ALL
                SELECT m."point", m."figure", m."code", m."value" FROM neuvo.monthly_figure AS m
                WHERE m."month" BETWEEN $9 AND $10 AND ($1 IS NULL OR m."point" = ANY ($1)) AND ($6 IS NULL OR m."figure" = ANY ($6))
            ) AS f
            GROUP BY 1, 2, 3 HAVING sum(f."value") <> 0
        ) AS s
        WINDOW by_point AS (PARTITION BY s."point")
        UNION ALL
        SELECT f."day", f."point", f."figure", '', sum(f."value")::bigint
        FROM neuvo.daily_figure AS f
        WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1))
          AND f."figure" IN ('contacts', 'staffed_days') AND ($6 IS NULL OR f."figure" = ANY ($6))
        GROUP BY 1, 2, 3
    $query$ USING wanted, from_day, to_day, per_point, withhold, shown,
        CASE WHEN whole THEN first_whole - 1 ELSE to_day END, CASE WHEN whole THEN last_whole + 1 ELSE to_day + 1 END,
        first_whole, last_whole;
END $_$;


ALTER FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[]) OWNER TO postgres;

--
-- Name: follow_ups(text, date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.follow_ups(at_point text, since date, command text DEFAULT NULL::text) RETURNS SETOF neuvo.contact_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading follow-ups');
    r neuvo.contact_row;
    n integer := 0;
    refs text[] := '{}';
BEGIN
    PERFORM neuvo.required(at_point, 'at_point'), neuvo.required(since, 'since');
    FOR r IN
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
            (SELECT string_agg(x."referral" || ':' || x."outcome", ';' ORDER BY x."referral" COLLATE "C")
             FROM neuvo.contact_referral AS x WHERE x."contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg(u."need", ';' ORDER BY u."need" COLLATE "C") FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        WHERE c."point" = at_point AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."day" >= since
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


ALTER FUNCTION neuvo.follow_ups(at_point text, since date, command text) OWNER TO postgres;

--
-- Name: handoff_changed(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_changed() RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM nextval('neuvo.handoff_change_count');
    PERFORM pg_notify((SELECT "name" FROM neuvo.channel_secret), '');
END $$;


ALTER FUNCTION neuvo.handoff_changed() OWNER TO postgres;

--
-- Name: handoff_changes(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_changes() RETURNS bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.handoff_role(ARRAY['owner', 'supervisor', 'advisor', 'board', 'service'], 'hearing of handoffs');
    RETURN (SELECT "last_value" + CASE WHEN "is_called" THEN 1 ELSE 0 END FROM neuvo.handoff_change_count);
END $$;


ALTER FUNCTION neuvo.handoff_changes() OWNER TO postgres;

--
-- Name: handoff_clients(bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_clients(contact bigint) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce((SELECT ARRAY[c."client_ref"] FROM neuvo.contact AS c WHERE c."id" = contact AND c."client_ref" IS NOT NULL), '{}');
$$;


ALTER FUNCTION neuvo.handoff_clients(contact bigint) OWNER TO postgres;

--
-- Name: handoff_list(boolean, boolean, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) RETURNS SETOF neuvo.handoff_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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
            || CASE WHEN cardinality(shown) > 0 THEN ', with details: ' || array_to_string(shown, ', ') ELSE '' END, 0,
        neuvo.distinct_refs(ARRAY(SELECT c."client_ref" FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
                                  WHERE h."id" = ANY (coalesce(shown, '{}')))));
END $$;


ALTER FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) OWNER TO postgres;

--
-- Name: handoff_queue(text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_queue(services text[], command text) RETURNS SETOF neuvo.handoff_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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
        format('handoff queue of %s: %s open', coalesce(array_to_string(coalesce(services, mine), ', '), 'every service'), cardinality(ids)),
        0, neuvo.handoffs_clients(ids));
END $$;


ALTER FUNCTION neuvo.handoff_queue(services text[], command text) OWNER TO postgres;

--
-- Name: handoff_records(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) RETURNS TABLE(sent_at text, point text, service text, urgency text, taken_at text, closed_at text, result text, tries integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: handoff_role(text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_role(may text[], what text) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text := neuvo.caller_role();
BEGIN
    PERFORM neuvo.require_role(r, may, what);
    RETURN r;
END $$;


ALTER FUNCTION neuvo.handoff_role(may text[], what text) OWNER TO postgres;

--
-- Name: handoff_rows(bigint[], boolean, boolean, boolean); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoff_rows(ids bigint[], details boolean, contact_ids boolean, with_tries boolean) RETURNS SETOF neuvo.handoff_row
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.handoff_rows(ids bigint[], details boolean, contact_ids boolean, with_tries boolean) OWNER TO postgres;

--
-- Name: handoffs_clients(bigint[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.handoffs_clients(ids bigint[]) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce(array_agg(DISTINCT c."client_ref" ORDER BY c."client_ref"), '{}')
    FROM neuvo.handoff AS h JOIN neuvo.contact AS c ON c."id" = h."contact_id"
    WHERE h."id" = ANY (ids) AND c."client_ref" IS NOT NULL;
$$;


ALTER FUNCTION neuvo.handoffs_clients(ids bigint[]) OWNER TO postgres;

--
-- Name: import_begin(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.import_begin() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.require_advisor_at(NULL, 'import contacts');
    CREATE TEMP TABLE import_contact ("n" bigint PRIMARY KEY, "occurred_at" text NOT NULL, "point" text NOT NULL,
        "channel" text NOT NULL, "resolved" boolean NOT NULL, "contact_by" text NOT NULL, "reason" text, "identified" boolean NOT NULL,
        "age_group" text NOT NULL, "service_area" text, "duration_min" integer, "segment" text, "client_ref" text, "satisfaction" integer,
        "advisor" text, "consultation" text) ON COMMIT DROP;
    CREATE TEMP TABLE import_topic ("n" bigint NOT NULL, "topic" text NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE import_referral ("n" bigint NOT NULL, "referral" text NOT NULL, "outcome" text NOT NULL) ON COMMIT DROP;
    CREATE TEMP TABLE import_unmet_need ("n" bigint NOT NULL, "need" text NOT NULL) ON COMMIT DROP;
    EXECUTE format('GRANT INSERT ON pg_temp.import_contact, pg_temp.import_topic, pg_temp.import_referral, pg_temp.import_unmet_need TO %I',
        session_user);
END $$;


ALTER FUNCTION neuvo.import_begin() OWNER TO postgres;

--
-- Name: import_contacts(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.import_contacts(details text, command text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
DECLARE
    imported integer;
    origin bigint := txid_current();
    rows_before bigint := (SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass);
    logged text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
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
    CREATE TEMP TABLE import_id ON COMMIT DROP AS
        SELECT "n", nextval('neuvo.contact_id_seq') AS "id" FROM pg_temp.import_contact ORDER BY "n";
    INSERT INTO neuvo.contact ("id", "occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
        "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
        "logged_at", "has_repeat", "consultation")
    OVERRIDING SYSTEM VALUE
    SELECT i."id", c."occurred_at", extract(epoch FROM c."occurred_at"::timestamptz)::bigint, substr(c."occurred_at", 1, 10)::date,
        c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified", c."age_group", c."service_area",
        c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor", logged, false, c."consultation"
    FROM pg_temp.import_contact AS c JOIN pg_temp.import_id AS i USING ("n") ORDER BY i."id";
    GET DIAGNOSTICS imported = ROW_COUNT;
    INSERT INTO neuvo.contact_topic SELECT i."id", t."topic" FROM pg_temp.import_topic AS t JOIN pg_temp.import_id AS i USING ("n");
    INSERT INTO neuvo.contact_referral ("contact_id", "referral", "outcome")
        SELECT i."id", r."referral", r."outcome" FROM pg_temp.import_referral AS r JOIN pg_temp.import_id AS i USING ("n");
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
        ANALYZE neuvo.contact, neuvo.contact_topic, neuvo.contact_referral, neuvo.daily_figure, neuvo.repeat_client;
    END IF;
    PERFORM neuvo.audit_append(command, details, imported, refs);
    RETURN imported;
END $_$;


ALTER FUNCTION neuvo.import_contacts(details text, command text) OWNER TO postgres;

--
-- Name: import_handoffs(jsonb, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) OWNER TO postgres;

--
-- Name: insert_contact_parts(bigint, jsonb); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) RETURNS void
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    a jsonb := contact->'assessment';
BEGIN
    INSERT INTO neuvo.contact_topic SELECT id, x FROM jsonb_array_elements_text(coalesce(contact->'topics', '[]')) AS x;
    INSERT INTO neuvo.contact_referral ("contact_id", "referral", "outcome")
    SELECT id, r, o FROM unnest(ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'referrals', '[]'))),
                               ARRAY(SELECT jsonb_array_elements_text(coalesce(contact->'outcomes', '[]')))) AS u(r, o);
    INSERT INTO neuvo.contact_unmet_need SELECT id, x FROM jsonb_array_elements_text(coalesce(contact->'unmet_needs', '[]')) AS x;
    IF a IS NOT NULL AND jsonb_typeof(a) = 'object' THEN
        INSERT INTO neuvo.assessment ("contact_id", "answers", "client_score", "need_score", "computed_segment", "segment",
            "override_reason", "chain")
        VALUES (id, a->>'answers', (a->>'client_score')::integer, (a->>'need_score')::integer, a->>'computed_segment', a->>'segment',
            a->>'override_reason', a->>'chain');
    END IF;
END $$;


ALTER FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) OWNER TO postgres;

--
-- Name: login_audit(text, date, date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.login_audit(login text, from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date, label text DEFAULT NULL::text) RETURNS TABLE(at text, "user" text, command text, details text, contacts integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor}', 'reading the audit log');
    n integer;
BEGIN
    PERFORM neuvo.required(login, 'login');
    RETURN QUERY SELECT a."at", a."user", a."command", a."details", a."contacts" FROM neuvo.audit AS a
        WHERE a."user" = login
          AND a."at" >= coalesce(to_char(from_day, 'YYYY-MM-DD'), '') AND a."at" < coalesce(to_char(to_day + 1, 'YYYY-MM-DD'), '9999')
        ORDER BY a."id";
    GET DIAGNOSTICS n = ROW_COUNT;
    PERFORM neuvo.audit_append(neuvo.command_label(label, 'login_audit'),
        format('audit rows of login %s read, %s: %s', login, neuvo.period_text(from_day, to_day, NULL), n), 0);
END $$;


ALTER FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) OWNER TO postgres;

--
-- Name: make_pseudonym_counters(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.make_pseudonym_counters() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(NEW."login", 'minute');
    EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(NEW."login", 'day');
    RETURN NULL;
END $$;


ALTER FUNCTION neuvo.make_pseudonym_counters() OWNER TO postgres;

--
-- Name: mark_follow_up_done(bigint, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.require_advisor_at(NULL, 'mark follow-ups done');
    PERFORM neuvo.refuse_identity_code(note, 'a note');
    IF NOT EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."id" = contact
                   AND (neuvo.caller_role() = 'owner' OR c."point" = ANY (neuvo.my_points()))) THEN
        RAISE EXCEPTION 'no contact % this login may mark', contact USING ERRCODE = 'no_data_found', DETAIL = contact::text;
    END IF;
    INSERT INTO neuvo.follow_up_done ("contact_id", "done_at", "user", "note")
    VALUES (contact, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, coalesce(note, ''))
    ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user", "note" = excluded."note";
    PERFORM neuvo.audit_append(command, 'follow-up of contact ' || contact || ' done', 1,
        ARRAY(SELECT c."client_ref" FROM neuvo.contact AS c WHERE c."id" = contact AND c."client_ref" IS NOT NULL));
END $$;


ALTER FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) OWNER TO postgres;

--
-- Name: members(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.members() RETURNS TABLE(login text, role text, points text[])
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.members() OWNER TO postgres;

--
-- Name: migrations(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.migrations() RETURNS TABLE(identifier text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board,service}', 'reading the migrations');
BEGIN
    RETURN QUERY SELECT m."identifier" FROM neuvo.migration AS m ORDER BY 1;
END $$;


ALTER FUNCTION neuvo.migrations() OWNER TO postgres;

--
-- Name: monthly_bound_due(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.monthly_bound_due() RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT CASE WHEN newest IS NULL THEN '-infinity'
                ELSE least(date_trunc('month', newest)::date,
                           date_trunc('month', clock_timestamp() AT TIME ZONE
                               coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'), 'Europe/Helsinki'))::date) END
    FROM (SELECT max(d."day") AS newest FROM neuvo.daily_figure AS d) AS n
$$;


ALTER FUNCTION neuvo.monthly_bound_due() OWNER TO postgres;

--
-- Name: mood_records(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.mood_records(from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(day date, point text, mood integer, enps integer, answers integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner}', 'reading staff answers row by row');
BEGIN
    RETURN QUERY SELECT x."day", x."point", x."mood", x."enps", x."answers" FROM neuvo.mood AS x
        WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
          AND (wanted IS NULL OR x."point" = ANY (wanted))
        ORDER BY x."day", x."point" COLLATE "C", x."mood", x."enps";
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'mood_records'), 'mood ' || neuvo.period_text(from_day, to_day, at_point), 0);
END $$;


ALTER FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: my_points(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.my_points() RETURNS text[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(p."point" ORDER BY p."point"), '{}') FROM neuvo.advisor_point AS p
            WHERE p."login" = session_user::text
              AND EXISTS (SELECT 1 FROM neuvo.member AS m WHERE m."login" = p."login" AND m."role" = 'advisor'));
END $$;


ALTER FUNCTION neuvo.my_points() OWNER TO postgres;

--
-- Name: my_services(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.my_services() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce(array_agg(s."service" ORDER BY s."service"), '{}') FROM neuvo.service_member AS s
    WHERE s."login" = session_user::text
      AND EXISTS (SELECT 1 FROM neuvo.member AS m WHERE m."login" = s."login" AND m."role" = 'service');
$$;


ALTER FUNCTION neuvo.my_services() OWNER TO postgres;

--
-- Name: notify_contacts(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.notify_contacts() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM nextval('neuvo.change_count');
    IF current_setting('neuvo.notify', true) IS DISTINCT FROM 'after commit' THEN
        PERFORM pg_notify((SELECT "name" FROM neuvo.channel_secret), '');
    END IF;
    RETURN NULL;
END $$;


ALTER FUNCTION neuvo.notify_contacts() OWNER TO postgres;

--
-- Name: open_handoff(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.open_handoff(handoff bigint, command text) RETURNS SETOF neuvo.handoff_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    h neuvo.handoff := neuvo.receivable_handoff(handoff, 'opening a handoff');
BEGIN
    RETURN QUERY SELECT * FROM neuvo.handoff_rows(ARRAY[h."id"], true, neuvo.caller_role() = 'owner', true);
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'open_handoff'),
        format('handoff %s opened: details %s', h."id",
               CASE WHEN EXISTS (SELECT 1 FROM neuvo.handoff_detail AS d WHERE d."handoff_id" = h."id") THEN 'shown' ELSE 'erased' END),
        0, neuvo.handoff_clients(h."contact_id"));
END $$;


ALTER FUNCTION neuvo.open_handoff(handoff bigint, command text) OWNER TO postgres;

--
-- Name: period_text(date, date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.period_text(from_day date, to_day date, at_point text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT 'period ' || neuvo.day_text(from_day) || '–' || neuvo.day_text(to_day) || coalesce(', point ' || at_point, ', all points');
$$;


ALTER FUNCTION neuvo.period_text(from_day date, to_day date, at_point text) OWNER TO postgres;

--
-- Name: place_audit_row(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.place_audit_row() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.place_audit_row() OWNER TO postgres;

--
-- Name: pseudonym(text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.pseudonym(code text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
BEGIN
    IF code !~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$' THEN
        RAISE EXCEPTION 'not a personal identity code' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN rtrim(translate(encode("public".hmac(convert_to(code, 'UTF8'), (SELECT "key" FROM neuvo.pseudonym_key), 'sha256'), 'base64'), '+/', '-_'), '=');
END $_$;


ALTER FUNCTION neuvo.pseudonym(code text) OWNER TO postgres;

--
-- Name: pseudonym_counter(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.pseudonym_counter(login text, period text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT 'neuvo.' || quote_ident('pseudonym_' || period || '_' || md5(login));
$$;


ALTER FUNCTION neuvo.pseudonym_counter(login text, period text) OWNER TO postgres;

--
-- Name: read_points(text, text, text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.read_points(who text, at_point text, may text[], what text) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT (neuvo.reader_of(who, CASE WHEN who = 'advisor' THEN neuvo.my_points() END, at_point, may, what))."wanted";
$$;


ALTER FUNCTION neuvo.read_points(who text, at_point text, may text[], what text) OWNER TO postgres;

--
-- Name: reader(text, text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.reader(at_point text, may text[], what text) RETURNS neuvo.read_scope
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT neuvo.reader_of(w."role", w."points", at_point, may, what) FROM neuvo.whoami() AS w;
$$;


ALTER FUNCTION neuvo.reader(at_point text, may text[], what text) OWNER TO postgres;

--
-- Name: reader_of(text, text[], text, text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.reader_of(who text, mine text[], at_point text, may text[], what text) RETURNS neuvo.read_scope
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    PERFORM neuvo.require_role(who, may, what);
    RETURN ROW(who, CASE
        WHEN who = 'advisor' THEN CASE WHEN at_point IS NULL THEN coalesce(mine, '{}')
                                       WHEN at_point = ANY (mine) THEN ARRAY[at_point] ELSE '{}'::text[] END
        WHEN at_point IS NULL THEN NULL ELSE ARRAY[at_point] END)::neuvo.read_scope;
END $$;


ALTER FUNCTION neuvo.reader_of(who text, mine text[], at_point text, may text[], what text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: handoff; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.handoff (
    id bigint NOT NULL,
    contact_id bigint,
    referral text,
    point text NOT NULL,
    service text NOT NULL,
    urgency text NOT NULL,
    sent_at text NOT NULL,
    sent_instant bigint NOT NULL,
    sent_by text NOT NULL,
    taken_at text,
    taken_instant bigint,
    taken_by text,
    closed_at text,
    closed_instant bigint,
    closed_by text,
    result text,
    return_reason text,
    tries integer DEFAULT 0 NOT NULL,
    CONSTRAINT handoff_check CHECK (((closed_at IS NULL) = (result IS NULL))),
    CONSTRAINT handoff_result_check CHECK ((result = ANY (ARRAY['reached'::text, 'not-reached'::text, 'declined'::text, 'returned'::text]))),
    CONSTRAINT handoff_return_reason_check CHECK ((length(return_reason) <= 200)),
    CONSTRAINT handoff_tries_check CHECK (((tries >= 0) AND (tries <= 20))),
    CONSTRAINT handoff_urgency_check CHECK ((urgency = ANY (ARRAY['normal'::text, 'urgent'::text])))
);


ALTER TABLE neuvo.handoff OWNER TO postgres;

--
-- Name: receivable_handoff(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.receivable_handoff(handoff bigint, what text) RETURNS neuvo.handoff
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.receivable_handoff(handoff bigint, what text) OWNER TO postgres;

--
-- Name: record_event(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.record_event(details text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
BEGIN
    IF neuvo.caller_role() IS NULL THEN
        RAISE EXCEPTION 'only neuvo''s roles record events' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF details !~ '^board started, (all points|points [a-z0-9-]+(, [a-z0-9-]+)*)$' THEN
        RAISE EXCEPTION 'not an event a login records: %', details USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM neuvo.audit_append(command, details, 0);
END $_$;


ALTER FUNCTION neuvo.record_event(details text, command text) OWNER TO postgres;

--
-- Name: record_handoff_try(bigint, boolean, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) OWNER TO postgres;

--
-- Name: refresh_repeats(text[], bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    SET plan_cache_mode TO 'force_generic_plan'
    AS $$
DECLARE
    window_seconds bigint;
    flipped integer;
    zero_days date[];
    zero_points text[];
    zero_figures text[];
    first_ref text;
    last_ref text;
BEGIN
    -- The clients' turn first (every client's, for a new window); each statement after it reads afresh (read
    -- committed), so it sees what the transactions it waited for committed. Every client is every pseudonym in
    -- the log, named, so that one statement without an OR serves both (a generic plan uses no index across an OR).
    IF refs IS NULL THEN
        LOCK TABLE neuvo.repeat_client IN EXCLUSIVE MODE;
        refs := ARRAY(SELECT DISTINCT c."client_ref" FROM neuvo.contact AS c WHERE c."client_ref" IS NOT NULL);
    ELSE
        INSERT INTO neuvo.repeat_client AS r ("client_ref") SELECT DISTINCT x FROM unnest(refs) AS x ORDER BY 1
        ON CONFLICT ("client_ref") DO UPDATE SET "client_ref" = r."client_ref";
    END IF;
    SELECT min(x), max(x) INTO first_ref, last_ref FROM unnest(refs) AS x;
    window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
    WITH changed AS (
        UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
        WHERE a."client_ref" = ANY (refs) AND a."client_ref" BETWEEN first_ref AND last_ref
          AND a."has_repeat" <> EXISTS (
            SELECT 1 FROM neuvo.contact AS b
            WHERE b."client_ref" = a."client_ref" AND b."instant" > a."instant" AND b."instant" <= a."instant" + window_seconds
              AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS bt JOIN neuvo.contact_topic AS at ON at."topic" = bt."topic"
                          WHERE bt."contact_id" = b."id" AND at."contact_id" = a."id"))
        RETURNING a."day", a."point", a."resolved", a."has_repeat"
    ), deltas AS (
        SELECT "day", "point", 'repeats' AS "figure", sum(CASE WHEN "has_repeat" THEN 1 ELSE -1 END) AS "value"
        FROM changed GROUP BY 1, 2
        UNION ALL
        SELECT "day", "point", 'verified', sum(CASE WHEN "has_repeat" THEN -1 ELSE 1 END)
        FROM changed WHERE "resolved" GROUP BY 1, 2
    ), applied AS (
        INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "origin", "value")
        SELECT "day", "point", "figure", '', figures_origin, "value" FROM deltas WHERE "value" <> 0
        ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
        RETURNING f."day", f."point", f."figure", f."value"
    )
    SELECT (SELECT count(*) FROM changed), array_agg(a."day"), array_agg(a."point"), array_agg(a."figure")
    INTO flipped, zero_days, zero_points, zero_figures
    FROM applied AS a WHERE a."value" = 0;
    -- Only the rows this call took down to zero: no figure or day shows with a count of 0.
    IF zero_days IS NOT NULL THEN
        DELETE FROM neuvo.daily_figure AS f USING unnest(zero_days, zero_points, zero_figures) AS z("day", "point", "figure")
        WHERE f."day" = z."day" AND f."point" = z."point" AND f."figure" = z."figure" AND f."code" = ''
          AND f."origin" = figures_origin AND f."value" = 0;
    END IF;
    RETURN flipped;
END $$;


ALTER FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint) OWNER TO postgres;

--
-- Name: refuse_audit_change(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.refuse_audit_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit' THEN
        IF OLD."hash" IS NULL AND OLD."seq" IS NULL AND NEW."hash" IS NOT NULL AND NEW."seq" IS NOT NULL
           AND (NEW."id", NEW."at", NEW."user", NEW."command", NEW."details", NEW."contacts", NEW."clients")
               IS NOT DISTINCT FROM (OLD."id", OLD."at", OLD."user", OLD."command", OLD."details", OLD."contacts", OLD."clients") THEN
            IF NEW."hash" IS DISTINCT FROM neuvo.audit_hash(NEW."previous_hash", NEW."at", NEW."user", NEW."command", NEW."details",
                                                           NEW."contacts", NEW."clients") THEN
                RAISE EXCEPTION 'an audit row is sealed with the hash of its own fields, not %', NEW."hash"
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE neuvo.audit_head SET "seq" = NEW."seq", "id" = NEW."id", "hash" = NEW."hash"
            WHERE "seq" = NEW."seq" - 1 AND "hash" = NEW."previous_hash";
            IF NOT FOUND THEN
                RAISE EXCEPTION 'an audit row is sealed only right after the chain''s newest row, not at place %', NEW."seq"
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit rows are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
END $$;


ALTER FUNCTION neuvo.refuse_audit_change() OWNER TO postgres;

--
-- Name: refuse_identity_code(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.refuse_identity_code(text_in text, what text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF upper(text_in) ~ '[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]' THEN
        RAISE EXCEPTION '% holds a personal identity code: the code is never kept', what USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;


ALTER FUNCTION neuvo.refuse_identity_code(text_in text, what text) OWNER TO postgres;

--
-- Name: region_now(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.region_now(OUT stamp text, OUT instant bigint) RETURNS record
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.region_now(OUT stamp text, OUT instant bigint) OWNER TO postgres;

--
-- Name: report_figures(date, date, text, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text, written_to text DEFAULT NULL::text) RETURNS TABLE(day date, point text, figure text, code text, value bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    me neuvo.read_scope := neuvo.reader(at_point, '{owner,supervisor,advisor}', 'reading reports');
    r record;
    contacts bigint := 0;
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
    -- The rows pass through this loop only to count the audit row's contacts: a year's report is about 2,000 rows.
    FOR r IN SELECT * FROM neuvo.figure_rows(me."wanted", from_day, to_day, false, me."who" <> 'owner', NULL) LOOP
        IF r."day" IS NULL AND r."figure" = 'contacts' THEN contacts := r."value"; END IF;
        "day" := r."day"; "point" := r."point"; "figure" := r."figure"; "code" := r."code"; "value" := r."value";
        RETURN NEXT;
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'report_figures'),
        neuvo.period_text(from_day, to_day, at_point) || coalesce(', report written to ' || written_to, ''), contacts::integer);
END $$;


ALTER FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) OWNER TO postgres;

--
-- Name: require_advisor_at(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.require_advisor_at(point text, what text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text;
    mine text[];
BEGIN
    SELECT w."role", w."points" INTO r, mine FROM neuvo.whoami() AS w;
    IF r = 'owner' THEN RETURN; END IF;
    IF r IS DISTINCT FROM 'advisor' THEN
        RAISE EXCEPTION 'only advisors and the owner %', what USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF point IS NOT NULL AND NOT point = ANY (mine) THEN
        RAISE EXCEPTION 'advisors % only at their points (%): not at %', what, array_to_string(mine, ', '), point
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;


ALTER FUNCTION neuvo.require_advisor_at(point text, what text) OWNER TO postgres;

--
-- Name: require_codes(text[], text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.require_codes(kinds text[], codes text[]) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    unknown_kind text;
    unknown text;
BEGIN
    SELECT u.k, u.c INTO unknown_kind, unknown FROM unnest(kinds, codes) AS u(k, c)
    WHERE u.c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM neuvo.vocabulary AS v WHERE v."kind" = u.k AND v."code" = u.c)
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unknown % code: %', unknown_kind, unknown USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;


ALTER FUNCTION neuvo.require_codes(kinds text[], codes text[]) OWNER TO postgres;

--
-- Name: require_codes_of(text, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.require_codes_of(kind text, codes text[]) RETURNS void
    LANGUAGE sql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT neuvo.require_codes(array_fill(kind, ARRAY[coalesce(cardinality(codes), 0)]), codes);
$$;


ALTER FUNCTION neuvo.require_codes_of(kind text, codes text[]) OWNER TO postgres;

--
-- Name: require_listener(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.require_listener() RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF coalesce(neuvo.caller_role(), 'trainer') = 'trainer' THEN
        RAISE EXCEPTION 'only the owner, supervisors, advisors and boards hear of saves' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;


ALTER FUNCTION neuvo.require_listener() OWNER TO postgres;

--
-- Name: require_role(text, text[], text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.require_role(who text, may text[], what text) RETURNS void
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF who IS NULL OR NOT who = ANY (may) THEN
        RAISE EXCEPTION '% is for %, not for %', what,
            (SELECT string_agg(CASE m WHEN 'owner' THEN 'the owner' WHEN 'supervisor' THEN 'supervisors'
                                      WHEN 'advisor' THEN 'advisors (at their points)' WHEN 'board' THEN 'board logins'
                                      WHEN 'service' THEN 'logins of the receiving service' ELSE m END, ', ' ORDER BY o)
             FROM unnest(may) WITH ORDINALITY AS x(m, o)),
            CASE who WHEN 'owner' THEN 'the owner' WHEN 'advisor' THEN 'an advisor' WHEN 'service' THEN 'a service login'
                     WHEN 'board' THEN 'a board login'
                     ELSE coalesce('a ' || who, 'a login without a neuvo role') END
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;


ALTER FUNCTION neuvo.require_role(who text, may text[], what text) OWNER TO postgres;

--
-- Name: required(anyelement, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.required(value anyelement, name text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF value IS NULL THEN
        RAISE EXCEPTION '% is required', name USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;


ALTER FUNCTION neuvo.required(value anyelement, name text) OWNER TO postgres;

--
-- Name: resend_handoff(bigint, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) OWNER TO postgres;

--
-- Name: retention(bigint, date, boolean, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) RETURNS TABLE(unlinked integer, drafts integer, handoff_details integer, unlinked_before date)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    ref_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.client_ref_days');
    draft_days integer := (SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'retention.draft_days');
    window_days integer := ((SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') + 23) / 24;
    cut date;
    draft_cut text;
    u integer := 0;
    d integer := 0;
    h integer := 0;
    refs text[] := '{}';
BEGIN
    IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
        RAISE EXCEPTION 'only the database''s owner runs neuvo retention' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM neuvo.required(now_instant, 'now');
    PERFORM neuvo.required(today, 'today');
    PERFORM neuvo.required(dry_run, 'dry_run');
    cut := today - greatest(ref_days, window_days);
    draft_cut := to_char(to_timestamp(now_instant - draft_days::bigint * 86400) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    BEGIN
        SELECT coalesce(array_agg(DISTINCT c."client_ref" ORDER BY c."client_ref"), '{}') INTO refs
        FROM neuvo.contact AS c WHERE c."day" < cut AND c."client_ref" IS NOT NULL;
        UPDATE neuvo.contact AS c SET "client_ref" = NULL, "unlinked" = true WHERE c."day" < cut AND c."client_ref" IS NOT NULL;
        GET DIAGNOSTICS u = ROW_COUNT;
        DELETE FROM neuvo.draft AS x WHERE x."updated_at" < draft_cut;
        GET DIAGNOSTICS d = ROW_COUNT;
        h := neuvo.erase_handoff_details(now_instant, command);
        IF dry_run THEN
            RAISE EXCEPTION 'dry run' USING ERRCODE = 'NVDRY';
        END IF;
    EXCEPTION WHEN SQLSTATE 'NVDRY' THEN
        NULL;
    END;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'retention'),
        format('retention%s: %s client_refs unlinked (days before %s), %s drafts removed, %s handoffs'' details erased',
            CASE WHEN dry_run THEN ' dry run' ELSE '' END, u, cut, d, h),
        u, refs);
    RETURN QUERY SELECT u, d, h, cut;
END $$;


ALTER FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) OWNER TO postgres;

--
-- Name: return_handoff(bigint, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) OWNER TO postgres;

--
-- Name: reviewed_client(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.reviewed_client(identity_code text, what text) RETURNS text
    LANGUAGE plpgsql
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text := neuvo.caller_role();
BEGIN
    IF r IS NULL OR r NOT IN ('owner', 'supervisor') THEN
        RAISE EXCEPTION '% is for the owner and supervisors, not for %', what,
            CASE WHEN r IS NULL THEN 'a login without a neuvo role' WHEN r = 'advisor' THEN 'an advisor' ELSE 'a ' || r END
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF identity_code IS NULL THEN
        RAISE EXCEPTION 'which client? (an identity code)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF r <> 'owner' THEN PERFORM neuvo.count_pseudonym_call(); END IF;
    RETURN neuvo.pseudonym(upper(btrim(identity_code)));
END $$;


ALTER FUNCTION neuvo.reviewed_client(identity_code text, what text) OWNER TO postgres;

--
-- Name: roll_up_figures(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.roll_up_figures() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.roll_up_figures() OWNER TO postgres;

--
-- Name: roll_up_months(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.roll_up_months() RETURNS date
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.roll_up_months() OWNER TO postgres;

--
-- Name: save_contact(jsonb, text, text, bigint[], bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text;
    mine text[];
    at_point text := contact->>'point';
    new_id bigint;
    ref text;
    seen_point text;
    missing bigint;
    lane bigint;
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
    SELECT c."id", c."point" INTO new_id, seen_point FROM neuvo.contact AS c WHERE c."save_token" = token;
    IF FOUND THEN
        IF r <> 'owner' AND NOT seen_point = ANY (mine) THEN
            RAISE EXCEPTION 'this contact was saved already, at a point this login no longer works at'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN new_id;
    END IF;
    PERFORM neuvo.check_contact(contact);
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
    INSERT INTO neuvo.contact ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
        "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
        "logged_at", "save_token", "consultation")
    VALUES (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
        substr(contact->>'occurred_at', 1, 10)::date, at_point, contact->>'channel', (contact->>'resolved')::boolean,
        contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
        contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
        (contact->>'satisfaction')::integer, contact->>'advisor',
        to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), token, contact->>'consultation')
    ON CONFLICT ("save_token") DO NOTHING
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
    IF cardinality(closing) > 0 THEN
        WITH closed AS (
            INSERT INTO neuvo.follow_up_done AS f ("contact_id", "done_at", "user", "note", "closed_by")
            SELECT c."id", to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, '', new_id
            FROM neuvo.contact AS c
            WHERE c."id" = ANY (closing) AND (r = 'owner' OR c."point" = ANY (mine) OR c."client_ref" = ref)
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
END $$;


ALTER FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) OWNER TO postgres;

--
-- Name: save_draft(bigint, text, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text := neuvo.caller_role();
    now_text text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    new_id bigint;
BEGIN
    IF r IS NULL OR r NOT IN ('owner', 'supervisor', 'advisor') THEN
        RAISE EXCEPTION 'only advisors, supervisors and the owner keep drafts' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF r = 'advisor' AND point IS NOT NULL THEN PERFORM neuvo.require_advisor_at(point, 'keep drafts'); END IF;
    PERFORM neuvo.require_codes_of('point', ARRAY[point]);
    PERFORM neuvo.refuse_identity_code(form, 'a draft');
    IF id IS NOT NULL THEN
        UPDATE neuvo.draft AS d SET "form" = save_draft.form, "point" = save_draft.point, "updated_at" = now_text
        WHERE d."id" = save_draft.id AND d."advisor" = session_user::text;
        IF FOUND THEN RETURN id; END IF;
    END IF;
    INSERT INTO neuvo.draft ("advisor", "point", "updated_at", "form") VALUES (session_user, point, now_text, form)
    RETURNING neuvo.draft."id" INTO new_id;
    PERFORM neuvo.audit_append(command, 'draft ' || new_id || ' started', 0);
    RETURN new_id;
END $$;


ALTER FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) OWNER TO postgres;

--
-- Name: save_records(jsonb, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.save_records(records jsonb, details text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    r text := neuvo.caller_role();
    rec jsonb;
    on_day date;
    at_point text;
    v integer;
    e integer;
    staffed text[] := '{}';
    old_staff integer;
    old_cost integer;
BEGIN
    FOR rec IN SELECT x FROM jsonb_array_elements(records) AS x LOOP
        on_day := (rec->>'day')::date;
        at_point := rec->>'point';
        PERFORM neuvo.require_codes_of('point', ARRAY[at_point]);
        CASE rec->>'kind'
        WHEN 'feedback' THEN
            PERFORM neuvo.require_advisor_at(at_point, 'record answers');
            v := (rec->>'nps')::integer;
            INSERT INTO neuvo.feedback AS f VALUES (on_day, at_point, v, coalesce(rec->>'settled', ''), coalesce(rec->>'bounced', ''), 1)
            ON CONFLICT ("day", "point", "nps", "settled", "bounced") DO UPDATE SET "answers" = f."answers" + 1;
            PERFORM neuvo.add_figure(on_day, at_point, 'feedback_responses', '', 1);
            PERFORM neuvo.add_figure(on_day, at_point, CASE WHEN v >= 9 THEN 'nps_promoters' ELSE 'nps_detractors' END, '',
                CASE WHEN v >= 9 OR v <= 6 THEN 1 ELSE 0 END);
            IF coalesce(rec->>'settled', '') <> '' THEN
                PERFORM neuvo.add_figure(on_day, at_point, 'feedback_settled', rec->>'settled', 1);
            END IF;
            IF coalesce(rec->>'bounced', '') <> '' THEN
                PERFORM neuvo.add_figure(on_day, at_point, 'feedback_bounced_answered', '', 1);
                PERFORM neuvo.add_figure(on_day, at_point, 'feedback_bounced_yes', '', CASE WHEN rec->>'bounced' = 'yes' THEN 1 ELSE 0 END);
            END IF;
        WHEN 'mood' THEN
            PERFORM neuvo.require_advisor_at(at_point, 'record answers');
            v := coalesce((rec->>'mood')::integer, 0);
            e := coalesce((rec->>'enps')::integer, -1);
            INSERT INTO neuvo.mood AS m VALUES (on_day, at_point, v, e, 1)
            ON CONFLICT ("day", "point", "mood", "enps") DO UPDATE SET "answers" = m."answers" + 1;
            IF v > 0 THEN
                PERFORM neuvo.add_figure(on_day, at_point, 'mood_responses', '', 1);
                PERFORM neuvo.add_figure(on_day, at_point, 'mood_total', '', v);
            END IF;
            IF e >= 0 THEN
                PERFORM neuvo.add_figure(on_day, at_point, 'enps_responses', '', 1);
                PERFORM neuvo.add_figure(on_day, at_point, CASE WHEN e >= 9 THEN 'enps_promoters' ELSE 'enps_detractors' END, '',
                    CASE WHEN e >= 9 OR e <= 6 THEN 1 ELSE 0 END);
            END IF;
        WHEN 'staffing' THEN
            IF r IS NULL OR r NOT IN ('owner', 'supervisor') THEN
                RAISE EXCEPTION 'only supervisors and the owner keep staffing' USING ERRCODE = 'insufficient_privilege';
            END IF;
            DELETE FROM neuvo.staffing AS s WHERE s."day" = on_day AND s."point" = at_point
            RETURNING s."staff_hundredths", s."hourly_cost_cents" INTO old_staff, old_cost;
            IF FOUND THEN
                PERFORM neuvo.add_figure(on_day, at_point, 'staff_hundredths', '', -old_staff);
                PERFORM neuvo.add_figure(on_day, at_point, 'cost_cent_hundredths', '', -(old_staff::bigint * old_cost));
                PERFORM neuvo.add_figure(on_day, at_point, 'staffed_days', '', -1);
            END IF;
            INSERT INTO neuvo.staffing VALUES (on_day, at_point, (rec->>'staff_hundredths')::integer, (rec->>'hourly_cost_cents')::integer);
            PERFORM neuvo.add_figure(on_day, at_point, 'staff_hundredths', '', (rec->>'staff_hundredths')::bigint);
            PERFORM neuvo.add_figure(on_day, at_point, 'cost_cent_hundredths', '',
                (rec->>'staff_hundredths')::bigint * (rec->>'hourly_cost_cents')::bigint);
            PERFORM neuvo.add_figure(on_day, at_point, 'staffed_days', '', 1);
            staffed := staffed || (on_day::text || ' ' || at_point);
        ELSE
            RAISE EXCEPTION 'unknown record kind: %', rec->>'kind' USING ERRCODE = 'invalid_parameter_value';
        END CASE;
    END LOOP;
    IF details IS NOT NULL THEN
        PERFORM neuvo.audit_append(command, details, 0);
    ELSIF cardinality(staffed) > 0 THEN
        PERFORM neuvo.audit_append(command, 'staffing ' || array_to_string(staffed, ', '), 0);
    END IF;
END $$;


ALTER FUNCTION neuvo.save_records(records jsonb, details text, command text) OWNER TO postgres;

--
-- Name: saved_with(text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.saved_with(token text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    who text := neuvo.caller_role();
    unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor}', 'looking up a save');
BEGIN
    PERFORM neuvo.required(token, 'token');
    RETURN EXISTS (SELECT 1 FROM neuvo.contact AS c WHERE c."save_token" = token);
END $$;


ALTER FUNCTION neuvo.saved_with(token text) OWNER TO postgres;

--
-- Name: seal_audit(boolean); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.seal_audit(wait boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.seal_audit(wait boolean) OWNER TO postgres;

--
-- Name: segment_shares(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(segment text, chain text, age_group text, topics text, contacts bigint)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading segment shares');
    r record;
    total bigint := 0;
BEGIN
    PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day');
    FOR r IN
        SELECT x."segment", x."chain", x."age_group", x."topics", count(*) AS "contacts"
        FROM (
            SELECT c."segment", a."chain", c."age_group",
                CASE WHEN a."chain" IS NULL THEN
                    (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id")
                END AS "topics"
            FROM neuvo.contact AS c LEFT JOIN neuvo.assessment AS a ON a."contact_id" = c."id"
            WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND c."segment" IS NOT NULL
        ) AS x
        GROUP BY 1, 2, 3, 4
    LOOP
        total := total + r."contacts";
        "segment" := r."segment"; "chain" := r."chain"; "age_group" := r."age_group"; "topics" := r."topics"; "contacts" := r."contacts";
        RETURN NEXT;
    END LOOP;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'segment_shares'),
        neuvo.period_text(from_day, to_day, at_point) || ', segments by service chain', total::integer);
END $$;


ALTER FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: send_handoff(text, text, text, boolean, text, text, text, text, text, bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
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
END $_$;


ALTER FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) OWNER TO postgres;

--
-- Name: sent_handoffs(text[], date, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) RETURNS SETOF neuvo.handoff_row
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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
               cardinality(ids)),
        0, neuvo.handoffs_clients(ids));
END $$;


ALTER FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) OWNER TO postgres;

--
-- Name: series_rows(text[], date, date); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date) RETURNS TABLE(day date, figure text, value bigint)
    LANGUAGE plpgsql STABLE
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
BEGIN
    RETURN QUERY EXECUTE $query$
        SELECT f."day", f."figure", sum(f."value")::bigint FROM neuvo.daily_figure AS f
        WHERE f."day" BETWEEN $2 AND $3 AND ($1 IS NULL OR f."point" = ANY ($1)) AND f."figure" IN ('contacts', 'resolved')
        GROUP BY 1, 2
    $query$ USING wanted, from_day, to_day;
END $_$;


ALTER FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date) OWNER TO postgres;

--
-- Name: set_follow_up_window(integer, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_follow_up_window(hours integer, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    IF neuvo.caller_role() IS DISTINCT FROM 'owner' THEN
        RAISE EXCEPTION 'only the owner sets the follow-up window' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF hours IS NULL OR hours < 1 THEN
        RAISE EXCEPTION 'a follow-up window is at least 1 hour' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE neuvo.setting SET "value" = hours::text WHERE "key" = 'follow_up_window_hours';
    PERFORM neuvo.refresh_repeats(NULL);
    PERFORM neuvo.audit_append(command, 'follow-up window ' || hours || ' h',
        (SELECT count(*)::integer FROM neuvo.contact WHERE "client_ref" IS NOT NULL));
END $$;


ALTER FUNCTION neuvo.set_follow_up_window(hours integer, command text) OWNER TO postgres;

--
-- Name: set_idle_minutes(integer, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_idle_minutes(minutes integer, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    old text := coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'privacy.idle_minutes'), '5');
BEGIN
    IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
        RAISE EXCEPTION 'only the database''s owner changes the idle cover (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF minutes IS NULL OR minutes NOT BETWEEN 0 AND 480 THEN
        RAISE EXCEPTION 'privacy.idle_minutes is 0 (off) to 480 minutes' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO neuvo.setting ("key", "value") VALUES ('privacy.idle_minutes', minutes::text)
    ON CONFLICT ("key") DO UPDATE SET "value" = minutes::text;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_idle_minutes'),
        format('privacy.idle_minutes %s → %s', old, minutes), 0);
END $$;


ALTER FUNCTION neuvo.set_idle_minutes(minutes integer, command text) OWNER TO postgres;

--
-- Name: set_member(text, text, text[]); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_member(who text, new_role text, new_points text[]) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.set_member(who text, new_role text, new_points text[]) OWNER TO postgres;

--
-- Name: set_referral_outcome(bigint, text, text, text, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    is_owner boolean := neuvo.caller_role() = 'owner';
    client text;
    contact_day date;
    contact_point text;
    contact_ref text;
    old_outcome text;
BEGIN
    PERFORM neuvo.require_advisor_at(NULL, 'set referral outcomes');
    PERFORM neuvo.require_codes_of('referral_outcome', ARRAY[coalesce(new_outcome, '')]);
    PERFORM neuvo.require_codes_of('referral', ARRAY[referral_code]);
    client := neuvo.client_ref(identity_code, ref);
    SELECT c."day", c."point", c."client_ref", r."outcome" INTO contact_day, contact_point, contact_ref, old_outcome
    FROM neuvo.contact AS c JOIN neuvo.contact_referral AS r ON r."contact_id" = c."id"
    WHERE c."id" = contact AND r."referral" = referral_code
      AND (is_owner OR c."point" = ANY (neuvo.my_points()) OR (client IS NOT NULL AND c."client_ref" = client))
    FOR UPDATE OF r;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no referral % of a contact % this login may set', referral_code, contact
            USING ERRCODE = 'no_data_found', DETAIL = contact::text;
    END IF;
    IF old_outcome <> new_outcome THEN
        UPDATE neuvo.contact_referral SET "outcome" = new_outcome WHERE "contact_id" = contact AND "referral" = referral_code;
        PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || old_outcome, -1);
        PERFORM neuvo.add_figure(contact_day, contact_point, 'referral_outcomes_by_referral', referral_code || ':' || new_outcome, 1);
    END IF;
    PERFORM neuvo.audit_append(command, 'referral outcome of contact ' || contact || ': ' || referral_code || ' ' || new_outcome, 1,
        CASE WHEN contact_ref IS NULL THEN '{}' ELSE ARRAY[contact_ref] END);
    RETURN old_outcome;
END $$;


ALTER FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) OWNER TO postgres;

--
-- Name: set_retention(integer, integer, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    window_days integer := ((SELECT "value"::integer FROM neuvo.setting WHERE "key" = 'follow_up_window_hours') + 23) / 24;
BEGIN
    IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
        RAISE EXCEPTION 'only the database''s owner changes the retention settings (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF client_ref_days IS NULL OR client_ref_days NOT BETWEEN 1 AND 3650 THEN
        RAISE EXCEPTION 'retention.client_ref_days is 1 to 3650 days' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF draft_days IS NULL OR draft_days NOT BETWEEN 1 AND 365 THEN
        RAISE EXCEPTION 'retention.draft_days is 1 to 365 days' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF client_ref_days < window_days THEN
        RAISE EXCEPTION 'retention.client_ref_days is never shorter than the follow-up window (% days)', window_days
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE neuvo.setting SET "value" = client_ref_days::text WHERE "key" = 'retention.client_ref_days';
    UPDATE neuvo.setting SET "value" = draft_days::text WHERE "key" = 'retention.draft_days';
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_retention'),
        format('retention client_ref_days %s, draft_days %s', client_ref_days, draft_days), 0);
END $$;


ALTER FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) OWNER TO postgres;

--
-- Name: set_time_zone(text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.set_time_zone(zone text, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $_$
DECLARE
    old text := coalesce((SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'), 'Europe/Helsinki');
BEGIN
    IF coalesce(neuvo.caller_role(), '') <> 'owner' THEN
        RAISE EXCEPTION 'only the database''s owner changes the time zone (neuvo settings)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF zone IS NULL OR zone !~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$'
       OR NOT EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names AS t WHERE t."name" = zone) THEN
        RAISE EXCEPTION 'the time zone is an IANA name such as Europe/Helsinki' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO neuvo.setting ("key", "value") VALUES ('timezone', zone) ON CONFLICT ("key") DO UPDATE SET "value" = zone;
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'set_time_zone'), format('timezone %s → %s', old, zone), 0);
END $_$;


ALTER FUNCTION neuvo.set_time_zone(zone text, command text) OWNER TO postgres;

--
-- Name: settings(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.settings() RETURNS TABLE(key text, value text)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    unused text[] := neuvo.read_points(who, NULL, '{owner,supervisor,advisor,trainer,board,service}', 'reading the settings');
BEGIN
    RETURN QUERY SELECT s."key", s."value" FROM neuvo.setting AS s ORDER BY s."key";
END $$;


ALTER FUNCTION neuvo.settings() OWNER TO postgres;

--
-- Name: staffing_records(date, date, text, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.staffing_records(from_day date DEFAULT NULL::date, to_day date DEFAULT NULL::date, at_point text DEFAULT NULL::text, command text DEFAULT NULL::text) RETURNS TABLE(day date, point text, staff_hundredths integer, hourly_cost_cents integer)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
#variable_conflict use_column
DECLARE
    who text := neuvo.caller_role();
    wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor}', 'reading staffing');
BEGIN
    RETURN QUERY SELECT x."day", x."point", x."staff_hundredths", x."hourly_cost_cents" FROM neuvo.staffing AS x
        WHERE (from_day IS NULL OR x."day" >= from_day) AND (to_day IS NULL OR x."day" <= to_day)
          AND (wanted IS NULL OR x."point" = ANY (wanted))
        ORDER BY x."day", x."point" COLLATE "C";
    PERFORM neuvo.audit_append(neuvo.command_label(command, 'staffing_records'), 'staffing ' || neuvo.period_text(from_day, to_day, at_point), 0);
END $$;


ALTER FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) OWNER TO postgres;

--
-- Name: take_handoff(bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.take_handoff(handoff bigint, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
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


ALTER FUNCTION neuvo.take_handoff(handoff bigint, command text) OWNER TO postgres;

--
-- Name: update_contact(bigint, jsonb, text, bigint, text); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    old_point text;
    old_ref text;
    old_day date;
    was_unlinked boolean;
    old_repeat boolean;
    stays_unlinked boolean;
    ref text;
BEGIN
    PERFORM neuvo.require_advisor_at(NULL, 'edit contacts');
    IF draft IS NOT NULL THEN DELETE FROM neuvo.draft AS d WHERE d."id" = draft AND d."advisor" = session_user::text; END IF;
    SELECT "point", "client_ref", "day", "unlinked", "has_repeat" INTO old_point, old_ref, old_day, was_unlinked, old_repeat
    FROM neuvo.contact WHERE "id" = edited FOR UPDATE;
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
    UPDATE neuvo.contact AS t SET ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
        "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
        "consultation", "has_repeat", "unlinked") =
        (contact->>'occurred_at', extract(epoch FROM (contact->>'occurred_at')::timestamptz)::bigint,
         substr(contact->>'occurred_at', 1, 10)::date, contact->>'point', contact->>'channel', (contact->>'resolved')::boolean,
         contact->>'contact_by', contact->>'reason', (contact->>'identified')::boolean, contact->>'age_group',
         contact->>'service_area', (contact->>'duration_min')::integer, contact->>'segment', ref,
         (contact->>'satisfaction')::integer, contact->>'advisor', contact->>'consultation', stays_unlinked AND old_repeat,
         stays_unlinked)
    WHERE t."id" = edited;
    DELETE FROM neuvo.contact_topic WHERE "contact_id" = edited;
    DELETE FROM neuvo.contact_referral WHERE "contact_id" = edited;
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
END $$;


ALTER FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) OWNER TO postgres;

--
-- Name: whoami(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) RETURNS record
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
BEGIN
    login := session_user::text;
    IF pg_has_role(session_user, (SELECT d.datdba FROM pg_database AS d WHERE d.datname = current_database()), 'MEMBER') THEN
        role := 'owner';
    ELSE
        role := (SELECT m."role" FROM neuvo.member AS m
                 WHERE m."login" = session_user::text AND pg_has_role(session_user, 'neuvo_' || m."role", 'MEMBER'));
    END IF;
    points := neuvo.my_points();
END $$;


ALTER FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) OWNER TO postgres;

--
-- Name: advisor_point; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.advisor_point (
    login text NOT NULL,
    point text NOT NULL
);


ALTER TABLE neuvo.advisor_point OWNER TO postgres;

--
-- Name: assessment; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.assessment (
    contact_id bigint NOT NULL,
    answers text NOT NULL,
    client_score integer NOT NULL,
    need_score integer NOT NULL,
    computed_segment text NOT NULL,
    segment text NOT NULL,
    override_reason text,
    chain text,
    CONSTRAINT assessment_check CHECK (((segment = computed_segment) OR (override_reason IS NOT NULL))),
    CONSTRAINT assessment_client_score_check CHECK (((client_score >= 0) AND (client_score <= 1000))),
    CONSTRAINT assessment_need_score_check CHECK (((need_score >= 0) AND (need_score <= 1000)))
);


ALTER TABLE neuvo.assessment OWNER TO postgres;

--
-- Name: audit; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.audit (
    id bigint NOT NULL,
    at text NOT NULL,
    "user" text NOT NULL,
    command text NOT NULL,
    details text NOT NULL,
    contacts integer NOT NULL,
    clients text[] DEFAULT '{}'::text[] NOT NULL,
    seq bigint,
    previous_hash text,
    hash text
);


ALTER TABLE neuvo.audit OWNER TO postgres;

--
-- Name: audit_head; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.audit_head (
    "only" boolean DEFAULT true NOT NULL,
    seq bigint NOT NULL,
    id bigint NOT NULL,
    hash text NOT NULL,
    CONSTRAINT audit_head_only_check CHECK ("only")
);


ALTER TABLE neuvo.audit_head OWNER TO postgres;

--
-- Name: audit_id_seq; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.audit ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME neuvo.audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_waiting; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.audit_waiting (
    id bigint NOT NULL
);


ALTER TABLE neuvo.audit_waiting OWNER TO postgres;

--
-- Name: change_count; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

CREATE SEQUENCE neuvo.change_count
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE neuvo.change_count OWNER TO postgres;

--
-- Name: channel_secret; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.channel_secret (
    "only" boolean DEFAULT true NOT NULL,
    name text NOT NULL,
    CONSTRAINT channel_secret_only_check CHECK ("only")
);


ALTER TABLE neuvo.channel_secret OWNER TO postgres;

--
-- Name: contact; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.contact (
    id bigint NOT NULL,
    occurred_at text NOT NULL,
    instant bigint NOT NULL,
    day date NOT NULL,
    point text NOT NULL,
    channel text NOT NULL,
    resolved boolean NOT NULL,
    contact_by text NOT NULL,
    reason text,
    identified boolean NOT NULL,
    age_group text NOT NULL,
    service_area text,
    duration_min integer,
    segment text,
    client_ref text,
    satisfaction integer,
    advisor text,
    has_repeat boolean DEFAULT false NOT NULL,
    logged_at text NOT NULL,
    save_token text,
    consultation text,
    unlinked boolean DEFAULT false NOT NULL,
    CONSTRAINT contact_client_ref_check CHECK (((length(client_ref) >= 8) AND (length(client_ref) <= 64))),
    CONSTRAINT contact_duration_min_check CHECK (((duration_min >= 1) AND (duration_min <= 480))),
    CONSTRAINT contact_point_check CHECK ((point ~ '^[a-z0-9-]{1,40}$'::text)),
    CONSTRAINT contact_satisfaction_check CHECK (((satisfaction >= 1) AND (satisfaction <= 5))),
    CONSTRAINT contact_segment_check CHECK ((segment = ANY (ARRAY['self-care'::text, 'community'::text, 'collaboration'::text, 'network'::text])))
);


ALTER TABLE neuvo.contact OWNER TO postgres;

--
-- Name: contact_id_seq; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.contact ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME neuvo.contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contact_referral; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.contact_referral (
    contact_id bigint NOT NULL,
    referral text NOT NULL,
    outcome text DEFAULT 'pending'::text NOT NULL
);


ALTER TABLE neuvo.contact_referral OWNER TO postgres;

--
-- Name: contact_topic; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.contact_topic (
    contact_id bigint NOT NULL,
    topic text NOT NULL
);


ALTER TABLE neuvo.contact_topic OWNER TO postgres;

--
-- Name: contact_unmet_need; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.contact_unmet_need (
    contact_id bigint NOT NULL,
    need text NOT NULL
);


ALTER TABLE neuvo.contact_unmet_need OWNER TO postgres;

--
-- Name: daily_figure; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.daily_figure (
    day date NOT NULL,
    point text NOT NULL,
    figure text NOT NULL,
    code text NOT NULL,
    origin bigint DEFAULT 0 NOT NULL,
    value bigint NOT NULL
);


ALTER TABLE neuvo.daily_figure OWNER TO postgres;

--
-- Name: draft; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.draft (
    id bigint NOT NULL,
    advisor text DEFAULT SESSION_USER NOT NULL,
    point text,
    updated_at text NOT NULL,
    form text NOT NULL
);


ALTER TABLE neuvo.draft OWNER TO postgres;

--
-- Name: draft_id_seq; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.draft ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME neuvo.draft_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: feedback; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.feedback (
    day date NOT NULL,
    point text NOT NULL,
    nps integer NOT NULL,
    settled text NOT NULL,
    bounced text NOT NULL,
    answers integer NOT NULL,
    CONSTRAINT feedback_answers_check CHECK ((answers > 0)),
    CONSTRAINT feedback_bounced_check CHECK ((bounced = ANY (ARRAY[''::text, 'yes'::text, 'no'::text]))),
    CONSTRAINT feedback_nps_check CHECK (((nps >= 0) AND (nps <= 10))),
    CONSTRAINT feedback_settled_check CHECK ((settled = ANY (ARRAY[''::text, 'yes'::text, 'partly'::text, 'no'::text])))
);


ALTER TABLE neuvo.feedback OWNER TO postgres;

--
-- Name: follow_up_done; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.follow_up_done (
    contact_id bigint NOT NULL,
    done_at text NOT NULL,
    "user" text NOT NULL,
    note text NOT NULL,
    closed_by bigint
);


ALTER TABLE neuvo.follow_up_done OWNER TO postgres;

--
-- Name: handoff_change_count; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

CREATE SEQUENCE neuvo.handoff_change_count
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE neuvo.handoff_change_count OWNER TO postgres;

--
-- Name: handoff_detail; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.handoff_detail (
    handoff_id bigint NOT NULL,
    name text NOT NULL,
    phone text NOT NULL,
    language text,
    when_to_call text,
    note text,
    CONSTRAINT handoff_detail_language_check CHECK ((language = ANY (ARRAY['fi'::text, 'sv'::text, 'en'::text, 'other'::text]))),
    CONSTRAINT handoff_detail_name_check CHECK (((length(name) >= 1) AND (length(name) <= 100))),
    CONSTRAINT handoff_detail_note_check CHECK ((length(note) <= 500)),
    CONSTRAINT handoff_detail_when_to_call_check CHECK ((length(when_to_call) <= 60))
);


ALTER TABLE neuvo.handoff_detail OWNER TO postgres;

--
-- Name: handoff_id_seq; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.handoff ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME neuvo.handoff_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: handoff_try; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.handoff_try (
    handoff_id bigint NOT NULL,
    n integer NOT NULL,
    at text NOT NULL,
    reached boolean NOT NULL,
    by text NOT NULL
);


ALTER TABLE neuvo.handoff_try OWNER TO postgres;

--
-- Name: member; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.member (
    login text NOT NULL,
    role text NOT NULL,
    CONSTRAINT member_role_check CHECK ((role = ANY (ARRAY['supervisor'::text, 'trainer'::text, 'advisor'::text, 'board'::text, 'service'::text])))
);


ALTER TABLE neuvo.member OWNER TO postgres;

--
-- Name: migration; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.migration (
    identifier text NOT NULL
);


ALTER TABLE neuvo.migration OWNER TO postgres;

--
-- Name: monthly_bound; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.monthly_bound (
    before date NOT NULL,
    one boolean DEFAULT true NOT NULL,
    CONSTRAINT monthly_bound_one_check CHECK (one)
);


ALTER TABLE neuvo.monthly_bound OWNER TO postgres;

--
-- Name: monthly_figure; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.monthly_figure (
    month date NOT NULL,
    point text NOT NULL,
    figure text NOT NULL,
    code text NOT NULL,
    origin bigint DEFAULT 0 NOT NULL,
    value bigint NOT NULL
);


ALTER TABLE neuvo.monthly_figure OWNER TO postgres;

--
-- Name: mood; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.mood (
    day date NOT NULL,
    point text NOT NULL,
    mood integer NOT NULL,
    enps integer NOT NULL,
    answers integer NOT NULL,
    CONSTRAINT mood_answers_check CHECK ((answers > 0)),
    CONSTRAINT mood_check CHECK (((mood > 0) OR (enps >= 0))),
    CONSTRAINT mood_enps_check CHECK (((enps >= '-1'::integer) AND (enps <= 10))),
    CONSTRAINT mood_mood_check CHECK (((mood >= 0) AND (mood <= 5)))
);


ALTER TABLE neuvo.mood OWNER TO postgres;

--
-- Name: pseudonym_key; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.pseudonym_key (
    "only" boolean DEFAULT true NOT NULL,
    key bytea NOT NULL,
    CONSTRAINT pseudonym_key_key_check CHECK ((length(key) = 32)),
    CONSTRAINT pseudonym_key_only_check CHECK ("only")
);


ALTER TABLE neuvo.pseudonym_key OWNER TO postgres;

--
-- Name: repeat_client; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.repeat_client (
    client_ref text NOT NULL
);


ALTER TABLE neuvo.repeat_client OWNER TO postgres;

--
-- Name: service_member; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.service_member (
    login text NOT NULL,
    service text NOT NULL
);


ALTER TABLE neuvo.service_member OWNER TO postgres;

--
-- Name: setting; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.setting (
    key text NOT NULL,
    value text NOT NULL
);


ALTER TABLE neuvo.setting OWNER TO postgres;

--
-- Name: staffing; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.staffing (
    day date NOT NULL,
    point text NOT NULL,
    staff_hundredths integer NOT NULL,
    hourly_cost_cents integer NOT NULL,
    CONSTRAINT staffing_hourly_cost_cents_check CHECK (((hourly_cost_cents >= 0) AND (hourly_cost_cents <= 100000))),
    CONSTRAINT staffing_staff_hundredths_check CHECK (((staff_hundredths >= 0) AND (staff_hundredths <= 20000)))
);


ALTER TABLE neuvo.staffing OWNER TO postgres;

--
-- Name: vocabulary; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.vocabulary (
    kind text NOT NULL,
    code text NOT NULL
);


ALTER TABLE neuvo.vocabulary OWNER TO postgres;

--
-- Data for Name: advisor_point; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.advisor_point (login, point) FROM stdin;
\.


--
-- Data for Name: assessment; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.assessment (contact_id, answers, client_score, need_score, computed_segment, segment, override_reason, chain) FROM stdin;
\.


--
-- Data for Name: audit; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.audit (id, at, "user", command, details, contacts, clients, seq, previous_hash, hash) FROM stdin;
1	2026-12-07T09:26:42Z	postgres	init	init: v1: contact log, v2: follow-ups, v3: contacts by hour, v4: evaluation, v5: consultations, v6: board, v7: no side door, v8: quicker functions, v9: handoffs, v10: quicker saves, v11: data protection, v12: settings through functions, v13: concurrent saves, v14: monthly figures, v15: figure lists by the page, v16: no monthly sums for the current month, v17: quicker imports, smaller storage, v18: quicker saves	0	{}	1		ac75d5d2b6274cd5a126557a0d52f8577341c78a91511422c8db57c2da1e6513
2	2026-12-07T09:26:42Z	postgres	import	/tmp/tmp.ZaRSK5Lu2p/contacts.csv	611	{-Dw2IVgEE3hOaSCNyokWN2vrfAo6Bp0u-Xn8A2kg2KP,-tCIKf84jvTXW-Gg_b4hofxrpMYqxpaIp0A--i3ybYU,0GlUjYZpMdRhdSW6yWZrOnCbO-ED2-cg_gad0SR85ar,0HIUijumfbP7VLxZ1Re0H-89pWK6aLvkqL9wG62qQmr,1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18,1Pp6zDp5IcdPRWCIs0Qm6KXHPntY7of5taktzm1hq_6,1fd5XqtgIOv3BadkUfOgpF6PvJy8oOzAAcj_S-QTUeE,1zG731ztBLYadbMYqpRufRsZ3Nsz6q6Ge9LhnZtODXD,2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45,2bA6IQKW8IUlHO_MRbUaAvQpp5ZK9-R2VsS1NbOWh-V,35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1,3Vl2nxsGzA8EGZP_rO7EG8a9zxn3FbENJD-dupWAhC2,3bqm1tSLxYGz86xZK1-CKtIbJ61ZmjId_-qib0cPjc1,3wVu2QfpHCJ1KMy3Yf3DQ9tEpolCheZfE9Rx0i09sWP,42rtiS9-UxfUE99M9tqmuhLj-SaN8GNpVQm0JIQ1ZqY,4FMQvgPr0km1bCSXs4yscTq82LpMYR1om5763GptQWK,4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH,4kJ7H-L0ocoNHm7ofIrBANDuHzHEc0_XY2UhoZWnyEv,5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S,5mawdy7Tj-OsKGv5Fmen9AKOQIjZEyGCOtqrNVeY9CH,6o8nHp3f5k1d9eJh_j_gBPazoxsMtLqJtSfSmNLJCG6,79CzsNDBNsHoCfllcJxBuwZwq71FyzcIxT51QdNrWfC,7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq,7fP5nRB8FEwbzYwBNN_ZK0Tbdqf0Bz-r8gnV3Sv0LOe,8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr,8jVOv8cBg8R4AEr3650soqvhxc8WjmlQvavN5P9ivTE,96Pg9svNr9c3Adx976j75Ki3u-7C-HlazarWTjwPoWR,9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy,9mg_6u4bQAZK_XSqGz94GiteXhJnGFyIC9KGfDTDE-E,9zJhSa8VQh4-1ZovXbIRUSlB3KHIWyyT4ChIAZapo1f,A9MJQovI3cBLwJRiVQ38gYhEdEfXbqYOBmct-HrD3dM,AEAqnHFVVVkZ8omWmk_pd6HiyhX0Lo4MZ0tmcxNFk8H,AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT,B-hWaUHY4LwiJco8njnKrdHC9Vh8o3bBt5aphsyWYJo,Bum_0BgtCdSjgJo4iCwBpq6s3LoaIYonv8wa0c4RWcA,C4acIITXTqb5UFHGwBH36k7Ru2X5FkMCWT0m2erIjHA,CCKPE0bmBhgew3QKqbdpiNMf3cbyZUstB5UWZ8pQ3Pq,CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU,CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p,D0YMdRGhQgl0_750EIJ6LQeMOloVOHYmjBwh0Tb6n9S,DT84Dof4JYP-LwNbkS-fjRgGQWh5NFkyX8HeWL7QOQn,DrfqZzB80uEVGXfB8dF9ovFE0c6_XiKmvB9aPpedVi9,E0x4T_xE3p9938Jd3-hv1xx3W0X7Iq78CoQbBE0xJ_v,EqpDxXu4iy518kkmSmQDkjWnYAFiAydOKvAHwbTQHAj,Ewe8Oo68skbDzhTahx4jGKylt4e2zF3pQ82g5kl2I52,FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9,GToZ48eb-5EF47KxW0x1K1SKizJvTDW3nElalAEmv53,GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq,GjI-37uXIzKQ0lxBk-cr72hTgWgNM2WKO6DvsFK0FX4,GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F,IDtcJmg-ekNQmGeZQib3aUDPqbkhSuX814McypTWEXR,J-U8cpLyBGgtHgf_9JSbFaTZJVpQAsejdvKofl0FH_R,JGistmD4G6vzfQ4mugH4iUUhRHmZnv9aUh1I7R-G4Jw,JKXLKnW2r-k0NJJLwfLrd26-h3nrvIaWtp089uYze8R,JLdCWAhfp36qg2PYa8ACFIroX0niwCDLyA5p_NEuOx_,Jo_zEHwLnvmxEvKTMWbmXUIOmnz1Ni8A6zRpI4PL74A,Jvr02tQVYD6gpdAS8WrWX2U6mCVcnH7VzKqpfD1CRET,KrpdHmeKV94C8p9I-AZE0H7AjrcNWuF666sv5Qpx9yO,KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0,L8vwkaWlJBDYz9558wphfvl4SpIjWimpbD1A0ActcMn,LF03ijip_fbBZFH-zU1CG2PD55qXAKoD1ZQv8i0yYvk,LLB_lFZyoP4QubOaQruCjDmh5c0Wp0aCnYzFhAGZTVY,LO3NlQSWKa_-L26BxjclEa_lNAlCcGT0c9Il0Aw0UKD,LSwLGR3QYQ3pYBICB3_-XkFnw0yU2Rg2b8zQ-l-a3BX,LV_wU37aqhRkocuY_GmLBrvXk8eb0rUHUuM1P4yb8lG,Ms8V1BQZSFp9XfjwviQr0r6LZ4ROSzmXkMI5P9t4rou,NK9kOJLWqaVAaOXRR39yUFPbnkoCi3gLJQsKh1zmWIM,N_3dTF7ixn6Dxw9SAX2VZUIxhuTQtx_7eGx7HXHQJl0,NguFZDYsLpWAUOpVm7odlpVhZW7FjV8U4M6xWSxz0IW,OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx,OKce_GYMlmKNx9NyoIMqDjEythE6LJfIv52g7oLFWJz,P4LduCGL7PyUMQQw-HNGD4YG2WiZSnTF86W3j5DUQgj,PWy0SBZt00tjRHlvvyZW4mnvT6zspdR14lKH0LklAcL,QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q,QUTNe3mOTpsfD0i35RvSSRakgANcoDeoXz25dvkX2uk,Q_RzhB2-MIgYoG69klNgJMRe2fVDE5LoBuQaVdcgBea,QwEtKiErjHqfOrEAFANR3-vBmJfI5sRw7LlXBpno3ZG,R8PhNWEhGZfXNsEFJoc17lSjRdHitUu7F1-TUuCB5ab,RIBwkjezfgxACp8e8OCQp96ArP-3ife5n17cGQr6Xvm,RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D,RlKzljr75nCE9ggyCvFfeBXcZC-cXUAzArYOstURLjX,RmVd5Wg2P_UCmxqi9VlFybGcfdL7as-Gk2w_0dcbQWw,RnL7EB_IsCxwjdap8-s3cvfjMWyRzLQaeYn9Z2gbc5p,S9ZCznHfkhTfEtyyQtEy4qiDY_VkJr6g4hIIich8zMi,SBcTZx_gW0wN0veocGLMH7O66MoIjMiTirESmvBz-8A,SXlnbfFjloqX-aNq-LEgbRP9U-C4sBj8hro2w39Yt1v,S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv,T3vL1DbsQwCur1zBruu7_iLi6uN1KyfoZrfbB6zcTJG,TCvnInGR3PJsMWAKEE6L0CKPuroymhhaJHAkv5YnwUP,TD0OdhoYoCjlCs1yweIOazwnryxpm8q9-csNIXIXYVC,TmQewB2qdyVFk0z0j_kxPU0XQcHd_I3mTOGU8NnJLuF,U09O8OBdIr8gZn7AhiohZ2Msi0cDQQhmXpUb1c9GTPP,URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI,VCH8VstNIPF7u-V15KlX99nwxXrkj1n04gU-2rRw2G9,VNZl_cfRmrQUnGgJxnipOZBc5NAkzm8yTlNWHhByJqd,VemiwPquFxomFtXqU4t5K3BuTywH0W7DPkUosV_Ac7x,Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV,VrSduikXqme7V7-QubfxyBqXRNVQRi-fML3mfEoVHWn,VudwXu-K49Gxxrg05czWfRJNJqaVD7C-Eu1kXVd7DHQ,Wcj33Hlrf2I8t065MP7hR0eUZ3c1YgjnTGIhLN0uPz5,XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow,XJIQDCKa06Ee-ImCJLk0K9evyq0CzJ7tPlGB_tRSd2d,XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8,XxCiVWkSajf6T8otZkY_lBHNOPvHDEhB3CeySWrlK1a,YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql,YPi8Emluq8caa7bJfoQohxR1qe2vMsWl3vTjoJgUUAt,YiACRNC9dpAv5a8d6D-IxECUnAXKnOHvAlnPaGHL0pM,ZGnCiJcKft4wYFx_wl3Yw0MIjs0ENXFqOOlEfOZbNPy,ZPzsmcn535C4_34PGWeAT4_FCMjRG7rtBZWkLWFPCBd,ZlMSW9Imve5DTFfhRD0Oc-fjTbvOJsPOMg6y9r4m4Gy,ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf,ZzVexkA7BuBk70TtVCn8ArhE6R3oUm_i58_LKdiAy3M,_QOcrzUp-JzuvQ3LZUG92CvXwjBCSfjeNGqT0KyC1dN,_bE5g7lOWBfIm-0obXuye_O1QSsq0hyDmW36uTiK4T3,ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN,bt4BlN30hDSQX6pExFGNLmsNBdAsJQRqY3TzLthxyMN,bvCNV2DN_aTO_83rt691IYWpLvPpMtTOHeAChrrG6yI,cEryd3W9FISS7t-3sVVNF3r-aCvVxO3zt2fpAAwZFpD,cp_3sS-ObYNNxX7LpQeyFBbV0Z5WkImaaIXOJHA3ovL,dD1GKgExTUVUShVonrtYkby3AI9qhTexFCR0buJI5cW,dPlfKR8bAnJl9sPu_adkTZXy4kk4yFSvPRUOHGhnA8X,dTssUtXDvDTC0DKX87e03jd0LvHC168gKlejfJJeugh,eC6shIwGQogKPh0lMvjXlHt0MJCUeWeRPLkRyKHrzW6,eK5XqvSAtstvY6_MobR5D-gz2CZd2gRqbV2t6aCKl-4,fBRkjwviqAr7ATVgO1Lj2s8_ihGhZbDQqnOtDRH023u,fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88,fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S,fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb,fXkUOX_pqPdq7DmiU7MKV78Um3uIV7DIxags9lGP4QT,fYcF-hD7eZ6Khb6tTJ1B6kDgHRMCOxSL4Us5M6ETed-,gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje,gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP,gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M,hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV,hD-Yg1dMB3MIgF2kmgSC6E1KYkmLZssGZ-AEmcarSLA,hE0SoWfto43tAK_QilE6-l0J63cJAbhNf7l0IAq-c6i,hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus,hFgOBRW_C2BlJWfXTVlsJx2588i6cC5jZz7hzetgOFE,hVPfI1BJiLCD6UZGcLzH08fZw8NfPGmr45LL5lE_wLO,h_pHPdy7gvq17ZcMY7PMIJFlfxW5SLrpaHOoWO52ayU,hybNj9v2td8aYmQbuvJPXFDKREyCE55BhdrVwlv9g_7,iUZKLxfnJ9r0vGbNFlFWrXamAN3QGUx9M_1yWMb_1Eg,irGWdB5VOfcKuhB931yja6DtrlTHLOrlS2zhryoj8yr,iz_1f3Y1rf09rCfP7jmIw4QLcFIqXaTU_PZNUrPqO-f,j0YrLvK-l1Zl0NNKBW58uFadK8hOcPLpAjbf8A_Nyd7,jk7mT2RW6aPFHiBErgdRGtmoIzgXpuQaHCP42UaEQ-8,jzKPA6aKAHHiJU6pLMmjZH3jNQl2ZdG7FFu0YX2qukd,k0o4IZ87Er-hanui3-bBRXqJOq3k5pBWoBgUFGp6MnD,kIlYLJHbaJCUCiRckv3NJTXIx26kD167IFB31UuCpL0,kSwis6RVAGQdx-IYyPJSlIGSsITQQMOZD3xwXEVQA-P,kkUl6NPjGM1Om3P1dZWR3Eh6mCzuio7nqqWCOsxLiP8,ksy7N4ogjT1XHUuO5mqJr7Bm2QPW5YRHyfuf-O14iNG,l8N9oENt_VZzTq1oH0j2F5MjaKr6pnh6Dg57it4u1p-,mcEJRpUm0X9Do_wKB5KxteuUdwfwUZOxxqXR0WZtYP1,mf8XmR9cAA5YEo-Kt85ddaTFXLdfC1jk3jS_WaEs0aX,n5NLlKe-s4I3rq29lkpJEUJ1emGdXuznHy6WsUbmjpb,nCDNYvFWN3JK-6OZCghzcV9lO0eTdzRvXyh_lMqoDpJ,nFBxnZ9x7dKr0kat-V2WWnLwXZkheb3XmvxJyOrBUM_,nX8dV8R9sKCgiXy_E9BSGgkM--7BnCh57XCazFRQM4W,nb4dFuYKkXgFmFD3a63tmWyI_hX9AcMXPRkLbpReq3-,nwRN07IkBYhXzhQyLlRnHXyg6AZMjBdKU8XF58-egdF,o6Ew83SE-naEPJKlksritKffn8QvVmHFbiqMte5r0t-,oKUkySwx_kRTP66QMMEd_NGs3p7bEpDV8784NT6SU8J,oak_wQpOmcUQSbZr72zduR5gykELl6h-wXkq-kIyxNa,pNzCOLN_0m0Otbwq1T6HqxV8NyQbWHKZiTE3tJWf1TO,qHvn38A1ub1TyukjDMcQJwWjrqiQUWaL4BYopVwpvYu,qOGT33Nt0GZsHY0sX9H3SpXDBdcTyzR5_McGGv59FB0,qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk,rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb,siYnK8_VQiJ2ZBgw5c0_OyL7tWs-bEyEaNdGzP16_DR,t0BAijUP78RF2xOv5D-d5i_bb50BXT5mOPsSOKSxL6y,t7aQDTbUUwJBKYPW7Atn6Mon1juGMS6ipLa1ubFdaPJ,t8ML_6cuRIXx_xzihoVbwW6OVKC3WQC06M-0XsLYDmX,tCafX4ddrSt2axLsDFwgIoReKxouVstgEYjzhcDXZ5H,tFF5gfpX69C6Y4pahoXI5FDfG6f9lRgSuzx1BB1TTjU,tQeqvUOVyFngU5O0-h_3aeeEsq6WJQEpSCeLBSMlsnQ,v5dYPZ9tqUWg2dlkqoh5Fm3DPBbibUy5qiMjyVkTCxY,vbvmzC4WW5ZLC72bzv9cn1N9rwymOq7X2S-YakiJdpJ,vpvXTs5VVHOfAzNqHaWaebp7azH_1CVyCZGn6oS6izE,wgUdONPn6kFIXSSzXzO0_5kTE6lw9LX95ssGCvl9K7u,x6iLO4aQnFbF2Dg1AHfDTQsNmNneV6i2cwn8QK_3l8Z,xCxouKSHsUeC16rX2ts4_9bwqrUcyG6Er4M0iPegtEa,xEGfJeSkxA7Qu3JXjEpH6XxCWaxQL6NKAwDLT54Y6ET,xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe,xpP0sV3OZOEhY2uyHeloWhdhTNjQRKxQTAC4_hIpu3L,yBSfI3c-TsQWDzv0kKywF_FlKGBmfneJ-8NPaA9qtRO,yL8bWC1jXDUchiZbwwc6CqT1azaQioznTW5pze-qd6Q,zEXi2igwoWEGkicU52-dJgLvRD77SYkxgBj5DoOrYAX,zpm8PGwWpfnRewlphKlnSmda7bF9tVMCblmiSehgHpF,zxlDtzi2cSREsrVsD64zo7zowd6oreATg3mzzM2fnLj}	2	ac75d5d2b6274cd5a126557a0d52f8577341c78a91511422c8db57c2da1e6513	520653de5cc989f9797a1375608d1562bbc43902b32daf004d886c09e82081d9
3	2026-12-07T09:26:42Z	postgres	import	/tmp/tmp.ZaRSK5Lu2p/feedback.csv (feedback)	0	{}	3	520653de5cc989f9797a1375608d1562bbc43902b32daf004d886c09e82081d9	aaa1bb3b50cdb729cbee0acba526710683260fabb8121b44d93381552ca91217
4	2026-12-07T09:26:43Z	postgres	import	/tmp/tmp.ZaRSK5Lu2p/mood.csv (mood)	0	{}	4	aaa1bb3b50cdb729cbee0acba526710683260fabb8121b44d93381552ca91217	fe74c99d6ffc75c4d62089590d15e5edbe12460b4b7f72ee1bebdc6420044472
5	2026-12-07T09:26:43Z	postgres	import	/tmp/tmp.ZaRSK5Lu2p/staffing.csv (staffing)	0	{}	5	fe74c99d6ffc75c4d62089590d15e5edbe12460b4b7f72ee1bebdc6420044472	e6de85ff7c052348ea2fbcb88002ed723a849dafdff5cec3a584b1785eaae594
6	2026-12-07T09:26:43Z	postgres	handoff send	handoff 1 sent to adult-social-work from jarvenpaa-library	0	{}	6	e6de85ff7c052348ea2fbcb88002ed723a849dafdff5cec3a584b1785eaae594	bdf013903f758f00c94d32d61a8c85d06a9533297e9d74fce31b7c24c6e5bfd0
7	2026-12-07T09:26:43Z	postgres	handoff send	handoff 2 sent to adult-social-work from kerava-service-centre	0	{}	7	bdf013903f758f00c94d32d61a8c85d06a9533297e9d74fce31b7c24c6e5bfd0	e9eb05c86f61d59e754a5351ea1700045a559f277dbdb0858545829687ea8bc2
8	2026-12-07T09:26:43Z	postgres	handoffs	handoffs listed: 2	0	{}	8	e9eb05c86f61d59e754a5351ea1700045a559f277dbdb0858545829687ea8bc2	9a60ec05014b7dd82257c092a785f172dcb1aa0d052157bd8e2ffb43416069d3
9	2026-12-07T09:26:43Z	postgres	report	handoff figures period 2023-10-16–2023-10-26, all points	0	{}	9	9a60ec05014b7dd82257c092a785f172dcb1aa0d052157bd8e2ffb43416069d3	aca01d7d5fbfdd1055ce0916e3298b431ae9a00e513d6815001c2a5b6fad4861
10	2026-12-07T09:26:43Z	postgres	report	period 2023-10-16–2023-10-26, all points	611	{}	10	aca01d7d5fbfdd1055ce0916e3298b431ae9a00e513d6815001c2a5b6fad4861	404b8e55b61a66008db93764ce4a4184a6e2f405989c90b20062f9bac70e4c5b
11	2026-12-07T09:26:43Z	postgres	report	handoff figures period 2023-10-16–2023-10-26, point jarvenpaa-library	0	{}	11	404b8e55b61a66008db93764ce4a4184a6e2f405989c90b20062f9bac70e4c5b	c07741cbd1430c4a2b378ffc6bf2e8c8642509f8203cb67ae2fde702585316de
12	2026-12-07T09:26:43Z	postgres	report	period 2023-10-16–2023-10-26, point jarvenpaa-library	141	{}	12	c07741cbd1430c4a2b378ffc6bf2e8c8642509f8203cb67ae2fde702585316de	47cd263e189ca5058028fd62423e0e771e654df13f6add86aaa128f6d8c2c5d7
13	2026-12-07T09:26:43Z	postgres	report	handoff figures period 2023-10-16–2023-10-26, point kerava-service-centre	0	{}	13	47cd263e189ca5058028fd62423e0e771e654df13f6add86aaa128f6d8c2c5d7	513f87f2727fda30396b2d0d72d6a47415a16f02c18e455e89feeaf501bc3cb4
14	2026-12-07T09:26:43Z	postgres	report	period 2023-10-16–2023-10-26, point kerava-service-centre	201	{}	14	513f87f2727fda30396b2d0d72d6a47415a16f02c18e455e89feeaf501bc3cb4	f5b547f029360a033a47256f889848940c1a1bd7346573d79938b4d25f9a7ea9
15	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-16–2023-10-21, all points	0	{}	15	f5b547f029360a033a47256f889848940c1a1bd7346573d79938b4d25f9a7ea9	79a66796f35f0cf1d7b2aa2f0138cb84808788c25bc077b7681addd1bfdc5934
16	2026-12-07T09:26:44Z	postgres	report	period 2023-10-16–2023-10-21, all points	322	{}	16	79a66796f35f0cf1d7b2aa2f0138cb84808788c25bc077b7681addd1bfdc5934	ad593937dff0f484d438b625791cfb530bd80e5a67841349cd165d86a00c81a4
17	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-16–2023-10-21, point jarvenpaa-library	0	{}	17	ad593937dff0f484d438b625791cfb530bd80e5a67841349cd165d86a00c81a4	f983247adb466183c7090553f61cf3996efadf10e9bcc654c4020e5140e45492
18	2026-12-07T09:26:44Z	postgres	report	period 2023-10-16–2023-10-21, point jarvenpaa-library	67	{}	18	f983247adb466183c7090553f61cf3996efadf10e9bcc654c4020e5140e45492	46586de864ae5dd50c17d37ec36da4bc1428f5d4483cd515c26876ee7cbb4048
19	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-16–2023-10-21, point kerava-service-centre	0	{}	19	46586de864ae5dd50c17d37ec36da4bc1428f5d4483cd515c26876ee7cbb4048	d6789ce0c549077a5789ec36d662bca87eb1dd6943c161bf04684fa4174db89d
20	2026-12-07T09:26:44Z	postgres	report	period 2023-10-16–2023-10-21, point kerava-service-centre	110	{}	20	d6789ce0c549077a5789ec36d662bca87eb1dd6943c161bf04684fa4174db89d	ee61196075b379537567a091ec5eada10d8bdc6a2192177e6283d246c668727d
21	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-26–2023-10-26, all points	0	{}	21	ee61196075b379537567a091ec5eada10d8bdc6a2192177e6283d246c668727d	b59fb7ada13b4f9a60c999c4311cf6a94252a31f3746cd9b19196fa873fa10fa
22	2026-12-07T09:26:44Z	postgres	report	period 2023-10-26–2023-10-26, all points	55	{}	22	b59fb7ada13b4f9a60c999c4311cf6a94252a31f3746cd9b19196fa873fa10fa	075d7a9fbb13319493be9ceb3a05b52f4283303ca281a86788b8a330738621cf
23	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-26–2023-10-26, point jarvenpaa-library	0	{}	23	075d7a9fbb13319493be9ceb3a05b52f4283303ca281a86788b8a330738621cf	313842539f6b4c7e9814230dab1469ac13fe0e11895262ee6c0727c06a41734e
24	2026-12-07T09:26:44Z	postgres	report	period 2023-10-26–2023-10-26, point jarvenpaa-library	16	{}	24	313842539f6b4c7e9814230dab1469ac13fe0e11895262ee6c0727c06a41734e	29fb88a553f8ce2aa7d84314d626dca23d2becd433a6283608b1f57feab8d8d0
25	2026-12-07T09:26:44Z	postgres	report	handoff figures period 2023-10-26–2023-10-26, point kerava-service-centre	0	{}	25	29fb88a553f8ce2aa7d84314d626dca23d2becd433a6283608b1f57feab8d8d0	0ff94509962146afd629cfb14c4b1005249a7851e00ba6a3dbefb9c83d159f83
26	2026-12-07T09:26:44Z	postgres	report	period 2023-10-26–2023-10-26, point kerava-service-centre	17	{}	26	0ff94509962146afd629cfb14c4b1005249a7851e00ba6a3dbefb9c83d159f83	ce476a759899f674a1240504eb3ff07c6378bc307230630ca5486bac0454c7d4
\.


--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.audit_head ("only", seq, id, hash) FROM stdin;
t	26	26	ce476a759899f674a1240504eb3ff07c6378bc307230630ca5486bac0454c7d4
\.


--
-- Data for Name: audit_waiting; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.audit_waiting (id) FROM stdin;
\.


--
-- Data for Name: channel_secret; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.channel_secret ("only", name) FROM stdin;
t	neuvo_f4b96f01013a4a7a81f3183286bad6c0ee55ffaec4124c20
\.


--
-- Data for Name: contact; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact (id, occurred_at, instant, day, point, channel, resolved, contact_by, reason, identified, age_group, service_area, duration_min, segment, client_ref, satisfaction, advisor, has_repeat, logged_at, save_token, consultation, unlinked) FROM stdin;
1	2023-10-16T09:03:00+03:00	1697436180	2023-10-16	kerava-service-centre	e-service	f	client	\N	t	75+	health	9	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
2	2023-10-16T09:05:00+03:00	1697436300	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	health	39	\N	0GlUjYZpMdRhdSW6yWZrOnCbO-ED2-cg_gad0SR85ar	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
3	2023-10-16T09:06:00+03:00	1697436360	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	65-74	health	32	\N	KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
4	2023-10-16T09:07:00+03:00	1697436420	2023-10-16	jarvenpaa-library	walk-in	t	relative	face-to-face	t	30-64	social	36	\N	SBcTZx_gW0wN0veocGLMH7O66MoIjMiTirESmvBz-8A	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
5	2023-10-16T09:13:00+03:00	1697436780	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	65-74	both	\N	\N	t8ML_6cuRIXx_xzihoVbwW6OVKC3WQC06M-0XsLYDmX	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
6	2023-10-16T09:14:00+03:00	1697436840	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	social	\N	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
7	2023-10-16T09:18:00+03:00	1697437080	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	18-29	both	25	\N	\N	1	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
8	2023-10-16T09:21:00+03:00	1697437260	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	8	\N	ksy7N4ogjT1XHUuO5mqJr7Bm2QPW5YRHyfuf-O14iNG	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
9	2023-10-16T09:41:00+03:00	1697438460	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	18-29	social	\N	\N	iUZKLxfnJ9r0vGbNFlFWrXamAN3QGUx9M_1yWMb_1Eg	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
11	2023-10-16T09:54:00+03:00	1697439240	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	f	30-64	social	24	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
12	2023-10-16T09:55:00+03:00	1697439300	2023-10-16	kerava-service-centre	phone	t	professional	referred-here	f	65-74	both	7	collaboration	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
13	2023-10-16T09:56:00+03:00	1697439360	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	18-29	both	\N	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
14	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	36	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
15	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	28	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
16	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	kerava-service-centre	walk-in	f	client	no-other-known	t	75+	health	\N	\N	\N	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
17	2023-10-16T10:01:00+03:00	1697439660	2023-10-16	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	34	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
18	2023-10-16T10:02:00+03:00	1697439720	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
19	2023-10-16T10:04:00+03:00	1697439840	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	15	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
20	2023-10-16T10:16:00+03:00	1697440560	2023-10-16	tuusula-hyryla-health-station	phone	t	client	\N	f	18-29	both	12	collaboration	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
21	2023-10-16T10:18:00+03:00	1697440680	2023-10-16	jarvenpaa-library	phone	t	client	other	f	30-64	health	\N	\N	\N	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
22	2023-10-16T10:18:00+03:00	1697440680	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	75+	both	9	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
23	2023-10-16T10:19:00+03:00	1697440740	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	18-29	social	\N	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
24	2023-10-16T10:20:00+03:00	1697440800	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	38	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
25	2023-10-16T10:26:00+03:00	1697441160	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	f	30-64	social	35	\N	\N	3	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
26	2023-10-16T10:27:00+03:00	1697441220	2023-10-16	tuusula-hyryla-health-station	walk-in	t	professional	face-to-face	t	75+	health	\N	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
27	2023-10-16T10:30:00+03:00	1697441400	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	t	18-29	social	19	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
28	2023-10-16T10:32:00+03:00	1697441520	2023-10-16	jarvenpaa-library	phone	t	client	no-other-known	t	75+	both	3	network	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	older-people-expert	f
30	2023-10-16T10:35:00+03:00	1697441700	2023-10-16	kerava-service-centre	phone	t	client	no-other-known	t	75+	both	17	self-care	OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
31	2023-10-16T10:36:00+03:00	1697441760	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	\N	2	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
32	2023-10-16T10:38:00+03:00	1697441880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	both	29	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
33	2023-10-16T10:45:00+03:00	1697442300	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	t	30-64	health	37	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
34	2023-10-16T10:50:00+03:00	1697442600	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	27	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
35	2023-10-16T10:51:00+03:00	1697442660	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	75+	both	15	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
36	2023-10-16T10:53:00+03:00	1697442780	2023-10-16	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	health	18	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
38	2023-10-16T10:55:00+03:00	1697442900	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	both	35	\N	bt4BlN30hDSQX6pExFGNLmsNBdAsJQRqY3TzLthxyMN	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
39	2023-10-16T11:03:00+03:00	1697443380	2023-10-16	jarvenpaa-library	walk-in	f	client	no-other-known	f	30-64	both	44	\N	URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
40	2023-10-16T11:15:00+03:00	1697444100	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	75+	both	29	\N	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	mental-health-substance-expert	f
41	2023-10-16T11:29:00+03:00	1697444940	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	33	\N	\N	2	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
42	2023-10-16T11:29:00+03:00	1697444940	2023-10-16	kerava-service-centre	video	t	client	referred-here	t	75+	health	10	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
43	2023-10-16T11:33:00+03:00	1697445180	2023-10-16	tuusula-hyryla-health-station	outreach	t	client	\N	f	65-74	health	39	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
44	2023-10-16T11:35:00+03:00	1697445300	2023-10-16	tuusula-hyryla-health-station	phone	t	relative	other	t	65-74	both	11	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
45	2023-10-16T11:36:00+03:00	1697445360	2023-10-16	jarvenpaa-library	walk-in	t	client	referred-here	f	30-64	both	7	\N	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
46	2023-10-16T11:38:00+03:00	1697445480	2023-10-16	tuusula-hyryla-health-station	video	t	client	\N	f	65-74	both	18	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
48	2023-10-16T11:41:00+03:00	1697445660	2023-10-16	kerava-service-centre	phone	t	relative	\N	t	75+	health	19	\N	OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
49	2023-10-16T11:42:00+03:00	1697445720	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	28	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
50	2023-10-16T11:46:00+03:00	1697445960	2023-10-16	kerava-service-centre	walk-in	t	client	referred-here	t	unknown	social	40	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
51	2023-10-16T11:49:00+03:00	1697446140	2023-10-16	tuusula-hyryla-health-station	phone	t	client	referred-here	f	75+	health	\N	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
53	2023-10-16T11:55:00+03:00	1697446500	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	5	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
54	2023-10-16T11:57:00+03:00	1697446620	2023-10-16	jarvenpaa-library	video	f	client	\N	f	unknown	health	27	\N	gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
55	2023-10-16T12:02:00+03:00	1697446920	2023-10-16	jarvenpaa-library	walk-in	t	client	nearby	f	30-64	social	32	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
56	2023-10-16T12:20:00+03:00	1697448000	2023-10-16	tuusula-hyryla-health-station	chat	t	client	other	f	30-64	both	\N	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
57	2023-10-16T12:21:00+03:00	1697448060	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	both	\N	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
58	2023-10-16T12:26:00+03:00	1697448360	2023-10-16	kerava-service-centre	walk-in	f	relative	face-to-face	f	30-64	social	43	self-care	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
59	2023-10-16T12:29:00+03:00	1697448540	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	37	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
60	2023-10-16T12:42:00+03:00	1697449320	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	f	18-29	social	33	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
61	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	30-64	health	39	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
62	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	tuusula-hyryla-health-station	e-service	t	client	\N	t	30-64	health	19	\N	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
63	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	kerava-service-centre	chat	t	professional	digital-barrier	f	75+	health	21	\N	irGWdB5VOfcKuhB931yja6DtrlTHLOrlS2zhryoj8yr	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
64	2023-10-16T12:54:00+03:00	1697450040	2023-10-16	kerava-service-centre	phone	t	relative	\N	f	30-64	both	\N	community	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
65	2023-10-16T12:56:00+03:00	1697450160	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	f	unknown	social	7	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
66	2023-10-16T12:56:00+03:00	1697450160	2023-10-16	kerava-service-centre	phone	f	professional	no-other-known	f	0-17	both	13	\N	nX8dV8R9sKCgiXy_E9BSGgkM--7BnCh57XCazFRQM4W	3	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
67	2023-10-16T13:00:00+03:00	1697450400	2023-10-16	kerava-service-centre	walk-in	t	client	other	t	18-29	social	7	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
68	2023-10-16T13:02:00+03:00	1697450520	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	18-29	both	38	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
69	2023-10-16T13:05:00+03:00	1697450700	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	other	t	75+	both	9	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
70	2023-10-16T13:08:00+03:00	1697450880	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	27	collaboration	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
71	2023-10-16T13:16:00+03:00	1697451360	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	t	65-74	health	7	community	SXlnbfFjloqX-aNq-LEgbRP9U-C4sBj8hro2w39Yt1v	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
72	2023-10-16T13:22:00+03:00	1697451720	2023-10-16	jarvenpaa-library	walk-in	f	relative	digital-barrier	t	75+	both	5	\N	\N	1	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
74	2023-10-16T13:29:00+03:00	1697452140	2023-10-16	kerava-service-centre	phone	f	client	\N	f	30-64	social	21	\N	KrpdHmeKV94C8p9I-AZE0H7AjrcNWuF666sv5Qpx9yO	1	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
111	2023-10-17T10:20:00+03:00	1697527200	2023-10-17	kerava-service-centre	outreach	f	client	other	f	18-29	both	60	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
75	2023-10-16T13:30:00+03:00	1697452200	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	22	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
76	2023-10-16T13:36:00+03:00	1697452560	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	social	17	\N	mf8XmR9cAA5YEo-Kt85ddaTFXLdfC1jk3jS_WaEs0aX	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
77	2023-10-16T13:43:00+03:00	1697452980	2023-10-16	kerava-service-centre	walk-in	t	client	no-other-known	f	18-29	social	16	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
78	2023-10-16T13:44:00+03:00	1697453040	2023-10-16	jarvenpaa-library	walk-in	f	relative	no-other-known	t	75+	both	7	\N	\N	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
79	2023-10-16T13:45:00+03:00	1697453100	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	t	30-64	social	29	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
80	2023-10-16T13:48:00+03:00	1697453280	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	36	\N	RmVd5Wg2P_UCmxqi9VlFybGcfdL7as-Gk2w_0dcbQWw	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
81	2023-10-16T13:54:00+03:00	1697453640	2023-10-16	kerava-service-centre	walk-in	t	client	referred-here	f	75+	health	30	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
82	2023-10-16T13:56:00+03:00	1697453760	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	both	40	\N	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
83	2023-10-16T13:56:00+03:00	1697453760	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	31	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
84	2023-10-16T13:58:00+03:00	1697453880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	37	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
86	2023-10-16T14:03:00+03:00	1697454180	2023-10-16	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	both	17	\N	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
87	2023-10-16T14:05:00+03:00	1697454300	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	65-74	health	34	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
88	2023-10-16T14:13:00+03:00	1697454780	2023-10-16	jarvenpaa-library	walk-in	t	relative	face-to-face	t	65-74	both	38	\N	\N	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
89	2023-10-16T14:19:00+03:00	1697455140	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	health	16	\N	VemiwPquFxomFtXqU4t5K3BuTywH0W7DPkUosV_Ac7x	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
90	2023-10-16T14:20:00+03:00	1697455200	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	both	28	\N	qHvn38A1ub1TyukjDMcQJwWjrqiQUWaL4BYopVwpvYu	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
91	2023-10-16T14:21:00+03:00	1697455260	2023-10-16	kerava-service-centre	outreach	f	client	\N	f	30-64	health	34	\N	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
92	2023-10-16T14:23:00+03:00	1697455380	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	both	\N	collaboration	JLdCWAhfp36qg2PYa8ACFIroX0niwCDLyA5p_NEuOx_	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
93	2023-10-16T14:23:00+03:00	1697455380	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	t	75+	health	10	\N	fXkUOX_pqPdq7DmiU7MKV78Um3uIV7DIxags9lGP4QT	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
94	2023-10-16T14:26:00+03:00	1697455560	2023-10-16	tuusula-hyryla-health-station	walk-in	f	relative	digital-barrier	t	65-74	both	19	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
95	2023-10-16T14:32:00+03:00	1697455920	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	both	28	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
96	2023-10-16T14:32:00+03:00	1697455920	2023-10-16	kerava-service-centre	walk-in	t	client	other	f	30-64	both	36	\N	_bE5g7lOWBfIm-0obXuye_O1QSsq0hyDmW36uTiK4T3	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
97	2023-10-16T14:45:00+03:00	1697456700	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	0-17	health	24	\N	N_3dTF7ixn6Dxw9SAX2VZUIxhuTQtx_7eGx7HXHQJl0	3	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
98	2023-10-16T14:53:00+03:00	1697457180	2023-10-16	tuusula-hyryla-health-station	outreach	t	client	face-to-face	f	30-64	social	23	network	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
99	2023-10-16T14:53:00+03:00	1697457180	2023-10-16	kerava-service-centre	phone	t	relative	no-other-known	f	75+	both	18	\N	hVPfI1BJiLCD6UZGcLzH08fZw8NfPGmr45LL5lE_wLO	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
101	2023-10-17T09:12:00+03:00	1697523120	2023-10-17	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	health	22	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
102	2023-10-17T09:35:00+03:00	1697524500	2023-10-17	tuusula-hyryla-health-station	walk-in	f	relative	no-other-known	f	75+	health	18	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
103	2023-10-17T09:38:00+03:00	1697524680	2023-10-17	kerava-service-centre	walk-in	f	relative	face-to-face	t	65-74	both	36	\N	S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
104	2023-10-17T09:38:00+03:00	1697524680	2023-10-17	kerava-service-centre	walk-in	f	client	referred-here	t	65-74	both	38	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
105	2023-10-17T09:39:00+03:00	1697524740	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	21	\N	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
106	2023-10-17T09:39:00+03:00	1697524740	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	42	community	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
107	2023-10-17T09:53:00+03:00	1697525580	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	both	27	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
108	2023-10-17T09:55:00+03:00	1697525700	2023-10-17	tuusula-hyryla-health-station	phone	f	relative	\N	t	30-64	both	13	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
109	2023-10-17T10:03:00+03:00	1697526180	2023-10-17	jarvenpaa-library	walk-in	t	client	no-other-known	t	75+	both	21	\N	wgUdONPn6kFIXSSzXzO0_5kTE6lw9LX95ssGCvl9K7u	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
110	2023-10-17T10:08:00+03:00	1697526480	2023-10-17	kerava-service-centre	walk-in	t	relative	face-to-face	f	18-29	health	31	\N	hybNj9v2td8aYmQbuvJPXFDKREyCE55BhdrVwlv9g_7	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
112	2023-10-17T10:22:00+03:00	1697527320	2023-10-17	tuusula-hyryla-health-station	phone	t	client	\N	f	75+	both	21	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
113	2023-10-17T10:26:00+03:00	1697527560	2023-10-17	jarvenpaa-library	walk-in	t	relative	other	t	65-74	both	9	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
114	2023-10-17T10:33:00+03:00	1697527980	2023-10-17	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	30-64	health	23	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
115	2023-10-17T10:34:00+03:00	1697528040	2023-10-17	tuusula-hyryla-health-station	outreach	t	client	nearby	t	75+	both	28	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
117	2023-10-17T10:53:00+03:00	1697529180	2023-10-17	tuusula-hyryla-health-station	walk-in	t	professional	face-to-face	f	65-74	both	\N	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
118	2023-10-17T11:04:00+03:00	1697529840	2023-10-17	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	health	20	\N	nCDNYvFWN3JK-6OZCghzcV9lO0eTdzRvXyh_lMqoDpJ	3	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
119	2023-10-17T11:09:00+03:00	1697530140	2023-10-17	tuusula-hyryla-health-station	phone	t	relative	\N	t	65-74	health	3	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
120	2023-10-17T11:15:00+03:00	1697530500	2023-10-17	kerava-service-centre	e-service	t	client	\N	f	65-74	social	12	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
121	2023-10-17T11:16:00+03:00	1697530560	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	social	8	\N	U09O8OBdIr8gZn7AhiohZ2Msi0cDQQhmXpUb1c9GTPP	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
122	2023-10-17T11:21:00+03:00	1697530860	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	social	28	\N	3Vl2nxsGzA8EGZP_rO7EG8a9zxn3FbENJD-dupWAhC2	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
123	2023-10-17T11:26:00+03:00	1697531160	2023-10-17	jarvenpaa-library	walk-in	f	client	face-to-face	t	65-74	health	27	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
124	2023-10-17T11:27:00+03:00	1697531220	2023-10-17	jarvenpaa-library	walk-in	f	client	no-other-known	t	30-64	social	7	\N	\N	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
125	2023-10-17T11:29:00+03:00	1697531340	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	41	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
126	2023-10-17T11:30:00+03:00	1697531400	2023-10-17	tuusula-hyryla-health-station	phone	t	relative	referred-here	t	30-64	social	14	\N	nFBxnZ9x7dKr0kat-V2WWnLwXZkheb3XmvxJyOrBUM_	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
127	2023-10-17T11:31:00+03:00	1697531460	2023-10-17	kerava-service-centre	walk-in	t	relative	no-other-known	t	unknown	both	9	community	J-U8cpLyBGgtHgf_9JSbFaTZJVpQAsejdvKofl0FH_R	3	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
128	2023-10-17T11:34:00+03:00	1697531640	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	both	11	\N	t0BAijUP78RF2xOv5D-d5i_bb50BXT5mOPsSOKSxL6y	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
129	2023-10-17T11:44:00+03:00	1697532240	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	40	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
130	2023-10-17T11:46:00+03:00	1697532360	2023-10-17	tuusula-hyryla-health-station	video	t	client	no-other-known	t	30-64	social	33	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
131	2023-10-17T11:51:00+03:00	1697532660	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	7	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
132	2023-10-17T11:57:00+03:00	1697533020	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	41	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
133	2023-10-17T12:10:00+03:00	1697533800	2023-10-17	kerava-service-centre	walk-in	t	client	digital-barrier	f	30-64	both	38	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
134	2023-10-17T12:16:00+03:00	1697534160	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	unknown	both	40	\N	QwEtKiErjHqfOrEAFANR3-vBmJfI5sRw7LlXBpno3ZG	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
135	2023-10-17T12:23:00+03:00	1697534580	2023-10-17	kerava-service-centre	video	t	client	\N	t	unknown	social	26	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
136	2023-10-17T12:26:00+03:00	1697534760	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	unknown	social	36	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
137	2023-10-17T12:29:00+03:00	1697534940	2023-10-17	tuusula-hyryla-health-station	outreach	f	relative	referred-here	f	30-64	social	17	\N	\N	1	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
138	2023-10-17T12:30:00+03:00	1697535000	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	18-29	both	30	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
139	2023-10-17T12:33:00+03:00	1697535180	2023-10-17	kerava-service-centre	e-service	t	relative	referred-here	t	18-29	both	9	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
140	2023-10-17T12:52:00+03:00	1697536320	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	both	\N	\N	_QOcrzUp-JzuvQ3LZUG92CvXwjBCSfjeNGqT0KyC1dN	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
141	2023-10-17T12:54:00+03:00	1697536440	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	health	\N	community	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
143	2023-10-17T13:03:00+03:00	1697536980	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	35	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
144	2023-10-17T13:11:00+03:00	1697537460	2023-10-17	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	social	34	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
145	2023-10-17T13:13:00+03:00	1697537580	2023-10-17	jarvenpaa-library	walk-in	f	client	digital-barrier	f	65-74	health	9	\N	\N	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
146	2023-10-17T13:26:00+03:00	1697538360	2023-10-17	kerava-service-centre	e-service	t	client	digital-barrier	t	75+	both	\N	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
147	2023-10-17T13:27:00+03:00	1697538420	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	health	35	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
185	2023-10-18T11:08:00+03:00	1697616480	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	65-74	both	37	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
148	2023-10-17T13:29:00+03:00	1697538540	2023-10-17	tuusula-hyryla-health-station	phone	t	client	other	f	18-29	both	23	\N	xCxouKSHsUeC16rX2ts4_9bwqrUcyG6Er4M0iPegtEa	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
149	2023-10-17T13:31:00+03:00	1697538660	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	\N	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	working-age-expert	f
150	2023-10-17T13:34:00+03:00	1697538840	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	both	40	\N	dD1GKgExTUVUShVonrtYkby3AI9qhTexFCR0buJI5cW	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
151	2023-10-17T13:37:00+03:00	1697539020	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	t	75+	both	43	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
152	2023-10-17T13:39:00+03:00	1697539140	2023-10-17	kerava-service-centre	chat	f	client	\N	f	30-64	both	27	self-care	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
153	2023-10-17T13:43:00+03:00	1697539380	2023-10-17	kerava-service-centre	phone	t	client	referred-here	f	65-74	social	4	\N	zEXi2igwoWEGkicU52-dJgLvRD77SYkxgBj5DoOrYAX	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
155	2023-10-17T13:47:00+03:00	1697539620	2023-10-17	kerava-service-centre	walk-in	t	client	nearby	f	75+	both	32	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
156	2023-10-17T13:50:00+03:00	1697539800	2023-10-17	kerava-service-centre	phone	f	relative	\N	t	65-74	both	24	\N	\N	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
157	2023-10-17T14:02:00+03:00	1697540520	2023-10-17	jarvenpaa-library	e-service	t	client	referred-here	f	65-74	both	15	network	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	older-people-expert	f
158	2023-10-17T14:15:00+03:00	1697541300	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	\N	\N	QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
160	2023-10-17T14:32:00+03:00	1697542320	2023-10-17	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	health	12	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
161	2023-10-17T14:39:00+03:00	1697542740	2023-10-17	jarvenpaa-library	walk-in	f	client	nearby	t	18-29	social	29	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
162	2023-10-17T14:50:00+03:00	1697543400	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	health	39	\N	LF03ijip_fbBZFH-zU1CG2PD55qXAKoD1ZQv8i0yYvk	1	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
163	2023-10-17T14:54:00+03:00	1697543640	2023-10-17	kerava-service-centre	walk-in	t	client	referred-here	t	65-74	both	\N	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
164	2023-10-17T14:54:00+03:00	1697543640	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	social	32	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
165	2023-10-17T14:58:00+03:00	1697543880	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	31	\N	qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
166	2023-10-18T09:01:00+03:00	1697608860	2023-10-18	kerava-service-centre	chat	t	client	other	f	30-64	social	15	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
167	2023-10-18T09:06:00+03:00	1697609160	2023-10-18	jarvenpaa-library	outreach	f	client	face-to-face	t	18-29	social	18	\N	TCvnInGR3PJsMWAKEE6L0CKPuroymhhaJHAkv5YnwUP	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
168	2023-10-18T09:11:00+03:00	1697609460	2023-10-18	kerava-service-centre	walk-in	f	client	other	t	30-64	social	\N	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
169	2023-10-18T09:12:00+03:00	1697609520	2023-10-18	jarvenpaa-library	walk-in	t	client	digital-barrier	f	18-29	social	24	\N	LLB_lFZyoP4QubOaQruCjDmh5c0Wp0aCnYzFhAGZTVY	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
170	2023-10-18T09:20:00+03:00	1697610000	2023-10-18	tuusula-hyryla-health-station	outreach	t	client	\N	f	75+	health	43	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
171	2023-10-18T09:22:00+03:00	1697610120	2023-10-18	kerava-service-centre	chat	t	client	\N	f	0-17	both	5	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
172	2023-10-18T09:54:00+03:00	1697612040	2023-10-18	kerava-service-centre	walk-in	f	relative	no-other-known	f	75+	health	9	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
173	2023-10-18T09:58:00+03:00	1697612280	2023-10-18	tuusula-hyryla-health-station	phone	t	client	\N	f	30-64	both	18	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
174	2023-10-18T09:58:00+03:00	1697612280	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	\N	\N	jk7mT2RW6aPFHiBErgdRGtmoIzgXpuQaHCP42UaEQ-8	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
175	2023-10-18T10:17:00+03:00	1697613420	2023-10-18	jarvenpaa-library	walk-in	f	client	face-to-face	f	unknown	both	24	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
176	2023-10-18T10:18:00+03:00	1697613480	2023-10-18	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	65-74	both	44	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
177	2023-10-18T10:35:00+03:00	1697614500	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	21	network	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
178	2023-10-18T10:37:00+03:00	1697614620	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	social	45	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
181	2023-10-18T10:58:00+03:00	1697615880	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	0-17	health	12	\N	pNzCOLN_0m0Otbwq1T6HqxV8NyQbWHKZiTE3tJWf1TO	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
182	2023-10-18T11:05:00+03:00	1697616300	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	33	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
183	2023-10-18T11:07:00+03:00	1697616420	2023-10-18	jarvenpaa-library	walk-in	f	relative	face-to-face	t	30-64	both	16	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
184	2023-10-18T11:08:00+03:00	1697616480	2023-10-18	jarvenpaa-library	walk-in	t	client	no-other-known	f	75+	health	6	network	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
186	2023-10-18T11:11:00+03:00	1697616660	2023-10-18	tuusula-hyryla-health-station	outreach	f	client	no-other-known	f	unknown	social	50	\N	RIBwkjezfgxACp8e8OCQp96ArP-3ife5n17cGQr6Xvm	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
187	2023-10-18T11:26:00+03:00	1697617560	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	both	18	\N	jzKPA6aKAHHiJU6pLMmjZH3jNQl2ZdG7FFu0YX2qukd	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
188	2023-10-18T11:27:00+03:00	1697617620	2023-10-18	kerava-service-centre	walk-in	f	client	no-other-known	t	75+	both	42	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
189	2023-10-18T11:28:00+03:00	1697617680	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	18-29	social	34	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
190	2023-10-18T11:29:00+03:00	1697617740	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	17	\N	RlKzljr75nCE9ggyCvFfeBXcZC-cXUAzArYOstURLjX	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
191	2023-10-18T11:29:00+03:00	1697617740	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	30-64	health	25	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
192	2023-10-18T11:31:00+03:00	1697617860	2023-10-18	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	t	75+	both	36	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
193	2023-10-18T11:36:00+03:00	1697618160	2023-10-18	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	social	39	\N	URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
194	2023-10-18T11:37:00+03:00	1697618220	2023-10-18	tuusula-hyryla-health-station	outreach	t	client	digital-barrier	f	65-74	both	40	network	0HIUijumfbP7VLxZ1Re0H-89pWK6aLvkqL9wG62qQmr	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
195	2023-10-18T11:37:00+03:00	1697618220	2023-10-18	kerava-service-centre	walk-in	f	client	other	f	30-64	social	\N	\N	XJIQDCKa06Ee-ImCJLk0K9evyq0CzJ7tPlGB_tRSd2d	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
196	2023-10-18T11:41:00+03:00	1697618460	2023-10-18	kerava-service-centre	walk-in	t	client	nearby	t	18-29	both	42	\N	42rtiS9-UxfUE99M9tqmuhLj-SaN8GNpVQm0JIQ1ZqY	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
197	2023-10-18T11:42:00+03:00	1697618520	2023-10-18	kerava-service-centre	walk-in	f	relative	face-to-face	f	65-74	health	35	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
198	2023-10-18T11:44:00+03:00	1697618640	2023-10-18	kerava-service-centre	walk-in	t	relative	face-to-face	t	75+	both	9	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
199	2023-10-18T11:48:00+03:00	1697618880	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	30-64	both	39	\N	cp_3sS-ObYNNxX7LpQeyFBbV0Z5WkImaaIXOJHA3ovL	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
200	2023-10-18T12:00:00+03:00	1697619600	2023-10-18	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	both	37	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
201	2023-10-18T12:03:00+03:00	1697619780	2023-10-18	tuusula-hyryla-health-station	e-service	t	relative	no-other-known	t	30-64	both	15	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
202	2023-10-18T12:21:00+03:00	1697620860	2023-10-18	kerava-service-centre	outreach	f	client	referred-here	f	unknown	health	19	community	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
203	2023-10-18T12:40:00+03:00	1697622000	2023-10-18	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	social	33	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
204	2023-10-18T12:56:00+03:00	1697622960	2023-10-18	jarvenpaa-library	e-service	f	client	other	t	65-74	both	19	collaboration	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
205	2023-10-18T12:58:00+03:00	1697623080	2023-10-18	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	both	23	\N	GToZ48eb-5EF47KxW0x1K1SKizJvTDW3nElalAEmv53	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
206	2023-10-18T13:10:00+03:00	1697623800	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	health	31	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
207	2023-10-18T13:16:00+03:00	1697624160	2023-10-18	kerava-service-centre	walk-in	t	client	nearby	f	30-64	health	36	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
208	2023-10-18T13:23:00+03:00	1697624580	2023-10-18	tuusula-hyryla-health-station	walk-in	f	relative	other	t	75+	health	41	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
209	2023-10-18T13:23:00+03:00	1697624580	2023-10-18	kerava-service-centre	walk-in	t	client	digital-barrier	t	18-29	health	43	\N	AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
210	2023-10-18T13:25:00+03:00	1697624700	2023-10-18	kerava-service-centre	e-service	t	client	no-other-known	t	30-64	social	9	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
211	2023-10-18T13:27:00+03:00	1697624820	2023-10-18	jarvenpaa-library	phone	t	relative	other	t	65-74	both	22	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
212	2023-10-18T13:30:00+03:00	1697625000	2023-10-18	kerava-service-centre	walk-in	t	relative	digital-barrier	f	75+	social	6	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
213	2023-10-18T13:38:00+03:00	1697625480	2023-10-18	jarvenpaa-library	walk-in	f	relative	face-to-face	t	75+	both	7	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
214	2023-10-18T13:41:00+03:00	1697625660	2023-10-18	kerava-service-centre	walk-in	f	client	face-to-face	f	65-74	health	\N	\N	35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
215	2023-10-18T13:45:00+03:00	1697625900	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	75+	both	31	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
216	2023-10-18T13:58:00+03:00	1697626680	2023-10-18	tuusula-hyryla-health-station	phone	f	relative	no-other-known	f	75+	both	25	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
217	2023-10-18T14:04:00+03:00	1697627040	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	28	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
218	2023-10-18T14:05:00+03:00	1697627100	2023-10-18	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	both	28	\N	-tCIKf84jvTXW-Gg_b4hofxrpMYqxpaIp0A--i3ybYU	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
219	2023-10-18T14:14:00+03:00	1697627640	2023-10-18	tuusula-hyryla-health-station	e-service	f	client	\N	f	30-64	both	17	\N	2bA6IQKW8IUlHO_MRbUaAvQpp5ZK9-R2VsS1NbOWh-V	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
220	2023-10-18T14:17:00+03:00	1697627820	2023-10-18	kerava-service-centre	walk-in	f	client	nearby	f	30-64	social	20	\N	VCH8VstNIPF7u-V15KlX99nwxXrkj1n04gU-2rRw2G9	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
221	2023-10-18T14:37:00+03:00	1697629020	2023-10-18	kerava-service-centre	walk-in	f	client	nearby	t	30-64	both	42	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
222	2023-10-18T14:45:00+03:00	1697629500	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	face-to-face	f	75+	health	5	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
223	2023-10-18T14:49:00+03:00	1697629740	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	social	17	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
224	2023-10-18T14:53:00+03:00	1697629980	2023-10-18	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	both	38	\N	iz_1f3Y1rf09rCfP7jmIw4QLcFIqXaTU_PZNUrPqO-f	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
225	2023-10-18T14:56:00+03:00	1697630160	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	unknown	social	29	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
226	2023-10-19T09:13:00+03:00	1697695980	2023-10-19	kerava-service-centre	outreach	t	client	other	f	30-64	health	50	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
227	2023-10-19T09:24:00+03:00	1697696640	2023-10-19	kerava-service-centre	walk-in	f	relative	referred-here	f	30-64	social	7	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
229	2023-10-19T09:37:00+03:00	1697697420	2023-10-19	jarvenpaa-library	walk-in	f	client	event	f	75+	social	5	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
230	2023-10-19T09:46:00+03:00	1697697960	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	both	7	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
231	2023-10-19T09:58:00+03:00	1697698680	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	75+	both	34	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
232	2023-10-19T10:06:00+03:00	1697699160	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	6	\N	hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
233	2023-10-19T10:10:00+03:00	1697699400	2023-10-19	kerava-service-centre	walk-in	f	client	nearby	f	65-74	social	42	network	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
234	2023-10-19T10:16:00+03:00	1697699760	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	both	23	\N	eC6shIwGQogKPh0lMvjXlHt0MJCUeWeRPLkRyKHrzW6	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
235	2023-10-19T10:17:00+03:00	1697699820	2023-10-19	tuusula-hyryla-health-station	e-service	t	client	\N	f	30-64	both	16	\N	fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
236	2023-10-19T10:25:00+03:00	1697700300	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	health	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
237	2023-10-19T10:35:00+03:00	1697700900	2023-10-19	kerava-service-centre	walk-in	t	client	face-to-face	t	18-29	social	40	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
238	2023-10-19T10:36:00+03:00	1697700960	2023-10-19	kerava-service-centre	chat	f	client	\N	f	65-74	health	21	\N	S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
239	2023-10-19T10:38:00+03:00	1697701080	2023-10-19	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	14	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
240	2023-10-19T10:41:00+03:00	1697701260	2023-10-19	kerava-service-centre	walk-in	t	client	face-to-face	t	18-29	social	12	collaboration	ZGnCiJcKft4wYFx_wl3Yw0MIjs0ENXFqOOlEfOZbNPy	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
241	2023-10-19T10:53:00+03:00	1697701980	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	18-29	health	38	\N	\N	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
242	2023-10-19T10:54:00+03:00	1697702040	2023-10-19	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	f	75+	both	9	self-care	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
244	2023-10-19T10:58:00+03:00	1697702280	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	t	75+	both	\N	\N	YiACRNC9dpAv5a8d6D-IxECUnAXKnOHvAlnPaGHL0pM	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
245	2023-10-19T11:02:00+03:00	1697702520	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	eK5XqvSAtstvY6_MobR5D-gz2CZd2gRqbV2t6aCKl-4	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
246	2023-10-19T11:10:00+03:00	1697703000	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	social	22	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
247	2023-10-19T11:18:00+03:00	1697703480	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	referred-here	t	65-74	both	11	\N	hE0SoWfto43tAK_QilE6-l0J63cJAbhNf7l0IAq-c6i	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
248	2023-10-19T11:19:00+03:00	1697703540	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	t	30-64	both	5	\N	YPi8Emluq8caa7bJfoQohxR1qe2vMsWl3vTjoJgUUAt	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
249	2023-10-19T11:28:00+03:00	1697704080	2023-10-19	kerava-service-centre	walk-in	t	client	nearby	f	30-64	social	37	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
250	2023-10-19T11:34:00+03:00	1697704440	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	f	30-64	both	21	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
251	2023-10-19T11:52:00+03:00	1697705520	2023-10-19	jarvenpaa-library	outreach	t	client	no-other-known	f	18-29	both	38	\N	\N	4	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
252	2023-10-19T11:53:00+03:00	1697705580	2023-10-19	kerava-service-centre	walk-in	t	client	referred-here	t	0-17	both	\N	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
253	2023-10-19T11:54:00+03:00	1697705640	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	f	65-74	social	39	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
254	2023-10-19T11:59:00+03:00	1697705940	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	social	7	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
255	2023-10-19T12:11:00+03:00	1697706660	2023-10-19	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	\N	network	3wVu2QfpHCJ1KMy3Yf3DQ9tEpolCheZfE9Rx0i09sWP	2	neuvoja-3	f	2026-12-07T09:26:42Z	\N	working-age-expert	f
256	2023-10-19T12:11:00+03:00	1697706660	2023-10-19	kerava-service-centre	walk-in	t	client	other	t	65-74	health	26	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
257	2023-10-19T12:22:00+03:00	1697707320	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	t	unknown	both	42	\N	\N	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
258	2023-10-19T12:35:00+03:00	1697708100	2023-10-19	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	both	44	\N	TmQewB2qdyVFk0z0j_kxPU0XQcHd_I3mTOGU8NnJLuF	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
259	2023-10-19T12:37:00+03:00	1697708220	2023-10-19	jarvenpaa-library	walk-in	t	client	event	t	30-64	social	37	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
260	2023-10-19T12:40:00+03:00	1697708400	2023-10-19	tuusula-hyryla-health-station	phone	t	client	other	f	30-64	social	\N	\N	CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
261	2023-10-19T12:44:00+03:00	1697708640	2023-10-19	jarvenpaa-library	phone	f	relative	no-other-known	f	18-29	social	23	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
262	2023-10-19T12:45:00+03:00	1697708700	2023-10-19	jarvenpaa-library	walk-in	f	client	other	t	30-64	both	8	\N	oak_wQpOmcUQSbZr72zduR5gykELl6h-wXkq-kIyxNa	1	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
263	2023-10-19T12:48:00+03:00	1697708880	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	35	collaboration	hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
264	2023-10-19T12:56:00+03:00	1697709360	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	t	65-74	health	6	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
265	2023-10-19T12:57:00+03:00	1697709420	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	65-74	both	44	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
266	2023-10-19T13:01:00+03:00	1697709660	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	unknown	social	15	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
267	2023-10-19T13:11:00+03:00	1697710260	2023-10-19	jarvenpaa-library	walk-in	t	client	event	t	30-64	both	5	\N	\N	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
268	2023-10-19T13:18:00+03:00	1697710680	2023-10-19	kerava-service-centre	phone	t	relative	other	f	18-29	health	21	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
269	2023-10-19T13:29:00+03:00	1697711340	2023-10-19	kerava-service-centre	walk-in	f	client	no-other-known	f	18-29	both	\N	\N	hFgOBRW_C2BlJWfXTVlsJx2588i6cC5jZz7hzetgOFE	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
270	2023-10-19T13:53:00+03:00	1697712780	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	both	19	community	ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
271	2023-10-19T13:54:00+03:00	1697712840	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	75+	both	23	network	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
272	2023-10-19T13:57:00+03:00	1697713020	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	21	\N	kkUl6NPjGM1Om3P1dZWR3Eh6mCzuio7nqqWCOsxLiP8	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
273	2023-10-19T13:59:00+03:00	1697713140	2023-10-19	jarvenpaa-library	walk-in	f	client	referred-here	f	65-74	both	12	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
274	2023-10-19T14:02:00+03:00	1697713320	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	other	t	75+	health	15	\N	Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
275	2023-10-19T14:07:00+03:00	1697713620	2023-10-19	jarvenpaa-library	walk-in	t	client	nearby	t	65-74	both	9	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
277	2023-10-19T14:34:00+03:00	1697715240	2023-10-19	tuusula-hyryla-health-station	video	f	client	other	t	18-29	both	\N	\N	\N	1	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
278	2023-10-19T14:35:00+03:00	1697715300	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	health	11	\N	o6Ew83SE-naEPJKlksritKffn8QvVmHFbiqMte5r0t-	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
279	2023-10-19T14:36:00+03:00	1697715360	2023-10-19	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	30-64	social	\N	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
280	2023-10-19T14:49:00+03:00	1697716140	2023-10-19	jarvenpaa-library	walk-in	f	client	nearby	t	unknown	health	16	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
281	2023-10-19T14:57:00+03:00	1697716620	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	both	31	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
282	2023-10-19T14:58:00+03:00	1697716680	2023-10-19	jarvenpaa-library	walk-in	t	client	digital-barrier	f	65-74	health	33	\N	96Pg9svNr9c3Adx976j75Ki3u-7C-HlazarWTjwPoWR	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
283	2023-10-20T09:02:00+03:00	1697781720	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	f	65-74	both	\N	\N	\N	2	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
284	2023-10-20T09:15:00+03:00	1697782500	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	both	32	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
285	2023-10-20T09:17:00+03:00	1697782620	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	25	\N	JGistmD4G6vzfQ4mugH4iUUhRHmZnv9aUh1I7R-G4Jw	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
286	2023-10-20T09:23:00+03:00	1697782980	2023-10-20	jarvenpaa-library	e-service	f	client	\N	t	0-17	health	7	\N	x6iLO4aQnFbF2Dg1AHfDTQsNmNneV6i2cwn8QK_3l8Z	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
287	2023-10-20T09:32:00+03:00	1697783520	2023-10-20	jarvenpaa-library	walk-in	f	client	no-other-known	t	30-64	health	21	\N	\N	3	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
288	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	jarvenpaa-library	phone	f	relative	referred-here	f	65-74	both	4	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
289	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	kerava-service-centre	walk-in	t	client	other	t	unknown	social	16	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
290	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	kerava-service-centre	phone	t	client	\N	t	0-17	health	23	\N	kSwis6RVAGQdx-IYyPJSlIGSsITQQMOZD3xwXEVQA-P	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
291	2023-10-20T09:43:00+03:00	1697784180	2023-10-20	jarvenpaa-library	walk-in	t	client	no-other-known	f	65-74	both	29	\N	\N	2	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
292	2023-10-20T09:46:00+03:00	1697784360	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	health	11	\N	ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
293	2023-10-20T09:53:00+03:00	1697784780	2023-10-20	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	35	\N	DrfqZzB80uEVGXfB8dF9ovFE0c6_XiKmvB9aPpedVi9	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
294	2023-10-20T10:02:00+03:00	1697785320	2023-10-20	jarvenpaa-library	phone	f	client	face-to-face	f	30-64	social	24	\N	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
295	2023-10-20T10:14:00+03:00	1697786040	2023-10-20	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	both	17	\N	nwRN07IkBYhXzhQyLlRnHXyg6AZMjBdKU8XF58-egdF	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
296	2023-10-20T10:15:00+03:00	1697786100	2023-10-20	jarvenpaa-library	walk-in	t	client	digital-barrier	f	65-74	both	24	network	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
297	2023-10-20T10:15:00+03:00	1697786100	2023-10-20	kerava-service-centre	walk-in	t	professional	other	t	18-29	both	24	\N	\N	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
298	2023-10-20T10:16:00+03:00	1697786160	2023-10-20	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	42	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
299	2023-10-20T10:45:00+03:00	1697787900	2023-10-20	tuusula-hyryla-health-station	outreach	t	client	other	f	30-64	both	40	network	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
300	2023-10-20T10:48:00+03:00	1697788080	2023-10-20	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	8	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
301	2023-10-20T10:58:00+03:00	1697788680	2023-10-20	jarvenpaa-library	walk-in	f	client	face-to-face	f	65-74	health	40	\N	\N	3	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
302	2023-10-20T11:22:00+03:00	1697790120	2023-10-20	kerava-service-centre	phone	f	client	\N	t	65-74	both	17	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
303	2023-10-20T11:49:00+03:00	1697791740	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	both	42	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
304	2023-10-20T11:55:00+03:00	1697792100	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	0-17	health	29	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
305	2023-10-20T12:16:00+03:00	1697793360	2023-10-20	tuusula-hyryla-health-station	outreach	t	client	\N	f	75+	health	52	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
306	2023-10-20T12:21:00+03:00	1697793660	2023-10-20	tuusula-hyryla-health-station	video	t	client	face-to-face	t	75+	both	35	\N	4FMQvgPr0km1bCSXs4yscTq82LpMYR1om5763GptQWK	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
307	2023-10-20T12:24:00+03:00	1697793840	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	6	self-care	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
308	2023-10-20T12:52:00+03:00	1697795520	2023-10-20	kerava-service-centre	phone	t	client	\N	f	30-64	both	6	\N	Jvr02tQVYD6gpdAS8WrWX2U6mCVcnH7VzKqpfD1CRET	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
309	2023-10-20T12:53:00+03:00	1697795580	2023-10-20	jarvenpaa-library	walk-in	t	client	digital-barrier	f	30-64	social	20	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
310	2023-10-20T13:10:00+03:00	1697796600	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	30-64	both	23	community	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
311	2023-10-20T13:28:00+03:00	1697797680	2023-10-20	kerava-service-centre	walk-in	f	client	referred-here	f	65-74	health	17	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
312	2023-10-20T13:38:00+03:00	1697798280	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	health	41	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
313	2023-10-20T13:45:00+03:00	1697798700	2023-10-20	kerava-service-centre	e-service	f	client	\N	t	30-64	both	13	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
314	2023-10-20T13:47:00+03:00	1697798820	2023-10-20	kerava-service-centre	phone	t	client	\N	f	30-64	both	20	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
315	2023-10-20T13:55:00+03:00	1697799300	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	health	21	\N	tQeqvUOVyFngU5O0-h_3aeeEsq6WJQEpSCeLBSMlsnQ	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
316	2023-10-20T13:56:00+03:00	1697799360	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	30-64	both	41	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
317	2023-10-20T13:58:00+03:00	1697799480	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	both	22	\N	KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
318	2023-10-20T14:04:00+03:00	1697799840	2023-10-20	tuusula-hyryla-health-station	e-service	t	client	other	t	30-64	social	8	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
319	2023-10-20T14:11:00+03:00	1697800260	2023-10-20	jarvenpaa-library	e-service	t	client	digital-barrier	t	30-64	both	11	\N	\N	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
320	2023-10-20T14:35:00+03:00	1697801700	2023-10-20	tuusula-hyryla-health-station	video	t	client	digital-barrier	t	unknown	health	31	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
321	2023-10-20T14:50:00+03:00	1697802600	2023-10-20	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	35	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
322	2023-10-20T14:54:00+03:00	1697802840	2023-10-20	jarvenpaa-library	walk-in	f	client	digital-barrier	t	30-64	both	14	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
323	2023-10-23T09:00:00+03:00	1698040800	2023-10-23	kerava-service-centre	phone	t	professional	\N	f	30-64	both	9	self-care	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
324	2023-10-23T09:05:00+03:00	1698041100	2023-10-23	kerava-service-centre	walk-in	f	client	no-other-known	t	18-29	both	29	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
325	2023-10-23T09:06:00+03:00	1698041160	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	social	22	\N	n5NLlKe-s4I3rq29lkpJEUJ1emGdXuznHy6WsUbmjpb	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	working-age-expert	f
326	2023-10-23T09:15:00+03:00	1698041700	2023-10-23	tuusula-hyryla-health-station	walk-in	f	relative	nearby	f	30-64	health	26	\N	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
327	2023-10-23T09:17:00+03:00	1698041820	2023-10-23	jarvenpaa-library	walk-in	t	professional	face-to-face	t	30-64	social	33	\N	RnL7EB_IsCxwjdap8-s3cvfjMWyRzLQaeYn9Z2gbc5p	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
328	2023-10-23T09:17:00+03:00	1698041820	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	29	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
329	2023-10-23T09:22:00+03:00	1698042120	2023-10-23	kerava-service-centre	phone	f	relative	referred-here	t	65-74	health	19	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
330	2023-10-23T09:31:00+03:00	1698042660	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	30-64	social	9	\N	4kJ7H-L0ocoNHm7ofIrBANDuHzHEc0_XY2UhoZWnyEv	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
331	2023-10-23T09:35:00+03:00	1698042900	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	unknown	health	28	\N	E0x4T_xE3p9938Jd3-hv1xx3W0X7Iq78CoQbBE0xJ_v	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
332	2023-10-23T09:35:00+03:00	1698042900	2023-10-23	kerava-service-centre	walk-in	f	client	digital-barrier	t	30-64	both	\N	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
333	2023-10-23T09:38:00+03:00	1698043080	2023-10-23	kerava-service-centre	phone	t	client	\N	t	unknown	health	25	\N	fBRkjwviqAr7ATVgO1Lj2s8_ihGhZbDQqnOtDRH023u	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
334	2023-10-23T09:44:00+03:00	1698043440	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	f	65-74	health	29	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
335	2023-10-23T09:45:00+03:00	1698043500	2023-10-23	jarvenpaa-library	video	t	relative	\N	f	75+	both	38	\N	5mawdy7Tj-OsKGv5Fmen9AKOQIjZEyGCOtqrNVeY9CH	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
336	2023-10-23T09:49:00+03:00	1698043740	2023-10-23	kerava-service-centre	phone	t	relative	\N	t	30-64	social	4	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
337	2023-10-23T09:50:00+03:00	1698043800	2023-10-23	tuusula-hyryla-health-station	phone	f	relative	no-other-known	f	18-29	social	16	\N	9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
338	2023-10-23T10:00:00+03:00	1698044400	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	both	38	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
340	2023-10-23T10:03:00+03:00	1698044580	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	30-64	social	23	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
341	2023-10-23T10:03:00+03:00	1698044580	2023-10-23	tuusula-hyryla-health-station	outreach	f	client	no-other-known	t	75+	both	57	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
342	2023-10-23T10:04:00+03:00	1698044640	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	health	22	\N	5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
343	2023-10-23T10:05:00+03:00	1698044700	2023-10-23	jarvenpaa-library	walk-in	t	relative	nearby	t	18-29	both	25	\N	\N	1	neuvoja-3	f	2026-12-07T09:26:42Z	\N	mental-health-substance-expert	f
344	2023-10-23T10:05:00+03:00	1698044700	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	18-29	social	22	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
345	2023-10-23T10:06:00+03:00	1698044760	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	25	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
346	2023-10-23T10:06:00+03:00	1698044760	2023-10-23	kerava-service-centre	walk-in	f	client	other	t	65-74	both	11	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
347	2023-10-23T10:10:00+03:00	1698045000	2023-10-23	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	22	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
348	2023-10-23T10:11:00+03:00	1698045060	2023-10-23	kerava-service-centre	outreach	t	relative	face-to-face	f	65-74	health	26	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
349	2023-10-23T10:12:00+03:00	1698045120	2023-10-23	tuusula-hyryla-health-station	phone	f	client	digital-barrier	f	30-64	both	8	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
350	2023-10-23T10:15:00+03:00	1698045300	2023-10-23	tuusula-hyryla-health-station	phone	t	relative	\N	f	75+	health	\N	\N	\N	3	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
351	2023-10-23T10:16:00+03:00	1698045360	2023-10-23	tuusula-hyryla-health-station	outreach	f	client	no-other-known	f	unknown	social	32	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
352	2023-10-23T10:20:00+03:00	1698045600	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	27	\N	bvCNV2DN_aTO_83rt691IYWpLvPpMtTOHeAChrrG6yI	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
353	2023-10-23T10:22:00+03:00	1698045720	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	social	29	self-care	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
354	2023-10-23T10:30:00+03:00	1698046200	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	other	t	65-74	social	13	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
355	2023-10-23T10:33:00+03:00	1698046380	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	both	29	collaboration	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
356	2023-10-23T10:43:00+03:00	1698046980	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	both	24	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
357	2023-10-23T10:47:00+03:00	1698047220	2023-10-23	kerava-service-centre	e-service	t	client	other	t	65-74	health	18	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
358	2023-10-23T10:47:00+03:00	1698047220	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	65-74	both	12	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
359	2023-10-23T10:49:00+03:00	1698047340	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	20	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
360	2023-10-23T10:50:00+03:00	1698047400	2023-10-23	tuusula-hyryla-health-station	phone	t	professional	no-other-known	f	75+	both	8	\N	3bqm1tSLxYGz86xZK1-CKtIbJ61ZmjId_-qib0cPjc1	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
361	2023-10-23T10:51:00+03:00	1698047460	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	41	\N	FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
362	2023-10-23T10:51:00+03:00	1698047460	2023-10-23	kerava-service-centre	chat	t	client	\N	f	75+	both	11	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
363	2023-10-23T10:53:00+03:00	1698047580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	t	65-74	both	30	network	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	older-people-expert	f
364	2023-10-23T10:54:00+03:00	1698047640	2023-10-23	tuusula-hyryla-health-station	e-service	t	relative	referred-here	t	75+	health	8	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
365	2023-10-23T10:54:00+03:00	1698047640	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	referred-here	t	30-64	both	29	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
366	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	health	22	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
367	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	26	\N	h_pHPdy7gvq17ZcMY7PMIJFlfxW5SLrpaHOoWO52ayU	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
368	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	relative	event	t	30-64	both	15	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
369	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	professional	digital-barrier	f	75+	both	25	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
370	2023-10-23T11:07:00+03:00	1698048420	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	11	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
371	2023-10-23T11:09:00+03:00	1698048540	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	unknown	health	20	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
372	2023-10-23T11:09:00+03:00	1698048540	2023-10-23	kerava-service-centre	walk-in	f	client	referred-here	t	30-64	both	10	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
373	2023-10-23T11:14:00+03:00	1698048840	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	t	65-74	both	17	\N	R8PhNWEhGZfXNsEFJoc17lSjRdHitUu7F1-TUuCB5ab	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
374	2023-10-23T11:15:00+03:00	1698048900	2023-10-23	kerava-service-centre	walk-in	f	client	nearby	t	30-64	social	5	\N	dTssUtXDvDTC0DKX87e03jd0LvHC168gKlejfJJeugh	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
375	2023-10-23T11:24:00+03:00	1698049440	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	event	t	30-64	both	\N	\N	qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
376	2023-10-23T11:36:00+03:00	1698050160	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
377	2023-10-23T11:37:00+03:00	1698050220	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	f	unknown	health	21	\N	dPlfKR8bAnJl9sPu_adkTZXy4kk4yFSvPRUOHGhnA8X	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
378	2023-10-23T11:41:00+03:00	1698050460	2023-10-23	tuusula-hyryla-health-station	walk-in	t	relative	digital-barrier	t	unknown	health	41	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
379	2023-10-23T11:44:00+03:00	1698050640	2023-10-23	kerava-service-centre	walk-in	t	professional	no-other-known	t	75+	both	5	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
380	2023-10-23T11:50:00+03:00	1698051000	2023-10-23	jarvenpaa-library	video	t	client	other	t	30-64	social	19	network	VrSduikXqme7V7-QubfxyBqXRNVQRi-fML3mfEoVHWn	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
381	2023-10-23T11:51:00+03:00	1698051060	2023-10-23	jarvenpaa-library	walk-in	t	client	nearby	t	65-74	social	28	\N	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
382	2023-10-23T11:55:00+03:00	1698051300	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	45	\N	CCKPE0bmBhgew3QKqbdpiNMf3cbyZUstB5UWZ8pQ3Pq	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
383	2023-10-23T11:55:00+03:00	1698051300	2023-10-23	kerava-service-centre	walk-in	t	client	nearby	t	75+	both	44	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
384	2023-10-23T11:58:00+03:00	1698051480	2023-10-23	kerava-service-centre	chat	t	client	\N	f	65-74	both	21	\N	\N	1	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
385	2023-10-23T12:10:00+03:00	1698052200	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	social	11	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
386	2023-10-23T12:11:00+03:00	1698052260	2023-10-23	jarvenpaa-library	e-service	t	client	no-other-known	t	65-74	social	17	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	3	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
387	2023-10-23T12:13:00+03:00	1698052380	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	18	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
388	2023-10-23T12:16:00+03:00	1698052560	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	t	unknown	both	38	collaboration	Ms8V1BQZSFp9XfjwviQr0r6LZ4ROSzmXkMI5P9t4rou	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
389	2023-10-23T12:17:00+03:00	1698052620	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	social	\N	self-care	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
390	2023-10-23T12:27:00+03:00	1698053220	2023-10-23	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	25	community	xEGfJeSkxA7Qu3JXjEpH6XxCWaxQL6NKAwDLT54Y6ET	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	working-age-expert	f
391	2023-10-23T12:30:00+03:00	1698053400	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	health	\N	\N	XxCiVWkSajf6T8otZkY_lBHNOPvHDEhB3CeySWrlK1a	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
392	2023-10-23T12:33:00+03:00	1698053580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	both	41	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
393	2023-10-23T12:44:00+03:00	1698054240	2023-10-23	kerava-service-centre	e-service	t	client	\N	f	65-74	both	15	\N	XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
394	2023-10-23T12:49:00+03:00	1698054540	2023-10-23	tuusula-hyryla-health-station	phone	t	relative	\N	t	30-64	both	\N	\N	VNZl_cfRmrQUnGgJxnipOZBc5NAkzm8yTlNWHhByJqd	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
395	2023-10-23T12:51:00+03:00	1698054660	2023-10-23	kerava-service-centre	walk-in	t	client	nearby	f	75+	social	14	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
396	2023-10-23T12:52:00+03:00	1698054720	2023-10-23	tuusula-hyryla-health-station	e-service	t	client	\N	t	75+	health	19	\N	YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
397	2023-10-23T12:53:00+03:00	1698054780	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	social	14	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
398	2023-10-23T13:00:00+03:00	1698055200	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	social	26	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
399	2023-10-23T13:08:00+03:00	1698055680	2023-10-23	tuusula-hyryla-health-station	e-service	t	client	digital-barrier	t	18-29	social	8	collaboration	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
400	2023-10-23T13:11:00+03:00	1698055860	2023-10-23	jarvenpaa-library	walk-in	t	client	referred-here	f	18-29	both	45	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
401	2023-10-23T13:14:00+03:00	1698056040	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	26	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
402	2023-10-23T13:21:00+03:00	1698056460	2023-10-23	jarvenpaa-library	walk-in	t	relative	other	t	18-29	both	28	\N	A9MJQovI3cBLwJRiVQ38gYhEdEfXbqYOBmct-HrD3dM	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
403	2023-10-23T13:22:00+03:00	1698056520	2023-10-23	jarvenpaa-library	walk-in	t	professional	nearby	f	65-74	health	5	\N	ZlMSW9Imve5DTFfhRD0Oc-fjTbvOJsPOMg6y9r4m4Gy	3	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
404	2023-10-23T13:27:00+03:00	1698056820	2023-10-23	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	health	33	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
405	2023-10-23T13:32:00+03:00	1698057120	2023-10-23	jarvenpaa-library	walk-in	t	client	other	f	65-74	both	36	\N	vpvXTs5VVHOfAzNqHaWaebp7azH_1CVyCZGn6oS6izE	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
406	2023-10-23T13:51:00+03:00	1698058260	2023-10-23	jarvenpaa-library	phone	t	client	digital-barrier	f	30-64	both	12	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
407	2023-10-23T13:54:00+03:00	1698058440	2023-10-23	kerava-service-centre	walk-in	f	client	no-other-known	f	65-74	both	34	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
408	2023-10-23T13:55:00+03:00	1698058500	2023-10-23	jarvenpaa-library	walk-in	t	client	no-other-known	t	18-29	both	42	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
409	2023-10-23T13:57:00+03:00	1698058620	2023-10-23	jarvenpaa-library	outreach	t	client	no-other-known	f	30-64	both	52	\N	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
410	2023-10-23T14:08:00+03:00	1698059280	2023-10-23	jarvenpaa-library	chat	f	client	referred-here	f	30-64	social	18	\N	oKUkySwx_kRTP66QMMEd_NGs3p7bEpDV8784NT6SU8J	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
411	2023-10-23T14:13:00+03:00	1698059580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	social	19	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
412	2023-10-23T14:17:00+03:00	1698059820	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	f	30-64	social	18	\N	\N	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
413	2023-10-23T14:29:00+03:00	1698060540	2023-10-23	jarvenpaa-library	walk-in	t	relative	no-other-known	f	75+	health	17	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
414	2023-10-23T14:31:00+03:00	1698060660	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	both	5	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
415	2023-10-23T14:41:00+03:00	1698061260	2023-10-23	kerava-service-centre	walk-in	t	client	other	t	75+	both	8	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
416	2023-10-23T14:44:00+03:00	1698061440	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	44	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
417	2023-10-23T14:44:00+03:00	1698061440	2023-10-23	kerava-service-centre	outreach	t	client	no-other-known	f	65-74	both	21	\N	yL8bWC1jXDUchiZbwwc6CqT1azaQioznTW5pze-qd6Q	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
418	2023-10-23T14:47:00+03:00	1698061620	2023-10-23	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	15	\N	B-hWaUHY4LwiJco8njnKrdHC9Vh8o3bBt5aphsyWYJo	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
419	2023-10-24T09:09:00+03:00	1698127740	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	both	5	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
421	2023-10-24T09:16:00+03:00	1698128160	2023-10-24	kerava-service-centre	phone	t	relative	\N	f	30-64	both	6	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	1	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
422	2023-10-24T09:34:00+03:00	1698129240	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	both	35	\N	yBSfI3c-TsQWDzv0kKywF_FlKGBmfneJ-8NPaA9qtRO	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
423	2023-10-24T09:39:00+03:00	1698129540	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	social	10	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
424	2023-10-24T09:42:00+03:00	1698129720	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	t	75+	both	23	\N	\N	3	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
425	2023-10-24T09:42:00+03:00	1698129720	2023-10-24	kerava-service-centre	walk-in	t	client	digital-barrier	f	18-29	both	9	collaboration	AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
426	2023-10-24T09:53:00+03:00	1698130380	2023-10-24	jarvenpaa-library	walk-in	t	client	other	t	18-29	health	19	\N	7fP5nRB8FEwbzYwBNN_ZK0Tbdqf0Bz-r8gnV3Sv0LOe	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
427	2023-10-24T09:56:00+03:00	1698130560	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	social	16	\N	\N	3	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
428	2023-10-24T10:10:00+03:00	1698131400	2023-10-24	tuusula-hyryla-health-station	outreach	t	client	no-other-known	t	30-64	social	28	\N	JKXLKnW2r-k0NJJLwfLrd26-h3nrvIaWtp089uYze8R	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
429	2023-10-24T10:12:00+03:00	1698131520	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	13	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	mental-health-substance-expert	f
430	2023-10-24T10:13:00+03:00	1698131580	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	unknown	both	43	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
431	2023-10-24T10:14:00+03:00	1698131640	2023-10-24	kerava-service-centre	walk-in	f	client	face-to-face	t	75+	social	6	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
432	2023-10-24T10:15:00+03:00	1698131700	2023-10-24	jarvenpaa-library	phone	t	relative	other	t	75+	health	\N	\N	\N	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
433	2023-10-24T10:24:00+03:00	1698132240	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	38	\N	\N	2	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
434	2023-10-24T10:25:00+03:00	1698132300	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	22	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
435	2023-10-24T10:36:00+03:00	1698132960	2023-10-24	tuusula-hyryla-health-station	chat	t	client	other	f	65-74	health	22	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
436	2023-10-24T10:37:00+03:00	1698133020	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	31	self-care	\N	1	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
437	2023-10-24T10:47:00+03:00	1698133620	2023-10-24	kerava-service-centre	phone	t	relative	no-other-known	t	75+	both	16	\N	\N	2	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
438	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	jarvenpaa-library	walk-in	t	client	no-other-known	t	65-74	both	28	\N	LSwLGR3QYQ3pYBICB3_-XkFnw0yU2Rg2b8zQ-l-a3BX	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
439	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	jarvenpaa-library	walk-in	t	client	no-other-known	t	65-74	health	42	\N	AEAqnHFVVVkZ8omWmk_pd6HiyhX0Lo4MZ0tmcxNFk8H	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
440	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	social	22	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
441	2023-10-24T11:01:00+03:00	1698134460	2023-10-24	jarvenpaa-library	walk-in	t	client	digital-barrier	f	75+	health	22	\N	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
442	2023-10-24T11:08:00+03:00	1698134880	2023-10-24	tuusula-hyryla-health-station	outreach	f	client	\N	f	30-64	both	55	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
443	2023-10-24T11:08:00+03:00	1698134880	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	t	30-64	social	41	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
444	2023-10-24T11:12:00+03:00	1698135120	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	\N	\N	8jVOv8cBg8R4AEr3650soqvhxc8WjmlQvavN5P9ivTE	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
445	2023-10-24T11:18:00+03:00	1698135480	2023-10-24	tuusula-hyryla-health-station	phone	f	relative	\N	f	75+	health	7	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
446	2023-10-24T11:21:00+03:00	1698135660	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	44	\N	D0YMdRGhQgl0_750EIJ6LQeMOloVOHYmjBwh0Tb6n9S	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
447	2023-10-24T11:22:00+03:00	1698135720	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	f	30-64	social	18	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
448	2023-10-24T11:28:00+03:00	1698136080	2023-10-24	tuusula-hyryla-health-station	phone	t	client	\N	f	75+	both	5	\N	ZPzsmcn535C4_34PGWeAT4_FCMjRG7rtBZWkLWFPCBd	1	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
449	2023-10-24T11:29:00+03:00	1698136140	2023-10-24	kerava-service-centre	walk-in	t	client	referred-here	f	75+	both	14	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
450	2023-10-24T11:33:00+03:00	1698136380	2023-10-24	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	social	16	\N	79CzsNDBNsHoCfllcJxBuwZwq71FyzcIxT51QdNrWfC	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
451	2023-10-24T11:37:00+03:00	1698136620	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	30-64	social	5	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
452	2023-10-24T11:40:00+03:00	1698136800	2023-10-24	jarvenpaa-library	chat	t	client	digital-barrier	f	30-64	health	16	\N	\N	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
453	2023-10-24T11:41:00+03:00	1698136860	2023-10-24	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	23	\N	\N	3	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
454	2023-10-24T11:42:00+03:00	1698136920	2023-10-24	jarvenpaa-library	walk-in	f	client	face-to-face	t	75+	both	19	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
455	2023-10-24T11:56:00+03:00	1698137760	2023-10-24	tuusula-hyryla-health-station	phone	t	relative	\N	f	30-64	social	\N	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
456	2023-10-24T12:05:00+03:00	1698138300	2023-10-24	jarvenpaa-library	phone	t	relative	\N	f	30-64	both	17	\N	\N	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
457	2023-10-24T12:10:00+03:00	1698138600	2023-10-24	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	health	26	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
458	2023-10-24T12:13:00+03:00	1698138780	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	t	unknown	health	\N	\N	VudwXu-K49Gxxrg05czWfRJNJqaVD7C-Eu1kXVd7DHQ	3	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
459	2023-10-24T12:19:00+03:00	1698139140	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	18-29	social	14	\N	XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
460	2023-10-24T12:21:00+03:00	1698139260	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	20	\N	qOGT33Nt0GZsHY0sX9H3SpXDBdcTyzR5_McGGv59FB0	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
461	2023-10-24T12:21:00+03:00	1698139260	2023-10-24	kerava-service-centre	phone	f	client	\N	f	65-74	health	11	\N	\N	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
462	2023-10-24T12:25:00+03:00	1698139500	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	27	\N	CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
463	2023-10-24T12:26:00+03:00	1698139560	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	44	\N	nb4dFuYKkXgFmFD3a63tmWyI_hX9AcMXPRkLbpReq3-	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
464	2023-10-24T12:29:00+03:00	1698139740	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	18-29	social	6	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
465	2023-10-24T12:40:00+03:00	1698140400	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	health	16	\N	Bum_0BgtCdSjgJo4iCwBpq6s3LoaIYonv8wa0c4RWcA	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
466	2023-10-24T12:51:00+03:00	1698141060	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	both	26	\N	\N	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
467	2023-10-24T12:52:00+03:00	1698141120	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	17	\N	Ewe8Oo68skbDzhTahx4jGKylt4e2zF3pQ82g5kl2I52	1	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
468	2023-10-24T13:10:00+03:00	1698142200	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	unknown	health	15	\N	LV_wU37aqhRkocuY_GmLBrvXk8eb0rUHUuM1P4yb8lG	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
469	2023-10-24T13:11:00+03:00	1698142260	2023-10-24	jarvenpaa-library	walk-in	t	professional	nearby	t	65-74	both	38	network	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	older-people-expert	f
470	2023-10-24T13:12:00+03:00	1698142320	2023-10-24	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	both	18	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
471	2023-10-24T13:23:00+03:00	1698142980	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	digital-barrier	f	75+	health	36	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
473	2023-10-24T13:31:00+03:00	1698143460	2023-10-24	kerava-service-centre	walk-in	f	client	other	f	unknown	both	10	\N	\N	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
474	2023-10-24T13:38:00+03:00	1698143880	2023-10-24	kerava-service-centre	walk-in	t	relative	face-to-face	f	30-64	both	32	\N	Q_RzhB2-MIgYoG69klNgJMRe2fVDE5LoBuQaVdcgBea	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
475	2023-10-24T13:43:00+03:00	1698144180	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	24	\N	DT84Dof4JYP-LwNbkS-fjRgGQWh5NFkyX8HeWL7QOQn	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
476	2023-10-24T13:47:00+03:00	1698144420	2023-10-24	jarvenpaa-library	walk-in	t	client	referred-here	f	65-74	social	26	\N	xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
477	2023-10-24T13:55:00+03:00	1698144900	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	75+	health	26	self-care	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
478	2023-10-24T14:03:00+03:00	1698145380	2023-10-24	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	35	\N	cEryd3W9FISS7t-3sVVNF3r-aCvVxO3zt2fpAAwZFpD	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
479	2023-10-24T14:09:00+03:00	1698145740	2023-10-24	kerava-service-centre	e-service	f	client	\N	t	30-64	health	18	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
480	2023-10-24T14:18:00+03:00	1698146280	2023-10-24	jarvenpaa-library	walk-in	t	relative	digital-barrier	t	30-64	social	25	collaboration	NguFZDYsLpWAUOpVm7odlpVhZW7FjV8U4M6xWSxz0IW	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
481	2023-10-24T14:21:00+03:00	1698146460	2023-10-24	kerava-service-centre	walk-in	f	client	face-to-face	f	65-74	both	35	\N	tCafX4ddrSt2axLsDFwgIoReKxouVstgEYjzhcDXZ5H	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
482	2023-10-24T14:27:00+03:00	1698146820	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
483	2023-10-24T14:29:00+03:00	1698146940	2023-10-24	jarvenpaa-library	phone	t	client	face-to-face	f	30-64	social	\N	community	\N	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
484	2023-10-24T14:40:00+03:00	1698147600	2023-10-24	tuusula-hyryla-health-station	video	f	client	\N	f	65-74	health	34	\N	9zJhSa8VQh4-1ZovXbIRUSlB3KHIWyyT4ChIAZapo1f	1	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
485	2023-10-24T14:47:00+03:00	1698148020	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	t	30-64	both	5	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
486	2023-10-24T14:52:00+03:00	1698148320	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	social	43	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
487	2023-10-25T09:03:00+03:00	1698213780	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	65-74	health	20	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
488	2023-10-25T09:09:00+03:00	1698214140	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	both	40	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
489	2023-10-25T09:10:00+03:00	1698214200	2023-10-25	jarvenpaa-library	walk-in	t	client	other	f	unknown	both	32	\N	OKce_GYMlmKNx9NyoIMqDjEythE6LJfIv52g7oLFWJz	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
490	2023-10-25T09:10:00+03:00	1698214200	2023-10-25	kerava-service-centre	walk-in	f	client	nearby	t	18-29	social	6	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
491	2023-10-25T09:11:00+03:00	1698214260	2023-10-25	kerava-service-centre	e-service	t	client	referred-here	t	30-64	social	12	\N	Jo_zEHwLnvmxEvKTMWbmXUIOmnz1Ni8A6zRpI4PL74A	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
492	2023-10-25T09:13:00+03:00	1698214380	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	35	\N	\N	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
493	2023-10-25T09:16:00+03:00	1698214560	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	social	26	\N	Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
494	2023-10-25T09:20:00+03:00	1698214800	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	19	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
495	2023-10-25T09:30:00+03:00	1698215400	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	both	23	\N	TD0OdhoYoCjlCs1yweIOazwnryxpm8q9-csNIXIXYVC	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
496	2023-10-25T09:32:00+03:00	1698215520	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	f	0-17	both	\N	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
497	2023-10-25T09:32:00+03:00	1698215520	2023-10-25	kerava-service-centre	walk-in	f	client	face-to-face	t	65-74	both	12	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
498	2023-10-25T09:34:00+03:00	1698215640	2023-10-25	tuusula-hyryla-health-station	phone	f	relative	other	t	18-29	health	12	collaboration	9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy	2	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
499	2023-10-25T09:47:00+03:00	1698216420	2023-10-25	tuusula-hyryla-health-station	walk-in	f	professional	digital-barrier	t	65-74	health	30	\N	hD-Yg1dMB3MIgF2kmgSC6E1KYkmLZssGZ-AEmcarSLA	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
500	2023-10-25T10:03:00+03:00	1698217380	2023-10-25	tuusula-hyryla-health-station	phone	t	client	referred-here	f	65-74	health	25	\N	rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb	1	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
501	2023-10-25T10:04:00+03:00	1698217440	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	f	0-17	both	7	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
502	2023-10-25T10:18:00+03:00	1698218280	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	both	15	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
503	2023-10-25T10:21:00+03:00	1698218460	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	social	44	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
504	2023-10-25T10:24:00+03:00	1698218640	2023-10-25	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	f	65-74	health	7	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
505	2023-10-25T10:25:00+03:00	1698218700	2023-10-25	kerava-service-centre	walk-in	f	relative	referred-here	t	30-64	social	9	\N	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	3	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
506	2023-10-25T10:26:00+03:00	1698218760	2023-10-25	kerava-service-centre	walk-in	f	relative	face-to-face	f	18-29	both	13	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
507	2023-10-25T10:29:00+03:00	1698218940	2023-10-25	tuusula-hyryla-health-station	chat	t	client	face-to-face	f	65-74	social	6	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
508	2023-10-25T10:32:00+03:00	1698219120	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	65-74	health	28	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
509	2023-10-25T10:35:00+03:00	1698219300	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	both	16	\N	9mg_6u4bQAZK_XSqGz94GiteXhJnGFyIC9KGfDTDE-E	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
510	2023-10-25T10:52:00+03:00	1698220320	2023-10-25	kerava-service-centre	walk-in	t	client	other	t	75+	both	9	\N	mcEJRpUm0X9Do_wKB5KxteuUdwfwUZOxxqXR0WZtYP1	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
511	2023-10-25T11:08:00+03:00	1698221280	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	other	t	75+	both	44	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
512	2023-10-25T11:21:00+03:00	1698222060	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	33	\N	1zG731ztBLYadbMYqpRufRsZ3Nsz6q6Ge9LhnZtODXD	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
513	2023-10-25T11:24:00+03:00	1698222240	2023-10-25	jarvenpaa-library	walk-in	t	relative	face-to-face	t	30-64	social	\N	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
514	2023-10-25T11:25:00+03:00	1698222300	2023-10-25	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	both	41	\N	6o8nHp3f5k1d9eJh_j_gBPazoxsMtLqJtSfSmNLJCG6	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
515	2023-10-25T11:33:00+03:00	1698222780	2023-10-25	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	health	32	self-care	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
516	2023-10-25T11:35:00+03:00	1698222900	2023-10-25	kerava-service-centre	walk-in	f	client	digital-barrier	f	65-74	both	17	\N	Wcj33Hlrf2I8t065MP7hR0eUZ3c1YgjnTGIhLN0uPz5	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
517	2023-10-25T11:39:00+03:00	1698223140	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	event	f	30-64	social	6	\N	ZzVexkA7BuBk70TtVCn8ArhE6R3oUm_i58_LKdiAy3M	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
518	2023-10-25T11:42:00+03:00	1698223320	2023-10-25	kerava-service-centre	phone	t	relative	referred-here	t	65-74	both	20	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
519	2023-10-25T11:43:00+03:00	1698223380	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	social	28	\N	fYcF-hD7eZ6Khb6tTJ1B6kDgHRMCOxSL4Us5M6ETed-	4	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
520	2023-10-25T11:48:00+03:00	1698223680	2023-10-25	kerava-service-centre	walk-in	t	client	referred-here	f	0-17	both	\N	\N	RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
521	2023-10-25T11:50:00+03:00	1698223800	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	both	42	\N	XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
522	2023-10-25T11:50:00+03:00	1698223800	2023-10-25	kerava-service-centre	walk-in	t	relative	face-to-face	f	75+	health	\N	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
523	2023-10-25T11:54:00+03:00	1698224040	2023-10-25	jarvenpaa-library	walk-in	f	client	no-other-known	f	unknown	both	38	\N	1Pp6zDp5IcdPRWCIs0Qm6KXHPntY7of5taktzm1hq_6	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
524	2023-10-25T11:54:00+03:00	1698224040	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	t	unknown	social	25	\N	\N	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
525	2023-10-25T12:01:00+03:00	1698224460	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	nearby	t	65-74	health	26	\N	NK9kOJLWqaVAaOXRR39yUFPbnkoCi3gLJQsKh1zmWIM	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
526	2023-10-25T12:02:00+03:00	1698224520	2023-10-25	jarvenpaa-library	e-service	t	client	no-other-known	t	30-64	health	9	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
527	2023-10-25T12:15:00+03:00	1698225300	2023-10-25	tuusula-hyryla-health-station	phone	t	client	no-other-known	f	65-74	health	7	community	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
528	2023-10-25T12:22:00+03:00	1698225720	2023-10-25	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	16	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
529	2023-10-25T12:26:00+03:00	1698225960	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	health	26	\N	PWy0SBZt00tjRHlvvyZW4mnvT6zspdR14lKH0LklAcL	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
530	2023-10-25T12:48:00+03:00	1698227280	2023-10-25	jarvenpaa-library	e-service	t	client	other	t	65-74	health	9	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
531	2023-10-25T12:49:00+03:00	1698227340	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	15	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
532	2023-10-25T12:50:00+03:00	1698227400	2023-10-25	jarvenpaa-library	walk-in	f	client	face-to-face	t	30-64	social	39	\N	\N	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
533	2023-10-25T12:52:00+03:00	1698227520	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	41	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
534	2023-10-25T12:54:00+03:00	1698227640	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	65-74	both	23	network	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
535	2023-10-25T12:57:00+03:00	1698227820	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	8	\N	-Dw2IVgEE3hOaSCNyokWN2vrfAo6Bp0u-Xn8A2kg2KP	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
536	2023-10-25T13:03:00+03:00	1698228180	2023-10-25	kerava-service-centre	walk-in	t	client	no-other-known	t	unknown	both	23	\N	1fd5XqtgIOv3BadkUfOgpF6PvJy8oOzAAcj_S-QTUeE	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
537	2023-10-25T13:04:00+03:00	1698228240	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	41	\N	\N	3	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
538	2023-10-25T13:15:00+03:00	1698228900	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	t	75+	both	11	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
539	2023-10-25T13:17:00+03:00	1698229020	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	39	\N	\N	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
540	2023-10-25T13:18:00+03:00	1698229080	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	t	75+	both	36	\N	tFF5gfpX69C6Y4pahoXI5FDfG6f9lRgSuzx1BB1TTjU	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
541	2023-10-25T13:28:00+03:00	1698229680	2023-10-25	tuusula-hyryla-health-station	phone	t	relative	face-to-face	f	75+	both	\N	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	4	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
542	2023-10-25T13:40:00+03:00	1698230400	2023-10-25	kerava-service-centre	walk-in	t	relative	face-to-face	t	65-74	both	26	\N	\N	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
543	2023-10-25T13:51:00+03:00	1698231060	2023-10-25	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	social	44	\N	\N	3	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
544	2023-10-25T13:53:00+03:00	1698231180	2023-10-25	tuusula-hyryla-health-station	chat	t	client	no-other-known	f	18-29	social	10	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
545	2023-10-25T13:54:00+03:00	1698231240	2023-10-25	kerava-service-centre	walk-in	t	client	nearby	f	30-64	both	26	\N	\N	4	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
546	2023-10-25T13:58:00+03:00	1698231480	2023-10-25	jarvenpaa-library	walk-in	f	client	no-other-known	f	30-64	both	21	\N	GjI-37uXIzKQ0lxBk-cr72hTgWgNM2WKO6DvsFK0FX4	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
547	2023-10-25T14:05:00+03:00	1698231900	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	t	30-64	both	42	\N	\N	4	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
548	2023-10-25T14:11:00+03:00	1698232260	2023-10-25	kerava-service-centre	phone	t	relative	\N	t	30-64	health	21	\N	hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
549	2023-10-25T14:15:00+03:00	1698232500	2023-10-25	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	37	\N	j0YrLvK-l1Zl0NNKBW58uFadK8hOcPLpAjbf8A_Nyd7	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
550	2023-10-25T14:23:00+03:00	1698232980	2023-10-25	tuusula-hyryla-health-station	video	t	client	no-other-known	f	75+	both	38	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
551	2023-10-25T14:24:00+03:00	1698233040	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	65-74	social	29	collaboration	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
552	2023-10-25T14:26:00+03:00	1698233160	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	both	14	\N	35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
553	2023-10-25T14:29:00+03:00	1698233340	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	26	\N	S9ZCznHfkhTfEtyyQtEy4qiDY_VkJr6g4hIIich8zMi	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
554	2023-10-25T14:30:00+03:00	1698233400	2023-10-25	kerava-service-centre	walk-in	f	professional	other	f	30-64	social	12	community	v5dYPZ9tqUWg2dlkqoh5Fm3DPBbibUy5qiMjyVkTCxY	3	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
555	2023-10-25T14:38:00+03:00	1698233880	2023-10-25	tuusula-hyryla-health-station	phone	f	relative	\N	f	75+	health	3	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
556	2023-10-25T14:52:00+03:00	1698234720	2023-10-25	jarvenpaa-library	outreach	f	client	\N	f	30-64	social	16	\N	t7aQDTbUUwJBKYPW7Atn6Mon1juGMS6ipLa1ubFdaPJ	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
557	2023-10-26T09:05:00+03:00	1698300300	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	event	t	75+	health	42	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
558	2023-10-26T09:26:00+03:00	1698301560	2023-10-26	kerava-service-centre	phone	t	relative	other	f	75+	both	4	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
559	2023-10-26T09:34:00+03:00	1698302040	2023-10-26	kerava-service-centre	e-service	t	client	no-other-known	t	30-64	social	15	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
560	2023-10-26T09:36:00+03:00	1698302160	2023-10-26	jarvenpaa-library	outreach	t	relative	\N	f	30-64	health	19	network	\N	\N	neuvoja-3	f	2026-12-07T09:26:42Z	\N	working-age-expert	f
561	2023-10-26T09:42:00+03:00	1698302520	2023-10-26	jarvenpaa-library	phone	t	relative	\N	t	75+	both	\N	\N	zxlDtzi2cSREsrVsD64zo7zowd6oreATg3mzzM2fnLj	2	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
562	2023-10-26T09:51:00+03:00	1698303060	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	health	23	\N	gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje	5	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
563	2023-10-26T09:53:00+03:00	1698303180	2023-10-26	kerava-service-centre	outreach	t	client	\N	f	65-74	health	27	\N	EqpDxXu4iy518kkmSmQDkjWnYAFiAydOKvAHwbTQHAj	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
564	2023-10-26T10:00:00+03:00	1698303600	2023-10-26	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	30	\N	\N	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
565	2023-10-26T10:08:00+03:00	1698304080	2023-10-26	jarvenpaa-library	video	t	relative	\N	t	65-74	health	12	\N	\N	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
566	2023-10-26T10:13:00+03:00	1698304380	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	both	10	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
567	2023-10-26T10:19:00+03:00	1698304740	2023-10-26	kerava-service-centre	walk-in	f	client	referred-here	t	18-29	social	29	\N	QUTNe3mOTpsfD0i35RvSSRakgANcoDeoXz25dvkX2uk	4	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
568	2023-10-26T10:37:00+03:00	1698305820	2023-10-26	tuusula-hyryla-health-station	phone	f	client	face-to-face	t	75+	health	6	\N	\N	5	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
569	2023-10-26T10:37:00+03:00	1698305820	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	\N	\N	\N	3	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
570	2023-10-26T10:48:00+03:00	1698306480	2023-10-26	jarvenpaa-library	walk-in	t	client	other	t	30-64	both	30	\N	\N	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
571	2023-10-26T10:57:00+03:00	1698307020	2023-10-26	tuusula-hyryla-health-station	outreach	t	client	no-other-known	f	75+	health	32	\N	\N	3	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
572	2023-10-26T10:58:00+03:00	1698307080	2023-10-26	tuusula-hyryla-health-station	phone	f	relative	digital-barrier	f	75+	both	10	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
573	2023-10-26T11:00:00+03:00	1698307200	2023-10-26	kerava-service-centre	walk-in	t	client	no-other-known	f	0-17	social	\N	\N	RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	families-expert	f
574	2023-10-26T11:03:00+03:00	1698307380	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	24	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
575	2023-10-26T11:04:00+03:00	1698307440	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	event	f	0-17	both	12	network	\N	4	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
576	2023-10-26T11:08:00+03:00	1698307680	2023-10-26	jarvenpaa-library	chat	t	client	\N	f	65-74	health	28	network	xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
577	2023-10-26T11:26:00+03:00	1698308760	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	65-74	health	39	\N	siYnK8_VQiJ2ZBgw5c0_OyL7tWs-bEyEaNdGzP16_DR	5	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
578	2023-10-26T11:27:00+03:00	1698308820	2023-10-26	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	\N	\N	C4acIITXTqb5UFHGwBH36k7Ru2X5FkMCWT0m2erIjHA	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
579	2023-10-26T11:33:00+03:00	1698309180	2023-10-26	kerava-service-centre	phone	f	client	\N	f	75+	both	10	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
580	2023-10-26T11:35:00+03:00	1698309300	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	18-29	social	17	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
581	2023-10-26T11:41:00+03:00	1698309660	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	6	\N	L8vwkaWlJBDYz9558wphfvl4SpIjWimpbD1A0ActcMn	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
582	2023-10-26T11:45:00+03:00	1698309900	2023-10-26	tuusula-hyryla-health-station	phone	t	client	\N	f	30-64	health	11	\N	\N	5	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
583	2023-10-26T11:46:00+03:00	1698309960	2023-10-26	jarvenpaa-library	walk-in	f	client	face-to-face	t	65-74	health	45	\N	P4LduCGL7PyUMQQw-HNGD4YG2WiZSnTF86W3j5DUQgj	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
584	2023-10-26T11:47:00+03:00	1698310020	2023-10-26	jarvenpaa-library	walk-in	t	client	other	f	unknown	health	30	\N	\N	\N	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
585	2023-10-26T11:48:00+03:00	1698310080	2023-10-26	tuusula-hyryla-health-station	phone	t	client	\N	t	30-64	social	10	\N	\N	3	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
586	2023-10-26T12:01:00+03:00	1698310860	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	f	75+	health	30	network	T3vL1DbsQwCur1zBruu7_iLi6uN1KyfoZrfbB6zcTJG	4	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
587	2023-10-26T12:21:00+03:00	1698312060	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	19	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
588	2023-10-26T12:24:00+03:00	1698312240	2023-10-26	jarvenpaa-library	phone	t	relative	other	t	75+	health	7	\N	gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M	5	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
589	2023-10-26T12:26:00+03:00	1698312360	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	17	\N	k0o4IZ87Er-hanui3-bBRXqJOq3k5pBWoBgUFGp6MnD	2	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
590	2023-10-26T12:27:00+03:00	1698312420	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	65-74	both	9	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
591	2023-10-26T12:32:00+03:00	1698312720	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	social	28	\N	\N	4	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
592	2023-10-26T12:34:00+03:00	1698312840	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	social	12	\N	LO3NlQSWKa_-L26BxjclEa_lNAlCcGT0c9Il0Aw0UKD	1	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
593	2023-10-26T12:37:00+03:00	1698313020	2023-10-26	jarvenpaa-library	e-service	t	client	\N	t	30-64	social	14	\N	1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18	4	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
594	2023-10-26T12:37:00+03:00	1698313020	2023-10-26	kerava-service-centre	walk-in	t	client	digital-barrier	t	75+	both	25	\N	\N	5	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
595	2023-10-26T12:56:00+03:00	1698314160	2023-10-26	kerava-service-centre	chat	t	relative	\N	f	30-64	both	20	\N	\N	\N	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
596	2023-10-26T13:14:00+03:00	1698315240	2023-10-26	jarvenpaa-library	outreach	t	client	digital-barrier	f	65-74	both	47	\N	zpm8PGwWpfnRewlphKlnSmda7bF9tVMCblmiSehgHpF	5	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
597	2023-10-26T13:15:00+03:00	1698315300	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	39	\N	xpP0sV3OZOEhY2uyHeloWhdhTNjQRKxQTAC4_hIpu3L	\N	neuvoja-9	f	2026-12-07T09:26:42Z	\N	\N	f
598	2023-10-26T13:28:00+03:00	1698316080	2023-10-26	kerava-service-centre	chat	t	client	\N	f	75+	both	\N	\N	l8N9oENt_VZzTq1oH0j2F5MjaKr6pnh6Dg57it4u1p-	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
599	2023-10-26T13:36:00+03:00	1698316560	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	both	10	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
600	2023-10-26T13:42:00+03:00	1698316920	2023-10-26	jarvenpaa-library	walk-in	f	client	event	t	unknown	social	27	\N	gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
601	2023-10-26T13:43:00+03:00	1698316980	2023-10-26	kerava-service-centre	chat	f	client	\N	f	30-64	social	\N	\N	\N	5	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
602	2023-10-26T13:52:00+03:00	1698317520	2023-10-26	jarvenpaa-library	phone	t	relative	other	t	18-29	social	7	\N	fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb	5	neuvoja-2	f	2026-12-07T09:26:42Z	\N	\N	f
603	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	jarvenpaa-library	walk-in	f	client	no-other-known	f	18-29	social	36	\N	\N	\N	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
604	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	jarvenpaa-library	walk-in	f	relative	face-to-face	f	65-74	both	34	\N	IDtcJmg-ekNQmGeZQib3aUDPqbkhSuX814McypTWEXR	4	neuvoja-1	f	2026-12-07T09:26:42Z	\N	\N	f
605	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	kerava-service-centre	e-service	f	client	no-other-known	t	75+	both	6	\N	kIlYLJHbaJCUCiRckv3NJTXIx26kD167IFB31UuCpL0	3	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
606	2023-10-26T13:59:00+03:00	1698317940	2023-10-26	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	t	65-74	health	14	\N	\N	\N	neuvoja-6	f	2026-12-07T09:26:42Z	\N	\N	f
607	2023-10-26T14:04:00+03:00	1698318240	2023-10-26	jarvenpaa-library	walk-in	t	client	face-to-face	t	75+	social	5	\N	\N	4	neuvoja-3	f	2026-12-07T09:26:42Z	\N	\N	f
608	2023-10-26T14:15:00+03:00	1698318900	2023-10-26	kerava-service-centre	walk-in	f	client	no-other-known	f	30-64	both	17	\N	vbvmzC4WW5ZLC72bzv9cn1N9rwymOq7X2S-YakiJdpJ	\N	neuvoja-7	f	2026-12-07T09:26:42Z	\N	\N	f
609	2023-10-26T14:44:00+03:00	1698320640	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	65-74	both	19	\N	\N	\N	neuvoja-4	f	2026-12-07T09:26:42Z	\N	\N	f
610	2023-10-26T14:47:00+03:00	1698320820	2023-10-26	kerava-service-centre	walk-in	t	relative	face-to-face	t	30-64	health	21	\N	\N	3	neuvoja-8	f	2026-12-07T09:26:42Z	\N	\N	f
611	2023-10-26T14:59:00+03:00	1698321540	2023-10-26	tuusula-hyryla-health-station	e-service	t	relative	nearby	t	75+	health	11	\N	\N	\N	neuvoja-5	f	2026-12-07T09:26:42Z	\N	\N	f
339	2023-10-23T10:02:00+03:00	1698044520	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	f	30-64	social	5	\N	1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18	\N	neuvoja-3	t	2026-12-07T09:26:42Z	\N	\N	f
276	2023-10-19T14:31:00+03:00	1697715060	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	health	\N	\N	5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S	4	neuvoja-7	t	2026-12-07T09:26:42Z	\N	\N	f
85	2023-10-16T13:58:00+03:00	1697453880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	relative	nearby	t	75+	both	31	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	4	neuvoja-6	t	2026-12-07T09:26:42Z	\N	\N	f
116	2023-10-17T10:45:00+03:00	1697528700	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	both	21	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	\N	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
180	2023-10-18T10:49:00+03:00	1697615340	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	other	f	30-64	both	8	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	\N	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
420	2023-10-24T09:13:00+03:00	1698127980	2023-10-24	tuusula-hyryla-health-station	e-service	t	client	\N	t	75+	both	19	\N	CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU	\N	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
142	2023-10-17T13:03:00+03:00	1697536980	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	33	collaboration	CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p	\N	neuvoja-4	t	2026-12-07T09:26:42Z	\N	working-age-expert	f
228	2023-10-19T09:32:00+03:00	1697697120	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	34	self-care	FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9	\N	neuvoja-6	t	2026-12-07T09:26:42Z	\N	\N	f
73	2023-10-16T13:25:00+03:00	1697451900	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	t	65-74	health	42	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	\N	neuvoja-9	t	2026-12-07T09:26:42Z	\N	\N	f
47	2023-10-16T11:41:00+03:00	1697445660	2023-10-16	tuusula-hyryla-health-station	walk-in	f	professional	referred-here	f	30-64	social	24	\N	QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q	5	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
159	2023-10-17T14:25:00+03:00	1697541900	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	t	65-74	both	10	\N	XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8	2	neuvoja-8	t	2026-12-07T09:26:42Z	\N	\N	f
243	2023-10-19T10:55:00+03:00	1697702100	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	health	44	\N	YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql	5	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
37	2023-10-16T10:54:00+03:00	1697442840	2023-10-16	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	\N	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	4	neuvoja-8	t	2026-12-07T09:26:42Z	\N	\N	f
10	2023-10-16T09:50:00+03:00	1697439000	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	nearby	t	30-64	social	29	community	fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88	1	neuvoja-4	t	2026-12-07T09:26:42Z	\N	\N	f
52	2023-10-16T11:51:00+03:00	1697446260	2023-10-16	jarvenpaa-library	walk-in	f	relative	face-to-face	t	65-74	social	24	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	3	neuvoja-3	t	2026-12-07T09:26:42Z	\N	\N	f
100	2023-10-16T14:57:00+03:00	1697457420	2023-10-16	jarvenpaa-library	e-service	f	client	face-to-face	t	18-29	social	\N	\N	fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb	\N	neuvoja-2	t	2026-12-07T09:26:42Z	\N	\N	f
472	2023-10-24T13:26:00+03:00	1698143160	2023-10-24	kerava-service-centre	walk-in	f	client	no-other-known	t	65-74	both	\N	\N	gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje	4	neuvoja-8	t	2026-12-07T09:26:42Z	\N	\N	f
29	2023-10-16T10:34:00+03:00	1697441640	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	f	75+	health	26	community	gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M	\N	neuvoja-3	t	2026-12-07T09:26:42Z	\N	\N	f
154	2023-10-17T13:44:00+03:00	1697539440	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	health	38	\N	hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV	3	neuvoja-8	t	2026-12-07T09:26:42Z	\N	\N	f
179	2023-10-18T10:37:00+03:00	1697614620	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	other	f	65-74	health	18	\N	rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb	5	neuvoja-6	t	2026-12-07T09:26:42Z	\N	\N	f
\.


--
-- Data for Name: contact_referral; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact_referral (contact_id, referral, outcome) FROM stdin;
2	pharmacy	not-reached
4	municipality	reached
5	disability-services	reached
6	kela	reached
7	adult-social-work	pending
8	municipality	pending
11	employment-services	pending
12	home-care	pending
13	mental-health-substance	reached
14	kela	reached
16	health-station	pending
16	oral-health	not-reached
18	kela	not-reached
18	employment-services	unknown
19	health-station	reached
20	kela	reached
21	health-station	pending
22	older-people-guidance	pending
24	disability-services	reached
24	kela	reached
25	adult-social-work	reached
27	kela	pending
27	debt-counselling	pending
28	ngo	reached
29	health-station	reached
30	employment-services	pending
31	adult-social-work	pending
32	older-people-guidance	pending
33	health-station	declined
34	employment-services	pending
35	ngo	reached
35	digital-support	pending
36	health-station	pending
37	mental-health-substance	pending
38	kela	pending
39	kela	pending
39	digital-support	pending
40	ngo	pending
41	older-people-guidance	pending
43	health-station	reached
44	disability-services	reached
45	digital-support	unknown
46	kela	pending
46	pharmacy	reached
48	health-station	reached
49	older-people-guidance	pending
49	home-care	not-reached
50	municipality	pending
51	health-station	pending
51	pharmacy	unknown
56	mental-health-substance	pending
57	mental-health-substance	reached
57	emergency	pending
58	kela	reached
59	employment-services	pending
60	municipality	pending
61	health-station	not-reached
62	health-station	pending
64	family-centre	reached
65	municipality	pending
66	family-centre	pending
67	kela	pending
69	health-station	reached
69	disability-services	reached
70	adult-social-work	unknown
71	health-station	reached
71	pharmacy	pending
72	rehabilitation	reached
73	health-station	pending
75	kela	pending
75	parish-diaconia	reached
76	kela	pending
77	employment-services	not-reached
78	disability-services	reached
79	municipality	reached
81	health-station	pending
82	digital-support	pending
83	municipality	pending
85	older-people-guidance	reached
87	health-station	pending
88	older-people-guidance	reached
89	pharmacy	reached
90	disability-services	reached
92	mental-health-substance	reached
93	pharmacy	reached
95	ngo	unknown
99	parish-diaconia	unknown
100	ngo	reached
101	pharmacy	pending
102	health-station	pending
107	health-station	unknown
108	digital-support	reached
108	private-provider	pending
111	adult-social-work	reached
112	older-people-guidance	pending
112	home-care	pending
113	municipality	reached
113	ngo	reached
114	health-station	reached
114	emergency	not-reached
115	older-people-guidance	pending
115	disability-services	pending
116	digital-support	unknown
120	kela	pending
122	kela	reached
124	kela	reached
126	adult-social-work	reached
127	health-station	reached
128	health-station	reached
129	home-care	not-reached
130	adult-social-work	pending
133	legal-aid	declined
135	adult-social-work	reached
136	adult-social-work	pending
136	kela	declined
137	debt-counselling	pending
140	municipality	reached
141	health-station	reached
142	adult-social-work	pending
143	adult-social-work	pending
144	employment-services	not-reached
147	health-station	reached
148	kela	reached
149	kela	not-reached
149	debt-counselling	pending
150	disability-services	pending
150	kela	reached
151	health-station	reached
153	debt-counselling	unknown
154	emergency	reached
155	rehabilitation	reached
156	older-people-guidance	pending
156	home-care	reached
159	ngo	pending
162	health-station	pending
163	ngo	reached
164	employment-services	reached
165	mental-health-substance	pending
165	ngo	reached
166	municipality	pending
166	ngo	pending
167	adult-social-work	reached
170	health-station	reached
170	pharmacy	reached
171	family-centre	reached
172	health-station	pending
172	oral-health	reached
175	kela	pending
176	older-people-guidance	pending
177	health-station	reached
177	parish-diaconia	pending
178	kela	pending
178	digital-support	reached
180	disability-services	reached
180	kela	reached
181	oral-health	unknown
181	pharmacy	unknown
187	kela	unknown
189	kela	pending
189	debt-counselling	reached
190	ngo	reached
191	pharmacy	reached
192	health-station	reached
192	kela	reached
195	kela	pending
198	ngo	pending
198	digital-support	pending
199	oral-health	reached
201	family-centre	pending
202	health-station	reached
204	health-station	pending
205	health-station	reached
205	mental-health-substance	reached
206	pharmacy	pending
207	health-station	pending
207	pharmacy	unknown
210	employment-services	reached
211	older-people-guidance	pending
212	municipality	pending
212	digital-support	pending
213	ngo	reached
214	health-station	reached
215	municipality	pending
215	ngo	pending
216	parish-diaconia	pending
219	oral-health	pending
220	kela	unknown
222	pharmacy	pending
224	family-centre	not-reached
225	adult-social-work	pending
225	kela	pending
226	health-station	pending
227	kela	pending
227	debt-counselling	pending
228	ngo	pending
229	municipality	pending
232	mental-health-substance	reached
232	kela	reached
233	kela	pending
234	adult-social-work	pending
236	oral-health	reached
236	private-provider	pending
237	kela	reached
238	oral-health	pending
241	emergency	pending
242	ngo	reached
242	digital-support	reached
243	health-station	reached
244	home-care	reached
244	ngo	pending
245	kela	pending
246	kela	pending
246	municipality	reached
247	kela	reached
247	municipality	reached
249	municipality	pending
250	disability-services	pending
252	family-centre	reached
255	employment-services	pending
256	health-station	pending
257	police	reached
258	debt-counselling	reached
259	adult-social-work	pending
259	ngo	pending
260	adult-social-work	pending
260	kela	pending
261	municipality	pending
262	health-station	pending
262	oral-health	pending
264	health-station	pending
266	adult-social-work	pending
266	municipality	pending
268	health-station	reached
269	debt-counselling	pending
270	rehabilitation	reached
271	kela	pending
272	digital-support	pending
274	health-station	pending
274	emergency	pending
276	health-station	pending
276	emergency	pending
280	health-station	reached
282	health-station	pending
283	older-people-guidance	pending
283	pharmacy	reached
284	municipality	pending
284	ngo	pending
285	older-people-guidance	pending
287	private-provider	reached
288	digital-support	pending
291	home-care	pending
294	adult-social-work	pending
297	parish-diaconia	pending
297	police	pending
298	oral-health	reached
299	health-station	pending
300	digital-support	pending
302	kela	pending
303	health-station	reached
303	emergency	reached
304	health-station	reached
305	health-station	unknown
305	emergency	reached
307	disability-services	pending
308	kela	reached
309	kela	pending
309	municipality	pending
310	family-centre	pending
310	kela	pending
311	health-station	reached
313	municipality	pending
313	ngo	pending
314	health-station	pending
314	ngo	reached
315	health-station	pending
316	employment-services	pending
317	digital-support	pending
318	kela	unknown
319	kela	pending
319	ngo	reached
320	health-station	pending
322	adult-social-work	pending
323	emergency	pending
323	ngo	pending
324	ngo	pending
325	employment-services	pending
326	pharmacy	pending
328	digital-support	pending
330	municipality	pending
332	ngo	declined
335	kela	reached
336	kela	pending
338	ngo	pending
340	debt-counselling	pending
341	emergency	pending
342	health-station	pending
342	pharmacy	pending
344	adult-social-work	pending
345	kela	pending
346	kela	pending
346	municipality	pending
347	ngo	pending
348	health-station	pending
348	pharmacy	pending
350	oral-health	pending
350	pharmacy	pending
351	adult-social-work	pending
353	adult-social-work	pending
353	municipality	pending
354	digital-support	pending
356	older-people-guidance	pending
357	oral-health	pending
358	ngo	pending
359	ngo	reached
361	ngo	pending
362	rehabilitation	pending
362	disability-services	pending
364	health-station	reached
366	health-station	reached
368	rehabilitation	pending
369	older-people-guidance	pending
370	kela	pending
373	digital-support	pending
377	oral-health	pending
377	private-provider	reached
378	health-station	pending
382	home-care	reached
383	disability-services	pending
384	pharmacy	pending
385	kela	unknown
385	municipality	pending
386	adult-social-work	not-reached
386	kela	pending
387	adult-social-work	unknown
387	ngo	pending
390	adult-social-work	pending
390	kela	pending
391	health-station	pending
392	digital-support	pending
393	older-people-guidance	pending
393	home-care	reached
395	municipality	pending
397	kela	pending
400	parish-diaconia	pending
401	adult-social-work	pending
401	municipality	pending
405	ngo	pending
405	parish-diaconia	pending
406	health-station	pending
407	health-station	pending
407	older-people-guidance	pending
408	mental-health-substance	pending
409	ngo	reached
409	digital-support	pending
410	debt-counselling	pending
414	municipality	unknown
414	ngo	pending
415	older-people-guidance	reached
417	kela	pending
418	municipality	pending
419	mental-health-substance	reached
419	municipality	pending
421	ngo	pending
421	digital-support	pending
422	kela	pending
422	digital-support	pending
425	kela	pending
428	adult-social-work	pending
429	mental-health-substance	pending
429	ngo	pending
431	adult-social-work	pending
432	emergency	pending
432	pharmacy	pending
433	debt-counselling	pending
434	employment-services	pending
435	health-station	pending
435	oral-health	pending
436	digital-support	pending
437	home-care	pending
438	digital-support	pending
439	health-station	pending
440	municipality	pending
442	disability-services	pending
444	older-people-guidance	pending
444	disability-services	pending
445	health-station	pending
445	pharmacy	pending
446	municipality	pending
446	digital-support	pending
447	debt-counselling	pending
448	ngo	pending
448	parish-diaconia	pending
449	kela	pending
453	health-station	pending
453	private-provider	pending
454	digital-support	pending
455	kela	pending
456	health-station	pending
457	health-station	pending
459	employment-services	pending
460	kela	pending
461	health-station	pending
461	oral-health	pending
462	health-station	pending
462	emergency	pending
464	adult-social-work	pending
464	kela	pending
465	oral-health	pending
467	kela	pending
469	older-people-guidance	pending
470	digital-support	pending
472	oral-health	pending
473	kela	pending
474	health-station	pending
476	kela	pending
476	municipality	pending
477	health-station	pending
478	ngo	pending
482	kela	pending
484	health-station	pending
484	private-provider	pending
485	older-people-guidance	pending
485	ngo	pending
487	health-station	pending
489	health-station	pending
489	municipality	pending
490	kela	pending
491	debt-counselling	pending
492	home-care	pending
495	ngo	pending
497	older-people-guidance	pending
498	health-station	pending
499	health-station	pending
500	health-station	pending
501	health-station	pending
504	pharmacy	pending
505	ngo	pending
506	disability-services	pending
507	adult-social-work	pending
508	health-station	pending
510	health-station	pending
511	ngo	reached
512	kela	pending
512	pharmacy	not-reached
517	ngo	pending
519	rehabilitation	pending
520	family-centre	pending
520	kela	pending
522	health-station	pending
522	oral-health	pending
523	kela	pending
523	digital-support	pending
524	adult-social-work	pending
526	health-station	pending
526	oral-health	pending
528	mental-health-substance	pending
529	health-station	pending
530	health-station	pending
530	pharmacy	pending
532	kela	pending
532	debt-counselling	pending
534	older-people-guidance	pending
534	ngo	pending
535	employment-services	pending
536	municipality	pending
536	ngo	reached
541	ngo	pending
543	rehabilitation	reached
543	employment-services	pending
545	ngo	pending
546	health-station	pending
546	kela	pending
547	kela	pending
547	ngo	pending
549	health-station	pending
550	older-people-guidance	pending
550	home-care	pending
551	adult-social-work	pending
553	kela	pending
553	municipality	pending
554	adult-social-work	pending
554	municipality	pending
555	health-station	pending
556	kela	pending
557	health-station	pending
558	ngo	pending
558	parish-diaconia	pending
559	kela	pending
560	health-station	pending
561	disability-services	pending
562	health-station	pending
564	adult-social-work	pending
564	employment-services	pending
565	health-station	pending
566	older-people-guidance	pending
567	employment-services	pending
568	health-station	pending
569	older-people-guidance	pending
570	kela	pending
571	health-station	pending
573	municipality	pending
574	municipality	pending
575	mental-health-substance	pending
575	ngo	pending
576	pharmacy	pending
580	employment-services	pending
581	kela	pending
581	municipality	pending
582	health-station	pending
585	adult-social-work	pending
586	health-station	pending
586	oral-health	pending
587	kela	pending
587	employment-services	pending
588	health-station	pending
588	private-provider	pending
589	digital-support	pending
591	debt-counselling	pending
592	kela	pending
593	kela	pending
594	home-care	pending
595	health-station	pending
596	ngo	pending
597	kela	pending
599	health-station	pending
600	kela	pending
601	debt-counselling	pending
601	legal-aid	pending
602	ngo	pending
603	kela	pending
603	municipality	pending
607	kela	pending
\.


--
-- Data for Name: contact_topic; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact_topic (contact_id, topic) FROM stdin;
1	medication
2	health-advice
2	medication
3	appointment
4	benefits
4	forms
5	health-advice
5	carer-support
6	forms
7	housing
7	health-advice
8	other
9	employment
10	benefits
11	money-debt
11	employment
12	money-debt
12	older-people
13	substance-use
14	housing
14	appointment
15	medication
15	forms
16	health-advice
16	appointment
17	benefits
18	employment
19	health-advice
19	older-people
19	digital-support
20	money-debt
20	health-advice
21	appointment
22	older-people
23	employment
24	disability
25	benefits
25	money-debt
26	appointment
26	medication
27	benefits
27	money-debt
28	carer-support
29	appointment
30	housing
30	employment
30	digital-support
31	benefits
32	older-people
33	health-advice
33	appointment
34	employment
35	digital-support
36	health-advice
37	money-debt
37	mental-health
38	disability
39	digital-support
40	digital-support
41	carer-support
42	health-advice
43	medication
44	carer-support
45	digital-support
46	medication
46	forms
47	money-debt
48	medication
49	older-people
50	benefits
51	medication
52	benefits
53	medication
53	carer-support
54	appointment
55	money-debt
56	mental-health
57	mental-health
58	money-debt
59	employment
60	housing
61	health-advice
62	health-advice
63	appointment
64	family-children
65	forms
66	family-children
67	housing
68	money-debt
68	digital-support
69	health-advice
69	disability
70	benefits
70	employment
71	medication
72	older-people
73	appointment
74	housing
75	money-debt
76	benefits
76	employment
77	housing
77	employment
78	disability
79	benefits
79	money-debt
80	housing
81	health-advice
81	medication
82	appointment
82	digital-support
83	housing
84	medication
85	older-people
86	family-children
87	health-advice
88	older-people
88	carer-support
89	medication
90	disability
91	appointment
92	substance-use
92	forms
93	health-advice
94	benefits
94	medication
95	substance-use
96	mental-health
96	substance-use
97	appointment
98	housing
99	other
100	housing
101	health-advice
102	appointment
103	carer-support
104	digital-support
105	money-debt
106	forms
107	housing
107	medication
108	appointment
108	digital-support
109	medication
109	digital-support
110	appointment
111	benefits
111	money-debt
111	other
112	older-people
113	other
114	health-advice
115	carer-support
116	digital-support
117	digital-support
118	appointment
119	appointment
120	forms
121	housing
122	money-debt
123	appointment
123	medication
124	money-debt
125	digital-support
126	money-debt
127	health-advice
127	forms
128	health-advice
128	medication
128	forms
129	appointment
129	older-people
130	housing
130	money-debt
131	benefits
131	employment
132	money-debt
132	forms
133	money-debt
133	employment
133	appointment
134	other
135	benefits
135	housing
135	forms
136	benefits
137	benefits
138	benefits
138	other
139	appointment
139	digital-support
140	benefits
140	appointment
141	appointment
142	benefits
142	housing
143	benefits
144	employment
145	medication
146	disability
147	appointment
148	benefits
148	mental-health
149	benefits
150	disability
151	medication
151	forms
152	mental-health
153	money-debt
154	health-advice
155	older-people
156	older-people
157	older-people
157	disability
158	money-debt
159	older-people
160	appointment
161	benefits
162	appointment
163	appointment
163	other
164	housing
164	employment
164	forms
165	mental-health
166	housing
167	benefits
168	benefits
169	benefits
169	employment
170	medication
171	family-children
172	health-advice
173	money-debt
173	mental-health
173	digital-support
174	digital-support
175	benefits
175	health-advice
176	benefits
176	health-advice
176	carer-support
177	appointment
177	other
178	forms
179	health-advice
179	appointment
180	disability
181	health-advice
182	benefits
183	substance-use
184	health-advice
185	benefits
185	health-advice
185	digital-support
186	housing
187	money-debt
187	medication
188	digital-support
189	benefits
189	housing
190	housing
190	money-debt
191	medication
192	medication
192	digital-support
193	forms
194	appointment
194	digital-support
195	benefits
196	other
197	appointment
198	digital-support
199	benefits
199	appointment
200	benefits
200	appointment
200	disability
201	family-children
202	appointment
203	benefits
204	appointment
204	forms
205	mental-health
206	health-advice
207	health-advice
208	health-advice
208	appointment
209	health-advice
210	employment
211	medication
211	older-people
212	forms
213	older-people
214	appointment
214	medication
215	housing
215	disability
216	other
217	money-debt
218	older-people
219	appointment
219	mental-health
220	benefits
221	health-advice
221	forms
222	medication
223	benefits
224	benefits
224	family-children
224	forms
225	benefits
226	health-advice
227	benefits
228	housing
228	appointment
228	carer-support
229	benefits
230	older-people
231	older-people
232	mental-health
232	forms
233	benefits
234	housing
234	mental-health
235	benefits
235	health-advice
236	appointment
237	housing
238	health-advice
239	housing
239	digital-support
239	forms
240	money-debt
241	health-advice
242	digital-support
243	appointment
244	medication
244	older-people
245	housing
246	forms
247	older-people
247	carer-support
247	forms
248	other
249	forms
250	disability
251	mental-health
252	family-children
253	housing
254	money-debt
255	employment
256	medication
257	other
258	money-debt
258	disability
259	housing
260	benefits
261	housing
262	housing
262	appointment
262	forms
263	digital-support
264	health-advice
265	benefits
265	money-debt
265	appointment
266	benefits
267	mental-health
268	health-advice
269	money-debt
269	appointment
270	disability
271	medication
271	disability
272	digital-support
273	appointment
273	older-people
274	health-advice
275	benefits
275	health-advice
275	medication
276	health-advice
277	mental-health
278	health-advice
279	benefits
280	health-advice
281	older-people
282	appointment
283	medication
283	older-people
284	employment
284	other
285	carer-support
286	health-advice
286	appointment
287	appointment
288	medication
288	digital-support
289	forms
290	health-advice
290	appointment
291	medication
291	older-people
292	medication
293	benefits
294	money-debt
294	employment
295	older-people
296	digital-support
297	other
298	appointment
299	mental-health
299	substance-use
300	digital-support
301	appointment
301	medication
302	digital-support
303	health-advice
303	appointment
303	mental-health
304	health-advice
305	health-advice
306	appointment
306	medication
306	digital-support
307	disability
307	digital-support
308	disability
309	forms
310	family-children
311	appointment
312	medication
313	housing
313	appointment
314	health-advice
314	mental-health
315	appointment
316	employment
316	medication
317	older-people
317	digital-support
318	housing
319	digital-support
320	appointment
321	employment
322	benefits
322	money-debt
322	health-advice
323	mental-health
324	mental-health
325	employment
326	medication
327	employment
328	digital-support
329	appointment
329	medication
330	benefits
330	employment
330	forms
331	health-advice
331	appointment
332	carer-support
333	health-advice
334	health-advice
335	health-advice
335	digital-support
336	money-debt
337	employment
338	digital-support
339	benefits
340	money-debt
341	health-advice
341	digital-support
342	health-advice
343	substance-use
344	money-debt
345	benefits
345	employment
346	medication
346	older-people
346	forms
347	housing
348	medication
349	employment
349	carer-support
350	health-advice
351	benefits
352	housing
352	other
353	housing
354	forms
355	substance-use
356	older-people
356	carer-support
357	appointment
358	digital-support
359	digital-support
360	appointment
360	medication
360	disability
361	housing
362	disability
363	money-debt
363	digital-support
364	appointment
365	mental-health
366	health-advice
366	medication
367	digital-support
368	employment
368	appointment
369	benefits
369	older-people
369	disability
370	housing
371	appointment
372	benefits
372	other
373	digital-support
374	money-debt
375	digital-support
376	benefits
376	mental-health
377	appointment
378	appointment
379	digital-support
380	forms
381	money-debt
382	medication
383	housing
383	carer-support
384	medication
384	disability
385	housing
386	benefits
387	housing
388	health-advice
388	forms
389	employment
390	housing
391	health-advice
391	medication
392	digital-support
393	older-people
394	benefits
394	substance-use
395	forms
396	appointment
397	benefits
398	forms
399	forms
400	other
401	housing
402	money-debt
402	employment
402	health-advice
403	health-advice
404	medication
405	other
406	mental-health
407	appointment
407	carer-support
408	substance-use
409	digital-support
410	benefits
411	benefits
412	money-debt
413	health-advice
414	substance-use
414	forms
415	older-people
416	employment
417	digital-support
418	housing
418	money-debt
419	housing
419	substance-use
420	health-advice
420	older-people
420	forms
421	digital-support
422	digital-support
422	forms
423	employment
424	older-people
424	disability
424	forms
425	forms
425	other
426	appointment
427	forms
428	money-debt
429	substance-use
430	digital-support
431	benefits
432	health-advice
433	money-debt
434	housing
434	employment
435	health-advice
436	housing
436	appointment
436	digital-support
437	older-people
438	digital-support
439	health-advice
439	appointment
440	benefits
441	appointment
441	medication
442	disability
443	forms
444	carer-support
445	health-advice
446	housing
446	forms
447	housing
447	money-debt
448	other
449	appointment
449	forms
450	forms
451	housing
452	appointment
453	appointment
454	digital-support
455	benefits
455	housing
456	employment
456	health-advice
457	appointment
458	appointment
459	employment
460	housing
461	health-advice
462	health-advice
463	medication
464	benefits
465	appointment
466	money-debt
466	carer-support
467	disability
468	appointment
469	older-people
470	digital-support
471	appointment
471	medication
472	appointment
472	digital-support
473	digital-support
473	forms
474	money-debt
474	mental-health
475	carer-support
476	forms
477	health-advice
478	housing
479	health-advice
480	money-debt
481	benefits
481	housing
481	appointment
482	medication
482	forms
483	housing
484	appointment
485	carer-support
486	money-debt
487	health-advice
488	other
489	benefits
489	appointment
490	benefits
491	money-debt
492	older-people
492	digital-support
493	money-debt
494	housing
494	digital-support
495	other
496	mental-health
496	family-children
496	other
497	older-people
498	appointment
499	appointment
500	appointment
501	appointment
501	mental-health
502	family-children
503	benefits
503	housing
504	medication
505	housing
506	benefits
506	carer-support
507	benefits
508	appointment
509	family-children
510	health-advice
510	disability
511	digital-support
512	benefits
512	medication
513	housing
513	employment
514	benefits
514	appointment
514	mental-health
515	medication
516	appointment
516	digital-support
517	housing
518	health-advice
518	carer-support
519	employment
519	forms
520	family-children
521	money-debt
521	health-advice
522	appointment
523	health-advice
523	digital-support
523	forms
524	benefits
525	medication
526	appointment
527	appointment
528	benefits
528	mental-health
529	health-advice
530	health-advice
531	housing
531	forms
532	benefits
533	appointment
533	digital-support
534	carer-support
535	employment
536	housing
536	digital-support
537	benefits
538	older-people
538	forms
539	carer-support
539	forms
540	older-people
540	carer-support
540	digital-support
541	digital-support
542	digital-support
543	employment
544	benefits
545	family-children
546	benefits
546	appointment
547	family-children
548	health-advice
549	health-advice
550	older-people
551	housing
552	housing
552	money-debt
552	digital-support
553	forms
554	housing
555	appointment
556	benefits
557	health-advice
558	other
559	benefits
560	appointment
561	disability
562	appointment
563	appointment
564	housing
564	employment
565	medication
566	older-people
567	employment
568	medication
569	benefits
569	carer-support
570	money-debt
570	employment
570	family-children
571	appointment
572	older-people
573	benefits
574	other
575	mental-health
576	medication
577	appointment
578	forms
578	other
579	appointment
579	older-people
579	digital-support
580	employment
581	benefits
581	forms
582	appointment
583	health-advice
584	health-advice
585	money-debt
586	health-advice
587	employment
588	appointment
589	digital-support
590	appointment
590	digital-support
591	money-debt
592	employment
592	forms
593	benefits
594	older-people
595	health-advice
595	family-children
596	older-people
597	housing
598	health-advice
598	older-people
599	health-advice
599	older-people
600	benefits
601	money-debt
602	housing
603	housing
604	carer-support
605	appointment
605	disability
606	appointment
607	benefits
608	benefits
608	family-children
609	digital-support
610	health-advice
611	appointment
\.


--
-- Data for Name: contact_unmet_need; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact_unmet_need (contact_id, need) FROM stdin;
14	no-service
14	digital-only
27	no-service
39	waiting-time
41	waiting-time
52	waiting-time
57	distance
77	no-service
87	digital-only
98	no-service
112	no-service
112	waiting-time
127	no-service
127	waiting-time
139	eligibility
147	waiting-time
158	no-service
224	no-service
224	waiting-time
271	no-service
272	no-service
272	cost
299	no-service
299	waiting-time
325	no-service
328	no-service
337	no-service
351	waiting-time
404	no-service
415	no-service
436	language
512	no-service
517	no-service
571	waiting-time
575	waiting-time
594	eligibility
594	other
596	no-service
\.


--
-- Data for Name: daily_figure; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.daily_figure (day, point, figure, code, origin, value) FROM stdin;
2023-10-16	jarvenpaa-library	by_age_group	18-29	727	2
2023-10-16	jarvenpaa-library	by_age_group	30-64	727	11
2023-10-16	jarvenpaa-library	by_age_group	65-74	727	3
2023-10-16	jarvenpaa-library	by_age_group	75+	727	4
2023-10-16	jarvenpaa-library	by_age_group	unknown	727	1
2023-10-16	jarvenpaa-library	by_channel	e-service	727	1
2023-10-16	jarvenpaa-library	by_channel	phone	727	2
2023-10-16	jarvenpaa-library	by_channel	video	727	1
2023-10-16	jarvenpaa-library	by_channel	walk-in	727	17
2023-10-16	jarvenpaa-library	by_contact_by	client	727	16
2023-10-16	jarvenpaa-library	by_contact_by	relative	727	5
2023-10-16	jarvenpaa-library	by_hour	09	727	1
2023-10-16	jarvenpaa-library	by_hour	10	727	6
2023-10-16	jarvenpaa-library	by_hour	11	727	5
2023-10-16	jarvenpaa-library	by_hour	12	727	1
2023-10-16	jarvenpaa-library	by_hour	13	727	3
2023-10-16	jarvenpaa-library	by_hour	14	727	5
2023-10-16	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-16	jarvenpaa-library	by_reason	face-to-face	727	9
2023-10-16	jarvenpaa-library	by_reason	nearby	727	2
2023-10-16	jarvenpaa-library	by_reason	no-other-known	727	6
2023-10-16	jarvenpaa-library	by_reason	other	727	1
2023-10-16	jarvenpaa-library	by_reason	referred-here	727	1
2023-10-16	jarvenpaa-library	by_segment	collaboration	727	1
2023-10-16	jarvenpaa-library	by_segment	community	727	1
2023-10-16	jarvenpaa-library	by_segment	network	727	1
2023-10-16	jarvenpaa-library	by_topic	appointment	727	3
2023-10-16	jarvenpaa-library	by_topic	benefits	727	4
2023-10-16	jarvenpaa-library	by_topic	carer-support	727	3
2023-10-16	jarvenpaa-library	by_topic	digital-support	727	2
2023-10-16	jarvenpaa-library	by_topic	disability	727	2
2023-10-16	jarvenpaa-library	by_topic	employment	727	2
2023-10-16	jarvenpaa-library	by_topic	family-children	727	1
2023-10-16	jarvenpaa-library	by_topic	forms	727	2
2023-10-16	jarvenpaa-library	by_topic	housing	727	1
2023-10-16	jarvenpaa-library	by_topic	medication	727	1
2023-10-16	jarvenpaa-library	by_topic	money-debt	727	2
2023-10-16	jarvenpaa-library	by_topic	older-people	727	2
2023-10-16	jarvenpaa-library	by_topic	substance-use	727	1
2023-10-16	jarvenpaa-library	consultations	older-people-expert	727	1
2023-10-16	jarvenpaa-library	consulted_resolved		727	1
2023-10-16	jarvenpaa-library	contacts		727	21
2023-10-16	jarvenpaa-library	contacts_with_unmet_need		727	2
2023-10-16	jarvenpaa-library	duration_min_total		727	389
2023-10-16	jarvenpaa-library	identified		727	12
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	digital-support:unknown	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	disability-services:reached	727	2
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	health-station:reached	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	mental-health-substance:reached	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	municipality:reached	727	2
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	ngo:reached	727	2
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	older-people-guidance:reached	727	1
2023-10-16	jarvenpaa-library	referral_outcomes_by_referral	rehabilitation:reached	727	1
2023-10-16	jarvenpaa-library	resolved		727	14
2023-10-16	jarvenpaa-library	satisfaction_responses		727	12
2023-10-16	jarvenpaa-library	satisfaction_total		727	49
2023-10-16	jarvenpaa-library	unmet_needs	waiting-time	727	2
2023-10-16	jarvenpaa-library	unmet_needs_by_topic	benefits	727	1
2023-10-16	jarvenpaa-library	unmet_needs_by_topic	digital-support	727	1
2023-10-16	jarvenpaa-library	with_client_ref		727	10
2023-10-16	kerava-service-centre	by_age_group	0-17	727	1
2023-10-16	kerava-service-centre	by_age_group	18-29	727	6
2023-10-16	kerava-service-centre	by_age_group	30-64	727	10
2023-10-16	kerava-service-centre	by_age_group	65-74	727	3
2023-10-16	kerava-service-centre	by_age_group	75+	727	11
2023-10-16	kerava-service-centre	by_age_group	unknown	727	2
2023-10-16	kerava-service-centre	by_channel	chat	727	1
2023-10-16	kerava-service-centre	by_channel	e-service	727	1
2023-10-16	kerava-service-centre	by_channel	outreach	727	1
2023-10-16	kerava-service-centre	by_channel	phone	727	7
2023-10-16	kerava-service-centre	by_channel	video	727	1
2023-10-16	kerava-service-centre	by_channel	walk-in	727	22
2023-10-16	kerava-service-centre	by_contact_by	client	727	26
2023-10-16	kerava-service-centre	by_contact_by	professional	727	3
2023-10-16	kerava-service-centre	by_contact_by	relative	727	4
2023-10-16	kerava-service-centre	by_hour	09	727	3
2023-10-16	kerava-service-centre	by_hour	10	727	8
2023-10-16	kerava-service-centre	by_hour	11	727	3
2023-10-16	kerava-service-centre	by_hour	12	727	6
2023-10-16	kerava-service-centre	by_hour	13	727	9
2023-10-16	kerava-service-centre	by_hour	14	727	4
2023-10-16	kerava-service-centre	by_reason	digital-barrier	727	8
2023-10-16	kerava-service-centre	by_reason	face-to-face	727	7
2023-10-16	kerava-service-centre	by_reason	no-other-known	727	7
2023-10-16	kerava-service-centre	by_reason	other	727	2
2023-10-16	kerava-service-centre	by_reason	referred-here	727	4
2023-10-16	kerava-service-centre	by_segment	collaboration	727	2
2023-10-16	kerava-service-centre	by_segment	community	727	2
2023-10-16	kerava-service-centre	by_segment	self-care	727	2
2023-10-16	kerava-service-centre	by_topic	appointment	727	5
2023-10-16	kerava-service-centre	by_topic	benefits	727	4
2023-10-16	kerava-service-centre	by_topic	digital-support	727	3
2023-10-16	kerava-service-centre	by_topic	employment	727	3
2023-10-16	kerava-service-centre	by_topic	family-children	727	2
2023-10-16	kerava-service-centre	by_topic	forms	727	1
2023-10-16	kerava-service-centre	by_topic	health-advice	727	6
2023-10-16	kerava-service-centre	by_topic	housing	727	5
2023-10-16	kerava-service-centre	by_topic	medication	727	4
2023-10-16	kerava-service-centre	by_topic	mental-health	727	2
2023-10-16	kerava-service-centre	by_topic	money-debt	727	6
2023-10-16	kerava-service-centre	by_topic	older-people	727	2
2023-10-16	kerava-service-centre	by_topic	other	727	1
2023-10-16	kerava-service-centre	by_topic	substance-use	727	1
2023-10-16	kerava-service-centre	contacts		727	33
2023-10-16	kerava-service-centre	contacts_with_unmet_need		727	1
2023-10-16	kerava-service-centre	duration_min_total		727	641
2023-10-16	kerava-service-centre	identified		727	14
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:unknown	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	employment-services:not-reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	family-centre:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	family-centre:reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	health-station:declined	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	4
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	health-station:reached	727	2
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	home-care:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	2
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	kela:reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	3
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	oral-health:not-reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	parish-diaconia:reached	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	parish-diaconia:unknown	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-16	kerava-service-centre	referral_outcomes_by_referral	pharmacy:reached	727	1
2023-10-16	kerava-service-centre	resolved		727	19
2023-10-16	kerava-service-centre	satisfaction_responses		727	20
2023-10-16	kerava-service-centre	satisfaction_total		727	84
2023-10-16	kerava-service-centre	unmet_needs	no-service	727	1
2023-10-16	kerava-service-centre	unmet_needs_by_topic	employment	727	1
2023-10-16	kerava-service-centre	unmet_needs_by_topic	housing	727	1
2023-10-16	kerava-service-centre	verified		727	19
2023-10-16	kerava-service-centre	with_client_ref		727	16
2023-10-16	tuusula-hyryla-health-station	by_age_group	0-17	727	1
2023-10-16	tuusula-hyryla-health-station	by_age_group	18-29	727	5
2023-10-16	tuusula-hyryla-health-station	by_age_group	30-64	727	16
2023-10-16	tuusula-hyryla-health-station	by_age_group	65-74	727	12
2023-10-16	tuusula-hyryla-health-station	by_age_group	75+	727	12
2023-10-16	tuusula-hyryla-health-station	by_channel	chat	727	1
2023-10-16	tuusula-hyryla-health-station	by_channel	e-service	727	1
2023-10-16	tuusula-hyryla-health-station	by_channel	outreach	727	2
2023-10-16	tuusula-hyryla-health-station	by_channel	phone	727	3
2023-10-16	tuusula-hyryla-health-station	by_channel	video	727	1
2023-10-16	tuusula-hyryla-health-station	by_channel	walk-in	727	38
2023-10-16	tuusula-hyryla-health-station	by_contact_by	client	727	37
2023-10-16	tuusula-hyryla-health-station	by_contact_by	professional	727	2
2023-10-16	tuusula-hyryla-health-station	by_contact_by	relative	727	7
2023-10-16	tuusula-hyryla-health-station	by_hour	09	727	12
2023-10-16	tuusula-hyryla-health-station	by_hour	10	727	8
2023-10-16	tuusula-hyryla-health-station	by_hour	11	727	8
2023-10-16	tuusula-hyryla-health-station	by_hour	12	727	5
2023-10-16	tuusula-hyryla-health-station	by_hour	13	727	7
2023-10-16	tuusula-hyryla-health-station	by_hour	14	727	6
2023-10-16	tuusula-hyryla-health-station	by_reason	digital-barrier	727	6
2023-10-16	tuusula-hyryla-health-station	by_reason	face-to-face	727	13
2023-10-16	tuusula-hyryla-health-station	by_reason	nearby	727	3
2023-10-16	tuusula-hyryla-health-station	by_reason	no-other-known	727	12
2023-10-16	tuusula-hyryla-health-station	by_reason	other	727	3
2023-10-16	tuusula-hyryla-health-station	by_reason	referred-here	727	5
2023-10-16	tuusula-hyryla-health-station	by_segment	collaboration	727	1
2023-10-16	tuusula-hyryla-health-station	by_segment	community	727	1
2023-10-16	tuusula-hyryla-health-station	by_segment	network	727	1
2023-10-16	tuusula-hyryla-health-station	by_topic	appointment	727	5
2023-10-16	tuusula-hyryla-health-station	by_topic	benefits	727	4
2023-10-16	tuusula-hyryla-health-station	by_topic	carer-support	727	3
2023-10-16	tuusula-hyryla-health-station	by_topic	digital-support	727	3
2023-10-16	tuusula-hyryla-health-station	by_topic	disability	727	3
2023-10-16	tuusula-hyryla-health-station	by_topic	employment	727	5
2023-10-16	tuusula-hyryla-health-station	by_topic	forms	727	3
2023-10-16	tuusula-hyryla-health-station	by_topic	health-advice	727	9
2023-10-16	tuusula-hyryla-health-station	by_topic	housing	727	5
2023-10-16	tuusula-hyryla-health-station	by_topic	medication	727	9
2023-10-16	tuusula-hyryla-health-station	by_topic	mental-health	727	2
2023-10-16	tuusula-hyryla-health-station	by_topic	money-debt	727	4
2023-10-16	tuusula-hyryla-health-station	by_topic	older-people	727	4
2023-10-16	tuusula-hyryla-health-station	by_topic	other	727	1
2023-10-16	tuusula-hyryla-health-station	by_topic	substance-use	727	2
2023-10-16	tuusula-hyryla-health-station	consultations	mental-health-substance-expert	727	1
2023-10-16	tuusula-hyryla-health-station	consulted_resolved		727	1
2023-10-16	tuusula-hyryla-health-station	contacts		727	46
2023-10-16	tuusula-hyryla-health-station	contacts_with_unmet_need		727	6
2023-10-16	tuusula-hyryla-health-station	duration_min_total		727	991
2023-10-16	tuusula-hyryla-health-station	identified		727	25
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:reached	727	4
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	2
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:unknown	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:not-reached	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	3
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	home-care:not-reached	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:not-reached	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	4
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:reached	727	4
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:reached	727	2
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:unknown	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	3
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:reached	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:not-reached	727	1
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:reached	727	2
2023-10-16	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:unknown	727	1
2023-10-16	tuusula-hyryla-health-station	resolved		727	36
2023-10-16	tuusula-hyryla-health-station	satisfaction_responses		727	33
2023-10-16	tuusula-hyryla-health-station	satisfaction_total		727	134
2023-10-16	tuusula-hyryla-health-station	unmet_needs	digital-only	727	2
2023-10-16	tuusula-hyryla-health-station	unmet_needs	distance	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs	no-service	727	3
2023-10-16	tuusula-hyryla-health-station	unmet_needs	waiting-time	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	appointment	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	benefits	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	carer-support	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	health-advice	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	housing	727	2
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	mental-health	727	1
2023-10-16	tuusula-hyryla-health-station	unmet_needs_by_topic	money-debt	727	1
2023-10-16	tuusula-hyryla-health-station	with_client_ref		727	13
2023-10-17	jarvenpaa-library	by_age_group	18-29	727	1
2023-10-17	jarvenpaa-library	by_age_group	30-64	727	3
2023-10-17	jarvenpaa-library	by_age_group	65-74	727	5
2023-10-17	jarvenpaa-library	by_age_group	75+	727	1
2023-10-17	jarvenpaa-library	by_channel	e-service	727	1
2023-10-17	jarvenpaa-library	by_channel	walk-in	727	9
2023-10-17	jarvenpaa-library	by_contact_by	client	727	9
2023-10-17	jarvenpaa-library	by_contact_by	relative	727	1
2023-10-17	jarvenpaa-library	by_hour	09	727	1
2023-10-17	jarvenpaa-library	by_hour	10	727	2
2023-10-17	jarvenpaa-library	by_hour	11	727	2
2023-10-17	jarvenpaa-library	by_hour	13	727	2
2023-10-17	jarvenpaa-library	by_hour	14	727	3
2023-10-17	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-17	jarvenpaa-library	by_reason	face-to-face	727	3
2023-10-17	jarvenpaa-library	by_reason	nearby	727	2
2023-10-17	jarvenpaa-library	by_reason	no-other-known	727	2
2023-10-17	jarvenpaa-library	by_reason	other	727	1
2023-10-17	jarvenpaa-library	by_reason	referred-here	727	1
2023-10-17	jarvenpaa-library	by_segment	network	727	1
2023-10-17	jarvenpaa-library	by_topic	appointment	727	2
2023-10-17	jarvenpaa-library	by_topic	benefits	727	1
2023-10-17	jarvenpaa-library	by_topic	digital-support	727	1
2023-10-17	jarvenpaa-library	by_topic	disability	727	1
2023-10-17	jarvenpaa-library	by_topic	employment	727	1
2023-10-17	jarvenpaa-library	by_topic	health-advice	727	1
2023-10-17	jarvenpaa-library	by_topic	medication	727	3
2023-10-17	jarvenpaa-library	by_topic	money-debt	727	1
2023-10-17	jarvenpaa-library	by_topic	older-people	727	1
2023-10-17	jarvenpaa-library	by_topic	other	727	1
2023-10-17	jarvenpaa-library	consultations	older-people-expert	727	1
2023-10-17	jarvenpaa-library	consulted_resolved		727	1
2023-10-17	jarvenpaa-library	contacts		727	10
2023-10-17	jarvenpaa-library	duration_min_total		727	185
2023-10-17	jarvenpaa-library	identified		727	7
2023-10-17	jarvenpaa-library	referral_outcomes_by_referral	employment-services:not-reached	727	1
2023-10-17	jarvenpaa-library	referral_outcomes_by_referral	kela:reached	727	1
2023-10-17	jarvenpaa-library	referral_outcomes_by_referral	municipality:reached	727	1
2023-10-17	jarvenpaa-library	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-17	jarvenpaa-library	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-17	jarvenpaa-library	resolved		727	5
2023-10-17	jarvenpaa-library	satisfaction_responses		727	7
2023-10-17	jarvenpaa-library	satisfaction_total		727	30
2023-10-17	jarvenpaa-library	verified		727	5
2023-10-17	jarvenpaa-library	with_client_ref		727	3
2023-10-17	kerava-service-centre	by_age_group	18-29	727	3
2023-10-17	kerava-service-centre	by_age_group	30-64	727	6
2023-10-17	kerava-service-centre	by_age_group	65-74	727	9
2023-10-17	kerava-service-centre	by_age_group	75+	727	3
2023-10-17	kerava-service-centre	by_age_group	unknown	727	2
2023-10-17	kerava-service-centre	by_channel	chat	727	1
2023-10-17	kerava-service-centre	by_channel	e-service	727	3
2023-10-17	kerava-service-centre	by_channel	outreach	727	1
2023-10-17	kerava-service-centre	by_channel	phone	727	2
2023-10-17	kerava-service-centre	by_channel	video	727	1
2023-10-17	kerava-service-centre	by_channel	walk-in	727	15
2023-10-17	kerava-service-centre	by_contact_by	client	727	18
2023-10-17	kerava-service-centre	by_contact_by	relative	727	5
2023-10-17	kerava-service-centre	by_hour	09	727	2
2023-10-17	kerava-service-centre	by_hour	10	727	2
2023-10-17	kerava-service-centre	by_hour	11	727	4
2023-10-17	kerava-service-centre	by_hour	12	727	4
2023-10-17	kerava-service-centre	by_hour	13	727	8
2023-10-17	kerava-service-centre	by_hour	14	727	3
2023-10-17	kerava-service-centre	by_reason	digital-barrier	727	2
2023-10-17	kerava-service-centre	by_reason	face-to-face	727	7
2023-10-17	kerava-service-centre	by_reason	nearby	727	1
2023-10-17	kerava-service-centre	by_reason	no-other-known	727	4
2023-10-17	kerava-service-centre	by_reason	other	727	1
2023-10-17	kerava-service-centre	by_reason	referred-here	727	4
2023-10-17	kerava-service-centre	by_segment	community	727	1
2023-10-17	kerava-service-centre	by_segment	self-care	727	1
2023-10-17	kerava-service-centre	by_topic	appointment	727	6
2023-10-17	kerava-service-centre	by_topic	benefits	727	3
2023-10-17	kerava-service-centre	by_topic	carer-support	727	1
2023-10-17	kerava-service-centre	by_topic	digital-support	727	2
2023-10-17	kerava-service-centre	by_topic	disability	727	2
2023-10-17	kerava-service-centre	by_topic	employment	727	2
2023-10-17	kerava-service-centre	by_topic	forms	727	5
2023-10-17	kerava-service-centre	by_topic	health-advice	727	2
2023-10-17	kerava-service-centre	by_topic	housing	727	2
2023-10-17	kerava-service-centre	by_topic	medication	727	1
2023-10-17	kerava-service-centre	by_topic	mental-health	727	1
2023-10-17	kerava-service-centre	by_topic	money-debt	727	4
2023-10-17	kerava-service-centre	by_topic	older-people	727	3
2023-10-17	kerava-service-centre	by_topic	other	727	2
2023-10-17	kerava-service-centre	contacts		727	23
2023-10-17	kerava-service-centre	contacts_with_unmet_need		727	2
2023-10-17	kerava-service-centre	duration_min_total		727	557
2023-10-17	kerava-service-centre	identified		727	12
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:reached	727	2
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:unknown	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	emergency:reached	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	employment-services:reached	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	health-station:reached	727	2
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	home-care:reached	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	kela:reached	727	2
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	legal-aid:declined	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	municipality:reached	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-17	kerava-service-centre	referral_outcomes_by_referral	rehabilitation:reached	727	1
2023-10-17	kerava-service-centre	resolved		727	14
2023-10-17	kerava-service-centre	satisfaction_responses		727	14
2023-10-17	kerava-service-centre	satisfaction_total		727	57
2023-10-17	kerava-service-centre	unmet_needs	eligibility	727	1
2023-10-17	kerava-service-centre	unmet_needs	no-service	727	1
2023-10-17	kerava-service-centre	unmet_needs	waiting-time	727	1
2023-10-17	kerava-service-centre	unmet_needs_by_topic	appointment	727	1
2023-10-17	kerava-service-centre	unmet_needs_by_topic	digital-support	727	1
2023-10-17	kerava-service-centre	unmet_needs_by_topic	forms	727	1
2023-10-17	kerava-service-centre	unmet_needs_by_topic	health-advice	727	1
2023-10-17	kerava-service-centre	verified		727	14
2023-10-17	kerava-service-centre	with_client_ref		727	13
2023-10-17	tuusula-hyryla-health-station	by_age_group	0-17	727	1
2023-10-17	tuusula-hyryla-health-station	by_age_group	18-29	727	4
2023-10-17	tuusula-hyryla-health-station	by_age_group	30-64	727	13
2023-10-17	tuusula-hyryla-health-station	by_age_group	65-74	727	5
2023-10-17	tuusula-hyryla-health-station	by_age_group	75+	727	7
2023-10-17	tuusula-hyryla-health-station	by_age_group	unknown	727	2
2023-10-17	tuusula-hyryla-health-station	by_channel	outreach	727	2
2023-10-17	tuusula-hyryla-health-station	by_channel	phone	727	5
2023-10-17	tuusula-hyryla-health-station	by_channel	video	727	1
2023-10-17	tuusula-hyryla-health-station	by_channel	walk-in	727	24
2023-10-17	tuusula-hyryla-health-station	by_contact_by	client	727	25
2023-10-17	tuusula-hyryla-health-station	by_contact_by	professional	727	1
2023-10-17	tuusula-hyryla-health-station	by_contact_by	relative	727	6
2023-10-17	tuusula-hyryla-health-station	by_hour	09	727	5
2023-10-17	tuusula-hyryla-health-station	by_hour	10	727	5
2023-10-17	tuusula-hyryla-health-station	by_hour	11	727	9
2023-10-17	tuusula-hyryla-health-station	by_hour	12	727	5
2023-10-17	tuusula-hyryla-health-station	by_hour	13	727	5
2023-10-17	tuusula-hyryla-health-station	by_hour	14	727	3
2023-10-17	tuusula-hyryla-health-station	by_reason	digital-barrier	727	3
2023-10-17	tuusula-hyryla-health-station	by_reason	face-to-face	727	10
2023-10-17	tuusula-hyryla-health-station	by_reason	nearby	727	4
2023-10-17	tuusula-hyryla-health-station	by_reason	no-other-known	727	9
2023-10-17	tuusula-hyryla-health-station	by_reason	other	727	1
2023-10-17	tuusula-hyryla-health-station	by_reason	referred-here	727	2
2023-10-17	tuusula-hyryla-health-station	by_segment	collaboration	727	1
2023-10-17	tuusula-hyryla-health-station	by_segment	community	727	2
2023-10-17	tuusula-hyryla-health-station	by_topic	appointment	727	7
2023-10-17	tuusula-hyryla-health-station	by_topic	benefits	727	8
2023-10-17	tuusula-hyryla-health-station	by_topic	carer-support	727	1
2023-10-17	tuusula-hyryla-health-station	by_topic	digital-support	727	4
2023-10-17	tuusula-hyryla-health-station	by_topic	employment	727	1
2023-10-17	tuusula-hyryla-health-station	by_topic	forms	727	3
2023-10-17	tuusula-hyryla-health-station	by_topic	health-advice	727	2
2023-10-17	tuusula-hyryla-health-station	by_topic	housing	727	4
2023-10-17	tuusula-hyryla-health-station	by_topic	medication	727	2
2023-10-17	tuusula-hyryla-health-station	by_topic	mental-health	727	2
2023-10-17	tuusula-hyryla-health-station	by_topic	money-debt	727	5
2023-10-17	tuusula-hyryla-health-station	by_topic	older-people	727	2
2023-10-17	tuusula-hyryla-health-station	by_topic	other	727	2
2023-10-17	tuusula-hyryla-health-station	consultations	working-age-expert	727	2
2023-10-17	tuusula-hyryla-health-station	consulted_resolved		727	2
2023-10-17	tuusula-hyryla-health-station	contacts		727	32
2023-10-17	tuusula-hyryla-health-station	contacts_with_unmet_need		727	3
2023-10-17	tuusula-hyryla-health-station	duration_min_total		727	731
2023-10-17	tuusula-hyryla-health-station	identified		727	14
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	4
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:reached	727	1
2023-10-18	jarvenpaa-library	with_client_ref		727	4
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:pending	727	2
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:unknown	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:not-reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	2
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	4
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:unknown	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	home-care:not-reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	home-care:pending	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:declined	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:not-reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	2
2023-10-17	tuusula-hyryla-health-station	referral_outcomes_by_referral	private-provider:pending	727	1
2023-10-17	tuusula-hyryla-health-station	resolved		727	19
2023-10-17	tuusula-hyryla-health-station	satisfaction_responses		727	17
2023-10-17	tuusula-hyryla-health-station	satisfaction_total		727	71
2023-10-17	tuusula-hyryla-health-station	unmet_needs	no-service	727	2
2023-10-17	tuusula-hyryla-health-station	unmet_needs	waiting-time	727	2
2023-10-17	tuusula-hyryla-health-station	unmet_needs_by_topic	appointment	727	1
2023-10-17	tuusula-hyryla-health-station	unmet_needs_by_topic	money-debt	727	1
2023-10-17	tuusula-hyryla-health-station	unmet_needs_by_topic	older-people	727	1
2023-10-17	tuusula-hyryla-health-station	with_client_ref		727	11
2023-10-18	jarvenpaa-library	by_age_group	18-29	727	2
2023-10-18	jarvenpaa-library	by_age_group	30-64	727	4
2023-10-18	jarvenpaa-library	by_age_group	65-74	727	2
2023-10-18	jarvenpaa-library	by_age_group	75+	727	2
2023-10-18	jarvenpaa-library	by_age_group	unknown	727	1
2023-10-18	jarvenpaa-library	by_channel	e-service	727	1
2023-10-18	jarvenpaa-library	by_channel	outreach	727	1
2023-10-18	jarvenpaa-library	by_channel	phone	727	1
2023-10-18	jarvenpaa-library	by_channel	walk-in	727	8
2023-10-18	jarvenpaa-library	by_contact_by	client	727	8
2023-10-18	jarvenpaa-library	by_contact_by	relative	727	3
2023-10-18	jarvenpaa-library	by_hour	09	727	2
2023-10-18	jarvenpaa-library	by_hour	10	727	1
2023-10-18	jarvenpaa-library	by_hour	11	727	3
2023-10-18	jarvenpaa-library	by_hour	12	727	2
2023-10-18	jarvenpaa-library	by_hour	13	727	2
2023-10-18	jarvenpaa-library	by_hour	14	727	1
2023-10-18	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-18	jarvenpaa-library	by_reason	face-to-face	727	6
2023-10-18	jarvenpaa-library	by_reason	no-other-known	727	2
2023-10-18	jarvenpaa-library	by_reason	other	727	2
2023-10-18	jarvenpaa-library	by_segment	collaboration	727	1
2023-10-18	jarvenpaa-library	by_segment	network	727	1
2023-10-18	jarvenpaa-library	by_topic	appointment	727	2
2023-10-18	jarvenpaa-library	by_topic	benefits	727	5
2023-10-18	jarvenpaa-library	by_topic	disability	727	1
2023-10-18	jarvenpaa-library	by_topic	employment	727	1
2023-10-18	jarvenpaa-library	by_topic	family-children	727	1
2023-10-18	jarvenpaa-library	by_topic	forms	727	3
2023-10-18	jarvenpaa-library	by_topic	health-advice	727	2
2023-10-18	jarvenpaa-library	by_topic	medication	727	1
2023-10-18	jarvenpaa-library	by_topic	older-people	727	2
2023-10-18	jarvenpaa-library	by_topic	substance-use	727	1
2023-10-18	jarvenpaa-library	contacts		727	11
2023-10-18	jarvenpaa-library	contacts_with_unmet_need		727	1
2023-10-18	jarvenpaa-library	duration_min_total		727	250
2023-10-18	jarvenpaa-library	identified		727	6
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	adult-social-work:reached	727	1
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	family-centre:not-reached	727	1
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	1
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	1
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-18	jarvenpaa-library	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-18	jarvenpaa-library	resolved		727	6
2023-10-18	jarvenpaa-library	satisfaction_responses		727	5
2023-10-18	jarvenpaa-library	satisfaction_total		727	24
2023-10-18	jarvenpaa-library	unmet_needs	no-service	727	1
2023-10-18	jarvenpaa-library	unmet_needs	waiting-time	727	1
2023-10-18	jarvenpaa-library	unmet_needs_by_topic	benefits	727	1
2023-10-18	jarvenpaa-library	unmet_needs_by_topic	family-children	727	1
2023-10-18	jarvenpaa-library	unmet_needs_by_topic	forms	727	1
2023-10-18	jarvenpaa-library	verified		727	6
2023-10-18	kerava-service-centre	by_age_group	0-17	727	2
2023-10-18	kerava-service-centre	by_age_group	18-29	727	3
2023-10-18	kerava-service-centre	by_age_group	30-64	727	9
2023-10-18	kerava-service-centre	by_age_group	65-74	727	3
2023-10-18	kerava-service-centre	by_age_group	75+	727	5
2023-10-18	kerava-service-centre	by_age_group	unknown	727	1
2023-10-18	kerava-service-centre	by_channel	chat	727	2
2023-10-18	kerava-service-centre	by_channel	e-service	727	1
2023-10-18	kerava-service-centre	by_channel	outreach	727	1
2023-10-18	kerava-service-centre	by_channel	walk-in	727	19
2023-10-18	kerava-service-centre	by_contact_by	client	727	19
2023-10-18	kerava-service-centre	by_contact_by	relative	727	4
2023-10-18	kerava-service-centre	by_hour	09	727	4
2023-10-18	kerava-service-centre	by_hour	10	727	1
2023-10-18	kerava-service-centre	by_hour	11	727	7
2023-10-18	kerava-service-centre	by_hour	12	727	3
2023-10-18	kerava-service-centre	by_hour	13	727	6
2023-10-18	kerava-service-centre	by_hour	14	727	2
2023-10-18	kerava-service-centre	by_reason	digital-barrier	727	2
2023-10-18	kerava-service-centre	by_reason	face-to-face	727	7
2023-10-18	kerava-service-centre	by_reason	nearby	727	4
2023-10-18	kerava-service-centre	by_reason	no-other-known	727	5
2023-10-18	kerava-service-centre	by_reason	other	727	3
2023-10-18	kerava-service-centre	by_reason	referred-here	727	1
2023-10-18	kerava-service-centre	by_segment	community	727	1
2023-10-18	kerava-service-centre	by_topic	appointment	727	4
2023-10-18	kerava-service-centre	by_topic	benefits	727	6
2023-10-18	kerava-service-centre	by_topic	digital-support	727	3
2023-10-18	kerava-service-centre	by_topic	disability	727	1
2023-10-18	kerava-service-centre	by_topic	employment	727	1
2023-10-18	kerava-service-centre	by_topic	family-children	727	1
2023-10-18	kerava-service-centre	by_topic	forms	727	2
2023-10-18	kerava-service-centre	by_topic	health-advice	727	6
2023-10-18	kerava-service-centre	by_topic	housing	727	2
2023-10-18	kerava-service-centre	by_topic	medication	727	1
2023-10-18	kerava-service-centre	by_topic	mental-health	727	1
2023-10-18	kerava-service-centre	by_topic	other	727	1
2023-10-18	kerava-service-centre	contacts		727	23
2023-10-18	kerava-service-centre	duration_min_total		727	507
2023-10-18	kerava-service-centre	identified		727	9
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	digital-support:pending	727	2
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	employment-services:reached	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	family-centre:reached	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	2
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	health-station:reached	727	3
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	kela:unknown	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	mental-health-substance:reached	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	3
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	3
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	oral-health:reached	727	2
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	oral-health:unknown	727	1
2023-10-18	kerava-service-centre	referral_outcomes_by_referral	pharmacy:unknown	727	2
2023-10-18	kerava-service-centre	resolved		727	14
2023-10-18	kerava-service-centre	satisfaction_responses		727	11
2023-10-18	kerava-service-centre	satisfaction_total		727	53
2023-10-18	kerava-service-centre	verified		727	14
2023-10-18	kerava-service-centre	with_client_ref		727	8
2023-10-18	tuusula-hyryla-health-station	by_age_group	18-29	727	1
2023-10-18	tuusula-hyryla-health-station	by_age_group	30-64	727	10
2023-10-18	tuusula-hyryla-health-station	by_age_group	65-74	727	4
2023-10-18	tuusula-hyryla-health-station	by_age_group	75+	727	9
2023-10-18	tuusula-hyryla-health-station	by_age_group	unknown	727	2
2023-10-18	tuusula-hyryla-health-station	by_channel	e-service	727	2
2023-10-18	tuusula-hyryla-health-station	by_channel	outreach	727	3
2023-10-18	tuusula-hyryla-health-station	by_channel	phone	727	5
2023-10-18	tuusula-hyryla-health-station	by_channel	walk-in	727	16
2023-10-18	tuusula-hyryla-health-station	by_contact_by	client	727	17
2023-10-18	tuusula-hyryla-health-station	by_contact_by	relative	727	9
2023-10-18	tuusula-hyryla-health-station	by_hour	09	727	3
2023-10-18	tuusula-hyryla-health-station	by_hour	10	727	5
2023-10-18	tuusula-hyryla-health-station	by_hour	11	727	8
2023-10-18	tuusula-hyryla-health-station	by_hour	12	727	1
2023-10-18	tuusula-hyryla-health-station	by_hour	13	727	3
2023-10-18	tuusula-hyryla-health-station	by_hour	14	727	6
2023-10-18	tuusula-hyryla-health-station	by_reason	digital-barrier	727	2
2023-10-18	tuusula-hyryla-health-station	by_reason	face-to-face	727	6
2023-10-18	tuusula-hyryla-health-station	by_reason	nearby	727	5
2023-10-18	tuusula-hyryla-health-station	by_reason	no-other-known	727	5
2023-10-18	tuusula-hyryla-health-station	by_reason	other	727	3
2023-10-18	tuusula-hyryla-health-station	by_reason	referred-here	727	2
2023-10-18	tuusula-hyryla-health-station	by_segment	network	727	2
2023-10-18	tuusula-hyryla-health-station	by_topic	appointment	727	5
2023-10-18	tuusula-hyryla-health-station	by_topic	benefits	727	5
2023-10-18	tuusula-hyryla-health-station	by_topic	carer-support	727	1
2023-10-18	tuusula-hyryla-health-station	by_topic	digital-support	727	4
2023-10-18	tuusula-hyryla-health-station	by_topic	disability	727	1
2023-10-18	tuusula-hyryla-health-station	by_topic	family-children	727	1
2023-10-18	tuusula-hyryla-health-station	by_topic	forms	727	1
2023-10-18	tuusula-hyryla-health-station	by_topic	health-advice	727	4
2023-10-18	tuusula-hyryla-health-station	by_topic	housing	727	3
2023-10-18	tuusula-hyryla-health-station	by_topic	medication	727	5
2023-10-18	tuusula-hyryla-health-station	by_topic	mental-health	727	2
2023-10-18	tuusula-hyryla-health-station	by_topic	money-debt	727	4
2023-10-18	tuusula-hyryla-health-station	by_topic	older-people	727	1
2023-10-18	tuusula-hyryla-health-station	by_topic	other	727	2
2023-10-18	tuusula-hyryla-health-station	contacts		727	26
2023-10-18	tuusula-hyryla-health-station	duration_min_total		727	686
2023-10-18	tuusula-hyryla-health-station	identified		727	9
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:reached	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:reached	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:reached	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	family-centre:pending	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	3
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	3
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:reached	727	2
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:unknown	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	parish-diaconia:pending	727	2
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:pending	727	2
2023-10-18	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:reached	727	2
2023-10-18	tuusula-hyryla-health-station	resolved		727	17
2023-10-18	tuusula-hyryla-health-station	satisfaction_responses		727	15
2023-10-18	tuusula-hyryla-health-station	satisfaction_total		727	70
2023-10-18	tuusula-hyryla-health-station	with_client_ref		727	9
2023-10-19	jarvenpaa-library	by_age_group	18-29	727	2
2023-10-19	jarvenpaa-library	by_age_group	30-64	727	5
2023-10-19	jarvenpaa-library	by_age_group	65-74	727	4
2023-10-19	jarvenpaa-library	by_age_group	75+	727	1
2023-10-19	jarvenpaa-library	by_age_group	unknown	727	2
2023-10-19	jarvenpaa-library	by_channel	outreach	727	1
2023-10-19	jarvenpaa-library	by_channel	phone	727	1
2023-10-19	jarvenpaa-library	by_channel	walk-in	727	12
2023-10-19	jarvenpaa-library	by_contact_by	client	727	13
2023-10-19	jarvenpaa-library	by_contact_by	relative	727	1
2023-10-19	jarvenpaa-library	by_hour	09	727	1
2023-10-19	jarvenpaa-library	by_hour	11	727	3
2023-10-19	jarvenpaa-library	by_hour	12	727	5
2023-10-19	jarvenpaa-library	by_hour	13	727	2
2023-10-19	jarvenpaa-library	by_hour	14	727	3
2023-10-19	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-19	jarvenpaa-library	by_reason	event	727	3
2023-10-19	jarvenpaa-library	by_reason	face-to-face	727	4
2023-10-19	jarvenpaa-library	by_reason	nearby	727	2
2023-10-19	jarvenpaa-library	by_reason	no-other-known	727	2
2023-10-19	jarvenpaa-library	by_reason	other	727	1
2023-10-19	jarvenpaa-library	by_reason	referred-here	727	1
2023-10-19	jarvenpaa-library	by_segment	network	727	1
2023-10-19	jarvenpaa-library	by_topic	appointment	727	3
2023-10-19	jarvenpaa-library	by_topic	benefits	727	2
2023-10-19	jarvenpaa-library	by_topic	employment	727	1
2023-10-19	jarvenpaa-library	by_topic	forms	727	1
2023-10-19	jarvenpaa-library	by_topic	health-advice	727	2
2023-10-19	jarvenpaa-library	by_topic	housing	727	5
2023-10-19	jarvenpaa-library	by_topic	medication	727	1
2023-10-19	jarvenpaa-library	by_topic	mental-health	727	2
2023-10-19	jarvenpaa-library	by_topic	older-people	727	1
2023-10-19	jarvenpaa-library	by_topic	other	727	1
2023-10-19	jarvenpaa-library	consultations	working-age-expert	727	1
2023-10-19	jarvenpaa-library	contacts		727	14
2023-10-19	jarvenpaa-library	duration_min_total		727	267
2023-10-19	jarvenpaa-library	identified		727	7
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	2
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	health-station:reached	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-19	jarvenpaa-library	referral_outcomes_by_referral	police:reached	727	1
2023-10-19	jarvenpaa-library	resolved		727	8
2023-10-19	jarvenpaa-library	satisfaction_responses		727	9
2023-10-19	jarvenpaa-library	satisfaction_total		727	34
2023-10-19	jarvenpaa-library	verified		727	8
2023-10-19	jarvenpaa-library	with_client_ref		727	4
2023-10-19	kerava-service-centre	by_age_group	0-17	727	1
2023-10-19	kerava-service-centre	by_age_group	18-29	727	5
2023-10-19	kerava-service-centre	by_age_group	30-64	727	6
2023-10-19	kerava-service-centre	by_age_group	65-74	727	4
2023-10-19	kerava-service-centre	by_age_group	75+	727	2
2023-10-19	kerava-service-centre	by_channel	chat	727	1
2023-10-19	kerava-service-centre	by_channel	outreach	727	1
2023-10-19	kerava-service-centre	by_channel	phone	727	1
2023-10-19	kerava-service-centre	by_channel	walk-in	727	15
2023-10-19	kerava-service-centre	by_contact_by	client	727	16
2023-10-19	kerava-service-centre	by_contact_by	relative	727	2
2023-10-19	kerava-service-centre	by_hour	09	727	2
2023-10-19	kerava-service-centre	by_hour	10	727	7
2023-10-19	kerava-service-centre	by_hour	11	727	3
2023-10-19	kerava-service-centre	by_hour	12	727	2
2023-10-19	kerava-service-centre	by_hour	13	727	3
2023-10-19	kerava-service-centre	by_hour	14	727	1
2023-10-19	kerava-service-centre	by_reason	digital-barrier	727	1
2023-10-19	kerava-service-centre	by_reason	face-to-face	727	2
2023-10-19	kerava-service-centre	by_reason	nearby	727	2
2023-10-19	kerava-service-centre	by_reason	no-other-known	727	7
2023-10-19	kerava-service-centre	by_reason	other	727	3
2023-10-19	kerava-service-centre	by_reason	referred-here	727	2
2023-10-19	kerava-service-centre	by_segment	collaboration	727	1
2023-10-19	kerava-service-centre	by_segment	network	727	1
2023-10-19	kerava-service-centre	by_topic	appointment	727	1
2023-10-19	kerava-service-centre	by_topic	benefits	727	2
2023-10-19	kerava-service-centre	by_topic	digital-support	727	2
2023-10-19	kerava-service-centre	by_topic	disability	727	1
2023-10-19	kerava-service-centre	by_topic	family-children	727	1
2023-10-19	kerava-service-centre	by_topic	forms	727	2
2023-10-19	kerava-service-centre	by_topic	health-advice	727	5
2023-10-19	kerava-service-centre	by_topic	housing	727	2
2023-10-19	kerava-service-centre	by_topic	medication	727	2
2023-10-19	kerava-service-centre	by_topic	money-debt	727	4
2023-10-19	kerava-service-centre	by_topic	older-people	727	1
2023-10-19	kerava-service-centre	contacts		727	18
2023-10-19	kerava-service-centre	contacts_with_unmet_need		727	1
2023-10-19	kerava-service-centre	duration_min_total		727	380
2023-10-19	kerava-service-centre	identified		727	7
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:pending	727	2
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:reached	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	emergency:pending	727	2
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	family-centre:reached	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	health-station:reached	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	home-care:reached	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	2
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	kela:reached	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-19	kerava-service-centre	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-19	kerava-service-centre	resolved		727	13
2023-10-19	kerava-service-centre	satisfaction_responses		727	8
2023-10-19	kerava-service-centre	satisfaction_total		727	37
2023-10-19	kerava-service-centre	unmet_needs	cost	727	1
2023-10-19	kerava-service-centre	unmet_needs	no-service	727	1
2023-10-19	kerava-service-centre	unmet_needs_by_topic	digital-support	727	1
2023-10-19	kerava-service-centre	with_client_ref		727	7
2023-10-19	tuusula-hyryla-health-station	by_age_group	18-29	727	1
2023-10-19	tuusula-hyryla-health-station	by_age_group	30-64	727	8
2023-10-19	tuusula-hyryla-health-station	by_age_group	65-74	727	6
2023-10-19	tuusula-hyryla-health-station	by_age_group	75+	727	9
2023-10-19	tuusula-hyryla-health-station	by_age_group	unknown	727	1
2023-10-19	tuusula-hyryla-health-station	by_channel	e-service	727	1
2023-10-19	tuusula-hyryla-health-station	by_channel	phone	727	4
2023-10-19	tuusula-hyryla-health-station	by_channel	video	727	1
2023-10-19	tuusula-hyryla-health-station	by_channel	walk-in	727	19
2023-10-19	tuusula-hyryla-health-station	by_contact_by	client	727	20
2023-10-19	tuusula-hyryla-health-station	by_contact_by	relative	727	5
2023-10-19	tuusula-hyryla-health-station	by_hour	09	727	3
2023-10-19	tuusula-hyryla-health-station	by_hour	10	727	6
2023-10-19	tuusula-hyryla-health-station	by_hour	11	727	4
2023-10-19	tuusula-hyryla-health-station	by_hour	12	727	4
2023-10-19	tuusula-hyryla-health-station	by_hour	13	727	3
2023-10-19	tuusula-hyryla-health-station	by_hour	14	727	5
2023-10-19	tuusula-hyryla-health-station	by_reason	digital-barrier	727	4
2023-10-19	tuusula-hyryla-health-station	by_reason	face-to-face	727	9
2023-10-19	tuusula-hyryla-health-station	by_reason	nearby	727	1
2023-10-19	tuusula-hyryla-health-station	by_reason	no-other-known	727	3
2023-10-19	tuusula-hyryla-health-station	by_reason	other	727	3
2023-10-19	tuusula-hyryla-health-station	by_reason	referred-here	727	1
2023-10-19	tuusula-hyryla-health-station	by_segment	collaboration	727	1
2023-10-19	tuusula-hyryla-health-station	by_segment	community	727	1
2023-10-19	tuusula-hyryla-health-station	by_segment	network	727	1
2023-10-19	tuusula-hyryla-health-station	by_segment	self-care	727	2
2023-10-19	tuusula-hyryla-health-station	by_topic	appointment	727	4
2023-10-19	tuusula-hyryla-health-station	by_topic	benefits	727	5
2023-10-19	tuusula-hyryla-health-station	by_topic	carer-support	727	2
2023-10-19	tuusula-hyryla-health-station	by_topic	digital-support	727	2
2023-10-19	tuusula-hyryla-health-station	by_topic	disability	727	3
2023-10-19	tuusula-hyryla-health-station	by_topic	forms	727	3
2023-10-19	tuusula-hyryla-health-station	by_topic	health-advice	727	4
2023-10-19	tuusula-hyryla-health-station	by_topic	housing	727	2
2023-10-19	tuusula-hyryla-health-station	by_topic	medication	727	1
2023-10-19	tuusula-hyryla-health-station	by_topic	mental-health	727	3
2023-10-19	tuusula-hyryla-health-station	by_topic	money-debt	727	1
2023-10-19	tuusula-hyryla-health-station	by_topic	older-people	727	4
2023-10-19	tuusula-hyryla-health-station	by_topic	other	727	1
2023-10-19	tuusula-hyryla-health-station	contacts		727	25
2023-10-19	tuusula-hyryla-health-station	contacts_with_unmet_need		727	1
2023-10-19	tuusula-hyryla-health-station	duration_min_total		727	431
2023-10-19	tuusula-hyryla-health-station	identified		727	14
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	3
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:reached	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	2
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	3
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:reached	727	2
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:reached	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:reached	727	2
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	oral-health:reached	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	private-provider:pending	727	1
2023-10-19	tuusula-hyryla-health-station	referral_outcomes_by_referral	rehabilitation:reached	727	1
2023-10-19	tuusula-hyryla-health-station	resolved		727	18
2023-10-19	tuusula-hyryla-health-station	satisfaction_responses		727	13
2023-10-19	tuusula-hyryla-health-station	satisfaction_total		727	54
2023-10-19	tuusula-hyryla-health-station	unmet_needs	no-service	727	1
2023-10-19	tuusula-hyryla-health-station	unmet_needs_by_topic	disability	727	1
2023-10-19	tuusula-hyryla-health-station	unmet_needs_by_topic	medication	727	1
2023-10-19	tuusula-hyryla-health-station	with_client_ref		727	13
2023-10-20	jarvenpaa-library	by_age_group	0-17	727	1
2023-10-20	jarvenpaa-library	by_age_group	30-64	727	6
2023-10-20	jarvenpaa-library	by_age_group	65-74	727	4
2023-10-20	jarvenpaa-library	by_channel	e-service	727	2
2023-10-20	jarvenpaa-library	by_channel	phone	727	2
2023-10-20	jarvenpaa-library	by_channel	walk-in	727	7
2023-10-20	jarvenpaa-library	by_contact_by	client	727	10
2023-10-20	jarvenpaa-library	by_contact_by	relative	727	1
2023-10-20	jarvenpaa-library	by_hour	09	727	4
2023-10-20	jarvenpaa-library	by_hour	10	727	3
2023-10-20	jarvenpaa-library	by_hour	12	727	1
2023-10-20	jarvenpaa-library	by_hour	14	727	3
2023-10-20	jarvenpaa-library	by_reason	digital-barrier	727	4
2023-10-20	jarvenpaa-library	by_reason	face-to-face	727	3
2023-10-20	jarvenpaa-library	by_reason	no-other-known	727	2
2023-10-20	jarvenpaa-library	by_reason	referred-here	727	1
2023-10-20	jarvenpaa-library	by_segment	network	727	1
2023-10-20	jarvenpaa-library	by_topic	appointment	727	3
2023-10-20	jarvenpaa-library	by_topic	benefits	727	1
2023-10-20	jarvenpaa-library	by_topic	digital-support	727	3
2023-10-20	jarvenpaa-library	by_topic	employment	727	2
2023-10-20	jarvenpaa-library	by_topic	forms	727	1
2023-10-20	jarvenpaa-library	by_topic	health-advice	727	2
2023-10-20	jarvenpaa-library	by_topic	medication	727	3
2023-10-20	jarvenpaa-library	by_topic	money-debt	727	2
2023-10-20	jarvenpaa-library	by_topic	older-people	727	1
2023-10-20	jarvenpaa-library	contacts		727	11
2023-10-20	jarvenpaa-library	duration_min_total		727	229
2023-10-20	jarvenpaa-library	identified		727	4
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	adult-social-work:pending	727	2
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	home-care:pending	727	1
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	2
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-20	jarvenpaa-library	referral_outcomes_by_referral	private-provider:reached	727	1
2023-10-20	jarvenpaa-library	resolved		727	4
2023-10-20	jarvenpaa-library	satisfaction_responses		727	8
2023-10-20	jarvenpaa-library	satisfaction_total		727	31
2023-10-20	jarvenpaa-library	verified		727	4
2023-10-20	jarvenpaa-library	with_client_ref		727	1
2023-10-20	kerava-service-centre	by_age_group	0-17	727	1
2023-10-20	kerava-service-centre	by_age_group	18-29	727	1
2023-10-20	kerava-service-centre	by_age_group	30-64	727	5
2023-10-20	kerava-service-centre	by_age_group	65-74	727	4
2023-10-20	kerava-service-centre	by_age_group	75+	727	1
2023-10-20	kerava-service-centre	by_age_group	unknown	727	1
2023-10-20	kerava-service-centre	by_channel	e-service	727	1
2023-10-20	kerava-service-centre	by_channel	phone	727	4
2023-10-20	kerava-service-centre	by_channel	walk-in	727	8
2023-10-20	kerava-service-centre	by_contact_by	client	727	12
2023-10-20	kerava-service-centre	by_contact_by	professional	727	1
2023-10-20	kerava-service-centre	by_hour	09	727	4
2023-10-20	kerava-service-centre	by_hour	10	727	3
2023-10-20	kerava-service-centre	by_hour	11	727	2
2023-10-20	kerava-service-centre	by_hour	12	727	1
2023-10-20	kerava-service-centre	by_hour	13	727	3
2023-10-20	kerava-service-centre	by_reason	face-to-face	727	3
2023-10-20	kerava-service-centre	by_reason	no-other-known	727	1
2023-10-20	kerava-service-centre	by_reason	other	727	2
2023-10-20	kerava-service-centre	by_reason	referred-here	727	2
2023-10-20	kerava-service-centre	by_topic	appointment	727	5
2023-10-20	kerava-service-centre	by_topic	digital-support	727	1
2023-10-20	kerava-service-centre	by_topic	disability	727	1
2023-10-20	kerava-service-centre	by_topic	employment	727	1
2023-10-20	kerava-service-centre	by_topic	forms	727	1
2023-10-20	kerava-service-centre	by_topic	health-advice	727	3
2023-10-20	kerava-service-centre	by_topic	housing	727	1
2023-10-20	kerava-service-centre	by_topic	medication	727	1
2023-10-20	kerava-service-centre	by_topic	mental-health	727	2
2023-10-20	kerava-service-centre	by_topic	older-people	727	2
2023-10-20	kerava-service-centre	by_topic	other	727	2
2023-10-20	kerava-service-centre	contacts		727	13
2023-10-20	kerava-service-centre	duration_min_total		727	269
2023-10-20	kerava-service-centre	identified		727	7
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	emergency:reached	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	health-station:reached	727	2
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	kela:reached	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	2
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	oral-health:reached	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	parish-diaconia:pending	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	pharmacy:reached	727	1
2023-10-20	kerava-service-centre	referral_outcomes_by_referral	police:pending	727	1
2023-10-20	kerava-service-centre	resolved		727	10
2023-10-20	kerava-service-centre	satisfaction_responses		727	8
2023-10-20	kerava-service-centre	satisfaction_total		727	33
2023-10-20	kerava-service-centre	verified		727	10
2023-10-20	kerava-service-centre	with_client_ref		727	3
2023-10-20	tuusula-hyryla-health-station	by_age_group	0-17	727	2
2023-10-20	tuusula-hyryla-health-station	by_age_group	30-64	727	8
2023-10-20	tuusula-hyryla-health-station	by_age_group	65-74	727	2
2023-10-20	tuusula-hyryla-health-station	by_age_group	75+	727	3
2023-10-20	tuusula-hyryla-health-station	by_age_group	unknown	727	1
2023-10-20	tuusula-hyryla-health-station	by_channel	e-service	727	1
2023-10-20	tuusula-hyryla-health-station	by_channel	outreach	727	2
2023-10-20	tuusula-hyryla-health-station	by_channel	video	727	2
2023-10-20	tuusula-hyryla-health-station	by_channel	walk-in	727	11
2023-10-20	tuusula-hyryla-health-station	by_contact_by	client	727	16
2023-10-20	tuusula-hyryla-health-station	by_hour	09	727	3
2023-10-20	tuusula-hyryla-health-station	by_hour	10	727	2
2023-10-20	tuusula-hyryla-health-station	by_hour	11	727	1
2023-10-20	tuusula-hyryla-health-station	by_hour	12	727	3
2023-10-20	tuusula-hyryla-health-station	by_hour	13	727	5
2023-10-20	tuusula-hyryla-health-station	by_hour	14	727	2
2023-10-20	tuusula-hyryla-health-station	by_reason	digital-barrier	727	1
2023-10-20	tuusula-hyryla-health-station	by_reason	face-to-face	727	7
2023-10-20	tuusula-hyryla-health-station	by_reason	nearby	727	2
2023-10-20	tuusula-hyryla-health-station	by_reason	no-other-known	727	2
2023-10-20	tuusula-hyryla-health-station	by_reason	other	727	2
2023-10-20	tuusula-hyryla-health-station	by_reason	referred-here	727	1
2023-10-20	tuusula-hyryla-health-station	by_segment	community	727	1
2023-10-20	tuusula-hyryla-health-station	by_segment	network	727	1
2023-10-20	tuusula-hyryla-health-station	by_segment	self-care	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	appointment	727	3
2023-10-20	tuusula-hyryla-health-station	by_topic	benefits	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	carer-support	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	digital-support	727	4
2023-10-20	tuusula-hyryla-health-station	by_topic	disability	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	employment	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	family-children	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	health-advice	727	2
2023-10-20	tuusula-hyryla-health-station	by_topic	housing	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	medication	727	4
2023-10-20	tuusula-hyryla-health-station	by_topic	mental-health	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	older-people	727	1
2023-10-20	tuusula-hyryla-health-station	by_topic	substance-use	727	1
2023-10-20	tuusula-hyryla-health-station	contacts		727	16
2023-10-20	tuusula-hyryla-health-station	contacts_with_unmet_need		727	1
2023-10-20	tuusula-hyryla-health-station	duration_min_total		727	428
2023-10-20	tuusula-hyryla-health-station	identified		727	9
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:pending	727	2
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:reached	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	family-centre:pending	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:unknown	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:unknown	727	1
2023-10-20	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-20	tuusula-hyryla-health-station	resolved		727	14
2023-10-20	tuusula-hyryla-health-station	satisfaction_responses		727	7
2023-10-20	tuusula-hyryla-health-station	satisfaction_total		727	29
2023-10-20	tuusula-hyryla-health-station	unmet_needs	no-service	727	1
2023-10-20	tuusula-hyryla-health-station	unmet_needs	waiting-time	727	1
2023-10-20	tuusula-hyryla-health-station	unmet_needs_by_topic	mental-health	727	1
2023-10-20	tuusula-hyryla-health-station	unmet_needs_by_topic	substance-use	727	1
2023-10-20	tuusula-hyryla-health-station	verified		727	14
2023-10-20	tuusula-hyryla-health-station	with_client_ref		727	7
2023-10-23	jarvenpaa-library	by_age_group	18-29	727	4
2023-10-23	jarvenpaa-library	by_age_group	30-64	727	9
2023-10-23	jarvenpaa-library	by_age_group	65-74	727	6
2023-10-23	jarvenpaa-library	by_age_group	75+	727	3
2023-10-23	jarvenpaa-library	by_age_group	unknown	727	2
2023-10-23	jarvenpaa-library	by_channel	chat	727	1
2023-10-23	jarvenpaa-library	by_channel	e-service	727	1
2023-10-23	jarvenpaa-library	by_channel	outreach	727	1
2023-10-23	jarvenpaa-library	by_channel	phone	727	1
2023-10-23	jarvenpaa-library	by_channel	video	727	2
2023-10-23	jarvenpaa-library	by_channel	walk-in	727	18
2023-10-23	jarvenpaa-library	by_contact_by	client	727	15
2023-10-23	jarvenpaa-library	by_contact_by	professional	727	2
2023-10-23	jarvenpaa-library	by_contact_by	relative	727	7
2023-10-23	jarvenpaa-library	by_hour	09	727	3
2023-10-23	jarvenpaa-library	by_hour	10	727	3
2023-10-23	jarvenpaa-library	by_hour	11	727	4
2023-10-23	jarvenpaa-library	by_hour	12	727	3
2023-10-23	jarvenpaa-library	by_hour	13	727	8
2023-10-23	jarvenpaa-library	by_hour	14	727	3
2023-10-23	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-23	jarvenpaa-library	by_reason	face-to-face	727	8
2023-10-23	jarvenpaa-library	by_reason	nearby	727	3
2023-10-23	jarvenpaa-library	by_reason	no-other-known	727	6
2023-10-23	jarvenpaa-library	by_reason	other	727	3
2023-10-23	jarvenpaa-library	by_reason	referred-here	727	2
2023-10-23	jarvenpaa-library	by_segment	collaboration	727	1
2023-10-23	jarvenpaa-library	by_segment	community	727	1
2023-10-23	jarvenpaa-library	by_segment	network	727	1
2023-10-23	jarvenpaa-library	by_topic	appointment	727	1
2023-10-23	jarvenpaa-library	by_topic	benefits	727	3
2023-10-23	jarvenpaa-library	by_topic	digital-support	727	3
2023-10-23	jarvenpaa-library	by_topic	employment	727	2
2023-10-23	jarvenpaa-library	by_topic	forms	727	2
2023-10-23	jarvenpaa-library	by_topic	health-advice	727	6
2023-10-23	jarvenpaa-library	by_topic	housing	727	2
2023-10-23	jarvenpaa-library	by_topic	medication	727	1
2023-10-23	jarvenpaa-library	by_topic	mental-health	727	1
2023-10-23	jarvenpaa-library	by_topic	money-debt	727	3
2023-10-23	jarvenpaa-library	by_topic	other	727	2
2023-10-23	jarvenpaa-library	by_topic	substance-use	727	2
2023-10-23	jarvenpaa-library	consultations	mental-health-substance-expert	727	1
2023-10-23	jarvenpaa-library	consultations	working-age-expert	727	1
2023-10-23	jarvenpaa-library	consulted_resolved		727	2
2023-10-23	jarvenpaa-library	contacts		727	24
2023-10-23	jarvenpaa-library	contacts_with_unmet_need		727	1
2023-10-23	jarvenpaa-library	duration_min_total		727	623
2023-10-23	jarvenpaa-library	identified		727	10
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	adult-social-work:not-reached	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	digital-support:pending	727	2
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	2
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	kela:reached	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	ngo:pending	727	2
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	parish-diaconia:pending	727	2
2023-10-23	jarvenpaa-library	referral_outcomes_by_referral	private-provider:reached	727	1
2023-10-23	jarvenpaa-library	resolved		727	21
2023-10-23	jarvenpaa-library	satisfaction_responses		727	16
2023-10-23	jarvenpaa-library	satisfaction_total		727	66
2023-10-23	jarvenpaa-library	unmet_needs	no-service	727	1
2023-10-23	jarvenpaa-library	unmet_needs_by_topic	medication	727	1
2023-10-23	jarvenpaa-library	with_client_ref		727	13
2023-10-23	kerava-service-centre	by_age_group	18-29	727	1
2023-10-23	kerava-service-centre	by_age_group	30-64	727	13
2023-10-23	kerava-service-centre	by_age_group	65-74	727	13
2023-10-23	kerava-service-centre	by_age_group	75+	727	8
2023-10-23	kerava-service-centre	by_age_group	unknown	727	1
2023-10-23	kerava-service-centre	by_channel	chat	727	2
2023-10-23	kerava-service-centre	by_channel	e-service	727	2
2023-10-23	kerava-service-centre	by_channel	outreach	727	2
2023-10-23	kerava-service-centre	by_channel	phone	727	4
2023-10-23	kerava-service-centre	by_channel	walk-in	727	26
2023-10-23	kerava-service-centre	by_contact_by	client	727	29
2023-10-23	kerava-service-centre	by_contact_by	professional	727	3
2023-10-23	kerava-service-centre	by_contact_by	relative	727	4
2023-10-23	kerava-service-centre	by_hour	09	727	8
2023-10-23	kerava-service-centre	by_hour	10	727	8
2023-10-23	kerava-service-centre	by_hour	11	727	8
2023-10-23	kerava-service-centre	by_hour	12	727	6
2023-10-23	kerava-service-centre	by_hour	13	727	2
2023-10-23	kerava-service-centre	by_hour	14	727	4
2023-10-23	kerava-service-centre	by_reason	digital-barrier	727	6
2023-10-23	kerava-service-centre	by_reason	event	727	1
2023-10-23	kerava-service-centre	by_reason	face-to-face	727	1
2023-10-23	kerava-service-centre	by_reason	nearby	727	3
2023-10-23	kerava-service-centre	by_reason	no-other-known	727	11
2023-10-23	kerava-service-centre	by_reason	other	727	3
2023-10-23	kerava-service-centre	by_reason	referred-here	727	5
2023-10-23	kerava-service-centre	by_segment	collaboration	727	1
2023-10-23	kerava-service-centre	by_segment	network	727	1
2023-10-23	kerava-service-centre	by_segment	self-care	727	2
2023-10-23	kerava-service-centre	by_topic	appointment	727	4
2023-10-23	kerava-service-centre	by_topic	benefits	727	5
2023-10-23	kerava-service-centre	by_topic	carer-support	727	3
2023-10-23	kerava-service-centre	by_topic	digital-support	727	7
2023-10-23	kerava-service-centre	by_topic	disability	727	3
2023-10-23	kerava-service-centre	by_topic	employment	727	3
2023-10-23	kerava-service-centre	by_topic	forms	727	4
2023-10-23	kerava-service-centre	by_topic	health-advice	727	3
2023-10-23	kerava-service-centre	by_topic	housing	727	2
2023-10-23	kerava-service-centre	by_topic	medication	727	5
2023-10-23	kerava-service-centre	by_topic	mental-health	727	2
2023-10-23	kerava-service-centre	by_topic	money-debt	727	4
2023-10-23	kerava-service-centre	by_topic	older-people	727	4
2023-10-23	kerava-service-centre	by_topic	other	727	1
2023-10-23	kerava-service-centre	by_topic	substance-use	727	1
2023-10-23	kerava-service-centre	consultations	older-people-expert	727	1
2023-10-23	kerava-service-centre	consulted_resolved		727	1
2023-10-23	kerava-service-centre	contacts		727	36
2023-10-23	kerava-service-centre	contacts_with_unmet_need		727	2
2023-10-23	kerava-service-centre	duration_min_total		727	641
2023-10-23	kerava-service-centre	identified		727	18
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	digital-support:pending	727	2
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	disability-services:pending	727	2
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	4
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	home-care:reached	727	1
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	4
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	4
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	ngo:declined	727	1
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	3
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	3
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:reached	727	1
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	pharmacy:pending	727	3
2023-10-23	kerava-service-centre	referral_outcomes_by_referral	rehabilitation:pending	727	2
2023-10-23	kerava-service-centre	resolved		727	28
2023-10-23	kerava-service-centre	satisfaction_responses		727	23
2023-10-23	kerava-service-centre	satisfaction_total		727	106
2023-10-23	kerava-service-centre	unmet_needs	no-service	727	2
2023-10-23	kerava-service-centre	unmet_needs_by_topic	digital-support	727	1
2023-10-23	kerava-service-centre	unmet_needs_by_topic	older-people	727	1
2023-10-23	kerava-service-centre	verified		727	28
2023-10-23	kerava-service-centre	with_client_ref		727	10
2023-10-23	tuusula-hyryla-health-station	by_age_group	18-29	727	5
2023-10-23	tuusula-hyryla-health-station	by_age_group	30-64	727	15
2023-10-23	tuusula-hyryla-health-station	by_age_group	65-74	727	4
2023-10-23	tuusula-hyryla-health-station	by_age_group	75+	727	8
2023-10-23	tuusula-hyryla-health-station	by_age_group	unknown	727	4
2023-10-23	tuusula-hyryla-health-station	by_channel	e-service	727	3
2023-10-23	tuusula-hyryla-health-station	by_channel	outreach	727	2
2023-10-23	tuusula-hyryla-health-station	by_channel	phone	727	5
2023-10-23	tuusula-hyryla-health-station	by_channel	walk-in	727	26
2023-10-23	tuusula-hyryla-health-station	by_contact_by	client	727	29
2023-10-23	tuusula-hyryla-health-station	by_contact_by	professional	727	1
2023-10-23	tuusula-hyryla-health-station	by_contact_by	relative	727	6
2023-10-23	tuusula-hyryla-health-station	by_hour	09	727	4
2023-10-23	tuusula-hyryla-health-station	by_hour	10	727	17
2023-10-23	tuusula-hyryla-health-station	by_hour	11	727	7
2023-10-23	tuusula-hyryla-health-station	by_hour	12	727	4
2023-10-23	tuusula-hyryla-health-station	by_hour	13	727	2
2023-10-23	tuusula-hyryla-health-station	by_hour	14	727	2
2023-10-23	tuusula-hyryla-health-station	by_reason	digital-barrier	727	7
2023-10-23	tuusula-hyryla-health-station	by_reason	event	727	1
2023-10-23	tuusula-hyryla-health-station	by_reason	face-to-face	727	5
2023-10-23	tuusula-hyryla-health-station	by_reason	nearby	727	3
2023-10-23	tuusula-hyryla-health-station	by_reason	no-other-known	727	13
2023-10-23	tuusula-hyryla-health-station	by_reason	other	727	1
2023-10-23	tuusula-hyryla-health-station	by_reason	referred-here	727	3
2023-10-23	tuusula-hyryla-health-station	by_segment	collaboration	727	1
2023-10-23	tuusula-hyryla-health-station	by_segment	self-care	727	1
2023-10-23	tuusula-hyryla-health-station	by_topic	appointment	727	6
2023-10-23	tuusula-hyryla-health-station	by_topic	benefits	727	4
2023-10-23	tuusula-hyryla-health-station	by_topic	carer-support	727	2
2023-10-23	tuusula-hyryla-health-station	by_topic	digital-support	727	4
2023-10-23	tuusula-hyryla-health-station	by_topic	disability	727	1
2023-10-23	tuusula-hyryla-health-station	by_topic	employment	727	5
2023-10-23	tuusula-hyryla-health-station	by_topic	forms	727	3
2023-10-23	tuusula-hyryla-health-station	by_topic	health-advice	727	4
2023-10-23	tuusula-hyryla-health-station	by_topic	housing	727	7
2023-10-23	tuusula-hyryla-health-station	by_topic	medication	727	4
2023-10-23	tuusula-hyryla-health-station	by_topic	mental-health	727	2
2023-10-23	tuusula-hyryla-health-station	by_topic	money-debt	727	2
2023-10-23	tuusula-hyryla-health-station	by_topic	older-people	727	1
2023-10-23	tuusula-hyryla-health-station	by_topic	other	727	1
2023-10-23	tuusula-hyryla-health-station	by_topic	substance-use	727	2
2023-10-23	tuusula-hyryla-health-station	consultations	working-age-expert	727	1
2023-10-23	tuusula-hyryla-health-station	consulted_resolved		727	1
2023-10-23	tuusula-hyryla-health-station	contacts		727	36
2023-10-23	tuusula-hyryla-health-station	contacts_with_unmet_need		727	3
2023-10-23	tuusula-hyryla-health-station	duration_min_total		727	766
2023-10-23	tuusula-hyryla-health-station	identified		727	17
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	4
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:unknown	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:reached	727	2
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	home-care:reached	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	2
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:unknown	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:pending	727	3
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:unknown	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	4
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-23	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:pending	727	2
2023-10-23	tuusula-hyryla-health-station	resolved		727	24
2023-10-23	tuusula-hyryla-health-station	satisfaction_responses		727	20
2023-10-23	tuusula-hyryla-health-station	satisfaction_total		727	93
2023-10-23	tuusula-hyryla-health-station	unmet_needs	no-service	727	2
2023-10-23	tuusula-hyryla-health-station	unmet_needs	waiting-time	727	1
2023-10-23	tuusula-hyryla-health-station	unmet_needs_by_topic	benefits	727	1
2023-10-23	tuusula-hyryla-health-station	unmet_needs_by_topic	employment	727	2
2023-10-23	tuusula-hyryla-health-station	verified		727	24
2023-10-23	tuusula-hyryla-health-station	with_client_ref		727	10
2023-10-24	jarvenpaa-library	by_age_group	18-29	727	1
2023-10-24	jarvenpaa-library	by_age_group	30-64	727	6
2023-10-24	jarvenpaa-library	by_age_group	65-74	727	4
2023-10-24	jarvenpaa-library	by_age_group	75+	727	6
2023-10-24	jarvenpaa-library	by_channel	chat	727	1
2023-10-24	jarvenpaa-library	by_channel	phone	727	3
2023-10-24	jarvenpaa-library	by_channel	walk-in	727	13
2023-10-24	jarvenpaa-library	by_contact_by	client	727	13
2023-10-24	jarvenpaa-library	by_contact_by	professional	727	1
2023-10-24	jarvenpaa-library	by_contact_by	relative	727	3
2023-10-24	jarvenpaa-library	by_hour	09	727	3
2023-10-24	jarvenpaa-library	by_hour	10	727	3
2023-10-24	jarvenpaa-library	by_hour	11	727	3
2023-10-24	jarvenpaa-library	by_hour	12	727	3
2023-10-24	jarvenpaa-library	by_hour	13	727	3
2023-10-24	jarvenpaa-library	by_hour	14	727	2
2023-10-24	jarvenpaa-library	by_reason	digital-barrier	727	3
2023-10-24	jarvenpaa-library	by_reason	face-to-face	727	5
2023-10-24	jarvenpaa-library	by_reason	nearby	727	1
2023-10-24	jarvenpaa-library	by_reason	no-other-known	727	4
2023-10-24	jarvenpaa-library	by_reason	other	727	2
2023-10-24	jarvenpaa-library	by_reason	referred-here	727	1
2023-10-24	jarvenpaa-library	by_segment	collaboration	727	1
2023-10-24	jarvenpaa-library	by_segment	community	727	1
2023-10-24	jarvenpaa-library	by_segment	network	727	1
2023-10-24	jarvenpaa-library	by_topic	appointment	727	5
2023-10-24	jarvenpaa-library	by_topic	carer-support	727	1
2023-10-24	jarvenpaa-library	by_topic	digital-support	727	3
2023-10-24	jarvenpaa-library	by_topic	disability	727	1
2023-10-24	jarvenpaa-library	by_topic	employment	727	2
2023-10-24	jarvenpaa-library	by_topic	forms	727	2
2023-10-24	jarvenpaa-library	by_topic	health-advice	727	3
2023-10-24	jarvenpaa-library	by_topic	housing	727	1
2023-10-24	jarvenpaa-library	by_topic	medication	727	1
2023-10-24	jarvenpaa-library	by_topic	money-debt	727	2
2023-10-24	jarvenpaa-library	by_topic	older-people	727	2
2023-10-24	jarvenpaa-library	consultations	older-people-expert	727	1
2023-10-24	jarvenpaa-library	consulted_resolved		727	1
2023-10-24	jarvenpaa-library	contacts		727	17
2023-10-24	jarvenpaa-library	duration_min_total		727	355
2023-10-24	jarvenpaa-library	identified		727	11
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	digital-support:pending	727	3
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	1
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-24	jarvenpaa-library	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-24	jarvenpaa-library	resolved		727	14
2023-10-24	jarvenpaa-library	satisfaction_responses		727	11
2023-10-24	jarvenpaa-library	satisfaction_total		727	45
2023-10-24	jarvenpaa-library	verified		727	14
2023-10-24	jarvenpaa-library	with_client_ref		727	5
2023-10-24	kerava-service-centre	by_age_group	18-29	727	3
2023-10-24	kerava-service-centre	by_age_group	30-64	727	6
2023-10-24	kerava-service-centre	by_age_group	65-74	727	3
2023-10-24	kerava-service-centre	by_age_group	75+	727	4
2023-10-24	kerava-service-centre	by_age_group	unknown	727	1
2023-10-24	kerava-service-centre	by_channel	e-service	727	1
2023-10-24	kerava-service-centre	by_channel	phone	727	3
2023-10-24	kerava-service-centre	by_channel	walk-in	727	13
2023-10-24	kerava-service-centre	by_contact_by	client	727	14
2023-10-24	kerava-service-centre	by_contact_by	relative	727	3
2023-10-24	kerava-service-centre	by_hour	09	727	2
2023-10-24	kerava-service-centre	by_hour	10	727	2
2023-10-24	kerava-service-centre	by_hour	11	727	5
2023-10-24	kerava-service-centre	by_hour	12	727	1
2023-10-24	kerava-service-centre	by_hour	13	727	3
2023-10-24	kerava-service-centre	by_hour	14	727	4
2023-10-24	kerava-service-centre	by_reason	digital-barrier	727	1
2023-10-24	kerava-service-centre	by_reason	face-to-face	727	4
2023-10-24	kerava-service-centre	by_reason	nearby	727	3
2023-10-24	kerava-service-centre	by_reason	no-other-known	727	4
2023-10-24	kerava-service-centre	by_reason	other	727	1
2023-10-24	kerava-service-centre	by_reason	referred-here	727	1
2023-10-24	kerava-service-centre	by_segment	collaboration	727	1
2023-10-24	kerava-service-centre	by_topic	appointment	727	4
2023-10-24	kerava-service-centre	by_topic	benefits	727	2
2023-10-24	kerava-service-centre	by_topic	carer-support	727	1
2023-10-24	kerava-service-centre	by_topic	digital-support	727	3
2023-10-24	kerava-service-centre	by_topic	forms	727	5
2023-10-24	kerava-service-centre	by_topic	health-advice	727	2
2023-10-24	kerava-service-centre	by_topic	housing	727	3
2023-10-24	kerava-service-centre	by_topic	mental-health	727	1
2023-10-24	kerava-service-centre	by_topic	money-debt	727	2
2023-10-24	kerava-service-centre	by_topic	older-people	727	1
2023-10-24	kerava-service-centre	by_topic	other	727	1
2023-10-24	kerava-service-centre	contacts		727	17
2023-10-24	kerava-service-centre	duration_min_total		727	295
2023-10-24	kerava-service-centre	identified		727	7
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	home-care:pending	727	1
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	3
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	3
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	oral-health:pending	727	2
2023-10-24	kerava-service-centre	referral_outcomes_by_referral	private-provider:pending	727	1
2023-10-24	kerava-service-centre	resolved		727	11
2023-10-24	kerava-service-centre	satisfaction_responses		727	15
2023-10-24	kerava-service-centre	satisfaction_total		727	61
2023-10-24	kerava-service-centre	verified		727	11
2023-10-24	kerava-service-centre	with_client_ref		727	7
2023-10-24	tuusula-hyryla-health-station	by_age_group	18-29	727	3
2023-10-24	tuusula-hyryla-health-station	by_age_group	30-64	727	13
2023-10-24	tuusula-hyryla-health-station	by_age_group	65-74	727	3
2023-10-24	tuusula-hyryla-health-station	by_age_group	75+	727	11
2023-10-24	tuusula-hyryla-health-station	by_age_group	unknown	727	4
2023-10-24	tuusula-hyryla-health-station	by_channel	chat	727	1
2023-10-24	tuusula-hyryla-health-station	by_channel	e-service	727	1
2023-10-24	tuusula-hyryla-health-station	by_channel	outreach	727	2
2023-10-24	tuusula-hyryla-health-station	by_channel	phone	727	3
2023-10-24	tuusula-hyryla-health-station	by_channel	video	727	1
2023-10-24	tuusula-hyryla-health-station	by_channel	walk-in	727	26
2023-10-24	tuusula-hyryla-health-station	by_contact_by	client	727	29
2023-10-24	tuusula-hyryla-health-station	by_contact_by	relative	727	5
2023-10-24	tuusula-hyryla-health-station	by_hour	09	727	4
2023-10-24	tuusula-hyryla-health-station	by_hour	10	727	8
2023-10-24	tuusula-hyryla-health-station	by_hour	11	727	7
2023-10-24	tuusula-hyryla-health-station	by_hour	12	727	8
2023-10-24	tuusula-hyryla-health-station	by_hour	13	727	4
2023-10-24	tuusula-hyryla-health-station	by_hour	14	727	3
2023-10-24	tuusula-hyryla-health-station	by_reason	digital-barrier	727	6
2023-10-24	tuusula-hyryla-health-station	by_reason	face-to-face	727	9
2023-10-24	tuusula-hyryla-health-station	by_reason	nearby	727	4
2023-10-24	tuusula-hyryla-health-station	by_reason	no-other-known	727	8
2023-10-24	tuusula-hyryla-health-station	by_reason	other	727	1
2023-10-24	tuusula-hyryla-health-station	by_segment	self-care	727	2
2023-10-24	tuusula-hyryla-health-station	by_topic	appointment	727	6
2023-10-24	tuusula-hyryla-health-station	by_topic	benefits	727	3
2023-10-24	tuusula-hyryla-health-station	by_topic	carer-support	727	2
2023-10-24	tuusula-hyryla-health-station	by_topic	digital-support	727	3
2023-10-24	tuusula-hyryla-health-station	by_topic	disability	727	2
2023-10-24	tuusula-hyryla-health-station	by_topic	employment	727	2
2023-10-24	tuusula-hyryla-health-station	by_topic	forms	727	5
2023-10-24	tuusula-hyryla-health-station	by_topic	health-advice	727	5
2023-10-24	tuusula-hyryla-health-station	by_topic	housing	727	7
2023-10-24	tuusula-hyryla-health-station	by_topic	medication	727	3
2023-10-24	tuusula-hyryla-health-station	by_topic	money-debt	727	3
2023-10-24	tuusula-hyryla-health-station	by_topic	older-people	727	1
2023-10-24	tuusula-hyryla-health-station	by_topic	other	727	1
2023-10-24	tuusula-hyryla-health-station	by_topic	substance-use	727	2
2023-10-24	tuusula-hyryla-health-station	consultations	mental-health-substance-expert	727	1
2023-10-24	tuusula-hyryla-health-station	contacts		727	34
2023-10-24	tuusula-hyryla-health-station	contacts_with_unmet_need		727	1
2023-10-24	tuusula-hyryla-health-station	duration_min_total		727	732
2023-10-24	tuusula-hyryla-health-station	identified		727	15
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	2
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:pending	727	3
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	disability-services:pending	727	2
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	emergency:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	2
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	5
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	6
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:reached	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:pending	727	3
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	2
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	oral-health:pending	727	2
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	parish-diaconia:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-24	tuusula-hyryla-health-station	referral_outcomes_by_referral	private-provider:pending	727	1
2023-10-24	tuusula-hyryla-health-station	resolved		727	17
2023-10-24	tuusula-hyryla-health-station	satisfaction_responses		727	23
2023-10-24	tuusula-hyryla-health-station	satisfaction_total		727	86
2023-10-24	tuusula-hyryla-health-station	unmet_needs	language	727	1
2023-10-24	tuusula-hyryla-health-station	unmet_needs_by_topic	appointment	727	1
2023-10-24	tuusula-hyryla-health-station	unmet_needs_by_topic	digital-support	727	1
2023-10-24	tuusula-hyryla-health-station	unmet_needs_by_topic	housing	727	1
2023-10-24	tuusula-hyryla-health-station	with_client_ref		727	16
2023-10-25	jarvenpaa-library	by_age_group	0-17	727	1
2023-10-25	jarvenpaa-library	by_age_group	30-64	727	11
2023-10-25	jarvenpaa-library	by_age_group	65-74	727	2
2023-10-25	jarvenpaa-library	by_age_group	75+	727	1
2023-10-25	jarvenpaa-library	by_age_group	unknown	727	2
2023-10-25	jarvenpaa-library	by_channel	e-service	727	2
2023-10-25	jarvenpaa-library	by_channel	outreach	727	1
2023-10-25	jarvenpaa-library	by_channel	walk-in	727	14
2023-10-25	jarvenpaa-library	by_contact_by	client	727	16
2023-10-25	jarvenpaa-library	by_contact_by	relative	727	1
2023-10-25	jarvenpaa-library	by_hour	09	727	2
2023-10-25	jarvenpaa-library	by_hour	10	727	1
2023-10-25	jarvenpaa-library	by_hour	11	727	5
2023-10-25	jarvenpaa-library	by_hour	12	727	3
2023-10-25	jarvenpaa-library	by_hour	13	727	3
2023-10-25	jarvenpaa-library	by_hour	14	727	3
2023-10-25	jarvenpaa-library	by_reason	face-to-face	727	5
2023-10-25	jarvenpaa-library	by_reason	nearby	727	1
2023-10-25	jarvenpaa-library	by_reason	no-other-known	727	8
2023-10-25	jarvenpaa-library	by_reason	other	727	2
2023-10-25	jarvenpaa-library	by_topic	appointment	727	4
2023-10-25	jarvenpaa-library	by_topic	benefits	727	7
2023-10-25	jarvenpaa-library	by_topic	carer-support	727	1
2023-10-25	jarvenpaa-library	by_topic	digital-support	727	2
2023-10-25	jarvenpaa-library	by_topic	employment	727	2
2023-10-25	jarvenpaa-library	by_topic	family-children	727	3
2023-10-25	jarvenpaa-library	by_topic	forms	727	3
2023-10-25	jarvenpaa-library	by_topic	health-advice	727	2
2023-10-25	jarvenpaa-library	by_topic	housing	727	1
2023-10-25	jarvenpaa-library	by_topic	medication	727	1
2023-10-25	jarvenpaa-library	by_topic	mental-health	727	2
2023-10-25	jarvenpaa-library	by_topic	older-people	727	1
2023-10-25	jarvenpaa-library	by_topic	other	727	1
2023-10-25	jarvenpaa-library	contacts		727	17
2023-10-25	jarvenpaa-library	contacts_with_unmet_need		727	1
2023-10-25	jarvenpaa-library	duration_min_total		727	427
2023-10-25	jarvenpaa-library	identified		727	8
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	4
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	7
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	pharmacy:not-reached	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-25	jarvenpaa-library	referral_outcomes_by_referral	rehabilitation:pending	727	1
2023-10-25	jarvenpaa-library	resolved		727	13
2023-10-25	jarvenpaa-library	satisfaction_responses		727	10
2023-10-25	jarvenpaa-library	satisfaction_total		727	43
2023-10-25	jarvenpaa-library	unmet_needs	no-service	727	1
2023-10-25	jarvenpaa-library	unmet_needs_by_topic	benefits	727	1
2023-10-25	jarvenpaa-library	unmet_needs_by_topic	medication	727	1
2023-10-25	jarvenpaa-library	verified		727	13
2023-10-25	jarvenpaa-library	with_client_ref		727	10
2023-10-25	kerava-service-centre	by_age_group	0-17	727	2
2023-10-25	kerava-service-centre	by_age_group	18-29	727	2
2023-10-25	kerava-service-centre	by_age_group	30-64	727	7
2023-10-25	kerava-service-centre	by_age_group	65-74	727	5
2023-10-25	kerava-service-centre	by_age_group	75+	727	3
2023-10-25	kerava-service-centre	by_age_group	unknown	727	2
2023-10-25	kerava-service-centre	by_channel	e-service	727	1
2023-10-25	kerava-service-centre	by_channel	phone	727	2
2023-10-25	kerava-service-centre	by_channel	walk-in	727	18
2023-10-25	kerava-service-centre	by_contact_by	client	727	14
2023-10-25	kerava-service-centre	by_contact_by	professional	727	1
2023-10-25	kerava-service-centre	by_contact_by	relative	727	6
2023-10-25	kerava-service-centre	by_hour	09	727	3
2023-10-25	kerava-service-centre	by_hour	10	727	4
2023-10-25	kerava-service-centre	by_hour	11	727	5
2023-10-25	kerava-service-centre	by_hour	12	727	1
2023-10-25	kerava-service-centre	by_hour	13	727	4
2023-10-25	kerava-service-centre	by_hour	14	727	4
2023-10-25	kerava-service-centre	by_reason	digital-barrier	727	1
2023-10-25	kerava-service-centre	by_reason	face-to-face	727	7
2023-10-25	kerava-service-centre	by_reason	nearby	727	2
2023-10-25	kerava-service-centre	by_reason	no-other-known	727	4
2023-10-25	kerava-service-centre	by_reason	other	727	2
2023-10-25	kerava-service-centre	by_reason	referred-here	727	4
2023-10-25	kerava-service-centre	by_segment	community	727	1
2023-10-25	kerava-service-centre	by_topic	appointment	727	3
2023-10-25	kerava-service-centre	by_topic	benefits	727	4
2023-10-25	kerava-service-centre	by_topic	carer-support	727	2
2023-10-25	kerava-service-centre	by_topic	digital-support	727	4
2023-10-25	kerava-service-centre	by_topic	disability	727	1
2023-10-25	kerava-service-centre	by_topic	employment	727	1
2023-10-25	kerava-service-centre	by_topic	family-children	727	2
2023-10-25	kerava-service-centre	by_topic	health-advice	727	4
2023-10-25	kerava-service-centre	by_topic	housing	727	4
2023-10-25	kerava-service-centre	by_topic	mental-health	727	2
2023-10-25	kerava-service-centre	by_topic	money-debt	727	2
2023-10-25	kerava-service-centre	by_topic	older-people	727	1
2023-10-25	kerava-service-centre	contacts		727	21
2023-10-25	kerava-service-centre	duration_min_total		727	349
2023-10-25	kerava-service-centre	identified		727	13
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:pending	727	2
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	family-centre:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	4
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	2
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	2
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	older-people-guidance:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-25	kerava-service-centre	referral_outcomes_by_referral	rehabilitation:reached	727	1
2023-10-25	kerava-service-centre	resolved		727	13
2023-10-25	kerava-service-centre	satisfaction_responses		727	10
2023-10-25	kerava-service-centre	satisfaction_total		727	41
2023-10-25	kerava-service-centre	verified		727	13
2023-10-25	kerava-service-centre	with_client_ref		727	11
2023-10-25	tuusula-hyryla-health-station	by_age_group	0-17	727	1
2023-10-25	tuusula-hyryla-health-station	by_age_group	18-29	727	4
2023-10-25	tuusula-hyryla-health-station	by_age_group	30-64	727	4
2023-10-25	tuusula-hyryla-health-station	by_age_group	65-74	727	13
2023-10-25	tuusula-hyryla-health-station	by_age_group	75+	727	9
2023-10-25	tuusula-hyryla-health-station	by_age_group	unknown	727	1
2023-10-25	tuusula-hyryla-health-station	by_channel	chat	727	2
2023-10-25	tuusula-hyryla-health-station	by_channel	phone	727	5
2023-10-25	tuusula-hyryla-health-station	by_channel	video	727	1
2023-10-25	tuusula-hyryla-health-station	by_channel	walk-in	727	24
2023-10-25	tuusula-hyryla-health-station	by_contact_by	client	727	23
2023-10-25	tuusula-hyryla-health-station	by_contact_by	professional	727	1
2023-10-25	tuusula-hyryla-health-station	by_contact_by	relative	727	8
2023-10-25	tuusula-hyryla-health-station	by_hour	09	727	8
2023-10-25	tuusula-hyryla-health-station	by_hour	10	727	6
2023-10-25	tuusula-hyryla-health-station	by_hour	11	727	4
2023-10-25	tuusula-hyryla-health-station	by_hour	12	727	7
2023-10-25	tuusula-hyryla-health-station	by_hour	13	727	4
2023-10-25	tuusula-hyryla-health-station	by_hour	14	727	3
2023-10-25	tuusula-hyryla-health-station	by_reason	digital-barrier	727	4
2023-10-25	tuusula-hyryla-health-station	by_reason	event	727	1
2023-10-25	tuusula-hyryla-health-station	by_reason	face-to-face	727	10
2023-10-25	tuusula-hyryla-health-station	by_reason	nearby	727	4
2023-10-25	tuusula-hyryla-health-station	by_reason	no-other-known	727	8
2023-10-25	tuusula-hyryla-health-station	by_reason	other	727	2
2023-10-25	tuusula-hyryla-health-station	by_reason	referred-here	727	2
2023-10-25	tuusula-hyryla-health-station	by_segment	collaboration	727	2
2023-10-25	tuusula-hyryla-health-station	by_segment	community	727	1
2023-10-25	tuusula-hyryla-health-station	by_segment	network	727	1
2023-10-25	tuusula-hyryla-health-station	by_segment	self-care	727	1
2023-10-25	tuusula-hyryla-health-station	by_topic	appointment	727	7
2023-10-25	tuusula-hyryla-health-station	by_topic	benefits	727	3
2023-10-25	tuusula-hyryla-health-station	by_topic	carer-support	727	2
2023-10-25	tuusula-hyryla-health-station	by_topic	digital-support	727	5
2023-10-25	tuusula-hyryla-health-station	by_topic	employment	727	1
2023-10-25	tuusula-hyryla-health-station	by_topic	family-children	727	1
2023-10-25	tuusula-hyryla-health-station	by_topic	forms	727	3
2023-10-25	tuusula-hyryla-health-station	by_topic	health-advice	727	3
2023-10-25	tuusula-hyryla-health-station	by_topic	housing	727	5
2023-10-25	tuusula-hyryla-health-station	by_topic	medication	727	3
2023-10-25	tuusula-hyryla-health-station	by_topic	money-debt	727	2
2023-10-25	tuusula-hyryla-health-station	by_topic	older-people	727	3
2023-10-25	tuusula-hyryla-health-station	by_topic	other	727	2
2023-10-25	tuusula-hyryla-health-station	contacts		727	32
2023-10-25	tuusula-hyryla-health-station	contacts_with_unmet_need		727	1
2023-10-25	tuusula-hyryla-health-station	duration_min_total		727	730
2023-10-25	tuusula-hyryla-health-station	identified		727	18
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	2
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	1
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	7
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	home-care:pending	727	2
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	4
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:reached	727	1
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	2
2023-10-25	tuusula-hyryla-health-station	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-25	tuusula-hyryla-health-station	resolved		727	21
2023-10-25	tuusula-hyryla-health-station	satisfaction_responses		727	20
2023-10-25	tuusula-hyryla-health-station	satisfaction_total		727	86
2023-10-25	tuusula-hyryla-health-station	unmet_needs	no-service	727	1
2023-10-25	tuusula-hyryla-health-station	unmet_needs_by_topic	housing	727	1
2023-10-25	tuusula-hyryla-health-station	verified		727	21
2023-10-25	tuusula-hyryla-health-station	with_client_ref		727	11
2023-10-26	jarvenpaa-library	by_age_group	18-29	727	2
2023-10-26	jarvenpaa-library	by_age_group	30-64	727	3
2023-10-26	jarvenpaa-library	by_age_group	65-74	727	6
2023-10-26	jarvenpaa-library	by_age_group	75+	727	3
2023-10-26	jarvenpaa-library	by_age_group	unknown	727	2
2023-10-26	jarvenpaa-library	by_channel	chat	727	1
2023-10-26	jarvenpaa-library	by_channel	e-service	727	1
2023-10-26	jarvenpaa-library	by_channel	outreach	727	2
2023-10-26	jarvenpaa-library	by_channel	phone	727	3
2023-10-26	jarvenpaa-library	by_channel	video	727	1
2023-10-26	jarvenpaa-library	by_channel	walk-in	727	8
2023-10-26	jarvenpaa-library	by_contact_by	client	727	10
2023-10-26	jarvenpaa-library	by_contact_by	relative	727	6
2023-10-26	jarvenpaa-library	by_hour	09	727	2
2023-10-26	jarvenpaa-library	by_hour	10	727	2
2023-10-26	jarvenpaa-library	by_hour	11	727	4
2023-10-26	jarvenpaa-library	by_hour	12	727	2
2023-10-26	jarvenpaa-library	by_hour	13	727	5
2023-10-26	jarvenpaa-library	by_hour	14	727	1
2023-10-26	jarvenpaa-library	by_reason	digital-barrier	727	1
2023-10-26	jarvenpaa-library	by_reason	event	727	1
2023-10-26	jarvenpaa-library	by_reason	face-to-face	727	4
2023-10-26	jarvenpaa-library	by_reason	no-other-known	727	1
2023-10-26	jarvenpaa-library	by_reason	other	727	4
2023-10-26	jarvenpaa-library	by_segment	network	727	2
2023-10-26	jarvenpaa-library	by_topic	appointment	727	2
2023-10-26	jarvenpaa-library	by_topic	benefits	727	3
2023-10-26	jarvenpaa-library	by_topic	carer-support	727	1
2023-10-26	jarvenpaa-library	by_topic	disability	727	1
2023-10-26	jarvenpaa-library	by_topic	employment	727	1
2023-10-26	jarvenpaa-library	by_topic	family-children	727	1
2023-10-26	jarvenpaa-library	by_topic	forms	727	1
2023-10-26	jarvenpaa-library	by_topic	health-advice	727	2
2023-10-26	jarvenpaa-library	by_topic	housing	727	2
2023-10-26	jarvenpaa-library	by_topic	medication	727	2
2023-10-26	jarvenpaa-library	by_topic	money-debt	727	1
2023-10-26	jarvenpaa-library	by_topic	older-people	727	1
2023-10-26	jarvenpaa-library	by_topic	other	727	1
2023-10-26	jarvenpaa-library	consultations	working-age-expert	727	1
2023-10-26	jarvenpaa-library	consulted_resolved		727	1
2023-10-26	jarvenpaa-library	contacts		727	16
2023-10-26	jarvenpaa-library	contacts_with_unmet_need		727	1
2023-10-26	jarvenpaa-library	duration_min_total		727	341
2023-10-26	jarvenpaa-library	identified		727	10
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	disability-services:pending	727	1
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	kela:pending	727	5
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	ngo:pending	727	2
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	pharmacy:pending	727	1
2023-10-26	jarvenpaa-library	referral_outcomes_by_referral	private-provider:pending	727	1
2023-10-26	jarvenpaa-library	resolved		727	12
2023-10-26	jarvenpaa-library	satisfaction_responses		727	11
2023-10-26	jarvenpaa-library	satisfaction_total		727	48
2023-10-26	jarvenpaa-library	unmet_needs	no-service	727	1
2023-10-26	jarvenpaa-library	unmet_needs_by_topic	older-people	727	1
2023-10-26	jarvenpaa-library	verified		727	12
2023-10-26	jarvenpaa-library	with_client_ref		727	10
2023-10-26	kerava-service-centre	by_age_group	0-17	727	1
2023-10-26	kerava-service-centre	by_age_group	18-29	727	2
2023-10-26	kerava-service-centre	by_age_group	30-64	727	6
2023-10-26	kerava-service-centre	by_age_group	65-74	727	2
2023-10-26	kerava-service-centre	by_age_group	75+	727	6
2023-10-26	kerava-service-centre	by_channel	chat	727	3
2023-10-26	kerava-service-centre	by_channel	e-service	727	2
2023-10-26	kerava-service-centre	by_channel	outreach	727	1
2023-10-26	kerava-service-centre	by_channel	phone	727	2
2023-10-26	kerava-service-centre	by_channel	walk-in	727	9
2023-10-26	kerava-service-centre	by_contact_by	client	727	14
2023-10-26	kerava-service-centre	by_contact_by	relative	727	3
2023-10-26	kerava-service-centre	by_hour	09	727	4
2023-10-26	kerava-service-centre	by_hour	10	727	2
2023-10-26	kerava-service-centre	by_hour	11	727	2
2023-10-26	kerava-service-centre	by_hour	12	727	3
2023-10-26	kerava-service-centre	by_hour	13	727	4
2023-10-26	kerava-service-centre	by_hour	14	727	2
2023-10-26	kerava-service-centre	by_reason	digital-barrier	727	2
2023-10-26	kerava-service-centre	by_reason	face-to-face	727	4
2023-10-26	kerava-service-centre	by_reason	no-other-known	727	4
2023-10-26	kerava-service-centre	by_reason	other	727	1
2023-10-26	kerava-service-centre	by_reason	referred-here	727	1
2023-10-26	kerava-service-centre	by_segment	network	727	1
2023-10-26	kerava-service-centre	by_topic	appointment	727	4
2023-10-26	kerava-service-centre	by_topic	benefits	727	3
2023-10-26	kerava-service-centre	by_topic	digital-support	727	1
2023-10-26	kerava-service-centre	by_topic	disability	727	1
2023-10-26	kerava-service-centre	by_topic	employment	727	2
2023-10-26	kerava-service-centre	by_topic	family-children	727	2
2023-10-26	kerava-service-centre	by_topic	health-advice	727	4
2023-10-26	kerava-service-centre	by_topic	housing	727	2
2023-10-26	kerava-service-centre	by_topic	money-debt	727	1
2023-10-26	kerava-service-centre	by_topic	older-people	727	3
2023-10-26	kerava-service-centre	by_topic	other	727	1
2023-10-26	kerava-service-centre	consultations	families-expert	727	1
2023-10-26	kerava-service-centre	consulted_resolved		727	1
2023-10-26	kerava-service-centre	contacts		727	17
2023-10-26	kerava-service-centre	contacts_with_unmet_need		727	1
2023-10-26	kerava-service-centre	duration_min_total		727	296
2023-10-26	kerava-service-centre	identified		727	6
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	employment-services:pending	727	2
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	health-station:pending	727	3
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	home-care:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	kela:pending	727	2
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	legal-aid:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	municipality:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	oral-health:pending	727	1
2023-10-26	kerava-service-centre	referral_outcomes_by_referral	parish-diaconia:pending	727	1
2023-10-26	kerava-service-centre	resolved		727	11
2023-10-26	kerava-service-centre	satisfaction_responses		727	11
2023-10-26	kerava-service-centre	satisfaction_total		727	48
2023-10-26	kerava-service-centre	unmet_needs	eligibility	727	1
2023-10-26	kerava-service-centre	unmet_needs	other	727	1
2023-10-26	kerava-service-centre	unmet_needs_by_topic	older-people	727	1
2023-10-26	kerava-service-centre	verified		727	11
2023-10-26	kerava-service-centre	with_client_ref		727	9
2023-10-26	tuusula-hyryla-health-station	by_age_group	0-17	727	1
2023-10-26	tuusula-hyryla-health-station	by_age_group	18-29	727	1
2023-10-26	tuusula-hyryla-health-station	by_age_group	30-64	727	6
2023-10-26	tuusula-hyryla-health-station	by_age_group	65-74	727	6
2023-10-26	tuusula-hyryla-health-station	by_age_group	75+	727	7
2023-10-26	tuusula-hyryla-health-station	by_age_group	unknown	727	1
2023-10-26	tuusula-hyryla-health-station	by_channel	e-service	727	1
2023-10-26	tuusula-hyryla-health-station	by_channel	outreach	727	1
2023-10-26	tuusula-hyryla-health-station	by_channel	phone	727	4
2023-10-26	tuusula-hyryla-health-station	by_channel	walk-in	727	16
2023-10-26	tuusula-hyryla-health-station	by_contact_by	client	727	19
2023-10-26	tuusula-hyryla-health-station	by_contact_by	relative	727	3
2023-10-26	tuusula-hyryla-health-station	by_hour	09	727	1
2023-10-26	tuusula-hyryla-health-station	by_hour	10	727	5
2023-10-26	tuusula-hyryla-health-station	by_hour	11	727	7
2023-10-26	tuusula-hyryla-health-station	by_hour	12	727	5
2023-10-26	tuusula-hyryla-health-station	by_hour	13	727	2
2023-10-26	tuusula-hyryla-health-station	by_hour	14	727	2
2023-10-26	tuusula-hyryla-health-station	by_reason	digital-barrier	727	5
2023-10-26	tuusula-hyryla-health-station	by_reason	event	727	2
2023-10-26	tuusula-hyryla-health-station	by_reason	face-to-face	727	5
2023-10-26	tuusula-hyryla-health-station	by_reason	nearby	727	5
2023-10-26	tuusula-hyryla-health-station	by_reason	no-other-known	727	1
2023-10-26	tuusula-hyryla-health-station	by_reason	referred-here	727	2
2023-10-26	tuusula-hyryla-health-station	by_segment	network	727	1
2023-10-26	tuusula-hyryla-health-station	by_topic	appointment	727	6
2023-10-26	tuusula-hyryla-health-station	by_topic	benefits	727	2
2023-10-26	tuusula-hyryla-health-station	by_topic	carer-support	727	1
2023-10-26	tuusula-hyryla-health-station	by_topic	digital-support	727	3
2023-10-26	tuusula-hyryla-health-station	by_topic	employment	727	3
2023-10-26	tuusula-hyryla-health-station	by_topic	forms	727	2
2023-10-26	tuusula-hyryla-health-station	by_topic	health-advice	727	2
2023-10-26	tuusula-hyryla-health-station	by_topic	medication	727	1
2023-10-26	tuusula-hyryla-health-station	by_topic	mental-health	727	1
2023-10-26	tuusula-hyryla-health-station	by_topic	money-debt	727	2
2023-10-26	tuusula-hyryla-health-station	by_topic	older-people	727	3
2023-10-26	tuusula-hyryla-health-station	by_topic	other	727	1
2023-10-26	tuusula-hyryla-health-station	contacts		727	22
2023-10-26	tuusula-hyryla-health-station	contacts_with_unmet_need		727	2
2023-10-26	tuusula-hyryla-health-station	duration_min_total		727	358
2023-10-26	tuusula-hyryla-health-station	identified		727	12
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	adult-social-work:pending	727	1
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	debt-counselling:pending	727	1
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	digital-support:pending	727	1
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	employment-services:pending	727	2
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	health-station:pending	727	5
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	kela:pending	727	3
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	mental-health-substance:pending	727	1
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	municipality:pending	727	2
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	ngo:pending	727	1
2023-10-26	tuusula-hyryla-health-station	referral_outcomes_by_referral	older-people-guidance:pending	727	2
2023-10-26	tuusula-hyryla-health-station	resolved		727	14
2023-10-26	tuusula-hyryla-health-station	satisfaction_responses		727	11
2023-10-26	tuusula-hyryla-health-station	satisfaction_total		727	39
2023-10-26	tuusula-hyryla-health-station	unmet_needs	waiting-time	727	2
2023-10-26	tuusula-hyryla-health-station	unmet_needs_by_topic	appointment	727	1
2023-10-26	tuusula-hyryla-health-station	unmet_needs_by_topic	mental-health	727	1
2023-10-26	tuusula-hyryla-health-station	verified		727	14
2023-10-26	tuusula-hyryla-health-station	with_client_ref		727	4
2023-10-16	jarvenpaa-library	repeats		727	3
2023-10-16	kerava-service-centre	repeats		727	2
2023-10-23	jarvenpaa-library	repeats		727	1
2023-10-17	kerava-service-centre	repeats		727	2
2023-10-24	tuusula-hyryla-health-station	repeats		727	1
2023-10-19	tuusula-hyryla-health-station	repeats		727	2
2023-10-24	kerava-service-centre	repeats		727	1
2023-10-16	tuusula-hyryla-health-station	repeats		727	3
2023-10-19	kerava-service-centre	repeats		727	1
2023-10-18	tuusula-hyryla-health-station	repeats		727	2
2023-10-17	tuusula-hyryla-health-station	repeats		727	2
2023-10-16	jarvenpaa-library	verified		727	13
2023-10-23	jarvenpaa-library	verified		727	20
2023-10-24	tuusula-hyryla-health-station	verified		727	16
2023-10-19	tuusula-hyryla-health-station	verified		727	17
2023-10-16	tuusula-hyryla-health-station	verified		727	35
2023-10-19	kerava-service-centre	verified		727	12
2023-10-18	tuusula-hyryla-health-station	verified		727	15
2023-10-17	tuusula-hyryla-health-station	verified		727	17
2023-10-16	tuusula-hyryla-health-station	nps_promoters		0	1
2023-10-16	tuusula-hyryla-health-station	nps_detractors		0	1
2023-10-16	tuusula-hyryla-health-station	feedback_settled	partly	0	2
2023-10-16	tuusula-hyryla-health-station	feedback_bounced_yes		0	1
2023-10-16	tuusula-hyryla-health-station	feedback_responses		0	3
2023-10-16	tuusula-hyryla-health-station	feedback_settled	yes	0	1
2023-10-16	tuusula-hyryla-health-station	feedback_bounced_answered		0	3
2023-10-17	tuusula-hyryla-health-station	feedback_settled	no	0	1
2023-10-17	tuusula-hyryla-health-station	feedback_responses		0	4
2023-10-17	tuusula-hyryla-health-station	nps_promoters		0	3
2023-10-17	tuusula-hyryla-health-station	feedback_settled	yes	0	3
2023-10-17	tuusula-hyryla-health-station	feedback_bounced_answered		0	4
2023-10-17	kerava-service-centre	feedback_responses		0	1
2023-10-17	kerava-service-centre	feedback_settled	yes	0	1
2023-10-17	kerava-service-centre	feedback_bounced_answered		0	1
2023-10-18	jarvenpaa-library	feedback_settled	partly	0	1
2023-10-18	jarvenpaa-library	feedback_bounced_yes		0	1
2023-10-18	jarvenpaa-library	feedback_responses		0	2
2023-10-18	jarvenpaa-library	nps_promoters		0	1
2023-10-18	jarvenpaa-library	feedback_settled	yes	0	1
2023-10-18	jarvenpaa-library	feedback_bounced_answered		0	2
2023-10-18	kerava-service-centre	nps_detractors		0	1
2023-10-18	kerava-service-centre	feedback_settled	no	0	1
2023-10-18	kerava-service-centre	feedback_responses		0	2
2023-10-18	kerava-service-centre	nps_promoters		0	1
2023-10-18	kerava-service-centre	feedback_bounced_answered		0	1
2023-10-19	tuusula-hyryla-health-station	feedback_responses		0	1
2023-10-19	tuusula-hyryla-health-station	nps_promoters		0	1
2023-10-19	tuusula-hyryla-health-station	feedback_settled	no	0	1
2023-10-19	tuusula-hyryla-health-station	feedback_bounced_answered		0	1
2023-10-20	jarvenpaa-library	feedback_responses		0	2
2023-10-20	jarvenpaa-library	nps_promoters		0	2
2023-10-20	jarvenpaa-library	feedback_settled	yes	0	2
2023-10-20	jarvenpaa-library	feedback_bounced_answered		0	2
2023-10-20	kerava-service-centre	nps_promoters		0	1
2023-10-20	kerava-service-centre	feedback_responses		0	2
2023-10-20	kerava-service-centre	feedback_settled	yes	0	2
2023-10-20	kerava-service-centre	feedback_bounced_answered		0	2
2023-10-23	jarvenpaa-library	feedback_settled	no	0	1
2023-10-23	jarvenpaa-library	feedback_responses		0	3
2023-10-23	jarvenpaa-library	nps_promoters		0	3
2023-10-23	jarvenpaa-library	feedback_settled	yes	0	2
2023-10-23	jarvenpaa-library	feedback_bounced_answered		0	3
2023-10-23	kerava-service-centre	nps_promoters		0	2
2023-10-16	kerava-service-centre	mood_responses		0	2
2023-10-23	kerava-service-centre	feedback_responses		0	3
2023-10-23	kerava-service-centre	feedback_settled	yes	0	3
2023-10-23	kerava-service-centre	feedback_bounced_answered		0	3
2023-10-24	jarvenpaa-library	feedback_settled	partly	0	1
2023-10-24	jarvenpaa-library	feedback_responses		0	2
2023-10-24	jarvenpaa-library	nps_promoters		0	2
2023-10-24	jarvenpaa-library	feedback_settled	yes	0	1
2023-10-24	jarvenpaa-library	feedback_bounced_answered		0	2
2023-10-16	kerava-service-centre	mood_total		0	8
2023-10-24	tuusula-hyryla-health-station	nps_detractors		0	2
2023-10-24	tuusula-hyryla-health-station	feedback_settled	partly	0	1
2023-10-24	tuusula-hyryla-health-station	feedback_responses		0	3
2023-10-24	tuusula-hyryla-health-station	nps_promoters		0	1
2023-10-24	tuusula-hyryla-health-station	feedback_bounced_answered		0	2
2023-10-17	jarvenpaa-library	mood_responses		0	1
2023-10-17	jarvenpaa-library	mood_total		0	5
2023-10-25	jarvenpaa-library	nps_promoters		0	2
2023-10-25	jarvenpaa-library	feedback_settled	yes	0	3
2023-10-25	jarvenpaa-library	feedback_responses		0	4
2023-10-25	jarvenpaa-library	nps_detractors		0	2
2023-10-25	jarvenpaa-library	feedback_settled	partly	0	1
2023-10-25	jarvenpaa-library	feedback_bounced_answered		0	4
2023-10-25	jarvenpaa-library	feedback_bounced_yes		0	2
2023-10-25	tuusula-hyryla-health-station	feedback_responses		0	1
2023-10-25	tuusula-hyryla-health-station	nps_detractors		0	1
2023-10-25	tuusula-hyryla-health-station	feedback_bounced_answered		0	1
2023-10-25	tuusula-hyryla-health-station	feedback_bounced_yes		0	1
2023-10-25	kerava-service-centre	feedback_responses		0	1
2023-10-25	kerava-service-centre	nps_promoters		0	1
2023-10-25	kerava-service-centre	feedback_settled	partly	0	1
2023-10-25	kerava-service-centre	feedback_bounced_answered		0	1
2023-10-26	tuusula-hyryla-health-station	nps_promoters		0	2
2023-10-26	tuusula-hyryla-health-station	feedback_settled	yes	0	2
2023-10-26	tuusula-hyryla-health-station	feedback_bounced_answered		0	2
2023-10-26	tuusula-hyryla-health-station	feedback_responses		0	3
2023-10-26	tuusula-hyryla-health-station	nps_detractors		0	1
2023-10-26	tuusula-hyryla-health-station	feedback_settled	no	0	1
2023-10-26	kerava-service-centre	feedback_responses		0	1
2023-10-26	kerava-service-centre	nps_promoters		0	1
2023-10-26	kerava-service-centre	feedback_settled	yes	0	1
2023-10-26	kerava-service-centre	feedback_bounced_answered		0	1
2023-10-16	jarvenpaa-library	enps_responses		0	1
2023-10-16	jarvenpaa-library	mood_responses		0	2
2023-10-16	jarvenpaa-library	mood_total		0	7
2023-10-16	tuusula-hyryla-health-station	mood_responses		0	2
2023-10-16	tuusula-hyryla-health-station	mood_total		0	9
2023-10-17	tuusula-hyryla-health-station	mood_responses		0	3
2023-10-17	tuusula-hyryla-health-station	mood_total		0	9
2023-10-17	kerava-service-centre	mood_responses		0	3
2023-10-17	kerava-service-centre	mood_total		0	14
2023-10-18	tuusula-hyryla-health-station	mood_responses		0	3
2023-10-18	tuusula-hyryla-health-station	mood_total		0	11
2023-10-18	kerava-service-centre	mood_responses		0	1
2023-10-18	kerava-service-centre	mood_total		0	3
2023-10-19	jarvenpaa-library	mood_responses		0	2
2023-10-19	jarvenpaa-library	mood_total		0	10
2023-10-19	tuusula-hyryla-health-station	mood_responses		0	2
2023-10-19	tuusula-hyryla-health-station	mood_total		0	10
2023-10-19	kerava-service-centre	mood_responses		0	2
2023-10-19	kerava-service-centre	mood_total		0	9
2023-10-20	jarvenpaa-library	mood_responses		0	2
2023-10-20	jarvenpaa-library	mood_total		0	9
2023-10-16	tuusula-hyryla-health-station	cost_cent_hundredths		0	12468225
2023-10-16	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-20	tuusula-hyryla-health-station	mood_responses		0	3
2023-10-20	tuusula-hyryla-health-station	mood_total		0	11
2023-10-16	kerava-service-centre	staff_hundredths		0	2275
2023-10-16	kerava-service-centre	cost_cent_hundredths		0	9377550
2023-10-20	kerava-service-centre	mood_responses		0	3
2023-10-20	kerava-service-centre	mood_total		0	10
2023-10-23	jarvenpaa-library	mood_responses		0	2
2023-10-23	jarvenpaa-library	mood_total		0	9
2023-10-16	kerava-service-centre	staffed_days		0	1
2023-10-17	jarvenpaa-library	staff_hundredths		0	1550
2023-10-23	tuusula-hyryla-health-station	mood_responses		0	3
2023-10-23	tuusula-hyryla-health-station	mood_total		0	12
2023-10-23	kerava-service-centre	mood_responses		0	1
2023-10-23	kerava-service-centre	mood_total		0	4
2023-10-24	jarvenpaa-library	mood_responses		0	1
2023-10-24	jarvenpaa-library	mood_total		0	2
2023-10-17	jarvenpaa-library	cost_cent_hundredths		0	6179850
2023-10-17	jarvenpaa-library	staffed_days		0	1
2023-10-17	tuusula-hyryla-health-station	staff_hundredths		0	2325
2023-10-17	tuusula-hyryla-health-station	cost_cent_hundredths		0	9744075
2023-10-24	tuusula-hyryla-health-station	mood_responses		0	4
2023-10-24	tuusula-hyryla-health-station	mood_total		0	13
2023-10-17	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-17	kerava-service-centre	staff_hundredths		0	2300
2023-10-24	kerava-service-centre	enps_responses		0	1
2023-10-24	kerava-service-centre	mood_responses		0	3
2023-10-24	kerava-service-centre	mood_total		0	13
2023-10-25	jarvenpaa-library	mood_responses		0	1
2023-10-25	jarvenpaa-library	mood_total		0	4
2023-10-17	kerava-service-centre	cost_cent_hundredths		0	9480600
2023-10-17	kerava-service-centre	staffed_days		0	1
2023-10-18	jarvenpaa-library	staff_hundredths		0	750
2023-10-18	jarvenpaa-library	cost_cent_hundredths		0	2990250
2023-10-25	tuusula-hyryla-health-station	mood_responses		0	4
2023-10-25	tuusula-hyryla-health-station	mood_total		0	16
2023-10-25	tuusula-hyryla-health-station	enps_responses		0	1
2023-10-25	tuusula-hyryla-health-station	enps_promoters		0	1
2023-10-25	kerava-service-centre	mood_responses		0	2
2023-10-25	kerava-service-centre	mood_total		0	9
2023-10-26	jarvenpaa-library	mood_responses		0	2
2023-10-26	jarvenpaa-library	mood_total		0	9
2023-10-18	jarvenpaa-library	staffed_days		0	1
2023-10-18	tuusula-hyryla-health-station	staff_hundredths		0	2875
2023-10-18	tuusula-hyryla-health-station	cost_cent_hundredths		0	12049125
2023-10-18	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-26	tuusula-hyryla-health-station	mood_responses		0	4
2023-10-26	tuusula-hyryla-health-station	mood_total		0	15
2023-10-26	kerava-service-centre	mood_responses		0	2
2023-10-26	kerava-service-centre	mood_total		0	10
2023-10-16	jarvenpaa-library	staff_hundredths		0	1500
2023-10-16	jarvenpaa-library	cost_cent_hundredths		0	5980500
2023-10-16	jarvenpaa-library	staffed_days		0	1
2023-10-16	tuusula-hyryla-health-station	staff_hundredths		0	2975
2023-10-18	kerava-service-centre	staff_hundredths		0	1525
2023-10-18	kerava-service-centre	cost_cent_hundredths		0	6286050
2023-10-18	kerava-service-centre	staffed_days		0	1
2023-10-19	jarvenpaa-library	staff_hundredths		0	1550
2023-10-19	jarvenpaa-library	cost_cent_hundredths		0	6179850
2023-10-19	jarvenpaa-library	staffed_days		0	1
2023-10-19	tuusula-hyryla-health-station	staff_hundredths		0	2275
2023-10-19	tuusula-hyryla-health-station	cost_cent_hundredths		0	9534525
2023-10-19	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-19	kerava-service-centre	staff_hundredths		0	2350
2023-10-19	kerava-service-centre	cost_cent_hundredths		0	9686700
2023-10-19	kerava-service-centre	staffed_days		0	1
2023-10-20	jarvenpaa-library	staff_hundredths		0	1400
2023-10-20	jarvenpaa-library	cost_cent_hundredths		0	5581800
2023-10-20	jarvenpaa-library	staffed_days		0	1
2023-10-20	tuusula-hyryla-health-station	staff_hundredths		0	2075
2023-10-20	tuusula-hyryla-health-station	cost_cent_hundredths		0	8696325
2023-10-20	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-20	kerava-service-centre	staff_hundredths		0	1850
2023-10-20	kerava-service-centre	cost_cent_hundredths		0	7625700
2023-10-20	kerava-service-centre	staffed_days		0	1
2023-10-23	jarvenpaa-library	staff_hundredths		0	1425
2023-10-23	jarvenpaa-library	cost_cent_hundredths		0	5681475
2023-10-23	jarvenpaa-library	staffed_days		0	1
2023-10-23	tuusula-hyryla-health-station	staff_hundredths		0	2300
2023-10-23	tuusula-hyryla-health-station	cost_cent_hundredths		0	9639300
2023-10-23	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-23	kerava-service-centre	staff_hundredths		0	2225
2023-10-23	kerava-service-centre	cost_cent_hundredths		0	9171450
2023-10-23	kerava-service-centre	staffed_days		0	1
2023-10-24	jarvenpaa-library	staff_hundredths		0	1550
2023-10-24	jarvenpaa-library	cost_cent_hundredths		0	6179850
2023-10-24	jarvenpaa-library	staffed_days		0	1
2023-10-24	tuusula-hyryla-health-station	staff_hundredths		0	2975
2023-10-24	tuusula-hyryla-health-station	cost_cent_hundredths		0	12468225
2023-10-24	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-24	kerava-service-centre	staff_hundredths		0	2225
2023-10-24	kerava-service-centre	cost_cent_hundredths		0	9171450
2023-10-24	kerava-service-centre	staffed_days		0	1
2023-10-25	jarvenpaa-library	staff_hundredths		0	700
2023-10-25	jarvenpaa-library	cost_cent_hundredths		0	2790900
2023-10-25	jarvenpaa-library	staffed_days		0	1
2023-10-25	tuusula-hyryla-health-station	staff_hundredths		0	2975
2023-10-25	tuusula-hyryla-health-station	cost_cent_hundredths		0	12468225
2023-10-25	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-25	kerava-service-centre	staff_hundredths		0	1500
2023-10-25	kerava-service-centre	cost_cent_hundredths		0	6183000
2023-10-25	kerava-service-centre	staffed_days		0	1
2023-10-26	jarvenpaa-library	staff_hundredths		0	1525
2023-10-26	jarvenpaa-library	cost_cent_hundredths		0	6080175
2023-10-26	jarvenpaa-library	staffed_days		0	1
2023-10-26	tuusula-hyryla-health-station	staff_hundredths		0	3000
2023-10-26	tuusula-hyryla-health-station	cost_cent_hundredths		0	12573000
2023-10-26	tuusula-hyryla-health-station	staffed_days		0	1
2023-10-26	kerava-service-centre	staff_hundredths		0	2250
2023-10-26	kerava-service-centre	cost_cent_hundredths		0	9274500
2023-10-26	kerava-service-centre	staffed_days		0	1
\.


--
-- Data for Name: draft; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.draft (id, advisor, point, updated_at, form) FROM stdin;
\.


--
-- Data for Name: feedback; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.feedback (day, point, nps, settled, bounced, answers) FROM stdin;
2023-10-16	tuusula-hyryla-health-station	9	partly	no	1
2023-10-16	tuusula-hyryla-health-station	2	partly	yes	1
2023-10-16	tuusula-hyryla-health-station	7	yes	no	1
2023-10-17	tuusula-hyryla-health-station	10	no	no	1
2023-10-17	tuusula-hyryla-health-station	8	yes	no	1
2023-10-17	tuusula-hyryla-health-station	9	yes	no	2
2023-10-17	kerava-service-centre	8	yes	no	1
2023-10-18	jarvenpaa-library	8	partly	yes	1
2023-10-18	jarvenpaa-library	10	yes	no	1
2023-10-18	kerava-service-centre	1	no		1
2023-10-18	kerava-service-centre	9		no	1
2023-10-19	tuusula-hyryla-health-station	10	no	no	1
2023-10-20	jarvenpaa-library	10	yes	no	2
2023-10-20	kerava-service-centre	9	yes	no	1
2023-10-20	kerava-service-centre	8	yes	no	1
2023-10-23	jarvenpaa-library	9	yes	no	1
2023-10-23	jarvenpaa-library	10	no	no	1
2023-10-23	jarvenpaa-library	10	yes	no	1
2023-10-23	kerava-service-centre	10	yes	no	1
2023-10-23	kerava-service-centre	9	yes	no	1
2023-10-23	kerava-service-centre	8	yes	no	1
2023-10-24	jarvenpaa-library	10	partly	no	1
2023-10-24	jarvenpaa-library	10	yes	no	1
2023-10-24	tuusula-hyryla-health-station	6			1
2023-10-24	tuusula-hyryla-health-station	5	partly	no	1
2023-10-24	tuusula-hyryla-health-station	10		no	1
2023-10-25	jarvenpaa-library	9	yes	no	1
2023-10-25	jarvenpaa-library	0	yes	no	1
2023-10-25	jarvenpaa-library	9	yes	yes	1
2023-10-25	jarvenpaa-library	6	partly	yes	1
2023-10-25	tuusula-hyryla-health-station	2		yes	1
2023-10-25	kerava-service-centre	10	partly	no	1
2023-10-26	tuusula-hyryla-health-station	10	yes	no	2
2023-10-26	tuusula-hyryla-health-station	6	no		1
2023-10-26	kerava-service-centre	10	yes	no	1
\.


--
-- Data for Name: follow_up_done; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.follow_up_done (contact_id, done_at, "user", note, closed_by) FROM stdin;
\.


--
-- Data for Name: handoff; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.handoff (id, contact_id, referral, point, service, urgency, sent_at, sent_instant, sent_by, taken_at, taken_instant, taken_by, closed_at, closed_instant, closed_by, result, return_reason, tries) FROM stdin;
1	\N	\N	jarvenpaa-library	adult-social-work	urgent	2026-12-07T11:26:43+02:00	1796635603	postgres	\N	\N	\N	\N	\N	\N	\N	\N	0
2	\N	\N	kerava-service-centre	adult-social-work	normal	2026-12-07T11:26:43+02:00	1796635603	postgres	\N	\N	\N	\N	\N	\N	\N	\N	0
\.


--
-- Data for Name: handoff_detail; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.handoff_detail (handoff_id, name, phone, language, when_to_call, note) FROM stdin;
1	Testi Asiakas	+358 40 123 4567	sv	\N	Asuntoasia
2	Toinen Asiakas	040 765 4321	\N	\N	\N
\.


--
-- Data for Name: handoff_try; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.handoff_try (handoff_id, n, at, reached, by) FROM stdin;
\.


--
-- Data for Name: member; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.member (login, role) FROM stdin;
\.


--
-- Data for Name: migration; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.migration (identifier) FROM stdin;
v1: contact log
v2: follow-ups
v3: contacts by hour
v4: evaluation
v5: consultations
v6: board
v7: no side door
v8: quicker functions
v9: handoffs
v10: quicker saves
v11: data protection
v12: settings through functions
v13: concurrent saves
v14: monthly figures
v15: figure lists by the page
v16: no monthly sums for the current month
v17: quicker imports, smaller storage
v18: quicker saves
\.


--
-- Data for Name: monthly_bound; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.monthly_bound (before, one) FROM stdin;
2023-10-01	t
\.


--
-- Data for Name: monthly_figure; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.monthly_figure (month, point, figure, code, origin, value) FROM stdin;
\.


--
-- Data for Name: mood; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.mood (day, point, mood, enps, answers) FROM stdin;
2023-10-16	jarvenpaa-library	3	8	1
2023-10-16	jarvenpaa-library	4	-1	1
2023-10-16	tuusula-hyryla-health-station	4	-1	1
2023-10-16	tuusula-hyryla-health-station	5	-1	1
2023-10-16	kerava-service-centre	3	-1	1
2023-10-16	kerava-service-centre	5	-1	1
2023-10-17	jarvenpaa-library	5	-1	1
2023-10-17	tuusula-hyryla-health-station	3	-1	1
2023-10-17	tuusula-hyryla-health-station	4	-1	1
2023-10-17	tuusula-hyryla-health-station	2	-1	1
2023-10-17	kerava-service-centre	4	-1	1
2023-10-17	kerava-service-centre	5	-1	2
2023-10-18	tuusula-hyryla-health-station	5	-1	1
2023-10-18	tuusula-hyryla-health-station	2	-1	1
2023-10-18	tuusula-hyryla-health-station	4	-1	1
2023-10-18	kerava-service-centre	3	-1	1
2023-10-19	jarvenpaa-library	5	-1	2
2023-10-19	tuusula-hyryla-health-station	5	-1	2
2023-10-19	kerava-service-centre	4	-1	1
2023-10-19	kerava-service-centre	5	-1	1
2023-10-20	jarvenpaa-library	4	-1	1
2023-10-20	jarvenpaa-library	5	-1	1
2023-10-20	tuusula-hyryla-health-station	3	-1	1
2023-10-20	tuusula-hyryla-health-station	4	-1	2
2023-10-20	kerava-service-centre	2	-1	1
2023-10-20	kerava-service-centre	3	-1	1
2023-10-20	kerava-service-centre	5	-1	1
2023-10-23	jarvenpaa-library	4	-1	1
2023-10-23	jarvenpaa-library	5	-1	1
2023-10-23	tuusula-hyryla-health-station	5	-1	1
2023-10-23	tuusula-hyryla-health-station	3	-1	1
2023-10-23	tuusula-hyryla-health-station	4	-1	1
2023-10-23	kerava-service-centre	4	-1	1
2023-10-24	jarvenpaa-library	2	-1	1
2023-10-24	tuusula-hyryla-health-station	4	-1	1
2023-10-24	tuusula-hyryla-health-station	3	-1	3
2023-10-24	kerava-service-centre	3	-1	1
2023-10-24	kerava-service-centre	5	8	1
2023-10-24	kerava-service-centre	5	-1	1
2023-10-25	jarvenpaa-library	4	-1	1
2023-10-25	tuusula-hyryla-health-station	4	-1	2
2023-10-25	tuusula-hyryla-health-station	5	-1	1
2023-10-25	tuusula-hyryla-health-station	3	9	1
2023-10-25	kerava-service-centre	5	-1	1
2023-10-25	kerava-service-centre	4	-1	1
2023-10-26	jarvenpaa-library	5	-1	1
2023-10-26	jarvenpaa-library	4	-1	1
2023-10-26	tuusula-hyryla-health-station	4	-1	3
2023-10-26	tuusula-hyryla-health-station	3	-1	1
2023-10-26	kerava-service-centre	5	-1	2
\.


--
-- Data for Name: pseudonym_key; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.pseudonym_key ("only", key) FROM stdin;
t	\\xb523d6bcf886228501fef6fbc6c96dc3d811ec551aeeee42a018e20fc40223c9
\.


--
-- Data for Name: repeat_client; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.repeat_client (client_ref) FROM stdin;
-Dw2IVgEE3hOaSCNyokWN2vrfAo6Bp0u-Xn8A2kg2KP
-tCIKf84jvTXW-Gg_b4hofxrpMYqxpaIp0A--i3ybYU
0GlUjYZpMdRhdSW6yWZrOnCbO-ED2-cg_gad0SR85ar
0HIUijumfbP7VLxZ1Re0H-89pWK6aLvkqL9wG62qQmr
1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18
1Pp6zDp5IcdPRWCIs0Qm6KXHPntY7of5taktzm1hq_6
1fd5XqtgIOv3BadkUfOgpF6PvJy8oOzAAcj_S-QTUeE
1zG731ztBLYadbMYqpRufRsZ3Nsz6q6Ge9LhnZtODXD
2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45
2bA6IQKW8IUlHO_MRbUaAvQpp5ZK9-R2VsS1NbOWh-V
35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1
3Vl2nxsGzA8EGZP_rO7EG8a9zxn3FbENJD-dupWAhC2
3bqm1tSLxYGz86xZK1-CKtIbJ61ZmjId_-qib0cPjc1
3wVu2QfpHCJ1KMy3Yf3DQ9tEpolCheZfE9Rx0i09sWP
42rtiS9-UxfUE99M9tqmuhLj-SaN8GNpVQm0JIQ1ZqY
4FMQvgPr0km1bCSXs4yscTq82LpMYR1om5763GptQWK
4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH
4kJ7H-L0ocoNHm7ofIrBANDuHzHEc0_XY2UhoZWnyEv
5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S
5mawdy7Tj-OsKGv5Fmen9AKOQIjZEyGCOtqrNVeY9CH
6o8nHp3f5k1d9eJh_j_gBPazoxsMtLqJtSfSmNLJCG6
79CzsNDBNsHoCfllcJxBuwZwq71FyzcIxT51QdNrWfC
7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq
7fP5nRB8FEwbzYwBNN_ZK0Tbdqf0Bz-r8gnV3Sv0LOe
8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr
8jVOv8cBg8R4AEr3650soqvhxc8WjmlQvavN5P9ivTE
96Pg9svNr9c3Adx976j75Ki3u-7C-HlazarWTjwPoWR
9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy
9mg_6u4bQAZK_XSqGz94GiteXhJnGFyIC9KGfDTDE-E
9zJhSa8VQh4-1ZovXbIRUSlB3KHIWyyT4ChIAZapo1f
A9MJQovI3cBLwJRiVQ38gYhEdEfXbqYOBmct-HrD3dM
AEAqnHFVVVkZ8omWmk_pd6HiyhX0Lo4MZ0tmcxNFk8H
AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT
B-hWaUHY4LwiJco8njnKrdHC9Vh8o3bBt5aphsyWYJo
Bum_0BgtCdSjgJo4iCwBpq6s3LoaIYonv8wa0c4RWcA
C4acIITXTqb5UFHGwBH36k7Ru2X5FkMCWT0m2erIjHA
CCKPE0bmBhgew3QKqbdpiNMf3cbyZUstB5UWZ8pQ3Pq
CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU
CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p
D0YMdRGhQgl0_750EIJ6LQeMOloVOHYmjBwh0Tb6n9S
DT84Dof4JYP-LwNbkS-fjRgGQWh5NFkyX8HeWL7QOQn
DrfqZzB80uEVGXfB8dF9ovFE0c6_XiKmvB9aPpedVi9
E0x4T_xE3p9938Jd3-hv1xx3W0X7Iq78CoQbBE0xJ_v
EqpDxXu4iy518kkmSmQDkjWnYAFiAydOKvAHwbTQHAj
Ewe8Oo68skbDzhTahx4jGKylt4e2zF3pQ82g5kl2I52
FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9
GToZ48eb-5EF47KxW0x1K1SKizJvTDW3nElalAEmv53
GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq
GjI-37uXIzKQ0lxBk-cr72hTgWgNM2WKO6DvsFK0FX4
GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F
IDtcJmg-ekNQmGeZQib3aUDPqbkhSuX814McypTWEXR
J-U8cpLyBGgtHgf_9JSbFaTZJVpQAsejdvKofl0FH_R
JGistmD4G6vzfQ4mugH4iUUhRHmZnv9aUh1I7R-G4Jw
JKXLKnW2r-k0NJJLwfLrd26-h3nrvIaWtp089uYze8R
JLdCWAhfp36qg2PYa8ACFIroX0niwCDLyA5p_NEuOx_
Jo_zEHwLnvmxEvKTMWbmXUIOmnz1Ni8A6zRpI4PL74A
Jvr02tQVYD6gpdAS8WrWX2U6mCVcnH7VzKqpfD1CRET
KrpdHmeKV94C8p9I-AZE0H7AjrcNWuF666sv5Qpx9yO
KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0
L8vwkaWlJBDYz9558wphfvl4SpIjWimpbD1A0ActcMn
LF03ijip_fbBZFH-zU1CG2PD55qXAKoD1ZQv8i0yYvk
LLB_lFZyoP4QubOaQruCjDmh5c0Wp0aCnYzFhAGZTVY
LO3NlQSWKa_-L26BxjclEa_lNAlCcGT0c9Il0Aw0UKD
LSwLGR3QYQ3pYBICB3_-XkFnw0yU2Rg2b8zQ-l-a3BX
LV_wU37aqhRkocuY_GmLBrvXk8eb0rUHUuM1P4yb8lG
Ms8V1BQZSFp9XfjwviQr0r6LZ4ROSzmXkMI5P9t4rou
NK9kOJLWqaVAaOXRR39yUFPbnkoCi3gLJQsKh1zmWIM
N_3dTF7ixn6Dxw9SAX2VZUIxhuTQtx_7eGx7HXHQJl0
NguFZDYsLpWAUOpVm7odlpVhZW7FjV8U4M6xWSxz0IW
OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx
OKce_GYMlmKNx9NyoIMqDjEythE6LJfIv52g7oLFWJz
P4LduCGL7PyUMQQw-HNGD4YG2WiZSnTF86W3j5DUQgj
PWy0SBZt00tjRHlvvyZW4mnvT6zspdR14lKH0LklAcL
QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q
QUTNe3mOTpsfD0i35RvSSRakgANcoDeoXz25dvkX2uk
Q_RzhB2-MIgYoG69klNgJMRe2fVDE5LoBuQaVdcgBea
QwEtKiErjHqfOrEAFANR3-vBmJfI5sRw7LlXBpno3ZG
R8PhNWEhGZfXNsEFJoc17lSjRdHitUu7F1-TUuCB5ab
RIBwkjezfgxACp8e8OCQp96ArP-3ife5n17cGQr6Xvm
RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D
RlKzljr75nCE9ggyCvFfeBXcZC-cXUAzArYOstURLjX
RmVd5Wg2P_UCmxqi9VlFybGcfdL7as-Gk2w_0dcbQWw
RnL7EB_IsCxwjdap8-s3cvfjMWyRzLQaeYn9Z2gbc5p
S9ZCznHfkhTfEtyyQtEy4qiDY_VkJr6g4hIIich8zMi
SBcTZx_gW0wN0veocGLMH7O66MoIjMiTirESmvBz-8A
SXlnbfFjloqX-aNq-LEgbRP9U-C4sBj8hro2w39Yt1v
S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv
T3vL1DbsQwCur1zBruu7_iLi6uN1KyfoZrfbB6zcTJG
TCvnInGR3PJsMWAKEE6L0CKPuroymhhaJHAkv5YnwUP
TD0OdhoYoCjlCs1yweIOazwnryxpm8q9-csNIXIXYVC
TmQewB2qdyVFk0z0j_kxPU0XQcHd_I3mTOGU8NnJLuF
U09O8OBdIr8gZn7AhiohZ2Msi0cDQQhmXpUb1c9GTPP
URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI
VCH8VstNIPF7u-V15KlX99nwxXrkj1n04gU-2rRw2G9
VNZl_cfRmrQUnGgJxnipOZBc5NAkzm8yTlNWHhByJqd
VemiwPquFxomFtXqU4t5K3BuTywH0W7DPkUosV_Ac7x
Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV
VrSduikXqme7V7-QubfxyBqXRNVQRi-fML3mfEoVHWn
VudwXu-K49Gxxrg05czWfRJNJqaVD7C-Eu1kXVd7DHQ
Wcj33Hlrf2I8t065MP7hR0eUZ3c1YgjnTGIhLN0uPz5
XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow
XJIQDCKa06Ee-ImCJLk0K9evyq0CzJ7tPlGB_tRSd2d
XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8
XxCiVWkSajf6T8otZkY_lBHNOPvHDEhB3CeySWrlK1a
YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql
YPi8Emluq8caa7bJfoQohxR1qe2vMsWl3vTjoJgUUAt
YiACRNC9dpAv5a8d6D-IxECUnAXKnOHvAlnPaGHL0pM
ZGnCiJcKft4wYFx_wl3Yw0MIjs0ENXFqOOlEfOZbNPy
ZPzsmcn535C4_34PGWeAT4_FCMjRG7rtBZWkLWFPCBd
ZlMSW9Imve5DTFfhRD0Oc-fjTbvOJsPOMg6y9r4m4Gy
ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf
ZzVexkA7BuBk70TtVCn8ArhE6R3oUm_i58_LKdiAy3M
_QOcrzUp-JzuvQ3LZUG92CvXwjBCSfjeNGqT0KyC1dN
_bE5g7lOWBfIm-0obXuye_O1QSsq0hyDmW36uTiK4T3
ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN
bt4BlN30hDSQX6pExFGNLmsNBdAsJQRqY3TzLthxyMN
bvCNV2DN_aTO_83rt691IYWpLvPpMtTOHeAChrrG6yI
cEryd3W9FISS7t-3sVVNF3r-aCvVxO3zt2fpAAwZFpD
cp_3sS-ObYNNxX7LpQeyFBbV0Z5WkImaaIXOJHA3ovL
dD1GKgExTUVUShVonrtYkby3AI9qhTexFCR0buJI5cW
dPlfKR8bAnJl9sPu_adkTZXy4kk4yFSvPRUOHGhnA8X
dTssUtXDvDTC0DKX87e03jd0LvHC168gKlejfJJeugh
eC6shIwGQogKPh0lMvjXlHt0MJCUeWeRPLkRyKHrzW6
eK5XqvSAtstvY6_MobR5D-gz2CZd2gRqbV2t6aCKl-4
fBRkjwviqAr7ATVgO1Lj2s8_ihGhZbDQqnOtDRH023u
fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88
fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S
fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb
fXkUOX_pqPdq7DmiU7MKV78Um3uIV7DIxags9lGP4QT
fYcF-hD7eZ6Khb6tTJ1B6kDgHRMCOxSL4Us5M6ETed-
gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje
gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP
gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M
hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV
hD-Yg1dMB3MIgF2kmgSC6E1KYkmLZssGZ-AEmcarSLA
hE0SoWfto43tAK_QilE6-l0J63cJAbhNf7l0IAq-c6i
hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus
hFgOBRW_C2BlJWfXTVlsJx2588i6cC5jZz7hzetgOFE
hVPfI1BJiLCD6UZGcLzH08fZw8NfPGmr45LL5lE_wLO
h_pHPdy7gvq17ZcMY7PMIJFlfxW5SLrpaHOoWO52ayU
hybNj9v2td8aYmQbuvJPXFDKREyCE55BhdrVwlv9g_7
iUZKLxfnJ9r0vGbNFlFWrXamAN3QGUx9M_1yWMb_1Eg
irGWdB5VOfcKuhB931yja6DtrlTHLOrlS2zhryoj8yr
iz_1f3Y1rf09rCfP7jmIw4QLcFIqXaTU_PZNUrPqO-f
j0YrLvK-l1Zl0NNKBW58uFadK8hOcPLpAjbf8A_Nyd7
jk7mT2RW6aPFHiBErgdRGtmoIzgXpuQaHCP42UaEQ-8
jzKPA6aKAHHiJU6pLMmjZH3jNQl2ZdG7FFu0YX2qukd
k0o4IZ87Er-hanui3-bBRXqJOq3k5pBWoBgUFGp6MnD
kIlYLJHbaJCUCiRckv3NJTXIx26kD167IFB31UuCpL0
kSwis6RVAGQdx-IYyPJSlIGSsITQQMOZD3xwXEVQA-P
kkUl6NPjGM1Om3P1dZWR3Eh6mCzuio7nqqWCOsxLiP8
ksy7N4ogjT1XHUuO5mqJr7Bm2QPW5YRHyfuf-O14iNG
l8N9oENt_VZzTq1oH0j2F5MjaKr6pnh6Dg57it4u1p-
mcEJRpUm0X9Do_wKB5KxteuUdwfwUZOxxqXR0WZtYP1
mf8XmR9cAA5YEo-Kt85ddaTFXLdfC1jk3jS_WaEs0aX
n5NLlKe-s4I3rq29lkpJEUJ1emGdXuznHy6WsUbmjpb
nCDNYvFWN3JK-6OZCghzcV9lO0eTdzRvXyh_lMqoDpJ
nFBxnZ9x7dKr0kat-V2WWnLwXZkheb3XmvxJyOrBUM_
nX8dV8R9sKCgiXy_E9BSGgkM--7BnCh57XCazFRQM4W
nb4dFuYKkXgFmFD3a63tmWyI_hX9AcMXPRkLbpReq3-
nwRN07IkBYhXzhQyLlRnHXyg6AZMjBdKU8XF58-egdF
o6Ew83SE-naEPJKlksritKffn8QvVmHFbiqMte5r0t-
oKUkySwx_kRTP66QMMEd_NGs3p7bEpDV8784NT6SU8J
oak_wQpOmcUQSbZr72zduR5gykELl6h-wXkq-kIyxNa
pNzCOLN_0m0Otbwq1T6HqxV8NyQbWHKZiTE3tJWf1TO
qHvn38A1ub1TyukjDMcQJwWjrqiQUWaL4BYopVwpvYu
qOGT33Nt0GZsHY0sX9H3SpXDBdcTyzR5_McGGv59FB0
qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk
rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb
siYnK8_VQiJ2ZBgw5c0_OyL7tWs-bEyEaNdGzP16_DR
t0BAijUP78RF2xOv5D-d5i_bb50BXT5mOPsSOKSxL6y
t7aQDTbUUwJBKYPW7Atn6Mon1juGMS6ipLa1ubFdaPJ
t8ML_6cuRIXx_xzihoVbwW6OVKC3WQC06M-0XsLYDmX
tCafX4ddrSt2axLsDFwgIoReKxouVstgEYjzhcDXZ5H
tFF5gfpX69C6Y4pahoXI5FDfG6f9lRgSuzx1BB1TTjU
tQeqvUOVyFngU5O0-h_3aeeEsq6WJQEpSCeLBSMlsnQ
v5dYPZ9tqUWg2dlkqoh5Fm3DPBbibUy5qiMjyVkTCxY
vbvmzC4WW5ZLC72bzv9cn1N9rwymOq7X2S-YakiJdpJ
vpvXTs5VVHOfAzNqHaWaebp7azH_1CVyCZGn6oS6izE
wgUdONPn6kFIXSSzXzO0_5kTE6lw9LX95ssGCvl9K7u
x6iLO4aQnFbF2Dg1AHfDTQsNmNneV6i2cwn8QK_3l8Z
xCxouKSHsUeC16rX2ts4_9bwqrUcyG6Er4M0iPegtEa
xEGfJeSkxA7Qu3JXjEpH6XxCWaxQL6NKAwDLT54Y6ET
xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe
xpP0sV3OZOEhY2uyHeloWhdhTNjQRKxQTAC4_hIpu3L
yBSfI3c-TsQWDzv0kKywF_FlKGBmfneJ-8NPaA9qtRO
yL8bWC1jXDUchiZbwwc6CqT1azaQioznTW5pze-qd6Q
zEXi2igwoWEGkicU52-dJgLvRD77SYkxgBj5DoOrYAX
zpm8PGwWpfnRewlphKlnSmda7bF9tVMCblmiSehgHpF
zxlDtzi2cSREsrVsD64zo7zowd6oreATg3mzzM2fnLj
\.


--
-- Data for Name: service_member; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.service_member (login, service) FROM stdin;
\.


--
-- Data for Name: setting; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.setting (key, value) FROM stdin;
follow_up_window_hours	336
timezone	Europe/Helsinki
pseudonym_per_minute	30
pseudonym_per_day	500
retention.client_ref_days	365
retention.draft_days	30
\.


--
-- Data for Name: staffing; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.staffing (day, point, staff_hundredths, hourly_cost_cents) FROM stdin;
2023-10-16	jarvenpaa-library	1500	3987
2023-10-16	tuusula-hyryla-health-station	2975	4191
2023-10-16	kerava-service-centre	2275	4122
2023-10-17	jarvenpaa-library	1550	3987
2023-10-17	tuusula-hyryla-health-station	2325	4191
2023-10-17	kerava-service-centre	2300	4122
2023-10-18	jarvenpaa-library	750	3987
2023-10-18	tuusula-hyryla-health-station	2875	4191
2023-10-18	kerava-service-centre	1525	4122
2023-10-19	jarvenpaa-library	1550	3987
2023-10-19	tuusula-hyryla-health-station	2275	4191
2023-10-19	kerava-service-centre	2350	4122
2023-10-20	jarvenpaa-library	1400	3987
2023-10-20	tuusula-hyryla-health-station	2075	4191
2023-10-20	kerava-service-centre	1850	4122
2023-10-23	jarvenpaa-library	1425	3987
2023-10-23	tuusula-hyryla-health-station	2300	4191
2023-10-23	kerava-service-centre	2225	4122
2023-10-24	jarvenpaa-library	1550	3987
2023-10-24	tuusula-hyryla-health-station	2975	4191
2023-10-24	kerava-service-centre	2225	4122
2023-10-25	jarvenpaa-library	700	3987
2023-10-25	tuusula-hyryla-health-station	2975	4191
2023-10-25	kerava-service-centre	1500	4122
2023-10-26	jarvenpaa-library	1525	3987
2023-10-26	tuusula-hyryla-health-station	3000	4191
2023-10-26	kerava-service-centre	2250	4122
\.


--
-- Data for Name: vocabulary; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.vocabulary (kind, code) FROM stdin;
channel	chat
receiving_service	emergency
service_area	health
topic	mental-health
age_group	0-17
referral	private-provider
unmet_need	digital-only
referral	disability-services
topic	forms
unmet_need	distance
segment	self-care
topic	medication
unmet_need	eligibility
receiving_service	disability-services
age_group	75+
point	tuusula-hyryla-health-station
referral	home-care
referral	police
reason	referred-here
reason	other
channel	video
consultation	older-people-expert
reason	nearby
channel	walk-in
point	mantsala-service-point
referral	emergency
topic	digital-support
referral_outcome	declined
receiving_service	rehabilitation
referral	mental-health-substance
topic	housing
consultation	mental-health-substance-expert
topic	family-children
reason	no-other-known
segment	community
age_group	65-74
receiving_service	older-people-guidance
referral_outcome	pending
contact_by	relative
referral	legal-aid
topic	other
referral	family-centre
reason	face-to-face
channel	outreach
channel	phone
segment	network
point	nurmijarvi-klaukkala-shopping-centre
referral	older-people-guidance
channel	e-service
consultation	working-age-expert
point	hyvinkaa-library
referral	health-station
topic	carer-support
unmet_need	cost
age_group	unknown
referral_outcome	unknown
topic	older-people
consultation	families-expert
referral	debt-counselling
topic	employment
receiving_service	health-station
service_area	social
referral	ngo
point	client-guidance
point	kerava-service-centre
topic	disability
referral_outcome	not-reached
service_chain	working-age
topic	money-debt
contact_by	client
unmet_need	other
referral	parish-diaconia
unmet_need	no-service
referral	oral-health
unmet_need	waiting-time
receiving_service	family-centre
reason	event
receiving_service	mental-health-substance
referral	rehabilitation
referral_outcome	reached
service_chain	families
receiving_service	adult-social-work
service_area	both
referral	employment-services
topic	health-advice
service_chain	older-people
unmet_need	language
service_chain	mental-health-substance
reason	digital-barrier
age_group	18-29
point	jarvenpaa-library
referral	pharmacy
referral	kela
receiving_service	home-care
topic	benefits
consultation	health-nurse
referral	digital-support
referral	adult-social-work
age_group	30-64
segment	collaboration
referral	municipality
topic	substance-use
topic	appointment
contact_by	professional
receiving_service	oral-health
\.


--
-- Name: audit_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.audit_id_seq', 26, true);


--
-- Name: change_count; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.change_count', 56, true);


--
-- Name: contact_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.contact_id_seq', 611, true);


--
-- Name: draft_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.draft_id_seq', 1, false);


--
-- Name: handoff_change_count; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.handoff_change_count', 2, true);


--
-- Name: handoff_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.handoff_id_seq', 2, true);


--
-- Name: advisor_point advisor_point_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.advisor_point
    ADD CONSTRAINT advisor_point_pkey PRIMARY KEY (login, point);


--
-- Name: assessment assessment_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.assessment
    ADD CONSTRAINT assessment_pkey PRIMARY KEY (contact_id);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY ("only");


--
-- Name: audit audit_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (id);


--
-- Name: audit audit_seq_key; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.audit
    ADD CONSTRAINT audit_seq_key UNIQUE (seq);


--
-- Name: channel_secret channel_secret_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.channel_secret
    ADD CONSTRAINT channel_secret_pkey PRIMARY KEY ("only");


--
-- Name: contact contact_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact
    ADD CONSTRAINT contact_pkey PRIMARY KEY (id);


--
-- Name: contact_referral contact_referral_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_referral
    ADD CONSTRAINT contact_referral_pkey PRIMARY KEY (contact_id, referral);


--
-- Name: contact contact_save_token_key; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact
    ADD CONSTRAINT contact_save_token_key UNIQUE (save_token);


--
-- Name: contact_topic contact_topic_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_topic
    ADD CONSTRAINT contact_topic_pkey PRIMARY KEY (contact_id, topic);


--
-- Name: contact_unmet_need contact_unmet_need_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_unmet_need
    ADD CONSTRAINT contact_unmet_need_pkey PRIMARY KEY (contact_id, need);


--
-- Name: daily_figure daily_figure_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.daily_figure
    ADD CONSTRAINT daily_figure_pkey PRIMARY KEY (day, point, figure, code, origin);


--
-- Name: draft draft_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.draft
    ADD CONSTRAINT draft_pkey PRIMARY KEY (id);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (day, point, nps, settled, bounced);


--
-- Name: follow_up_done follow_up_done_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.follow_up_done
    ADD CONSTRAINT follow_up_done_pkey PRIMARY KEY (contact_id);


--
-- Name: handoff_detail handoff_detail_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff_detail
    ADD CONSTRAINT handoff_detail_pkey PRIMARY KEY (handoff_id);


--
-- Name: handoff handoff_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff
    ADD CONSTRAINT handoff_pkey PRIMARY KEY (id);


--
-- Name: handoff_try handoff_try_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff_try
    ADD CONSTRAINT handoff_try_pkey PRIMARY KEY (handoff_id, n);


--
-- Name: member member_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.member
    ADD CONSTRAINT member_pkey PRIMARY KEY (login);


--
-- Name: migration migration_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.migration
    ADD CONSTRAINT migration_pkey PRIMARY KEY (identifier);


--
-- Name: monthly_bound monthly_bound_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.monthly_bound
    ADD CONSTRAINT monthly_bound_pkey PRIMARY KEY (one);


--
-- Name: monthly_figure monthly_figure_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.monthly_figure
    ADD CONSTRAINT monthly_figure_pkey PRIMARY KEY (month, point, figure, code, origin);


--
-- Name: mood mood_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.mood
    ADD CONSTRAINT mood_pkey PRIMARY KEY (day, point, mood, enps);


--
-- Name: pseudonym_key pseudonym_key_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.pseudonym_key
    ADD CONSTRAINT pseudonym_key_pkey PRIMARY KEY ("only");


--
-- Name: repeat_client repeat_client_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.repeat_client
    ADD CONSTRAINT repeat_client_pkey PRIMARY KEY (client_ref);


--
-- Name: service_member service_member_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.service_member
    ADD CONSTRAINT service_member_pkey PRIMARY KEY (login, service);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: staffing staffing_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.staffing
    ADD CONSTRAINT staffing_pkey PRIMARY KEY (day, point);


--
-- Name: vocabulary vocabulary_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.vocabulary
    ADD CONSTRAINT vocabulary_pkey PRIMARY KEY (kind, code);


--
-- Name: audit_at; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX audit_at ON neuvo.audit USING btree (at);


--
-- Name: audit_clients; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX audit_clients ON neuvo.audit USING gin (clients) WITH (fastupdate=off);


--
-- Name: audit_user; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX audit_user ON neuvo.audit USING btree ("user", at);


--
-- Name: contact_client_instant; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_client_instant ON neuvo.contact USING btree (client_ref, instant) WHERE (client_ref IS NOT NULL);


--
-- Name: contact_day_instant; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_day_instant ON neuvo.contact USING btree (day, instant, id);


--
-- Name: contact_day_point; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_day_point ON neuvo.contact USING btree (day, point);


--
-- Name: contact_unresolved_point_day; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_unresolved_point_day ON neuvo.contact USING btree (point, day) WHERE (NOT resolved);


--
-- Name: daily_figure_totals; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX daily_figure_totals ON neuvo.daily_figure USING btree (day, point) WHERE (figure = ANY (ARRAY['contacts'::text, 'resolved'::text, 'staffed_days'::text]));


--
-- Name: handoff_contact; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX handoff_contact ON neuvo.handoff USING btree (contact_id) WHERE (contact_id IS NOT NULL);


--
-- Name: handoff_open; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX handoff_open ON neuvo.handoff USING btree (service, sent_instant) WHERE (closed_at IS NULL);


--
-- Name: handoff_open_per_contact; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE UNIQUE INDEX handoff_open_per_contact ON neuvo.handoff USING btree (contact_id, service) WHERE (closed_at IS NULL);


--
-- Name: handoff_point_sent; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX handoff_point_sent ON neuvo.handoff USING btree (point, sent_instant);


--
-- Name: advisor_point advisor_counters; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER advisor_counters AFTER INSERT ON neuvo.advisor_point FOR EACH ROW EXECUTE FUNCTION neuvo.make_pseudonym_counters();


--
-- Name: audit_head audit_head_is_never_removed; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_head_is_never_removed BEFORE DELETE OR TRUNCATE ON neuvo.audit_head FOR EACH STATEMENT EXECUTE FUNCTION neuvo.refuse_audit_change();


--
-- Name: audit audit_is_chained; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE CONSTRAINT TRIGGER audit_is_chained AFTER INSERT ON neuvo.audit DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ((new.hash IS NULL)) EXECUTE FUNCTION neuvo.chain_audit_row();


--
-- Name: audit audit_is_never_changed; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_is_never_changed BEFORE DELETE OR UPDATE ON neuvo.audit FOR EACH ROW EXECUTE FUNCTION neuvo.refuse_audit_change();


--
-- Name: audit audit_is_never_truncated; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_is_never_truncated BEFORE TRUNCATE ON neuvo.audit FOR EACH STATEMENT EXECUTE FUNCTION neuvo.refuse_audit_change();


--
-- Name: audit audit_is_placed; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_is_placed BEFORE INSERT ON neuvo.audit FOR EACH ROW EXECUTE FUNCTION neuvo.place_audit_row();


--
-- Name: contact contact_saved; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER contact_saved AFTER INSERT OR DELETE OR UPDATE ON neuvo.contact FOR EACH STATEMENT EXECUTE FUNCTION neuvo.notify_contacts();


--
-- Name: daily_figure daily_figure_changed; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER daily_figure_changed AFTER UPDATE ON neuvo.daily_figure REFERENCING OLD TABLE AS removed_figures NEW TABLE AS changed_figures FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();


--
-- Name: daily_figure daily_figure_deleted; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER daily_figure_deleted AFTER DELETE ON neuvo.daily_figure REFERENCING OLD TABLE AS removed_figures FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();


--
-- Name: daily_figure daily_figure_inserted; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER daily_figure_inserted AFTER INSERT ON neuvo.daily_figure REFERENCING NEW TABLE AS changed_figures FOR EACH STATEMENT EXECUTE FUNCTION neuvo.roll_up_figures();


--
-- Name: contact_referral referral_outcome_set; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER referral_outcome_set AFTER UPDATE ON neuvo.contact_referral FOR EACH STATEMENT EXECUTE FUNCTION neuvo.notify_contacts();


--
-- Name: staffing staffing_set; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER staffing_set AFTER INSERT OR DELETE OR UPDATE ON neuvo.staffing FOR EACH STATEMENT EXECUTE FUNCTION neuvo.notify_contacts();


--
-- Name: member supervisor_counters; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER supervisor_counters AFTER INSERT OR UPDATE OF role ON neuvo.member FOR EACH ROW WHEN ((new.role = 'supervisor'::text)) EXECUTE FUNCTION neuvo.make_pseudonym_counters();


--
-- Name: assessment assessment_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.assessment
    ADD CONSTRAINT assessment_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE CASCADE;


--
-- Name: contact_referral contact_referral_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_referral
    ADD CONSTRAINT contact_referral_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE CASCADE;


--
-- Name: contact_topic contact_topic_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_topic
    ADD CONSTRAINT contact_topic_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE CASCADE;


--
-- Name: contact_unmet_need contact_unmet_need_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.contact_unmet_need
    ADD CONSTRAINT contact_unmet_need_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE CASCADE;


--
-- Name: follow_up_done follow_up_done_closed_by_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.follow_up_done
    ADD CONSTRAINT follow_up_done_closed_by_fkey FOREIGN KEY (closed_by) REFERENCES neuvo.contact(id);


--
-- Name: follow_up_done follow_up_done_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.follow_up_done
    ADD CONSTRAINT follow_up_done_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE CASCADE;


--
-- Name: handoff handoff_contact_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff
    ADD CONSTRAINT handoff_contact_id_fkey FOREIGN KEY (contact_id) REFERENCES neuvo.contact(id) ON DELETE SET NULL;


--
-- Name: handoff_detail handoff_detail_handoff_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff_detail
    ADD CONSTRAINT handoff_detail_handoff_id_fkey FOREIGN KEY (handoff_id) REFERENCES neuvo.handoff(id) ON DELETE CASCADE;


--
-- Name: handoff_try handoff_try_handoff_id_fkey; Type: FK CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.handoff_try
    ADD CONSTRAINT handoff_try_handoff_id_fkey FOREIGN KEY (handoff_id) REFERENCES neuvo.handoff(id) ON DELETE CASCADE;


--
-- Name: assessment advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.assessment TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = assessment.contact_id))));


--
-- Name: contact advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.contact TO neuvo_advisor USING ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[]))) WITH CHECK ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[])));


--
-- Name: contact_referral advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.contact_referral TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = contact_referral.contact_id))));


--
-- Name: contact_topic advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.contact_topic TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = contact_topic.contact_id))));


--
-- Name: contact_unmet_need advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.contact_unmet_need TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = contact_unmet_need.contact_id))));


--
-- Name: daily_figure advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.daily_figure TO neuvo_advisor USING ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[]))) WITH CHECK ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[])));


--
-- Name: feedback advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.feedback TO neuvo_advisor USING ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[]))) WITH CHECK ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[])));


--
-- Name: follow_up_done advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.follow_up_done TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = follow_up_done.contact_id)))) WITH CHECK (((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = follow_up_done.contact_id))) AND ("user" = (SESSION_USER)::text)));


--
-- Name: mood advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.mood TO neuvo_advisor USING ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[]))) WITH CHECK ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[])));


--
-- Name: assessment; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.assessment ENABLE ROW LEVEL SECURITY;

--
-- Name: audit_waiting; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.audit_waiting ENABLE ROW LEVEL SECURITY;

--
-- Name: daily_figure board_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY board_reads ON neuvo.daily_figure FOR SELECT TO neuvo_board USING ((figure = ANY (ARRAY['contacts'::text, 'resolved'::text, 'by_hour'::text, 'referral_outcomes_by_referral'::text])));


--
-- Name: contact; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.contact ENABLE ROW LEVEL SECURITY;

--
-- Name: contact_referral; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.contact_referral ENABLE ROW LEVEL SECURITY;

--
-- Name: contact_topic; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.contact_topic ENABLE ROW LEVEL SECURITY;

--
-- Name: contact_unmet_need; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.contact_unmet_need ENABLE ROW LEVEL SECURITY;

--
-- Name: daily_figure; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.daily_figure ENABLE ROW LEVEL SECURITY;

--
-- Name: draft; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.draft ENABLE ROW LEVEL SECURITY;

--
-- Name: feedback; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.feedback ENABLE ROW LEVEL SECURITY;

--
-- Name: follow_up_done; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.follow_up_done ENABLE ROW LEVEL SECURITY;

--
-- Name: handoff; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.handoff ENABLE ROW LEVEL SECURITY;

--
-- Name: handoff_detail; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.handoff_detail ENABLE ROW LEVEL SECURITY;

--
-- Name: handoff_try; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.handoff_try ENABLE ROW LEVEL SECURITY;

--
-- Name: monthly_bound; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.monthly_bound ENABLE ROW LEVEL SECURITY;

--
-- Name: monthly_figure; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.monthly_figure ENABLE ROW LEVEL SECURITY;

--
-- Name: mood; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.mood ENABLE ROW LEVEL SECURITY;

--
-- Name: draft own_drafts; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY own_drafts ON neuvo.draft TO neuvo_advisor, neuvo_supervisor USING ((advisor = (SESSION_USER)::text)) WITH CHECK ((advisor = (SESSION_USER)::text));


--
-- Name: service_member; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.service_member ENABLE ROW LEVEL SECURITY;

--
-- Name: assessment supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.assessment FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: contact supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.contact FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: contact_referral supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.contact_referral FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: contact_topic supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.contact_topic FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: contact_unmet_need supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.contact_unmet_need FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: daily_figure supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.daily_figure FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: feedback supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.feedback FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: follow_up_done supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.follow_up_done FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: mood supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.mood FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: daily_figure supervisor_staffing; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_staffing ON neuvo.daily_figure TO neuvo_supervisor USING ((figure = ANY (ARRAY['staff_hundredths'::text, 'cost_cent_hundredths'::text, 'staffed_days'::text]))) WITH CHECK ((figure = ANY (ARRAY['staff_hundredths'::text, 'cost_cent_hundredths'::text, 'staffed_days'::text])));


--
-- Name: SCHEMA neuvo; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA neuvo TO neuvo_advisor;
GRANT USAGE ON SCHEMA neuvo TO neuvo_supervisor;
GRANT USAGE ON SCHEMA neuvo TO neuvo_trainer;
GRANT USAGE ON SCHEMA neuvo TO neuvo_board;
GRANT USAGE ON SCHEMA neuvo TO neuvo_service;


--
-- Name: TYPE handoff_row; Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON TYPE neuvo.handoff_row FROM PUBLIC;
GRANT ALL ON TYPE neuvo.handoff_row TO neuvo_advisor;
GRANT ALL ON TYPE neuvo.handoff_row TO neuvo_supervisor;
GRANT ALL ON TYPE neuvo.handoff_row TO neuvo_trainer;
GRANT ALL ON TYPE neuvo.handoff_row TO neuvo_board;
GRANT ALL ON TYPE neuvo.handoff_row TO neuvo_service;


--
-- Name: FUNCTION add_figure(on_day date, at_point text, figure_name text, figure_code text, delta bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.add_figure(on_day date, at_point text, figure_name text, figure_code text, delta bigint) FROM PUBLIC;


--
-- Name: FUNCTION add_figures(ids bigint[], sign integer, figures_origin bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.add_figures(ids bigint[], sign integer, figures_origin bigint) FROM PUBLIC;


--
-- Name: FUNCTION apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.apply_referral_outcome(contact bigint, referral_code text, new_outcome text, command text) FROM PUBLIC;


--
-- Name: FUNCTION audit(command text, details text, contacts integer); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit(command text, details text, contacts integer) FROM PUBLIC;


--
-- Name: FUNCTION audit_append(action text, details text, contacts integer, clients text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[]) FROM PUBLIC;


--
-- Name: FUNCTION audit_chain(after_seq bigint, max_rows integer); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.audit_chain(after_seq bigint, max_rows integer) TO neuvo_board;


--
-- Name: FUNCTION audit_entries(from_day date, to_day date); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit_entries(from_day date, to_day date) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.audit_entries(from_day date, to_day date) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.audit_entries(from_day date, to_day date) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.audit_entries(from_day date, to_day date) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.audit_entries(from_day date, to_day date) TO neuvo_board;


--
-- Name: FUNCTION audit_hash(previous text, at text, "user" text, command text, details text, contacts integer, clients text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit_hash(previous text, at text, "user" text, command text, details text, contacts integer, clients text[]) FROM PUBLIC;


--
-- Name: FUNCTION audit_head(OUT seq bigint, OUT id bigint, OUT hash text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.audit_head(OUT seq bigint, OUT id bigint, OUT hash text) TO neuvo_board;


--
-- Name: FUNCTION board_figures(on_day date, wanted text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.board_figures(on_day date, wanted text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.board_figures(on_day date, wanted text[]) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.board_figures(on_day date, wanted text[]) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.board_figures(on_day date, wanted text[]) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.board_figures(on_day date, wanted text[]) TO neuvo_board;


--
-- Name: FUNCTION board_follow_ups(on_day date, wanted text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.board_follow_ups(on_day date, wanted text[]) TO neuvo_trainer;


--
-- Name: FUNCTION board_handoffs(wanted text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.board_handoffs(wanted text[]) TO neuvo_service;


--
-- Name: FUNCTION browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.browse_figures(from_day date, to_day date, compared_from date, compared_to date, series_from date, series_to date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION caller_role(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.caller_role() FROM PUBLIC;


--
-- Name: FUNCTION chain_audit_row(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.chain_audit_row() FROM PUBLIC;


--
-- Name: FUNCTION changes(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.changes() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.changes() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.changes() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.changes() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.changes() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.changes() TO neuvo_service;


--
-- Name: FUNCTION channel(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.channel() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.channel() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.channel() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.channel() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.channel() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.channel() TO neuvo_service;


--
-- Name: FUNCTION check_contact(contact jsonb); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.check_contact(contact jsonb) FROM PUBLIC;


--
-- Name: FUNCTION check_handoff_text(value text, field text, lim integer, required boolean); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.check_handoff_text(value text, field text, lim integer, required boolean) FROM PUBLIC;


--
-- Name: FUNCTION checked_contact_filter(filter text, code text, codes text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.checked_contact_filter(filter text, code text, codes text[]) FROM PUBLIC;


--
-- Name: FUNCTION client_audit(identity_code text, label text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.client_audit(identity_code text, label text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.client_audit(identity_code text, label text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.client_audit(identity_code text, label text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.client_audit(identity_code text, label text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.client_audit(identity_code text, label text) TO neuvo_board;


--
-- Name: FUNCTION client_data(identity_code text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.client_data(identity_code text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.client_data(identity_code text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.client_data(identity_code text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.client_data(identity_code text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.client_data(identity_code text, command text) TO neuvo_board;


--
-- Name: FUNCTION client_pseudonym(code text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.client_pseudonym(code text) FROM PUBLIC;


--
-- Name: FUNCTION client_ref(identity_code text, ref text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.client_ref(identity_code text, ref text) FROM PUBLIC;


--
-- Name: FUNCTION close_follow_ups(ids bigint[], closer bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint) FROM PUBLIC;


--
-- Name: FUNCTION close_handoff(handoff bigint, result text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.close_handoff(handoff bigint, result text, command text) TO neuvo_service;


--
-- Name: FUNCTION command_label(command text, fallback text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.command_label(command text, fallback text) FROM PUBLIC;


--
-- Name: FUNCTION contact_by_id(contact bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.contact_by_id(contact bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.contact_by_id(contact bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.contact_by_id(contact bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.contact_by_id(contact bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.contact_by_id(contact bigint, command text) TO neuvo_board;


--
-- Name: FUNCTION contact_count(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.contact_count() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.contact_count() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.contact_count() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.contact_count() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.contact_count() TO neuvo_board;


--
-- Name: FUNCTION contact_filter_words(filter text, code text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.contact_filter_words(filter text, code text) FROM PUBLIC;


--
-- Name: FUNCTION contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[], command text) TO neuvo_board;


--
-- Name: FUNCTION contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[], after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text) TO neuvo_board;


--
-- Name: FUNCTION count_pseudonym_call(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.count_pseudonym_call() FROM PUBLIC;


--
-- Name: FUNCTION daily_series(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.daily_series(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION day_overview(on_day date, at_point text, follow_ups_since date, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.day_overview(on_day date, at_point text, follow_ups_since date, command text) TO neuvo_board;


--
-- Name: FUNCTION day_text(d date); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.day_text(d date) FROM PUBLIC;


--
-- Name: FUNCTION discard_draft(id bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.discard_draft(id bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.discard_draft(id bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.discard_draft(id bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.discard_draft(id bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.discard_draft(id bigint, command text) TO neuvo_board;


--
-- Name: FUNCTION distinct_refs(refs text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.distinct_refs(refs text[]) FROM PUBLIC;


--
-- Name: FUNCTION draft_client(form text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.draft_client(form text) FROM PUBLIC;


--
-- Name: FUNCTION drafts(command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.drafts(command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.drafts(command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.drafts(command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.drafts(command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.drafts(command text) TO neuvo_board;


--
-- Name: FUNCTION earlier_contacts(identity_code text, ref text, before_instant bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.earlier_contacts(identity_code text, ref text, before_instant bigint, command text) TO neuvo_board;


--
-- Name: FUNCTION erase_handoff_details(now_instant bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.erase_handoff_details(now_instant bigint, command text) TO neuvo_service;


--
-- Name: FUNCTION export_contacts(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.export_contacts(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION feedback_records(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.feedback_records(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION figure_lane(on_day date, at_point text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.figure_lane(on_day date, at_point text) FROM PUBLIC;


--
-- Name: FUNCTION figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.figure_rows(wanted text[], from_day date, to_day date, per_point boolean, withhold boolean, shown text[]) FROM PUBLIC;


--
-- Name: FUNCTION follow_ups(at_point text, since date, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.follow_ups(at_point text, since date, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.follow_ups(at_point text, since date, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.follow_ups(at_point text, since date, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.follow_ups(at_point text, since date, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.follow_ups(at_point text, since date, command text) TO neuvo_board;


--
-- Name: FUNCTION handoff_changed(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_changed() FROM PUBLIC;


--
-- Name: FUNCTION handoff_changes(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_changes() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.handoff_changes() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.handoff_changes() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.handoff_changes() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.handoff_changes() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.handoff_changes() TO neuvo_service;


--
-- Name: FUNCTION handoff_clients(contact bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_clients(contact bigint) FROM PUBLIC;


--
-- Name: FUNCTION handoff_list(open_only boolean, with_details boolean, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.handoff_list(open_only boolean, with_details boolean, command text) TO neuvo_service;


--
-- Name: FUNCTION handoff_queue(services text[], command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.handoff_queue(services text[], command text) TO neuvo_service;


--
-- Name: FUNCTION handoff_records(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.handoff_records(from_day date, to_day date, at_point text, command text) TO neuvo_service;


--
-- Name: FUNCTION handoff_role(may text[], what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_role(may text[], what text) FROM PUBLIC;


--
-- Name: FUNCTION handoff_rows(ids bigint[], details boolean, contact_ids boolean, with_tries boolean); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoff_rows(ids bigint[], details boolean, contact_ids boolean, with_tries boolean) FROM PUBLIC;


--
-- Name: FUNCTION handoffs_clients(ids bigint[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.handoffs_clients(ids bigint[]) FROM PUBLIC;


--
-- Name: FUNCTION import_begin(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.import_begin() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.import_begin() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.import_begin() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.import_begin() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.import_begin() TO neuvo_board;


--
-- Name: FUNCTION import_contacts(details text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.import_contacts(details text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.import_contacts(details text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.import_contacts(details text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.import_contacts(details text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.import_contacts(details text, command text) TO neuvo_board;


--
-- Name: FUNCTION import_handoffs(records jsonb, details text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.import_handoffs(records jsonb, details text, command text) TO neuvo_service;


--
-- Name: FUNCTION insert_contact_parts(id bigint, contact jsonb); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.insert_contact_parts(id bigint, contact jsonb) FROM PUBLIC;


--
-- Name: FUNCTION login_audit(login text, from_day date, to_day date, label text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.login_audit(login text, from_day date, to_day date, label text) TO neuvo_board;


--
-- Name: FUNCTION make_pseudonym_counters(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.make_pseudonym_counters() FROM PUBLIC;


--
-- Name: FUNCTION mark_follow_up_done(contact bigint, note text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.mark_follow_up_done(contact bigint, note text, command text) TO neuvo_board;


--
-- Name: FUNCTION members(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.members() FROM PUBLIC;


--
-- Name: FUNCTION migrations(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.migrations() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.migrations() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.migrations() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.migrations() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.migrations() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.migrations() TO neuvo_service;


--
-- Name: FUNCTION monthly_bound_due(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.monthly_bound_due() FROM PUBLIC;


--
-- Name: FUNCTION mood_records(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.mood_records(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION my_points(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.my_points() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_service;


--
-- Name: FUNCTION my_services(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.my_services() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.my_services() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.my_services() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.my_services() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.my_services() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.my_services() TO neuvo_service;


--
-- Name: FUNCTION notify_contacts(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.notify_contacts() FROM PUBLIC;


--
-- Name: FUNCTION open_handoff(handoff bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.open_handoff(handoff bigint, command text) TO neuvo_service;


--
-- Name: FUNCTION period_text(from_day date, to_day date, at_point text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.period_text(from_day date, to_day date, at_point text) FROM PUBLIC;


--
-- Name: FUNCTION place_audit_row(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.place_audit_row() FROM PUBLIC;


--
-- Name: FUNCTION pseudonym(code text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.pseudonym(code text) FROM PUBLIC;


--
-- Name: FUNCTION pseudonym_counter(login text, period text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.pseudonym_counter(login text, period text) FROM PUBLIC;


--
-- Name: FUNCTION read_points(who text, at_point text, may text[], what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.read_points(who text, at_point text, may text[], what text) FROM PUBLIC;


--
-- Name: FUNCTION reader(at_point text, may text[], what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.reader(at_point text, may text[], what text) FROM PUBLIC;


--
-- Name: FUNCTION reader_of(who text, mine text[], at_point text, may text[], what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.reader_of(who text, mine text[], at_point text, may text[], what text) FROM PUBLIC;


--
-- Name: FUNCTION receivable_handoff(handoff bigint, what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.receivable_handoff(handoff bigint, what text) FROM PUBLIC;


--
-- Name: FUNCTION record_event(details text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.record_event(details text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.record_event(details text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.record_event(details text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.record_event(details text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.record_event(details text, command text) TO neuvo_board;


--
-- Name: FUNCTION record_handoff_try(handoff bigint, reached boolean, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.record_handoff_try(handoff bigint, reached boolean, command text) TO neuvo_service;


--
-- Name: FUNCTION refresh_repeats(refs text[], figures_origin bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint) FROM PUBLIC;


--
-- Name: FUNCTION refuse_audit_change(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.refuse_audit_change() FROM PUBLIC;


--
-- Name: FUNCTION refuse_identity_code(text_in text, what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.refuse_identity_code(text_in text, what text) FROM PUBLIC;


--
-- Name: FUNCTION region_now(OUT stamp text, OUT instant bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.region_now(OUT stamp text, OUT instant bigint) FROM PUBLIC;


--
-- Name: FUNCTION report_figures(from_day date, to_day date, at_point text, command text, written_to text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.report_figures(from_day date, to_day date, at_point text, command text, written_to text) TO neuvo_board;


--
-- Name: FUNCTION require_advisor_at(point text, what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.require_advisor_at(point text, what text) FROM PUBLIC;


--
-- Name: FUNCTION require_codes(kinds text[], codes text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.require_codes(kinds text[], codes text[]) FROM PUBLIC;


--
-- Name: FUNCTION require_codes_of(kind text, codes text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.require_codes_of(kind text, codes text[]) FROM PUBLIC;


--
-- Name: FUNCTION require_listener(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.require_listener() FROM PUBLIC;


--
-- Name: FUNCTION require_role(who text, may text[], what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.require_role(who text, may text[], what text) FROM PUBLIC;


--
-- Name: FUNCTION required(value anyelement, name text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.required(value anyelement, name text) FROM PUBLIC;


--
-- Name: FUNCTION resend_handoff(handoff bigint, to_service text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.resend_handoff(handoff bigint, to_service text, command text) TO neuvo_service;


--
-- Name: FUNCTION retention(now_instant bigint, today date, dry_run boolean, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.retention(now_instant bigint, today date, dry_run boolean, command text) TO neuvo_service;


--
-- Name: FUNCTION return_handoff(handoff bigint, reason text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.return_handoff(handoff bigint, reason text, command text) TO neuvo_service;


--
-- Name: FUNCTION reviewed_client(identity_code text, what text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.reviewed_client(identity_code text, what text) FROM PUBLIC;


--
-- Name: FUNCTION roll_up_figures(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.roll_up_figures() FROM PUBLIC;


--
-- Name: FUNCTION roll_up_months(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.roll_up_months() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.roll_up_months() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.roll_up_months() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.roll_up_months() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.roll_up_months() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.roll_up_months() TO neuvo_service;


--
-- Name: FUNCTION save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.save_contact(contact jsonb, identity_code text, token text, closing bigint[], draft bigint, command text) TO neuvo_board;


--
-- Name: FUNCTION save_draft(id bigint, form text, point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.save_draft(id bigint, form text, point text, command text) TO neuvo_board;


--
-- Name: FUNCTION save_records(records jsonb, details text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.save_records(records jsonb, details text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.save_records(records jsonb, details text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.save_records(records jsonb, details text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.save_records(records jsonb, details text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.save_records(records jsonb, details text, command text) TO neuvo_board;


--
-- Name: FUNCTION saved_with(token text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.saved_with(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.saved_with(token text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.saved_with(token text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.saved_with(token text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.saved_with(token text) TO neuvo_board;


--
-- Name: FUNCTION seal_audit(wait boolean); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.seal_audit(wait boolean) FROM PUBLIC;


--
-- Name: FUNCTION segment_shares(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.segment_shares(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.send_handoff(at_point text, to_service text, urgency text, consent boolean, name text, phone text, language text, when_to_call text, note text, contact bigint, command text) TO neuvo_service;


--
-- Name: FUNCTION sent_handoffs(at_points text[], since date, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.sent_handoffs(at_points text[], since date, command text) TO neuvo_service;


--
-- Name: FUNCTION series_rows(wanted text[], from_day date, to_day date); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.series_rows(wanted text[], from_day date, to_day date) FROM PUBLIC;


--
-- Name: FUNCTION set_follow_up_window(hours integer, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_follow_up_window(hours integer, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.set_follow_up_window(hours integer, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.set_follow_up_window(hours integer, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.set_follow_up_window(hours integer, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.set_follow_up_window(hours integer, command text) TO neuvo_board;


--
-- Name: FUNCTION set_idle_minutes(minutes integer, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.set_idle_minutes(minutes integer, command text) TO neuvo_service;


--
-- Name: FUNCTION set_member(who text, new_role text, new_points text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_member(who text, new_role text, new_points text[]) FROM PUBLIC;


--
-- Name: FUNCTION set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.set_referral_outcome(contact bigint, referral_code text, new_outcome text, identity_code text, ref text, command text) TO neuvo_board;


--
-- Name: FUNCTION set_retention(client_ref_days integer, draft_days integer, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.set_retention(client_ref_days integer, draft_days integer, command text) TO neuvo_service;


--
-- Name: FUNCTION set_time_zone(zone text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.set_time_zone(zone text, command text) TO neuvo_service;


--
-- Name: FUNCTION settings(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.settings() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.settings() TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.settings() TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.settings() TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.settings() TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.settings() TO neuvo_service;


--
-- Name: FUNCTION staffing_records(from_day date, to_day date, at_point text, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.staffing_records(from_day date, to_day date, at_point text, command text) TO neuvo_board;


--
-- Name: FUNCTION take_handoff(handoff bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.take_handoff(handoff bigint, command text) TO neuvo_service;


--
-- Name: FUNCTION update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.update_contact(edited bigint, contact jsonb, identity_code text, draft bigint, command text) TO neuvo_board;


--
-- Name: FUNCTION whoami(OUT login text, OUT role text, OUT points text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_trainer;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_board;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_service;


--
-- PostgreSQL database dump complete
--

\unrestrict PsE8ZtaVSmsR814LuHuwephWo3jmXkOUt3bTAfirFIJ4gWubaUfL9HJJ4Rb6usZ

