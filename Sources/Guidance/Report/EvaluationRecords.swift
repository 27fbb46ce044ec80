/// The three anonymous kinds of record of CONTRACT §7. Each is kept by point and day only — never with a time, a
/// person or a contact — so that no answer can be traced to anyone.

/// A client's answer at the feedback kiosk.
public struct FeedbackAnswer: Equatable, Sendable {
    public var day: CivilDate
    public var point: String
    /// 0–10: how likely the client would recommend the service to a friend or relative.
    public var nps: Int
    /// `yes`, `partly` or `no`; nil when skipped.
    public var settled: String?
    /// Sent from one place to another; nil when skipped.
    public var bounced: Bool?

    public init(day: CivilDate, point: String, nps: Int, settled: String? = nil, bounced: Bool? = nil) {
        self.day = day
        self.point = point
        self.nps = nps
        self.settled = settled
        self.bounced = bounced
    }

    public static let npsRange = 0...10
    public static let settledAnswers = ["yes", "partly", "no"]
}

/// An advisor's answer when leaving the screens: the day's mood, eNPS, or both.
public struct MoodAnswer: Equatable, Sendable {
    public var day: CivilDate
    public var point: String
    /// 1–5: how the working day was.
    public var mood: Int?
    /// 0–10: how likely the advisor would recommend the workplace.
    public var enps: Int?

    public init(day: CivilDate, point: String, mood: Int? = nil, enps: Int? = nil) {
        self.day = day
        self.point = point
        self.mood = mood
        self.enps = enps
    }

    public static let moodRange = 1...5
}

/// A point's staffed hours on a day and what an hour cost: at most one per day and point.
public struct StaffingDay: Equatable, Sendable {
    public var day: CivilDate
    public var point: String
    /// Staffed hours in hundredths (`7.5` h is 750): exact arithmetic, rounded once in the report.
    public var staffHundredths: Int
    /// The cost of one staffed hour in cents.
    public var hourlyCostCents: Int

    public init(day: CivilDate, point: String, staffHundredths: Int, hourlyCostCents: Int) {
        self.day = day
        self.point = point
        self.staffHundredths = staffHundredths
        self.hourlyCostCents = hourlyCostCents
    }

    /// 0–200 hours, up to 2 decimals.
    public static let hoursRange = 0...20_000
    /// 0–1000.00 euros an hour.
    public static let costRange = 0...100_000
}

/// What `import --kind` and `export --kind` read and write.
public enum RecordKind: String, CaseIterable, Sendable {
    case contacts, feedback, mood, staffing
    /// The warm handoffs' figures (CONTRACT §9): `HandoffRecord`, read and written by `HandoffCSV`.
    case handoffs

    /// The three anonymous kinds.
    public static let evaluationKinds: [RecordKind] = [.feedback, .mood, .staffing]

    /// The columns in the order export writes them (contacts: `ContactColumn`).
    public var columns: [String] {
        switch self {
        case .contacts: ContactColumn.allCases.map(\.rawValue)
        case .feedback: ["day", "point", "nps", "settled", "bounced"]
        case .mood: ["day", "point", "mood", "enps"]
        case .staffing: ["day", "point", "staff_hours", "hourly_cost_eur"]
        case .handoffs: HandoffCSV.columns
        }
    }

    /// The columns every row must have.
    public var requiredColumns: [String] {
        switch self {
        case .contacts: ContactColumn.allCases.filter(\.isRequired).map(\.rawValue)
        case .feedback: ["day", "point", "nps"]
        case .mood: ["day", "point"]
        case .staffing: ["day", "point", "staff_hours", "hourly_cost_eur"]
        case .handoffs: HandoffCSV.requiredColumns
        }
    }
}

/// One record of any of the three kinds, as the CSV gives it.
public enum EvaluationRecord: Equatable, Sendable {
    case feedback(FeedbackAnswer)
    case mood(MoodAnswer)
    case staffing(StaffingDay)

    public var day: CivilDate {
        switch self {
        case .feedback(let r): r.day
        case .mood(let r): r.day
        case .staffing(let r): r.day
        }
    }

    public var point: String {
        switch self {
        case .feedback(let r): r.point
        case .mood(let r): r.point
        case .staffing(let r): r.point
        }
    }

    public var kind: RecordKind {
        switch self {
        case .feedback: .feedback
        case .mood: .mood
        case .staffing: .staffing
        }
    }
}

/// A problem at one named column of a record.
public struct RecordProblem: Equatable, Sendable {
    public let column: String
    public let problem: ContactProblem

    public init(_ column: String, _ problem: ContactProblem) {
        self.column = column
        self.problem = problem
    }
}

