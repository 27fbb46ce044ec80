import GRDB
import Guidance

/// CONTRACT §7 on SQLite: referral outcomes, and the anonymous records kept as counts of equal answers per day
/// and point.
extension SQLiteLog {
    public func setReferralOutcome(contactID: Int64, referral: String, outcome: String, clientRef: String?, by actor: Actor) throws {
        try writer.write { db in try applyReferralOutcome(db, contactID: contactID, referral: referral, outcome: outcome, by: actor) }
    }

    /// Sets a referral's outcome with its figures and audit row, inside the caller's transaction: `setReferralOutcome`,
    /// and a handoff's closing (the closed loop of CONTRACT §9), so both move the §7 figures by the one rule.
    func applyReferralOutcome(_ db: Database, contactID: Int64, referral: String, outcome: String, by actor: Actor) throws {
        try Self.checkOutcome(outcome, vocabulary)
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT c."day", \(Schema.codeText(#"c."point""#)), r."outcome" FROM "contact" AS c JOIN "contact_referral" AS r ON r."contact_id" = c."id"
                WHERE c."id" = ? AND r."referral" = \(Schema.codeID("referral"))
                """,
            arguments: [contactID, referral])
        else { throw ContactNotFound(id: contactID) }
        let old: String = row[2]
        guard old != outcome else { return }
        try db.execute(
            sql: #"UPDATE "contact_referral" SET "outcome" = ? WHERE "contact_id" = ? AND "referral" = "# + Schema.codeID("referral"),
            arguments: [outcome, contactID, referral])
        var changes = DailyChanges()
        changes.countOutcomeChange(day: row[0], point: row[1], referral: referral, from: old, to: outcome)
        try changes.store(db, codes: codes)
        try Self.audit(db, actor, details: Self.outcomeDetails(contactID, referral, outcome), contacts: 1,
            clients: try Self.clients(ofContacts: [contactID], db))
    }

    public func saveRecords(_ records: [EvaluationRecord], details: String?, by actor: Actor) throws {
        for record in records { try check(record) }
        try writer.write { db in
            let changes = try Self.insertRecords(records, db)
            try changes.store(db, codes: codes, bulk: records.count > 1)
            if let details = details ?? Self.staffingDetails(records) { try Self.audit(db, actor, details: details, contacts: 0) }
        }
    }

    /// Writes the records and gives their figures: a staffing row replaces the one held, whose figures come out.
    @discardableResult
    static func insertRecords(_ records: [EvaluationRecord], _ db: Database) throws -> DailyChanges {
        var changes = DailyChanges()
        for record in records {
            switch record {
            case .feedback(let a):
                try db.execute(
                    sql: """
                        INSERT INTO "feedback" VALUES (?, ?, ?, ?, ?, 1)
                        ON CONFLICT DO UPDATE SET "answers" = "answers" + 1
                        """,
                    arguments: [a.day.description, a.point, a.nps, a.settled ?? "", a.bounced.map { $0 ? "yes" : "no" } ?? ""])
            case .mood(let a):
                try db.execute(
                    sql: #"INSERT INTO "mood" VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET "answers" = "answers" + 1"#,
                    arguments: [a.day.description, a.point, a.mood ?? 0, a.enps ?? -1])
            case .staffing(let s):
                if let old = try storedRecords(.staffing, db, filter: #""day" = ? AND "point" = ?"#, arguments: [s.day.description, s.point]).first {
                    changes.count(old, times: -1)
                }
                try db.execute(
                    sql: #"INSERT OR REPLACE INTO "staffing" VALUES (?, ?, ?, ?)"#,
                    arguments: [s.day.description, s.point, s.staffHundredths, s.hourlyCostCents])
            }
            changes.count(record)
        }
        return changes
    }

    public func records(
        _ kind: RecordKind, from: CivilDate?, to: CivilDate?, point: String?, audited: Bool, by actor: Actor
    ) throws -> [EvaluationRecord] {
        let (filter, arguments) = Self.periodFilter(from: from, to: to, point: point)
        let records = try writer.read { db in try Self.storedRecords(kind, db, filter: filter, arguments: arguments) }
        if audited {
            try writer.write { db in
                try Self.audit(db, actor, details: "\(kind.rawValue) " + Self.period(from, to, point), contacts: 0)
            }
        }
        return records
    }

    /// The records of a kind matching `filter`, each answer once, in `recordOrder`.
    static func storedRecords(_ kind: RecordKind, _ db: Database, filter: String, arguments: StatementArguments) throws -> [EvaluationRecord] {
        let rows = try Row.fetchAll(db, sql: #"SELECT * FROM "\#(kind.rawValue)" WHERE \#(filter) ORDER BY \#(recordOrder(kind))"#, arguments: arguments)
        var records: [EvaluationRecord] = []
        for row in rows {
            guard let day = CivilDate(iso: row["day"]) else { continue }
            let point: String = row["point"]
            switch kind {
            case .contacts, .handoffs:
                preconditionFailure("\(kind.rawValue) are not records of §7")
            case .feedback:
                let settled: String = row["settled"], bounced: String = row["bounced"]
                let answer = FeedbackAnswer(
                    day: day, point: point, nps: row["nps"], settled: settled.isEmpty ? nil : settled,
                    bounced: bounced.isEmpty ? nil : bounced == "yes")
                records += Array(repeating: .feedback(answer), count: row["answers"])
            case .mood:
                let mood: Int = row["mood"], enps: Int = row["enps"]
                let answer = MoodAnswer(day: day, point: point, mood: mood == 0 ? nil : mood, enps: enps < 0 ? nil : enps)
                records += Array(repeating: .mood(answer), count: row["answers"])
            case .staffing:
                records.append(.staffing(StaffingDay(
                    day: day, point: point, staffHundredths: row["staff_hundredths"], hourlyCostCents: row["hourly_cost_cents"])))
            }
        }
        return records
    }

    func check(_ record: EvaluationRecord) throws {
        guard points.contains(record.point) else {
            throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.point, .unknownCode(record.point))]))
        }
    }
}
