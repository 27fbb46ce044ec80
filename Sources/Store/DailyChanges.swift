import Guidance

/// What a write changes in the daily figures: per day and point, the sum of `Report.count` over the new
/// contacts and of `Report.countRepeatChange` over the contacts whose repeat flag changed. A backend adds
/// `rows` to its stored figures and then removes the zeros left on the `lowered` days (SQLite: `store(_:)`).
struct DailyChanges {
    struct DayAtPoint: Hashable {
        let day: String
        let point: String
    }

    private var reports: [DayAtPoint: Report] = [:]

    private static func empty(_ key: DayAtPoint) -> Report {
        Report(from: CivilDate(iso: key.day)!, to: CivilDate(iso: key.day)!, point: key.point)
    }

    /// A new contact, without a repeat until the repeats are brought up to date; or, with `times: -1`, a
    /// saved contact taken out again with the repeat flag it had. (Changed in place: a copy of the day's
    /// figures per contact would cost more than the insert.)
    mutating func count(_ contact: Contact, hasRepeat: Bool = false, times n: Int = 1) {
        let key = DayAtPoint(day: contact.occurredAt.date.description, point: contact.point)
        reports[key, default: Self.empty(key)].count(contact, hasRepeat: hasRepeat, times: n)
    }

    /// A record of the three anonymous kinds (`times: -1`: a staffing row replaced).
    mutating func count(_ record: EvaluationRecord, times n: Int = 1) {
        let key = DayAtPoint(day: record.day.description, point: record.point)
        reports[key, default: Self.empty(key)].count(record, times: n)
    }

    /// A referral's outcome changed on a contact of `day` at `point`.
    mutating func countOutcomeChange(day: String, point: String, referral: String, from old: String, to new: String) {
        let key = DayAtPoint(day: day, point: point)
        reports[key, default: Self.empty(key)].countOutcomeChange(referral: referral, from: old, to: new)
    }

    mutating func countRepeatChange(day: String, point: String, resolved: Bool, hasRepeat: Bool) {
        let key = DayAtPoint(day: day, point: point)
        reports[key, default: Self.empty(key)].countRepeatChange(resolved: resolved, clientRef: true, hasRepeat: hasRepeat)
    }

    /// The changes as rows of the daily figures (`Report.storedFigures` of each day at each point), each to be
    /// added to the stored value. A row that takes a figure down (an edit moved a contact away, a repeat took a
    /// contact out of *verified*) may leave it at zero: the backend then removes that day's figures at zero at
    /// the point (`lowered`), so that no day or code shows up with a count of 0.
    var rows: [(day: String, point: String, figure: String, code: String, value: Int)] {
        reports.flatMap { key, report in
            report.storedFigures.map { (key.day, key.point, $0.figure, $0.code, $0.value) }
        }
    }

    /// `rows` day by day, the days in order, each day's rows in no order (PostgreSQL's key orders them by the ids of
    /// their words, which `PostgresLog.KeyedRows` sorts a day at a time; sorting by the words first as well cost more
    /// than making the rows): a day at a point gives its rows together, each figure's codes together.
    var rowsByDay: [(day: String, point: String, figure: String, code: String, value: Int)] {
        reports.sorted { $0.key.day < $1.key.day }.flatMap { key, report in
            report.storedFigures.map { (key.day, key.point, $0.figure, $0.code, $0.value) }
        }
    }

    /// The days at points with a figure `rows` takes down: those whose zeros are removed after the rows are added.
    var lowered: Set<DayAtPoint> {
        Set(rows.filter { $0.value < 0 }.map { DayAtPoint(day: $0.day, point: $0.point) })
    }
}
