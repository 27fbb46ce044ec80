import Guidance

/// One day at a point as the home screen shows it: the contacts, the day's measures, the open follow-ups
/// and the advisor's drafts.
public struct DayOverview: Sendable {
    public let day: CivilDate
    public let contacts: [LoggedContact]
    public let report: Report
    public let openFollowUps: Int
    public let drafts: [Draft]

    public init(day: CivilDate, contacts: [LoggedContact], report: Report, openFollowUps: Int, drafts: [Draft]) {
        self.day = day
        self.contacts = contacts
        self.report = report
        self.openFollowUps = openFollowUps
        self.drafts = drafts
    }
}
