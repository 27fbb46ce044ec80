import Foundation
import Guidance

extension PostgresSchema {
    /// v15: figure lists by the page (issue 22). The list behind a figure of the day browser comes one screenful at a
    /// time, by keyset pagination in the order (day, instant, id) that the new index holds, and is counted apart — from
    /// the stored daily figure where one counts exactly those contacts. The filter's condition is generated from
    /// `ContactFilter.condition(named:_:)`, the one SQLite runs. v7's `contacts_behind`, which held a copy of its own and
    /// read the whole list at once, is dropped: no client calls it, and a rule kept twice drifts.
    static let v15 = #"""
        DROP FUNCTION neuvo.contacts_behind(date, date, text, text, text, text[], text);
        CREATE INDEX contact_day_instant ON neuvo.contact ("day", "instant", "id");

        -- The figure as the audit log names it (ContactFilter.description): `topic housing`; NULL for an unknown filter or
        -- one without its code.
        CREATE FUNCTION neuvo.contact_filter_words(filter text, code text) RETURNS text
        LANGUAGE sql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
            SELECT CASE filter
        \#(filterWordsCases)
            END;
        $$;

        -- Refuses an unknown filter, one without its code, and a kind of referral without its destinations; the words
        -- of the audit row otherwise.
        CREATE FUNCTION neuvo.checked_contact_filter(filter text, code text, codes text[]) RETURNS text
        LANGUAGE plpgsql IMMUTABLE SET search_path = neuvo, pg_temp AS $$
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

        -- One page of the contacts behind one figure of the period (the day browser's drill-down): `filter` names the
        -- figure as ContactFilter does, `code` its code (for `referral_kind` the kind, with its destinations in `codes`).
        -- At most `page_size` (1–\#(pageLimit)) contacts in the order (day, instant, id): the first ones, or those right
        -- after the key (`after_day`, `after_instant`, `after_id`; all three or none) — or, `backward`, the last ones or
        -- those right before the key, given in the same order. Audited with the pseudonyms of the contacts it gives.
        CREATE FUNCTION neuvo.contacts_page(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            after_day date, after_instant bigint, after_id bigint, backward boolean, page_size integer, command text DEFAULT NULL)
        RETURNS SETOF neuvo.contact_row
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
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
            IF page_size < 1 OR page_size > \#(pageLimit) THEN
                RAISE EXCEPTION 'a page is 1 to \#(pageLimit) contacts, not %', page_size USING ERRCODE = 'invalid_parameter_value';
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
                FOR r IN \#(pageSelect(backward: true)) LOOP
                    page_rows := r || page_rows;
                END LOOP;
            ELSE
                FOR r IN \#(pageSelect(backward: false)) LOOP
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

        -- How many contacts the list behind the figure has: the stored daily figure's sum where one counts exactly those
        -- contacts, else a count of them. Audited (the count, no pseudonym: no contact is read).
        CREATE FUNCTION neuvo.contacts_count(from_day date, to_day date, at_point text, filter text, code text, codes text[],
            command text DEFAULT NULL)
        RETURNS bigint
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
        DECLARE
            who text := neuvo.caller_role();
            wanted text[] := neuvo.read_points(who, at_point, '{owner,supervisor,advisor}', 'reading contacts');
            described text;
            stored text;
            total bigint;
        BEGIN
            PERFORM neuvo.required(from_day, 'from_day'), neuvo.required(to_day, 'to_day'), neuvo.required(filter, 'filter');
            described := neuvo.checked_contact_filter(filter, code, codes);
            stored := CASE filter \#(storedFigureCases) END;
            IF stored IS NOT NULL THEN
                SELECT coalesce(sum(f."value"), 0) INTO total FROM neuvo.daily_figure AS f
                WHERE f."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR f."point" = ANY (wanted))
                  AND f."figure" = stored AND f."code" = coalesce(contacts_count.code, '');
            ELSE
                SELECT count(*) INTO total FROM neuvo.contact AS c
                WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted)) AND \#(filterCondition);
            END IF;
            PERFORM neuvo.audit_append(neuvo.command_label(command, 'contacts_count'),
                neuvo.period_text(from_day, to_day, at_point) || ', ' || described || ', counted', total::integer);
            RETURN total;
        END $$;

        REVOKE ALL ON FUNCTION neuvo.contact_filter_words(text, text), neuvo.checked_contact_filter(text, text, text[]) FROM PUBLIC;
        REVOKE ALL ON FUNCTION \#(v15FunctionSignatures.joined(separator: ", ")) FROM PUBLIC;
        GRANT EXECUTE ON FUNCTION \#(v15FunctionSignatures.joined(separator: ", "))
            TO neuvo_advisor, neuvo_supervisor, neuvo_trainer, neuvo_board;
        """#

    /// The functions of v15 the client calls, with their argument types (for grants).
    static let v15FunctionSignatures = [
        "neuvo.contacts_page(date, date, text, text, text, text[], date, bigint, bigint, boolean, integer, text)",
        "neuvo.contacts_count(date, date, text, text, text, text[], text)",
    ]

    private static var pageLimit: Int { PostgresLog.pageLimit }

    /// The filter's condition on the contact `c` for any filter the function is given: `CASE filter WHEN … END`.
    static var filterCondition: String {
        "CASE filter\n"
            + ContactFilter.names.map { "                    WHEN '\($0)' THEN " + ContactFilter.condition(named: $0, .postgres) }.joined(separator: "\n")
            + "\n                  END"
    }

    /// One page's query, forwards or backwards from the key, by the index on (day, instant, id).
    private static func pageSelect(backward: Bool) -> String {
        let direction = backward ? " DESC" : ""
        return """
            \(contactRowSelect)
                        WHERE c."day" BETWEEN from_day AND to_day AND (wanted IS NULL OR c."point" = ANY (wanted))
                          AND (c."day", c."instant", c."id") \(backward ? "<" : ">") (key_day, key_instant, key_id)
                          AND \(filterCondition)
                        ORDER BY c."day"\(direction), c."instant"\(direction), c."id"\(direction)
                        LIMIT page_size
            """
    }

    /// `WHEN 'channel' THEN 'channel ' || code`: the audit log's words for each filter, as `ContactFilter.description`
    /// gives them (the code written where the description has it).
    private static var filterWordsCases: String {
        let marker = "\u{1}"
        return ContactFilter.names.map { name in
            let words = ContactFilter.described(named: name, code: marker)
            let parts = words.components(separatedBy: marker).map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }
            return "        WHEN '\(name)' THEN " + parts.joined(separator: " || code || ")
        }.joined(separator: "\n")
    }

    /// `WHEN 'topic' THEN 'by_topic'`: the stored figure that counts exactly each filter's contacts.
    static var storedFigureCases: String {
        ContactFilter.names.compactMap { name in ContactFilter.storedFigure(named: name).map { "WHEN '\(name)' THEN '\($0)'" } }
            .joined(separator: " ")
    }
}
