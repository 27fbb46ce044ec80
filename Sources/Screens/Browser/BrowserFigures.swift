import Guidance
import Store

/// One line of figures on the day browser: a figure of the report for the shown period and the comparison period,
/// and the contacts behind it.
struct BrowserFigure: Equatable {
    /// A figure that is not a count (a score, a mean, hours, euros), as `ReportFormat` writes it for both periods.
    struct Written: Equatable {
        let shown: String
        let earlier: String
    }

    /// What the figure counts, in the user's language.
    let label: String
    /// Selects the contacts this figure counts (Enter lists them); nil for a figure no contact is behind (the
    /// anonymous answers, hours and euros).
    let filter: ContactFilter?
    let value: Int
    let earlier: Int
    /// The rate shown beside a count (resolved of contacts…), as the report computes it.
    let rate: Ratio?
    let earlierRate: Ratio?
    let showsRate: Bool
    /// Written instead of the count and rate.
    let written: Written?
    /// The report's key (`nps`, `resolved_rate`…): where a target note for this figure is looked up.
    let key: String?
    /// Selects the handoffs a handoff figure counts (Enter lists them; CONTRACT §9); nil for every other figure.
    var handoffs: HandoffFilter? = nil

    /// The figure as both reports give it.
    init(_ label: String, _ filter: ContactFilter, _ page: BrowsedPeriod, key: String? = nil) {
        self.init(
            label, filter, value: page.report.value(of: filter), earlier: page.comparison.value(of: filter),
            rate: filter.hasRate ? (page.report.rate(of: filter), page.comparison.rate(of: filter)) : nil, key: key)
    }

    /// A count read from the reports (`filter`: the contacts behind it, if any), with a rate when `rate` is given.
    init(_ label: String, _ filter: ContactFilter?, value: Int, earlier: Int, rate: (Ratio?, Ratio?)? = nil, key: String? = nil) {
        self.label = label
        self.filter = filter
        self.value = value
        self.earlier = earlier
        self.rate = rate?.0
        earlierRate = rate?.1
        showsRate = rate != nil
        written = nil
        self.key = key
    }

    /// A figure written as the report writes it; no contacts behind it.
    init(_ label: String, written: Written, key: String?) {
        self.label = label
        filter = nil
        value = 0
        earlier = 0
        rate = nil
        earlierRate = nil
        showsRate = false
        self.written = written
        self.key = key
    }
}

/// A region's target for a figure (CONTRACT §7: `NPS > 60`…) and whether the shown period met it (nil: it cannot be
/// told, as for a figure without a value). Keyed by the report's key; the browser writes it beside the figure.
public struct TargetNote: Equatable, Sendable {
    /// The target as it is written: `> 60`.
    public let text: String
    public let met: Bool?

    public init(text: String, met: Bool?) {
        self.text = text
        self.met = met
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
            BrowserFigure(s(.browserResolved), .resolved, page, key: "resolved_rate"),
            BrowserFigure(s(.browserVerified), .verified, page, key: "verified_rate"),
            BrowserFigure(s(.browserWithClientRef), .withClientRef, page),
            BrowserFigure(s(.browserRepeats), .repeats, page, key: "repeat_rate"),
            BrowserFigure(s(.browserIdentified), .identified, page, key: "identified_rate"),
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
        ] + evaluation(page, context, commonest: commonest, codes: codes) + [
            // CONTRACT §8: the consulted contacts, how many of them were resolved at once, and each line's.
            BrowserSection(title: s(.browserConsultations), kind: .summary, figures: [
                BrowserFigure(s(.browserConsulted), .consulted, page, key: "consulted_contacts"),
                BrowserFigure(s(.browserConsultedResolved), .consultedResolved, page, key: "consulted_resolved_rate"),
            ] + codes(v.consultation, \.consultations).map { code in
                BrowserFigure("  " + v.consultation.label(code, in: language), .consultation(code), page)
            }),
        ] + handoffs(page, context)
    }
}

