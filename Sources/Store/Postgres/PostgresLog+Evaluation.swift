import Foundation
import Guidance
import PQ

/// CONTRACT §7 on PostgreSQL, as on SQLite; row-level security limits an advisor's answers to their points, and
/// staffing to supervisors and the owner.
extension PostgresLog {
    public func setReferralOutcome(contactID: Int64, referral: String, outcome: String, clientRef: String?, by actor: Actor) throws {
        try Self.checkOutcome(outcome, vocabulary)
        try transaction { c in
            let old = try c.exec(
                "SELECT neuvo.set_referral_outcome($1, $2, $3, $4)", [String(contactID), referral, outcome, clientRef])
            guard !old.isNull(0, 0) else { throw ContactNotFound(id: contactID) }
            try Self.audit(c, actor, details: Self.outcomeDetails(contactID, referral, outcome), contacts: 1)
        }
    }

    public func saveRecords(_ records: [EvaluationRecord], details: String?, by actor: Actor) throws {
        for record in records {
            guard points.contains(record.point) else {
                throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.point, .unknownCode(record.point))]))
            }
        }
        try transaction { c in
            try Self.store(try Self.insertRecords(records, c), c)
            if let details = details ?? Self.staffingDetails(records) { try Self.audit(c, actor, details: details, contacts: 0) }
        }
    }

    /// Writes the records and gives their figures: a staffing row replaces the one held, whose figures come out.
    @discardableResult
    static func insertRecords(_ records: [EvaluationRecord], _ c: PQConnection) throws -> DailyChanges {
        var changes = DailyChanges()
        for record in records {
            switch record {
            case .feedback(let a):
                try c.exec(
                    """
                    INSERT INTO neuvo.feedback AS f VALUES ($1, $2, $3, $4, $5, 1)
                    ON CONFLICT ("day", "point", "nps", "settled", "bounced") DO UPDATE SET "answers" = f."answers" + 1
                    """,
                    [a.day.description, a.point, String(a.nps), a.settled ?? "", a.bounced.map { $0 ? "yes" : "no" } ?? ""])
            case .mood(let a):
                try c.exec(
                    """
                    INSERT INTO neuvo.mood AS m VALUES ($1, $2, $3, $4, 1)
                    ON CONFLICT ("day", "point", "mood", "enps") DO UPDATE SET "answers" = m."answers" + 1
                    """,
                    [a.day.description, a.point, String(a.mood ?? 0), String(a.enps ?? -1)])
            case .staffing(let s):
                let old = try c.exec(
                    #"DELETE FROM neuvo.staffing WHERE "day" = $1 AND "point" = $2 RETURNING "staff_hundredths", "hourly_cost_cents""#,
                    [s.day.description, s.point])
                if old.rowCount > 0 {
                    changes.count(
                        .staffing(StaffingDay(day: s.day, point: s.point, staffHundredths: old.integer(0, 0), hourlyCostCents: old.integer(0, 1))),
                        times: -1)
                }
                try c.exec(
                    "INSERT INTO neuvo.staffing VALUES ($1, $2, $3, $4)",
                    [s.day.description, s.point, String(s.staffHundredths), String(s.hourlyCostCents)])
            }
            changes.count(record)
        }
        return changes
    }

    /// Through `neuvo.feedback_records`, `neuvo.mood_records` (the owner's alone: staff answers row by row) and
    /// `neuvo.staffing_records`, each of which audits the read: on PostgreSQL the server audits every read, so `audited`
    /// has no say there.
    public func records(
        _ kind: RecordKind, from: CivilDate?, to: CivilDate?, point: String?, audited: Bool, by actor: Actor
    ) throws -> [EvaluationRecord] {
        let function = switch kind {
        case .contacts: preconditionFailure("contacts are not records")
        case .feedback: "neuvo.feedback_records"
        case .mood: "neuvo.mood_records"
        case .staffing: "neuvo.staffing_records"
        }
        return try transaction { c in
            let rows = try c.exec("SELECT * FROM \(function)($1, $2, $3, $4)", [from?.description, to?.description, point, actor.command])
            return Self.records(kind, rows)
        }
    }

    /// The records of a kind from rows of its table's columns (`"day", "point", …`, the count of equal answers last), each
    /// answer once.
    static func records(_ kind: RecordKind, _ rows: PQResult) -> [EvaluationRecord] {
        var records: [EvaluationRecord] = []
        for row in 0..<rows.rowCount {
            guard let day = CivilDate(iso: rows.text(row, 0)) else { continue }
            let point = rows.text(row, 1)
            switch kind {
            case .contacts: break
            case .feedback:
                let settled = rows.text(row, 3), bounced = rows.text(row, 4)
                let answer = FeedbackAnswer(
                    day: day, point: point, nps: rows.integer(row, 2), settled: settled.isEmpty ? nil : settled,
                    bounced: bounced.isEmpty ? nil : bounced == "yes")
                records += Array(repeating: .feedback(answer), count: rows.integer(row, 5))
            case .mood:
                let mood = rows.integer(row, 2), enps = rows.integer(row, 3)
                let answer = MoodAnswer(day: day, point: point, mood: mood == 0 ? nil : mood, enps: enps < 0 ? nil : enps)
                records += Array(repeating: .mood(answer), count: rows.integer(row, 4))
            case .staffing:
                records.append(.staffing(StaffingDay(
                    day: day, point: point, staffHundredths: rows.integer(row, 2), hourlyCostCents: rows.integer(row, 3))))
            }
        }
        return records
    }

    /// The records of a kind matching `filter`, each answer once, in `recordOrder`.
    static func storedRecords(_ kind: RecordKind, _ c: PQConnection, filter: String, _ arguments: [String?]) throws -> [EvaluationRecord] {
        let columns = switch kind {
        case .contacts: preconditionFailure("contacts are not records")
        case .feedback: #""day", "point", "nps", "settled", "bounced", "answers""#
        case .mood: #""day", "point", "mood", "enps", "answers""#
        case .staffing: #""day", "point", "staff_hundredths", "hourly_cost_cents""#
        }
        let rows = try c.exec(#"SELECT \#(columns) FROM neuvo.\#(kind.rawValue) WHERE \#(filter) ORDER BY \#(recordOrder(kind).replacingOccurrences(of: #""point""#, with: #""point" COLLATE "C""#))"#, arguments)
        return records(kind, rows)
    }
}
