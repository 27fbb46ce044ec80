import Guidance

/// How a report reads a period's figures (v14): its whole calendar months from the monthly figures, and only the days
/// before the first and after the last whole month from the daily ones — so that a year is twelve months per point and
/// figure, however many contacts it holds. Both sum to the same: the monthly figures are the daily ones summed.
struct FigureSpans {
    /// `2026-01`…`2026-12`: the whole months, first and last, as `monthly_figure` keys them; nil when there is none.
    var months: (from: String, to: String)?
    /// The edge days, at most two spans (all of the period when it holds no whole month).
    var days: [(from: CivilDate, to: CivilDate)]

    init(from: CivilDate, to: CivilDate) {
        let firstWhole = from.day == 1 ? from : CivilDate.firstOfMonth(after: from)
        let lastWhole = to.day == CivilDate.daysIn(month: to.month, year: to.year) ? to : CivilDate(year: to.year, month: to.month, day: 1)!.adding(days: -1)
        guard from <= to, firstWhole <= lastWhole else {
            months = nil
            days = [(from, to)]
            return
        }
        months = (Self.month(firstWhole), Self.month(lastWhole))
        days = []
        if from < firstWhole { days.append((from, firstWhole.adding(days: -1))) }
        if lastWhole < to { days.append((lastWhole.adding(days: 1), to)) }
    }

    /// `2026-12`: a day's month as `monthly_figure` keys it.
    static func month(_ day: CivilDate) -> String { String(day.description.prefix(7)) }
}

extension CivilDate {
    /// The 1st of the month after this day's.
    static func firstOfMonth(after day: CivilDate) -> CivilDate {
        day.month == 12 ? CivilDate(year: day.year + 1, month: 1, day: 1)! : CivilDate(year: day.year, month: day.month + 1, day: 1)!
    }
}