extension BrowserSection {
    /// CONTRACT §7's sections: referral outcomes, unmet needs, client and staff experience, costs. Counts come from
    /// `Report`, and every score, mean, rate and sum is written by `ReportFormat` as `neuvo report` writes it.
    static func evaluation(
        _ page: BrowsedPeriod, _ context: AppContext,
        commonest: ([String], CodeList, Int, String, (String) -> ContactFilter) -> [BrowserFigure],
        codes: (CodeList, KeyPath<Report, [String: Int]>) -> [String]
    ) -> [BrowserSection] {
        let r = page.report, e = page.comparison, s = context.strings, v = context.vocabulary, language = context.language
        let format = context.reportFormat
        func count(_ label: String, _ filter: ContactFilter?, _ figure: (Report) -> Int, rate: ((Report) -> Ratio?)? = nil, key: String? = nil) -> BrowserFigure {
            BrowserFigure(label, filter, value: figure(r), earlier: figure(e), rate: rate.map { ($0(r), $0(e)) }, key: key)
        }
        func written(_ label: String, key: String?, _ text: (Report) -> String) -> BrowserFigure {
            BrowserFigure(label, written: .init(shown: text(r), earlier: text(e)), key: key)
        }
        let tooFew = s(.browserTooFewAnswers, ["minimum": String(Report.staffAnonymityMinimum)])

        // Each outcome's referrals; the reached ones with the reached rate of the decided ones.
        let outcomes = codes(v.referralOutcome, \.referralOutcomes).map { code in
            count(
                v.referralOutcome.label(code, in: language), .referralOutcome(code), { $0.referralOutcomes[code] ?? 0 },
                rate: code == "reached" ? { $0.referralReachedRate } : nil, key: code == "reached" ? "referral_reached_rate" : nil)
        }
        // Each destination's referrals (the contacts referred there) with the reached rate of its decided ones.
        let destinations = commonest(codes(v.referral, \.byReferral), v.referral, Self.commonest, "", ContactFilter.referral).map { figure in
            guard case .referral(let code) = figure.filter else { return figure }
            return BrowserFigure(
                figure.label, figure.filter, value: figure.value, earlier: figure.earlier,
                rate: (r.referralReachedRate(of: code), e.referralReachedRate(of: code)))
        }
        let needs = [count(s(.browserWithUnmetNeed), .withUnmetNeed, \.contactsWithUnmetNeed)]
            + codes(v.unmetNeed, \.unmetNeeds).map { code in
                count(v.unmetNeed.label(code, in: language), .unmetNeed(code), { $0.unmetNeeds[code] ?? 0 })
            }
        let byTopic = commonest(codes(v.topic, \.unmetNeedsByTopic), v.topic, Self.commonest, "", ContactFilter.unmetNeedTopic)

        let client = [
            count(s(.browserFeedbackResponses), nil, \.feedbackResponses),
            written(s(.browserNps), key: "nps") { format.decimal($0.nps, ReportFormat.scoreDecimals) },
            count(s(.browserNpsPromoters), nil, \.npsPromoters),
            count(s(.browserNpsPassives), nil, \.npsPassives),
            count(s(.browserNpsDetractors), nil, \.npsDetractors),
        ] + FeedbackAnswer.settledAnswers.map { code in
            count(s(.browserSettled, ["answer": format.settledLabel(code)]), nil, { $0.feedbackSettled[code] ?? 0 })
        } + [
            count(s(.reportBounced), nil, \.feedbackBouncedYes, rate: { $0.feedbackBouncedRate }, key: "feedback_bounced_rate"),
        ]
        // Under five answers a staff figure is not given: the counts always are.
        let staff = [
            written(s(.reportMood), key: "mood_mean") { $0.moodWithheld ? tooFew : format.decimal($0.moodMean, ReportFormat.meanDecimals) },
            count(s(.browserAnswers), nil, \.moodResponses),
            written(s(.browserEnps), key: "enps") { $0.enpsWithheld ? tooFew : format.decimal($0.enps, ReportFormat.scoreDecimals) },
            count(s(.browserAnswers), nil, \.enpsResponses),
        ]
        let money = ReportFormat.moneyDecimals
        let costs = [
            written(s(.reportStaffHours), key: "staff_hours") { format.decimal($0.staffHours, money) },
            written(s(.reportCost), key: "cost_eur") { format.decimal($0.costEur, money) },
            written(s(.browserCostPerContact), key: "cost_per_contact") { format.decimal($0.costPerContact, money) },
            written(s(.browserCostPerResolved), key: "cost_per_resolved") { format.decimal($0.costPerResolved, money) },
            written(s(.browserContactsPerStaffHour), key: "contacts_per_staff_hour") { format.decimal($0.contactsPerStaffHour, money) },
            count(s(.browserDaysWithoutStaffing), nil, \.daysWithoutStaffing, key: "days_without_staffing"),
        ]
        return [
            BrowserSection(title: s(.reportByReferralOutcome), kind: .summary, figures: outcomes),
            BrowserSection(title: s(.browserReachedByReferral), kind: .summary, figures: destinations),
            BrowserSection(title: s(.reportByUnmetNeed), kind: .map, figures: needs),
            BrowserSection(title: s(.browserUnmetByTopic), kind: .map, figures: byTopic),
            BrowserSection(title: s(.browserClientExperience), kind: .summary, figures: client),
            BrowserSection(title: s(.browserStaffExperience), kind: .summary, figures: staff),
            BrowserSection(title: s(.browserCosts), kind: .summary, figures: costs),
        ]
    }
}
