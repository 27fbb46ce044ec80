import Foundation
import GRDB
import Guidance

extension SQLiteLog {
    /// In ONE query over the daily figures.
    public func dailySeries(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [DailyCount] {
        try writer.write { db in
            let series = try Self.dailySeries(db, from: from, to: to, point: point)
            try Self.audit(db, actor, details: "daily series " + Self.period(from, to, point), contacts: series.reduce(0) { $0 + $1.contacts })
            return series
        }
    }

    static func dailySeries(_ db: Database, from: CivilDate, to: CivilDate, point: String?) throws -> [DailyCount] {
        var filter = #""day" BETWEEN ? AND ? AND "# + Schema.dailyTotals
        var arguments: StatementArguments = [from.description, to.description]
        if let point {
            filter += #" AND "point" = "# + Schema.codeID("point")
            arguments += [point]
        }
        var contacts: [String: Int] = [:], resolved: [String: Int] = [:]
        let rows = try Row.fetchCursor(
            db, sql: #"SELECT "day", "figure", sum("value") FROM "daily_figure" WHERE \#(filter) GROUP BY "day", "figure""#,
            arguments: arguments)
        while let row = try rows.next() {
            switch row[1] as Int {
            case Schema.contactsFigure: contacts[row[0]] = row[2]
            case Schema.resolvedFigure: resolved[row[0]] = row[2]
            default: break
            }
        }
        return DailyCount.series(from: from, to: to, contacts: contacts, resolved: resolved)
    }

    /// The reports from the very code `report(from:to:point:by:)` runs.
    public func browse(
        from: CivilDate, to: CivilDate, comparedWith comparison: (from: CivilDate, to: CivilDate),
        series: (from: CivilDate, to: CivilDate), point: String?, by actor: Actor
    ) throws -> BrowsedPeriod {
        try writer.write { db in
            let report = try Self.periodReport(db, from: from, to: to, point: point, vocabulary: vocabulary, codes: codes)
            let earlier = try Self.periodReport(db, from: comparison.from, to: comparison.to, point: point, vocabulary: vocabulary, codes: codes)
            let days = try Self.dailySeries(db, from: series.from, to: series.to, point: point)
            try Self.audit(
                db, actor,
                details: Self.period(from, to, point) + ", compared with \(comparison.from)–\(comparison.to), daily series \(series.from)–\(series.to)",
                contacts: report.contacts + earlier.contacts)
            return BrowsedPeriod(report: report, comparison: earlier, series: days)
        }
    }

    public func contacts(
        from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, page start: PageStart<ContactKey>, limit: Int,
        by actor: Actor
    ) throws -> [LoggedContact] {
        try writer.write { db in
            let (sql, arguments) = pageSQL(from: from, to: to, point: point, matching: filter, page: start, limit: limit)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var contacts: [LoggedContact] = []
            while let row = try rows.next() { contacts.append(try loggedContact(row, db)) }
            switch start {
            case .before, .last: contacts.reverse()  // read backwards
            case .first, .after: break
            }
            try Self.audit(
                db, actor, details: Self.period(from, to, point) + ", \(filter)" + Self.pageWords(start), contacts: contacts.count,
                clients: contacts.map(\.contact.clientRef))
            return contacts
        }
    }

    /// A page's query: "after this key, N rows" (or before it, read backwards) along the index on (day, instant) — the
    /// rowid, `id`, ends each of its entries — which the query names, so that a page never sorts the period's contacts.
    func pageSQL(
        from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, page start: PageStart<ContactKey>, limit: Int
    ) -> (String, StatementArguments) {
        var (conditions, arguments) = filterSQL(from: from, to: to, point: point, filter)
        var descending = false
        // A key outside the period is its edge: the index range then starts where the period's rows do.
        var start = start
        if case .after(let key) = start, key.day < from { start = .first }
        if case .before(let key) = start, key.day > to { start = .last }
        switch start {
        case .first: break
        case .last: descending = true
        case .after(let key):
            conditions.append(#"(c."day", c."instant", c."id") > (?, ?, ?)"#)
            arguments += [key.day.description, key.instant, key.id]
        case .before(let key):
            descending = true
            conditions.append(#"(c."day", c."instant", c."id") < (?, ?, ?)"#)
            arguments += [key.day.description, key.instant, key.id]
        }
        let order = [#"c."day""#, #"c."instant""#, #"c."id""#].map { $0 + (descending ? " DESC" : "") }.joined(separator: ", ")
        arguments += [min(max(1, limit), Self.pageLimit)]
        let sql = Self.loggedContactsSQL(
            where: conditions.joined(separator: " AND "), order: order + " LIMIT ?", from: #""contact" AS c INDEXED BY "contact_day_instant""#)
        return (sql, arguments)
    }

    /// Counted from the stored daily figures where one counts exactly these contacts, else by a count of the contacts.
    public func countContacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> Int {
        try writer.write { db in
            let name = filter.arguments(vocabulary).name
            let count: Int
            if let figure = ContactFilter.storedFigure(named: name) {
                var arguments: StatementArguments = [from.description, to.description, figure, filter.arguments(vocabulary).code ?? ""]
                if let point { arguments += [point] }
                count = try Int.fetchOne(
                    db,
                    sql: #"SELECT coalesce(sum("value"), 0) FROM "daily_figure" WHERE "day" BETWEEN ? AND ? AND "figure" = "#
                        + Schema.codeID("figure") + #" AND "code" = "# + Schema.codeID("code")
                        + (point == nil ? "" : #" AND "point" = "# + Schema.codeID("point")),
                    arguments: arguments) ?? 0
            } else {
                let (conditions, arguments) = filterSQL(from: from, to: to, point: point, filter)
                count = try Int.fetchOne(
                    db, sql: #"SELECT count(*) FROM "contact" AS c WHERE "# + conditions.joined(separator: " AND "), arguments: arguments) ?? 0
            }
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", \(filter), counted", contacts: count)
            return count
        }
    }

    /// The conditions on the contact `c` of the period and point that `filter`'s figure counts, with their arguments.
    private func filterSQL(from: CivilDate, to: CivilDate, point: String?, _ filter: ContactFilter) -> ([String], StatementArguments) {
        var conditions = [#"c."day" BETWEEN ? AND ?"#]
        var arguments: StatementArguments = [from.description, to.description]
        if let point {
            conditions.append(#"c."point" = "# + Schema.codeID("point"))
            arguments += [point]
        }
        let (name, _, codes) = filter.arguments(vocabulary)
        conditions.append(ContactFilter.condition(named: name, .sqlite, codes: codes.count))
        arguments += StatementArguments(codes)
        return (conditions, arguments)
    }

    @discardableResult
    public func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report {
        try writer.write { db in
            let report = try Self.periodReport(db, from: from, to: to, point: point, vocabulary: vocabulary, codes: codes)
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", report written to \(file)", contacts: report.contacts)
            try write(report)
            return report
        }
    }
}
