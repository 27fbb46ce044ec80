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
        var filter = #""day" BETWEEN ? AND ? AND "# + Report.dailyTotals
        var arguments: StatementArguments = [from.description, to.description]
        if let point {
            filter += #" AND "point" = ?"#
            arguments += [point]
        }
        var contacts: [String: Int] = [:], resolved: [String: Int] = [:]
        let rows = try Row.fetchCursor(
            db, sql: #"SELECT "day", "figure", sum("value") FROM "daily_figure" WHERE \#(filter) GROUP BY "day", "figure""#,
            arguments: arguments)
        while let row = try rows.next() {
            switch row[1] as String {
            case "contacts": contacts[row[0]] = row[2]
            case "resolved": resolved[row[0]] = row[2]
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
            let report = try Self.periodReport(db, from: from, to: to, point: point, vocabulary: vocabulary)
            let earlier = try Self.periodReport(db, from: comparison.from, to: comparison.to, point: point, vocabulary: vocabulary)
            let days = try Self.dailySeries(db, from: series.from, to: series.to, point: point)
            try Self.audit(
                db, actor,
                details: Self.period(from, to, point) + ", compared with \(comparison.from)–\(comparison.to), daily series \(series.from)–\(series.to)",
                contacts: report.contacts + earlier.contacts)
            return BrowsedPeriod(report: report, comparison: earlier, series: days)
        }
    }

    public func contacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> [LoggedContact] {
        try writer.write { db in
            var conditions = [#"c."day" BETWEEN ? AND ?"#]
            var arguments: StatementArguments = [from.description, to.description]
            if let point {
                conditions.append(#"c."point" = ?"#)
                arguments += [point]
            }
            let (condition, values) = condition(of: filter)
            conditions.append(condition)
            arguments += StatementArguments(values)
            let contacts = try Self.loggedContacts(db, where: conditions.joined(separator: " AND "), arguments: arguments)
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", \(filter)", contacts: contacts.count, clients: contacts.map(\.contact.clientRef))
            return contacts
        }
    }

    /// The SQL condition on the contact `c` that selects what `Report.count` counts under the figure.
    private func condition(of filter: ContactFilter) -> (String, [String]) {
        switch filter {
        case .all: return ("1", [])
        case .channel(let code): return (#"c."channel" = ?"#, [code])
        case .reason(let code): return (#"c."reason" = ?"#, [code])
        case .topic(let code):
            return (#"EXISTS (SELECT 1 FROM "contact_topic" AS t WHERE t."contact_id" = c."id" AND t."topic" = ?)"#, [code])
        case .referral(let code):
            return (#"EXISTS (SELECT 1 FROM "contact_referral" AS r WHERE r."contact_id" = c."id" AND r."referral" = ?)"#, [code])
        case .referralKind(let kind):
            // The kinds come from data/, as `Report.countReferralKinds` reads them; a code of neither kind counts in neither.
            let codes = vocabulary.referral.terms.filter { $0.kind == kind }.map(\.code)
            let marks = codes.isEmpty ? "NULL" : codes.map { _ in "?" }.joined(separator: ", ")
            return (#"EXISTS (SELECT 1 FROM "contact_referral" AS r WHERE r."contact_id" = c."id" AND r."referral" IN (\#(marks)))"#, codes)
        case .ageGroup(let code): return (#"c."age_group" = ?"#, [code])
        case .contactBy(let code): return (#"c."contact_by" = ?"#, [code])
        case .segment(let code): return (#"c."segment" = ?"#, [code])
        case .hour(let code): return (#"substr(c."occurred_at", 12, 2) = ?"#, [code])
        case .resolved: return (#"c."resolved" = 1"#, [])
        case .withClientRef: return (#"c."client_ref" IS NOT NULL"#, [])
        case .verified: return (#"c."resolved" = 1 AND c."has_repeat" = 0"#, [])
        case .repeats: return (#"c."has_repeat" = 1 AND c."client_ref" IS NOT NULL"#, [])
        case .identified: return (#"c."identified" = 1"#, [])
        case .referralOutcome(let outcome):
            return (#"EXISTS (SELECT 1 FROM "contact_referral" AS r WHERE r."contact_id" = c."id" AND r."outcome" = ?)"#, [outcome])
        case .withUnmetNeed: return (Self.hasUnmetNeed, [])
        case .unmetNeed(let code):
            return (#"EXISTS (SELECT 1 FROM "contact_unmet_need" AS u WHERE u."contact_id" = c."id" AND u."need" = ?)"#, [code])
        case .unmetNeedTopic(let code):
            return (Self.hasUnmetNeed + #" AND EXISTS (SELECT 1 FROM "contact_topic" AS t WHERE t."contact_id" = c."id" AND t."topic" = ?)"#, [code])
        case .consulted: return (#"c."consultation" IS NOT NULL"#, [])
        case .consultedResolved: return (#"c."consultation" IS NOT NULL AND c."resolved" = 1"#, [])
        case .consultation(let code): return (#"c."consultation" = ?"#, [code])
        }
    }

    private static let hasUnmetNeed = #"EXISTS (SELECT 1 FROM "contact_unmet_need" AS u WHERE u."contact_id" = c."id")"#

    @discardableResult
    public func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report {
        try writer.write { db in
            let report = try Self.periodReport(db, from: from, to: to, point: point, vocabulary: vocabulary)
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", report written to \(file)", contacts: report.contacts)
            try write(report)
            return report
        }
    }
}
