import Foundation
import Guidance
import PQ

extension PostgresLog {
    /// Saves one contact as `ContactLog.log` promises, in one call of `neuvo.save_contact`: one round trip, one
    /// transaction, in which the server checks the codes, computes the pseudonym from the identity code, writes the
    /// figures, closes the follow-ups, removes the draft and audits. The save carries a token of its own: when the
    /// connection is lost before the commit is heard of, the log reconnects and calls again with the token, and the
    /// server gives back the first attempt's contact, so a save is done once, never twice.
    @discardableResult
    public func log(
        _ contact: Contact, assessment: Assessment?, chain: String?, closing followUps: [Int64], replacingDraft draft: Int64?,
        token: String?, by actor: Actor
    ) throws -> Int64 {
        _ = try check(contact)
        let token = token ?? UUID().uuidString
        let client = try clientArguments(contact.clientRef)
        let json = Self.contactJSON(contact, clientRef: client.ref, assessment: assessment, chain: chain)
        // A refusal (a point not the login's) or a connection lost for good is a StoreError, as for every other write.
        let id = try run { _ in
            try retryingOnLostConnection { c in
                try Self.retryingConflicts {
                    try c.exec(
                        "SELECT neuvo.save_contact($1::jsonb, $2, $3, $4::bigint[], $5, $6)",
                        [json, client.identityCode, token, PGArray.literal(followUps.map(String.init)), draft.map(String.init), actor.command]
                    ).integer64(0, 0)
                }
            }
        }
        // The other screens are woken after the commit, by a NOTIFY of its own: a NOTIFY inside the save would hold the
        // server's one notify lock through the commit's flush to disk, and every save of the server would wait for the
        // one before it (DECISIONS, v8). The save counted itself in `neuvo.changes()`, which is what a woken screen asks;
        // a notification lost with the connection only leaves the screens to their next wake. The NOTIFY's own commit
        // does not wait for the disk (it holds the notify lock until it returns, and a wake-up needs no durability).
        if let channel {
            _ = try? connection.exec(
                "SELECT set_config('synchronous_commit', 'off', true); NOTIFY " + PQConnection.quoteIdentifier(channel))
        }
        return id
    }

