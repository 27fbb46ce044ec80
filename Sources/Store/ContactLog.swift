import Foundation
import GRDB
import GRDBSQLite
import Guidance

/// Who does what, recorded in the audit log with every read and write of contact data.
public struct Actor: Sendable {
    /// The OS user.
    public let user: String
    /// The command or screen, e.g. `import`, `report`.
    public let command: String

    public init(user: String, command: String) {
        self.user = user
        self.command = command
    }
}

/// One row of the audit log.
public struct AuditEntry: Equatable, Sendable {
    public let at: String
    public let user: String
    public let command: String
    public let details: String
    public let contacts: Int
}

/// The contact log: contacts with their topics, referrals and assessments, repeat contacts, the measures,
/// drafts, settings and the audit log, on SQLite. Every write checks the contact against data/.
public final class ContactLog: Sendable {
    let writer: any DatabaseWriter
    let vocabulary: Vocabulary
    let points: Set<String>

    /// Runs the migrations on `writer` (a file's pool, or an in-memory queue in tests).
    public init(writer: any DatabaseWriter, vocabulary: Vocabulary, points: [AdvicePoint]) throws {
        try Schema.migrator.migrate(writer)
        self.writer = writer
        self.vocabulary = vocabulary
        self.points = Set(points.map(\.code))
    }

    /// Opens (or creates) the database file; see `DatabaseFile` for what is refused.
    public static func open(path: String, catalog: Catalog, createDirectory: Bool = false) throws(StoreError) -> ContactLog {
        let pool = try DatabaseFile.open(path: path, createDirectory: createDirectory)
        do {
            return try ContactLog(writer: pool, vocabulary: catalog.vocabulary, points: catalog.points)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// A private database in memory, for tests.
    public static func inMemory(catalog: Catalog) throws -> ContactLog {
        try ContactLog(writer: DatabaseQueue(), vocabulary: catalog.vocabulary, points: catalog.points)
    }

    // MARK: - Writing

    /// Saves one contact (and the segmentation done with it) and brings the client's repeats up to date.
    @discardableResult
    public func log(_ contact: Contact, assessment: Assessment? = nil, chain: String? = nil, by actor: Actor) throws -> Int64 {
        try check(contact)
        return try writer.write { db in
            let inserter = try ContactInserter(db, loggedAt: Self.now())
            let id = try inserter.insert(contact)
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, db) }
            let clients: Set<String> = contact.clientRef.map { [$0] } ?? []
            try refreshRepeats(db, clientRefs: clients)
            try refreshDailyFigures(db, days: [DayAtPoint(day: contact.occurredAt.date.description, point: contact.point)], clientRefs: clients)
            try Self.audit(db, actor, details: "contact \(id) \(contact.occurredAt)", contacts: 1)
            return id
        }
    }

    /// Saves all the contacts in one transaction, or none of them.
    public func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws {
        var batches = [contacts]
        try importContacts(details: details, by: actor) { batches.popLast() }
    }

    /// Saves the contacts `next` gives, batch by batch until nil, in one transaction: if `next` or any
    /// contact fails, nothing is written. The caller may still be reading its file while this writes.
    @discardableResult
    public func importContacts(details: String, by actor: Actor, from next: () throws -> [Contact]?) throws -> Int {
        try writer.write { db in
            let inserter = try ContactInserter(db, loggedAt: Self.now())
            var refs = Set<String>()
            var days = Set<DayAtPoint>()
            var count = 0
            while let batch = try next() {
                for contact in batch {
                    try check(contact)
                    _ = try inserter.insert(contact)
                    if let ref = contact.clientRef { refs.insert(ref) }
                    days.insert(DayAtPoint(day: contact.occurredAt.date.description, point: contact.point))
                }
                count += batch.count
            }
            try refreshRepeats(db, clientRefs: refs)
            try refreshDailyFigures(db, days: days, clientRefs: refs)
            try Self.audit(db, actor, details: details, contacts: count)
            return count
        }
    }

    /// Closes the database file; the log is not used after this.
    public func close() throws {
        try (writer as? DatabasePool)?.close()
    }

