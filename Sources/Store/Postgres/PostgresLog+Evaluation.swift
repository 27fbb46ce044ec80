import Foundation
import Guidance
import PQ

/// CONTRACT §7 on PostgreSQL, as on SQLite, through the server's functions: `neuvo.set_referral_outcome` (an advisor's
/// points, or the client at hand named by identity code) and `neuvo.save_records` (answers at an advisor's points, staffing
/// by supervisors and the owner), each writing its figures; the owner's copy alone writes the tables itself.
extension PostgresLog {
    public func setReferralOutcome(contactID: Int64, referral: String, outcome: String, clientRef: String?, by actor: Actor) throws {
        try Self.checkOutcome(outcome, vocabulary)
        let client = try clientArguments(clientRef)
        try run { c in
            try Self.retryingConflicts {
                try c.exec(
                    "SELECT neuvo.set_referral_outcome($1, $2, $3, $4, $5, $6)",
                    [String(contactID), referral, outcome, client.identityCode, client.ref, actor.command])
            }
        }
    }

    public func saveRecords(_ records: [EvaluationRecord], details: String?, by actor: Actor) throws {
        for record in records {
            guard points.contains(record.point) else {
                throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.point, .unknownCode(record.point))]))
            }
        }
        guard !records.isEmpty else { return }
        try run { c in
            try Self.retryingConflicts {
                try c.exec("SELECT neuvo.save_records($1::jsonb, $2, $3)", [Self.recordsJSON(records), details, actor.command])
            }
        }
    }

    /// Records as `neuvo.save_records` takes them.
    static func recordsJSON(_ records: [EvaluationRecord]) -> String {
        JSONOut.array(records.map { record in
            switch record {
            case .feedback(let a):
                .object([
                    ("kind", .string("feedback")), ("day", .string(a.day.description)), ("point", .string(a.point)), ("nps", .int(a.nps)),
                    ("settled", a.settled.map { .string($0) } ?? .null), ("bounced", a.bounced.map { .string($0 ? "yes" : "no") } ?? .null),
                ])
            case .mood(let a):
                .object([
                    ("kind", .string("mood")), ("day", .string(a.day.description)), ("point", .string(a.point)),
                    ("mood", a.mood.map { .int($0) } ?? .null), ("enps", a.enps.map { .int($0) } ?? .null),
                ])
            case .staffing(let s):
                .object([
                    ("kind", .string("staffing")), ("day", .string(s.day.description)), ("point", .string(s.point)),
                    ("staff_hundredths", .int(s.staffHundredths)), ("hourly_cost_cents", .int(s.hourlyCostCents)),
                ])
            }
        }).written()
    }

    /// The owner's copy (`load`): writes the records and gives their figures, a staffing row replacing the one held.
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
        case .contacts, .handoffs: preconditionFailure("\(kind.rawValue) are not records of §7")
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
            case .contacts, .handoffs: break
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
        case .contacts, .handoffs: preconditionFailure("\(kind.rawValue) are not records of §7")
        case .feedback: #""day", "point", "nps", "settled", "bounced", "answers""#
        case .mood: #""day", "point", "mood", "enps", "answers""#
        case .staffing: #""day", "point", "staff_hundredths", "hourly_cost_cents""#
        }
        let rows = try c.exec(#"SELECT \#(columns) FROM neuvo.\#(kind.rawValue) WHERE \#(filter) ORDER BY \#(recordOrder(kind).replacingOccurrences(of: #""point""#, with: #""point" COLLATE "C""#))"#, arguments)
        return records(kind, rows)
    }
}
