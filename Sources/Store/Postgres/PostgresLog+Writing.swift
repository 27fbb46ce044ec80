import Foundation
import Guidance
import PQ

extension PostgresLog {
    /// Saves one contact as `ContactLog.log` promises, in one transaction. The save carries a token of its own: when
    /// the connection is lost before the commit is heard of, the log reconnects and looks for the token, so a save
    /// is done once, never twice.
    @discardableResult
    public func log(
        _ contact: Contact, assessment: Assessment?, chain: String?, closing followUps: [Int64], replacingDraft draft: Int64?,
        token: String?, by actor: Actor
    ) throws -> Int64 {
        _ = try check(contact)
        let token = token ?? UUID().uuidString
        // A refusal (a point not the login's) or a connection lost for good is a StoreError, as for every other write.
        return try run { _ in
            try retryingOnLostConnection(alreadyDone: { c in try Self.contactID(savedWith: token, c) }) { c in
                try Self.committing(c) { c in
                    // A save tried again with its token (the app's after a lost connection, or from its draft after a
                    // crash) is done once: its first attempt's contact stands, and nothing else is written.
                    guard let id = try Self.insert(contact, token: token, c) else {
                        guard let id = try Self.contactID(savedWith: token, c) else { throw SavedOutOfSight() }
                        return id
                    }
                    if let assessment { try Self.insert(assessment, chain: chain, contactID: id, c) }
                    var changes = DailyChanges()
                    changes.count(contact)
                    try Self.store(changes, c)
                    try Self.refreshRepeats(clientRefs: contact.clientRef.map { [$0] } ?? [], c)
                    if !followUps.isEmpty {
                        let closed = try c.exec(
                            "SELECT * FROM neuvo.close_follow_ups($1::bigint[], $2)", [PGArray.literal(followUps.map(String.init)), String(id)])
                        let ids = Set((0..<closed.rowCount).map { closed.integer64($0, 0) })
                        if let missing = followUps.first(where: { !ids.contains($0) }) { throw ContactNotFound(id: missing) }
                    }
                    try Self.removeDraft(draft, c)
                    try Self.audit(c, actor, details: Self.savedDetails(id: id, contact, closing: followUps), contacts: 1 + followUps.count)
                    return id
                }
            }
        }
    }