    public func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        try importContacts(details: details, by: actor) { batches.popLast() }
    }

    /// Saves the contacts `next` gives in one transaction, or none of them: `neuvo.import_begin` makes the session's
    /// import tables, each batch is copied (COPY) into them as it comes, and `neuvo.import_contacts` checks every row
    /// (the caller's points, the codes) and moves them into the log with their figures and repeats, in the server. Other
    /// sessions' saves wait for none of it: they touch other rows. The owner's import goes straight into the tables.
    /// The months it completed get their monthly sums at the next session's start (`rollUpMonths`), not here: summing
    /// a large import's months would hold every save for its time (DECISIONS, v16).
    @discardableResult
    public func importContacts(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        if session.role == .owner { return try ownersImport(details: details, by: actor, from: next) }
        return try transaction { c in
            try c.exec("SELECT neuvo.import_begin()")
            var n = 0
            while let batch = try next() {
                guard !batch.isEmpty else { continue }
                var topicRows: [[String?]] = [], referralRows: [[String?]] = [], needRows: [[String?]] = []
                var index = 0
                // Each contact's row is made when the COPY asks for it, so that the server stores one chunk of rows while
                // the next is made.
                try c.copyIn("COPY pg_temp.import_contact (\(Self.importColumns)) FROM STDIN") { () -> [String?]? in
                    guard index < batch.count else { return nil }
                    let contact = batch[index].contact
                    index += 1
                    n += 1
                    let key = String(n)
                    for topic in contact.topics { topicRows.append([key, topic]) }
                    for referral in contact.referrals { referralRows.append([key, referral, contact.outcome(of: referral)]) }
                    for need in contact.unmetNeeds { needRows.append([key, need]) }
                    return [key] + Self.importValues(of: contact)
                }
                try c.copyIn("COPY pg_temp.import_topic FROM STDIN", rows: topicRows)
                try c.copyIn("COPY pg_temp.import_referral FROM STDIN", rows: referralRows)
                if !needRows.isEmpty { try c.copyIn("COPY pg_temp.import_unmet_need FROM STDIN", rows: needRows) }
            }
            return try c.exec("SELECT neuvo.import_contacts($1, $2)", [details, actor.command]).integer(0, 0)
        }
    }

    /// The owner's import (the tables' owner, who may write them, and whom the functions trust with every contact
    /// anyway): each batch copied straight into the log with ids drawn from its sequence and the repeat flags among the
    /// import's contacts (`ImportRepeats`), the figures counted here as the rows go by (`DailyChanges`, the count every
    /// backend keeps) and stored in rows of the import's own, then the repeats with the clients' earlier contacts and one
    /// audit row through `neuvo.audit_append`. The codes were checked as the file was read
    /// (`CheckedContact`). v7 sent the owner through the import tables too, a third of the import's time (DECISIONS, v8).
    private func ownersImport(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        try transaction { c in
            let loggedAt = try c.exec(#"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"#).text(0, 0)
            var terms: [String: Int32] = [:]
            // The file's clients by number (v25), and those of them the dictionary held before this import.
            var clients: [String: Int32] = [:]
            var knownClients: [String] = []
            let rowsBefore = try c.exec("SELECT reltuples::bigint FROM pg_class WHERE oid = 'neuvo.contact'::regclass").integer(0, 0)
            var changes = DailyChanges()
            let windowSeconds = Int64(try Self.followUpWindowHours(c)) * 3600
            var repeats = ImportRepeats(windowSeconds: windowSeconds)
            var count = 0
            // The file's contacts not yet written, batch by batch. They are written in the file's order up to the first that a
            // later row could still give a repeat (`ImportRepeats`: in a file in time order, its last window's contacts wait),
            // so that ids and times go into their indexes in order, as before v24.
            // The batches read and not fully written, with their contacts' ids and places in `repeats`; the first is written
            // up to `position`. Each contact is read in place (`pending[0].batch[i].contact`): a copy of every contact a pass
            // cost a tenth of the client's CPU.
            var pending: [(batch: [CheckedContact], ids: [String], places: [Int?])] = []
            var position = 0
            // The unmet needs of the written contacts, copied once after them (a COPY of its own a batch made the server wait
            // for the client once more a batch).
            var needRows: [[String?]] = []
            // The ready rows made while the server adds a batch's new clients (`client_ids`, its longest step a batch),
            // sent first by the next COPY, which makes the rest as it asks for them: the writer waited for `client_ids`
            // before, and the server for the rows inside the COPY (DECISIONS, "The owner's import: its rows made while the
            // server adds the clients").
            var made = CopyText()
            func ready() -> Bool {
                while let first = pending.first, position == first.batch.count {
                    pending.removeFirst()
                    position = 0
                }
                guard let first = pending.first else { return false }
                return !(first.places[position].map { repeats.waits($0) } ?? false)
            }
            // The next ready row, counted; nil when none is.
            func nextRow() -> [String?]? {
                guard ready() else { return nil }
                let i = position
                position += 1
                let id = pending[0].ids[i]
                let hasRepeat = pending[0].places[i].map { repeats.written($0) } ?? false
                for need in pending[0].batch[i].contact.unmetNeeds { needRows.append([id, need]) }
                changes.count(pending[0].batch[i].contact, hasRepeat: hasRepeat)
                return Self.contactRow(id: id, pending[0].batch[i].contact, loggedAt: loggedAt, hasRepeat: hasRepeat, terms: terms, clients: clients)
            }
            func writeReady() throws {
                guard !made.isEmpty || ready() else { return }
                try c.copyIn("COPY neuvo.contact (\(Self.contactColumns)) FROM STDIN", text: made, nextRow: nextRow)
                made.removeAll()
            }
            while let batch = try next() {
                guard !batch.isEmpty else { continue }
                let drawn = try c.exec("SELECT nextval('neuvo.contact_id_seq') FROM generate_series(1, $1)", [String(batch.count)])
                try Self.termIDs(&terms, c) { body in for i in batch.indices { body(batch[i].contact) } }
                var ids: [String] = [], places: [Int?] = []
                ids.reserveCapacity(batch.count)
                places.reserveCapacity(batch.count)
                let added = try Self.newClientIDs(of: batch.indices.lazy.compactMap { batch[$0].contact.clientRef }, clients, c) { working in
                    for i in batch.indices {
                        ids.append(drawn.text(i, 0))
                        places.append(repeats.add(id: ids[i], batch[i].contact))
                    }
                    // Asked every 64 rows whether the server is done (a read of the socket).
                    var n = 0
                    while n % 64 != 0 || working(), let row = nextRow() {
                        made.append(row)
                        n += 1
                    }
                }
                clients.merge(added.numbers) { old, _ in old }
                knownClients += added.known
                pending.append((batch, ids, places))
                try writeReady()
                count += batch.count
            }
            repeats.finish()
            try writeReady()
            if !needRows.isEmpty { try c.copyIn("COPY neuvo.contact_unmet_need FROM STDIN", rows: needRows) }
            // Contacts a row out of time order gave a repeat after they were written: set here, their figures moved.
            if !repeats.late.isEmpty {
                let flipped = try c.exec(
                    #"UPDATE neuvo.contact SET "has_repeat" = true WHERE "id" = ANY ($1::bigint[]) RETURNING to_char("day", 'YYYY-MM-DD'), (SELECT t."word" FROM neuvo.term AS t WHERE t."id" = "point"), "resolved""#,
                    [PGArray.literal(repeats.late)])
                for row in 0..<flipped.rowCount {
                    changes.countRepeatChange(day: flipped.text(row, 0), point: flipped.text(row, 1), resolved: flipped.flag(row, 2), hasRepeat: true)
                }
            }
            // The import's figures in rows of its own, so that nobody's save waits for this transaction's row locks: rows
            // no other transaction has (the origin is this import's own number of `neuvo.figure_origin`, v30) and that
            // `changes` holds once each, so copied, as the contacts are (an upsert of each row took a fifth of a
            // million-contact import: DECISIONS, v13). In the key's order, so that the key's index is written page after
            // page, not split at random (DECISIONS, v17: a third smaller and twice as quick to write). The point, figure
            // and code as the ids of `neuvo.term` (v19).
            let origin = try c.exec("SELECT nextval('neuvo.figure_origin')").integer64(0, 0)
            // Sorted and made day by day as the COPY asks for them, so that the server stores one day's rows while the next
            // day's are made.
            let rows = try KeyedRows(changes.rowsByDay, c).lazy.filter { $0.value != 0 }
            let originText = String(origin)
            try c.copyIn(
                #"COPY neuvo.daily_figure ("day", "point", "figure", "code", "value", "origin") FROM STDIN"#,
                rows: rows.map { row -> [String?] in
                    [row.day, String(row.point), String(row.figure), String(row.code), String(row.value), originText]
                })
            // The repeats between the import's contacts and those its clients had before it (v24).
            let importedClients = repeats.clients
            if !importedClients.isEmpty {
                try c.exec(
                    "SELECT neuvo.import_repeats($1::text[], $2::text[], $3, $4)",
                    [PGArray.literal(importedClients), PGArray.literal(knownClients), String(windowSeconds), String(origin)])
            }
            // After a large import the planner knows nothing of the new rows until autovacuum analyses them, and meanwhile
            // a save's repeat check, planned blind, read the whole contact table: analysed here when autovacuum would. Only
            // the columns the saves and the first reads look rows up by, and the figures (v24: half the time of every
            // column of the four tables); the rest as autovacuum gets to it, which a column list leaves due.
            if count > 50 + max(rowsBefore, 0) / 10 {
                try c.exec(#"ANALYZE neuvo.contact ("id", "client", "instant", "day", "point", "resolved", "topics", "referrals"), neuvo.daily_figure"#)
            }
            try Self.audit(c, actor, details: details, contacts: count, clients: importedClients)
            return count
        }
    }

    /// Replaces a saved contact as `ContactLog.update` promises (only a contact at one's own points), in one call of
    /// `neuvo.update_contact`. The client: a newly typed identity code, or the contact's own pseudonym kept.
    public func update(
        id: Int64, to contact: Contact, assessment: Assessment?, chain: String?, replacingDraft draft: Int64?, by actor: Actor
    ) throws {
        _ = try check(contact)
        let client = try clientArguments(contact.clientRef)
        let json = Self.contactJSON(contact, clientRef: client.ref, assessment: assessment, chain: chain)
        try run { c in
            try Self.retryingConflicts {
                try c.exec(
                    "SELECT neuvo.update_contact($1, $2::jsonb, $3, $4, $5)",
                    [String(id), json, client.identityCode, draft.map(String.init), actor.command])
            }
        }
    }

    // MARK: - Follow-ups and drafts

    public func markFollowUpDone(contactID: Int64, note: String, by actor: Actor) throws {
        try Self.refuseIdentityCode(in: note)
        try run { c in try c.exec("SELECT neuvo.mark_follow_up_done($1, $2, $3)", [String(contactID), note, actor.command]) }
    }

    @discardableResult
    public func saveDraft(id: Int64?, form: String, point: String?, by actor: Actor) throws -> Int64 {
        try Self.refuseIdentityCode(in: form)
        return try run { c in
            try c.exec("SELECT neuvo.save_draft($1, $2, $3, $4)", [id.map(String.init), form, point, actor.command]).integer64(0, 0)
        }
    }

    public func deleteDraft(id: Int64, by actor: Actor) throws {
        try run { c in try c.exec("SELECT neuvo.discard_draft($1, $2)", [String(id), actor.command]) }
    }

    // MARK: - Settings and the audit log

    public func setFollowUpWindow(hours: Int, by actor: Actor) throws {
        precondition(hours > 0)
        try run { c in try c.exec("SELECT neuvo.set_follow_up_window($1, $2)", [String(hours), actor.command]) }
    }

    /// The owner's: `neuvo.set_time_zone` refuses every other login (42501) and a name it does not know (22023).
    public func setTimeZone(_ name: String, by actor: Actor) throws {
        try run { c in try c.exec("SELECT neuvo.set_time_zone($1, $2)", [name, actor.command]) }
    }

    /// The owner records any event (a role changed, an init); anyone else only those `neuvo.record_event` knows (a board
    /// started), never a text of their choosing.
    public func record(_ details: String, by actor: Actor) throws {
        try run { c in
            if session.role == .owner {
                try Self.audit(c, actor, details: details, contacts: 0)
            } else {
                try c.exec("SELECT neuvo.record_event($1, $2)", [details, actor.command])
            }
        }
    }

    /// A demo database is never on PostgreSQL.
    public func resetDemo(with contacts: [Contact], records: [EvaluationRecord], handoffs: [DemoHandoff], by actor: Actor) throws {
        throw StoreError.notDemoDatabase(path: Self.redacted(uri))
    }

    // MARK: - The client at hand

    /// What stands for a client in a form on PostgreSQL, where no login but the owner learns a pseudonym: a handle of
    /// this log's own (`client-` and 20 random characters, the shape of a client_ref), kept in memory with the identity
    /// code it stands for. A save, an edit, the earlier contacts and an outcome given the handle send the code, and the
    /// server computes the pseudonym there (rate-limited per login, audited). The handle means nothing to the server
    /// nor to another process; a draft holding one of an earlier run asks for the code again.
    public func clientHandle(for code: IdentityCode) -> String {
        var random = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        let handle = Self.handlePrefix + String(decoding: (0..<20).map { _ in alphabet[Int(random.next() % 64)] }, as: UTF8.self)
        clients.withLock { $0[handle] = code.normalized }
        return handle
    }

    static let handlePrefix = "client-"

    /// The identity code or the pseudonym a function is given for `clientRef`: a handle's code; a pseudonym as it is
    /// (the server takes one from the owner only); a handle this log does not know is refused, naming the field.
    func clientArguments(_ clientRef: String?) throws -> (identityCode: String?, ref: String?) {
        guard let clientRef else { return (nil, nil) }
        if let code = clients.withLock({ $0[clientRef] }) { return (code, nil) }
        if clientRef.hasPrefix(Self.handlePrefix) && clientRef.utf8.count == Self.handlePrefix.utf8.count + 20 {
            throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .missing)]))
        }
        return (nil, clientRef)
    }

    // MARK: - The pieces of a write

    func check(_ contact: Contact) throws -> CheckedContact {
        try Self.check(contact, vocabulary: vocabulary, points: points)
    }

    /// The contact table's columns as `contactRow(id:_:loggedAt:hasRepeat:terms:clients:)` gives their values (the owner's
    /// import and copy, `load`). From v20 the five coded words and the topics are ids of `neuvo.term` and the
    /// time an instant with its offset; from v22 the referrals with their outcomes are one array of ids in the row; from
    /// v25 the client its number in `neuvo.client`.
    static let contactColumns = #""id", "utc_offset", "instant", "day", "point", "channel", "resolved", "contact_by", "reason", "identified", "age_group", "service_area", "duration_min", "segment", "client", "satisfaction", "advisor", "logged_at", "has_repeat", "save_token", "consultation", "topics", "referrals""#

    /// A contact's row of the contact table as text, in the order of `contactColumns`; `terms` holds the ids of its coded
    /// words (`termIDs(_:_:of:)`), `clients` its client's number (`clientIDs(of:_:_:)`). Made as one array: the owner's
    /// import makes one for every contact it reads.
    static func contactRow(id: String, _ c: Contact, loggedAt: String, hasRepeat: Bool, terms: [String: Int32], clients: [String: Int32]) -> [String?] {
        func term(_ word: String?) -> String? { word.map { String(terms[$0]!) } }
        return [
            id, String(c.occurredAt.offsetMinutes), String(c.occurredAt.instant), c.occurredAt.date.description, term(c.point),
            term(c.channel), c.resolved ? "t" : "f", term(c.contactBy), term(c.reason), c.identified ? "t" : "f", term(c.ageGroup),
            term(c.serviceArea), c.durationMinutes.map(String.init), c.segment?.rawValue, c.clientRef.map { String(clients[$0]!) }, c.satisfaction.map(String.init),
            c.advisor, loggedAt, hasRepeat ? "t" : "f", nil, c.consultation, topics(of: c, terms: terms), referrals(of: c, terms: terms),
        ]
    }

    /// The contact's referrals as the array `neuvo.contact` holds (`neuvo.referral_terms`): each referral's id, then its
    /// outcome's id negated; NULL for none.
    static func referrals(of c: Contact, terms: [String: Int32]) -> String? {
        guard !c.referrals.isEmpty else { return nil }
        return "{" + c.referrals.map { "\(terms[$0]!),-\(terms[c.outcome(of: $0)]!)" }.joined(separator: ",") + "}"
    }

    /// The contact's topics as the array of their ids in `neuvo.contact` (each once, in id order; NULL for none).
    static func topics(of c: Contact, terms: [String: Int32]) -> String? {
        guard !c.topics.isEmpty else { return nil }
        var ids = c.topics.map { terms[$0]! }
        ids.sort()
        var text = "{"
        var last: Int32?
        for id in ids where id != last {
            if last != nil { text += "," }
            text += String(id)
            last = id
        }
        return text + "}"
    }

    /// The numbers of the clients `refs` names that `clients` lacks, added from `neuvo.client` in one call (a pseudonym it
    /// does not hold yet added, numbered in the order of its first contact here); the pseudonyms it held before, returned.
    static func clientIDs(of refs: some Sequence<String>, _ clients: inout [String: Int32], _ c: PQConnection) throws -> [String] {
        let added = try newClientIDs(of: refs, clients, c)
        clients.merge(added.numbers) { old, _ in old }
        return added.known
    }

    /// `clientIDs(of:_:_:)`'s numbers without adding them to `clients`, and `meanwhile` run while the server works on them
    /// (given `working` as `PQConnection.exec(_:_:meanwhile:)` gives it; at once, with `working` false, when none is
    /// missing): it may read `clients`, not use `c`.
    static func newClientIDs(
        of refs: some Sequence<String>, _ clients: [String: Int32], _ c: PQConnection, meanwhile: (_ working: () -> Bool) -> Void = { _ in }
    ) throws -> (numbers: [String: Int32], known: [String]) {
        var missing: [String] = []
        var seen = Set<String>()
        for ref in refs where clients[ref] == nil && seen.insert(ref).inserted { missing.append(ref) }
        guard !missing.isEmpty else {
            meanwhile { false }
            return ([:], [])
        }
        let rows = try c.exec(#"SELECT "pseudonym", "id", "added" FROM neuvo.client_ids($1::text[])"#, [PGArray.literal(missing)], meanwhile: meanwhile)
        var numbers: [String: Int32] = [:], known: [String] = []
        numbers.reserveCapacity(rows.rowCount)
        for row in 0..<rows.rowCount {
            let ref = rows.text(row, 0)
            numbers[ref] = Int32(rows.integer(row, 1))
            if !rows.flag(row, 2) { known.append(ref) }
        }
        return (numbers, known)
    }

    /// The words of the contacts' points and coded columns (`PostgresSchema.v20TermColumns`), topics, referrals and outcomes that `terms` lacks, added with their
    /// ids from `neuvo.term` (v19's dictionary; a word it does not hold yet is added, one that is none refused 22023). The
    /// contacts are given to `contacts`' body one by one, read in place.
    static func termIDs(_ terms: inout [String: Int32], _ c: PQConnection, of contacts: ((Contact) -> Void) -> Void) throws {
        var missing = Set<String>()
        contacts { contact in
            for word in [contact.point, contact.channel, contact.contactBy, contact.reason, contact.ageGroup, contact.serviceArea] {
                if let word, terms[word] == nil { missing.insert(word) }
            }
            for topic in contact.topics where terms[topic] == nil { missing.insert(topic) }
            for referral in contact.referrals {
                for word in [referral, contact.outcome(of: referral)] where terms[word] == nil { missing.insert(word) }
            }
        }
        try addTermIDs(of: missing, to: &terms, c)
    }

    /// `words` with their ids from `neuvo.term` added to `terms` (`neuvo.term_ids`: a word it does not hold yet is added,
    /// one that is none refused 22023), in one call.
    static func addTermIDs(of words: Set<String>, to terms: inout [String: Int32], _ c: PQConnection) throws {
        guard !words.isEmpty else { return }
        let list = words.sorted()
        let result = try c.exec(
            "SELECT x FROM unnest(neuvo.term_ids($1::text[])) WITH ORDINALITY AS u(x, i) ORDER BY i", [PGArray.literal(list)])
        for (i, word) in list.enumerated() { terms[word] = Int32(result.text(i, 0))! }
    }

    /// The columns of `pg_temp.import_contact` after `n`, as `importValues(of:)` gives them.
    static let importColumns = #""n", "occurred_at", "point", "channel", "resolved", "contact_by", "reason", "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor", "consultation""#

    static func importValues(of c: Contact) -> [String?] {
        [
            c.occurredAt.description, c.point, c.channel, c.resolved ? "t" : "f", c.contactBy, c.reason, c.identified ? "t" : "f",
            c.ageGroup, c.serviceArea, c.durationMinutes.map(String.init), c.segment?.rawValue, c.clientRef,
            c.satisfaction.map(String.init), c.advisor, c.consultation,
        ]
    }

    /// A contact as `neuvo.save_contact` and `neuvo.update_contact` take it (`client_ref` only when named by pseudonym).
    static func contactJSON(_ c: Contact, clientRef: String?, assessment: Assessment?, chain: String?) -> String {
        func text(_ value: String?) -> JSONOut { value.map { .string($0) } ?? .null }
        func int(_ value: Int?) -> JSONOut { value.map { .int($0) } ?? .null }
        var fields: [(String, JSONOut)] = [
            ("occurred_at", .string(c.occurredAt.description)), ("point", .string(c.point)), ("channel", .string(c.channel)),
            ("resolved", .bool(c.resolved)), ("contact_by", .string(c.contactBy)), ("reason", text(c.reason)),
            ("identified", .bool(c.identified)), ("age_group", .string(c.ageGroup)), ("service_area", text(c.serviceArea)),
            ("duration_min", int(c.durationMinutes)), ("segment", text(c.segment?.rawValue)), ("client_ref", text(clientRef)),
            ("satisfaction", int(c.satisfaction)), ("advisor", text(c.advisor)), ("consultation", text(c.consultation)),
            ("topics", .array(c.topics.map { .string($0) })), ("referrals", .array(c.referrals.map { .string($0) })),
            ("outcomes", .array(c.referrals.map { .string(c.outcome(of: $0)) })), ("unmet_needs", .array(c.unmetNeeds.map { .string($0) })),
        ]
        if let a = assessment {
            fields.append(("assessment", .object([
                ("answers", .string(SavedAssessment.storedAnswers(of: a))), ("client_score", .int(a.clientScore.tenths)),
                ("need_score", .int(a.needScore.tenths)), ("computed_segment", .string(a.computedSegment.rawValue)),
                ("segment", .string(a.segment.rawValue)), ("override_reason", text(a.override?.reason)), ("chain", text(chain)),
            ])))
        }
        return JSONOut.object(fields).written()
    }

    /// Adds the changes to the stored figures of origin 0 (see the table) in one statement; rows taken down to zero are
    /// removed.
    static func store(_ changes: DailyChanges, _ c: PQConnection) throws {
        // In key order: transactions that lock the same rows in the same order wait for each other, never deadlock.
        let rows = try keyedRows(changes, c)
        guard !rows.isEmpty else { return }
        try c.exec(
            """
            INSERT INTO neuvo.daily_figure AS f ("day", "point", "figure", "code", "value", "origin")
            SELECT *, 0 FROM unnest($1::date[], $2::integer[], $3::integer[], $4::integer[], $5::bigint[])
            ON CONFLICT ("day", "point", "figure", "code", "origin") DO UPDATE SET "value" = f."value" + excluded."value"
            """,
            [
                PGArray.literal(rows.map(\.day)), PGArray.literal(rows.map { String($0.point) }),
                PGArray.literal(rows.map { String($0.figure) }), PGArray.literal(rows.map { String($0.code) }),
                PGArray.literal(rows.map { String($0.value) }),
            ])
        let lowered = rows.filter { $0.value < 0 }
        if !lowered.isEmpty {
            try c.exec(
                #"""
                DELETE FROM neuvo.daily_figure
                WHERE "value" = 0 AND "origin" = 0 AND ("day", "point") IN (SELECT * FROM unnest($1::date[], $2::integer[]))
                """#,
                [PGArray.literal(lowered.map(\.day)), PGArray.literal(lowered.map { String($0.point) })])
        }
    }

    /// The rows of `changes` with their point, figure and code as the ids `neuvo.term` gives them (v19: those it does not
    /// hold yet added), in the key's order (day, point, figure, code) by id: `rowsByDay` gives them day by day, and each
    /// day's rows are sorted by their ids.
    static func keyedRows(_ changes: DailyChanges, _ c: PQConnection) throws
        -> [(day: String, point: Int32, figure: Int32, code: Int32, value: Int)]
    {
        Array(try KeyedRows(changes.rowsByDay, c))
    }

    /// `keyedRows(_:_:)` one day at a time, so that a COPY stores one day's rows while the next day's are sorted.
    struct KeyedRows: Sequence, IteratorProtocol {
        private let rows: [(day: String, point: String, figure: String, code: String, value: Int)]
        private var ids: [String: Int32] = [:]
        private var position = 0
        private var day: [(day: String, point: Int32, figure: Int32, code: Int32, value: Int)] = []
        private var dayIndex = 0

        init(_ rows: [(day: String, point: String, figure: String, code: String, value: Int)], _ c: PQConnection) throws {
            self.rows = rows
            // A day at a point gives its rows together and a figure's codes together: a word like the row before's is not
            // hashed again (three set inserts a row were a quarter of the figures' client time).
            var words = Set<String>()
            var point = "", figure = ""
            for row in rows {
                if row.point != point { point = row.point; words.insert(point) }
                if row.figure != figure { figure = row.figure; words.insert(figure) }
                words.insert(row.code)
            }
            try PostgresLog.addTermIDs(of: words, to: &ids, c)
        }

        mutating func next() -> (day: String, point: Int32, figure: Int32, code: Int32, value: Int)? {
            if dayIndex == day.count {
                guard position < rows.count else { return nil }
                day.removeAll(keepingCapacity: true)
                dayIndex = 0
                let first = rows[position].day
                var point = (word: "", id: Int32(0)), figure = (word: "", id: Int32(0))
                while position < rows.count, rows[position].day == first {
                    let row = rows[position]
                    if row.point != point.word { point = (row.point, ids[row.point]!) }
                    if row.figure != figure.word { figure = (row.figure, ids[row.figure]!) }
                    day.append((row.day, point.id, figure.id, ids[row.code]!, row.value))
                    position += 1
                }
                day.sort { ($0.point, $0.figure, $0.code) < ($1.point, $1.figure, $1.code) }
            }
            defer { dayIndex += 1 }
            return day[dayIndex]
        }
    }

    /// One audit row through `neuvo.audit_append`, which only the owner (its owner) may call directly: the owner's own
    /// paths (a copy loaded, roles changed, an event it records); every other write audits inside its function. The
    /// user is the login the server authenticated.
    static func audit(_ c: PQConnection, _ actor: Actor, details: String, contacts: Int, clients: [String] = []) throws {
        try c.exec("SELECT neuvo.audit_append($1, $2, $3, $4::text[])", [actor.command, details, String(contacts), PGArray.literal(clients)])
    }

    /// One statement (or a whole transaction, for `committing`) run again when the server says a second run will do
    /// (`isWorthRunningAgain`): it was rolled back whole, so running it again is safe.
    static func retryingConflicts<T>(_ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch let error as PQError where isWorthRunningAgain(error) && attempt < 5 {
                attempt += 1
            }
        }
    }

    /// Runs `body`; when the connection was lost, reconnects once and runs it again. Only for a body that is safe to run
    /// twice: a save, whose token makes the server give back the lost attempt's contact if that one committed after all.
    func retryingOnLostConnection<T>(_ body: (PQConnection) throws -> T) throws -> T {
        do {
            return try body(connection)
        } catch let error as PQError where error.isConnectionProblem {
            try reconnect()
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
