import GRDB
import GRDBSQLite
import Guidance

/// Inserts contacts with three prepared statements, reused across a whole import. Values are bound
/// through SQLite's C API: at a million rows GRDB's general-purpose argument boxing costs as much as the
/// inserts themselves.
struct ContactInserter {
    let contact: Statement
    let topic: Statement
    let referral: Statement
    let unmetNeed: Statement
    let db: Database
    /// The log's map of the code table: the ids of the contact's codes, topics and referrals (v19).
    let codeIDs: CodeMap
    /// `logged_at` as stored (v19): its seconds, and its text only when the seconds do not give it back.
    let logged: Int64
    let loggedText: String?

    init(_ db: Database, loggedAt: String, codes: CodeMap) throws {
        self.db = db
        codeIDs = codes
        let row = try Row.fetchOne(db, sql: "SELECT \(Schema.loggedValues("?1"))", arguments: [loggedAt])!
        logged = row[0]
        loggedText = row[1]
        contact = try db.cachedStatement(sql: """
            INSERT INTO "contact" ("instant", "utc_offset", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged", "logged_text", "consultation") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,
                ?16, ?17, ?18)
            """)
        topic = try db.cachedStatement(sql: #"INSERT INTO "contact_topic" ("contact_id", "topic") VALUES (?, ?)"#)
        referral = try db.cachedStatement(sql: #"INSERT INTO "contact_referral" ("contact_id", "referral", "outcome") VALUES (?, ?, ?)"#)
        unmetNeed = try db.cachedStatement(sql: #"INSERT INTO "contact_unmet_need" ("contact_id", "need") VALUES (?, ?)"#)
    }

    func insert(_ c: Contact) throws -> Int64 {
        let s = contact.sqliteStatement
        sqlite3_reset(s)
        // v19: `occurred_at` and `day` are made from the instant and the offset when read; `logged_at` from its seconds.
        sqlite3_bind_int64(s, 1, c.occurredAt.instant)
        sqlite3_bind_int(s, 2, Int32(c.occurredAt.offsetMinutes))
        // v19: the codes of data/ as ids of the code table.
        try bindCode(s, 3, "point", c.point)
        try bindCode(s, 4, "channel", c.channel)
        sqlite3_bind_int(s, 5, c.resolved ? 1 : 0)
        try bindCode(s, 6, "contact_by", c.contactBy)
        try bindCode(s, 7, "reason", c.reason)
        sqlite3_bind_int(s, 8, c.identified ? 1 : 0)
        try bindCode(s, 9, "age_group", c.ageGroup)
        try bindCode(s, 10, "service_area", c.serviceArea)
        bind(s, 11, c.durationMinutes)
        bind(s, 12, c.segment?.rawValue)
        bind(s, 13, c.clientRef)
        bind(s, 14, c.satisfaction)
        try bindCode(s, 15, "advisor", c.advisor)
        sqlite3_bind_int64(s, 16, logged)
        bind(s, 17, loggedText)
        bind(s, 18, c.consultation)
        try step(s)
        let id = db.lastInsertedRowID
        try insertParts(of: c, id: id)
        return id
    }

    /// The contact's topics, referrals with their outcomes, and unmet needs (a new contact's, or an edited one's
    /// after its old parts are deleted).
    func insertParts(of c: Contact, id: Int64) throws {
        for (statement, codes) in [(topic, c.topics), (referral, c.referrals), (unmetNeed, c.unmetNeeds)] {
            let s = statement.sqliteStatement
            for code in codes {
                sqlite3_reset(s)
                sqlite3_bind_int64(s, 1, id)
                // v19: a topic and a referral as the id of their code (added by the first write that has it).
                if statement === unmetNeed {
                    bind(s, 2, code)
                } else {
                    sqlite3_bind_int64(s, 2, try codeIDs.id(statement === topic ? "topic" : "referral", code, db))
                }
                if statement === referral { bind(s, 3, c.outcome(of: code)) }
                try step(s)
            }
        }
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

    /// The id of a code of `kind` (a column of the contact), or NULL.
    private func bindCode(_ s: OpaquePointer, _ index: Int32, _ kind: String, _ code: String?) throws {
        if let code { sqlite3_bind_int64(s, index, try codeIDs.id(kind, code, db)) } else { sqlite3_bind_null(s, index) }
    }

    /// The values of the contact's codes of data/ as its columns hold them (v19: ids), in `Schema.contactCodes`' order.
    func codes(of c: Contact) throws -> [Int64?] {
        try zip(Schema.contactCodes, [c.point, c.channel, c.contactBy, c.reason, c.ageGroup, c.serviceArea, c.advisor]).map { kind, code in
            try code.map { try codeIDs.id(kind, $0, db) }
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