    public func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        try importContacts(details: details, by: actor) { batches.popLast() }
    }

    /// Saves the contacts `next` gives in one transaction, or none of them: each batch is copied (COPY) with ids drawn
    /// from the contact sequence. The owner, whom row-level security leaves alone, copies straight into the log;
    /// anyone else into temporary tables, moved into the log at the end, where row-level security checks every row's
    /// point (the server refuses COPY FROM into a table whose row-level security applies to the login). Other
    /// sessions' saves wait for none of it: they touch other rows.
    @discardableResult
    public func importContacts(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        let direct = session.role == .owner
        let (contactTable, topicTable, referralTable, needTable) =
            direct ? ("neuvo.contact", "neuvo.contact_topic", "neuvo.contact_referral", "neuvo.contact_unmet_need")
                : ("import_contact", "import_topic", "import_referral", "import_unmet_need")
        return try transaction { c in
            if !direct {
                try c.exec(
                    """
                    CREATE TEMP TABLE import_contact (LIKE neuvo.contact) ON COMMIT DROP;
                    CREATE TEMP TABLE import_topic (LIKE neuvo.contact_topic) ON COMMIT DROP;
                    CREATE TEMP TABLE import_referral (LIKE neuvo.contact_referral) ON COMMIT DROP;
                    CREATE TEMP TABLE import_unmet_need (LIKE neuvo.contact_unmet_need) ON COMMIT DROP;
                    """)
            }
            let loggedAt = Self.now()
            let rowsBefore = direct ? try c.exec("SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass").integer(0, 0) : 0
            var refs = Set<String>()
            var changes = DailyChanges()
            var count = 0
            while let batch = try next() {
                guard !batch.isEmpty else { continue }
                let ids = try c.exec("SELECT nextval('neuvo.contact_id_seq') FROM generate_series(1, $1)", [String(batch.count)])
                var topicRows: [[String?]] = [], referralRows: [[String?]] = [], needRows: [[String?]] = []
                var index = 0
                // Each contact's row is made when the COPY asks for it, so that the server stores one chunk of rows while
                // the next is made.
                try c.copyIn("COPY \(contactTable) (\(Self.contactColumns)) FROM STDIN") { () -> [String?]? in
                    guard index < batch.count else { return nil }
                    let contact = batch[index].contact
                    let id = ids.text(index, 0)
                    index += 1
                    for topic in contact.topics { topicRows.append([id, topic]) }
                    for referral in contact.referrals { referralRows.append([id, referral, contact.outcome(of: referral)]) }
                    for need in contact.unmetNeeds { needRows.append([id, need]) }
                    if let ref = contact.clientRef { refs.insert(ref) }
                    changes.count(contact)
                    return [id] + Self.columns(of: contact, loggedAt: loggedAt) + ["f", nil, contact.consultation]
                }
                try c.copyIn("COPY \(topicTable) FROM STDIN", rows: topicRows)
                try c.copyIn("COPY \(referralTable) FROM STDIN", rows: referralRows)
                if !needRows.isEmpty { try c.copyIn("COPY \(needTable) FROM STDIN", rows: needRows) }
                count += batch.count
            }
            if !direct {
                try c.exec(
                    """
                    INSERT INTO neuvo.contact (\(Self.contactColumns)) SELECT \(Self.contactColumns) FROM import_contact;
                    INSERT INTO neuvo.contact_topic SELECT * FROM import_topic;
                    INSERT INTO neuvo.contact_referral SELECT * FROM import_referral;
                    INSERT INTO neuvo.contact_unmet_need SELECT * FROM import_unmet_need;
                    """)
            }
            // The import's figures in rows of its own, so that nobody's save waits for this transaction's row locks.
            let origin = try c.exec("SELECT txid_current()").integer64(0, 0)
            try Self.store(changes, origin: origin, c)
            try Self.refreshRepeats(clientRefs: refs, origin: origin, c)
            // After a large import the planner knows nothing of the new rows until autovacuum analyses them (a minute
            // or more after a million contacts), and meanwhile a save's repeat check, planned blind, read the whole
            // contact table (400 ms a save rather than 2). So the owner, who may, analyses the tables in this
            // transaction when autovacuum would: when more than a tenth of the rows are new.
            if direct && count > 50 + max(rowsBefore, 0) / 10 {
                try c.exec("ANALYZE neuvo.contact, neuvo.contact_topic, neuvo.contact_referral, neuvo.daily_figure, neuvo.repeat_client")
            }
            try Self.audit(c, actor, details: details, contacts: count)
            return count
        }
    }

    /// Replaces a saved contact as `ContactLog.update` promises (only a contact at one's own points: row-level security).
    public func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64?, by actor: Actor
    ) throws {
        _ = try check(contact)
        try transaction { c in
            try Self.removeDraft(draft, c)
            guard let old = try Self.loggedContacts(c, where: #"c."id" = $1"#, [String(id)]).first else { throw ContactNotFound(id: id) }
            var changes = DailyChanges()
            changes.count(old.contact, hasRepeat: old.hasRepeat, times: -1)
            let columns = Self.columns(of: contact, loggedAt: "")
            try c.exec(
                """
                UPDATE neuvo.contact SET ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                    "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                    "consultation") = ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17), "has_repeat" = false
                WHERE "id" = $18
                """, Array(columns.dropLast()) + [contact.consultation, String(id)])
            try c.exec(#"DELETE FROM neuvo.contact_topic WHERE "contact_id" = $1"#, [String(id)])
            try c.exec(#"DELETE FROM neuvo.contact_referral WHERE "contact_id" = $1"#, [String(id)])
            try c.exec(#"DELETE FROM neuvo.contact_unmet_need WHERE "contact_id" = $1"#, [String(id)])
            try Self.insertCodes(of: contact, id: id, c)
            try c.exec(#"DELETE FROM neuvo.assessment WHERE "contact_id" = $1"#, [String(id)])
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, c) }
            changes.count(contact)
            try Self.store(changes, c)
            try Self.refreshRepeats(clientRefs: Set([old.contact.clientRef, contact.clientRef].compactMap { $0 }), c)
            try Self.audit(c, actor, details: "contact \(id) edited", contacts: 1)
        }
    }

    // MARK: - Follow-ups and drafts

    public func markFollowUpDone(contactID: Int64, note: String, by actor: Actor) throws {
        try Self.refuseIdentityCode(in: note)
        try transaction { c in
            try Self.requireContact(contactID, c)
            try c.exec(
                """
                INSERT INTO neuvo.follow_up_done ("contact_id", "done_at", "user", "note") VALUES ($1, $2, session_user, $3)
                ON CONFLICT ("contact_id") DO UPDATE SET "done_at" = excluded."done_at", "user" = excluded."user", "note" = excluded."note"
                """, [String(contactID), Self.now(), note])
            try Self.audit(c, actor, details: "follow-up of contact \(contactID) done", contacts: 1)
        }
    }

    @discardableResult
    public func saveDraft(id: Int64?, form: String, point: String?, by actor: Actor) throws -> Int64 {
        try Self.refuseIdentityCode(in: form)
        return try transaction { c in
            let now = Self.now()
            if let id {
                let updated = try c.exec(
                    #"UPDATE neuvo.draft SET "form" = $1, "point" = $2, "updated_at" = $3 WHERE "id" = $4 AND "advisor" = session_user"#,
                    [form, point, now, String(id)])
                if updated.affectedRows > 0 { return id }
            }
            let id = try c.exec(
                #"INSERT INTO neuvo.draft ("point", "updated_at", "form") VALUES ($1, $2, $3) RETURNING "id""#, [point, now, form]
            ).integer64(0, 0)
            try Self.audit(c, actor, details: "draft \(id) started", contacts: 0)
            return id
        }
    }

    public func deleteDraft(id: Int64, by actor: Actor) throws {
        try transaction { c in
            try Self.removeDraft(id, c)
            try Self.audit(c, actor, details: "draft \(id) discarded", contacts: 0)
        }
    }

    // MARK: - Settings and the audit log

    public func setFollowUpWindow(hours: Int, by actor: Actor) throws {
        precondition(hours > 0)
        try transaction { c in
            try c.exec(#"UPDATE neuvo.setting SET "value" = $1 WHERE "key" = 'follow_up_window_hours'"#, [String(hours)])
            try c.exec("SELECT neuvo.refresh_repeats(NULL)")
            let count = try c.exec(#"SELECT count(*) FROM neuvo.contact WHERE "client_ref" IS NOT NULL"#).integer(0, 0)
            try Self.audit(c, actor, details: "follow-up window \(hours) h", contacts: count)
        }
    }

    /// The owner's (the server refuses every other login the table).
    public func setTimeZone(_ name: String, by actor: Actor) throws {
        try transaction { c in
            let old = try c.exec(#"SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'"#)
            try c.exec(
                #"INSERT INTO neuvo.setting ("key", "value") VALUES ('timezone', $1) ON CONFLICT ("key") DO UPDATE SET "value" = $1"#, [name])
            try Self.audit(
                c, actor, details: Setting.timeZoneDetails(from: old.rowCount == 0 ? Setting.defaultTimeZone : old.text(0, 0), to: name),
                contacts: 0)
        }
    }

    public func record(_ details: String, by actor: Actor) throws {
        try transaction { c in try Self.audit(c, actor, details: details, contacts: 0) }
    }

    /// A demo database is never on PostgreSQL.
    public func resetDemo(with contacts: [Contact], records: [EvaluationRecord], by actor: Actor) throws {
        throw StoreError.notDemoDatabase(path: Self.redacted(uri))
    }

    // MARK: - The pieces of a write

    func check(_ contact: Contact) throws -> CheckedContact {
        try Self.check(contact, vocabulary: vocabulary, points: points)
    }

    /// The contact table's columns as `columns(of:loggedAt:)` gives their values, after the id.
    static let contactColumns = #""id", "occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason", "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor", "logged_at", "has_repeat", "save_token", "consultation""#

    /// A contact's values as text, in the order of `contactColumns` from occurred_at to logged_at.
    static func columns(of c: Contact, loggedAt: String) -> [String?] {
        [
            c.occurredAt.description, String(c.occurredAt.instant), c.occurredAt.date.description, c.point, c.channel,
            c.resolved ? "t" : "f", c.contactBy, c.reason, c.identified ? "t" : "f", c.ageGroup, c.serviceArea,
            c.durationMinutes.map(String.init), c.segment?.rawValue, c.clientRef, c.satisfaction.map(String.init), c.advisor, loggedAt,
        ]
    }

    /// Inserts the contact with its topics and referrals; nil, writing nothing, when a contact was saved with `token`
    /// already (one statement, rather than a look for the token before each save).
    static func insert(_ contact: Contact, token: String, _ c: PQConnection) throws -> Int64? {
        let inserted = try c.exec(
            """
            INSERT INTO neuvo.contact ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "save_token", "consultation")
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            ON CONFLICT ("save_token") DO NOTHING RETURNING "id"
            """, columns(of: contact, loggedAt: now()) + [token, contact.consultation])
        guard inserted.rowCount > 0 else { return nil }
        let id = inserted.integer64(0, 0)
        try insertCodes(of: contact, id: id, c)
        return id
    }

    /// A contact was saved with this save's token, but the login cannot see it (its points have changed since).
    struct SavedOutOfSight: Error, CustomStringConvertible {
        var description: String { "this contact was saved already, at a point this login no longer works at" }
    }

    /// The contact's topics, referrals with their outcomes and unmet needs, in one statement: one round trip.
    static func insertCodes(of contact: Contact, id: Int64, _ c: PQConnection) throws {
        try c.exec(
            """
            WITH "topics" AS (INSERT INTO neuvo.contact_topic SELECT $1::bigint, unnest($2::text[])),
                "needs" AS (INSERT INTO neuvo.contact_unmet_need SELECT $1::bigint, unnest($5::text[]))
            INSERT INTO neuvo.contact_referral ("contact_id", "referral", "outcome") SELECT $1::bigint, * FROM unnest($3::text[], $4::text[])
            """,
            [
                String(id), PGArray.literal(contact.topics), PGArray.literal(contact.referrals),
                PGArray.literal(contact.referrals.map(contact.outcome(of:))), PGArray.literal(contact.unmetNeeds),
            ])
    }

    static func insert(_ a: Assessment, chain: String?, contactID: Int64, _ c: PQConnection) throws {
        try c.exec(
            """
            INSERT INTO neuvo.assessment ("contact_id", "answers", "client_score", "need_score", "computed_segment", "segment",
                "override_reason", "chain") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            [
                String(contactID), SavedAssessment.storedAnswers(of: a), String(a.clientScore.tenths), String(a.needScore.tenths),
                a.computedSegment.rawValue, a.segment.rawValue, a.override?.reason, chain,
            ])
    }

    /// Adds the changes to the stored figures of `origin` (0 for the screens' saves, an import's own otherwise: see the
    /// table) in one statement; rows taken down to zero are removed.
    static func store(_ changes: DailyChanges, origin: Int64 = 0, _ c: PQConnection) throws {
        // In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
        let rows = changes.rows.sorted { ($0.day, $0.point, $0.figure, $0.code) < ($1.day, $1.point, $1.figure, $1.code) }
        guard !rows.isEmpty else { return }
        try c.exec(
            """
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "value", "origin")
            SELECT *, $6::bigint FROM unnest($1::date[], $2::text[], $3::text[], $4::text[], $5::bigint[])
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
            """,
            [
                PGArray.literal(rows.map(\.day)), PGArray.literal(rows.map(\.point)), PGArray.literal(rows.map(\.figure)),
                PGArray.literal(rows.map(\.code)), PGArray.literal(rows.map { String($0.value) }), String(origin),
            ])
        let lowered = rows.filter { $0.value < 0 }
        if !lowered.isEmpty {
            try c.exec(
                #"""
                DELETE FROM neuvo.daily_figure
                WHERE "value" = 0 AND "origin" = $3 AND ("day", "point") IN (SELECT * FROM unnest($1::date[], $2::text[]))
                """#,
                [PGArray.literal(lowered.map(\.day)), PGArray.literal(lowered.map(\.point)), String(origin)])
        }
    }

    /// The repeat flags of these clients' contacts, at every point, and the figures they move (in `origin`'s rows): in
    /// the server (`neuvo.refresh_repeats`), since those contacts may be at points the caller cannot write.
    static func refreshRepeats(clientRefs: Set<String>, origin: Int64 = 0, _ c: PQConnection) throws {
        guard !clientRefs.isEmpty else { return }
        try c.exec("SELECT neuvo.refresh_repeats($1::text[], $2)", [PGArray.literal(clientRefs.sorted()), String(origin)])
    }

    static func removeDraft(_ id: Int64?, _ c: PQConnection) throws {
        guard let id else { return }
        try c.exec(#"DELETE FROM neuvo.draft WHERE "id" = $1"#, [String(id)])
    }

    static func requireContact(_ id: Int64, _ c: PQConnection) throws {
        guard try c.exec(#"SELECT EXISTS (SELECT 1 FROM neuvo.contact WHERE "id" = $1)"#, [String(id)]).flag(0, 0) else {
            throw ContactNotFound(id: id)
        }
    }

    static func contactID(savedWith token: String, _ c: PQConnection) throws -> Int64? {
        let found = try c.exec(#"SELECT "id" FROM neuvo.contact WHERE "save_token" = $1"#, [token])
        return found.rowCount == 0 ? nil : found.integer64(0, 0)
    }

    /// One audit row through the server's function: the user is the login the server authenticated.
    static func audit(_ c: PQConnection, _ actor: Actor, details: String, contacts: Int) throws {
        try c.exec("SELECT neuvo.audit($1, $2, $3)", [actor.command, details, String(contacts)])
    }

    /// Runs `body`; when the connection was lost, reconnects once and, unless `alreadyDone` finds that the lost
    /// attempt committed after all, runs it again.
    func retryingOnLostConnection<T>(alreadyDone: (PQConnection) throws -> T?, _ body: (PQConnection) throws -> T) throws -> T {
        do {
            return try body(connection)
        } catch let error as PQError where error.isConnectionProblem {
            guard reconnect() else { throw error }
            if let done = try alreadyDone(connection) { return done }
            return try body(connection)
        }
    }
}

/// PostgreSQL's array literal, `{"a","b"}`, for passing a list as one text parameter.
enum PGArray {
    /// Every value quoted, a backslash or a double quote in it escaped with a backslash. Built byte by byte: an import
    /// passes its daily figures as five arrays of some 400,000 values, and Foundation's `replacingOccurrences` on
    /// each value cost more than the rest of the import's client.
    static func literal(_ values: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
