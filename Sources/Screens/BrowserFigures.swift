import Guidance
import Store

/// One line of figures on the day browser: a figure of the report for the shown period and the comparison period,
/// and the contacts behind it.
struct BrowserFigure: Equatable {
    /// What the figure counts, in the user's language.
    let label: String
    /// Selects the contacts this figure counts (Enter lists them).
    let filter: ContactFilter
    let value: Int
    let earlier: Int
    /// The rate shown beside a summary count (resolved of contacts…), as the report computes it.
    let rate: Ratio?
    let earlierRate: Ratio?

    /// The figure as both reports give it.
    init(_ label: String, _ filter: ContactFilter, _ page: BrowsedPeriod) {
        self.label = label
        self.filter = filter
        value = page.report.value(of: filter)
        earlier = page.comparison.value(of: filter)
        rate = page.report.rate(of: filter)
        earlierRate = page.comparison.rate(of: filter)
    }
}

/// Figures under a heading: the summary, why this point, topics…
struct BrowserSection: Equatable {
    enum Kind: Equatable { case summary, map, hours }

    let title: String
    let kind: Kind
    let figures: [BrowserFigure]
}

extension BrowserSection {
    /// Topics shown: the commonest of the period (then of the comparison period).
    static let commonest = 8
    /// Referral destinations shown under each kind.
    static let commonestReferrals = 4

    /// Every section of the browser from the two reports. Each figure is read from `Report` as `neuvo report`
    /// gives it: nothing here counts anything again.
    static func all(_ page: BrowsedPeriod, _ context: AppContext) -> [BrowserSection] {
        let r = page.report, e = page.comparison, s = context.strings, v = context.vocabulary, language = context.language

        let summary = BrowserSection(title: s(.browserSummary), kind: .summary, figures: [
            BrowserFigure(s(.browserContacts), .all, page),
            BrowserFigure(s(.browserResolved), .resolved, page),
            BrowserFigure(s(.browserVerified), .verified, page),
            BrowserFigure(s(.browserWithClientRef), .withClientRef, page),
            BrowserFigure(s(.browserRepeats), .repeats, page),
            BrowserFigure(s(.browserIdentified), .identified, page),
        ])

        /// The list's codes in its order, then any the data no longer lists but the reports hold.
        func codes(_ list: CodeList, _ counts: KeyPath<Report, [String: Int]>) -> [String] {
            list.codes + Set(r[keyPath: counts].keys).union(e[keyPath: counts].keys).subtracting(list.codes).sorted()
        }
        /// Every code, zeros included, so that the rows stay in place from one day to the next.
        func map(_ title: StringKey, _ list: CodeList, _ counts: KeyPath<Report, [String: Int]>, _ filter: (String) -> ContactFilter) -> BrowserSection {
            BrowserSection(title: s(title), kind: .map, figures: codes(list, counts).map { BrowserFigure(list.label($0, in: language), filter($0), page) })
        }
        /// The commonest of the codes in the period (then in the comparison period), at most `most`; none counted in neither.
        func commonest(_ codes: [String], _ list: CodeList, at most: Int, indent: String = "", _ filter: (String) -> ContactFilter) -> [BrowserFigure] {
            codes.enumerated().map { n, code in (figure: BrowserFigure(indent + list.label(code, in: language), filter(code), page), order: -n) }
                .filter { $0.figure.value + $0.figure.earlier > 0 }
                .sorted { ($0.figure.value, $0.figure.earlier, $0.order) > ($1.figure.value, $1.figure.earlier, $1.order) }
                .prefix(most).map(\.figure)
        }

        let topics = BrowserSection(
            title: s(.browserCommonestTopics), kind: .map,
            figures: commonest(codes(v.topic, \.byTopic), v.topic, at: Self.commonest, ContactFilter.topic))
        var referrals: [BrowserFigure] = []
        for (kind, label) in [(ReferralKind.internal, s(.browserReferralsInternal)), (.external, s(.browserReferralsExternal))] {
            referrals.append(BrowserFigure(label, .referralKind(kind), page))
            let codes = v.referral.terms.filter { $0.kind == kind }.map(\.code)
            referrals += commonest(codes, v.referral, at: Self.commonestReferrals, indent: "  ", ContactFilter.referral)
        }
        // From the first hour with contacts in either period to the last, gaps included: the day's shape.
        let hours = Set(r.byHour.keys).union(e.byHour.keys).compactMap { Int($0) }
        let hourFigures = (hours.isEmpty ? [] : Array(hours.min()!...hours.max()!)).map { hour in
            BrowserFigure("\(hour)–\(hour + 1)", .hour(Report.hourCode(hour)), page)
        }

        return [
            summary,
            map(.reportByReason, v.reason, \.byReason, ContactFilter.reason),
            topics,
            BrowserSection(title: s(.reportByReferral), kind: .map, figures: referrals),
            BrowserSection(title: s(.reportByHour), kind: .hours, figures: hourFigures),
            map(.reportByChannel, v.channel, \.byChannel, ContactFilter.channel),
            map(.reportByAgeGroup, v.ageGroup, \.byAgeGroup, ContactFilter.ageGroup),
            map(.reportByContactBy, v.contactBy, \.byContactBy, ContactFilter.contactBy),
            map(.reportBySegment, v.segment, \.bySegment, ContactFilter.segment),
        ]
    }
}
