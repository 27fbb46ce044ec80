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
            // The part follows the contact's columns, then the figure's day, point, figure, code, value (the open
            // follow-ups' count in value) and the draft's id, point, updated_at and form.
            let o = PostgresSchema.contactRowWidth
            let all = 0..<rows.rowCount
            let contacts = try all.filter { rows.text($0, o) == "contact" }.map { try Self.loggedContact(rows, $0) }
            var report = Report(from: day, to: day, point: point)
            Self.addFigures(rows, all.filter { rows.text($0, o) == "figure" }, at: o + 1, to: &report, vocabulary: vocabulary)
            let open = all.first { rows.text($0, o) == "open" }.map { rows.integer($0, o + 5) } ?? 0
            let drafts = all.filter { rows.text($0, o) == "draft" }.map {
                Draft(
                    id: rows.integer64($0, o + 6), advisor: session.login, point: rows[$0, o + 7], updatedAt: rows.text($0, o + 8),
                    form: rows.text($0, o + 9))
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
            let o = PostgresSchema.contactRowWidth
            guard !rows.isNull(0, o) else { return (found, nil) }
            return (
                found,
                try SavedAssessment(
                    contactID: id, answers: rows.text(0, o), segment: rows.text(0, o + 1), overrideReason: rows[0, o + 2], chain: rows[0, o + 3],
                    instrument: instrument)
            )
        }
    }

    public func contacts(
        from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, page start: PageStart<ContactKey>, limit: Int,
        by actor: Actor
    ) throws -> [LoggedContact] {
        let (name, code, codes) = filter.arguments(vocabulary)
        let key: ContactKey?, backward: Bool
        switch start {
        case .first: (key, backward) = (nil, false)
        case .last: (key, backward) = (nil, true)
        case .after(let after): (key, backward) = (after, false)
        case .before(let before): (key, backward) = (before, true)
        }
        let keyed: [String?] = [key?.day.description, key.map { String($0.instant) }, key.map { String($0.id) }]
        let arguments: [String?] =
            [from.description, to.description, point, name, code, PGArray.literal(codes)] + keyed
            + [backward ? "true" : "false", String(min(max(1, limit), Self.pageLimit)), actor.command]
        return try transaction { c in
            let rows = try c.exec("SELECT * FROM neuvo.contacts_page($1, $2, $3, $4, $5, $6::text[], $7, $8, $9, $10, $11, $12)", arguments)
            return try (0..<rows.rowCount).map { try Self.loggedContact(rows, $0) }
        }
    }

    public func countContacts(from: CivilDate, to: CivilDate, point: String?, matching filter: ContactFilter, by actor: Actor) throws -> Int {
        let (name, code, codes) = filter.arguments(vocabulary)
        return try transaction { c in
            try c.exec(
                "SELECT neuvo.contacts_count($1, $2, $3, $4, $5, $6::text[], $7)",
                [from.description, to.description, point, name, code, PGArray.literal(codes), actor.command]
            ).integer(0, 0)
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

    /// The contacts as `neuvo.contact_row` has them (`PostgresSchema.contactRowSelectV28`, which `loggedContact` reads), of
    /// the contact `c` matching `filter`, in `order`: the owner's own read of the tables for `neuvo copy`.
    static func loggedContactsSQL(where filter: String, order: String) -> String {
        PostgresSchema.contactRowSelectV28(words: "((SELECT neuvo.term_words()))") + "\nWHERE \(filter) ORDER BY \(order)"
    }

    /// A contact of a row that begins with `neuvo.contact_row`'s columns, each where its name is there.
    static func loggedContact(_ r: PQResult, _ row: Int) throws -> LoggedContact {
        let p = PostgresSchema.contactColumns
        func text(_ column: Int) -> String? { r.isNull(row, column) ? nil : r.text(row, column) }
        func number(_ column: Int) -> Int? { r.isNull(row, column) ? nil : r.integer(row, column) }
        let resolved = r.flag(row, p.resolved)
        let referrals = StoredReferrals(text(p.referrals))
        let contact = Contact(
            occurredAt: try Timestamp(iso: r.text(row, p.occurredAt)), point: r.text(row, p.point), channel: r.text(row, p.channel),
            topics: storedCodes(text(p.topics)), resolved: resolved, contactBy: r.text(row, p.contactBy), reason: text(p.reason),
            referrals: referrals.codes, identified: r.flag(row, p.identified), ageGroup: r.text(row, p.ageGroup), serviceArea: text(p.serviceArea),
            durationMinutes: number(p.durationMin), segment: text(p.segment).flatMap(Segment.init(rawValue:)), clientRef: text(p.clientRef),
            satisfaction: number(p.satisfaction), advisor: text(p.advisor), referralOutcomes: referrals.outcomes,
            unmetNeeds: storedCodes(text(p.unmetNeeds)), consultation: text(p.consultation))
        let followUp: FollowUpState =
            if resolved { .settled }
            else if r.flag(row, p.followUpDone) { .done(note: text(p.followUpNote) ?? "", closedBy: r.isNull(row, p.closedBy) ? nil : r.integer64(row, p.closedBy)) }
            else { .open }
        return LoggedContact(id: r.integer64(row, p.id), contact: contact, hasRepeat: r.flag(row, p.hasRepeat), followUp: followUp)
    }
}
