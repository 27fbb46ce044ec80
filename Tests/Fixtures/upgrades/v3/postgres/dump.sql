--
-- PostgreSQL database dump
--

\restrict pxb9SZiUzqEoqBaYqcDyiC2qnBo94mM6xesuHFmZttEiHOWv3qk4A4sc7mizyJw

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
-- Name: audit(text, text, integer); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.audit(command text, details text, contacts integer) RETURNS void
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts")
    VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, command, details, contacts);
$$;


ALTER FUNCTION neuvo.audit(command text, details text, contacts integer) OWNER TO postgres;

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
-- Name: earlier_contacts(text, bigint, bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.earlier_contacts(ref text, from_instant bigint, before_instant bigint) RETURNS TABLE(id bigint, occurred_at text, day date, point text, channel text, topics text, resolved boolean, follow_up_open boolean)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT c."id", c."occurred_at", c."day", c."point", c."channel",
        (SELECT string_agg(t."topic", ';' ORDER BY t."topic" COLLATE "C") FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id"),
        c."resolved", NOT c."resolved" AND NOT EXISTS (SELECT 1 FROM neuvo.follow_up_done AS f WHERE f."contact_id" = c."id")
    FROM neuvo.contact AS c
    WHERE c."client_ref" = ref AND c."instant" >= from_instant AND c."instant" < before_instant
    ORDER BY c."instant", c."id";
$$;


ALTER FUNCTION neuvo.earlier_contacts(ref text, from_instant bigint, before_instant bigint) OWNER TO postgres;

--
-- Name: my_points(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.my_points() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT coalesce(array_agg("point" ORDER BY "point"), '{}') FROM neuvo.advisor_point WHERE "login" = session_user::text;
$$;


ALTER FUNCTION neuvo.my_points() OWNER TO postgres;

--
-- Name: notify_contacts(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.notify_contacts() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    PERFORM pg_notify('neuvo_contacts', '');
    RETURN NULL;
END $$;


ALTER FUNCTION neuvo.notify_contacts() OWNER TO postgres;

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
-- Name: refresh_repeats(text[], bigint); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint DEFAULT 0) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
DECLARE
    window_seconds bigint;
    flipped integer;
    zero_days date[];
    zero_points text[];
    zero_figures text[];
BEGIN
    -- The clients' turn first (every client's, for a new window); each statement after it reads afresh (read
    -- committed), so it sees what the transactions it waited for committed.
    IF refs IS NULL THEN
        LOCK TABLE neuvo.repeat_client IN EXCLUSIVE MODE;
    ELSE
        INSERT INTO neuvo.repeat_client AS r ("client_ref") SELECT DISTINCT x FROM unnest(refs) AS x ORDER BY 1
        ON CONFLICT ("client_ref") DO UPDATE SET "client_ref" = r."client_ref";
    END IF;
    window_seconds := (SELECT "value"::bigint * 3600 FROM neuvo.setting WHERE "key" = 'follow_up_window_hours');
    WITH changed AS (
        UPDATE neuvo.contact AS a SET "has_repeat" = NOT a."has_repeat"
        WHERE a."client_ref" IS NOT NULL AND (refs IS NULL OR a."client_ref" = ANY (refs))
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
    RAISE EXCEPTION 'audit rows are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
END $$;


ALTER FUNCTION neuvo.refuse_audit_change() OWNER TO postgres;

--
-- Name: whoami(); Type: FUNCTION; Schema: neuvo; Owner: postgres
--

CREATE FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'neuvo', 'pg_temp'
    AS $$
    SELECT session_user::text,
        CASE
            WHEN pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN 'owner'
            WHEN pg_has_role(session_user, 'neuvo_supervisor', 'MEMBER') THEN 'supervisor'
            WHEN pg_has_role(session_user, 'neuvo_trainer', 'MEMBER') THEN 'trainer'
            WHEN pg_has_role(session_user, 'neuvo_advisor', 'MEMBER') THEN 'advisor'
        END,
        neuvo.my_points();
$$;


ALTER FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

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
    contacts integer NOT NULL
);


ALTER TABLE neuvo.audit OWNER TO postgres;

--
-- Name: audit_id_seq; Type: SEQUENCE; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.audit ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME neuvo.audit_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


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

ALTER TABLE neuvo.contact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
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
    referral text NOT NULL
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

ALTER TABLE neuvo.draft ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME neuvo.draft_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


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
-- Name: migration; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.migration (
    identifier text NOT NULL
);


ALTER TABLE neuvo.migration OWNER TO postgres;

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
-- Name: setting; Type: TABLE; Schema: neuvo; Owner: postgres
--

CREATE TABLE neuvo.setting (
    key text NOT NULL,
    value text NOT NULL
);


ALTER TABLE neuvo.setting OWNER TO postgres;

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

COPY neuvo.audit (id, at, "user", command, details, contacts) FROM stdin;
1	2026-12-07T04:11:34Z	postgres	init	init: v1: contact log, v2: follow-ups, v3: contacts by hour	0
2	2026-12-07T04:11:36Z	postgres	import	/tmp/tmp.oOS8uw0SGq/contacts.csv	611
3	2026-12-07T04:11:37Z	postgres	report	period 2023-10-16–2023-10-26, all points	611
4	2026-12-07T04:11:37Z	postgres	report	period 2023-10-16–2023-10-26, point jarvenpaa-library	141
5	2026-12-07T04:11:38Z	postgres	report	period 2023-10-16–2023-10-26, point kerava-service-centre	201
6	2026-12-07T04:11:38Z	postgres	report	period 2023-10-16–2023-10-21, all points	322
7	2026-12-07T04:11:39Z	postgres	report	period 2023-10-16–2023-10-21, point jarvenpaa-library	67
8	2026-12-07T04:11:40Z	postgres	report	period 2023-10-16–2023-10-21, point kerava-service-centre	110
9	2026-12-07T04:11:41Z	postgres	report	period 2023-10-26–2023-10-26, all points	55
10	2026-12-07T04:11:42Z	postgres	report	period 2023-10-26–2023-10-26, point jarvenpaa-library	16
11	2026-12-07T04:11:43Z	postgres	report	period 2023-10-26–2023-10-26, point kerava-service-centre	17
\.


--
-- Data for Name: contact; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact (id, occurred_at, instant, day, point, channel, resolved, contact_by, reason, identified, age_group, service_area, duration_min, segment, client_ref, satisfaction, advisor, has_repeat, logged_at, save_token) FROM stdin;
1	2023-10-16T09:03:00+03:00	1697436180	2023-10-16	kerava-service-centre	e-service	f	client	\N	t	75+	health	9	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
2	2023-10-16T09:05:00+03:00	1697436300	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	health	39	\N	0GlUjYZpMdRhdSW6yWZrOnCbO-ED2-cg_gad0SR85ar	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
3	2023-10-16T09:06:00+03:00	1697436360	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	65-74	health	32	\N	KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
4	2023-10-16T09:07:00+03:00	1697436420	2023-10-16	jarvenpaa-library	walk-in	t	relative	face-to-face	t	30-64	social	36	\N	SBcTZx_gW0wN0veocGLMH7O66MoIjMiTirESmvBz-8A	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
5	2023-10-16T09:13:00+03:00	1697436780	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	65-74	both	\N	\N	t8ML_6cuRIXx_xzihoVbwW6OVKC3WQC06M-0XsLYDmX	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
6	2023-10-16T09:14:00+03:00	1697436840	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	social	\N	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
7	2023-10-16T09:18:00+03:00	1697437080	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	18-29	both	25	\N	\N	1	neuvoja-6	f	2026-12-07T04:11:35Z	\N
8	2023-10-16T09:21:00+03:00	1697437260	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	8	\N	ksy7N4ogjT1XHUuO5mqJr7Bm2QPW5YRHyfuf-O14iNG	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
9	2023-10-16T09:41:00+03:00	1697438460	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	18-29	social	\N	\N	iUZKLxfnJ9r0vGbNFlFWrXamAN3QGUx9M_1yWMb_1Eg	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
11	2023-10-16T09:54:00+03:00	1697439240	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	f	30-64	social	24	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
12	2023-10-16T09:55:00+03:00	1697439300	2023-10-16	kerava-service-centre	phone	t	professional	referred-here	f	65-74	both	7	collaboration	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
13	2023-10-16T09:56:00+03:00	1697439360	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	18-29	both	\N	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
14	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	36	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
15	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	28	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
16	2023-10-16T09:57:00+03:00	1697439420	2023-10-16	kerava-service-centre	walk-in	f	client	no-other-known	t	75+	health	\N	\N	\N	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
17	2023-10-16T10:01:00+03:00	1697439660	2023-10-16	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	34	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
18	2023-10-16T10:02:00+03:00	1697439720	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
19	2023-10-16T10:04:00+03:00	1697439840	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	15	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
20	2023-10-16T10:16:00+03:00	1697440560	2023-10-16	tuusula-hyryla-health-station	phone	t	client	\N	f	18-29	both	12	collaboration	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
21	2023-10-16T10:18:00+03:00	1697440680	2023-10-16	jarvenpaa-library	phone	t	client	other	f	30-64	health	\N	\N	\N	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
22	2023-10-16T10:18:00+03:00	1697440680	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	75+	both	9	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
23	2023-10-16T10:19:00+03:00	1697440740	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	18-29	social	\N	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
24	2023-10-16T10:20:00+03:00	1697440800	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	38	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
25	2023-10-16T10:26:00+03:00	1697441160	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	f	30-64	social	35	\N	\N	3	neuvoja-9	f	2026-12-07T04:11:35Z	\N
26	2023-10-16T10:27:00+03:00	1697441220	2023-10-16	tuusula-hyryla-health-station	walk-in	t	professional	face-to-face	t	75+	health	\N	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
27	2023-10-16T10:30:00+03:00	1697441400	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	t	18-29	social	19	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
28	2023-10-16T10:32:00+03:00	1697441520	2023-10-16	jarvenpaa-library	phone	t	client	no-other-known	t	75+	both	3	network	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
30	2023-10-16T10:35:00+03:00	1697441700	2023-10-16	kerava-service-centre	phone	t	client	no-other-known	t	75+	both	17	self-care	OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
31	2023-10-16T10:36:00+03:00	1697441760	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	\N	2	neuvoja-9	f	2026-12-07T04:11:35Z	\N
32	2023-10-16T10:38:00+03:00	1697441880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	both	29	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
33	2023-10-16T10:45:00+03:00	1697442300	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	t	30-64	health	37	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
34	2023-10-16T10:50:00+03:00	1697442600	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	27	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
35	2023-10-16T10:51:00+03:00	1697442660	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	75+	both	15	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
36	2023-10-16T10:53:00+03:00	1697442780	2023-10-16	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	health	18	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
38	2023-10-16T10:55:00+03:00	1697442900	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	both	35	\N	bt4BlN30hDSQX6pExFGNLmsNBdAsJQRqY3TzLthxyMN	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
39	2023-10-16T11:03:00+03:00	1697443380	2023-10-16	jarvenpaa-library	walk-in	f	client	no-other-known	f	30-64	both	44	\N	URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
40	2023-10-16T11:15:00+03:00	1697444100	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	75+	both	29	\N	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
41	2023-10-16T11:29:00+03:00	1697444940	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	33	\N	\N	2	neuvoja-5	f	2026-12-07T04:11:35Z	\N
42	2023-10-16T11:29:00+03:00	1697444940	2023-10-16	kerava-service-centre	video	t	client	referred-here	t	75+	health	10	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
43	2023-10-16T11:33:00+03:00	1697445180	2023-10-16	tuusula-hyryla-health-station	outreach	t	client	\N	f	65-74	health	39	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
44	2023-10-16T11:35:00+03:00	1697445300	2023-10-16	tuusula-hyryla-health-station	phone	t	relative	other	t	65-74	both	11	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
45	2023-10-16T11:36:00+03:00	1697445360	2023-10-16	jarvenpaa-library	walk-in	t	client	referred-here	f	30-64	both	7	\N	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
46	2023-10-16T11:38:00+03:00	1697445480	2023-10-16	tuusula-hyryla-health-station	video	t	client	\N	f	65-74	both	18	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
48	2023-10-16T11:41:00+03:00	1697445660	2023-10-16	kerava-service-centre	phone	t	relative	\N	t	75+	health	19	\N	OGZzxZqtORUOzzMR9KH-aoAQZPHTzemxBCgDc-FyWMx	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
49	2023-10-16T11:42:00+03:00	1697445720	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	28	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
50	2023-10-16T11:46:00+03:00	1697445960	2023-10-16	kerava-service-centre	walk-in	t	client	referred-here	t	unknown	social	40	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
51	2023-10-16T11:49:00+03:00	1697446140	2023-10-16	tuusula-hyryla-health-station	phone	t	client	referred-here	f	75+	health	\N	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
53	2023-10-16T11:55:00+03:00	1697446500	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	5	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
54	2023-10-16T11:57:00+03:00	1697446620	2023-10-16	jarvenpaa-library	video	f	client	\N	f	unknown	health	27	\N	gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
55	2023-10-16T12:02:00+03:00	1697446920	2023-10-16	jarvenpaa-library	walk-in	t	client	nearby	f	30-64	social	32	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
56	2023-10-16T12:20:00+03:00	1697448000	2023-10-16	tuusula-hyryla-health-station	chat	t	client	other	f	30-64	both	\N	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
57	2023-10-16T12:21:00+03:00	1697448060	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	both	\N	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
58	2023-10-16T12:26:00+03:00	1697448360	2023-10-16	kerava-service-centre	walk-in	f	relative	face-to-face	f	30-64	social	43	self-care	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
59	2023-10-16T12:29:00+03:00	1697448540	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	37	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
60	2023-10-16T12:42:00+03:00	1697449320	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	f	18-29	social	33	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
61	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	30-64	health	39	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
62	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	tuusula-hyryla-health-station	e-service	t	client	\N	t	30-64	health	19	\N	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
63	2023-10-16T12:45:00+03:00	1697449500	2023-10-16	kerava-service-centre	chat	t	professional	digital-barrier	f	75+	health	21	\N	irGWdB5VOfcKuhB931yja6DtrlTHLOrlS2zhryoj8yr	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
64	2023-10-16T12:54:00+03:00	1697450040	2023-10-16	kerava-service-centre	phone	t	relative	\N	f	30-64	both	\N	community	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
65	2023-10-16T12:56:00+03:00	1697450160	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	f	unknown	social	7	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
66	2023-10-16T12:56:00+03:00	1697450160	2023-10-16	kerava-service-centre	phone	f	professional	no-other-known	f	0-17	both	13	\N	nX8dV8R9sKCgiXy_E9BSGgkM--7BnCh57XCazFRQM4W	3	neuvoja-7	f	2026-12-07T04:11:35Z	\N
67	2023-10-16T13:00:00+03:00	1697450400	2023-10-16	kerava-service-centre	walk-in	t	client	other	t	18-29	social	7	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
68	2023-10-16T13:02:00+03:00	1697450520	2023-10-16	kerava-service-centre	walk-in	f	client	face-to-face	f	18-29	both	38	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
69	2023-10-16T13:05:00+03:00	1697450700	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	other	t	75+	both	9	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
70	2023-10-16T13:08:00+03:00	1697450880	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	27	collaboration	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
71	2023-10-16T13:16:00+03:00	1697451360	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	t	65-74	health	7	community	SXlnbfFjloqX-aNq-LEgbRP9U-C4sBj8hro2w39Yt1v	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
72	2023-10-16T13:22:00+03:00	1697451720	2023-10-16	jarvenpaa-library	walk-in	f	relative	digital-barrier	t	75+	both	5	\N	\N	1	neuvoja-1	f	2026-12-07T04:11:35Z	\N
74	2023-10-16T13:29:00+03:00	1697452140	2023-10-16	kerava-service-centre	phone	f	client	\N	f	30-64	social	21	\N	KrpdHmeKV94C8p9I-AZE0H7AjrcNWuF666sv5Qpx9yO	1	neuvoja-8	f	2026-12-07T04:11:35Z	\N
75	2023-10-16T13:30:00+03:00	1697452200	2023-10-16	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	22	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
76	2023-10-16T13:36:00+03:00	1697452560	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	social	17	\N	mf8XmR9cAA5YEo-Kt85ddaTFXLdfC1jk3jS_WaEs0aX	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
77	2023-10-16T13:43:00+03:00	1697452980	2023-10-16	kerava-service-centre	walk-in	t	client	no-other-known	f	18-29	social	16	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
78	2023-10-16T13:44:00+03:00	1697453040	2023-10-16	jarvenpaa-library	walk-in	f	relative	no-other-known	t	75+	both	7	\N	\N	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
79	2023-10-16T13:45:00+03:00	1697453100	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	t	30-64	social	29	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
80	2023-10-16T13:48:00+03:00	1697453280	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	36	\N	RmVd5Wg2P_UCmxqi9VlFybGcfdL7as-Gk2w_0dcbQWw	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
81	2023-10-16T13:54:00+03:00	1697453640	2023-10-16	kerava-service-centre	walk-in	t	client	referred-here	f	75+	health	30	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
82	2023-10-16T13:56:00+03:00	1697453760	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	both	40	\N	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
83	2023-10-16T13:56:00+03:00	1697453760	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	31	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
84	2023-10-16T13:58:00+03:00	1697453880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	37	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
86	2023-10-16T14:03:00+03:00	1697454180	2023-10-16	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	both	17	\N	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
87	2023-10-16T14:05:00+03:00	1697454300	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	65-74	health	34	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
88	2023-10-16T14:13:00+03:00	1697454780	2023-10-16	jarvenpaa-library	walk-in	t	relative	face-to-face	t	65-74	both	38	\N	\N	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
89	2023-10-16T14:19:00+03:00	1697455140	2023-10-16	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	health	16	\N	VemiwPquFxomFtXqU4t5K3BuTywH0W7DPkUosV_Ac7x	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
90	2023-10-16T14:20:00+03:00	1697455200	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	both	28	\N	qHvn38A1ub1TyukjDMcQJwWjrqiQUWaL4BYopVwpvYu	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
91	2023-10-16T14:21:00+03:00	1697455260	2023-10-16	kerava-service-centre	outreach	f	client	\N	f	30-64	health	34	\N	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
92	2023-10-16T14:23:00+03:00	1697455380	2023-10-16	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	both	\N	collaboration	JLdCWAhfp36qg2PYa8ACFIroX0niwCDLyA5p_NEuOx_	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
93	2023-10-16T14:23:00+03:00	1697455380	2023-10-16	kerava-service-centre	walk-in	t	client	digital-barrier	t	75+	health	10	\N	fXkUOX_pqPdq7DmiU7MKV78Um3uIV7DIxags9lGP4QT	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
94	2023-10-16T14:26:00+03:00	1697455560	2023-10-16	tuusula-hyryla-health-station	walk-in	f	relative	digital-barrier	t	65-74	both	19	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
95	2023-10-16T14:32:00+03:00	1697455920	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	both	28	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
96	2023-10-16T14:32:00+03:00	1697455920	2023-10-16	kerava-service-centre	walk-in	t	client	other	f	30-64	both	36	\N	_bE5g7lOWBfIm-0obXuye_O1QSsq0hyDmW36uTiK4T3	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
97	2023-10-16T14:45:00+03:00	1697456700	2023-10-16	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	0-17	health	24	\N	N_3dTF7ixn6Dxw9SAX2VZUIxhuTQtx_7eGx7HXHQJl0	3	neuvoja-5	f	2026-12-07T04:11:35Z	\N
98	2023-10-16T14:53:00+03:00	1697457180	2023-10-16	tuusula-hyryla-health-station	outreach	t	client	face-to-face	f	30-64	social	23	network	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
99	2023-10-16T14:53:00+03:00	1697457180	2023-10-16	kerava-service-centre	phone	t	relative	no-other-known	f	75+	both	18	\N	hVPfI1BJiLCD6UZGcLzH08fZw8NfPGmr45LL5lE_wLO	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
101	2023-10-17T09:12:00+03:00	1697523120	2023-10-17	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	health	22	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
102	2023-10-17T09:35:00+03:00	1697524500	2023-10-17	tuusula-hyryla-health-station	walk-in	f	relative	no-other-known	f	75+	health	18	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
103	2023-10-17T09:38:00+03:00	1697524680	2023-10-17	kerava-service-centre	walk-in	f	relative	face-to-face	t	65-74	both	36	\N	S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
104	2023-10-17T09:38:00+03:00	1697524680	2023-10-17	kerava-service-centre	walk-in	f	client	referred-here	t	65-74	both	38	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
105	2023-10-17T09:39:00+03:00	1697524740	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	21	\N	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
106	2023-10-17T09:39:00+03:00	1697524740	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	42	community	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
107	2023-10-17T09:53:00+03:00	1697525580	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	both	27	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
108	2023-10-17T09:55:00+03:00	1697525700	2023-10-17	tuusula-hyryla-health-station	phone	f	relative	\N	t	30-64	both	13	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
109	2023-10-17T10:03:00+03:00	1697526180	2023-10-17	jarvenpaa-library	walk-in	t	client	no-other-known	t	75+	both	21	\N	wgUdONPn6kFIXSSzXzO0_5kTE6lw9LX95ssGCvl9K7u	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
110	2023-10-17T10:08:00+03:00	1697526480	2023-10-17	kerava-service-centre	walk-in	t	relative	face-to-face	f	18-29	health	31	\N	hybNj9v2td8aYmQbuvJPXFDKREyCE55BhdrVwlv9g_7	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
111	2023-10-17T10:20:00+03:00	1697527200	2023-10-17	kerava-service-centre	outreach	f	client	other	f	18-29	both	60	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
112	2023-10-17T10:22:00+03:00	1697527320	2023-10-17	tuusula-hyryla-health-station	phone	t	client	\N	f	75+	both	21	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
113	2023-10-17T10:26:00+03:00	1697527560	2023-10-17	jarvenpaa-library	walk-in	t	relative	other	t	65-74	both	9	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
114	2023-10-17T10:33:00+03:00	1697527980	2023-10-17	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	30-64	health	23	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
115	2023-10-17T10:34:00+03:00	1697528040	2023-10-17	tuusula-hyryla-health-station	outreach	t	client	nearby	t	75+	both	28	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
117	2023-10-17T10:53:00+03:00	1697529180	2023-10-17	tuusula-hyryla-health-station	walk-in	t	professional	face-to-face	f	65-74	both	\N	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
118	2023-10-17T11:04:00+03:00	1697529840	2023-10-17	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	health	20	\N	nCDNYvFWN3JK-6OZCghzcV9lO0eTdzRvXyh_lMqoDpJ	3	neuvoja-8	f	2026-12-07T04:11:35Z	\N
119	2023-10-17T11:09:00+03:00	1697530140	2023-10-17	tuusula-hyryla-health-station	phone	t	relative	\N	t	65-74	health	3	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
120	2023-10-17T11:15:00+03:00	1697530500	2023-10-17	kerava-service-centre	e-service	t	client	\N	f	65-74	social	12	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
121	2023-10-17T11:16:00+03:00	1697530560	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	social	8	\N	U09O8OBdIr8gZn7AhiohZ2Msi0cDQQhmXpUb1c9GTPP	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
122	2023-10-17T11:21:00+03:00	1697530860	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	social	28	\N	3Vl2nxsGzA8EGZP_rO7EG8a9zxn3FbENJD-dupWAhC2	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
123	2023-10-17T11:26:00+03:00	1697531160	2023-10-17	jarvenpaa-library	walk-in	f	client	face-to-face	t	65-74	health	27	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
124	2023-10-17T11:27:00+03:00	1697531220	2023-10-17	jarvenpaa-library	walk-in	f	client	no-other-known	t	30-64	social	7	\N	\N	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
125	2023-10-17T11:29:00+03:00	1697531340	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	41	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
126	2023-10-17T11:30:00+03:00	1697531400	2023-10-17	tuusula-hyryla-health-station	phone	t	relative	referred-here	t	30-64	social	14	\N	nFBxnZ9x7dKr0kat-V2WWnLwXZkheb3XmvxJyOrBUM_	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
127	2023-10-17T11:31:00+03:00	1697531460	2023-10-17	kerava-service-centre	walk-in	t	relative	no-other-known	t	unknown	both	9	community	J-U8cpLyBGgtHgf_9JSbFaTZJVpQAsejdvKofl0FH_R	3	neuvoja-7	f	2026-12-07T04:11:35Z	\N
128	2023-10-17T11:34:00+03:00	1697531640	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	both	11	\N	t0BAijUP78RF2xOv5D-d5i_bb50BXT5mOPsSOKSxL6y	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
129	2023-10-17T11:44:00+03:00	1697532240	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	40	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
130	2023-10-17T11:46:00+03:00	1697532360	2023-10-17	tuusula-hyryla-health-station	video	t	client	no-other-known	t	30-64	social	33	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
131	2023-10-17T11:51:00+03:00	1697532660	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	7	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
132	2023-10-17T11:57:00+03:00	1697533020	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	41	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
133	2023-10-17T12:10:00+03:00	1697533800	2023-10-17	kerava-service-centre	walk-in	t	client	digital-barrier	f	30-64	both	38	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
134	2023-10-17T12:16:00+03:00	1697534160	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	unknown	both	40	\N	QwEtKiErjHqfOrEAFANR3-vBmJfI5sRw7LlXBpno3ZG	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
135	2023-10-17T12:23:00+03:00	1697534580	2023-10-17	kerava-service-centre	video	t	client	\N	t	unknown	social	26	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
136	2023-10-17T12:26:00+03:00	1697534760	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	unknown	social	36	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
137	2023-10-17T12:29:00+03:00	1697534940	2023-10-17	tuusula-hyryla-health-station	outreach	f	relative	referred-here	f	30-64	social	17	\N	\N	1	neuvoja-4	f	2026-12-07T04:11:35Z	\N
138	2023-10-17T12:30:00+03:00	1697535000	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	18-29	both	30	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
139	2023-10-17T12:33:00+03:00	1697535180	2023-10-17	kerava-service-centre	e-service	t	relative	referred-here	t	18-29	both	9	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
140	2023-10-17T12:52:00+03:00	1697536320	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	both	\N	\N	_QOcrzUp-JzuvQ3LZUG92CvXwjBCSfjeNGqT0KyC1dN	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
141	2023-10-17T12:54:00+03:00	1697536440	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	health	\N	community	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
143	2023-10-17T13:03:00+03:00	1697536980	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	35	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
144	2023-10-17T13:11:00+03:00	1697537460	2023-10-17	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	social	34	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
145	2023-10-17T13:13:00+03:00	1697537580	2023-10-17	jarvenpaa-library	walk-in	f	client	digital-barrier	f	65-74	health	9	\N	\N	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
146	2023-10-17T13:26:00+03:00	1697538360	2023-10-17	kerava-service-centre	e-service	t	client	digital-barrier	t	75+	both	\N	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
147	2023-10-17T13:27:00+03:00	1697538420	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	health	35	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
148	2023-10-17T13:29:00+03:00	1697538540	2023-10-17	tuusula-hyryla-health-station	phone	t	client	other	f	18-29	both	23	\N	xCxouKSHsUeC16rX2ts4_9bwqrUcyG6Er4M0iPegtEa	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
149	2023-10-17T13:31:00+03:00	1697538660	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	\N	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
150	2023-10-17T13:34:00+03:00	1697538840	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	both	40	\N	dD1GKgExTUVUShVonrtYkby3AI9qhTexFCR0buJI5cW	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
151	2023-10-17T13:37:00+03:00	1697539020	2023-10-17	kerava-service-centre	walk-in	t	client	no-other-known	t	75+	both	43	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
152	2023-10-17T13:39:00+03:00	1697539140	2023-10-17	kerava-service-centre	chat	f	client	\N	f	30-64	both	27	self-care	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
153	2023-10-17T13:43:00+03:00	1697539380	2023-10-17	kerava-service-centre	phone	t	client	referred-here	f	65-74	social	4	\N	zEXi2igwoWEGkicU52-dJgLvRD77SYkxgBj5DoOrYAX	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
155	2023-10-17T13:47:00+03:00	1697539620	2023-10-17	kerava-service-centre	walk-in	t	client	nearby	f	75+	both	32	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
156	2023-10-17T13:50:00+03:00	1697539800	2023-10-17	kerava-service-centre	phone	f	relative	\N	t	65-74	both	24	\N	\N	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
157	2023-10-17T14:02:00+03:00	1697540520	2023-10-17	jarvenpaa-library	e-service	t	client	referred-here	f	65-74	both	15	network	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
158	2023-10-17T14:15:00+03:00	1697541300	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	\N	\N	QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
160	2023-10-17T14:32:00+03:00	1697542320	2023-10-17	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	health	12	\N	GZ4S2spZU_12axDs7uMFGDiPm3Gxhu0OcupVxHmLzhq	4	neuvoja-3	f	2026-12-07T04:11:35Z	\N
161	2023-10-17T14:39:00+03:00	1697542740	2023-10-17	jarvenpaa-library	walk-in	f	client	nearby	t	18-29	social	29	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
162	2023-10-17T14:50:00+03:00	1697543400	2023-10-17	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	health	39	\N	LF03ijip_fbBZFH-zU1CG2PD55qXAKoD1ZQv8i0yYvk	1	neuvoja-4	f	2026-12-07T04:11:35Z	\N
163	2023-10-17T14:54:00+03:00	1697543640	2023-10-17	kerava-service-centre	walk-in	t	client	referred-here	t	65-74	both	\N	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
164	2023-10-17T14:54:00+03:00	1697543640	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	social	32	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
165	2023-10-17T14:58:00+03:00	1697543880	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	31	\N	qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
166	2023-10-18T09:01:00+03:00	1697608860	2023-10-18	kerava-service-centre	chat	t	client	other	f	30-64	social	15	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
167	2023-10-18T09:06:00+03:00	1697609160	2023-10-18	jarvenpaa-library	outreach	f	client	face-to-face	t	18-29	social	18	\N	TCvnInGR3PJsMWAKEE6L0CKPuroymhhaJHAkv5YnwUP	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
168	2023-10-18T09:11:00+03:00	1697609460	2023-10-18	kerava-service-centre	walk-in	f	client	other	t	30-64	social	\N	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
169	2023-10-18T09:12:00+03:00	1697609520	2023-10-18	jarvenpaa-library	walk-in	t	client	digital-barrier	f	18-29	social	24	\N	LLB_lFZyoP4QubOaQruCjDmh5c0Wp0aCnYzFhAGZTVY	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
170	2023-10-18T09:20:00+03:00	1697610000	2023-10-18	tuusula-hyryla-health-station	outreach	t	client	\N	f	75+	health	43	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
171	2023-10-18T09:22:00+03:00	1697610120	2023-10-18	kerava-service-centre	chat	t	client	\N	f	0-17	both	5	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
172	2023-10-18T09:54:00+03:00	1697612040	2023-10-18	kerava-service-centre	walk-in	f	relative	no-other-known	f	75+	health	9	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
173	2023-10-18T09:58:00+03:00	1697612280	2023-10-18	tuusula-hyryla-health-station	phone	t	client	\N	f	30-64	both	18	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
174	2023-10-18T09:58:00+03:00	1697612280	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	\N	\N	jk7mT2RW6aPFHiBErgdRGtmoIzgXpuQaHCP42UaEQ-8	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
175	2023-10-18T10:17:00+03:00	1697613420	2023-10-18	jarvenpaa-library	walk-in	f	client	face-to-face	f	unknown	both	24	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
176	2023-10-18T10:18:00+03:00	1697613480	2023-10-18	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	65-74	both	44	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
177	2023-10-18T10:35:00+03:00	1697614500	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	21	network	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
178	2023-10-18T10:37:00+03:00	1697614620	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	social	45	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
181	2023-10-18T10:58:00+03:00	1697615880	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	0-17	health	12	\N	pNzCOLN_0m0Otbwq1T6HqxV8NyQbWHKZiTE3tJWf1TO	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
182	2023-10-18T11:05:00+03:00	1697616300	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	33	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
183	2023-10-18T11:07:00+03:00	1697616420	2023-10-18	jarvenpaa-library	walk-in	f	relative	face-to-face	t	30-64	both	16	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
184	2023-10-18T11:08:00+03:00	1697616480	2023-10-18	jarvenpaa-library	walk-in	t	client	no-other-known	f	75+	health	6	network	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
185	2023-10-18T11:08:00+03:00	1697616480	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	65-74	both	37	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
186	2023-10-18T11:11:00+03:00	1697616660	2023-10-18	tuusula-hyryla-health-station	outreach	f	client	no-other-known	f	unknown	social	50	\N	RIBwkjezfgxACp8e8OCQp96ArP-3ife5n17cGQr6Xvm	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
187	2023-10-18T11:26:00+03:00	1697617560	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	both	18	\N	jzKPA6aKAHHiJU6pLMmjZH3jNQl2ZdG7FFu0YX2qukd	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
188	2023-10-18T11:27:00+03:00	1697617620	2023-10-18	kerava-service-centre	walk-in	f	client	no-other-known	t	75+	both	42	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
189	2023-10-18T11:28:00+03:00	1697617680	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	18-29	social	34	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
190	2023-10-18T11:29:00+03:00	1697617740	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	17	\N	RlKzljr75nCE9ggyCvFfeBXcZC-cXUAzArYOstURLjX	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
191	2023-10-18T11:29:00+03:00	1697617740	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	30-64	health	25	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
192	2023-10-18T11:31:00+03:00	1697617860	2023-10-18	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	t	75+	both	36	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
193	2023-10-18T11:36:00+03:00	1697618160	2023-10-18	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	social	39	\N	URSSuLWw6UgiQVXTEozMLDIHib5BQZjPjCnuc5of5FI	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
194	2023-10-18T11:37:00+03:00	1697618220	2023-10-18	tuusula-hyryla-health-station	outreach	t	client	digital-barrier	f	65-74	both	40	network	0HIUijumfbP7VLxZ1Re0H-89pWK6aLvkqL9wG62qQmr	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
195	2023-10-18T11:37:00+03:00	1697618220	2023-10-18	kerava-service-centre	walk-in	f	client	other	f	30-64	social	\N	\N	XJIQDCKa06Ee-ImCJLk0K9evyq0CzJ7tPlGB_tRSd2d	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
196	2023-10-18T11:41:00+03:00	1697618460	2023-10-18	kerava-service-centre	walk-in	t	client	nearby	t	18-29	both	42	\N	42rtiS9-UxfUE99M9tqmuhLj-SaN8GNpVQm0JIQ1ZqY	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
197	2023-10-18T11:42:00+03:00	1697618520	2023-10-18	kerava-service-centre	walk-in	f	relative	face-to-face	f	65-74	health	35	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
198	2023-10-18T11:44:00+03:00	1697618640	2023-10-18	kerava-service-centre	walk-in	t	relative	face-to-face	t	75+	both	9	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
199	2023-10-18T11:48:00+03:00	1697618880	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	30-64	both	39	\N	cp_3sS-ObYNNxX7LpQeyFBbV0Z5WkImaaIXOJHA3ovL	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
200	2023-10-18T12:00:00+03:00	1697619600	2023-10-18	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	both	37	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
201	2023-10-18T12:03:00+03:00	1697619780	2023-10-18	tuusula-hyryla-health-station	e-service	t	relative	no-other-known	t	30-64	both	15	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
202	2023-10-18T12:21:00+03:00	1697620860	2023-10-18	kerava-service-centre	outreach	f	client	referred-here	f	unknown	health	19	community	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
203	2023-10-18T12:40:00+03:00	1697622000	2023-10-18	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	social	33	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
204	2023-10-18T12:56:00+03:00	1697622960	2023-10-18	jarvenpaa-library	e-service	f	client	other	t	65-74	both	19	collaboration	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
205	2023-10-18T12:58:00+03:00	1697623080	2023-10-18	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	both	23	\N	GToZ48eb-5EF47KxW0x1K1SKizJvTDW3nElalAEmv53	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
206	2023-10-18T13:10:00+03:00	1697623800	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	health	31	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
207	2023-10-18T13:16:00+03:00	1697624160	2023-10-18	kerava-service-centre	walk-in	t	client	nearby	f	30-64	health	36	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
208	2023-10-18T13:23:00+03:00	1697624580	2023-10-18	tuusula-hyryla-health-station	walk-in	f	relative	other	t	75+	health	41	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
209	2023-10-18T13:23:00+03:00	1697624580	2023-10-18	kerava-service-centre	walk-in	t	client	digital-barrier	t	18-29	health	43	\N	AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
210	2023-10-18T13:25:00+03:00	1697624700	2023-10-18	kerava-service-centre	e-service	t	client	no-other-known	t	30-64	social	9	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
211	2023-10-18T13:27:00+03:00	1697624820	2023-10-18	jarvenpaa-library	phone	t	relative	other	t	65-74	both	22	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
212	2023-10-18T13:30:00+03:00	1697625000	2023-10-18	kerava-service-centre	walk-in	t	relative	digital-barrier	f	75+	social	6	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
213	2023-10-18T13:38:00+03:00	1697625480	2023-10-18	jarvenpaa-library	walk-in	f	relative	face-to-face	t	75+	both	7	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
214	2023-10-18T13:41:00+03:00	1697625660	2023-10-18	kerava-service-centre	walk-in	f	client	face-to-face	f	65-74	health	\N	\N	35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
215	2023-10-18T13:45:00+03:00	1697625900	2023-10-18	kerava-service-centre	walk-in	t	client	face-to-face	f	75+	both	31	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
216	2023-10-18T13:58:00+03:00	1697626680	2023-10-18	tuusula-hyryla-health-station	phone	f	relative	no-other-known	f	75+	both	25	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
217	2023-10-18T14:04:00+03:00	1697627040	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	28	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
218	2023-10-18T14:05:00+03:00	1697627100	2023-10-18	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	both	28	\N	-tCIKf84jvTXW-Gg_b4hofxrpMYqxpaIp0A--i3ybYU	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
219	2023-10-18T14:14:00+03:00	1697627640	2023-10-18	tuusula-hyryla-health-station	e-service	f	client	\N	f	30-64	both	17	\N	2bA6IQKW8IUlHO_MRbUaAvQpp5ZK9-R2VsS1NbOWh-V	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
220	2023-10-18T14:17:00+03:00	1697627820	2023-10-18	kerava-service-centre	walk-in	f	client	nearby	f	30-64	social	20	\N	VCH8VstNIPF7u-V15KlX99nwxXrkj1n04gU-2rRw2G9	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
221	2023-10-18T14:37:00+03:00	1697629020	2023-10-18	kerava-service-centre	walk-in	f	client	nearby	t	30-64	both	42	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
222	2023-10-18T14:45:00+03:00	1697629500	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	face-to-face	f	75+	health	5	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
223	2023-10-18T14:49:00+03:00	1697629740	2023-10-18	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	social	17	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
224	2023-10-18T14:53:00+03:00	1697629980	2023-10-18	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	both	38	\N	iz_1f3Y1rf09rCfP7jmIw4QLcFIqXaTU_PZNUrPqO-f	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
225	2023-10-18T14:56:00+03:00	1697630160	2023-10-18	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	unknown	social	29	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
226	2023-10-19T09:13:00+03:00	1697695980	2023-10-19	kerava-service-centre	outreach	t	client	other	f	30-64	health	50	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
227	2023-10-19T09:24:00+03:00	1697696640	2023-10-19	kerava-service-centre	walk-in	f	relative	referred-here	f	30-64	social	7	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
229	2023-10-19T09:37:00+03:00	1697697420	2023-10-19	jarvenpaa-library	walk-in	f	client	event	f	75+	social	5	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
230	2023-10-19T09:46:00+03:00	1697697960	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	75+	both	7	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
231	2023-10-19T09:58:00+03:00	1697698680	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	75+	both	34	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
232	2023-10-19T10:06:00+03:00	1697699160	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	6	\N	hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
233	2023-10-19T10:10:00+03:00	1697699400	2023-10-19	kerava-service-centre	walk-in	f	client	nearby	f	65-74	social	42	network	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
234	2023-10-19T10:16:00+03:00	1697699760	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	both	23	\N	eC6shIwGQogKPh0lMvjXlHt0MJCUeWeRPLkRyKHrzW6	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
235	2023-10-19T10:17:00+03:00	1697699820	2023-10-19	tuusula-hyryla-health-station	e-service	t	client	\N	f	30-64	both	16	\N	fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
236	2023-10-19T10:25:00+03:00	1697700300	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	65-74	health	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
237	2023-10-19T10:35:00+03:00	1697700900	2023-10-19	kerava-service-centre	walk-in	t	client	face-to-face	t	18-29	social	40	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
238	2023-10-19T10:36:00+03:00	1697700960	2023-10-19	kerava-service-centre	chat	f	client	\N	f	65-74	health	21	\N	S_Arkr9A2OPofLb2af_67ofhPDZ8mww1u52SNzyD9sv	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
239	2023-10-19T10:38:00+03:00	1697701080	2023-10-19	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	14	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
240	2023-10-19T10:41:00+03:00	1697701260	2023-10-19	kerava-service-centre	walk-in	t	client	face-to-face	t	18-29	social	12	collaboration	ZGnCiJcKft4wYFx_wl3Yw0MIjs0ENXFqOOlEfOZbNPy	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
241	2023-10-19T10:53:00+03:00	1697701980	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	18-29	health	38	\N	\N	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
242	2023-10-19T10:54:00+03:00	1697702040	2023-10-19	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	f	75+	both	9	self-care	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
244	2023-10-19T10:58:00+03:00	1697702280	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	t	75+	both	\N	\N	YiACRNC9dpAv5a8d6D-IxECUnAXKnOHvAlnPaGHL0pM	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
245	2023-10-19T11:02:00+03:00	1697702520	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	social	\N	\N	eK5XqvSAtstvY6_MobR5D-gz2CZd2gRqbV2t6aCKl-4	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
246	2023-10-19T11:10:00+03:00	1697703000	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	65-74	social	22	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
247	2023-10-19T11:18:00+03:00	1697703480	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	referred-here	t	65-74	both	11	\N	hE0SoWfto43tAK_QilE6-l0J63cJAbhNf7l0IAq-c6i	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
248	2023-10-19T11:19:00+03:00	1697703540	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	t	30-64	both	5	\N	YPi8Emluq8caa7bJfoQohxR1qe2vMsWl3vTjoJgUUAt	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
249	2023-10-19T11:28:00+03:00	1697704080	2023-10-19	kerava-service-centre	walk-in	t	client	nearby	f	30-64	social	37	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
250	2023-10-19T11:34:00+03:00	1697704440	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	f	30-64	both	21	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
251	2023-10-19T11:52:00+03:00	1697705520	2023-10-19	jarvenpaa-library	outreach	t	client	no-other-known	f	18-29	both	38	\N	\N	4	neuvoja-3	f	2026-12-07T04:11:35Z	\N
252	2023-10-19T11:53:00+03:00	1697705580	2023-10-19	kerava-service-centre	walk-in	t	client	referred-here	t	0-17	both	\N	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
253	2023-10-19T11:54:00+03:00	1697705640	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	f	65-74	social	39	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
254	2023-10-19T11:59:00+03:00	1697705940	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	social	7	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
255	2023-10-19T12:11:00+03:00	1697706660	2023-10-19	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	\N	network	3wVu2QfpHCJ1KMy3Yf3DQ9tEpolCheZfE9Rx0i09sWP	2	neuvoja-3	f	2026-12-07T04:11:35Z	\N
256	2023-10-19T12:11:00+03:00	1697706660	2023-10-19	kerava-service-centre	walk-in	t	client	other	t	65-74	health	26	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
257	2023-10-19T12:22:00+03:00	1697707320	2023-10-19	jarvenpaa-library	walk-in	t	client	face-to-face	t	unknown	both	42	\N	\N	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
258	2023-10-19T12:35:00+03:00	1697708100	2023-10-19	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	both	44	\N	TmQewB2qdyVFk0z0j_kxPU0XQcHd_I3mTOGU8NnJLuF	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
259	2023-10-19T12:37:00+03:00	1697708220	2023-10-19	jarvenpaa-library	walk-in	t	client	event	t	30-64	social	37	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
260	2023-10-19T12:40:00+03:00	1697708400	2023-10-19	tuusula-hyryla-health-station	phone	t	client	other	f	30-64	social	\N	\N	CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
261	2023-10-19T12:44:00+03:00	1697708640	2023-10-19	jarvenpaa-library	phone	f	relative	no-other-known	f	18-29	social	23	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
262	2023-10-19T12:45:00+03:00	1697708700	2023-10-19	jarvenpaa-library	walk-in	f	client	other	t	30-64	both	8	\N	oak_wQpOmcUQSbZr72zduR5gykELl6h-wXkq-kIyxNa	1	neuvoja-1	f	2026-12-07T04:11:35Z	\N
263	2023-10-19T12:48:00+03:00	1697708880	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	35	collaboration	hF5qijQiEOflvptfO19gb-QSO-WwKrKTK12qn0Mylus	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
264	2023-10-19T12:56:00+03:00	1697709360	2023-10-19	tuusula-hyryla-health-station	phone	t	relative	\N	t	65-74	health	6	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
265	2023-10-19T12:57:00+03:00	1697709420	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	65-74	both	44	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
266	2023-10-19T13:01:00+03:00	1697709660	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	unknown	social	15	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
267	2023-10-19T13:11:00+03:00	1697710260	2023-10-19	jarvenpaa-library	walk-in	t	client	event	t	30-64	both	5	\N	\N	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
268	2023-10-19T13:18:00+03:00	1697710680	2023-10-19	kerava-service-centre	phone	t	relative	other	f	18-29	health	21	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
269	2023-10-19T13:29:00+03:00	1697711340	2023-10-19	kerava-service-centre	walk-in	f	client	no-other-known	f	18-29	both	\N	\N	hFgOBRW_C2BlJWfXTVlsJx2588i6cC5jZz7hzetgOFE	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
270	2023-10-19T13:53:00+03:00	1697712780	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	both	19	community	ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
271	2023-10-19T13:54:00+03:00	1697712840	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	75+	both	23	network	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
272	2023-10-19T13:57:00+03:00	1697713020	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	21	\N	kkUl6NPjGM1Om3P1dZWR3Eh6mCzuio7nqqWCOsxLiP8	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
273	2023-10-19T13:59:00+03:00	1697713140	2023-10-19	jarvenpaa-library	walk-in	f	client	referred-here	f	65-74	both	12	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
274	2023-10-19T14:02:00+03:00	1697713320	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	other	t	75+	health	15	\N	Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
275	2023-10-19T14:07:00+03:00	1697713620	2023-10-19	jarvenpaa-library	walk-in	t	client	nearby	t	65-74	both	9	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
277	2023-10-19T14:34:00+03:00	1697715240	2023-10-19	tuusula-hyryla-health-station	video	f	client	other	t	18-29	both	\N	\N	\N	1	neuvoja-5	f	2026-12-07T04:11:35Z	\N
278	2023-10-19T14:35:00+03:00	1697715300	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	health	11	\N	o6Ew83SE-naEPJKlksritKffn8QvVmHFbiqMte5r0t-	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
279	2023-10-19T14:36:00+03:00	1697715360	2023-10-19	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	30-64	social	\N	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
280	2023-10-19T14:49:00+03:00	1697716140	2023-10-19	jarvenpaa-library	walk-in	f	client	nearby	t	unknown	health	16	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
281	2023-10-19T14:57:00+03:00	1697716620	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	both	31	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
282	2023-10-19T14:58:00+03:00	1697716680	2023-10-19	jarvenpaa-library	walk-in	t	client	digital-barrier	f	65-74	health	33	\N	96Pg9svNr9c3Adx976j75Ki3u-7C-HlazarWTjwPoWR	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
283	2023-10-20T09:02:00+03:00	1697781720	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	f	65-74	both	\N	\N	\N	2	neuvoja-8	f	2026-12-07T04:11:35Z	\N
284	2023-10-20T09:15:00+03:00	1697782500	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	both	32	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
285	2023-10-20T09:17:00+03:00	1697782620	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	75+	both	25	\N	JGistmD4G6vzfQ4mugH4iUUhRHmZnv9aUh1I7R-G4Jw	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
286	2023-10-20T09:23:00+03:00	1697782980	2023-10-20	jarvenpaa-library	e-service	f	client	\N	t	0-17	health	7	\N	x6iLO4aQnFbF2Dg1AHfDTQsNmNneV6i2cwn8QK_3l8Z	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
287	2023-10-20T09:32:00+03:00	1697783520	2023-10-20	jarvenpaa-library	walk-in	f	client	no-other-known	t	30-64	health	21	\N	\N	3	neuvoja-2	f	2026-12-07T04:11:35Z	\N
288	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	jarvenpaa-library	phone	f	relative	referred-here	f	65-74	both	4	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
289	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	kerava-service-centre	walk-in	t	client	other	t	unknown	social	16	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
290	2023-10-20T09:40:00+03:00	1697784000	2023-10-20	kerava-service-centre	phone	t	client	\N	t	0-17	health	23	\N	kSwis6RVAGQdx-IYyPJSlIGSsITQQMOZD3xwXEVQA-P	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
291	2023-10-20T09:43:00+03:00	1697784180	2023-10-20	jarvenpaa-library	walk-in	t	client	no-other-known	f	65-74	both	29	\N	\N	2	neuvoja-2	f	2026-12-07T04:11:35Z	\N
292	2023-10-20T09:46:00+03:00	1697784360	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	health	11	\N	ZrlZMsImT91tDMjh3L_c1eEmGlVQvphXu4Y4sb5NaDf	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
293	2023-10-20T09:53:00+03:00	1697784780	2023-10-20	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	35	\N	DrfqZzB80uEVGXfB8dF9ovFE0c6_XiKmvB9aPpedVi9	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
294	2023-10-20T10:02:00+03:00	1697785320	2023-10-20	jarvenpaa-library	phone	f	client	face-to-face	f	30-64	social	24	\N	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
295	2023-10-20T10:14:00+03:00	1697786040	2023-10-20	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	both	17	\N	nwRN07IkBYhXzhQyLlRnHXyg6AZMjBdKU8XF58-egdF	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
296	2023-10-20T10:15:00+03:00	1697786100	2023-10-20	jarvenpaa-library	walk-in	t	client	digital-barrier	f	65-74	both	24	network	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
297	2023-10-20T10:15:00+03:00	1697786100	2023-10-20	kerava-service-centre	walk-in	t	professional	other	t	18-29	both	24	\N	\N	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
298	2023-10-20T10:16:00+03:00	1697786160	2023-10-20	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	42	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
299	2023-10-20T10:45:00+03:00	1697787900	2023-10-20	tuusula-hyryla-health-station	outreach	t	client	other	f	30-64	both	40	network	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
300	2023-10-20T10:48:00+03:00	1697788080	2023-10-20	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	8	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
301	2023-10-20T10:58:00+03:00	1697788680	2023-10-20	jarvenpaa-library	walk-in	f	client	face-to-face	f	65-74	health	40	\N	\N	3	neuvoja-1	f	2026-12-07T04:11:35Z	\N
302	2023-10-20T11:22:00+03:00	1697790120	2023-10-20	kerava-service-centre	phone	f	client	\N	t	65-74	both	17	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
303	2023-10-20T11:49:00+03:00	1697791740	2023-10-20	kerava-service-centre	walk-in	t	client	face-to-face	t	30-64	both	42	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
304	2023-10-20T11:55:00+03:00	1697792100	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	0-17	health	29	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
305	2023-10-20T12:16:00+03:00	1697793360	2023-10-20	tuusula-hyryla-health-station	outreach	t	client	\N	f	75+	health	52	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
306	2023-10-20T12:21:00+03:00	1697793660	2023-10-20	tuusula-hyryla-health-station	video	t	client	face-to-face	t	75+	both	35	\N	4FMQvgPr0km1bCSXs4yscTq82LpMYR1om5763GptQWK	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
307	2023-10-20T12:24:00+03:00	1697793840	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	both	6	self-care	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
308	2023-10-20T12:52:00+03:00	1697795520	2023-10-20	kerava-service-centre	phone	t	client	\N	f	30-64	both	6	\N	Jvr02tQVYD6gpdAS8WrWX2U6mCVcnH7VzKqpfD1CRET	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
309	2023-10-20T12:53:00+03:00	1697795580	2023-10-20	jarvenpaa-library	walk-in	t	client	digital-barrier	f	30-64	social	20	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
310	2023-10-20T13:10:00+03:00	1697796600	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	30-64	both	23	community	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
311	2023-10-20T13:28:00+03:00	1697797680	2023-10-20	kerava-service-centre	walk-in	f	client	referred-here	f	65-74	health	17	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
312	2023-10-20T13:38:00+03:00	1697798280	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	health	41	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
313	2023-10-20T13:45:00+03:00	1697798700	2023-10-20	kerava-service-centre	e-service	f	client	\N	t	30-64	both	13	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
314	2023-10-20T13:47:00+03:00	1697798820	2023-10-20	kerava-service-centre	phone	t	client	\N	f	30-64	both	20	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
315	2023-10-20T13:55:00+03:00	1697799300	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	health	21	\N	tQeqvUOVyFngU5O0-h_3aeeEsq6WJQEpSCeLBSMlsnQ	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
316	2023-10-20T13:56:00+03:00	1697799360	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	referred-here	t	30-64	both	41	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
317	2023-10-20T13:58:00+03:00	1697799480	2023-10-20	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	both	22	\N	KwoCvZo1QTs5n9rxj0yVjAlaqh8JYzdX6CaBjLX6s-0	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
318	2023-10-20T14:04:00+03:00	1697799840	2023-10-20	tuusula-hyryla-health-station	e-service	t	client	other	t	30-64	social	8	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
319	2023-10-20T14:11:00+03:00	1697800260	2023-10-20	jarvenpaa-library	e-service	t	client	digital-barrier	t	30-64	both	11	\N	\N	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
320	2023-10-20T14:35:00+03:00	1697801700	2023-10-20	tuusula-hyryla-health-station	video	t	client	digital-barrier	t	unknown	health	31	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
321	2023-10-20T14:50:00+03:00	1697802600	2023-10-20	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	35	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
322	2023-10-20T14:54:00+03:00	1697802840	2023-10-20	jarvenpaa-library	walk-in	f	client	digital-barrier	t	30-64	both	14	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
323	2023-10-23T09:00:00+03:00	1698040800	2023-10-23	kerava-service-centre	phone	t	professional	\N	f	30-64	both	9	self-care	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
324	2023-10-23T09:05:00+03:00	1698041100	2023-10-23	kerava-service-centre	walk-in	f	client	no-other-known	t	18-29	both	29	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
325	2023-10-23T09:06:00+03:00	1698041160	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	social	22	\N	n5NLlKe-s4I3rq29lkpJEUJ1emGdXuznHy6WsUbmjpb	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
326	2023-10-23T09:15:00+03:00	1698041700	2023-10-23	tuusula-hyryla-health-station	walk-in	f	relative	nearby	f	30-64	health	26	\N	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
327	2023-10-23T09:17:00+03:00	1698041820	2023-10-23	jarvenpaa-library	walk-in	t	professional	face-to-face	t	30-64	social	33	\N	RnL7EB_IsCxwjdap8-s3cvfjMWyRzLQaeYn9Z2gbc5p	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
328	2023-10-23T09:17:00+03:00	1698041820	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	29	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
329	2023-10-23T09:22:00+03:00	1698042120	2023-10-23	kerava-service-centre	phone	f	relative	referred-here	t	65-74	health	19	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
330	2023-10-23T09:31:00+03:00	1698042660	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	30-64	social	9	\N	4kJ7H-L0ocoNHm7ofIrBANDuHzHEc0_XY2UhoZWnyEv	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
331	2023-10-23T09:35:00+03:00	1698042900	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	unknown	health	28	\N	E0x4T_xE3p9938Jd3-hv1xx3W0X7Iq78CoQbBE0xJ_v	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
332	2023-10-23T09:35:00+03:00	1698042900	2023-10-23	kerava-service-centre	walk-in	f	client	digital-barrier	t	30-64	both	\N	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
333	2023-10-23T09:38:00+03:00	1698043080	2023-10-23	kerava-service-centre	phone	t	client	\N	t	unknown	health	25	\N	fBRkjwviqAr7ATVgO1Lj2s8_ihGhZbDQqnOtDRH023u	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
334	2023-10-23T09:44:00+03:00	1698043440	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	f	65-74	health	29	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
335	2023-10-23T09:45:00+03:00	1698043500	2023-10-23	jarvenpaa-library	video	t	relative	\N	f	75+	both	38	\N	5mawdy7Tj-OsKGv5Fmen9AKOQIjZEyGCOtqrNVeY9CH	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
336	2023-10-23T09:49:00+03:00	1698043740	2023-10-23	kerava-service-centre	phone	t	relative	\N	t	30-64	social	4	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
337	2023-10-23T09:50:00+03:00	1698043800	2023-10-23	tuusula-hyryla-health-station	phone	f	relative	no-other-known	f	18-29	social	16	\N	9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
338	2023-10-23T10:00:00+03:00	1698044400	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	both	38	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
340	2023-10-23T10:03:00+03:00	1698044580	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	30-64	social	23	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
341	2023-10-23T10:03:00+03:00	1698044580	2023-10-23	tuusula-hyryla-health-station	outreach	f	client	no-other-known	t	75+	both	57	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
342	2023-10-23T10:04:00+03:00	1698044640	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	health	22	\N	5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
343	2023-10-23T10:05:00+03:00	1698044700	2023-10-23	jarvenpaa-library	walk-in	t	relative	nearby	t	18-29	both	25	\N	\N	1	neuvoja-3	f	2026-12-07T04:11:35Z	\N
344	2023-10-23T10:05:00+03:00	1698044700	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	18-29	social	22	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
345	2023-10-23T10:06:00+03:00	1698044760	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	social	25	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
346	2023-10-23T10:06:00+03:00	1698044760	2023-10-23	kerava-service-centre	walk-in	f	client	other	t	65-74	both	11	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
347	2023-10-23T10:10:00+03:00	1698045000	2023-10-23	jarvenpaa-library	walk-in	f	client	face-to-face	f	30-64	social	22	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
348	2023-10-23T10:11:00+03:00	1698045060	2023-10-23	kerava-service-centre	outreach	t	relative	face-to-face	f	65-74	health	26	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
349	2023-10-23T10:12:00+03:00	1698045120	2023-10-23	tuusula-hyryla-health-station	phone	f	client	digital-barrier	f	30-64	both	8	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
350	2023-10-23T10:15:00+03:00	1698045300	2023-10-23	tuusula-hyryla-health-station	phone	t	relative	\N	f	75+	health	\N	\N	\N	3	neuvoja-6	f	2026-12-07T04:11:35Z	\N
351	2023-10-23T10:16:00+03:00	1698045360	2023-10-23	tuusula-hyryla-health-station	outreach	f	client	no-other-known	f	unknown	social	32	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
352	2023-10-23T10:20:00+03:00	1698045600	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	27	\N	bvCNV2DN_aTO_83rt691IYWpLvPpMtTOHeAChrrG6yI	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
353	2023-10-23T10:22:00+03:00	1698045720	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	30-64	social	29	self-care	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
354	2023-10-23T10:30:00+03:00	1698046200	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	other	t	65-74	social	13	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
355	2023-10-23T10:33:00+03:00	1698046380	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	both	29	collaboration	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
356	2023-10-23T10:43:00+03:00	1698046980	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	both	24	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
357	2023-10-23T10:47:00+03:00	1698047220	2023-10-23	kerava-service-centre	e-service	t	client	other	t	65-74	health	18	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
358	2023-10-23T10:47:00+03:00	1698047220	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	65-74	both	12	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
359	2023-10-23T10:49:00+03:00	1698047340	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	20	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
360	2023-10-23T10:50:00+03:00	1698047400	2023-10-23	tuusula-hyryla-health-station	phone	t	professional	no-other-known	f	75+	both	8	\N	3bqm1tSLxYGz86xZK1-CKtIbJ61ZmjId_-qib0cPjc1	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
361	2023-10-23T10:51:00+03:00	1698047460	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	41	\N	FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
362	2023-10-23T10:51:00+03:00	1698047460	2023-10-23	kerava-service-centre	chat	t	client	\N	f	75+	both	11	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
363	2023-10-23T10:53:00+03:00	1698047580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	t	65-74	both	30	network	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
364	2023-10-23T10:54:00+03:00	1698047640	2023-10-23	tuusula-hyryla-health-station	e-service	t	relative	referred-here	t	75+	health	8	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
365	2023-10-23T10:54:00+03:00	1698047640	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	referred-here	t	30-64	both	29	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
366	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	health	22	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
367	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	both	26	\N	h_pHPdy7gvq17ZcMY7PMIJFlfxW5SLrpaHOoWO52ayU	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
368	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	relative	event	t	30-64	both	15	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
369	2023-10-23T11:06:00+03:00	1698048360	2023-10-23	kerava-service-centre	walk-in	t	professional	digital-barrier	f	75+	both	25	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
370	2023-10-23T11:07:00+03:00	1698048420	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	social	11	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
371	2023-10-23T11:09:00+03:00	1698048540	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	unknown	health	20	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
372	2023-10-23T11:09:00+03:00	1698048540	2023-10-23	kerava-service-centre	walk-in	f	client	referred-here	t	30-64	both	10	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
373	2023-10-23T11:14:00+03:00	1698048840	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	t	65-74	both	17	\N	R8PhNWEhGZfXNsEFJoc17lSjRdHitUu7F1-TUuCB5ab	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
374	2023-10-23T11:15:00+03:00	1698048900	2023-10-23	kerava-service-centre	walk-in	f	client	nearby	t	30-64	social	5	\N	dTssUtXDvDTC0DKX87e03jd0LvHC168gKlejfJJeugh	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
375	2023-10-23T11:24:00+03:00	1698049440	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	event	t	30-64	both	\N	\N	qzxaocEX1GRtuQv3UIGewEXPo2s3lTqp6zjShEI4yRk	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
376	2023-10-23T11:36:00+03:00	1698050160	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
377	2023-10-23T11:37:00+03:00	1698050220	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	f	unknown	health	21	\N	dPlfKR8bAnJl9sPu_adkTZXy4kk4yFSvPRUOHGhnA8X	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
378	2023-10-23T11:41:00+03:00	1698050460	2023-10-23	tuusula-hyryla-health-station	walk-in	t	relative	digital-barrier	t	unknown	health	41	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
379	2023-10-23T11:44:00+03:00	1698050640	2023-10-23	kerava-service-centre	walk-in	t	professional	no-other-known	t	75+	both	5	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
380	2023-10-23T11:50:00+03:00	1698051000	2023-10-23	jarvenpaa-library	video	t	client	other	t	30-64	social	19	network	VrSduikXqme7V7-QubfxyBqXRNVQRi-fML3mfEoVHWn	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
381	2023-10-23T11:51:00+03:00	1698051060	2023-10-23	jarvenpaa-library	walk-in	t	client	nearby	t	65-74	social	28	\N	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
382	2023-10-23T11:55:00+03:00	1698051300	2023-10-23	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	45	\N	CCKPE0bmBhgew3QKqbdpiNMf3cbyZUstB5UWZ8pQ3Pq	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
383	2023-10-23T11:55:00+03:00	1698051300	2023-10-23	kerava-service-centre	walk-in	t	client	nearby	t	75+	both	44	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
384	2023-10-23T11:58:00+03:00	1698051480	2023-10-23	kerava-service-centre	chat	t	client	\N	f	65-74	both	21	\N	\N	1	neuvoja-7	f	2026-12-07T04:11:35Z	\N
385	2023-10-23T12:10:00+03:00	1698052200	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	social	11	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
386	2023-10-23T12:11:00+03:00	1698052260	2023-10-23	jarvenpaa-library	e-service	t	client	no-other-known	t	65-74	social	17	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	3	neuvoja-1	f	2026-12-07T04:11:35Z	\N
387	2023-10-23T12:13:00+03:00	1698052380	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	18	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
388	2023-10-23T12:16:00+03:00	1698052560	2023-10-23	jarvenpaa-library	walk-in	t	client	face-to-face	t	unknown	both	38	collaboration	Ms8V1BQZSFp9XfjwviQr0r6LZ4ROSzmXkMI5P9t4rou	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
389	2023-10-23T12:17:00+03:00	1698052620	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	t	30-64	social	\N	self-care	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
390	2023-10-23T12:27:00+03:00	1698053220	2023-10-23	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	25	community	xEGfJeSkxA7Qu3JXjEpH6XxCWaxQL6NKAwDLT54Y6ET	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
391	2023-10-23T12:30:00+03:00	1698053400	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	health	\N	\N	XxCiVWkSajf6T8otZkY_lBHNOPvHDEhB3CeySWrlK1a	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
392	2023-10-23T12:33:00+03:00	1698053580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	both	41	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
393	2023-10-23T12:44:00+03:00	1698054240	2023-10-23	kerava-service-centre	e-service	t	client	\N	f	65-74	both	15	\N	XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
394	2023-10-23T12:49:00+03:00	1698054540	2023-10-23	tuusula-hyryla-health-station	phone	t	relative	\N	t	30-64	both	\N	\N	VNZl_cfRmrQUnGgJxnipOZBc5NAkzm8yTlNWHhByJqd	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
395	2023-10-23T12:51:00+03:00	1698054660	2023-10-23	kerava-service-centre	walk-in	t	client	nearby	f	75+	social	14	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
396	2023-10-23T12:52:00+03:00	1698054720	2023-10-23	tuusula-hyryla-health-station	e-service	t	client	\N	t	75+	health	19	\N	YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
397	2023-10-23T12:53:00+03:00	1698054780	2023-10-23	kerava-service-centre	walk-in	t	client	digital-barrier	t	30-64	social	14	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
398	2023-10-23T13:00:00+03:00	1698055200	2023-10-23	kerava-service-centre	walk-in	t	client	referred-here	f	65-74	social	26	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
399	2023-10-23T13:08:00+03:00	1698055680	2023-10-23	tuusula-hyryla-health-station	e-service	t	client	digital-barrier	t	18-29	social	8	collaboration	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
400	2023-10-23T13:11:00+03:00	1698055860	2023-10-23	jarvenpaa-library	walk-in	t	client	referred-here	f	18-29	both	45	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
401	2023-10-23T13:14:00+03:00	1698056040	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	26	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
402	2023-10-23T13:21:00+03:00	1698056460	2023-10-23	jarvenpaa-library	walk-in	t	relative	other	t	18-29	both	28	\N	A9MJQovI3cBLwJRiVQ38gYhEdEfXbqYOBmct-HrD3dM	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
403	2023-10-23T13:22:00+03:00	1698056520	2023-10-23	jarvenpaa-library	walk-in	t	professional	nearby	f	65-74	health	5	\N	ZlMSW9Imve5DTFfhRD0Oc-fjTbvOJsPOMg6y9r4m4Gy	3	neuvoja-1	f	2026-12-07T04:11:35Z	\N
404	2023-10-23T13:27:00+03:00	1698056820	2023-10-23	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	health	33	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
405	2023-10-23T13:32:00+03:00	1698057120	2023-10-23	jarvenpaa-library	walk-in	t	client	other	f	65-74	both	36	\N	vpvXTs5VVHOfAzNqHaWaebp7azH_1CVyCZGn6oS6izE	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
406	2023-10-23T13:51:00+03:00	1698058260	2023-10-23	jarvenpaa-library	phone	t	client	digital-barrier	f	30-64	both	12	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
407	2023-10-23T13:54:00+03:00	1698058440	2023-10-23	kerava-service-centre	walk-in	f	client	no-other-known	f	65-74	both	34	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
408	2023-10-23T13:55:00+03:00	1698058500	2023-10-23	jarvenpaa-library	walk-in	t	client	no-other-known	t	18-29	both	42	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
409	2023-10-23T13:57:00+03:00	1698058620	2023-10-23	jarvenpaa-library	outreach	t	client	no-other-known	f	30-64	both	52	\N	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
410	2023-10-23T14:08:00+03:00	1698059280	2023-10-23	jarvenpaa-library	chat	f	client	referred-here	f	30-64	social	18	\N	oKUkySwx_kRTP66QMMEd_NGs3p7bEpDV8784NT6SU8J	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
411	2023-10-23T14:13:00+03:00	1698059580	2023-10-23	kerava-service-centre	walk-in	t	client	no-other-known	f	30-64	social	19	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
412	2023-10-23T14:17:00+03:00	1698059820	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	f	30-64	social	18	\N	\N	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
413	2023-10-23T14:29:00+03:00	1698060540	2023-10-23	jarvenpaa-library	walk-in	t	relative	no-other-known	f	75+	health	17	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
414	2023-10-23T14:31:00+03:00	1698060660	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	both	5	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
415	2023-10-23T14:41:00+03:00	1698061260	2023-10-23	kerava-service-centre	walk-in	t	client	other	t	75+	both	8	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
416	2023-10-23T14:44:00+03:00	1698061440	2023-10-23	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	44	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
417	2023-10-23T14:44:00+03:00	1698061440	2023-10-23	kerava-service-centre	outreach	t	client	no-other-known	f	65-74	both	21	\N	yL8bWC1jXDUchiZbwwc6CqT1azaQioznTW5pze-qd6Q	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
418	2023-10-23T14:47:00+03:00	1698061620	2023-10-23	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	15	\N	B-hWaUHY4LwiJco8njnKrdHC9Vh8o3bBt5aphsyWYJo	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
419	2023-10-24T09:09:00+03:00	1698127740	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	both	5	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
421	2023-10-24T09:16:00+03:00	1698128160	2023-10-24	kerava-service-centre	phone	t	relative	\N	f	30-64	both	6	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	1	neuvoja-7	f	2026-12-07T04:11:35Z	\N
422	2023-10-24T09:34:00+03:00	1698129240	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	both	35	\N	yBSfI3c-TsQWDzv0kKywF_FlKGBmfneJ-8NPaA9qtRO	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
423	2023-10-24T09:39:00+03:00	1698129540	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	social	10	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
424	2023-10-24T09:42:00+03:00	1698129720	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	t	75+	both	23	\N	\N	3	neuvoja-2	f	2026-12-07T04:11:35Z	\N
425	2023-10-24T09:42:00+03:00	1698129720	2023-10-24	kerava-service-centre	walk-in	t	client	digital-barrier	f	18-29	both	9	collaboration	AzPdPMhhZ6OgdGun4f7DoMryJkIfVC2ynjuIbQq5mfT	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
426	2023-10-24T09:53:00+03:00	1698130380	2023-10-24	jarvenpaa-library	walk-in	t	client	other	t	18-29	health	19	\N	7fP5nRB8FEwbzYwBNN_ZK0Tbdqf0Bz-r8gnV3Sv0LOe	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
427	2023-10-24T09:56:00+03:00	1698130560	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	nearby	f	75+	social	16	\N	\N	3	neuvoja-5	f	2026-12-07T04:11:35Z	\N
428	2023-10-24T10:10:00+03:00	1698131400	2023-10-24	tuusula-hyryla-health-station	outreach	t	client	no-other-known	t	30-64	social	28	\N	JKXLKnW2r-k0NJJLwfLrd26-h3nrvIaWtp089uYze8R	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
429	2023-10-24T10:12:00+03:00	1698131520	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	13	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
430	2023-10-24T10:13:00+03:00	1698131580	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	unknown	both	43	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
431	2023-10-24T10:14:00+03:00	1698131640	2023-10-24	kerava-service-centre	walk-in	f	client	face-to-face	t	75+	social	6	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
432	2023-10-24T10:15:00+03:00	1698131700	2023-10-24	jarvenpaa-library	phone	t	relative	other	t	75+	health	\N	\N	\N	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
433	2023-10-24T10:24:00+03:00	1698132240	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	38	\N	\N	2	neuvoja-4	f	2026-12-07T04:11:35Z	\N
434	2023-10-24T10:25:00+03:00	1698132300	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	22	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
435	2023-10-24T10:36:00+03:00	1698132960	2023-10-24	tuusula-hyryla-health-station	chat	t	client	other	f	65-74	health	22	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
436	2023-10-24T10:37:00+03:00	1698133020	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	31	self-care	\N	1	neuvoja-6	f	2026-12-07T04:11:35Z	\N
437	2023-10-24T10:47:00+03:00	1698133620	2023-10-24	kerava-service-centre	phone	t	relative	no-other-known	t	75+	both	16	\N	\N	2	neuvoja-9	f	2026-12-07T04:11:35Z	\N
438	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	jarvenpaa-library	walk-in	t	client	no-other-known	t	65-74	both	28	\N	LSwLGR3QYQ3pYBICB3_-XkFnw0yU2Rg2b8zQ-l-a3BX	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
439	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	jarvenpaa-library	walk-in	t	client	no-other-known	t	65-74	health	42	\N	AEAqnHFVVVkZ8omWmk_pd6HiyhX0Lo4MZ0tmcxNFk8H	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
440	2023-10-24T10:59:00+03:00	1698134340	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	30-64	social	22	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
441	2023-10-24T11:01:00+03:00	1698134460	2023-10-24	jarvenpaa-library	walk-in	t	client	digital-barrier	f	75+	health	22	\N	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
442	2023-10-24T11:08:00+03:00	1698134880	2023-10-24	tuusula-hyryla-health-station	outreach	f	client	\N	f	30-64	both	55	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
443	2023-10-24T11:08:00+03:00	1698134880	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	t	30-64	social	41	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
444	2023-10-24T11:12:00+03:00	1698135120	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	65-74	both	\N	\N	8jVOv8cBg8R4AEr3650soqvhxc8WjmlQvavN5P9ivTE	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
445	2023-10-24T11:18:00+03:00	1698135480	2023-10-24	tuusula-hyryla-health-station	phone	f	relative	\N	f	75+	health	7	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
446	2023-10-24T11:21:00+03:00	1698135660	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	44	\N	D0YMdRGhQgl0_750EIJ6LQeMOloVOHYmjBwh0Tb6n9S	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
447	2023-10-24T11:22:00+03:00	1698135720	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	f	30-64	social	18	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
448	2023-10-24T11:28:00+03:00	1698136080	2023-10-24	tuusula-hyryla-health-station	phone	t	client	\N	f	75+	both	5	\N	ZPzsmcn535C4_34PGWeAT4_FCMjRG7rtBZWkLWFPCBd	1	neuvoja-5	f	2026-12-07T04:11:35Z	\N
449	2023-10-24T11:29:00+03:00	1698136140	2023-10-24	kerava-service-centre	walk-in	t	client	referred-here	f	75+	both	14	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
450	2023-10-24T11:33:00+03:00	1698136380	2023-10-24	kerava-service-centre	walk-in	t	client	no-other-known	t	18-29	social	16	\N	79CzsNDBNsHoCfllcJxBuwZwq71FyzcIxT51QdNrWfC	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
451	2023-10-24T11:37:00+03:00	1698136620	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	f	30-64	social	5	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
452	2023-10-24T11:40:00+03:00	1698136800	2023-10-24	jarvenpaa-library	chat	t	client	digital-barrier	f	30-64	health	16	\N	\N	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
453	2023-10-24T11:41:00+03:00	1698136860	2023-10-24	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	23	\N	\N	3	neuvoja-7	f	2026-12-07T04:11:35Z	\N
454	2023-10-24T11:42:00+03:00	1698136920	2023-10-24	jarvenpaa-library	walk-in	f	client	face-to-face	t	75+	both	19	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
455	2023-10-24T11:56:00+03:00	1698137760	2023-10-24	tuusula-hyryla-health-station	phone	t	relative	\N	f	30-64	social	\N	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
456	2023-10-24T12:05:00+03:00	1698138300	2023-10-24	jarvenpaa-library	phone	t	relative	\N	f	30-64	both	17	\N	\N	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
457	2023-10-24T12:10:00+03:00	1698138600	2023-10-24	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	health	26	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
458	2023-10-24T12:13:00+03:00	1698138780	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	no-other-known	t	unknown	health	\N	\N	VudwXu-K49Gxxrg05czWfRJNJqaVD7C-Eu1kXVd7DHQ	3	neuvoja-5	f	2026-12-07T04:11:35Z	\N
459	2023-10-24T12:19:00+03:00	1698139140	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	f	18-29	social	14	\N	XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
460	2023-10-24T12:21:00+03:00	1698139260	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	18-29	social	20	\N	qOGT33Nt0GZsHY0sX9H3SpXDBdcTyzR5_McGGv59FB0	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
461	2023-10-24T12:21:00+03:00	1698139260	2023-10-24	kerava-service-centre	phone	f	client	\N	f	65-74	health	11	\N	\N	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
462	2023-10-24T12:25:00+03:00	1698139500	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	27	\N	CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
463	2023-10-24T12:26:00+03:00	1698139560	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	no-other-known	t	75+	health	44	\N	nb4dFuYKkXgFmFD3a63tmWyI_hX9AcMXPRkLbpReq3-	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
464	2023-10-24T12:29:00+03:00	1698139740	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	18-29	social	6	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
465	2023-10-24T12:40:00+03:00	1698140400	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	30-64	health	16	\N	Bum_0BgtCdSjgJo4iCwBpq6s3LoaIYonv8wa0c4RWcA	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
466	2023-10-24T12:51:00+03:00	1698141060	2023-10-24	jarvenpaa-library	walk-in	t	client	face-to-face	t	30-64	both	26	\N	\N	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
467	2023-10-24T12:52:00+03:00	1698141120	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	17	\N	Ewe8Oo68skbDzhTahx4jGKylt4e2zF3pQ82g5kl2I52	1	neuvoja-4	f	2026-12-07T04:11:35Z	\N
468	2023-10-24T13:10:00+03:00	1698142200	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	unknown	health	15	\N	LV_wU37aqhRkocuY_GmLBrvXk8eb0rUHUuM1P4yb8lG	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
469	2023-10-24T13:11:00+03:00	1698142260	2023-10-24	jarvenpaa-library	walk-in	t	professional	nearby	t	65-74	both	38	network	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
470	2023-10-24T13:12:00+03:00	1698142320	2023-10-24	jarvenpaa-library	walk-in	f	client	no-other-known	t	75+	both	18	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
471	2023-10-24T13:23:00+03:00	1698142980	2023-10-24	tuusula-hyryla-health-station	walk-in	t	relative	digital-barrier	f	75+	health	36	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
473	2023-10-24T13:31:00+03:00	1698143460	2023-10-24	kerava-service-centre	walk-in	f	client	other	f	unknown	both	10	\N	\N	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
474	2023-10-24T13:38:00+03:00	1698143880	2023-10-24	kerava-service-centre	walk-in	t	relative	face-to-face	f	30-64	both	32	\N	Q_RzhB2-MIgYoG69klNgJMRe2fVDE5LoBuQaVdcgBea	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
475	2023-10-24T13:43:00+03:00	1698144180	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	24	\N	DT84Dof4JYP-LwNbkS-fjRgGQWh5NFkyX8HeWL7QOQn	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
476	2023-10-24T13:47:00+03:00	1698144420	2023-10-24	jarvenpaa-library	walk-in	t	client	referred-here	f	65-74	social	26	\N	xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
477	2023-10-24T13:55:00+03:00	1698144900	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	75+	health	26	self-care	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
478	2023-10-24T14:03:00+03:00	1698145380	2023-10-24	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	35	\N	cEryd3W9FISS7t-3sVVNF3r-aCvVxO3zt2fpAAwZFpD	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
479	2023-10-24T14:09:00+03:00	1698145740	2023-10-24	kerava-service-centre	e-service	f	client	\N	t	30-64	health	18	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
480	2023-10-24T14:18:00+03:00	1698146280	2023-10-24	jarvenpaa-library	walk-in	t	relative	digital-barrier	t	30-64	social	25	collaboration	NguFZDYsLpWAUOpVm7odlpVhZW7FjV8U4M6xWSxz0IW	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
481	2023-10-24T14:21:00+03:00	1698146460	2023-10-24	kerava-service-centre	walk-in	f	client	face-to-face	f	65-74	both	35	\N	tCafX4ddrSt2axLsDFwgIoReKxouVstgEYjzhcDXZ5H	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
482	2023-10-24T14:27:00+03:00	1698146820	2023-10-24	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	\N	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
483	2023-10-24T14:29:00+03:00	1698146940	2023-10-24	jarvenpaa-library	phone	t	client	face-to-face	f	30-64	social	\N	community	\N	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
484	2023-10-24T14:40:00+03:00	1698147600	2023-10-24	tuusula-hyryla-health-station	video	f	client	\N	f	65-74	health	34	\N	9zJhSa8VQh4-1ZovXbIRUSlB3KHIWyyT4ChIAZapo1f	1	neuvoja-4	f	2026-12-07T04:11:35Z	\N
485	2023-10-24T14:47:00+03:00	1698148020	2023-10-24	kerava-service-centre	walk-in	t	client	nearby	t	30-64	both	5	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
486	2023-10-24T14:52:00+03:00	1698148320	2023-10-24	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	social	43	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
487	2023-10-25T09:03:00+03:00	1698213780	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	65-74	health	20	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
488	2023-10-25T09:09:00+03:00	1698214140	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	65-74	both	40	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
489	2023-10-25T09:10:00+03:00	1698214200	2023-10-25	jarvenpaa-library	walk-in	t	client	other	f	unknown	both	32	\N	OKce_GYMlmKNx9NyoIMqDjEythE6LJfIv52g7oLFWJz	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
490	2023-10-25T09:10:00+03:00	1698214200	2023-10-25	kerava-service-centre	walk-in	f	client	nearby	t	18-29	social	6	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
491	2023-10-25T09:11:00+03:00	1698214260	2023-10-25	kerava-service-centre	e-service	t	client	referred-here	t	30-64	social	12	\N	Jo_zEHwLnvmxEvKTMWbmXUIOmnz1Ni8A6zRpI4PL74A	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
492	2023-10-25T09:13:00+03:00	1698214380	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	both	35	\N	\N	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
493	2023-10-25T09:16:00+03:00	1698214560	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	social	26	\N	Vr7BBzh4mt3Ly1T0Wmc-hRIdaHHN5n22oJy0lX2GoHV	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
494	2023-10-25T09:20:00+03:00	1698214800	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	19	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
495	2023-10-25T09:30:00+03:00	1698215400	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	both	23	\N	TD0OdhoYoCjlCs1yweIOazwnryxpm8q9-csNIXIXYVC	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
496	2023-10-25T09:32:00+03:00	1698215520	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	f	0-17	both	\N	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
497	2023-10-25T09:32:00+03:00	1698215520	2023-10-25	kerava-service-centre	walk-in	f	client	face-to-face	t	65-74	both	12	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
498	2023-10-25T09:34:00+03:00	1698215640	2023-10-25	tuusula-hyryla-health-station	phone	f	relative	other	t	18-29	health	12	collaboration	9R5vEENKTZwNgjxpg8GLMUaQ5rjtZHEQBdNatbVPfZy	2	neuvoja-5	f	2026-12-07T04:11:35Z	\N
499	2023-10-25T09:47:00+03:00	1698216420	2023-10-25	tuusula-hyryla-health-station	walk-in	f	professional	digital-barrier	t	65-74	health	30	\N	hD-Yg1dMB3MIgF2kmgSC6E1KYkmLZssGZ-AEmcarSLA	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
500	2023-10-25T10:03:00+03:00	1698217380	2023-10-25	tuusula-hyryla-health-station	phone	t	client	referred-here	f	65-74	health	25	\N	rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb	1	neuvoja-5	f	2026-12-07T04:11:35Z	\N
501	2023-10-25T10:04:00+03:00	1698217440	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	f	0-17	both	7	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
502	2023-10-25T10:18:00+03:00	1698218280	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	0-17	both	15	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
503	2023-10-25T10:21:00+03:00	1698218460	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	t	30-64	social	44	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
504	2023-10-25T10:24:00+03:00	1698218640	2023-10-25	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	f	65-74	health	7	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
505	2023-10-25T10:25:00+03:00	1698218700	2023-10-25	kerava-service-centre	walk-in	f	relative	referred-here	t	30-64	social	9	\N	4XhmUqofaIOn_5BXNHqaWIrP2m9LzF6qqCXWmuwijuH	3	neuvoja-9	f	2026-12-07T04:11:35Z	\N
506	2023-10-25T10:26:00+03:00	1698218760	2023-10-25	kerava-service-centre	walk-in	f	relative	face-to-face	f	18-29	both	13	\N	2IukGbAOd7SrhSbZLVJwbM4d1lYhqSSs7I-YjeQFT45	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
507	2023-10-25T10:29:00+03:00	1698218940	2023-10-25	tuusula-hyryla-health-station	chat	t	client	face-to-face	f	65-74	social	6	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
508	2023-10-25T10:32:00+03:00	1698219120	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	65-74	health	28	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
509	2023-10-25T10:35:00+03:00	1698219300	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	both	16	\N	9mg_6u4bQAZK_XSqGz94GiteXhJnGFyIC9KGfDTDE-E	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
510	2023-10-25T10:52:00+03:00	1698220320	2023-10-25	kerava-service-centre	walk-in	t	client	other	t	75+	both	9	\N	mcEJRpUm0X9Do_wKB5KxteuUdwfwUZOxxqXR0WZtYP1	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
511	2023-10-25T11:08:00+03:00	1698221280	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	other	t	75+	both	44	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
512	2023-10-25T11:21:00+03:00	1698222060	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	33	\N	1zG731ztBLYadbMYqpRufRsZ3Nsz6q6Ge9LhnZtODXD	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
513	2023-10-25T11:24:00+03:00	1698222240	2023-10-25	jarvenpaa-library	walk-in	t	relative	face-to-face	t	30-64	social	\N	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
514	2023-10-25T11:25:00+03:00	1698222300	2023-10-25	jarvenpaa-library	walk-in	t	client	nearby	t	30-64	both	41	\N	6o8nHp3f5k1d9eJh_j_gBPazoxsMtLqJtSfSmNLJCG6	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
515	2023-10-25T11:33:00+03:00	1698222780	2023-10-25	tuusula-hyryla-health-station	walk-in	t	relative	face-to-face	t	65-74	health	32	self-care	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
516	2023-10-25T11:35:00+03:00	1698222900	2023-10-25	kerava-service-centre	walk-in	f	client	digital-barrier	f	65-74	both	17	\N	Wcj33Hlrf2I8t065MP7hR0eUZ3c1YgjnTGIhLN0uPz5	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
517	2023-10-25T11:39:00+03:00	1698223140	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	event	f	30-64	social	6	\N	ZzVexkA7BuBk70TtVCn8ArhE6R3oUm_i58_LKdiAy3M	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
518	2023-10-25T11:42:00+03:00	1698223320	2023-10-25	kerava-service-centre	phone	t	relative	referred-here	t	65-74	both	20	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
519	2023-10-25T11:43:00+03:00	1698223380	2023-10-25	jarvenpaa-library	walk-in	t	client	face-to-face	f	30-64	social	28	\N	fYcF-hD7eZ6Khb6tTJ1B6kDgHRMCOxSL4Us5M6ETed-	4	neuvoja-3	f	2026-12-07T04:11:35Z	\N
520	2023-10-25T11:48:00+03:00	1698223680	2023-10-25	kerava-service-centre	walk-in	t	client	referred-here	f	0-17	both	\N	\N	RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
521	2023-10-25T11:50:00+03:00	1698223800	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	both	42	\N	XAdi-5RA7SgS3Mj9cdPWt6pgc3bwf0FB8ZRnmeo67ow	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
522	2023-10-25T11:50:00+03:00	1698223800	2023-10-25	kerava-service-centre	walk-in	t	relative	face-to-face	f	75+	health	\N	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
523	2023-10-25T11:54:00+03:00	1698224040	2023-10-25	jarvenpaa-library	walk-in	f	client	no-other-known	f	unknown	both	38	\N	1Pp6zDp5IcdPRWCIs0Qm6KXHPntY7of5taktzm1hq_6	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
524	2023-10-25T11:54:00+03:00	1698224040	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	t	unknown	social	25	\N	\N	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
525	2023-10-25T12:01:00+03:00	1698224460	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	nearby	t	65-74	health	26	\N	NK9kOJLWqaVAaOXRR39yUFPbnkoCi3gLJQsKh1zmWIM	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
526	2023-10-25T12:02:00+03:00	1698224520	2023-10-25	jarvenpaa-library	e-service	t	client	no-other-known	t	30-64	health	9	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
527	2023-10-25T12:15:00+03:00	1698225300	2023-10-25	tuusula-hyryla-health-station	phone	t	client	no-other-known	f	65-74	health	7	community	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
528	2023-10-25T12:22:00+03:00	1698225720	2023-10-25	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	16	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
529	2023-10-25T12:26:00+03:00	1698225960	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	18-29	health	26	\N	PWy0SBZt00tjRHlvvyZW4mnvT6zspdR14lKH0LklAcL	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
530	2023-10-25T12:48:00+03:00	1698227280	2023-10-25	jarvenpaa-library	e-service	t	client	other	t	65-74	health	9	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
531	2023-10-25T12:49:00+03:00	1698227340	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	30-64	social	15	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
532	2023-10-25T12:50:00+03:00	1698227400	2023-10-25	jarvenpaa-library	walk-in	f	client	face-to-face	t	30-64	social	39	\N	\N	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
533	2023-10-25T12:52:00+03:00	1698227520	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	75+	both	41	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
534	2023-10-25T12:54:00+03:00	1698227640	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	f	65-74	both	23	network	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
535	2023-10-25T12:57:00+03:00	1698227820	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	8	\N	-Dw2IVgEE3hOaSCNyokWN2vrfAo6Bp0u-Xn8A2kg2KP	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
536	2023-10-25T13:03:00+03:00	1698228180	2023-10-25	kerava-service-centre	walk-in	t	client	no-other-known	t	unknown	both	23	\N	1fd5XqtgIOv3BadkUfOgpF6PvJy8oOzAAcj_S-QTUeE	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
537	2023-10-25T13:04:00+03:00	1698228240	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	41	\N	\N	3	neuvoja-3	f	2026-12-07T04:11:35Z	\N
538	2023-10-25T13:15:00+03:00	1698228900	2023-10-25	tuusula-hyryla-health-station	walk-in	f	relative	face-to-face	t	75+	both	11	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
539	2023-10-25T13:17:00+03:00	1698229020	2023-10-25	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	39	\N	\N	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
540	2023-10-25T13:18:00+03:00	1698229080	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	t	75+	both	36	\N	tFF5gfpX69C6Y4pahoXI5FDfG6f9lRgSuzx1BB1TTjU	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
541	2023-10-25T13:28:00+03:00	1698229680	2023-10-25	tuusula-hyryla-health-station	phone	t	relative	face-to-face	f	75+	both	\N	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	4	neuvoja-4	f	2026-12-07T04:11:35Z	\N
542	2023-10-25T13:40:00+03:00	1698230400	2023-10-25	kerava-service-centre	walk-in	t	relative	face-to-face	t	65-74	both	26	\N	\N	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
543	2023-10-25T13:51:00+03:00	1698231060	2023-10-25	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	social	44	\N	\N	3	neuvoja-9	f	2026-12-07T04:11:35Z	\N
544	2023-10-25T13:53:00+03:00	1698231180	2023-10-25	tuusula-hyryla-health-station	chat	t	client	no-other-known	f	18-29	social	10	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
545	2023-10-25T13:54:00+03:00	1698231240	2023-10-25	kerava-service-centre	walk-in	t	client	nearby	f	30-64	both	26	\N	\N	4	neuvoja-8	f	2026-12-07T04:11:35Z	\N
546	2023-10-25T13:58:00+03:00	1698231480	2023-10-25	jarvenpaa-library	walk-in	f	client	no-other-known	f	30-64	both	21	\N	GjI-37uXIzKQ0lxBk-cr72hTgWgNM2WKO6DvsFK0FX4	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
547	2023-10-25T14:05:00+03:00	1698231900	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	t	30-64	both	42	\N	\N	4	neuvoja-3	f	2026-12-07T04:11:35Z	\N
548	2023-10-25T14:11:00+03:00	1698232260	2023-10-25	kerava-service-centre	phone	t	relative	\N	t	30-64	health	21	\N	hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
549	2023-10-25T14:15:00+03:00	1698232500	2023-10-25	kerava-service-centre	walk-in	t	client	no-other-known	f	75+	health	37	\N	j0YrLvK-l1Zl0NNKBW58uFadK8hOcPLpAjbf8A_Nyd7	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
550	2023-10-25T14:23:00+03:00	1698232980	2023-10-25	tuusula-hyryla-health-station	video	t	client	no-other-known	f	75+	both	38	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
551	2023-10-25T14:24:00+03:00	1698233040	2023-10-25	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	65-74	social	29	collaboration	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
552	2023-10-25T14:26:00+03:00	1698233160	2023-10-25	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	both	14	\N	35HX7gn4f25nIaYOSXMULbg72CNYZJi6In5KVo2eoo1	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
553	2023-10-25T14:29:00+03:00	1698233340	2023-10-25	jarvenpaa-library	walk-in	t	client	no-other-known	f	30-64	social	26	\N	S9ZCznHfkhTfEtyyQtEy4qiDY_VkJr6g4hIIich8zMi	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
554	2023-10-25T14:30:00+03:00	1698233400	2023-10-25	kerava-service-centre	walk-in	f	professional	other	f	30-64	social	12	community	v5dYPZ9tqUWg2dlkqoh5Fm3DPBbibUy5qiMjyVkTCxY	3	neuvoja-8	f	2026-12-07T04:11:35Z	\N
555	2023-10-25T14:38:00+03:00	1698233880	2023-10-25	tuusula-hyryla-health-station	phone	f	relative	\N	f	75+	health	3	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
556	2023-10-25T14:52:00+03:00	1698234720	2023-10-25	jarvenpaa-library	outreach	f	client	\N	f	30-64	social	16	\N	t7aQDTbUUwJBKYPW7Atn6Mon1juGMS6ipLa1ubFdaPJ	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
557	2023-10-26T09:05:00+03:00	1698300300	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	event	t	75+	health	42	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
558	2023-10-26T09:26:00+03:00	1698301560	2023-10-26	kerava-service-centre	phone	t	relative	other	f	75+	both	4	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
559	2023-10-26T09:34:00+03:00	1698302040	2023-10-26	kerava-service-centre	e-service	t	client	no-other-known	t	30-64	social	15	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
560	2023-10-26T09:36:00+03:00	1698302160	2023-10-26	jarvenpaa-library	outreach	t	relative	\N	f	30-64	health	19	network	\N	\N	neuvoja-3	f	2026-12-07T04:11:35Z	\N
561	2023-10-26T09:42:00+03:00	1698302520	2023-10-26	jarvenpaa-library	phone	t	relative	\N	t	75+	both	\N	\N	zxlDtzi2cSREsrVsD64zo7zowd6oreATg3mzzM2fnLj	2	neuvoja-1	f	2026-12-07T04:11:35Z	\N
562	2023-10-26T09:51:00+03:00	1698303060	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	t	65-74	health	23	\N	gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje	5	neuvoja-9	f	2026-12-07T04:11:35Z	\N
563	2023-10-26T09:53:00+03:00	1698303180	2023-10-26	kerava-service-centre	outreach	t	client	\N	f	65-74	health	27	\N	EqpDxXu4iy518kkmSmQDkjWnYAFiAydOKvAHwbTQHAj	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
564	2023-10-26T10:00:00+03:00	1698303600	2023-10-26	kerava-service-centre	walk-in	f	client	digital-barrier	f	30-64	social	30	\N	\N	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
565	2023-10-26T10:08:00+03:00	1698304080	2023-10-26	jarvenpaa-library	video	t	relative	\N	t	65-74	health	12	\N	\N	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
566	2023-10-26T10:13:00+03:00	1698304380	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	t	75+	both	10	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
567	2023-10-26T10:19:00+03:00	1698304740	2023-10-26	kerava-service-centre	walk-in	f	client	referred-here	t	18-29	social	29	\N	QUTNe3mOTpsfD0i35RvSSRakgANcoDeoXz25dvkX2uk	4	neuvoja-7	f	2026-12-07T04:11:35Z	\N
568	2023-10-26T10:37:00+03:00	1698305820	2023-10-26	tuusula-hyryla-health-station	phone	f	client	face-to-face	t	75+	health	6	\N	\N	5	neuvoja-4	f	2026-12-07T04:11:35Z	\N
569	2023-10-26T10:37:00+03:00	1698305820	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	f	30-64	both	\N	\N	\N	3	neuvoja-6	f	2026-12-07T04:11:35Z	\N
570	2023-10-26T10:48:00+03:00	1698306480	2023-10-26	jarvenpaa-library	walk-in	t	client	other	t	30-64	both	30	\N	\N	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
571	2023-10-26T10:57:00+03:00	1698307020	2023-10-26	tuusula-hyryla-health-station	outreach	t	client	no-other-known	f	75+	health	32	\N	\N	3	neuvoja-4	f	2026-12-07T04:11:35Z	\N
572	2023-10-26T10:58:00+03:00	1698307080	2023-10-26	tuusula-hyryla-health-station	phone	f	relative	digital-barrier	f	75+	both	10	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
573	2023-10-26T11:00:00+03:00	1698307200	2023-10-26	kerava-service-centre	walk-in	t	client	no-other-known	f	0-17	social	\N	\N	RJwgy9ic9mjNExOl0zulDsNA8xsIHfQT4l0WRQXNF8D	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
574	2023-10-26T11:03:00+03:00	1698307380	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	digital-barrier	t	unknown	both	24	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
575	2023-10-26T11:04:00+03:00	1698307440	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	event	f	0-17	both	12	network	\N	4	neuvoja-6	f	2026-12-07T04:11:35Z	\N
576	2023-10-26T11:08:00+03:00	1698307680	2023-10-26	jarvenpaa-library	chat	t	client	\N	f	65-74	health	28	network	xlEFBX5MFU0EB7cL5Z1HkMM2J1cGy4RfhDOGFPwh2Xe	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
577	2023-10-26T11:26:00+03:00	1698308760	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	65-74	health	39	\N	siYnK8_VQiJ2ZBgw5c0_OyL7tWs-bEyEaNdGzP16_DR	5	neuvoja-5	f	2026-12-07T04:11:35Z	\N
578	2023-10-26T11:27:00+03:00	1698308820	2023-10-26	jarvenpaa-library	walk-in	t	client	face-to-face	t	65-74	both	\N	\N	C4acIITXTqb5UFHGwBH36k7Ru2X5FkMCWT0m2erIjHA	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
579	2023-10-26T11:33:00+03:00	1698309180	2023-10-26	kerava-service-centre	phone	f	client	\N	f	75+	both	10	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
580	2023-10-26T11:35:00+03:00	1698309300	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	18-29	social	17	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
581	2023-10-26T11:41:00+03:00	1698309660	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	social	6	\N	L8vwkaWlJBDYz9558wphfvl4SpIjWimpbD1A0ActcMn	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
582	2023-10-26T11:45:00+03:00	1698309900	2023-10-26	tuusula-hyryla-health-station	phone	t	client	\N	f	30-64	health	11	\N	\N	5	neuvoja-6	f	2026-12-07T04:11:35Z	\N
583	2023-10-26T11:46:00+03:00	1698309960	2023-10-26	jarvenpaa-library	walk-in	f	client	face-to-face	t	65-74	health	45	\N	P4LduCGL7PyUMQQw-HNGD4YG2WiZSnTF86W3j5DUQgj	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
584	2023-10-26T11:47:00+03:00	1698310020	2023-10-26	jarvenpaa-library	walk-in	t	client	other	f	unknown	health	30	\N	\N	\N	neuvoja-2	f	2026-12-07T04:11:35Z	\N
585	2023-10-26T11:48:00+03:00	1698310080	2023-10-26	tuusula-hyryla-health-station	phone	t	client	\N	t	30-64	social	10	\N	\N	3	neuvoja-6	f	2026-12-07T04:11:35Z	\N
586	2023-10-26T12:01:00+03:00	1698310860	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	f	75+	health	30	network	T3vL1DbsQwCur1zBruu7_iLi6uN1KyfoZrfbB6zcTJG	4	neuvoja-9	f	2026-12-07T04:11:35Z	\N
587	2023-10-26T12:21:00+03:00	1698312060	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	nearby	t	30-64	social	19	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
588	2023-10-26T12:24:00+03:00	1698312240	2023-10-26	jarvenpaa-library	phone	t	relative	other	t	75+	health	7	\N	gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M	5	neuvoja-3	f	2026-12-07T04:11:35Z	\N
589	2023-10-26T12:26:00+03:00	1698312360	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	nearby	f	75+	both	17	\N	k0o4IZ87Er-hanui3-bBRXqJOq3k5pBWoBgUFGp6MnD	2	neuvoja-5	f	2026-12-07T04:11:35Z	\N
590	2023-10-26T12:27:00+03:00	1698312420	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	referred-here	f	65-74	both	9	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
591	2023-10-26T12:32:00+03:00	1698312720	2023-10-26	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	65-74	social	28	\N	\N	4	neuvoja-5	f	2026-12-07T04:11:35Z	\N
592	2023-10-26T12:34:00+03:00	1698312840	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	30-64	social	12	\N	LO3NlQSWKa_-L26BxjclEa_lNAlCcGT0c9Il0Aw0UKD	1	neuvoja-4	f	2026-12-07T04:11:35Z	\N
593	2023-10-26T12:37:00+03:00	1698313020	2023-10-26	jarvenpaa-library	e-service	t	client	\N	t	30-64	social	14	\N	1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18	4	neuvoja-2	f	2026-12-07T04:11:35Z	\N
594	2023-10-26T12:37:00+03:00	1698313020	2023-10-26	kerava-service-centre	walk-in	t	client	digital-barrier	t	75+	both	25	\N	\N	5	neuvoja-8	f	2026-12-07T04:11:35Z	\N
595	2023-10-26T12:56:00+03:00	1698314160	2023-10-26	kerava-service-centre	chat	t	relative	\N	f	30-64	both	20	\N	\N	\N	neuvoja-8	f	2026-12-07T04:11:35Z	\N
596	2023-10-26T13:14:00+03:00	1698315240	2023-10-26	jarvenpaa-library	outreach	t	client	digital-barrier	f	65-74	both	47	\N	zpm8PGwWpfnRewlphKlnSmda7bF9tVMCblmiSehgHpF	5	neuvoja-1	f	2026-12-07T04:11:35Z	\N
597	2023-10-26T13:15:00+03:00	1698315300	2023-10-26	kerava-service-centre	walk-in	t	client	face-to-face	f	18-29	social	39	\N	xpP0sV3OZOEhY2uyHeloWhdhTNjQRKxQTAC4_hIpu3L	\N	neuvoja-9	f	2026-12-07T04:11:35Z	\N
598	2023-10-26T13:28:00+03:00	1698316080	2023-10-26	kerava-service-centre	chat	t	client	\N	f	75+	both	\N	\N	l8N9oENt_VZzTq1oH0j2F5MjaKr6pnh6Dg57it4u1p-	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
599	2023-10-26T13:36:00+03:00	1698316560	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	face-to-face	t	65-74	both	10	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
600	2023-10-26T13:42:00+03:00	1698316920	2023-10-26	jarvenpaa-library	walk-in	f	client	event	t	unknown	social	27	\N	gTPoIPQ1UFqhEb7_bhSz7YAa68WqvFCIKnTsSOUqpBP	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
601	2023-10-26T13:43:00+03:00	1698316980	2023-10-26	kerava-service-centre	chat	f	client	\N	f	30-64	social	\N	\N	\N	5	neuvoja-7	f	2026-12-07T04:11:35Z	\N
602	2023-10-26T13:52:00+03:00	1698317520	2023-10-26	jarvenpaa-library	phone	t	relative	other	t	18-29	social	7	\N	fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb	5	neuvoja-2	f	2026-12-07T04:11:35Z	\N
603	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	jarvenpaa-library	walk-in	f	client	no-other-known	f	18-29	social	36	\N	\N	\N	neuvoja-1	f	2026-12-07T04:11:35Z	\N
604	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	jarvenpaa-library	walk-in	f	relative	face-to-face	f	65-74	both	34	\N	IDtcJmg-ekNQmGeZQib3aUDPqbkhSuX814McypTWEXR	4	neuvoja-1	f	2026-12-07T04:11:35Z	\N
605	2023-10-26T13:58:00+03:00	1698317880	2023-10-26	kerava-service-centre	e-service	f	client	no-other-known	t	75+	both	6	\N	kIlYLJHbaJCUCiRckv3NJTXIx26kD167IFB31UuCpL0	3	neuvoja-7	f	2026-12-07T04:11:35Z	\N
606	2023-10-26T13:59:00+03:00	1698317940	2023-10-26	tuusula-hyryla-health-station	walk-in	t	relative	referred-here	t	65-74	health	14	\N	\N	\N	neuvoja-6	f	2026-12-07T04:11:35Z	\N
607	2023-10-26T14:04:00+03:00	1698318240	2023-10-26	jarvenpaa-library	walk-in	t	client	face-to-face	t	75+	social	5	\N	\N	4	neuvoja-3	f	2026-12-07T04:11:35Z	\N
608	2023-10-26T14:15:00+03:00	1698318900	2023-10-26	kerava-service-centre	walk-in	f	client	no-other-known	f	30-64	both	17	\N	vbvmzC4WW5ZLC72bzv9cn1N9rwymOq7X2S-YakiJdpJ	\N	neuvoja-7	f	2026-12-07T04:11:35Z	\N
609	2023-10-26T14:44:00+03:00	1698320640	2023-10-26	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	t	65-74	both	19	\N	\N	\N	neuvoja-4	f	2026-12-07T04:11:35Z	\N
610	2023-10-26T14:47:00+03:00	1698320820	2023-10-26	kerava-service-centre	walk-in	t	relative	face-to-face	t	30-64	health	21	\N	\N	3	neuvoja-8	f	2026-12-07T04:11:35Z	\N
611	2023-10-26T14:59:00+03:00	1698321540	2023-10-26	tuusula-hyryla-health-station	e-service	t	relative	nearby	t	75+	health	11	\N	\N	\N	neuvoja-5	f	2026-12-07T04:11:35Z	\N
339	2023-10-23T10:02:00+03:00	1698044520	2023-10-23	jarvenpaa-library	walk-in	t	relative	face-to-face	f	30-64	social	5	\N	1Be6IOz0Y26qleLujhkJ2hzwR96E5Xvauugvs402u18	\N	neuvoja-3	t	2026-12-07T04:11:35Z	\N
276	2023-10-19T14:31:00+03:00	1697715060	2023-10-19	kerava-service-centre	walk-in	t	client	no-other-known	f	65-74	health	\N	\N	5hiB_YEp4cQIJVTf-DkAT8FdxfBo9Z17Fd2bUbnvB5S	4	neuvoja-7	t	2026-12-07T04:11:35Z	\N
85	2023-10-16T13:58:00+03:00	1697453880	2023-10-16	tuusula-hyryla-health-station	walk-in	f	relative	nearby	t	75+	both	31	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	4	neuvoja-6	t	2026-12-07T04:11:35Z	\N
116	2023-10-17T10:45:00+03:00	1697528700	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	digital-barrier	f	75+	both	21	\N	7CUQT0FFbc39GtTWvLiahwwX151sVhfIM9CWkaZpkAq	\N	neuvoja-4	t	2026-12-07T04:11:35Z	\N
180	2023-10-18T10:49:00+03:00	1697615340	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	other	f	30-64	both	8	\N	8ZDcZTHMr0pm0KlO2hQIx1EVeX8YFAfGGu8CfX1gxzr	\N	neuvoja-4	t	2026-12-07T04:11:35Z	\N
420	2023-10-24T09:13:00+03:00	1698127980	2023-10-24	tuusula-hyryla-health-station	e-service	t	client	\N	t	75+	both	19	\N	CTkg5vR4eZhHjjq6ojJ0u9FaZNQOKrcz0lvgBIpv8mU	\N	neuvoja-4	t	2026-12-07T04:11:35Z	\N
142	2023-10-17T13:03:00+03:00	1697536980	2023-10-17	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	f	30-64	social	33	collaboration	CmTBnJ0NN_MMtFnYdptNP2RMPruKPirVm8O6g75dJ7p	\N	neuvoja-4	t	2026-12-07T04:11:35Z	\N
228	2023-10-19T09:32:00+03:00	1697697120	2023-10-19	tuusula-hyryla-health-station	walk-in	f	client	face-to-face	f	30-64	both	34	self-care	FSc0mfDLUxa49UXvsu3WF6eXRba7uoPv5vDxXIAL9V9	\N	neuvoja-6	t	2026-12-07T04:11:35Z	\N
73	2023-10-16T13:25:00+03:00	1697451900	2023-10-16	kerava-service-centre	walk-in	f	client	digital-barrier	t	65-74	health	42	\N	GnLP5uwb7HsO0L__PetiRGj0kJg8qc8QO3zKpE5ph9F	\N	neuvoja-9	t	2026-12-07T04:11:35Z	\N
47	2023-10-16T11:41:00+03:00	1697445660	2023-10-16	tuusula-hyryla-health-station	walk-in	f	professional	referred-here	f	30-64	social	24	\N	QJGAiruCwz6t_8VRxsElevOkaBGFvm9XJm2B8fowA2q	5	neuvoja-4	t	2026-12-07T04:11:35Z	\N
159	2023-10-17T14:25:00+03:00	1697541900	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	t	65-74	both	10	\N	XoleneMiWwLI_5LYbInHgpYpANluvcirDE6jy67AQQ8	2	neuvoja-8	t	2026-12-07T04:11:35Z	\N
243	2023-10-19T10:55:00+03:00	1697702100	2023-10-19	tuusula-hyryla-health-station	walk-in	t	client	no-other-known	t	75+	health	44	\N	YP0aMrMujGK05KckH38fRpbyM9n-AtIV9CrCr9fbrql	5	neuvoja-4	t	2026-12-07T04:11:35Z	\N
37	2023-10-16T10:54:00+03:00	1697442840	2023-10-16	kerava-service-centre	walk-in	f	client	no-other-known	t	30-64	both	\N	\N	ad1j-2cwgwt3DwRnDKhkaJUMY22Y8ieJjQe8GJ83VsN	4	neuvoja-8	t	2026-12-07T04:11:35Z	\N
10	2023-10-16T09:50:00+03:00	1697439000	2023-10-16	tuusula-hyryla-health-station	walk-in	t	relative	nearby	t	30-64	social	29	community	fBRuleO7eiUUqbHY9zEf2LHZqcsGCl1DDX-MblchO88	1	neuvoja-4	t	2026-12-07T04:11:35Z	\N
52	2023-10-16T11:51:00+03:00	1697446260	2023-10-16	jarvenpaa-library	walk-in	f	relative	face-to-face	t	65-74	social	24	\N	fVk05qrF0n1HtU0sTQn39RcJfjVbz50IacSvjp5Nq6S	3	neuvoja-3	t	2026-12-07T04:11:35Z	\N
100	2023-10-16T14:57:00+03:00	1697457420	2023-10-16	jarvenpaa-library	e-service	f	client	face-to-face	t	18-29	social	\N	\N	fXImSK224izrpx2twVCXPB19R-b1XD0M5Mw9w5vwQIb	\N	neuvoja-2	t	2026-12-07T04:11:35Z	\N
472	2023-10-24T13:26:00+03:00	1698143160	2023-10-24	kerava-service-centre	walk-in	f	client	no-other-known	t	65-74	both	\N	\N	gS-xmfnf5Cx_N-g5Sm4Y-ImrUws3nMho24R5ZNNwXje	4	neuvoja-8	t	2026-12-07T04:11:35Z	\N
29	2023-10-16T10:34:00+03:00	1697441640	2023-10-16	jarvenpaa-library	walk-in	t	client	no-other-known	f	75+	health	26	community	gkOn92jloQS6YJbBolKK2OBb2K_aGNK-wwEnO7uxw5M	\N	neuvoja-3	t	2026-12-07T04:11:35Z	\N
154	2023-10-17T13:44:00+03:00	1697539440	2023-10-17	kerava-service-centre	walk-in	f	client	face-to-face	f	30-64	health	38	\N	hAxkKwBeLLyjiQXbyIAT_Ikt5yVjiwDjQQZG2yDvwoV	3	neuvoja-8	t	2026-12-07T04:11:35Z	\N
179	2023-10-18T10:37:00+03:00	1697614620	2023-10-18	tuusula-hyryla-health-station	phone	t	relative	other	f	65-74	health	18	\N	rzeW5RKGzk3Go91Qsdar90P3mQuk1gFHFDTzeuwUdtb	5	neuvoja-6	t	2026-12-07T04:11:35Z	\N
\.


--
-- Data for Name: contact_referral; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.contact_referral (contact_id, referral) FROM stdin;
2	pharmacy
4	municipality
5	disability-services
6	kela
7	adult-social-work
8	municipality
11	employment-services
12	home-care
13	mental-health-substance
14	kela
16	health-station
16	oral-health
18	kela
18	employment-services
19	health-station
20	kela
21	health-station
22	older-people-guidance
24	disability-services
24	kela
25	adult-social-work
27	kela
27	debt-counselling
28	ngo
29	health-station
30	employment-services
31	adult-social-work
32	older-people-guidance
33	health-station
34	employment-services
35	ngo
35	digital-support
36	health-station
37	mental-health-substance
38	kela
39	kela
39	digital-support
40	ngo
41	older-people-guidance
43	health-station
44	disability-services
45	digital-support
46	kela
46	pharmacy
48	health-station
49	older-people-guidance
49	home-care
50	municipality
51	health-station
51	pharmacy
56	mental-health-substance
57	mental-health-substance
57	emergency
58	kela
59	employment-services
60	municipality
61	health-station
62	health-station
64	family-centre
65	municipality
66	family-centre
67	kela
69	health-station
69	disability-services
70	adult-social-work
71	health-station
71	pharmacy
72	rehabilitation
73	health-station
75	kela
75	parish-diaconia
76	kela
77	employment-services
78	disability-services
79	municipality
81	health-station
82	digital-support
83	municipality
85	older-people-guidance
87	health-station
88	older-people-guidance
89	pharmacy
90	disability-services
92	mental-health-substance
93	pharmacy
95	ngo
99	parish-diaconia
100	ngo
101	pharmacy
102	health-station
107	health-station
108	digital-support
108	private-provider
111	adult-social-work
112	older-people-guidance
112	home-care
113	municipality
113	ngo
114	health-station
114	emergency
115	older-people-guidance
115	disability-services
116	digital-support
120	kela
122	kela
124	kela
126	adult-social-work
127	health-station
128	health-station
129	home-care
130	adult-social-work
133	legal-aid
135	adult-social-work
136	adult-social-work
136	kela
137	debt-counselling
140	municipality
141	health-station
142	adult-social-work
143	adult-social-work
144	employment-services
147	health-station
148	kela
149	kela
149	debt-counselling
150	disability-services
150	kela
151	health-station
153	debt-counselling
154	emergency
155	rehabilitation
156	older-people-guidance
156	home-care
159	ngo
162	health-station
163	ngo
164	employment-services
165	mental-health-substance
165	ngo
166	municipality
166	ngo
167	adult-social-work
170	health-station
170	pharmacy
171	family-centre
172	health-station
172	oral-health
175	kela
176	older-people-guidance
177	health-station
177	parish-diaconia
178	kela
178	digital-support
180	disability-services
180	kela
181	oral-health
181	pharmacy
187	kela
189	kela
189	debt-counselling
190	ngo
191	pharmacy
192	health-station
192	kela
195	kela
198	ngo
198	digital-support
199	oral-health
201	family-centre
202	health-station
204	health-station
205	health-station
205	mental-health-substance
206	pharmacy
207	health-station
207	pharmacy
210	employment-services
211	older-people-guidance
212	municipality
212	digital-support
213	ngo
214	health-station
215	municipality
215	ngo
216	parish-diaconia
219	oral-health
220	kela
222	pharmacy
224	family-centre
225	adult-social-work
225	kela
226	health-station
227	kela
227	debt-counselling
228	ngo
229	municipality
232	mental-health-substance
232	kela
233	kela
234	adult-social-work
236	oral-health
236	private-provider
237	kela
238	oral-health
241	emergency
242	ngo
242	digital-support
243	health-station
244	home-care
244	ngo
245	kela
246	kela
246	municipality
247	kela
247	municipality
249	municipality
250	disability-services
252	family-centre
255	employment-services
256	health-station
257	police
258	debt-counselling
259	adult-social-work
259	ngo
260	adult-social-work
260	kela
261	municipality
262	health-station
262	oral-health
264	health-station
266	adult-social-work
266	municipality
268	health-station
269	debt-counselling
270	rehabilitation
271	kela
272	digital-support
274	health-station
274	emergency
276	health-station
276	emergency
280	health-station
282	health-station
283	older-people-guidance
283	pharmacy
284	municipality
284	ngo
285	older-people-guidance
287	private-provider
288	digital-support
291	home-care
294	adult-social-work
297	parish-diaconia
297	police
298	oral-health
299	health-station
300	digital-support
302	kela
303	health-station
303	emergency
304	health-station
305	health-station
305	emergency
307	disability-services
308	kela
309	kela
309	municipality
310	family-centre
310	kela
311	health-station
313	municipality
313	ngo
314	health-station
314	ngo
315	health-station
316	employment-services
317	digital-support
318	kela
319	kela
319	ngo
320	health-station
322	adult-social-work
323	emergency
323	ngo
324	ngo
325	employment-services
326	pharmacy
328	digital-support
330	municipality
332	ngo
335	kela
336	kela
338	ngo
340	debt-counselling
341	emergency
342	health-station
342	pharmacy
344	adult-social-work
345	kela
346	kela
346	municipality
347	ngo
348	health-station
348	pharmacy
350	oral-health
350	pharmacy
351	adult-social-work
353	adult-social-work
353	municipality
354	digital-support
356	older-people-guidance
357	oral-health
358	ngo
359	ngo
361	ngo
362	rehabilitation
362	disability-services
364	health-station
366	health-station
368	rehabilitation
369	older-people-guidance
370	kela
373	digital-support
377	oral-health
377	private-provider
378	health-station
382	home-care
383	disability-services
384	pharmacy
385	kela
385	municipality
386	adult-social-work
386	kela
387	adult-social-work
387	ngo
390	adult-social-work
390	kela
391	health-station
392	digital-support
393	older-people-guidance
393	home-care
395	municipality
397	kela
400	parish-diaconia
401	adult-social-work
401	municipality
405	ngo
405	parish-diaconia
406	health-station
407	health-station
407	older-people-guidance
408	mental-health-substance
409	ngo
409	digital-support
410	debt-counselling
414	municipality
414	ngo
415	older-people-guidance
417	kela
418	municipality
419	mental-health-substance
419	municipality
421	ngo
421	digital-support
422	kela
422	digital-support
425	kela
428	adult-social-work
429	mental-health-substance
429	ngo
431	adult-social-work
432	emergency
432	pharmacy
433	debt-counselling
434	employment-services
435	health-station
435	oral-health
436	digital-support
437	home-care
438	digital-support
439	health-station
440	municipality
442	disability-services
444	older-people-guidance
444	disability-services
445	health-station
445	pharmacy
446	municipality
446	digital-support
447	debt-counselling
448	ngo
448	parish-diaconia
449	kela
453	health-station
453	private-provider
454	digital-support
455	kela
456	health-station
457	health-station
459	employment-services
460	kela
461	health-station
461	oral-health
462	health-station
462	emergency
464	adult-social-work
464	kela
465	oral-health
467	kela
469	older-people-guidance
470	digital-support
472	oral-health
473	kela
474	health-station
476	kela
476	municipality
477	health-station
478	ngo
482	kela
484	health-station
484	private-provider
485	older-people-guidance
485	ngo
487	health-station
489	health-station
489	municipality
490	kela
491	debt-counselling
492	home-care
495	ngo
497	older-people-guidance
498	health-station
499	health-station
500	health-station
501	health-station
504	pharmacy
505	ngo
506	disability-services
507	adult-social-work
508	health-station
510	health-station
511	ngo
512	kela
512	pharmacy
517	ngo
519	rehabilitation
520	family-centre
520	kela
522	health-station
522	oral-health
523	kela
523	digital-support
524	adult-social-work
526	health-station
526	oral-health
528	mental-health-substance
529	health-station
530	health-station
530	pharmacy
532	kela
532	debt-counselling
534	older-people-guidance
534	ngo
535	employment-services
536	municipality
536	ngo
541	ngo
543	rehabilitation
543	employment-services
545	ngo
546	health-station
546	kela
547	kela
547	ngo
549	health-station
550	older-people-guidance
550	home-care
551	adult-social-work
553	kela
553	municipality
554	adult-social-work
554	municipality
555	health-station
556	kela
557	health-station
558	ngo
558	parish-diaconia
559	kela
560	health-station
561	disability-services
562	health-station
564	adult-social-work
564	employment-services
565	health-station
566	older-people-guidance
567	employment-services
568	health-station
569	older-people-guidance
570	kela
571	health-station
573	municipality
574	municipality
575	mental-health-substance
575	ngo
576	pharmacy
580	employment-services
581	kela
581	municipality
582	health-station
585	adult-social-work
586	health-station
586	oral-health
587	kela
587	employment-services
588	health-station
588	private-provider
589	digital-support
591	debt-counselling
592	kela
593	kela
594	home-care
595	health-station
596	ngo
597	kela
599	health-station
600	kela
601	debt-counselling
601	legal-aid
602	ngo
603	kela
603	municipality
607	kela
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
2023-10-16	jarvenpaa-library	by_referral	digital-support	727	2
2023-10-16	jarvenpaa-library	by_referral	disability-services	727	2
2023-10-16	jarvenpaa-library	by_referral	employment-services	727	1
2023-10-16	jarvenpaa-library	by_referral	health-station	727	2
2023-10-16	jarvenpaa-library	by_referral	kela	727	1
2023-10-16	jarvenpaa-library	by_referral	mental-health-substance	727	1
2023-10-16	jarvenpaa-library	by_referral	municipality	727	2
2023-10-16	jarvenpaa-library	by_referral	ngo	727	2
2023-10-16	jarvenpaa-library	by_referral	older-people-guidance	727	1
2023-10-16	jarvenpaa-library	by_referral	rehabilitation	727	1
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
2023-10-16	jarvenpaa-library	contacts		727	21
2023-10-16	jarvenpaa-library	duration_min_total		727	389
2023-10-16	jarvenpaa-library	identified		727	12
2023-10-16	jarvenpaa-library	referral_outcomes	pending	727	15
2023-10-16	jarvenpaa-library	resolved		727	14
2023-10-16	jarvenpaa-library	satisfaction_responses		727	12
2023-10-16	jarvenpaa-library	satisfaction_total		727	49
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
2023-10-16	kerava-service-centre	by_referral	adult-social-work	727	3
2023-10-16	kerava-service-centre	by_referral	digital-support	727	1
2023-10-16	kerava-service-centre	by_referral	employment-services	727	2
2023-10-16	kerava-service-centre	by_referral	family-centre	727	2
2023-10-16	kerava-service-centre	by_referral	health-station	727	7
2023-10-16	kerava-service-centre	by_referral	home-care	727	1
2023-10-16	kerava-service-centre	by_referral	kela	727	3
2023-10-16	kerava-service-centre	by_referral	mental-health-substance	727	1
2023-10-16	kerava-service-centre	by_referral	municipality	727	3
2023-10-16	kerava-service-centre	by_referral	ngo	727	1
2023-10-16	kerava-service-centre	by_referral	older-people-guidance	727	1
2023-10-16	kerava-service-centre	by_referral	oral-health	727	1
2023-10-16	kerava-service-centre	by_referral	parish-diaconia	727	2
2023-10-16	kerava-service-centre	by_referral	pharmacy	727	2
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
2023-10-16	kerava-service-centre	duration_min_total		727	641
2023-10-16	kerava-service-centre	identified		727	14
2023-10-16	kerava-service-centre	referral_outcomes	pending	727	30
2023-10-16	kerava-service-centre	resolved		727	19
2023-10-16	kerava-service-centre	satisfaction_responses		727	20
2023-10-16	kerava-service-centre	satisfaction_total		727	84
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
2023-10-16	tuusula-hyryla-health-station	by_referral	adult-social-work	727	1
2023-10-16	tuusula-hyryla-health-station	by_referral	debt-counselling	727	1
2023-10-16	tuusula-hyryla-health-station	by_referral	digital-support	727	1
2023-10-16	tuusula-hyryla-health-station	by_referral	disability-services	727	4
2023-10-16	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-16	tuusula-hyryla-health-station	by_referral	employment-services	727	3
2023-10-16	tuusula-hyryla-health-station	by_referral	health-station	727	7
2023-10-16	tuusula-hyryla-health-station	by_referral	home-care	727	1
2023-10-16	tuusula-hyryla-health-station	by_referral	kela	727	9
2023-10-16	tuusula-hyryla-health-station	by_referral	mental-health-substance	727	3
2023-10-16	tuusula-hyryla-health-station	by_referral	municipality	727	2
2023-10-16	tuusula-hyryla-health-station	by_referral	ngo	727	2
2023-10-16	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	4
2023-10-16	tuusula-hyryla-health-station	by_referral	pharmacy	727	4
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
2023-10-16	tuusula-hyryla-health-station	contacts		727	46
2023-10-16	tuusula-hyryla-health-station	duration_min_total		727	991
2023-10-16	tuusula-hyryla-health-station	identified		727	25
2023-10-16	tuusula-hyryla-health-station	referral_outcomes	pending	727	43
2023-10-16	tuusula-hyryla-health-station	resolved		727	36
2023-10-16	tuusula-hyryla-health-station	satisfaction_responses		727	33
2023-10-16	tuusula-hyryla-health-station	satisfaction_total		727	134
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
2023-10-17	jarvenpaa-library	by_referral	employment-services	727	1
2023-10-17	jarvenpaa-library	by_referral	kela	727	1
2023-10-17	jarvenpaa-library	by_referral	municipality	727	1
2023-10-17	jarvenpaa-library	by_referral	ngo	727	1
2023-10-17	jarvenpaa-library	by_referral	pharmacy	727	1
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
2023-10-17	jarvenpaa-library	contacts		727	10
2023-10-17	jarvenpaa-library	duration_min_total		727	185
2023-10-17	jarvenpaa-library	identified		727	7
2023-10-17	jarvenpaa-library	referral_outcomes	pending	727	5
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
2023-10-17	kerava-service-centre	by_referral	adult-social-work	727	2
2023-10-17	kerava-service-centre	by_referral	debt-counselling	727	1
2023-10-17	kerava-service-centre	by_referral	disability-services	727	1
2023-10-17	kerava-service-centre	by_referral	emergency	727	1
2023-10-17	kerava-service-centre	by_referral	employment-services	727	1
2023-10-17	kerava-service-centre	by_referral	health-station	727	2
2023-10-17	kerava-service-centre	by_referral	home-care	727	1
2023-10-17	kerava-service-centre	by_referral	kela	727	3
2023-10-17	kerava-service-centre	by_referral	legal-aid	727	1
2023-10-17	kerava-service-centre	by_referral	municipality	727	1
2023-10-17	kerava-service-centre	by_referral	ngo	727	2
2023-10-17	kerava-service-centre	by_referral	older-people-guidance	727	1
2023-10-17	kerava-service-centre	by_referral	rehabilitation	727	1
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
2023-10-17	kerava-service-centre	duration_min_total		727	557
2023-10-17	kerava-service-centre	identified		727	12
2023-10-17	kerava-service-centre	referral_outcomes	pending	727	18
2023-10-17	kerava-service-centre	resolved		727	14
2023-10-17	kerava-service-centre	satisfaction_responses		727	14
2023-10-17	kerava-service-centre	satisfaction_total		727	57
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
2023-10-17	tuusula-hyryla-health-station	by_referral	adult-social-work	727	5
2023-10-17	tuusula-hyryla-health-station	by_referral	debt-counselling	727	2
2023-10-17	tuusula-hyryla-health-station	by_referral	digital-support	727	2
2023-10-17	tuusula-hyryla-health-station	by_referral	disability-services	727	1
2023-10-17	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-17	tuusula-hyryla-health-station	by_referral	health-station	727	7
2023-10-17	tuusula-hyryla-health-station	by_referral	home-care	727	2
2023-10-17	tuusula-hyryla-health-station	by_referral	kela	727	3
2023-10-17	tuusula-hyryla-health-station	by_referral	mental-health-substance	727	1
2023-10-17	tuusula-hyryla-health-station	by_referral	ngo	727	1
2023-10-17	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	2
2023-10-17	tuusula-hyryla-health-station	by_referral	private-provider	727	1
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
2023-10-17	tuusula-hyryla-health-station	contacts		727	32
2023-10-17	tuusula-hyryla-health-station	duration_min_total		727	731
2023-10-17	tuusula-hyryla-health-station	identified		727	14
2023-10-17	tuusula-hyryla-health-station	referral_outcomes	pending	727	28
2023-10-17	tuusula-hyryla-health-station	resolved		727	19
2023-10-17	tuusula-hyryla-health-station	satisfaction_responses		727	17
2023-10-17	tuusula-hyryla-health-station	satisfaction_total		727	71
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
2023-10-18	jarvenpaa-library	by_referral	adult-social-work	727	1
2023-10-18	jarvenpaa-library	by_referral	family-centre	727	1
2023-10-18	jarvenpaa-library	by_referral	health-station	727	1
2023-10-18	jarvenpaa-library	by_referral	kela	727	1
2023-10-18	jarvenpaa-library	by_referral	ngo	727	1
2023-10-18	jarvenpaa-library	by_referral	older-people-guidance	727	1
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
2023-10-18	jarvenpaa-library	duration_min_total		727	250
2023-10-18	jarvenpaa-library	identified		727	6
2023-10-18	jarvenpaa-library	referral_outcomes	pending	727	6
2023-10-18	jarvenpaa-library	resolved		727	6
2023-10-18	jarvenpaa-library	satisfaction_responses		727	5
2023-10-18	jarvenpaa-library	satisfaction_total		727	24
2023-10-18	jarvenpaa-library	verified		727	6
2023-10-18	jarvenpaa-library	with_client_ref		727	4
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
2023-10-18	kerava-service-centre	by_referral	digital-support	727	2
2023-10-18	kerava-service-centre	by_referral	employment-services	727	1
2023-10-18	kerava-service-centre	by_referral	family-centre	727	1
2023-10-18	kerava-service-centre	by_referral	health-station	727	5
2023-10-18	kerava-service-centre	by_referral	kela	727	2
2023-10-18	kerava-service-centre	by_referral	mental-health-substance	727	1
2023-10-18	kerava-service-centre	by_referral	municipality	727	3
2023-10-18	kerava-service-centre	by_referral	ngo	727	3
2023-10-18	kerava-service-centre	by_referral	oral-health	727	3
2023-10-18	kerava-service-centre	by_referral	pharmacy	727	2
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
2023-10-18	kerava-service-centre	referral_outcomes	pending	727	23
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
2023-10-18	tuusula-hyryla-health-station	by_referral	adult-social-work	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	debt-counselling	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	digital-support	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	disability-services	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	family-centre	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	health-station	727	3
2023-10-18	tuusula-hyryla-health-station	by_referral	kela	727	6
2023-10-18	tuusula-hyryla-health-station	by_referral	ngo	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	oral-health	727	1
2023-10-18	tuusula-hyryla-health-station	by_referral	parish-diaconia	727	2
2023-10-18	tuusula-hyryla-health-station	by_referral	pharmacy	727	4
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
2023-10-18	tuusula-hyryla-health-station	referral_outcomes	pending	727	23
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
2023-10-19	jarvenpaa-library	by_referral	adult-social-work	727	1
2023-10-19	jarvenpaa-library	by_referral	employment-services	727	1
2023-10-19	jarvenpaa-library	by_referral	health-station	727	3
2023-10-19	jarvenpaa-library	by_referral	kela	727	1
2023-10-19	jarvenpaa-library	by_referral	municipality	727	2
2023-10-19	jarvenpaa-library	by_referral	ngo	727	1
2023-10-19	jarvenpaa-library	by_referral	oral-health	727	1
2023-10-19	jarvenpaa-library	by_referral	police	727	1
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
2023-10-19	jarvenpaa-library	contacts		727	14
2023-10-19	jarvenpaa-library	duration_min_total		727	267
2023-10-19	jarvenpaa-library	identified		727	7
2023-10-19	jarvenpaa-library	referral_outcomes	pending	727	11
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
2023-10-19	kerava-service-centre	by_referral	debt-counselling	727	3
2023-10-19	kerava-service-centre	by_referral	digital-support	727	1
2023-10-19	kerava-service-centre	by_referral	emergency	727	2
2023-10-19	kerava-service-centre	by_referral	family-centre	727	1
2023-10-19	kerava-service-centre	by_referral	health-station	727	4
2023-10-19	kerava-service-centre	by_referral	home-care	727	1
2023-10-19	kerava-service-centre	by_referral	kela	727	3
2023-10-19	kerava-service-centre	by_referral	municipality	727	1
2023-10-19	kerava-service-centre	by_referral	ngo	727	1
2023-10-19	kerava-service-centre	by_referral	oral-health	727	1
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
2023-10-19	kerava-service-centre	duration_min_total		727	380
2023-10-19	kerava-service-centre	identified		727	7
2023-10-19	kerava-service-centre	referral_outcomes	pending	727	18
2023-10-19	kerava-service-centre	resolved		727	13
2023-10-19	kerava-service-centre	satisfaction_responses		727	8
2023-10-19	kerava-service-centre	satisfaction_total		727	37
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
2023-10-19	tuusula-hyryla-health-station	by_referral	adult-social-work	727	3
2023-10-19	tuusula-hyryla-health-station	by_referral	digital-support	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	disability-services	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	health-station	727	3
2023-10-19	tuusula-hyryla-health-station	by_referral	kela	727	5
2023-10-19	tuusula-hyryla-health-station	by_referral	mental-health-substance	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	municipality	727	3
2023-10-19	tuusula-hyryla-health-station	by_referral	ngo	727	2
2023-10-19	tuusula-hyryla-health-station	by_referral	oral-health	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	private-provider	727	1
2023-10-19	tuusula-hyryla-health-station	by_referral	rehabilitation	727	1
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
2023-10-19	tuusula-hyryla-health-station	duration_min_total		727	431
2023-10-19	tuusula-hyryla-health-station	identified		727	14
2023-10-19	tuusula-hyryla-health-station	referral_outcomes	pending	727	23
2023-10-19	tuusula-hyryla-health-station	resolved		727	18
2023-10-19	tuusula-hyryla-health-station	satisfaction_responses		727	13
2023-10-19	tuusula-hyryla-health-station	satisfaction_total		727	54
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
2023-10-20	jarvenpaa-library	by_referral	adult-social-work	727	2
2023-10-20	jarvenpaa-library	by_referral	digital-support	727	1
2023-10-20	jarvenpaa-library	by_referral	home-care	727	1
2023-10-20	jarvenpaa-library	by_referral	kela	727	2
2023-10-20	jarvenpaa-library	by_referral	municipality	727	1
2023-10-20	jarvenpaa-library	by_referral	ngo	727	1
2023-10-20	jarvenpaa-library	by_referral	private-provider	727	1
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
2023-10-20	jarvenpaa-library	referral_outcomes	pending	727	9
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
2023-10-20	kerava-service-centre	by_referral	emergency	727	1
2023-10-20	kerava-service-centre	by_referral	health-station	727	3
2023-10-20	kerava-service-centre	by_referral	kela	727	2
2023-10-20	kerava-service-centre	by_referral	municipality	727	2
2023-10-20	kerava-service-centre	by_referral	ngo	727	3
2023-10-20	kerava-service-centre	by_referral	older-people-guidance	727	1
2023-10-20	kerava-service-centre	by_referral	oral-health	727	1
2023-10-20	kerava-service-centre	by_referral	parish-diaconia	727	1
2023-10-20	kerava-service-centre	by_referral	pharmacy	727	1
2023-10-20	kerava-service-centre	by_referral	police	727	1
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
2023-10-20	kerava-service-centre	referral_outcomes	pending	727	16
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
2023-10-20	tuusula-hyryla-health-station	by_referral	digital-support	727	2
2023-10-20	tuusula-hyryla-health-station	by_referral	disability-services	727	1
2023-10-20	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-20	tuusula-hyryla-health-station	by_referral	employment-services	727	1
2023-10-20	tuusula-hyryla-health-station	by_referral	family-centre	727	1
2023-10-20	tuusula-hyryla-health-station	by_referral	health-station	727	5
2023-10-20	tuusula-hyryla-health-station	by_referral	kela	727	2
2023-10-20	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	1
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
2023-10-20	tuusula-hyryla-health-station	duration_min_total		727	428
2023-10-20	tuusula-hyryla-health-station	identified		727	9
2023-10-20	tuusula-hyryla-health-station	referral_outcomes	pending	727	14
2023-10-20	tuusula-hyryla-health-station	resolved		727	14
2023-10-20	tuusula-hyryla-health-station	satisfaction_responses		727	7
2023-10-20	tuusula-hyryla-health-station	satisfaction_total		727	29
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
2023-10-23	jarvenpaa-library	by_referral	adult-social-work	727	2
2023-10-23	jarvenpaa-library	by_referral	debt-counselling	727	1
2023-10-23	jarvenpaa-library	by_referral	digital-support	727	2
2023-10-23	jarvenpaa-library	by_referral	health-station	727	1
2023-10-23	jarvenpaa-library	by_referral	kela	727	3
2023-10-23	jarvenpaa-library	by_referral	mental-health-substance	727	1
2023-10-23	jarvenpaa-library	by_referral	ngo	727	3
2023-10-23	jarvenpaa-library	by_referral	oral-health	727	1
2023-10-23	jarvenpaa-library	by_referral	parish-diaconia	727	2
2023-10-23	jarvenpaa-library	by_referral	private-provider	727	1
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
2023-10-23	jarvenpaa-library	contacts		727	24
2023-10-23	jarvenpaa-library	duration_min_total		727	623
2023-10-23	jarvenpaa-library	identified		727	10
2023-10-23	jarvenpaa-library	referral_outcomes	pending	727	17
2023-10-23	jarvenpaa-library	resolved		727	21
2023-10-23	jarvenpaa-library	satisfaction_responses		727	16
2023-10-23	jarvenpaa-library	satisfaction_total		727	66
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
2023-10-23	kerava-service-centre	by_referral	digital-support	727	2
2023-10-23	kerava-service-centre	by_referral	disability-services	727	2
2023-10-23	kerava-service-centre	by_referral	emergency	727	1
2023-10-23	kerava-service-centre	by_referral	health-station	727	4
2023-10-23	kerava-service-centre	by_referral	home-care	727	1
2023-10-23	kerava-service-centre	by_referral	kela	727	4
2023-10-23	kerava-service-centre	by_referral	municipality	727	4
2023-10-23	kerava-service-centre	by_referral	ngo	727	4
2023-10-23	kerava-service-centre	by_referral	older-people-guidance	727	4
2023-10-23	kerava-service-centre	by_referral	oral-health	727	1
2023-10-23	kerava-service-centre	by_referral	pharmacy	727	3
2023-10-23	kerava-service-centre	by_referral	rehabilitation	727	2
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
2023-10-23	kerava-service-centre	contacts		727	36
2023-10-23	kerava-service-centre	duration_min_total		727	641
2023-10-23	kerava-service-centre	identified		727	18
2023-10-23	kerava-service-centre	referral_outcomes	pending	727	32
2023-10-23	kerava-service-centre	resolved		727	28
2023-10-23	kerava-service-centre	satisfaction_responses		727	23
2023-10-23	kerava-service-centre	satisfaction_total		727	106
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
2023-10-23	tuusula-hyryla-health-station	by_referral	adult-social-work	727	5
2023-10-23	tuusula-hyryla-health-station	by_referral	debt-counselling	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	digital-support	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	employment-services	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	health-station	727	3
2023-10-23	tuusula-hyryla-health-station	by_referral	home-care	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	kela	727	3
2023-10-23	tuusula-hyryla-health-station	by_referral	municipality	727	4
2023-10-23	tuusula-hyryla-health-station	by_referral	ngo	727	5
2023-10-23	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	oral-health	727	1
2023-10-23	tuusula-hyryla-health-station	by_referral	pharmacy	727	2
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
2023-10-23	tuusula-hyryla-health-station	contacts		727	36
2023-10-23	tuusula-hyryla-health-station	duration_min_total		727	766
2023-10-23	tuusula-hyryla-health-station	identified		727	17
2023-10-23	tuusula-hyryla-health-station	referral_outcomes	pending	727	29
2023-10-23	tuusula-hyryla-health-station	resolved		727	24
2023-10-23	tuusula-hyryla-health-station	satisfaction_responses		727	20
2023-10-23	tuusula-hyryla-health-station	satisfaction_total		727	93
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
2023-10-24	jarvenpaa-library	by_referral	digital-support	727	3
2023-10-24	jarvenpaa-library	by_referral	emergency	727	1
2023-10-24	jarvenpaa-library	by_referral	health-station	727	3
2023-10-24	jarvenpaa-library	by_referral	kela	727	1
2023-10-24	jarvenpaa-library	by_referral	municipality	727	1
2023-10-24	jarvenpaa-library	by_referral	older-people-guidance	727	1
2023-10-24	jarvenpaa-library	by_referral	pharmacy	727	1
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
2023-10-24	jarvenpaa-library	contacts		727	17
2023-10-24	jarvenpaa-library	duration_min_total		727	355
2023-10-24	jarvenpaa-library	identified		727	11
2023-10-24	jarvenpaa-library	referral_outcomes	pending	727	11
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
2023-10-24	kerava-service-centre	by_referral	adult-social-work	727	1
2023-10-24	kerava-service-centre	by_referral	debt-counselling	727	1
2023-10-24	kerava-service-centre	by_referral	digital-support	727	1
2023-10-24	kerava-service-centre	by_referral	health-station	727	3
2023-10-24	kerava-service-centre	by_referral	home-care	727	1
2023-10-24	kerava-service-centre	by_referral	kela	727	3
2023-10-24	kerava-service-centre	by_referral	ngo	727	3
2023-10-24	kerava-service-centre	by_referral	older-people-guidance	727	1
2023-10-24	kerava-service-centre	by_referral	oral-health	727	2
2023-10-24	kerava-service-centre	by_referral	private-provider	727	1
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
2023-10-24	kerava-service-centre	referral_outcomes	pending	727	17
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
2023-10-24	tuusula-hyryla-health-station	by_referral	adult-social-work	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	debt-counselling	727	1
2023-10-24	tuusula-hyryla-health-station	by_referral	digital-support	727	3
2023-10-24	tuusula-hyryla-health-station	by_referral	disability-services	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	emergency	727	1
2023-10-24	tuusula-hyryla-health-station	by_referral	employment-services	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	health-station	727	5
2023-10-24	tuusula-hyryla-health-station	by_referral	kela	727	6
2023-10-24	tuusula-hyryla-health-station	by_referral	mental-health-substance	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	municipality	727	3
2023-10-24	tuusula-hyryla-health-station	by_referral	ngo	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	1
2023-10-24	tuusula-hyryla-health-station	by_referral	oral-health	727	2
2023-10-24	tuusula-hyryla-health-station	by_referral	parish-diaconia	727	1
2023-10-24	tuusula-hyryla-health-station	by_referral	pharmacy	727	1
2023-10-24	tuusula-hyryla-health-station	by_referral	private-provider	727	1
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
2023-10-24	tuusula-hyryla-health-station	contacts		727	34
2023-10-24	tuusula-hyryla-health-station	duration_min_total		727	732
2023-10-24	tuusula-hyryla-health-station	identified		727	15
2023-10-24	tuusula-hyryla-health-station	referral_outcomes	pending	727	35
2023-10-24	tuusula-hyryla-health-station	resolved		727	17
2023-10-24	tuusula-hyryla-health-station	satisfaction_responses		727	23
2023-10-24	tuusula-hyryla-health-station	satisfaction_total		727	86
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
2023-10-25	jarvenpaa-library	by_referral	debt-counselling	727	1
2023-10-25	jarvenpaa-library	by_referral	digital-support	727	1
2023-10-25	jarvenpaa-library	by_referral	health-station	727	4
2023-10-25	jarvenpaa-library	by_referral	kela	727	7
2023-10-25	jarvenpaa-library	by_referral	municipality	727	2
2023-10-25	jarvenpaa-library	by_referral	ngo	727	1
2023-10-25	jarvenpaa-library	by_referral	oral-health	727	1
2023-10-25	jarvenpaa-library	by_referral	pharmacy	727	2
2023-10-25	jarvenpaa-library	by_referral	rehabilitation	727	1
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
2023-10-25	jarvenpaa-library	duration_min_total		727	427
2023-10-25	jarvenpaa-library	identified		727	8
2023-10-25	jarvenpaa-library	referral_outcomes	pending	727	20
2023-10-25	jarvenpaa-library	resolved		727	13
2023-10-25	jarvenpaa-library	satisfaction_responses		727	10
2023-10-25	jarvenpaa-library	satisfaction_total		727	43
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
2023-10-25	kerava-service-centre	by_referral	adult-social-work	727	2
2023-10-25	kerava-service-centre	by_referral	debt-counselling	727	1
2023-10-25	kerava-service-centre	by_referral	disability-services	727	1
2023-10-25	kerava-service-centre	by_referral	employment-services	727	1
2023-10-25	kerava-service-centre	by_referral	family-centre	727	1
2023-10-25	kerava-service-centre	by_referral	health-station	727	4
2023-10-25	kerava-service-centre	by_referral	kela	727	2
2023-10-25	kerava-service-centre	by_referral	mental-health-substance	727	1
2023-10-25	kerava-service-centre	by_referral	municipality	727	2
2023-10-25	kerava-service-centre	by_referral	ngo	727	3
2023-10-25	kerava-service-centre	by_referral	older-people-guidance	727	1
2023-10-25	kerava-service-centre	by_referral	oral-health	727	1
2023-10-25	kerava-service-centre	by_referral	rehabilitation	727	1
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
2023-10-25	kerava-service-centre	referral_outcomes	pending	727	21
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
2023-10-25	tuusula-hyryla-health-station	by_referral	adult-social-work	727	2
2023-10-25	tuusula-hyryla-health-station	by_referral	employment-services	727	1
2023-10-25	tuusula-hyryla-health-station	by_referral	health-station	727	7
2023-10-25	tuusula-hyryla-health-station	by_referral	home-care	727	2
2023-10-25	tuusula-hyryla-health-station	by_referral	ngo	727	5
2023-10-25	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	2
2023-10-25	tuusula-hyryla-health-station	by_referral	pharmacy	727	1
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
2023-10-25	tuusula-hyryla-health-station	duration_min_total		727	730
2023-10-25	tuusula-hyryla-health-station	identified		727	18
2023-10-25	tuusula-hyryla-health-station	referral_outcomes	pending	727	20
2023-10-25	tuusula-hyryla-health-station	resolved		727	21
2023-10-25	tuusula-hyryla-health-station	satisfaction_responses		727	20
2023-10-25	tuusula-hyryla-health-station	satisfaction_total		727	86
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
2023-10-26	jarvenpaa-library	by_referral	disability-services	727	1
2023-10-26	jarvenpaa-library	by_referral	health-station	727	3
2023-10-26	jarvenpaa-library	by_referral	kela	727	5
2023-10-26	jarvenpaa-library	by_referral	municipality	727	1
2023-10-26	jarvenpaa-library	by_referral	ngo	727	2
2023-10-26	jarvenpaa-library	by_referral	pharmacy	727	1
2023-10-26	jarvenpaa-library	by_referral	private-provider	727	1
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
2023-10-26	jarvenpaa-library	contacts		727	16
2023-10-26	jarvenpaa-library	duration_min_total		727	341
2023-10-26	jarvenpaa-library	identified		727	10
2023-10-26	jarvenpaa-library	referral_outcomes	pending	727	14
2023-10-26	jarvenpaa-library	resolved		727	12
2023-10-26	jarvenpaa-library	satisfaction_responses		727	11
2023-10-26	jarvenpaa-library	satisfaction_total		727	48
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
2023-10-26	kerava-service-centre	by_referral	adult-social-work	727	1
2023-10-26	kerava-service-centre	by_referral	debt-counselling	727	1
2023-10-26	kerava-service-centre	by_referral	employment-services	727	2
2023-10-26	kerava-service-centre	by_referral	health-station	727	3
2023-10-26	kerava-service-centre	by_referral	home-care	727	1
2023-10-26	kerava-service-centre	by_referral	kela	727	2
2023-10-26	kerava-service-centre	by_referral	legal-aid	727	1
2023-10-26	kerava-service-centre	by_referral	municipality	727	1
2023-10-26	kerava-service-centre	by_referral	ngo	727	1
2023-10-26	kerava-service-centre	by_referral	oral-health	727	1
2023-10-26	kerava-service-centre	by_referral	parish-diaconia	727	1
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
2023-10-26	kerava-service-centre	contacts		727	17
2023-10-26	kerava-service-centre	duration_min_total		727	296
2023-10-26	kerava-service-centre	identified		727	6
2023-10-26	kerava-service-centre	referral_outcomes	pending	727	15
2023-10-26	kerava-service-centre	resolved		727	11
2023-10-26	kerava-service-centre	satisfaction_responses		727	11
2023-10-26	kerava-service-centre	satisfaction_total		727	48
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
2023-10-26	tuusula-hyryla-health-station	by_referral	adult-social-work	727	1
2023-10-26	tuusula-hyryla-health-station	by_referral	debt-counselling	727	1
2023-10-26	tuusula-hyryla-health-station	by_referral	digital-support	727	1
2023-10-26	tuusula-hyryla-health-station	by_referral	employment-services	727	2
2023-10-26	tuusula-hyryla-health-station	by_referral	health-station	727	5
2023-10-26	tuusula-hyryla-health-station	by_referral	kela	727	3
2023-10-26	tuusula-hyryla-health-station	by_referral	mental-health-substance	727	1
2023-10-26	tuusula-hyryla-health-station	by_referral	municipality	727	2
2023-10-26	tuusula-hyryla-health-station	by_referral	ngo	727	1
2023-10-26	tuusula-hyryla-health-station	by_referral	older-people-guidance	727	2
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
2023-10-26	tuusula-hyryla-health-station	duration_min_total		727	358
2023-10-26	tuusula-hyryla-health-station	identified		727	12
2023-10-26	tuusula-hyryla-health-station	referral_outcomes	pending	727	19
2023-10-26	tuusula-hyryla-health-station	resolved		727	14
2023-10-26	tuusula-hyryla-health-station	satisfaction_responses		727	11
2023-10-26	tuusula-hyryla-health-station	satisfaction_total		727	39
2023-10-26	tuusula-hyryla-health-station	verified		727	14
2023-10-26	tuusula-hyryla-health-station	with_client_ref		727	4
2023-10-16	jarvenpaa-library	repeats		727	3
2023-10-23	jarvenpaa-library	repeats		727	1
2023-10-16	tuusula-hyryla-health-station	repeats		727	3
2023-10-24	tuusula-hyryla-health-station	repeats		727	1
2023-10-19	tuusula-hyryla-health-station	repeats		727	2
2023-10-18	tuusula-hyryla-health-station	repeats		727	2
2023-10-17	kerava-service-centre	repeats		727	2
2023-10-24	kerava-service-centre	repeats		727	1
2023-10-17	tuusula-hyryla-health-station	repeats		727	2
2023-10-19	kerava-service-centre	repeats		727	1
2023-10-16	kerava-service-centre	repeats		727	2
2023-10-16	jarvenpaa-library	verified		727	13
2023-10-23	jarvenpaa-library	verified		727	20
2023-10-16	tuusula-hyryla-health-station	verified		727	35
2023-10-24	tuusula-hyryla-health-station	verified		727	16
2023-10-19	tuusula-hyryla-health-station	verified		727	17
2023-10-18	tuusula-hyryla-health-station	verified		727	15
2023-10-17	tuusula-hyryla-health-station	verified		727	17
2023-10-19	kerava-service-centre	verified		727	12
\.


--
-- Data for Name: draft; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.draft (id, advisor, point, updated_at, form) FROM stdin;
\.


--
-- Data for Name: follow_up_done; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.follow_up_done (contact_id, done_at, "user", note, closed_by) FROM stdin;
\.


--
-- Data for Name: migration; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.migration (identifier) FROM stdin;
v1: contact log
v2: follow-ups
v3: contacts by hour
\.


--
-- Data for Name: pseudonym_key; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.pseudonym_key ("only", key) FROM stdin;
t	\\x1e28af2c07781e0dd12037f6bf4180c626148060e450d9668e908841250ac3f0
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
-- Data for Name: setting; Type: TABLE DATA; Schema: neuvo; Owner: postgres
--

COPY neuvo.setting (key, value) FROM stdin;
follow_up_window_hours	336
\.


--
-- Name: audit_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.audit_id_seq', 11, true);


--
-- Name: contact_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.contact_id_seq', 611, true);


--
-- Name: draft_id_seq; Type: SEQUENCE SET; Schema: neuvo; Owner: postgres
--

SELECT pg_catalog.setval('neuvo.draft_id_seq', 1, false);


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
-- Name: audit audit_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.audit
    ADD CONSTRAINT audit_pkey PRIMARY KEY (id);


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
-- Name: follow_up_done follow_up_done_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.follow_up_done
    ADD CONSTRAINT follow_up_done_pkey PRIMARY KEY (contact_id);


--
-- Name: migration migration_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.migration
    ADD CONSTRAINT migration_pkey PRIMARY KEY (identifier);


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
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: neuvo; Owner: postgres
--

ALTER TABLE ONLY neuvo.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (key);


--
-- Name: audit_at; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX audit_at ON neuvo.audit USING btree (at);


--
-- Name: contact_client_instant; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_client_instant ON neuvo.contact USING btree (client_ref, instant) WHERE (client_ref IS NOT NULL);


--
-- Name: contact_day_point; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_day_point ON neuvo.contact USING btree (day, point);


--
-- Name: contact_unresolved_point_day; Type: INDEX; Schema: neuvo; Owner: postgres
--

CREATE INDEX contact_unresolved_point_day ON neuvo.contact USING btree (point, day) WHERE (NOT resolved);


--
-- Name: audit audit_is_never_changed; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_is_never_changed BEFORE DELETE OR UPDATE ON neuvo.audit FOR EACH ROW EXECUTE FUNCTION neuvo.refuse_audit_change();


--
-- Name: audit audit_is_never_truncated; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER audit_is_never_truncated BEFORE TRUNCATE ON neuvo.audit FOR EACH STATEMENT EXECUTE FUNCTION neuvo.refuse_audit_change();


--
-- Name: contact contact_saved; Type: TRIGGER; Schema: neuvo; Owner: postgres
--

CREATE TRIGGER contact_saved AFTER INSERT OR DELETE OR UPDATE ON neuvo.contact FOR EACH STATEMENT EXECUTE FUNCTION neuvo.notify_contacts();


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
-- Name: daily_figure advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.daily_figure TO neuvo_advisor USING ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[]))) WITH CHECK ((point = ANY (( SELECT neuvo.my_points() AS my_points)::text[])));


