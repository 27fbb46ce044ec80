/// What is usual on a day by a time of day: the mean, over the same weekday of earlier weeks, of the contacts those
/// days counted by the hour of day (`by_hour`, as written). A day without contacts counts as 0: the mean is over every
/// week asked for, not only over the busy ones. Exact: each figure is a `Ratio`, rounded only where it is written.
public struct UsualDay: Equatable, Sendable {
    /// Each earlier day's contacts by hour (`"09"` → count).
    public let days: [[String: Int]]

    public init(_ days: [[String: Int]]) {
        self.days = days
    }

    /// The days added up week by week (several points' usual days as one).
    public static func sum(_ usual: [UsualDay]) -> UsualDay {
        let weeks = usual.map(\.days.count).max() ?? 0
        return UsualDay((0..<weeks).map { week in
            usual.reduce(into: [String: Int]()) { total, one in
                guard week < one.days.count else { return }
                total.merge(one.days[week], uniquingKeysWith: +)
            }
        })
    }

    /// The mean contacts by `hour`:`minute`: every whole hour before it, and of the hour under way the share of it gone
    /// (contacts spread evenly over their hour) — so that at 10.30 half of the usual 10 o'clock contacts count.
    /// Nil without earlier days.
    public func by(hour: Int, minute: Int) -> Ratio? {
        var sixtieths = 0
        for day in days {
            for (code, count) in day {
                guard let h = Int(code) else { continue }
                if h < hour { sixtieths += 60 * count } else if h == hour { sixtieths += minute * count }
            }
        }
        return Ratio(sixtieths, of: 60 * days.count)
    }

    /// The mean contacts in one hour of day; nil without earlier days.
    public func at(hour: Int) -> Ratio? {
        let code = Report.hourCode(hour)
        return Ratio(days.reduce(0) { $0 + ($1[code] ?? 0) }, of: days.count)
    }
}
