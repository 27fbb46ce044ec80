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
    let loggedAt: String

    init(_ db: Database, loggedAt: String) throws {
        self.db = db
        self.loggedAt = loggedAt
        contact = try db.cachedStatement(sql: """
            INSERT INTO "contact" ("occurred_at", "instant", "day", "point", "channel", "resolved", "contact_by", "reason",
                "identified", "age_group", "service_area", "duration_min", "segment", "client_ref", "satisfaction", "advisor",
                "logged_at", "consultation") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        topic = try db.cachedStatement(sql: #"INSERT INTO "contact_topic" ("contact_id", "topic") VALUES (?, ?)"#)
        referral = try db.cachedStatement(sql: #"INSERT INTO "contact_referral" ("contact_id", "referral", "outcome") VALUES (?, ?, ?)"#)
        unmetNeed = try db.cachedStatement(sql: #"INSERT INTO "contact_unmet_need" ("contact_id", "need") VALUES (?, ?)"#)
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
                bind(s, 2, code)
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
