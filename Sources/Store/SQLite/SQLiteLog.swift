import Foundation
import GRDB
import GRDBSQLite
import Guidance
import Synchronization

/// The contact log in a SQLite file, through GRDB: what `ContactLog` promises, on one machine. Each method's
/// documentation is on `ContactLog`; what is said here is about SQLite.
public final class SQLiteLog: ContactLog {
    let writer: any DatabaseWriter
    let vocabulary: Vocabulary
    let points: Set<String>
    /// The points of data/, in its order (the board's columns).
    let pointOrder: [String]
    /// Scores saved answers again when a contact is read back for editing (`contact(id:by:)`).
    let instrument: Instrument?
    /// `PRAGMA data_version` of the writer's connection when `othersHaveSaved` last asked (or the log was opened).
    private let seenDataVersion: Mutex<Int?>
    /// The handoffs' change count when `handoffsChanged` last asked (nil: never).
    let handoffChangesSeen = Mutex<String?>(nil)
    /// The code table in memory (v19's ids of codes, named and looked up in Swift).
    let codes = CodeMap()

    /// Runs the migrations on `writer` (a file's pool, or an in-memory queue in tests). Without an
    /// `instrument`, a saved segmentation cannot be read back for editing.
    public init(writer: any DatabaseWriter, vocabulary: Vocabulary, points: [AdvicePoint], instrument: Instrument? = nil) throws {
        try Schema.migrate(writer)
        self.writer = writer
        self.vocabulary = vocabulary
        self.points = Set(points.map(\.code))
        pointOrder = points.map(\.code)
        self.instrument = instrument
        seenDataVersion = Mutex(try Self.dataVersion(writer))
    }

    static func dataVersion(_ writer: any DatabaseWriter) throws -> Int? {
        try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA data_version") }
    }

    /// Opens (or creates) the database file; see `DatabaseFile` for what is refused. A demo database (made by
    /// `.demo`) and a real one never open as the other: the demo must not touch real contacts, nor real work
    /// land among synthetic ones. `lockWait`, once open: how long a write waits for another process's lock before
    /// `StoreError.busy` (the screens wait briefly and keep what they save for later rather than freeze behind an
    /// import; commands wait as long as opening does).
    public static func open(
        path: String, catalog: Catalog, createDirectory: Bool = false, kind: DatabaseKind = .real, lockWait: TimeInterval? = nil
    ) throws(StoreError) -> SQLiteLog {
        let pool = try DatabaseFile.open(path: path, createDirectory: createDirectory)
        let log: SQLiteLog
        let found: DatabaseKind?
        do {
            log = try SQLiteLog(writer: pool, vocabulary: catalog.vocabulary, points: catalog.points, instrument: catalog.instrument)
            found = try log.claim(kind)
            if let lockWait {
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA busy_timeout = \(Int(lockWait * 1000))") }
            }
        } catch {
            throw StoreError.temporary(error) == .diskFull ? .diskFull : .cannotOpen(path: path, reason: "\(error)")
        }
        guard found == kind else {
            try? DatabaseFile.closeWriterLast(pool)
            throw kind == .demo ? .notDemoDatabase(path: path) : .demoDatabase(path: path)
        }
        return log
    }

