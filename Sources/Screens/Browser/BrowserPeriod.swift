import Guidance
import Store

/// The period the day browser shows — a day, a week (Monday to Sunday) or a month, found from one day — and the
/// period each figure is compared with: the same weekday a week earlier, the week before, the month before.
public struct BrowserPeriod: Equatable, Sendable {
    public enum Length: String, CaseIterable, Sendable { case day, week, month }

    public var length: Length
    /// The day the period is found from; ←/→ move it.
    public var day: CivilDate

    public init(_ length: Length, day: CivilDate) {
        self.length = length
        self.day = day
    }

    public var from: CivilDate {
        switch length {
        case .day: day
        case .week: day.adding(days: 1 - day.weekday)
        case .month: CivilDate(year: day.year, month: day.month, day: 1)!
        }
    }

    public var to: CivilDate {
        switch length {
        case .day: day
        case .week: day.adding(days: 7 - day.weekday)
        case .month: CivilDate(year: day.year, month: day.month, day: CivilDate.daysIn(month: day.month, year: day.year))!
        }
    }

    /// The period before it of the same kind: for a day the same weekday a week earlier.
    public var comparison: BrowserPeriod {
        switch length {
        case .day, .week: BrowserPeriod(length, day: day.adding(days: -7))
        case .month: BrowserPeriod(length, day: day.addingMonths(-1))
        }
    }

    /// The days the figures are set against on `today`: `comparison`'s, or while a week or a month is under way the same
    /// days of the one before (`ReportPeriod.compared`, as `neuvo report` and the HTML page compare).
    public func compared(today: CivilDate) -> (from: CivilDate, to: CivilDate) {
        guard length != .day, ReportPeriod.soFar(from: from, to: to, today: today) != nil else { return (comparison.from, comparison.to) }
        return ReportPeriod.compared(from: from, to: to, today: today)
    }

    /// The days of the trend lines: eight weeks ending on the shown day (for a week or a month, on its last day,
    /// or today while it lasts).
    public func seriesDays(today: CivilDate) -> (from: CivilDate, to: CivilDate) {
        let end = length == .day ? day : min(to, max(from, today))
        return (end.adding(days: -55), end)
    }

    /// `steps` of its own length back (negative) or forward: days, weeks or months; never past today.
    public func moved(by steps: Int, today: CivilDate) -> BrowserPeriod {
        var moved = self
        switch length {
        case .day: moved.day = day.adding(days: steps)
        case .week: moved.day = day.adding(days: 7 * steps)
        case .month: moved.day = day.addingMonths(steps)
        }
        moved.day = min(moved.day, today)
        return moved
    }

    /// PgUp/PgDn: a week in the day view, four weeks in the week view, a year in the month view.
    public static func bigSteps(_ length: Length) -> Int {
        switch length {
        case .day: 7
        case .week: 4
        case .month: 12
        }
    }

    /// The ISO 8601 week number of the week holding `day` (the week of its Thursday).
    static func weekNumber(_ day: CivilDate) -> Int {
        let thursday = day.adding(days: 4 - day.weekday)
        let january1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.daysSinceEpoch - january1.daysSinceEpoch) / 7 + 1
    }

    // MARK: - As the screen writes it

    /// `ti 17.11.2026`, `viikko 47, 16.11.–22.11.2026`, `marraskuu 2026`.
    func title(_ context: AppContext) -> String {
        let s = context.strings
        switch length {
        case .day: return Chrome.weekday(day, context) + " " + day.written
        case .week:
            return s(.browserWeekTitle, ["week": String(Self.weekNumber(day)), "from": from.dayAndMonth, "to": to.written])
        case .month:
            let names = s(.browserMonths).split(separator: "|").map(String.init)
            return (names.count == 12 ? names[day.month - 1] : String(day.month)) + " " + String(day.year)
        }
    }

    /// `17.11.`, `vk 47`, `11/2026`: the short name heading its column of figures.
    func columnTitle(_ context: AppContext) -> String {
        switch length {
        case .day: day.dayAndMonth
        case .week: context.strings(.browserWeekShort, ["week": String(Self.weekNumber(day))])
        case .month: "\(day.month)/\(day.year)"
        }
    }

    /// The two columns' headings: `columnTitle`s, or while a week or month is under way the days compared, `1.–23.11.`
    /// beside `1.–23.10.`, so that neither reads as the whole period.
    func columnTitles(_ context: AppContext) -> (shown: String, earlier: String) {
        let today = context.today
        guard length != .day, ReportPeriod.soFar(from: from, to: to, today: today) != nil else {
            return (columnTitle(context), comparison.columnTitle(context))
        }
        let compared = compared(today: today)
        func days(_ from: CivilDate, _ to: CivilDate) -> String {
            from == to ? to.dayAndMonth : from.month == to.month ? "\(from.day).–\(to.dayAndMonth)" : "\(from.dayAndMonth)–\(to.dayAndMonth)"
        }
        return (days(from, today), days(compared.from, compared.to))
    }

    /// `neuvo-report-all-2026-11-16-2026-11-22.csv`: the export's file name, in the current directory; in the demo
    /// `DEMO-neuvo-report-…` (`ReportExport.demoPrefix`).
    func fileName(point: String?, _ document: ReportFormat.Document, isDemo: Bool = false) -> String {
        (isDemo ? ReportExport.demoPrefix : "") + "neuvo-report-\(point ?? "all")-\(from)-\(to).\(document.fileExtension)"
    }
}

extension CivilDate {
    /// The same day `months` later (or earlier), or the month's last day when it is shorter.
    func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))!
    }
}