/// The CSV of the three kinds, value by value (CONTRACT §7): a row's texts into a record with every problem
/// named by column, and a record back into the same texts.
public enum EvaluationCSV {
    /// Reads one row (column name → text as in the file; absent columns missing) of `kind`.
    public static func record(
        _ kind: RecordKind, from values: [String: String], points: Set<String>
    ) throws(RecordErrors) -> EvaluationRecord {
        var problems: [RecordProblem] = []
        func text(_ column: String) -> String? {
            guard let raw = values[column] else { return nil }
            if raw.contains("\"") {
                problems.append(RecordProblem(column, .strayQuote))
                return nil
            }
            if IdentityCode.appears(in: raw) {
                problems.append(RecordProblem(column, .identityCode))
                return nil
            }
            let value = raw.trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        func required(_ column: String) -> String? {
            let value = text(column)
            if value == nil && !problems.contains(where: { $0.column == column }) {
                problems.append(RecordProblem(column, .missing))
            }
            return value
        }
        func number(_ column: String, _ range: ClosedRange<Int>, required isRequired: Bool) -> Int? {
            guard let value = isRequired ? required(column) : text(column) else { return nil }
            guard let n = Int(value) else {
                problems.append(RecordProblem(column, .notWholeNumber(value)))
                return nil
            }
            guard range.contains(n) else {
                problems.append(RecordProblem(column, .outOfRange(n, range)))
                return nil
            }
            return n
        }
        func hundredths(_ column: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = required(column) else { return nil }
            guard let n = Decimals.hundredths(value) else {
                problems.append(RecordProblem(column, .notDecimal(value, decimals: 2)))
                return nil
            }
            guard range.contains(n) else {
                problems.append(RecordProblem(column, .decimalOutOfRange(
                    value, min: Decimals.written(range.lowerBound), max: Decimals.written(range.upperBound))))
                return nil
            }
            return n
        }

        var day: CivilDate?
        if let value = required("day") {
            day = CivilDate(iso: value)
            if day == nil { problems.append(RecordProblem("day", .notADay(value))) }
        }
        let point = required("point")
        if let point, !points.contains(point) { problems.append(RecordProblem("point", .unknownCode(point))) }

        let record: EvaluationRecord?
        switch kind {
        case .contacts:
            preconditionFailure("contacts are read by ContactCSV")
        case .handoffs:
            preconditionFailure("handoffs are read by HandoffCSV")
        case .feedback:
            let nps = number("nps", FeedbackAnswer.npsRange, required: true)
            var settled: String?
            if let value = text("settled") {
                if FeedbackAnswer.settledAnswers.contains(value) {
                    settled = value
                } else {
                    problems.append(RecordProblem("settled", .notOneOf(value, FeedbackAnswer.settledAnswers)))
                }
            }
            var bounced: Bool?
            if let value = text("bounced") {
                switch value {
                case ContactCSV.yes: bounced = true
                case ContactCSV.no: bounced = false
                default: problems.append(RecordProblem("bounced", .notYesNo(value)))
                }
            }
            record = nps.flatMap { nps in
                day.map { .feedback(FeedbackAnswer(day: $0, point: point ?? "", nps: nps, settled: settled, bounced: bounced)) }
            }
        case .mood:
            let answered = problems.count
            let mood = number("mood", MoodAnswer.moodRange, required: false)
            let enps = number("enps", FeedbackAnswer.npsRange, required: false)
            if mood == nil && enps == nil && problems.count == answered {
                problems.append(RecordProblem("mood", .noAnswer))
            }
            record = day.map { .mood(MoodAnswer(day: $0, point: point ?? "", mood: mood, enps: enps)) }
        case .staffing:
            let hours = hundredths("staff_hours", StaffingDay.hoursRange)
            let cost = hundredths("hourly_cost_eur", StaffingDay.costRange)
            if let day, let hours, let cost {
                record = .staffing(StaffingDay(day: day, point: point ?? "", staffHundredths: hours, hourlyCostCents: cost))
            } else {
                record = nil
            }
        }
        guard problems.isEmpty, let record else { throw RecordErrors(problems: problems) }
        return record
    }

    /// The record's values in its kind's column order.
    public static func fields(of record: EvaluationRecord) -> [String] {
        switch record {
        case .feedback(let r):
            [r.day.description, r.point, String(r.nps), r.settled ?? "", r.bounced.map { $0 ? ContactCSV.yes : ContactCSV.no } ?? ""]
        case .mood(let r):
            [r.day.description, r.point, r.mood.map(String.init) ?? "", r.enps.map(String.init) ?? ""]
        case .staffing(let r):
            [r.day.description, r.point, Decimals.written(r.staffHundredths), Decimals.written(r.hourlyCostCents)]
        }
    }
}

/// Every problem of one record.
public struct RecordErrors: Error, Equatable, Sendable {
    public let problems: [RecordProblem]

    public init(problems: [RecordProblem]) {
        self.problems = problems
    }
}

/// Decimal numbers with up to two decimals, as hundredths: exact, without floating point.
public enum Decimals {
    /// `7.5` → 750, `12` → 1200, `0.25` → 25; nil for anything else (a comma, three decimals, a sign, an exponent).
    public static func hundredths(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholeText = parts.first, !wholeText.isEmpty, wholeText.count <= 9,
              wholeText.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholeText) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            fraction = Int(digits)! * (digits.count == 1 ? 10 : 1)
        }
        return whole * 100 + fraction
    }

    /// 750 → `7.5`, 1200 → `12`, 25 → `0.25`: the shortest text `hundredths` reads back to the same value.
    public static func written(_ hundredths: Int) -> String {
        Ratio(hundredths, of: 100)!.written(decimals: 2)
    }
}