    /// The database's kind; a database that has never held a contact (or anything audited) takes `kind`.
    func claim(_ kind: DatabaseKind) throws -> DatabaseKind {
        // Read first: a database that has its kind needs no write lock to be opened, so opening never queues behind
        // other processes' writes (twenty advisors importing at once starved an opening of it for 15 s).
        let known = try writer.read { db in
            try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.kindKey])
        }
        if let known { return DatabaseKind(rawValue: known) ?? .real }
        return try writer.write { db in
            if let written = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.kindKey]) {
                return DatabaseKind(rawValue: written) ?? .real
            }
            let used = try Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "contact") OR EXISTS (SELECT 1 FROM "audit")"#) ?? false
            guard !used || kind == .real else { return .real }
            try db.execute(sql: #"INSERT INTO "setting" VALUES (?, ?)"#, arguments: [Setting.kindKey, kind.rawValue])
            return kind
        }
    }

    /// A private database in memory, for tests.
    public static func inMemory(catalog: Catalog) throws -> SQLiteLog {
        try SQLiteLog(writer: DatabaseQueue(), vocabulary: catalog.vocabulary, points: catalog.points, instrument: catalog.instrument)
    }

    // MARK: - Writing

    @discardableResult
    /// On SQLite a save has committed or not by the time this returns, so `token` needs no keeping.
    public func log(
        _ contact: Contact, assessment: Assessment?, chain: String?, closing followUps: [Int64], replacingDraft draft: Int64?,
        token: String?, by actor: Actor
    ) throws -> Int64 {
        _ = try check(contact)
        return try writer.write { db in
            let inserter = try ContactInserter(db, loggedAt: Self.now(), codes: codes)
            let id = try inserter.insert(contact)
            if let assessment { try Self.insert(assessment, chain: chain, contactID: id, db) }
            var changes = DailyChanges()
            changes.count(contact)
            try refreshRepeats(db, clientRefs: contact.clientRef.map { [$0] } ?? [], into: &changes)
            try changes.store(db, codes: codes)
            try Self.close(followUps: followUps, by: id, actor, db)
            try Self.removeDraft(draft, db)
            try Self.audit(db, actor, details: Self.savedDetails(id: id, contact, closing: followUps), contacts: 1 + followUps.count,
                clients: [contact.clientRef] + (try Self.clients(ofContacts: followUps, db)))
            return id
        }
    }

    public func importContacts(_ contacts: [Contact], details: String, by actor: Actor) throws {
        var batches = [try contacts.map(check)]
        try importContacts(details: details, by: actor) { batches.popLast() }
    }

    @discardableResult
    public func importContacts(details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        try writer.write { db in try insertAll(db, details: details, by: actor, from: next) }
    }

    /// The body of an import, inside the caller's transaction.
    func insertAll(_ db: Database, details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        try Self.withBulkCache(db) { try insertAllCached(db, details: details, by: actor, from: next) }
    }

    /// The page cache of one bulk write (issue 22): SQLite's default 2 MB is far smaller than what an import changes, so
    /// the pager spilled dirty pages into the write-ahead log mid-transaction and wrote many of them again and again
    /// (200,000 contacts: 2.5 million writes for a 110 MB file). Up to 256 MB while the write runs, then as before.
    static func withBulkCache<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -262144")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        return try body()
    }

    private func insertAllCached(_ db: Database, details: String, by actor: Actor, from next: () throws -> [CheckedContact]?) throws -> Int {
        let inserter = try ContactInserter(db, loggedAt: Self.now(), codes: codes)
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
        // The new contacts' figures before the repeats' one big UPDATE, and the flags it changes after it: once a
        // statement's journal outgrows SQLite's 64 KB in memory it moves to a temporary file for the rest of the
        // transaction, and each of the hundreds of thousands of figure upserts after it (statements with triggers, so
        // journalled) wrote its pages there too (200,000 contacts: 1.1 million writes). Stored apart, the sums are the same.
        try changes.store(db, codes: codes, bulk: true)
        var repeats = DailyChanges()
        try refreshRepeats(db, clientRefs: refs, into: &repeats)
        try repeats.store(db, codes: codes, bulk: true)
        try Self.audit(db, actor, details: details, contacts: count, clients: Array(refs))
        return count
    }

    /// Compares `PRAGMA data_version` of the one writer connection: it changes when another connection commits,
    /// never for this one's own writes.
    public func othersHaveSaved() throws -> Bool {
        let version = try Self.dataVersion(writer)
        return seenDataVersion.withLock { seen in
            defer { seen = version }
            return seen != version
        }
    }

    /// Closes the database file (see `DatabaseFile.closeWriterLast`).
    public func close() throws {
        guard let pool = writer as? DatabasePool else { return }
        try DatabaseFile.closeWriterLast(pool)
    }

    func check(_ contact: Contact) throws -> CheckedContact {
        try Self.check(contact, vocabulary: vocabulary, points: points)
    }

    static func insert(_ a: Assessment, chain: String?, contactID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO "assessment" ("contact_id", "answers", "client_score", "need_score", "computed_segment", "segment",
                    "override_reason", "chain") VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                contactID, SavedAssessment.storedAnswers(of: a), a.clientScore.tenths, a.needScore.tenths, a.computedSegment.rawValue,
                a.segment.rawValue, a.override?.reason, chain,
            ])
    }

    // MARK: - Repeat contacts (CONTRACT §4)

    public func followUpWindowHours() throws -> Int {
        try writer.read { db in try Self.followUpWindowHours(db) }
    }

    public func setFollowUpWindow(hours: Int, by actor: Actor) throws {
        precondition(hours > 0)
        try writer.write { db in
            try db.execute(sql: #"UPDATE "setting" SET "value" = ? WHERE "key" = ?"#, arguments: [String(hours), Setting.followUpWindowKey])
            var changes = DailyChanges()
            try refreshRepeats(db, clientRefs: nil, into: &changes)
            try changes.store(db, codes: codes, bulk: true)
            let count = try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact" WHERE "client_ref" IS NOT NULL"#) ?? 0
            try Self.audit(db, actor, details: "follow-up window \(hours) h", contacts: count)
        }
    }

    public func isSaved(token: String) throws -> Bool { false }

    public func timeZoneName() throws -> String {
        try writer.read { db in
            try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.timeZoneKey])
        } ?? Setting.defaultTimeZone
    }

    public func setTimeZone(_ name: String, by actor: Actor) throws {
        try writer.write { db in
            let old = try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.timeZoneKey])
            try db.execute(sql: #"INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)"#, arguments: [Setting.timeZoneKey, name])
            try Self.audit(db, actor, details: Setting.timeZoneDetails(from: old ?? Setting.defaultTimeZone, to: name), contacts: 0)
        }
    }

    static func followUpWindowHours(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.followUpWindowKey])
            .flatMap(Int.init) ?? Setting.defaultFollowUpWindowHours
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
            changes.countRepeatChange(day: row[0], point: try codes.code(row[1] as Int64, db) ?? "", resolved: row[2], hasRepeat: row[3])
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

    public func report(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> Report {
        try writer.write { db in
            let report = try Self.periodReport(db, from: from, to: to, point: point, vocabulary: vocabulary, codes: codes)
            try Self.audit(db, actor, details: Self.period(from, to, point), contacts: report.contacts)
            return report
        }
    }

    /// A report as `neuvo report`, the day browser and their exports give it: the period's figures (`report`) and the
    /// handoffs sent in it (CONTRACT §9), read in the same transaction. The one place a report counts handoffs.
    static func periodReport(
        _ db: Database, from: CivilDate, to: CivilDate, point: String?, vocabulary: Vocabulary, codes: CodeMap
    ) throws -> Report {
        var report = try Self.report(db, from: from, to: to, point: point, vocabulary: vocabulary, codes: codes)
        report.countHandoffs(try handoffRecords(db, from: from, to: to, point: point))
        return report
    }

    /// Sums the stored figures of the period — its whole months' monthly figures and its edge days' daily ones
    /// (`FigureSpans`, v14) — and reads its days' contacts and staffing through the daily totals' index: every figure is a
    /// count or a total, so the sums are exact, and their cost does not grow with the contacts. (No stored figure is
    /// zero: `DailyChanges.store` and v14's triggers remove those.)
    static func report(
        _ db: Database, from: CivilDate, to: CivilDate, point: String?, vocabulary: Vocabulary, codes: CodeMap
    ) throws -> Report {
        var report = Report(from: from, to: to, point: point)
        let spans = FigureSpans(from: from, to: to)
        var sums: [(table: String, filter: String, arguments: StatementArguments)] = spans.days.map {
            ("daily_figure", #""day" BETWEEN ? AND ?"#, [$0.from.description, $0.to.description])
        }
        if let months = spans.months { sums.append(("monthly_figure", #""month" BETWEEN ? AND ?"#, [months.from, months.to])) }
        let (atPoint, pointArgument): (String, StatementArguments) =
            try point.map { (#" AND "point" = ?"#, [try codes.knownID("point", $0, db) ?? 0]) } ?? ("", [])
        for (table, filter, arguments) in sums {
            // Summed by ids (v19), the few sums then named.
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT "figure", "code", sum("value") FROM "\(table)" WHERE \(filter + atPoint) GROUP BY "figure", "code"
                    """,
                arguments: arguments + pointArgument)
            while let row = try rows.next() {
                report.add(figure: try codes.code(row[0] as Int64, db) ?? "", code: try codes.code(row[1] as Int64, db) ?? "", value: row[2])
            }
        }
        let days = try Row.fetchAll(
            db,
            sql: """
                SELECT "day", "point",
                    sum(CASE WHEN "figure" = \(Schema.contactsFigure) THEN "value" ELSE 0 END),
                    sum(CASE WHEN "figure" = \(Schema.staffedDaysFigure) THEN "value" ELSE 0 END)
                FROM "daily_figure" WHERE "day" BETWEEN ? AND ?\(atPoint) AND \(Schema.dailyTotals) GROUP BY "day", "point"
                """,
            arguments: [from.description, to.description] + pointArgument)
        report.addDayFigures(try days.map { (day: $0[0], point: try codes.code($0[1] as Int64, db) ?? "", contacts: $0[2], staffedDays: $0[3]) })
        report.countReferralKinds(vocabulary)
        return report
    }

    /// Reads a snapshot without holding the write lock, so others can save contacts during a long export.
    @discardableResult
    public func exportContacts(
        from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void
    ) throws -> Int {
        let count = try writer.read { db in
            let (filter, arguments) = Self.periodFilter(from: from, to: to, point: point, table: "c.")
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT \(Self.codeLists), c.* FROM "contact" AS c WHERE \(filter) ORDER BY c."instant", c."id"
                    """, arguments: arguments)
            var count = 0
            var refs = Set<String>()
            while let row = try rows.next() {
                let contact = try self.contact(row, db)
                if let ref = contact.clientRef { refs.insert(ref) }
                try each(contact)
                count += 1
            }
            return (count, refs)
        }
        try writer.write { db in try Self.audit(db, actor, details: Self.period(from, to, point), contacts: count.0, clients: Array(count.1)) }
        return count.0
    }

    /// A period with either end open, and a point or all, on the columns "day" and "point" (of `table`, e.g. `c.`).
    /// `table` "c." is the contact, whose point is an id of `code` (v19); the records' tables hold the point's text.
    static func periodFilter(from: CivilDate?, to: CivilDate?, point: String?, table: String = "") -> (String, StatementArguments) {
        var conditions = ["true"]
        var arguments: StatementArguments = []
        for (condition, value) in [(#"\#(table)"day" >= ?"#, from?.description), (#"\#(table)"day" <= ?"#, to?.description),
                                   (#"\#(table)"point" = "# + (table == "c." ? Schema.codeID("point") : "?"), point)] {
            guard let value else { continue }
            conditions.append(condition)
            arguments += [value]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }

    /// The columns `topics`, `referrals` (`id:outcome`) and `unmet_needs` of the contact `c`, joined with `;`, as
    /// `contact(_:_:)` reads them; the topics and referrals as their codes' ids (v19), named in Swift through `codes`.
    static let codeLists = """
        (SELECT group_concat("topic", ';') FROM "contact_topic" WHERE "contact_id" = c."id") AS "topics",
        (SELECT group_concat("referral" || ':' || "outcome", ';') FROM "contact_referral" WHERE "contact_id" = c."id") AS "referrals",
        (SELECT group_concat("need", ';') FROM "contact_unmet_need" WHERE "contact_id" = c."id") AS "unmet_needs"
        """

    /// A contact as `codeLists`, `c.*` read it: its codes of data/, topics and referrals named by `codes` (v19), the
    /// topics and referrals sorted by their text, the order the text keys gave before v19.
    func contact(_ row: Row, _ db: Database) throws -> Contact {
        func code(_ column: String) throws -> String? { try codes.code(row[column] as Int64?, db) }
        var referrals: [String] = [], outcomes: [String: String] = [:]
        for pair in storedCodes(row["referrals"]) {
            guard let colon = pair.firstIndex(of: ":"), let id = Int64(pair[..<colon]), let referral = try codes.code(id, db) else { continue }
            referrals.append(referral)
            outcomes[referral] = String(pair[pair.index(after: colon)...])
        }
        return Contact(
            occurredAt: try Timestamp(iso: row["occurred_at"]), point: try code("point") ?? "", channel: try code("channel") ?? "",
            topics: try codes.codes(row["topics"], db).sorted(), resolved: row["resolved"], contactBy: try code("contact_by") ?? "",
            reason: try code("reason"), referrals: referrals.sorted(), identified: row["identified"],
            ageGroup: try code("age_group") ?? "", serviceArea: try code("service_area"), durationMinutes: row["duration_min"],
            segment: (row["segment"] as String?).flatMap(Segment.init(rawValue:)), clientRef: row["client_ref"],
            satisfaction: row["satisfaction"], advisor: try code("advisor"), referralOutcomes: outcomes,
            unmetNeeds: storedCodes(row["unmet_needs"]), consultation: row["consultation"])
    }

    // MARK: - Audit

    public func audit(from: CivilDate?, to: CivilDate?) throws -> [AuditEntry] {
        try writer.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: #"SELECT * FROM "audit" WHERE "at" >= ? AND "at" < ? ORDER BY "id""#,
                arguments: [from?.description ?? "", to.map { $0.adding(days: 1).description } ?? "9999"])
            return rows.map(Self.auditEntry)
        }
    }

    public func record(_ details: String, by actor: Actor) throws {
        try writer.write { db in try Self.audit(db, actor, details: details, contacts: 0) }
    }

    /// One audit row; `clients` are the pseudonyms of the clients whose data was read or changed (CONTRACT §11: the
    /// client's log review finds the row by them), kept once each, in order.
    static func audit(_ db: Database, _ actor: Actor, details: String, contacts: Int, clients: [String?] = []) throws {
        let clients = Array(Set(clients.compactMap { $0 })).sorted()
        try append(db, AuditEntry(at: now(), user: actor.user, command: actor.command, details: details, contacts: contacts, clients: clients))
    }

    /// The pseudonyms of these contacts' clients (for their audit rows).
    static func clients(ofContacts ids: [Int64?], _ db: Database) throws -> [String?] {
        try ids.compactMap { $0 }.flatMap { id in
            try String.fetchAll(db, sql: #"SELECT "client_ref" FROM "contact" WHERE "id" = ? AND "client_ref" IS NOT NULL"#, arguments: [id])
        }
    }

    /// Appends `entry` at the end of the audit log's hash chain (`AuditChain`), or, when it comes with its hashes (a copy
    /// of another database's log), as it is. SQLite writes one transaction at a time, so the chain is linear.
    static func append(_ db: Database, _ entry: AuditEntry) throws {
        var entry = entry
        if entry.hash.isEmpty {
            let previous = try String.fetchOne(db, sql: #"SELECT "hash" FROM "audit" ORDER BY "id" DESC LIMIT 1"#) ?? ""
            entry = AuditChain.chained(entry, after: previous)
        }
        try db.execute(
            sql: #"INSERT INTO "audit" ("at", "user", "command", "details", "contacts", "clients", "previous_hash", "hash") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"#,
            arguments: [entry.at, entry.user, entry.command, entry.details, entry.contacts, entry.clients.joined(separator: ";"), entry.previousHash, entry.hash])
    }

    static func auditEntry(_ row: Row) -> AuditEntry {
        let clients: String = row["clients"]
        return AuditEntry(
            at: row["at"], user: row["user"], command: row["command"], details: row["details"], contacts: row["contacts"],
            clients: clients.isEmpty ? [] : clients.split(separator: ";").map(String.init), previousHash: row["previous_hash"], hash: row["hash"])
    }

    /// v7: the audit log's hash chain, over the rows held so far in their order (the append-only trigger steps aside
    /// for this, inside the migration's transaction).
    static func chainAudit(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE "audit" ADD COLUMN "clients" TEXT NOT NULL DEFAULT '';
            ALTER TABLE "audit" ADD COLUMN "previous_hash" TEXT NOT NULL DEFAULT '';
            ALTER TABLE "audit" ADD COLUMN "hash" TEXT NOT NULL DEFAULT '';
            DROP TRIGGER "audit_is_never_changed";
            """)
        var previous = ""
        let rows = try Row.fetchCursor(db, sql: #"SELECT * FROM "audit" ORDER BY "id""#)
        var chained: [(Int64, AuditEntry)] = []
        while let row = try rows.next() { chained.append((row["id"], auditEntry(row))) }
        for (id, entry) in chained {
            let entry = AuditChain.chained(entry, after: previous)
            try db.execute(
                sql: #"UPDATE "audit" SET "previous_hash" = ?, "hash" = ? WHERE "id" = ?"#, arguments: [entry.previousHash, entry.hash, id])
            previous = entry.hash
        }
        try db.execute(sql: """
            CREATE TRIGGER "audit_is_never_changed" BEFORE UPDATE ON "audit"
                BEGIN SELECT RAISE(ABORT, 'audit rows are never changed'); END;
            """)
    }

    /// `neuvo audit --verify`: every row's hash recomputed, in order, a page at a time.
    public func verifyAudit() throws -> AuditChain.Verifier {
        try writer.read { db in
            var verifier = AuditChain.Verifier()
            let rows = try Row.fetchCursor(db, sql: #"SELECT * FROM "audit" ORDER BY "id""#)
            while let row = try rows.next(), verifier.take(id: row["id"], Self.auditEntry(row)) {}
            verifier.finish()
            return verifier
        }
    }

    // MARK: - Health

    /// SQLite's own check of the file (`PRAGMA integrity_check`).
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    public func contactCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: #"SELECT count(*) FROM "contact""#) ?? 0 }
    }
}
