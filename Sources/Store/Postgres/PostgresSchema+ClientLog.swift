extension PostgresSchema {
    /// v11's client log part (CONTRACT §11): the audit rows found by client (`neuvo audit --client -`) and by login
    /// (`--login`), and everything held linked to a client (`neuvo client-data -`) — for the owner and supervisors only,
    /// the pseudonym computed here from the identity code (the caller never sees the key nor the pseudonym), each search
    /// itself audited. Also the two writes that touched clients without naming them in their audit rows: an import and a
    /// listing of handoffs with their details.
    static let v11ClientLog = #"""
        CREATE INDEX audit_clients ON neuvo.audit USING gin ("clients");
        CREATE INDEX audit_user ON neuvo.audit ("user", "at");

        -- A supervisor's look-ups are counted as an advisor's are (CONTRACT §6: at a form's pace, never a brute force's):
        -- the counters made when the role is given (made here, not at the first look-up, so that a look-up in a
        -- transaction rolled back cannot take its counters back with it).
        CREATE TRIGGER supervisor_counters AFTER INSERT OR UPDATE OF "role" ON neuvo.member
            FOR EACH ROW WHEN (NEW."role" = 'supervisor') EXECUTE FUNCTION neuvo.make_pseudonym_counters();
        DO $$
        DECLARE l text;
        BEGIN
            FOR l IN SELECT "login" FROM neuvo.member WHERE "role" = 'supervisor' LOOP
                EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(l, 'minute');
                EXECUTE 'CREATE SEQUENCE IF NOT EXISTS ' || neuvo.pseudonym_counter(l, 'day');
            END LOOP;
        END $$;

        -- The client a review names, for the owner and supervisors only (refused first, 42501): the pseudonym of the
        -- identity code, a supervisor's look-ups counted against the login's limits like an advisor's.
        CREATE FUNCTION neuvo.reviewed_client(identity_code text, what text) RETURNS text
        LANGUAGE plpgsql SET search_path = neuvo, pg_temp AS $$
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

        -- (`label`: the command the row names, as `command` elsewhere, which here is a column of the answer.)
        -- `neuvo audit --client -`: every audit row that names the client, oldest first; audited, naming the client.
        CREATE FUNCTION neuvo.client_audit(identity_code text, label text DEFAULT NULL)
        RETURNS TABLE ("at" text, "user" text, "command" text, "details" text, "contacts" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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

        -- `neuvo audit --login NAME`: the login's audit rows, oldest first; `from_day`/`to_day` UTC days, inclusive (NULL:
        -- open). Audited, naming the login.
        CREATE FUNCTION neuvo.login_audit(login text, from_day date DEFAULT NULL, to_day date DEFAULT NULL, label text DEFAULT NULL)
        RETURNS TABLE ("at" text, "user" text, "command" text, "details" text, "contacts" integer)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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

        -- `neuvo client-data -`: everything held linked to the client, as one JSON object: its contacts with every column
        -- (but the pseudonym and the save's token) and their codes, their assessments, follow-ups marked done, and the
        -- handoffs sent from them with their details while they exist and their tries. Audited, naming the client.
        CREATE FUNCTION neuvo.client_data(identity_code text, command text DEFAULT NULL) RETURNS jsonb
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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

        REVOKE ALL ON FUNCTION neuvo.reviewed_client(text, text) FROM PUBLIC;
        REVOKE ALL ON FUNCTION neuvo.client_audit(text, text), neuvo.login_audit(text, date, date, text), neuvo.client_data(text, text) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION neuvo.client_audit(text, text), neuvo.login_audit(text, date, date, text), neuvo.client_data(text, text)
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        \#(v11HandoffList)
        \#(v11Import)
        """#
}
