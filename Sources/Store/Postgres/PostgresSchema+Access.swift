extension PostgresSchema {
    /// v7, first part: who is calling (decided once, in the server, for every function) and the one way an audit row
    /// is written. Every function of v7 calls `neuvo.caller_role()` and `neuvo.audit_append(…)`; nothing else writes
    /// `neuvo.audit`.
    static let v7Access = #"""
        INSERT INTO neuvo.setting ("key", "value") VALUES ('timezone', 'Europe/Helsinki') ON CONFLICT ("key") DO NOTHING;

        -- The caller's neuvo role in this database: 'owner', 'supervisor', 'trainer', 'advisor', 'board', or NULL.
        CREATE FUNCTION neuvo.caller_role() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            SELECT "role" FROM neuvo.whoami();
        $$;

        -- Appends one audit row for the caller (session_user). `action` names what was done (the function's own name),
        -- `details` what it touched, `contacts` how many contacts, `clients` the pseudonyms of the clients whose data it
        -- read or changed (never an identity code).
        ALTER TABLE neuvo.audit ADD COLUMN "clients" text[] NOT NULL DEFAULT '{}';
        CREATE FUNCTION neuvo.audit_append(action text, details text, contacts integer, clients text[] DEFAULT '{}') RETURNS void
        LANGUAGE sql SECURITY DEFINER SET search_path = neuvo, pg_temp AS $$
            INSERT INTO neuvo.audit ("at", "user", "command", "details", "contacts", "clients")
            VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), session_user, action, details, contacts,
                    coalesce(clients, '{}'));
        $$;
        REVOKE ALL ON FUNCTION neuvo.caller_role(), neuvo.audit_append(text, text, integer, text[]) FROM PUBLIC;
        """#
}
