import GRDB
import GRDBSQLite

extension DailyChanges {
    /// Adds the changes to the stored figures in key order, then removes the figures left at zero on the days at points
    /// a change lowered.
    ///
    /// `bulk` (an import, a copy, a recount of every repeat): v14's triggers stand aside while `monthly_figure_held`
    /// holds a row (v17), and the same changes, summed per month, point, figure and code, are added to
    /// `monthly_figure` here — a few thousand upserts where the triggers would run one per daily row. The rule is the
    /// triggers': a monthly row is the sum of its month's daily rows, and no row is zero. Inside the caller's
    /// transaction, so no other connection ever sees the held row.
    /// `codes`: the log's map of the code table (v19), which adds a code not held yet inside this write.
    func store(_ db: Database, codes: CodeMap, bulk: Bool = false) throws {
        // In the tables' key order: the ids', within each day (v19).
        let rows = try self.rows.filter { $0.value != 0 }.map { row in
            (day: row.day, point: try codes.id("point", row.point, db), figure: try codes.id("figure", row.figure, db),
             code: try codes.id("code", row.code, db), value: row.value)
        }.sorted { ($0.day, $0.point, $0.figure, $0.code) < ($1.day, $1.point, $1.figure, $1.code) }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO "daily_figure" ("day", "point", "figure", "code", "value") VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ("day", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value"
            """)
        let dropZeros = try db.cachedStatement(
            sql: #"DELETE FROM "daily_figure" WHERE "day" = ? AND "point" = ? AND "value" = 0"#)
        if bulk { try db.execute(sql: #"INSERT INTO "monthly_figure_held" ("held") VALUES (1)"#) }
        struct Lowered: Equatable { let day: String, point: Int64 }
        var lowered: [Lowered] = []
        for row in rows {
            try Self.step(upsert, db, row.day, row.point, row.figure, row.code, row.value)
            if row.value < 0, lowered.last != Lowered(day: row.day, point: row.point) {
                lowered.append(Lowered(day: row.day, point: row.point))
            }
        }
        for key in lowered { try dropZeros.execute(arguments: [key.day, key.point]) }
        guard bulk else { return }
        try Self.addMonths(of: rows, db)
        try db.execute(sql: #"DELETE FROM "monthly_figure_held""#)
    }

    /// The daily rows' changes summed per month (the day's first seven characters, as the triggers key them), added to
    /// the monthly figures in key order; a monthly row a change took to zero is removed.
    private static func addMonths(of rows: [(day: String, point: Int64, figure: Int64, code: Int64, value: Int)], _ db: Database) throws {
        struct MonthKey: Hashable {
            let month: Substring, point: Int64, figure: Int64, code: Int64
        }
        var sums: [MonthKey: Int] = [:]
        for row in rows where row.value != 0 {
            sums[MonthKey(month: row.day.prefix(7), point: row.point, figure: row.figure, code: row.code), default: 0] += row.value
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO "monthly_figure" ("month", "point", "figure", "code", "value") VALUES (?, ?, ?, ?, ?)
            ON CONFLICT ("month", "point", "figure", "code") DO UPDATE SET "value" = "value" + excluded."value"
            """)
        let dropZero = try db.cachedStatement(sql: """
            DELETE FROM "monthly_figure" WHERE "month" = ? AND "point" = ? AND "figure" = ? AND "code" = ? AND "value" = 0
            """)
        let ordered = sums.filter { $0.value != 0 }.sorted {
            ($0.key.month, $0.key.point, $0.key.figure, $0.key.code) < ($1.key.month, $1.key.point, $1.key.figure, $1.key.code)
        }
        for (key, value) in ordered {
            let month = String(key.month)
            try step(upsert, db, month, key.point, key.figure, key.code, value)
            if value < 0 { try dropZero.execute(arguments: [month, key.point, key.figure, key.code]) }
        }
    }

    /// One upsert, its values bound through SQLite's C API (GRDB's argument boxing costs as much as the upsert at an
    /// import's hundreds of thousands of rows; see `ContactInserter`).
    private static func step(_ statement: Statement, _ db: Database, _ a: String, _ b: Int64, _ c: Int64, _ d: Int64, _ value: Int) throws {
        let s = statement.sqliteStatement
        sqlite3_reset(s)
        var text = a
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(s, 1, chars.baseAddress, Int32(chars.count), transient)
            }
        }
        sqlite3_bind_int64(s, 2, b)
        sqlite3_bind_int64(s, 3, c)
        sqlite3_bind_int64(s, 4, d)
        sqlite3_bind_int64(s, 5, Int64(value))
        let code = sqlite3_step(s)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    /// SQLite copies the text (SQLITE_TRANSIENT), so the Swift string need not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
