import Guidance

/// One day's contacts and how many of them were resolved in one contact, from the daily figures.
public struct DailyCount: Equatable, Sendable {
    public let day: CivilDate
    public let contacts: Int
    public let resolved: Int

    public init(day: CivilDate, contacts: Int, resolved: Int) {
        self.day = day
        self.contacts = contacts
        self.resolved = resolved
    }
}

extension DailyCount {
    /// Every day from `from` to `to`, zeros included, from the days' sums of the `contacts` and `resolved`
    /// figures (keyed by `2023-03-14`); empty when `from` is after `to`.
    static func series(from: CivilDate, to: CivilDate, contacts: [String: Int], resolved: [String: Int]) -> [DailyCount] {
        guard from <= to else { return [] }
        return (from.daysSinceEpoch...to.daysSinceEpoch).map { number in
            let day = CivilDate(daysSinceEpoch: number), key = day.description
            return DailyCount(day: day, contacts: contacts[key] ?? 0, resolved: resolved[key] ?? 0)
        }
    }
}
