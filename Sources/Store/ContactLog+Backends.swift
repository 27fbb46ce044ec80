import Foundation
import Guidance

/// What every backend does the same way, whatever it stores in: the checks before a write, the audit log's
/// clock and wording, the code lists as stored. A backend calls these as `Self.now()`, `Self.period(…)`.
extension ContactLog {
    /// The contact checked against data/ (codes, points), or `StoreError.invalidContact`.
    static func check(_ contact: Contact, vocabulary: Vocabulary, points: Set<String>) throws -> CheckedContact {
        do {
            return try contact.checked(vocabulary: vocabulary, points: points)
        } catch {
            throw StoreError.invalidContact(error)
        }
    }

    /// Refuses free text (a draft, a follow-up's note) holding a personal identity code: the code is turned into
    /// a pseudonym before anything is kept.
    static func refuseIdentityCode(in text: String) throws {
        guard !IdentityCode.appears(in: text) else {
            throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.clientRef, .identityCode)]))
        }
    }

    /// A period as the audit log names it: `period 2023-03-01–2023-03-31, point kerava`, `…` for an open end.
    static func period(_ from: CivilDate?, _ to: CivilDate?, _ point: String?) -> String {
        "period \(from?.description ?? "…")–\(to?.description ?? "…")" + (point.map { ", point \($0)" } ?? ", all points")
    }

    /// Which page of the list behind a figure an audit row is of: nothing for the first (as the whole list was named
    /// before it came by the page), `, page after contact 17`, `, page before contact 17`, `, last page`.
    static func pageWords(_ start: PageStart<ContactKey>) -> String {
        switch start {
        case .first: ""
        case .after(let key): ", page after contact \(key.id)"
        case .before(let key): ", page before contact \(key.id)"
        case .last: ", last page"
        }
    }

    /// A save as the audit log names it: `contact 17 2023-03-14T10:25:00+02:00`, and the follow-ups it closes.
    static func savedDetails(id: Int64, _ contact: Contact, closing followUps: [Int64]) -> String {
        "contact \(id) \(contact.occurredAt)"
            + (followUps.isEmpty ? "" : ", closes follow-ups of " + followUps.map { "contact \($0)" }.joined(separator: ", "))
    }

    /// Now in UTC, `2026-11-23T18:46:12Z`: audit and logging times sort as text.
    /// (From the C library: an ISO8601DateFormatter starts ICU, a few milliseconds of every start.)
    static func now() -> String {
        var seconds = time(nil), utc = tm()
        gmtime_r(&seconds, &utc)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(utc.tm_year + 1900)-\(two(utc.tm_mon + 1))-\(two(utc.tm_mday))T\(two(utc.tm_hour)):\(two(utc.tm_min)):\(two(utc.tm_sec))Z"
    }
}

/// A contact's topics or referrals as a backend reads them back: codes joined with `;` (nil when it has none).
func storedCodes(_ joined: String?) -> [String] {
    joined.map { $0.split(separator: ";").map(String.init) } ?? []
}

/// A contact's referrals as a backend reads them back: `code:outcome` pairs joined with `;`.
struct StoredReferrals {
    var codes: [String] = []
    var outcomes: [String: String] = [:]

    init(_ joined: String?) {
        for pair in storedCodes(joined) {
            let parts = pair.split(separator: ":", maxSplits: 1).map(String.init)
            codes.append(parts[0])
            if parts.count == 2 { outcomes[parts[0]] = parts[1] }
        }
    }
}

extension Report {
    /// The figures a report reads per day and point rather than summed: `contacts` by day, and the (day, point) pairs
    /// with contacts but no staffing row. SQLite reads them in `SQLiteLog.report`, PostgreSQL in `neuvo.figure_rows`.
    mutating func addDayFigures(_ rows: [(day: String, point: String, contacts: Int, staffedDays: Int)]) {
        for row in rows {
            if row.contacts != 0 { byDay[row.day, default: 0] += row.contacts }
            if row.contacts > 0 && row.staffedDays == 0 { daysWithoutStaffing += 1 }
        }
    }
}

extension ContactLog {
    /// Refuses an outcome the data does not list.
    static func checkOutcome(_ outcome: String, _ vocabulary: Vocabulary) throws {
        guard vocabulary.referralOutcome.contains(outcome) else {
            throw StoreError.invalidContact(FieldProblems(problems: [FieldProblem(.referralOutcomes, .unknownCode(outcome))]))
        }
    }

    /// `referral outcome of contact 17: kela reached`.
    static func outcomeDetails(_ id: Int64, _ referral: String, _ outcome: String) -> String {
        "referral outcome of contact \(id): \(referral) \(outcome)"
    }

    /// A staffing change as the audit log names it (nil when `records` hold none): staffing is management's
    /// record of hours and money, not an anonymous answer.
    static func staffingDetails(_ records: [EvaluationRecord]) -> String? {
        let days = records.compactMap { record -> String? in
            guard case .staffing(let s) = record else { return nil }
            return "\(s.day) \(s.point)"
        }
        return days.isEmpty ? nil : "staffing " + days.joined(separator: ", ")
    }

    /// The order records are read in: by day, point and value; never the order they were saved in.
    static func recordOrder(_ kind: RecordKind) -> String {
        switch kind {
        case .contacts: #""day""#
        case .feedback: #""day", "point", "nps", "settled", "bounced""#
        case .mood: #""day", "point", "mood", "enps""#
        case .staffing: #""day", "point""#
        case .handoffs: preconditionFailure("handoffs are kept by the handoff store, not as records of §7")
        }
    }
}