--
-- Name: follow_up_done advisor_points; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY advisor_points ON neuvo.follow_up_done TO neuvo_advisor USING ((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = follow_up_done.contact_id)))) WITH CHECK (((EXISTS ( SELECT 1
   FROM neuvo.contact c
  WHERE (c.id = follow_up_done.contact_id))) AND ("user" = (SESSION_USER)::text)));


--
-- Name: assessment; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.assessment ENABLE ROW LEVEL SECURITY;

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
-- Name: daily_figure; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.daily_figure ENABLE ROW LEVEL SECURITY;

--
-- Name: draft; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.draft ENABLE ROW LEVEL SECURITY;

--
-- Name: follow_up_done; Type: ROW SECURITY; Schema: neuvo; Owner: postgres
--

ALTER TABLE neuvo.follow_up_done ENABLE ROW LEVEL SECURITY;

--
-- Name: draft own_drafts; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY own_drafts ON neuvo.draft TO neuvo_advisor, neuvo_supervisor USING ((advisor = (SESSION_USER)::text)) WITH CHECK ((advisor = (SESSION_USER)::text));


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
-- Name: daily_figure supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.daily_figure FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: follow_up_done supervisor_reads; Type: POLICY; Schema: neuvo; Owner: postgres
--

CREATE POLICY supervisor_reads ON neuvo.follow_up_done FOR SELECT TO neuvo_supervisor USING (true);


