import Guidance

/// What the day browser shows for a period: its report, the comparison period's, and the daily series of the
/// trend lines.
public struct BrowsedPeriod: Equatable, Sendable {
    public let report: Report
    public let comparison: Report
    public let series: [DailyCount]
}