    private func check(_ contact: Contact) throws {
        let problems = contact.problems(vocabulary: vocabulary, points: points)
        if !problems.isEmpty { throw StoreError.invalidContact(FieldProblems(problems: problems)) }
    }

    private static func insert(_ a: Assessment, chain: String?, contactID: Int64, _ db: Database) throws {
        let answers = JSONOut.object(a.answers.values.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })
        try db.execute(
            sql: """
                INSERT INTO "assessment" ("contact_id", "answers", "client_score", "need_score", "computed_segment", "segment",
                    "override_reason", "chain") VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                contactID, answers.written(), a.clientScore.tenths, a.needScore.tenths, a.computedSegment.rawValue,
                a.segment.rawValue, a.override?.reason, chain,
            ])
    }

    // MARK: - Repeat contacts (CONTRACT §4)

    /// The follow-up window: a later contact within this many hours can be a repeat.
    public func followUpWindowHours() throws -> Int {
        try writer.read { db in try Self.followUpWindowHours(db) }
    }

    /// Changes the window and recomputes every contact's repeat flag under it.
    public func setFollowUpWindow(hours: Int, by actor: Actor) throws {
        precondition(hours > 0)
        try writer.write { db in
            try db.execute(sql: #"UPDATE "setting" SET "value" = ? WHERE "key" = ?"#, arguments: [String(hours), Schema.followUpWindowKey])
            try refreshRepeats(db, clientRefs: nil)
            try refreshDailyFigures(db, days: nil, clientRefs: [])
            let count = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact" WHERE "client_ref" IS NOT NULL"#) ?? 0
            try Self.audit(db, actor, details: "follow-up window \(hours) h", contacts: count)
        }
    }

    static func followUpWindowHours(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Schema.followUpWindowKey])
            .flatMap(Int.init) ?? Schema.defaultFollowUpWindowHours
    }

    /// Sets `has_repeat` on every contact of these clients (all clients when nil): B repeats A when both carry
    /// the same client_ref, B is strictly later by at most the window, and they share a topic.
    func refreshRepeats(_ db: Database, clientRefs: Set<String>?) throws {
        if clientRefs?.isEmpty == true { return }
        let window = try Self.followUpWindowHours(db) * 3600
        var scope = #""client_ref" IS NOT NULL"#
        if let clientRefs {
            try Self.fill(db, temporaryTable: "refreshed_client", columns: ["client_ref"], rows: clientRefs.map { [$0] })
            scope = #""client_ref" IN (SELECT "client_ref" FROM "refreshed_client")"#
        }
        try db.execute(
            sql: """
                UPDATE "contact" AS a SET "has_repeat" = EXISTS (
                    SELECT 1 FROM "contact" AS b
                    WHERE b."client_ref" = a."client_ref" AND b."instant" > a."instant" AND b."instant" <= a."instant" + ?
                      AND EXISTS (SELECT 1 FROM "contact_topic" AS bt JOIN "contact_topic" AS at ON at."topic" = bt."topic"
                                  WHERE bt."contact_id" = b."id" AND at."contact_id" = a."id"))
                WHERE \(scope)
                """,
            arguments: [window])
    }

    // MARK: - Reading

    /// The measures over `from`…`to` (inclusive, by each contact's day), for one point or all.
    public func report(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> Report {
        try writer.write { db in
            let report = try Self.report(db, from: from, to: to, point: point, vocabulary: vocabulary)
            try Self.audit(db, actor, details: Self.period(from, to, point), contacts: report.contacts)
            return report
        }
    }

    /// Sums the daily figures of the period: every figure is a count or a total, so the sums are exact.
    static func report(_ db: Database, from: CivilDate, to: CivilDate, point: String?, vocabulary: Vocabulary) throws -> Report {
        var report = Report(from: from, to: to, point: point)
        var filter = #""day" BETWEEN ? AND ?"#
        var arguments: StatementArguments = [from.description, to.description]
        if let point {
            filter += #" AND "point" = ?"#
            arguments += [point]
        }
        let rows = try Row.fetchCursor(
            db, sql: #"SELECT "figure", "code", sum("value") FROM "daily_figure" WHERE \#(filter) GROUP BY "figure", "code""#,
            arguments: arguments)
        while let row = try rows.next() {
            let figure: String = row[0], code: String = row[1], value: Int = row[2]
            switch figure {
            case "contacts": report.contacts = value
            case "resolved": report.resolved = value
            case "verified": report.verified = value
            case "with_client_ref": report.withClientRef = value
            case "repeats": report.repeats = value
            case "identified": report.identified = value
            case "duration_min_total": report.durationMinTotal = value
            case "satisfaction_responses": report.satisfactionResponses = value
            case "satisfaction_total": report.satisfactionTotal = value
            case "by_channel": report.byChannel[code] = value
            case "by_reason": report.byReason[code] = value
            case "by_topic": report.byTopic[code] = value
            case "by_referral": report.byReferral[code] = value
            case "by_age_group": report.byAgeGroup[code] = value
            case "by_segment": report.bySegment[code] = value
            case "by_contact_by": report.byContactBy[code] = value
            default: break
            }
        }
        let days = try Row.fetchCursor(
            db, sql: #"SELECT "day", sum("value") FROM "daily_figure" WHERE \#(filter) AND "figure" = 'contacts' GROUP BY "day""#,
            arguments: arguments)
        while let row = try days.next() { report.byDay[row[0]] = row[1] }
        for (code, count) in report.byReferral {
            switch vocabulary.referral[code]?.kind {
            case .internal: report.referralsInternal += count
            case .external: report.referralsExternal += count
            case nil: break
            }
        }
        return report
    }

    // MARK: - Daily figures

    /// A day at a point: the unit the daily figures are kept in.
    struct DayAtPoint: Hashable {
        let day: String
        let point: String
    }

    /// Recomputes the daily figures of `days` (all when nil) and of every day on which these clients have a
    /// contact, whose repeat flags may have changed. The one definition of each measure.
    func refreshDailyFigures(_ db: Database, days: Set<DayAtPoint>?, clientRefs: Set<String>) throws {
        let source: String
        if let days {
            try Self.fill(db, temporaryTable: "dirty_day", columns: ["day", "point"], rows: days.map { [$0.day, $0.point] })
            if !clientRefs.isEmpty {
                try Self.fill(db, temporaryTable: "refreshed_client", columns: ["client_ref"], rows: clientRefs.map { [$0] })
                try db.execute(sql: """
                    INSERT OR IGNORE INTO "dirty_day" SELECT DISTINCT "day", "point" FROM "contact"
                    WHERE "client_ref" IN (SELECT "client_ref" FROM "refreshed_client")
                    """)
            }
            let stale = try db.cachedStatement(sql: #"DELETE FROM "daily_figure" WHERE "day" = ? AND "point" = ?"#)
            let dirty = try Row.fetchAll(db, sql: #"SELECT "day", "point" FROM "dirty_day""#)
            for row in dirty { try stale.execute(arguments: [row[0], row[1]]) }
            // CROSS JOIN keeps the few dirty days in the outer loop, each finding its contacts by index;
            // left to itself the planner may scan every contact for a one-row temporary table.
            source = #""dirty_day" AS d CROSS JOIN "contact" AS c ON c."day" = d."day" AND c."point" = d."point""#
        } else {
            try db.execute(sql: #"DELETE FROM "daily_figure""#)
            source = #""contact" AS c"#
        }
        // Figures that are a count or a total over the day's contacts.
        try db.execute(sql: """
            WITH s AS MATERIALIZED (
                SELECT c."day", c."point", count(*) AS "contacts", total(c."resolved") AS "resolved",
                    total(c."resolved" AND NOT c."has_repeat") AS "verified", count(c."client_ref") AS "with_client_ref",
                    total(c."client_ref" IS NOT NULL AND c."has_repeat") AS "repeats", total(c."identified") AS "identified",
                    total(c."duration_min") AS "duration_min_total", count(c."satisfaction") AS "satisfaction_responses",
                    total(c."satisfaction") AS "satisfaction_total"
                FROM \(source) GROUP BY c."day", c."point")
            INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value")
            SELECT * FROM (\(Self.totals.map { #"SELECT "day", "point", '\#($0)' AS "figure", '' AS "code", "\#($0)" AS "value" FROM s"# }.joined(separator: " UNION ALL ")))
            WHERE "value" > 0
            """)
        // Maps: the day's contacts counted by a code of theirs (topics and referrals once under each code).
        for (figure, column, join) in Self.maps {
            try db.execute(sql: """
                INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value")
                SELECT c."day", c."point", '\(figure)', \(column), count(*) FROM \(source) \(join)
                WHERE \(column) IS NOT NULL GROUP BY c."day", c."point", \(column)
                """)
        }
    }

    static let totals = [
        "contacts", "resolved", "verified", "with_client_ref", "repeats", "identified", "duration_min_total",
        "satisfaction_responses", "satisfaction_total",
    ]

    static let maps: [(figure: String, column: String, join: String)] = [
        ("by_channel", #"c."channel""#, ""),
        ("by_reason", #"c."reason""#, ""),
        ("by_age_group", #"c."age_group""#, ""),
        ("by_segment", #"c."segment""#, ""),
        ("by_contact_by", #"c."contact_by""#, ""),
        ("by_topic", #"t."topic""#, #"JOIN "contact_topic" AS t ON t."contact_id" = c."id""#),
        ("by_referral", #"r."referral""#, #"JOIN "contact_referral" AS r ON r."contact_id" = c."id""#),
    ]

    /// A temporary table of the connection, emptied and filled with `rows`.
    static func fill(_ db: Database, temporaryTable table: String, columns: [String], rows: [[String]]) throws {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try db.execute(sql: #"CREATE TEMP TABLE IF NOT EXISTS "\#(table)" (\#(names), PRIMARY KEY (\#(names))) WITHOUT ROWID"#)
        try db.execute(sql: #"DELETE FROM "\#(table)""#)
        let statement = try db.cachedStatement(
            sql: #"INSERT OR IGNORE INTO "\#(table)" VALUES (\#(columns.map { _ in "?" }.joined(separator: ", ")))"#)
        for row in rows { try statement.execute(arguments: StatementArguments(row)) }
    }

    /// Calls `each` with every contact of the period (all when nil) in time order; returns how many.
    @discardableResult
    public func exportContacts(
        from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void
    ) throws -> Int {
        try writer.write { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let from {
                conditions.append(#"c."day" >= ?"#)
                arguments += [from.description]
            }
            if let to {
                conditions.append(#"c."day" <= ?"#)
                arguments += [to.description]
            }
            if let point {
                conditions.append(#"c."point" = ?"#)
                arguments += [point]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT c.*,
                        (SELECT group_concat("topic", ';') FROM "contact_topic" WHERE "contact_id" = c."id") AS "topics",
                        (SELECT group_concat("referral", ';') FROM "contact_referral" WHERE "contact_id" = c."id") AS "referrals"
                    FROM "contact" AS c \(filter) ORDER BY c."instant", c."id"
                    """, arguments: arguments)
            var count = 0
            while let row = try rows.next() {
                try each(try Self.contact(row))
                count += 1
            }
            let period = from == nil && to == nil ? "all" : Self.period(from, to, nil)
            try Self.audit(db, actor, details: period + (point.map { ", point \($0)" } ?? ""), contacts: count)
            return count
        }
    }

    static func contact(_ row: Row) throws -> Contact {
        func list(_ column: String) -> [String] {
            (row[column] as String?).map { $0.split(separator: ";").map(String.init) } ?? []
        }
        return Contact(
            occurredAt: try Timestamp(iso: row["occurred_at"]), point: row["point"], channel: row["channel"],
            topics: list("topics"), resolved: row["resolved"], contactBy: row["contact_by"], reason: row["reason"],
            referrals: list("referrals"), identified: row["identified"], ageGroup: row["age_group"],
            serviceArea: row["service_area"], durationMinutes: row["duration_min"],
            segment: (row["segment"] as String?).flatMap(Segment.init(rawValue:)), clientRef: row["client_ref"],
            satisfaction: row["satisfaction"], advisor: row["advisor"])
    }

    // MARK: - Audit

    /// The audit log, oldest first; `from`/`to` are UTC days, inclusive.
    public func audit(from: CivilDate?, to: CivilDate?) throws -> [AuditEntry] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: #"SELECT * FROM "audit" WHERE "at" >= ? AND "at" < ? ORDER BY "id""#,
                arguments: [from?.description ?? "", to.map { $0.adding(days: 1).description } ?? "9999"])
            return rows.map {
                AuditEntry(at: $0["at"], user: $0["user"], command: $0["command"], details: $0["details"], contacts: $0["contacts"])
            }
        }
    }

    static func audit(_ db: Database, _ actor: Actor, details: String, contacts: Int) throws {
        try db.execute(
            sql: #"INSERT INTO "audit" ("at", "user", "command", "details", "contacts") VALUES (?, ?, ?, ?, ?)"#,
            arguments: [now(), actor.user, actor.command, details, contacts])
    }

    static func period(_ from: CivilDate?, _ to: CivilDate?, _ point: String?) -> String {
        "period \(from?.description ?? "…")–\(to?.description ?? "…")" + (point.map { ", point \($0)" } ?? ", all points")
    }

    /// Now in UTC, `2026-11-23T18:46:12Z`: audit and logging times sort as text.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    // MARK: - Health

    /// SQLite's own check of the file: `ok` when intact.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    public func contactCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact""#) ?? 0 }
    }
}

