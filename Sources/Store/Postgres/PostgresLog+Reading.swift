import Foundation
import Guidance
import PQ

extension PostgresLog {
    // MARK: - Reports

    public func report(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> Report {
        try transaction { c in
            let report = try Self.report(c, from: from, to: to, point: point, vocabulary: vocabulary)
            try Self.audit(c, actor, details: Self.period(from, to, point), contacts: report.contacts)
            return report
        }
    }

    /// Sums the daily figures of the period, as on SQLite: every figure is a count or a total. (A figure's rows of
    /// several origins can sum to zero after an edit: such a figure is left out, as a removed row is on SQLite.)
    static func report(_ c: PQConnection, from: CivilDate, to: CivilDate, point: String?, vocabulary: Vocabulary) throws -> Report {
        var report = Report(from: from, to: to, point: point)
        let (filter, arguments) = dayFilter(from: from, to: to, point: point)
        let rows = try c.exec(
            #"SELECT "figure", "code", sum("value") FROM neuvo.daily_figure WHERE \#(filter) GROUP BY "figure", "code" HAVING sum("value") <> 0"#, arguments)
        for row in 0..<rows.rowCount { report.add(figure: rows.text(row, 0), code: rows.text(row, 1), value: rows.integer(row, 2)) }
        let days = try c.exec(Report.dayFiguresSQL(filter, table: "neuvo.daily_figure"), arguments)
        report.addDayFigures((0..<days.rowCount).map {
            (day: days.text($0, 0), point: days.text($0, 1), contacts: days.integer($0, 2), staffedDays: days.integer($0, 3))
        })
        report.countReferralKinds(vocabulary)
        return report
    }

    /// `"day" BETWEEN $1 AND $2`, with `AND "point" = $3` for one point.
    static func dayFilter(from: CivilDate, to: CivilDate, point: String?, table: String = "") -> (String, [String?]) {
        var filter = #"\#(table)"day" BETWEEN $1 AND $2"#
        var arguments: [String?] = [from.description, to.description]
        if let point {
            filter += #" AND \#(table)"point" = $3"#
            arguments.append(point)
        }
        return (filter, arguments)
    }

    public func dailySeries(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [DailyCount] {
        try transaction { c in
            let series = try Self.dailySeries(c, from: from, to: to, point: point)
            try Self.audit(c, actor, details: "daily series " + Self.period(from, to, point), contacts: series.reduce(0) { $0 + $1.contacts })
            return series
        }
    }

    static func dailySeries(_ c: PQConnection, from: CivilDate, to: CivilDate, point: String?) throws -> [DailyCount] {
        let (filter, arguments) = dayFilter(from: from, to: to, point: point)
        let rows = try c.exec(
            #"""
            SELECT "day", "figure", sum("value") FROM neuvo.daily_figure
            WHERE \#(filter) AND "figure" IN ('contacts', 'resolved') GROUP BY "day", "figure"
            """#, arguments)
        var contacts: [String: Int] = [:], resolved: [String: Int] = [:]
        for row in 0..<rows.rowCount {
            if rows.text(row, 1) == "contacts" { contacts[rows.text(row, 0)] = rows.integer(row, 2) }
            else { resolved[rows.text(row, 0)] = rows.integer(row, 2) }
        }
        return DailyCount.series(from: from, to: to, contacts: contacts, resolved: resolved)
    }

    public func browse(
        from: CivilDate, to: CivilDate, comparedWith comparison: (from: CivilDate, to: CivilDate),
        series: (from: CivilDate, to: CivilDate), point: String?, by actor: Actor
    ) throws -> BrowsedPeriod {
        try transaction { c in
            let report = try Self.report(c, from: from, to: to, point: point, vocabulary: vocabulary)
            let earlier = try Self.report(c, from: comparison.from, to: comparison.to, point: point, vocabulary: vocabulary)
            let days = try Self.dailySeries(c, from: series.from, to: series.to, point: point)
            try Self.audit(
                c, actor,
                details: Self.period(from, to, point) + ", compared with \(comparison.from)–\(comparison.to), daily series \(series.from)–\(series.to)",
                contacts: report.contacts + earlier.contacts)
            return BrowsedPeriod(report: report, comparison: earlier, series: days)
        }
    }

    @discardableResult
    public func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report {
        try transaction { c in
            let report = try Self.report(c, from: from, to: to, point: point, vocabulary: vocabulary)
            try Self.audit(c, actor, details: Self.period(from, to, point) + ", report written to \(file)", contacts: report.contacts)
            try write(report)
            return report
        }
    }

    public func segmentShares(from: CivilDate, to: CivilDate, point: String?, targets: SegmentTargets, by actor: Actor) throws -> SegmentShares {
        try transaction { c in
            let (filter, arguments) = Self.dayFilter(from: from, to: to, point: point, table: "c.")
            let rows = try c.exec(
                #"""
                SELECT c."segment", a."chain", c."age_group",
                    CASE WHEN a."chain" IS NULL THEN
                        (SELECT string_agg(t."topic", ';') FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id")
                    END
                FROM neuvo.contact AS c LEFT JOIN neuvo.assessment AS a ON a."contact_id" = c."id"
                WHERE \#(filter) AND c."segment" IS NOT NULL
                """#, arguments)
            var shares = SegmentShares(from: from, to: to, point: point)
            for row in 0..<rows.rowCount {
                guard let segment = Segment(rawValue: rows.text(row, 0)) else { continue }
                shares.count(segment, savedChain: rows[row, 1], ageGroup: rows.text(row, 2), topics: storedCodes(rows[row, 3]), targets: targets)
            }
            try Self.audit(c, actor, details: Self.period(from, to, point) + ", segments by service chain", contacts: shares.total)
            return shares
        }
    }

    // MARK: - Contacts

    /// Every contact of the period in time order, read through a cursor in one snapshot, so that a long export
    /// neither holds the whole table in memory nor blocks anybody's save.
    @discardableResult
    public func exportContacts(
        from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void
    ) throws -> Int {
        var conditions: [String] = [], arguments: [String?] = []
        for (condition, value) in [(#"c."day" >= "#, from?.description), (#"c."day" <= "#, to?.description), (#"c."point" = "#, point)] {
            guard let value else { continue }
            arguments.append(value)
            conditions.append(condition + "$\(arguments.count)")
        }
        let count = try transaction { c in
            try c.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try c.exec(
                "DECLARE export NO SCROLL CURSOR FOR "
                    + Self.loggedContactsSQL(where: conditions.isEmpty ? "true" : conditions.joined(separator: " AND ")), arguments)
            var count = 0
            while true {
                let rows = try c.exec("FETCH 5000 FROM export")
                if rows.rowCount == 0 { break }
                for row in 0..<rows.rowCount { try each(try Self.loggedContact(rows, row).contact) }
                count += rows.rowCount
            }
            return count
        }
        try transaction { c in try Self.audit(c, actor, details: Self.period(from, to, point), contacts: count) }
        return count
    }

    public func overview(of day: CivilDate, point: String, followUpsSince: CivilDate, by actor: Actor) throws -> DayOverview {
        try transaction { c in
            let contacts = try Self.loggedContacts(c, where: #"c."day" = $1 AND c."point" = $2"#, [day.description, point])
            let report = try Self.report(c, from: day, to: day, point: point, vocabulary: vocabulary)
            let open = try c.exec(
                #"SELECT count(*) FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id" WHERE \#(Self.openFollowUps)"#,
                [point, followUpsSince.description]
            ).integer(0, 0)
            let drafts = try Self.drafts(c)
            try Self.audit(
                c, actor, details: "day \(day), point \(point), follow-ups since \(followUpsSince), \(drafts.count) drafts",
                contacts: contacts.count + open)
            return DayOverview(day: day, contacts: contacts, report: report, openFollowUps: open, drafts: drafts)
        }
    }

    public func contact(id: Int64, by actor: Actor) throws -> (LoggedContact, SavedAssessment?)? {
        try transaction { c in
            let found = try Self.loggedContacts(c, where: #"c."id" = $1"#, [String(id)]).first
            try Self.audit(c, actor, details: "contact \(id)", contacts: found == nil ? 0 : 1)
            guard let found else { return nil }
            let saved = try c.exec(
                #"SELECT "answers", "segment", "override_reason", "chain" FROM neuvo.assessment WHERE "contact_id" = $1"#, [String(id)])
            guard saved.rowCount > 0 else { return (found, nil) }
            return (
                found,
                try SavedAssessment(
                    contactID: id, answers: saved.text(0, 0), segment: saved.text(0, 1),
                    overrideReason: saved.isNull(0, 2) ? nil : saved.text(0, 2), chain: saved.isNull(0, 3) ? nil : saved.text(0, 3),
                    instrument: instrument)
            )
        }
    }

    public func contacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> [LoggedContact] {
        try transaction { c in
            var (conditions, arguments) = Self.dayFilter(from: from, to: to, point: point, table: "c.")
            let (condition, values) = condition(of: filter, firstParameter: arguments.count + 1)
            conditions += " AND " + condition
            arguments += values
            let contacts = try Self.loggedContacts(c, where: conditions, arguments)
            try Self.audit(c, actor, details: Self.period(from, to, point) + ", \(filter)", contacts: contacts.count)
            return contacts
        }
    }

    /// The condition on the contact `c` that selects what `Report.count` counts under the figure (as on SQLite).
    private func condition(of filter: ContactFilter, firstParameter n: Int) -> (String, [String?]) {
        let p = "$\(n)"
        switch filter {
        case .all: return ("true", [])
        case .channel(let code): return (#"c."channel" = \#(p)"#, [code])
        case .reason(let code): return (#"c."reason" = \#(p)"#, [code])
        case .topic(let code):
            return (#"EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = \#(p))"#, [code])
        case .referral(let code):
            return (#"EXISTS (SELECT 1 FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id" AND r."referral" = \#(p))"#, [code])
        case .referralKind(let kind):
            let codes = vocabulary.referral.terms.filter { $0.kind == kind }.map(\.code)
            return (
                #"EXISTS (SELECT 1 FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id" AND r."referral" = ANY (\#(p)::text[]))"#,
                [PGArray.literal(codes)]
            )
        case .ageGroup(let code): return (#"c."age_group" = \#(p)"#, [code])
        case .contactBy(let code): return (#"c."contact_by" = \#(p)"#, [code])
        case .segment(let code): return (#"c."segment" = \#(p)"#, [code])
        case .hour(let code): return (#"substr(c."occurred_at", 12, 2) = \#(p)"#, [code])
        case .resolved: return (#"c."resolved""#, [])
        case .withClientRef: return (#"c."client_ref" IS NOT NULL"#, [])
        case .verified: return (#"c."resolved" AND NOT c."has_repeat""#, [])
        case .repeats: return (#"c."has_repeat" AND c."client_ref" IS NOT NULL"#, [])
        case .identified: return (#"c."identified""#, [])
        case .referralOutcome(let outcome):
            return (#"EXISTS (SELECT 1 FROM neuvo.contact_referral AS r WHERE r."contact_id" = c."id" AND r."outcome" = \#(p))"#, [outcome])
        case .withUnmetNeed: return (Self.hasUnmetNeed, [])
        case .unmetNeed(let code):
            return (#"EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id" AND u."need" = \#(p))"#, [code])
        case .unmetNeedTopic(let code):
            return (Self.hasUnmetNeed + #" AND EXISTS (SELECT 1 FROM neuvo.contact_topic AS t WHERE t."contact_id" = c."id" AND t."topic" = \#(p))"#, [code])
        case .consulted: return (#"c."consultation" IS NOT NULL"#, [])
        case .consultedResolved: return (#"c."consultation" IS NOT NULL AND c."resolved""#, [])
        case .consultation(let code): return (#"c."consultation" = \#(p)"#, [code])
        }
    }

    private static let hasUnmetNeed = #"EXISTS (SELECT 1 FROM neuvo.contact_unmet_need AS u WHERE u."contact_id" = c."id")"#

    // MARK: - Follow-ups and drafts

    public func followUps(point: String, since: CivilDate, by actor: Actor) throws -> [LoggedContact] {
        try transaction { c in
            let open = try Self.loggedContacts(c, where: Self.openFollowUps, [point, since.description])
            try Self.audit(c, actor, details: "follow-ups at point \(point) since \(since)", contacts: open.count)
            return open
        }
    }

    /// Open follow-ups: a point ($1), a first day ($2).
    static let openFollowUps = #"c."point" = $1 AND c."day" >= $2 AND NOT c."resolved" AND f."contact_id" IS NULL"#

    /// Through `neuvo.earlier_contacts`, which tells an advisor of other points' contacts only the day, time, point,
    /// channel, topics and outcome — and only of the client at hand, named by identity code (a handle of
    /// `clientHandle(for:)`); the server computes the pseudonym, counts the look-up against the login's limits and audits it.
    public func earlierContacts(clientRef: String, before: Timestamp, by actor: Actor) throws -> [LoggedContact] {
        let client = try clientArguments(clientRef)
        return try run { c in
            let rows = try c.exec(
                #"SELECT "id", "occurred_at", "point", "channel", "topics", "resolved", "follow_up_open", "referrals" FROM neuvo.earlier_contacts($1, $2, $3, $4)"#,
                [client.identityCode, client.ref, String(before.instant), actor.command])
            var earlier: [LoggedContact] = []
            for row in 0..<rows.rowCount {
                let resolved = rows.flag(row, 5)
                let referrals = StoredReferrals(rows[row, 7])
                let contact = Contact(
                    occurredAt: try Timestamp(iso: rows.text(row, 1)), point: rows.text(row, 2), channel: rows.text(row, 3),
                    topics: storedCodes(rows[row, 4]), resolved: resolved, referrals: referrals.codes,
                    clientRef: clientRef, referralOutcomes: referrals.outcomes)
                let followUp: FollowUpState = resolved ? .settled : rows.flag(row, 6) ? .open : .done(note: "", closedBy: nil)
                earlier.append(LoggedContact(id: rows.integer64(row, 0), contact: contact, hasRepeat: false, followUp: followUp))
            }
            return earlier
        }
    }

    public func drafts(by actor: Actor) throws -> [Draft] {
        let drafts = try run { try Self.drafts($0) }
        if !drafts.isEmpty { try transaction { c in try Self.audit(c, actor, details: "drafts read", contacts: drafts.count) } }
        return drafts
    }

    /// The login's drafts, newest first.
    static func drafts(_ c: PQConnection) throws -> [Draft] {
        let rows = try c.exec(
            #"SELECT "id", "advisor", "point", "updated_at", "form" FROM neuvo.draft WHERE "advisor" = session_user ORDER BY "updated_at" DESC, "id" DESC"#)
        return (0..<rows.rowCount).map {
            Draft(
                id: rows.integer64($0, 0), advisor: rows.text($0, 1), point: rows.isNull($0, 2) ? nil : rows.text($0, 2),
                updatedAt: rows.text($0, 3), form: rows.text($0, 4))
        }
    }

    // MARK: - Settings, audit, health

    public func followUpWindowHours() throws -> Int {
        try run { try Self.followUpWindowHours($0) }
    }

    static func followUpWindowHours(_ c: PQConnection) throws -> Int {
        let found = try c.exec(#"SELECT "value" FROM neuvo.setting WHERE "key" = 'follow_up_window_hours'"#)
        return found.rowCount == 0 ? Setting.defaultFollowUpWindowHours : Int(found.text(0, 0)) ?? Setting.defaultFollowUpWindowHours
    }

    public func audit(from: CivilDate?, to: CivilDate?) throws -> [AuditEntry] {
        let rows = try run { c in
            try c.exec(
                #"SELECT "at", "user", "command", "details", "contacts" FROM neuvo.audit WHERE "at" >= $1 AND "at" < $2 ORDER BY "id""#,
                [from?.description ?? "", to.map { $0.adding(days: 1).description } ?? "9999"])
        }
        return (0..<rows.rowCount).map {
            AuditEntry(at: rows.text($0, 0), user: rows.text($0, 1), command: rows.text($0, 2), details: rows.text($0, 3), contacts: rows.integer($0, 4))
        }
    }

    /// PostgreSQL keeps its own pages checked (and checksummed where the cluster is): a query that reads the
    /// catalogue and the contact table answers for the connection and the schema.
    public func integrityCheck() throws -> String {
        _ = try run { try $0.exec("SELECT count(*) FROM neuvo.contact") }
        return "ok"
    }

    public func contactCount() throws -> Int {
        try run { try $0.exec("SELECT count(*) FROM neuvo.contact").integer(0, 0) }
    }

    // MARK: - Reading rows

    static func loggedContacts(_ c: PQConnection, where filter: String, _ arguments: [String?]) throws -> [LoggedContact] {
        let rows = try c.exec(loggedContactsSQL(where: filter), arguments)
        return try (0..<rows.rowCount).map { try loggedContact(rows, $0) }
    }

    /// The columns `loggedContact` reads, by position; codes in byte order (COLLATE "C"), as SQLite's keys sort them.
    /// In time order, unless `order` says otherwise; column 21 is when the contact was logged, 22 its unmet needs, 23 its
    /// consultation.
    static func loggedContactsSQL(where filter: String, order: String = #"c."instant", c."id""#) -> String {
        """
        SELECT c."id", c."occurred_at", c."point", c."channel", c."resolved", c."contact_by", c."reason", c."identified",
            c."age_group", c."service_area", c."duration_min", c."segment", c."client_ref", c."satisfaction", c."advisor",
            c."has_repeat",
            (SELECT string_agg("topic", ';' ORDER BY "topic" COLLATE "C") FROM neuvo.contact_topic WHERE "contact_id" = c."id"),
            (SELECT string_agg("referral" || ':' || "outcome", ';' ORDER BY "referral" COLLATE "C") FROM neuvo.contact_referral WHERE "contact_id" = c."id"),
            f."contact_id" IS NOT NULL, f."note", f."closed_by", c."logged_at",
            (SELECT string_agg("need", ';' ORDER BY "need" COLLATE "C") FROM neuvo.contact_unmet_need WHERE "contact_id" = c."id"),
            c."consultation"
        FROM neuvo.contact AS c LEFT JOIN neuvo.follow_up_done AS f ON f."contact_id" = c."id"
        WHERE \(filter) ORDER BY \(order)
        """
    }

    static func loggedContact(_ r: PQResult, _ row: Int) throws -> LoggedContact {
        func text(_ column: Int) -> String? { r.isNull(row, column) ? nil : r.text(row, column) }
        func number(_ column: Int) -> Int? { r.isNull(row, column) ? nil : r.integer(row, column) }
        let resolved = r.flag(row, 4)
        let referrals = StoredReferrals(text(17))
        let contact = Contact(
            occurredAt: try Timestamp(iso: r.text(row, 1)), point: r.text(row, 2), channel: r.text(row, 3), topics: storedCodes(text(16)),
            resolved: resolved, contactBy: r.text(row, 5), reason: text(6), referrals: referrals.codes, identified: r.flag(row, 7),
            ageGroup: r.text(row, 8), serviceArea: text(9), durationMinutes: number(10), segment: text(11).flatMap(Segment.init(rawValue:)),
            clientRef: text(12), satisfaction: number(13), advisor: text(14), referralOutcomes: referrals.outcomes,
            unmetNeeds: storedCodes(text(22)), consultation: text(23))
        let followUp: FollowUpState =
            if resolved { .settled }
            else if r.flag(row, 18) { .done(note: text(19) ?? "", closedBy: r.isNull(row, 20) ? nil : r.integer64(row, 20)) }
            else { .open }
        return LoggedContact(id: r.integer64(row, 0), contact: contact, hasRepeat: r.flag(row, 15), followUp: followUp)
    }
}
