import Foundation
import Guidance
import PQ

extension PostgresLog {
    // MARK: - Reports

    // Every read below is one call of a `neuvo.*` function (PostgresSchema.v7ReadFunctions; the reports', the browser's and
    // the board's as v8Reads redefines them), for every login the owner included: the server applies the caller's points
    // and writes the audit row, with `actor.command` as its command.

    public func report(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> Report {
        try transaction { c in try Self.report(c, from: from, to: to, point: point, command: actor.command, vocabulary: vocabulary) }
    }

    /// The period's report through `neuvo.report_figures`, which audits it (`writtenTo`: the file a report is written to).
    static func report(
        _ c: PQConnection, from: CivilDate, to: CivilDate, point: String?, command: String, writtenTo: String? = nil, vocabulary: Vocabulary
    ) throws -> Report {
        // The handoffs sent in the period from the point (CONTRACT §9), read first so that the report's own audit row
        // (which names a file written) stays the last: `neuvo report`, the page's previous period and the day browser's
        // export all come here (`browse` reads its two periods' at once).
        let handoffs = try handoffRecords(c, from: from, to: to, point: point, command: command)
        let rows = try c.exec(
            #"SELECT "day", "point", "figure", "code", "value" FROM neuvo.report_figures($1, $2, $3, $4, $5)"#,
            [from.description, to.description, point, command, writtenTo])
        var report = Report(from: from, to: to, point: point)
        addFigures(rows, 0..<rows.rowCount, at: 0, to: &report, vocabulary: vocabulary)
        report.countHandoffs(handoffs)
        return report
    }

    /// Adds figure rows (`day, point, figure, code, value` from column `o`, as `neuvo.figure_rows` gives them) to the
    /// report: the period's sums (day NULL), as on SQLite every figure a count or a total, and each day's `contacts` and
    /// `staffed_days`. A value the server withholds (staff answers under the minimum: NULL) is left out.
    static func addFigures(_ rows: PQResult, _ indices: some Sequence<Int>, at o: Int, to report: inout Report, vocabulary: Vocabulary) {
        var days: [String: (day: String, point: String, contacts: Int, staffedDays: Int)] = [:]
        for row in indices where !rows.isNull(row, o + 4) {
            if rows.isNull(row, o) {
                report.add(figure: rows.text(row, o + 2), code: rows.text(row, o + 3), value: rows.integer(row, o + 4))
                continue
            }
            let day = rows.text(row, o), point = rows.text(row, o + 1)
            var entry = days[day + " " + point] ?? (day: day, point: point, contacts: 0, staffedDays: 0)
            if rows.text(row, o + 2) == "contacts" { entry.contacts += rows.integer(row, o + 4) } else { entry.staffedDays += rows.integer(row, o + 4) }
            days[day + " " + point] = entry
        }
        report.addDayFigures(days.keys.sorted().map { days[$0]! })
        report.countReferralKinds(vocabulary)
    }

    public func dailySeries(from: CivilDate, to: CivilDate, point: String?, by actor: Actor) throws -> [DailyCount] {
        try transaction { c in
            let rows = try c.exec(
                #"SELECT "day", "figure", "value" FROM neuvo.daily_series($1, $2, $3, $4)"#,
                [from.description, to.description, point, actor.command])
            return Self.dailySeries(rows, 0..<rows.rowCount, at: 0, from: from, to: to)
        }
    }

    /// The daily series from rows of `day, figure, value` from column `o`.
    static func dailySeries(_ rows: PQResult, _ indices: some Sequence<Int>, at o: Int, from: CivilDate, to: CivilDate) -> [DailyCount] {
        var contacts: [String: Int] = [:], resolved: [String: Int] = [:]
        for row in indices {
            if rows.text(row, o + 1) == "contacts" { contacts[rows.text(row, o), default: 0] += rows.integer(row, o + 2) }
            else { resolved[rows.text(row, o), default: 0] += rows.integer(row, o + 2) }
        }
        return DailyCount.series(from: from, to: to, contacts: contacts, resolved: resolved)
    }

    public func browse(
        from: CivilDate, to: CivilDate, comparedWith comparison: (from: CivilDate, to: CivilDate),
        series: (from: CivilDate, to: CivilDate), point: String?, by actor: Actor
    ) throws -> BrowsedPeriod {
        try transaction { c in
            // The handoffs of both periods in one read (one audit row of its own, before the browse's), each report
            // counting those of its own days.
            let handoffs = try Self.handoffRecords(
                c, from: min(from, comparison.from), to: max(to, comparison.to), point: point, command: actor.command)
            let rows = try c.exec(
                #"SELECT "part", "day", "point", "figure", "code", "value" FROM neuvo.browse_figures($1, $2, $3, $4, $5, $6, $7, $8)"#,
                [
                    from.description, to.description, comparison.from.description, comparison.to.description, series.from.description,
                    series.to.description, point, actor.command,
                ])
            let all = 0..<rows.rowCount
            var report = Report(from: from, to: to, point: point)
            Self.addFigures(rows, all.filter { rows.text($0, 0) == "report" }, at: 1, to: &report, vocabulary: vocabulary)
            var earlier = Report(from: comparison.from, to: comparison.to, point: point)
            Self.addFigures(rows, all.filter { rows.text($0, 0) == "comparison" }, at: 1, to: &earlier, vocabulary: vocabulary)
            report.countHandoffs(handoffs)
            earlier.countHandoffs(handoffs)
            // A series row: part, day, point (NULL), figure, code (''), value.
            var days: [String: Int] = [:], resolved: [String: Int] = [:]
            for row in all where rows.text(row, 0) == "series" {
                if rows.text(row, 3) == "contacts" { days[rows.text(row, 1)] = rows.integer(row, 5) } else { resolved[rows.text(row, 1)] = rows.integer(row, 5) }
            }
            return BrowsedPeriod(
                report: report, comparison: earlier, series: DailyCount.series(from: series.from, to: series.to, contacts: days, resolved: resolved))
        }
    }

    @discardableResult
    public func writeReport(
        from: CivilDate, to: CivilDate, point: String?, file: String, by actor: Actor, write: (Report) throws -> Void
    ) throws -> Report {
        try transaction { c in
            let report = try Self.report(c, from: from, to: to, point: point, command: actor.command, writtenTo: file, vocabulary: vocabulary)
            try write(report)
            return report
        }
    }

    public func segmentShares(from: CivilDate, to: CivilDate, point: String?, targets: SegmentTargets, by actor: Actor) throws -> SegmentShares {
        try transaction { c in
            let rows = try c.exec(
                #"SELECT "segment", "chain", "age_group", "topics", "contacts" FROM neuvo.segment_shares($1, $2, $3, $4)"#,
                [from.description, to.description, point, actor.command])
            var shares = SegmentShares(from: from, to: to, point: point)
            for row in 0..<rows.rowCount {
                guard let segment = Segment(rawValue: rows.text(row, 0)) else { continue }
                shares.count(
                    segment, savedChain: rows[row, 1], ageGroup: rows.text(row, 2), topics: storedCodes(rows[row, 3]), targets: targets,
                    times: rows.integer(row, 4))
            }
            return shares
        }
    }

    // MARK: - Contacts

    /// Every contact of the period in time order, read through a cursor, so that a long export neither holds the whole
    /// table in the client's memory nor blocks anybody's save. The function reads them in one statement (one snapshot)
    /// and audits in the same transaction, which is therefore READ COMMITTED: an audit row is chained at commit, where a
    /// REPEATABLE READ transaction would meet a newer head and fail.
    @discardableResult
    public func exportContacts(
        from: CivilDate?, to: CivilDate?, point: String?, by actor: Actor, each: (Contact) throws -> Void
    ) throws -> Int {
        try transaction { c in
            try c.exec(
                "DECLARE export NO SCROLL CURSOR FOR SELECT * FROM neuvo.export_contacts($1, $2, $3, $4)",
                [from?.description, to?.description, point, actor.command])
            var count = 0
            while true {
                let rows = try c.exec("FETCH 5000 FROM export")
                if rows.rowCount == 0 { break }
                for row in 0..<rows.rowCount { try each(try Self.loggedContact(rows, row).contact) }
                count += rows.rowCount
            }
            return count
        }
    }

    public func overview(of day: CivilDate, point: String, followUpsSince: CivilDate, by actor: Actor) throws -> DayOverview {
        try transaction { c in
            let rows = try c.exec(
                "SELECT * FROM neuvo.day_overview($1, $2, $3, $4)", [day.description, point, followUpsSince.description, actor.command])
            // The part is column 24 (after the contact's), then the figure's day, point, figure, code, value (25–29; the open
            // follow-ups' count in value) and the draft's id, point, updated_at and form (30–33).
            let all = 0..<rows.rowCount
            let contacts = try all.filter { rows.text($0, 24) == "contact" }.map { try Self.loggedContact(rows, $0) }
            var report = Report(from: day, to: day, point: point)
            Self.addFigures(rows, all.filter { rows.text($0, 24) == "figure" }, at: 25, to: &report, vocabulary: vocabulary)
            let open = all.first { rows.text($0, 24) == "open" }.map { rows.integer($0, 29) } ?? 0
            let drafts = all.filter { rows.text($0, 24) == "draft" }.map {
                Draft(
                    id: rows.integer64($0, 30), advisor: session.login, point: rows[$0, 31], updatedAt: rows.text($0, 32), form: rows.text($0, 33))
            }
            return DayOverview(day: day, contacts: contacts, report: report, openFollowUps: open, drafts: drafts)
        }
    }

    public func contact(id: Int64, by actor: Actor) throws -> (LoggedContact, SavedAssessment?)? {
        try transaction { c in
            // The contact's columns, then its assessment's answers, segment, override reason and chain.
            let rows = try c.exec("SELECT * FROM neuvo.contact_by_id($1, $2)", [String(id), actor.command])
            guard rows.rowCount > 0 else { return nil }
            let found = try Self.loggedContact(rows, 0)
            guard !rows.isNull(0, 24) else { return (found, nil) }
            return (
                found,
                try SavedAssessment(
                    contactID: id, answers: rows.text(0, 24), segment: rows.text(0, 25), overrideReason: rows[0, 26], chain: rows[0, 27],
                    instrument: instrument)
            )
        }
    }

    public func contacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> [LoggedContact] {
        let (name, code, codes) = argument(of: filter)
        return try transaction { c in
            let rows = try c.exec(
                "SELECT * FROM neuvo.contacts_behind($1, $2, $3, $4, $5, $6::text[], $7)",
                [from.description, to.description, point, name, code, codes.map(PGArray.literal), actor.command])
            return try (0..<rows.rowCount).map { try Self.loggedContact(rows, $0) }
        }
    }

    /// How `neuvo.contacts_behind` names the figure: the filter, its code and (for a kind of referral) the kind's codes.
    private func argument(of filter: ContactFilter) -> (filter: String, code: String?, codes: [String]?) {
        switch filter {
        case .all: ("all", nil, nil)
        case .channel(let code): ("channel", code, nil)
        case .reason(let code): ("reason", code, nil)
        case .topic(let code): ("topic", code, nil)
        case .referral(let code): ("referral", code, nil)
        case .referralKind(let kind): ("referral_kind", kind.rawValue, vocabulary.referral.terms.filter { $0.kind == kind }.map(\.code))
        case .ageGroup(let code): ("age_group", code, nil)
        case .contactBy(let code): ("contact_by", code, nil)
        case .segment(let code): ("segment", code, nil)
        case .hour(let code): ("hour", code, nil)
        case .resolved: ("resolved", nil, nil)
        case .withClientRef: ("with_client_ref", nil, nil)
        case .verified: ("verified", nil, nil)
        case .repeats: ("repeats", nil, nil)
        case .identified: ("identified", nil, nil)
        case .referralOutcome(let outcome): ("referral_outcome", outcome, nil)
        case .withUnmetNeed: ("with_unmet_need", nil, nil)
        case .unmetNeed(let code): ("unmet_need", code, nil)
        case .unmetNeedTopic(let code): ("unmet_need_topic", code, nil)
        case .consulted: ("consulted", nil, nil)
        case .consultedResolved: ("consulted_resolved", nil, nil)
        case .consultation(let code): ("consultation", code, nil)
        }
    }

    // MARK: - Follow-ups and drafts

    public func followUps(point: String, since: CivilDate, by actor: Actor) throws -> [LoggedContact] {
        try transaction { c in
            let rows = try c.exec("SELECT * FROM neuvo.follow_ups($1, $2, $3)", [point, since.description, actor.command])
            return try (0..<rows.rowCount).map { try Self.loggedContact(rows, $0) }
        }
    }

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
        try transaction { c in
            let rows = try c.exec(#"SELECT "id", "advisor", "point", "updated_at", "form" FROM neuvo.drafts($1)"#, [actor.command])
            return (0..<rows.rowCount).map {
                Draft(id: rows.integer64($0, 0), advisor: rows.text($0, 1), point: rows[$0, 2], updatedAt: rows.text($0, 3), form: rows.text($0, 4))
            }
        }
    }

    // MARK: - Settings, audit, health

    public func followUpWindowHours() throws -> Int {
        try run { try Self.followUpWindowHours($0) }
    }

    public func isSaved(token: String) throws -> Bool {
        try run { c in try c.exec("SELECT neuvo.saved_with($1)", [token]).flag(0, 0) }
    }

    public func timeZoneName() throws -> String {
        try run { c in try Self.setting(c, "timezone") ?? Setting.defaultTimeZone }
    }

    static func followUpWindowHours(_ c: PQConnection) throws -> Int {
        try setting(c, "follow_up_window_hours").flatMap(Int.init) ?? Setting.defaultFollowUpWindowHours
    }

    /// A setting's value through `neuvo.settings()` (every neuvo role reads them; no table is open to a login); nil when
    /// the database has none of that name.
    static func setting(_ c: PQConnection, _ key: String) throws -> String? {
        let found = try c.exec(#"SELECT "value" FROM neuvo.settings() WHERE "key" = $1"#, [key])
        return found.rowCount == 0 ? nil : found.text(0, 0)
    }

    public func audit(from: CivilDate?, to: CivilDate?) throws -> [AuditEntry] {
        let rows = try run { c in
            try c.exec(
                #"""
                SELECT "at", "user", "command", "details", "contacts", array_to_string("clients", ';'), "previous_hash", "hash"
                FROM neuvo.audit_entries($1, $2)
                """#, [from?.description, to?.description])
        }
        return (0..<rows.rowCount).map { Self.auditEntry(rows, $0) }
    }

    /// PostgreSQL keeps its own pages checked (and checksummed where the cluster is): a query that reads the
    /// catalogue and the contact table answers for the connection and the schema.
    public func integrityCheck() throws -> String {
        _ = try contactCount()
        return "ok"
    }

    public func contactCount() throws -> Int {
        try run { try $0.exec("SELECT neuvo.contact_count()").integer(0, 0) }
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
