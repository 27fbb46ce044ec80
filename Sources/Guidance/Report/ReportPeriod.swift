/// The period a report is compared with (`neuvo report --format html`): the same length immediately before. Whole
/// calendar months are compared with as many whole months before (March with February, a quarter with the quarter
/// before); any other period with as many days before (a Monday–Sunday week with the week before).
public enum ReportPeriod {
    public static func previous(from: CivilDate, to: CivilDate) -> (from: CivilDate, to: CivilDate) {
        let end = from.adding(days: -1)
        if from.day == 1, to.day == CivilDate.daysIn(month: to.month, year: to.year), from <= to {
            let months = (to.year * 12 + to.month) - (from.year * 12 + from.month) + 1
            let index = from.year * 12 + (from.month - 1) - months
            let year = index >= 0 ? index / 12 : (index - 11) / 12
            return (CivilDate(year: year, month: index - year * 12 + 1, day: 1)!, end)
        }
        let days = to.daysSinceEpoch - from.daysSinceEpoch + 1
        return (from.adding(days: -days), end)
    }

    /// How far a period under way on `today` has gone: its days from the first through today, of all its days (6 of
    /// 31 on 6 December for December); nil when it has ended (or not begun).
    public static func soFar(from: CivilDate, to: CivilDate, today: CivilDate) -> (days: Int, of: Int)? {
        guard from <= today, today < to else { return nil }
        return (today.daysSinceEpoch - from.daysSinceEpoch + 1, to.daysSinceEpoch - from.daysSinceEpoch + 1)
    }

    /// What `from`–`to` is compared with on `today` — by the day browser, its export and `neuvo report` alike: the
    /// previous period (`previous`), or while the period is under way the same days of it, counted from its start
    /// (1–6 November for December on the 6th), so that six days are never set against thirty.
    public static func compared(from: CivilDate, to: CivilDate, today: CivilDate) -> (from: CivilDate, to: CivilDate) {
        let before = previous(from: from, to: to)
        guard let soFar = soFar(from: from, to: to, today: today) else { return before }
        return (before.from, min(before.to, before.from.adding(days: soFar.days - 1)))
    }

    /// `so far (6 of 31 days)` in the strings' language, or nil when the period has ended.
    public static func soFarText(from: CivilDate, to: CivilDate, today: CivilDate, _ strings: Strings) -> String? {
        soFar(from: from, to: to, today: today).map {
            strings($0.days == 1 ? .reportSoFarOne : .reportSoFar, ["days": String($0.days), "of": String($0.of)])
        }
    }
}
