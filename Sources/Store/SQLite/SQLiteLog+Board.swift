import Foundation
import GRDB
import Guidance

/// The live board: daily figures and one count of open follow-ups per point, read on a reader of the pool (never the
/// write lock, so another process's import cannot hold the board up) and not audited (see `ContactLog.board`).
extension SQLiteLog {
    public func board(day: CivilDate, points: [String]?, by actor: Actor) throws -> BoardFigures {
        let shown = points ?? pointOrder
        return try writer.read { db in
            var today: [String: Report] = [:]
            for point in shown { today[point] = try Self.report(db, from: day, to: day, point: point, vocabulary: vocabulary, codes: codes) }

            let days = BoardFigures.usualDays(before: day)
            let week = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($0.element.description, $0.offset) })
            var usual = Dictionary(uniqueKeysWithValues: shown.map { ($0, [[String: Int]](repeating: [:], count: days.count)) })
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT d."day", d."point", d."code", sum(d."value") FROM "daily_figure" AS d
                    WHERE d."day" IN (\(days.map { _ in "?" }.joined(separator: ", "))) AND d."figure" = \(Schema.codeID("figure", "'by_hour'"))
                    GROUP BY d."day", d."point", d."code"
                    """,
                arguments: StatementArguments(days.map(\.description)))
            while let row = try rows.next() {
                // The point and the hour as their codes' ids (v19), named here.
                guard let index = week[row[0]], let point = try codes.code(row[1] as Int64, db), usual[point] != nil,
                      let hour = try codes.code(row[2] as Int64, db) else { continue }
                usual[point]![index][hour] = row[3]
            }

            let since = day.adding(days: -(try Self.followUpWindowHours(db) + 23) / 24)
            let open = try db.cachedStatement(sql: """
                SELECT count(*), min(c."instant") FROM "contact" AS c LEFT JOIN "follow_up_done" AS f ON f."contact_id" = c."id"
                WHERE \(Self.openFollowUps)
                """)
            var followUps: [String: OpenFollowUps] = [:]
            for point in shown {
                let row = try Row.fetchOne(open, arguments: [point, since.description])
                followUps[point] = OpenFollowUps(count: row?[0] ?? 0, oldest: row?[1])
            }
            return BoardFigures(day: day, points: shown, today: today, usualDays: usual, followUps: followUps)
        }
    }
}

extension SQLiteLog {
    /// Opens a database for `neuvo board` only, whichever kind it is — the one allowance to the rule that a demo database
    /// and a real one never open as the other, because the board only reads (a trainer shows the demo's saves on a
    /// board, marked DEMO). Returns the kind found; a database that has never held anything counts as real and is not
    /// claimed. `lockWait` as `open`'s.
    public static func openForBoard(path: String, catalog: Catalog, lockWait: TimeInterval? = nil) throws(StoreError) -> (SQLiteLog, DatabaseKind) {
        let pool = try DatabaseFile.open(path: path, createDirectory: false)
        do {
            let log = try SQLiteLog(writer: pool, vocabulary: catalog.vocabulary, points: catalog.points, instrument: catalog.instrument)
            let known = try pool.read { db in
                try String.fetchOne(db, sql: #"SELECT "value" FROM "setting" WHERE "key" = ?"#, arguments: [Setting.kindKey])
            }
            if let lockWait {
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA busy_timeout = \(Int(lockWait * 1000))") }
            }
            return (log, known.flatMap(DatabaseKind.init(rawValue:)) ?? .real)
        } catch {
            try? DatabaseFile.closeWriterLast(pool)
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }
}