--
-- Name: SCHEMA neuvo; Type: ACL; Schema: -; Owner: postgres
--

GRANT USAGE ON SCHEMA neuvo TO neuvo_advisor;
GRANT USAGE ON SCHEMA neuvo TO neuvo_supervisor;
GRANT USAGE ON SCHEMA neuvo TO neuvo_trainer;


--
-- Name: FUNCTION audit(command text, details text, contacts integer); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.audit(command text, details text, contacts integer) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.audit(command text, details text, contacts integer) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.audit(command text, details text, contacts integer) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.audit(command text, details text, contacts integer) TO neuvo_trainer;


--
-- Name: FUNCTION close_follow_ups(ids bigint[], closer bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.close_follow_ups(ids bigint[], closer bigint) TO neuvo_advisor;


--
-- Name: FUNCTION earlier_contacts(ref text, from_instant bigint, before_instant bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.earlier_contacts(ref text, from_instant bigint, before_instant bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.earlier_contacts(ref text, from_instant bigint, before_instant bigint) TO neuvo_advisor;


--
-- Name: FUNCTION my_points(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.my_points() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.my_points() TO neuvo_advisor;


--
-- Name: FUNCTION notify_contacts(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.notify_contacts() FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.notify_contacts() TO neuvo_advisor;


--
-- Name: FUNCTION pseudonym(code text); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.pseudonym(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.pseudonym(code text) TO neuvo_advisor;


--
-- Name: FUNCTION refresh_repeats(refs text[], figures_origin bigint); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.refresh_repeats(refs text[], figures_origin bigint) TO neuvo_advisor;


--
-- Name: FUNCTION refuse_audit_change(); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.refuse_audit_change() FROM PUBLIC;


--
-- Name: FUNCTION whoami(OUT login text, OUT role text, OUT points text[]); Type: ACL; Schema: neuvo; Owner: postgres
--

REVOKE ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_advisor;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_supervisor;
GRANT ALL ON FUNCTION neuvo.whoami(OUT login text, OUT role text, OUT points text[]) TO neuvo_trainer;


--
-- Name: TABLE assessment; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,DELETE ON TABLE neuvo.assessment TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.assessment TO neuvo_supervisor;


--
-- Name: TABLE audit; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT ON TABLE neuvo.audit TO neuvo_supervisor;


--
-- Name: TABLE contact; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,UPDATE ON TABLE neuvo.contact TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.contact TO neuvo_supervisor;


--
-- Name: SEQUENCE contact_id_seq; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT USAGE ON SEQUENCE neuvo.contact_id_seq TO neuvo_advisor;


--
-- Name: TABLE contact_referral; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,DELETE ON TABLE neuvo.contact_referral TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.contact_referral TO neuvo_supervisor;


--
-- Name: TABLE contact_topic; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,DELETE ON TABLE neuvo.contact_topic TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.contact_topic TO neuvo_supervisor;


--
-- Name: TABLE daily_figure; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE neuvo.daily_figure TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.daily_figure TO neuvo_supervisor;


--
-- Name: TABLE draft; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE neuvo.draft TO neuvo_advisor;
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE neuvo.draft TO neuvo_supervisor;


--
-- Name: SEQUENCE draft_id_seq; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT USAGE ON SEQUENCE neuvo.draft_id_seq TO neuvo_advisor;
GRANT USAGE ON SEQUENCE neuvo.draft_id_seq TO neuvo_supervisor;


--
-- Name: TABLE follow_up_done; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT,INSERT,UPDATE ON TABLE neuvo.follow_up_done TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.follow_up_done TO neuvo_supervisor;


--
-- Name: TABLE migration; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT ON TABLE neuvo.migration TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.migration TO neuvo_supervisor;
GRANT SELECT ON TABLE neuvo.migration TO neuvo_trainer;


--
-- Name: TABLE setting; Type: ACL; Schema: neuvo; Owner: postgres
--

GRANT SELECT ON TABLE neuvo.setting TO neuvo_advisor;
GRANT SELECT ON TABLE neuvo.setting TO neuvo_supervisor;
GRANT SELECT ON TABLE neuvo.setting TO neuvo_trainer;


--
-- PostgreSQL database dump complete
--

\unrestrict pxb9SZiUzqEoqBaYqcDyiC2qnBo94mM6xesuHFmZttEiHOWv3qk4A4sc7mizyJw

