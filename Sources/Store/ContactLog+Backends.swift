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

    /// A save as the audit log names it: `contact 17 2023-03-14T10:25:00+02:00`, and the follow-ups it closes.
    static func savedDetails(id: Int64, _ contact: Contact, closing followUps: [Int64]) -> String {
        "contact \(id) \(contact.occurredAt)"
            + (followUps.isEmpty ? "" : ", closes follow-ups of " + followUps.map { "contact \($0)" }.joined(separator: ", "))
    }

    /// Now in UTC, `2026-11-23T18:46:12Z`: audit and logging times sort as text.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

/// A contact's topics or referrals as a backend reads them back: codes joined with `;` (nil when it has none).
func storedCodes(_ joined: String?) -> [String] {
    joined.map { $0.split(separator: ";").map(String.init) } ?? []
}
