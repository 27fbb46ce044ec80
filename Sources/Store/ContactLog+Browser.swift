import Foundation
import GRDB
import Guidance

/// One day's contacts and how many of them were resolved in one contact, from the daily figures.
public struct DailyCount: Equatable, Sendable {
    public let day: CivilDate
    public let contacts: Int
    public let resolved: Int

    public init(day: CivilDate, contacts: Int, resolved: Int) {
        self.day = day
        self.contacts = contacts
        self.resolved = resolved
    }
}

/// Which contacts of a period one figure of the report counts: the contacts behind a number on the supervisors'
/// day browser. Each case selects exactly what `Report.count` adds to that figure.
public enum ContactFilter: Equatable, Sendable, CustomStringConvertible {
    case all
    case channel(String)
    case reason(String)
    case topic(String)
    case referral(String)
    /// Contacts with at least one referral of this kind (the figure counts the referrals, not the contacts).
    case referralKind(ReferralKind)
    case ageGroup(String)
    case contactBy(String)
    case segment(String)
    /// `"09"`: the hour of day as written, as `by_hour` keys it.
    case hour(String)
    case resolved
    /// With a pseudonym: the contacts a repeat can be recognised for.
    case withClientRef
    /// Resolved and without a repeat.
    case verified
    /// With a repeat (and a client_ref, as every contact with a repeat has).
    case repeats
    case identified

    /// As the audit log names it: `channel phone`, `resolved`.
    public var description: String {
        switch self {
        case .all: "all"
        case .channel(let code): "channel \(code)"
        case .reason(let code): "reason \(code)"
        case .topic(let code): "topic \(code)"
        case .referral(let code): "referral \(code)"
        case .referralKind(let kind): "\(kind.rawValue) referrals"
        case .ageGroup(let code): "age group \(code)"
        case .contactBy(let code): "contact by \(code)"
        case .segment(let code): "segment \(code)"
        case .hour(let code): "hour \(code)"
        case .resolved: "resolved"
        case .withClientRef: "with client_ref"
        case .verified: "verified"
        case .repeats: "repeats"
        case .identified: "identified"
        }
    }
}

/// What the day browser shows for a period: its report, the comparison period's, and the daily series of the
/// trend lines.
public struct BrowsedPeriod: Equatable, Sendable {
    public let report: Report
    public let comparison: Report
    public let series: [DailyCount]
}

extension ContactLog {
    /// Contacts and resolved contacts per day from `from` to `to` (every day, zeros included), for one point or
    /// all, in ONE query over the daily figures. Audited.
    public func dailySeries(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [DailyCount] {
        try writer.write { db in
            let series = try Self.dailySeries(db, from: from, to: to, point: point)
            try Self.audit(db, actor, details: "daily series " + Self.period(from, to, point), contacts: series.reduce(0) { $0 + $1.contacts })
            return series
        }
    }

    static func dailySeries(_ db: Database, from: CivilDate, to: CivilDate, point: String?) throws -> [DailyCount] {
        var filter = #""day" BETWEEN ? AND ? AND "figure" IN ('contacts', 'resolved')"#
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
            if row[1] == "contacts" { contacts[row[0]] = row[2] } else { resolved[row[0]] = row[2] }
        }
        guard from <= to else { return [] }
        return (from.daysSinceEpoch...to.daysSinceEpoch).map { number in
            let day = CivilDate(daysSinceEpoch: number), key = day.description
            return DailyCount(day: day, contacts: contacts[key] ?? 0, resolved: resolved[key] ?? 0)
        }
    }

    /// Everything the day browser shows, in one transaction with one audit row (each audit row is a synced
    /// write, and this runs on every key that moves the browser): the period's report and the comparison
    /// period's — from the very code `report(from:to:point:by:)` runs — and the daily series.
    public func browse(
        from: CivilDate, to: CivilDate, comparedWith comparison: (from: CivilDate, to: CivilDate),
        series: (from: CivilDate, to: CivilDate), point: String?, by actor: Actor
    ) throws -> BrowsedPeriod {
        try writer.write { db in
            let report = try Self.report(db, from: from, to: to, point: point, vocabulary: vocabulary)
            let earlier = try Self.report(db, from: comparison.from, to: comparison.to, point: point, vocabulary: vocabulary)
            let days = try Self.dailySeries(db, from: series.from, to: series.to, point: point)
            try Self.audit(
                db, actor,
                details: Self.period(from, to, point) + ", compared with \(comparison.from)–\(comparison.to), daily series \(series.from)–\(series.to)",
                contacts: report.contacts + earlier.contacts)
            return BrowsedPeriod(report: report, comparison: earlier, series: days)
        }
    }

    /// The contacts of the period (one point or all) that `filter`'s figure counts, in time order, with their
    /// repeat flags and follow-up states. Audited with the filter.
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
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", \(filter)", contacts: contacts.count)
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
        }
    }

    /// Writes the period's report through `write` (which saves the file) and records it in the audit log with
    /// `file`, in one transaction: if writing fails, nothing is recorded as written.
    @discardableResult
    public func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report {
        try writer.write { db in
            let report = try Self.report(db, from: from, to: to, point: point, vocabulary: vocabulary)
            try Self.audit(db, actor, details: Self.period(from, to, point) + ", report written to \(file)", contacts: report.contacts)
            try write(report)
            return report
        }
    }
}

extension Report {
    /// The figure of this report that counts the contacts `filter` selects (for `.referralKind`, the referrals of
    /// that kind): the number the day browser shows beside the filter.
    public func value(of filter: ContactFilter) -> Int {
        switch filter {
        case .all: contacts
        case .channel(let code): byChannel[code] ?? 0
        case .reason(let code): byReason[code] ?? 0
        case .topic(let code): byTopic[code] ?? 0
        case .referral(let code): byReferral[code] ?? 0
        case .referralKind(.internal): referralsInternal
        case .referralKind(.external): referralsExternal
        case .ageGroup(let code): byAgeGroup[code] ?? 0
        case .contactBy(let code): byContactBy[code] ?? 0
        case .segment(let code): bySegment[code] ?? 0
        case .hour(let code): byHour[code] ?? 0
        case .resolved: resolved
        case .withClientRef: withClientRef
        case .verified: verified
        case .repeats: repeats
        case .identified: identified
        }
    }

    /// The report's rate of that figure (resolved, verified and identified of the contacts, repeats of those with a
    /// pseudonym); nil for a figure without one (see `ContactFilter.hasRate`), or a rate over nothing.
    public func rate(of filter: ContactFilter) -> Ratio? {
        switch filter {
        case .resolved: resolvedRate
        case .verified: verifiedRate
        case .repeats: repeatRate
        case .identified: identifiedRate
        default: nil
        }
    }
}

extension ContactFilter {
    /// Whether the report has a rate of this figure (`Report.rate(of:)`).
    public var hasRate: Bool {
        switch self {
        case .resolved, .verified, .repeats, .identified: true
        default: false
        }
    }
}
