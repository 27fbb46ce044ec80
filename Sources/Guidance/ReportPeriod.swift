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
}
