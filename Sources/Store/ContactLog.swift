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

/// Real contacts, or the trainers' synthetic ones; a database is one or the other for good.
public enum DatabaseKind: String, Sendable {
    case real, demo
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
    /// Scores saved answers again when a contact is read back for editing (`contact(id:by:)`).
    let instrument: Instrument?

    /// Runs the migrations on `writer` (a file's pool, or an in-memory queue in tests). Without an
    /// `instrument`, a saved segmentation cannot be read back for editing.
    public init(writer: any DatabaseWriter, vocabulary: Vocabulary, points: [AdvicePoint], instrument: Instrument? = nil) throws {
        try Schema.migrator.migrate(writer)
        self.writer = writer
        self.vocabulary = vocabulary
        self.points = Set(points.map(\.code))
        self.instrument = instrument
    }

    /// Opens (or creates) the database file; see `DatabaseFile` for what is refused. A demo database (made by
    /// `.demo`) and a real one never open as the other: the demo must not touch real contacts, nor real work
    /// land among synthetic ones.
    public static func open(
        path: String, catalog: Catalog, createDirectory: Bool = false, kind: DatabaseKind = .real
    ) throws(StoreError) -> ContactLog {
        let pool = try DatabaseFile.open(path: path, createDirectory: createDirectory)
        let log: ContactLog
        let found: DatabaseKind?
        do {
            log = try ContactLog(writer: pool, vocabulary: catalog.vocabulary, points: catalog.points, instrument: catalog.instrument)
            found = try log.claim(kind)
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
        guard found == kind else {
            try? pool.close()
            throw kind == .demo ? .notDemoDatabase(path: path) : .demoDatabase(path: path)
        }
        return log
    }

    /// The database's kind; a database that has never held a contact (or anything audited) takes `kind`.
    func claim(_ kind: DatabaseKind) throws -> DatabaseKind {
        try writer.write { db in
            if let written = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Schema.kindKey]) {
                return DatabaseKind(rawValue: written) ?? .real
            }
            let used = try Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "contact") OR EXISTS (SELECT 1 FROM "audit")"#) ?? false
            guard !used || kind == .real else { return .real }
            try db.execute(sql: #"INSERT INTO "setting" VALUES (?, ?)"#, arguments: [Schema.kindKey, kind.rawValue])
            return kind
        }
    }

    /// A private database in memory, for tests.
    public static func inMemory(catalog: Catalog) throws -> ContactLog {
        try ContactLog(writer: DatabaseQueue(), vocabulary: catalog.vocabulary, points: catalog.points, instrument: catalog.instrument)
    }

    // MARK: - Writing

    /// Saves one contact (and the segmentation done with it) and brings the client's repeats up to date.
    /// `followUps` are earlier contacts this one settles: in the same transaction their follow-ups are
    /// marked done, closed by the new contact (see `markFollowUpDone`); an unknown id saves nothing and
    /// throws `ContactNotFound`. `draft`, the form's draft, is removed in the same transaction, so a crash
    /// can never leave both the contact and its draft (which would be offered back and saved twice).
    @discardableResult
    public func log(
        _ contact: Contact, assessment: Assessment? = nil, chain: String? = nil, closing followUps: [Int64] = [],
        replacingDraft draft: Int64? = nil, by actor: Actor
    ) throws -> Int64 {
        _ = try check(contact)
        return try writer.write { db in
            let inserter = try ContactInserter(db, loggedAt: Self.now())
            let id = try inserter.insert(contact)
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, db) }
            var changes = DailyChanges()
            changes.count(contact)
            try refreshRepeats(db, clientRefs: contact.clientRef.map { [$0] } ?? [], into: &changes)
            try changes.store(db)
            try Self.close(followUps: followUps, by: id, actor, db)
            try Self.removeDraft(draft, db)
            let closing = followUps.isEmpty ? "" : ", closes follow-ups of " + followUps.map { "contact \($0)" }.joined(separator: ", ")
            try Self.audit(db, actor, details: "contact \(id) \(contact.occurredAt)" + closing, contacts: 1 + followUps.count)
            return id
        }
    }

    /// Saves all the contacts in one transaction, or none of them.
    public func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        try importContacts(details: details, by: actor) { batches.popLast() }
    }

    /// Saves the contacts `next` gives, batch by batch until nil, in one transaction: if `next` fails,
    /// nothing is written. The caller may still be reading (and checking) its file while this writes.
    @discardableResult
    public func importContacts(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        try writer.write { db in try insertAll(db, details: details, by: actor, from: next) }
    }

    /// The body of an import, inside the caller's transaction.
    func insertAll(_ db: Database, details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        let inserter = try ContactInserter(db, loggedAt: Self.now())
        var refs = Set<String>()
        var changes = DailyChanges()
        var count = 0
        while let batch = try next() {
            for checked in batch {
                let contact = checked.contact
                _ = try inserter.insert(contact)
                if let ref = contact.clientRef { refs.insert(ref) }
                changes.count(contact)
            }
            count += batch.count
        }
        try refreshRepeats(db, clientRefs: refs, into: &changes)
        try changes.store(db)
        try Self.audit(db, actor, details: details, contacts: count)
        return count
    }

    /// Closes the database file; the log is not used after this.
    public func close() throws {
        try (writer as? DatabasePool)?.close()
    }

    func check(_ contact: Contact) throws -> CheckedContact {
        do {
            return try contact.checked(vocabulary: vocabulary, points: points)
        } catch {
            throw StoreError.invalidContact(error)
        }
    }

    static func insert(_ a: Assessment, chain: String?, contactID: Int64, _ db: Database) throws {
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
            var changes = DailyChanges()
            try refreshRepeats(db, clientRefs: nil, into: &changes)
            try changes.store(db)
            let count = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact" WHERE "client_ref" IS NOT NULL"#) ?? 0
            try Self.audit(db, actor, details: "follow-up window \(hours) h", contacts: count)
        }
    }

    static func followUpWindowHours(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Schema.followUpWindowKey])
            .flatMap(Int.init) ?? Schema.defaultFollowUpWindowHours
    }

    /// Brings `has_repeat` up to date on every contact of these clients (all clients when nil): B repeats A
    /// when both carry the same client_ref, B is strictly later by at most the window, and they share a topic.
    /// Only the contacts whose flag changes are written, and their figures follow in `changes`.
    func refreshRepeats(_ db: Database, clientRefs: Set<String>?, into changes: inout DailyChanges) throws {
        if clientRefs?.isEmpty == true { return }
        let window = try Self.followUpWindowHours(db) * 3600
        var scope = #"a."client_ref" IS NOT NULL"#
        if let clientRefs {
            try Self.fill(db, temporaryTable: "refreshed_client", columns: ["client_ref"], rows: clientRefs.map { [$0] })
            scope = #"a."client_ref" IN (SELECT "client_ref" FROM "refreshed_client")"#
        }
        let flipped = try Row.fetchCursor(
            db,
            sql: """
                UPDATE "contact" AS a SET "has_repeat" = NOT a."has_repeat"
                WHERE \(scope) AND a."has_repeat" <> EXISTS (
                    SELECT 1 FROM "contact" AS b
                    WHERE b."client_ref" = a."client_ref" AND b."instant" > a."instant" AND b."instant" <= a."instant" + ?
                      AND EXISTS (SELECT 1 FROM "contact_topic" AS bt JOIN "contact_topic" AS at ON at."topic" = bt."topic"
                                  WHERE bt."contact_id" = b."id" AND at."contact_id" = a."id"))
                RETURNING "day", "point", "resolved", "has_repeat"
                """,
            arguments: [window])
        while let row = try flipped.next() {
            changes.countRepeatChange(day: row[0], point: row[1], resolved: row[2], hasRepeat: row[3])
        }
    }

    /// A temporary table of the connection, emptied and filled with `rows`.
    static func fill(_ db: Database, temporaryTable table: String, columns: [String], rows: [[String]]) throws {
        let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
        try db.execute(sql: #"CREATE TEMP TABLE IF NOT EXISTS "\#(table)" (\#(names), PRIMARY KEY (\#(names))) WITHOUT ROWID"#)
        try db.execute(sql: #"DELETE FROM "\#(table)""#)
        let statement = try db.cachedStatement(
            sql: #"INSERT OR IGNORE INTO "\#(table)" VALUES (\#(columns.map { _ in "?" }.joined(separator: ", ")))"#)
        for row in rows { try statement.execute(arguments: StatementArguments(row)) }
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
    /// (No stored figure is zero: `DailyChanges.store` removes those, so neither are the sums.)
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
        while let row = try rows.next() { report.add(figure: row[0], code: row[1], value: row[2]) }
        let days = try Row.fetchCursor(
            db, sql: #"SELECT "day", sum("value") FROM "daily_figure" WHERE \#(filter) AND "figure" = 'contacts' GROUP BY "day""#,
            arguments: arguments)
        while let row = try days.next() { report.byDay[row[0]] = row[1] }
        report.countReferralKinds(vocabulary)
        return report
    }

    /// Calls `each` with every contact of the period (all when nil) in time order; returns how many. Reads a
    /// snapshot without holding the write lock, so others can save contacts during a long export.
    @discardableResult
    public func exportContacts(
        from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void
    ) throws -> Int {
        let count = try writer.read { db in
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
                    SELECT c.*, \(Self.codeLists) FROM "contact" AS c \(filter) ORDER BY c."instant", c."id"
                    """, arguments: arguments)
            var count = 0
            while let row = try rows.next() {
                try each(try Self.contact(row))
                count += 1
            }
            return count
        }
        try writer.write { db in try Self.audit(db, actor, details: Self.period(from, to, point), contacts: count) }
        return count
    }

    /// The columns `topics` and `referrals` of the contact `c`, its codes joined with `;` (in code order:
    /// the primary keys' order), as `contact(_:)` reads them.
    static let codeLists = """
        (SELECT group_concat("topic", ';') FROM "contact_topic" WHERE "contact_id" = c."id") AS "topics",
        (SELECT group_concat("referral", ';') FROM "contact_referral" WHERE "contact_id" = c."id") AS "referrals"
        """

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

    /// An event that touches no contact but belongs in the audit log (a role changed).
    public func record(_ details: String, by actor: Actor) throws {
        try writer.write { db in try Self.audit(db, actor, details: details, contacts: 0) }
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

/// What a write changes in the daily figures: per day and point, the sum of `Report.count` over the new
/// contacts and of `Report.countRepeatChange` over the contacts whose repeat flag changed.
struct DailyChanges {
    struct DayAtPoint: Hashable {
        let day: String
        let point: String
    }

    private var reports: [DayAtPoint: Report] = [:]

    private static func empty(_ key: DayAtPoint) -> Report {
        Report(from: CivilDate(iso: key.day)!, to: CivilDate(iso: key.day)!, point: key.point)
    }

    /// A new contact, without a repeat until `refreshRepeats` says otherwise; or, with `times: -1`, a
    /// saved contact taken out again with the repeat flag it had. (Changed in place: a copy of the day's
    /// figures per contact would cost more than the insert.)
    mutating func count(_ contact: Contact, hasRepeat: Bool = false, times n: Int = 1) {
        let key = DayAtPoint(day: contact.occurredAt.date.description, point: contact.point)
        reports[key, default: Self.empty(key)].count(contact, hasRepeat: hasRepeat, times: n)
    }

    mutating func countRepeatChange(day: String, point: String, resolved: Bool, hasRepeat: Bool) {
        let key = DayAtPoint(day: day, point: point)
        reports[key, default: Self.empty(key)].countRepeatChange(resolved: resolved, clientRef: true, hasRepeat: hasRepeat)
    }

    /// Adds the changes to the stored figures. A figure taken down to zero (an edit moved a contact away, a
    /// repeat took a contact out of *verified*) is removed, so that no day or code shows up with a count of 0.
    func store(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value") VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ("day", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value"
            """)
        let dropZeros = try db.cachedStatement(
            sql: #"DELETE FROM "daily_figure" WHERE "day" = ? AND "point" = ? AND "value" = 0"#)
        for (key, report) in reports {
            var lowered = false
            for figure in report.storedFigures {
                try upsert.execute(arguments: [key.day, key.point, figure.figure, figure.code, figure.value])
                lowered = lowered || figure.value < 0
            }
            if lowered { try dropZeros.execute(arguments: [key.day, key.point]) }
        }
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
