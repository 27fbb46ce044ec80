import Foundation
import Guidance
import PQ

extension PostgresLog {
    /// The owner's bulk read for `neuvo copy` (the database's administrator reads the tables themselves, which no other
    /// login may), audited through `neuvo.audit_append` like every read.
    public func contents(by actor: Actor) throws -> LogContents {
        guard session.role == .owner else { throw StoreError.notOwner(uri: Self.redacted(uri)) }
        // The audit rows that wait for their seal sealed first, so that the copy carries them in the chain.
        try transaction { c in _ = try c.exec("SELECT neuvo.seal_audit(true)") }
        let contents = try transaction { c in
            try c.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            var contents = LogContents()
            let rows = try c.exec(Self.loggedContactsSQL(where: "true", order: #"c."id""#))
            for row in 0..<rows.rowCount {
                let logged = try Self.loggedContact(rows, row)
                contents.contacts.append(.init(id: logged.id, contact: logged.contact, loggedAt: rows.text(row, PostgresSchema.contactColumns.loggedAt)))
            }
            let segmentations = try c.exec(
                #"SELECT "contact_id", "answers", "client_score", "need_score", "computed_segment", "segment", "override_reason", "chain" FROM neuvo.assessment ORDER BY 1"#)
            contents.segmentations = (0..<segmentations.rowCount).map { r in
                .init(
                    contactID: segmentations.integer64(r, 0), answers: segmentations.text(r, 1), clientScore: segmentations.integer(r, 2),
                    needScore: segmentations.integer(r, 3), computedSegment: segmentations.text(r, 4), segment: segmentations.text(r, 5),
                    overrideReason: segmentations[r, 6], chain: segmentations[r, 7])
            }
            let followUps = try c.exec(#"SELECT "contact_id", "done_at", "user", "note", "closed_by" FROM neuvo.follow_up_done ORDER BY 1"#)
            contents.followUps = (0..<followUps.rowCount).map { r in
                .init(
                    contactID: followUps.integer64(r, 0), doneAt: followUps.text(r, 1), user: followUps.text(r, 2), note: followUps.text(r, 3),
                    closedBy: followUps.int64(r, 4))
            }
            contents.followUpWindowHours = try Self.followUpWindowHours(c)
            let zone = try c.exec(#"SELECT "value" FROM neuvo.setting WHERE "key" = 'timezone'"#)
            contents.timeZone = zone.rowCount == 0 ? Setting.defaultTimeZone : zone.text(0, 0)
            contents.retention = try Self.retentionSettings(c)
            for kind in RecordKind.evaluationKinds { contents.records += try Self.storedRecords(kind, c, filter: "true", []) }
            contents.handoffs = try Self.handoffTables(c)
            let unlinked = try c.exec(#"SELECT "id", "has_repeat" FROM neuvo.contact WHERE "unlinked""#)
            for r in 0..<unlinked.rowCount { contents.unlinked[unlinked.integer64(r, 0)] = unlinked.flag(r, 1) }
            let audit = try c.exec(
                #"SELECT "at", "user", "command", "details", "contacts", array_to_string("clients", ';'), "previous_hash", "hash" FROM neuvo.audit ORDER BY "seq", "id""#)
            contents.audit = (0..<audit.rowCount).map { Self.auditEntry(audit, $0) }
            return contents
        }
        // Audited after the reading's REPEATABLE READ transaction, which does not seal (its snapshot would not see the
        // last seal): this row is sealed at its own commit.
        try transaction { c in
            try c.exec(
                "SELECT neuvo.audit_append($1, $2, $3, $4::text[])",
                [
                    actor.command, "whole database read for a copy", String(contents.contacts.count),
                    PGArray.literal(Array(Set(contents.contacts.compactMap(\.contact.clientRef))).sorted()),
                ])
        }
        return contents
    }

    /// Run by the database's owner (its tables' owner, whom row-level security leaves alone, and the only login that
    /// may append audit rows other than through `neuvo.audit_append`).
    public func load(_ contents: LogContents, details: String, by actor: Actor) throws {
        guard session.role == .owner else { throw StoreError.notOwner(uri: Self.redacted(uri)) }
        try transaction { c in
            let held = try c.exec("SELECT count(*) FROM neuvo.contact").integer(0, 0)
            guard held == 0 else { throw TargetNotEmpty(contacts: held) }
            try c.exec(
                #"UPDATE neuvo.setting SET "value" = $1 WHERE "key" = 'follow_up_window_hours'"#, [String(contents.followUpWindowHours)])
            for (key, value) in [(key: Setting.timeZoneKey, value: contents.timeZone)] + contents.retention.stored {
                try c.exec(
                    #"INSERT INTO neuvo.setting ("key", "value") VALUES ($1, $2) ON CONFLICT ("key") DO UPDATE SET "value" = $2"#, [key, value])
            }
            var terms: [String: Int32] = [:]
            try Self.termIDs(&terms, c) { body in for saved in contents.contacts { body(saved.contact) } }
            var clients: [String: Int32] = [:]
            _ = try Self.clientIDs(of: contents.contacts.lazy.compactMap(\.contact.clientRef), &clients, c)
            var contacts = contents.contacts.makeIterator()
            try c.copyIn("COPY neuvo.contact (\(Self.contactColumns)) FROM STDIN") {
                contacts.next().map {
                    Self.contactRow(id: String($0.id), $0.contact, loggedAt: $0.loggedAt, hasRepeat: contents.unlinked[$0.id] == true, terms: terms, clients: clients)
                }
            }
            try c.exec(
                #"UPDATE neuvo.contact SET "unlinked" = true WHERE "id" = ANY ($1::bigint[])"#,
                [PGArray.literal(contents.unlinked.keys.sorted().map(String.init))])
            try c.copyIn(
                "COPY neuvo.contact_unmet_need FROM STDIN",
                rows: contents.contacts.lazy.flatMap { saved in saved.contact.unmetNeeds.map { [String(saved.id), $0] } })
            try Self.insertRecords(contents.records, c)
            try c.copyIn(
                "COPY neuvo.assessment FROM STDIN",
                rows: contents.segmentations.map {
                    [String($0.contactID), $0.answers, String($0.clientScore), String($0.needScore), $0.computedSegment, $0.segment, $0.overrideReason, $0.chain]
                })
            try c.copyIn(
                #"COPY neuvo.follow_up_done ("contact_id", "done_at", "user", "note", "closed_by") FROM STDIN"#,
                rows: contents.followUps.map { [String($0.contactID), $0.doneAt, $0.user, $0.note, $0.closedBy.map(String.init)] })
            // The sequence goes on after the copied ids, so that the next save does not meet one of them.
            try c.exec(#"SELECT setval('neuvo.contact_id_seq', GREATEST((SELECT max("id") FROM neuvo.contact), 1))"#)
            try Self.copyHandoffTables(contents.handoffs, c)
            try Self.store(contents.dailyChanges, c)
            try c.exec("SELECT neuvo.refresh_repeats(NULL)")
            // With their hashes unchanged (neuvo.chain_audit_row keeps a row's given hashes): the source's chain, verifiable
            // here, a chain of its own after the target's rows.
            try c.copyIn(
                #"COPY neuvo.audit ("at", "user", "command", "details", "contacts", "clients", "previous_hash", "hash") FROM STDIN"#,
                rows: contents.audit.map {
                    [$0.at, $0.user, $0.command, $0.details, String($0.contacts), PGArray.literal($0.clients), $0.previousHash, $0.hash.isEmpty ? nil : $0.hash]
                })
            try Self.audit(c, actor, details: details, contacts: contents.contacts.count)
        }
    }

    /// The pseudonym key's bytes: only the owner may read them (for `neuvo copy` to a SQLite file).
    public func pseudonymKeyBytes() throws -> [UInt8] {
        guard session.role == .owner else { throw StoreError.notOwner(uri: Self.redacted(uri)) }
        let hex = try transaction { c in try c.exec(#"SELECT encode("key", 'hex') FROM neuvo.pseudonym_key"#).text(0, 0) }
        return stride(from: 0, to: hex.count, by: 2).compactMap {
            let start = hex.index(hex.startIndex, offsetBy: $0)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
        }
    }

    /// Puts another key in place (`neuvo copy` from a SQLite file): only while the database holds no contacts, whose
    /// pseudonyms the old key made.
    public func replacePseudonymKey(_ bytes: [UInt8]) throws {
        try transaction { c in
            let held = try c.exec("SELECT count(*) FROM neuvo.contact").integer(0, 0)
            guard held == 0 else { throw TargetNotEmpty(contacts: held) }
            try c.exec(#"UPDATE neuvo.pseudonym_key SET "key" = decode($1, 'hex')"#, [Self.hex(bytes)])
        }
    }
}

extension PostgresLog {
    /// The handoff tables' rows as `neuvo copy` carries them (`HandoffTables`), read by the owner.
    static func handoffTables(_ c: PQConnection) throws -> HandoffTables {
        func rows(_ table: String, _ columns: [String], order: String) throws -> [[String?]] {
            let result = try c.exec("SELECT \(columns.map { "\"\($0)\"::text" }.joined(separator: ", ")) FROM neuvo.\(table) ORDER BY \(order)")
            return (0..<result.rowCount).map { row in (0..<columns.count).map { result[row, $0] } }
        }
        var tables = HandoffTables()
        tables.handoffs = try rows("handoff", HandoffTables.handoffColumns, order: #""id""#)
        tables.tries = try rows("handoff_try", HandoffTables.tryColumns, order: #""handoff_id", "n""#)
        tables.details = try rows("handoff_detail", HandoffTables.detailColumns, order: #""handoff_id""#)
        return tables
    }

    /// Writes them into an empty database (the owner's `load`), ids kept, the sequence after them.
    static func copyHandoffTables(_ tables: HandoffTables, _ c: PQConnection) throws {
        try c.copyIn("COPY neuvo.handoff (\(HandoffTables.quoted(HandoffTables.handoffColumns))) FROM STDIN", rows: tables.handoffs)
        try c.copyIn("COPY neuvo.handoff_try (\(HandoffTables.quoted(HandoffTables.tryColumns))) FROM STDIN", rows: tables.tries)
        try c.copyIn("COPY neuvo.handoff_detail (\(HandoffTables.quoted(HandoffTables.detailColumns))) FROM STDIN", rows: tables.details)
        try c.exec(#"SELECT setval('neuvo.handoff_id_seq', GREATEST((SELECT max("id") FROM neuvo.handoff), 1))"#)
    }
}