/// Inserts contacts with three prepared statements, reused across a whole import. Values are bound
/// through SQLite's C API: at a million rows GRDB's general-purpose argument boxing costs as much as the
/// inserts themselves.
struct ContactInserter {
    let contact: Statement
    let topic: Statement
    let referral: Statement
    let db: Database
    let loggedAt: String

    init(_ db: Database, loggedAt: String) throws {
        self.db = db
        self.loggedAt = loggedAt
        contact = try db.cachedStatement(sql: """
            INSERT INTO "contact" ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        topic = try db.cachedStatement(sql: #"INSERT INTO "contact_topic" ("contact_id", "topic") VALUES (?, ?)"#)
        referral = try db.cachedStatement(sql: #"INSERT INTO "contact_referral" ("contact_id", "referral") VALUES (?, ?)"#)
    }

    func insert(_ c: Contact) throws -> Int64 {
        let s = contact.sqliteStatement
        sqlite3_reset(s)
        bind(s, 1, c.occurredAt.description)
        sqlite3_bind_int64(s, 2, c.occurredAt.instant)
        bind(s, 3, c.occurredAt.date.description)
        bind(s, 4, c.point)
        bind(s, 5, c.channel)
        sqlite3_bind_int(s, 6, c.resolved ? 1 : 0)
        bind(s, 7, c.contactBy)
        bind(s, 8, c.reason)
        sqlite3_bind_int(s, 9, c.identified ? 1 : 0)
        bind(s, 10, c.ageGroup)
        bind(s, 11, c.serviceArea)
        bind(s, 12, c.durationMinutes)
        bind(s, 13, c.segment?.rawValue)
        bind(s, 14, c.clientRef)
        bind(s, 15, c.satisfaction)
        bind(s, 16, c.advisor)
        bind(s, 17, loggedAt)
        try step(s)
        let id = db.lastInsertedRowID
        for (statement, codes) in [(topic, c.topics), (referral, c.referrals)] {
            let s = statement.sqliteStatement
            for code in codes {
                sqlite3_reset(s)
                sqlite3_bind_int64(s, 1, id)
                bind(s, 2, code)
                try step(s)
            }
        }
        return id
    }

    /// SQLite copies the text (SQLITE_TRANSIENT), so the Swift string need not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func bind(_ s: OpaquePointer, _ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(s, index)
            return
        }
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(s, index, chars.baseAddress, Int32(chars.count), Self.transient)
            }
        }
    }

    private func bind(_ s: OpaquePointer, _ index: Int32, _ number: Int?) {
        if let number { sqlite3_bind_int64(s, index, Int64(number)) } else { sqlite3_bind_null(s, index) }
    }

    private func step(_ s: OpaquePointer) throws {
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }
}
