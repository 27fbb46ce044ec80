import Guidance

/// What the live wall board (`neuvo board`) shows of one day, read from the daily figures and one aggregate of the open
/// follow-ups: never a contact row, a pseudonym or a time of a contact other than the oldest open follow-up's instant.
public struct BoardFigures: Equatable, Sendable {
    /// How many weeks back the usual day is taken from: the same weekday of each.
    public static let usualWeeks = 8

    public let day: CivilDate
    /// The points shown, in data/'s order.
    public let points: [String]
    /// Each point's day: the very figures `ContactLog.report(from: day, to: day, point:)` gives (on PostgreSQL a board
    /// login sees only the figures the board shows, so the others are zero there).
    public let today: [String: Report]
    /// Each point's contacts by hour of day (`by_hour`, `"09"`) on the same weekday of each of the `usualWeeks` weeks
    /// before `day`, the nearest week first; a day without contacts is an empty map, so every point has all the weeks.
    public let usualDays: [String: [[String: Int]]]
    /// Each point's open follow-ups (as `followUps(point:since:)` lists them, since the follow-up window's first day).
    public let followUps: [String: OpenFollowUps]
    /// The open handoffs sent from the points shown, by receiving service (`HandoffStore.boardHandoffs`); nil where the
    /// log keeps no handoffs.
    public var handoffs: [String: OpenFollowUps]?

    public init(
        day: CivilDate, points: [String], today: [String: Report], usualDays: [String: [[String: Int]]], followUps: [String: OpenFollowUps]
    ) {
        self.day = day
        self.points = points
        self.today = today
        self.usualDays = usualDays
        self.followUps = followUps
    }

    /// The open handoffs of every service together: how many, and the oldest of all.
    public var handoffsTotal: OpenFollowUps {
        let open = Array((handoffs ?? [:]).values)
        return OpenFollowUps(count: open.reduce(0) { $0 + $1.count }, oldest: open.compactMap(\.oldest).min())
    }

    /// The days the usual day is taken from: the same weekday of each of the `usualWeeks` weeks before `day`, nearest first.
    public static func usualDays(before day: CivilDate) -> [CivilDate] {
        (1...usualWeeks).map { day.adding(days: -7 * $0) }
    }
}

/// How many follow-ups are open at a point, and since when the oldest has waited.
public struct OpenFollowUps: Equatable, Sendable {
    public let count: Int
    /// The oldest open one's instant (seconds since 1970, UTC); nil when none is open.
    public let oldest: Int64?

    public init(count: Int, oldest: Int64?) {
        self.count = count
        self.oldest = oldest
    }

    public static let none = OpenFollowUps(count: 0, oldest: nil)
}

extension BoardFigures {
    /// The points shown, added up: the figures `report(from: day, to: day, point: nil)` gives over these points, summed
    /// from the same stored figures (every one is a count or a total).
    public func total(_ vocabulary: Vocabulary) -> Report {
        var total = Report(from: day, to: day, point: points.count == 1 ? points.first : nil)
        for point in points {
            guard let report = today[point] else { continue }
            for figure in report.storedFigures { total.add(figure: figure.figure, code: figure.code, value: figure.value) }
            total.daysWithoutStaffing += report.daysWithoutStaffing
            for (day, count) in report.byDay { total.byDay[day, default: 0] += count }
        }
        total.countReferralKinds(vocabulary)
        return total
    }

    /// A point's usual day (every week empty when the point had no figures).
    public func usual(_ point: String) -> UsualDay {
        UsualDay(usualDays[point] ?? Array(repeating: [:], count: Self.usualWeeks))
    }

    /// The points' usual days added up, week by week.
    public var usualTotal: UsualDay { UsualDay.sum(points.map(usual)) }

    /// The points' open follow-ups together: how many, and the oldest of all.
    public var followUpsTotal: OpenFollowUps {
        let open = points.compactMap { followUps[$0] }
        return OpenFollowUps(count: open.reduce(0) { $0 + $1.count }, oldest: open.compactMap(\.oldest).min())
    }
}
