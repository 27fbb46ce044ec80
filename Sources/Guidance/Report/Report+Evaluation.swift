/// The evaluation measures of CONTRACT §7: referral outcomes, unmet needs, client and staff experience, costs.
/// Counted like every other figure (`Report.count`), kept per day and point as stored figures, and computed
/// from exact sums: every rounding happens once, in the getters here.
extension Report {
    /// Staff answers stay anonymous in a small team: a mean or score over fewer answers is not given.
    public static let staffAnonymityMinimum = 5

    /// The outcomes a referral's reached rate is computed over: the decided ones.
    public static let decidedOutcomes = ["reached", "not-reached", "declined"]

    public var referralReachedRate: Ratio? { Self.reachedRate { referralOutcomes[$0, default: 0] } }

    /// The reached rate of the referrals to one destination, as `referralReachedRate` of all of them.
    public func referralReachedRate(of referral: String) -> Ratio? {
        Self.reachedRate { referralOutcomes(of: referral, $0) }
    }

    /// Referrals to `referral` with `outcome`.
    public func referralOutcomes(of referral: String, _ outcome: String) -> Int {
        referralOutcomesByReferral[Self.referralOutcomeCode(referral, outcome), default: 0]
    }

    /// `kela:reached`: how `referral_outcomes_by_referral` codes a destination and an outcome.
    public static func referralOutcomeCode(_ referral: String, _ outcome: String) -> String { referral + ":" + outcome }

    /// reached / (reached + not-reached + declined).
    static func reachedRate(_ count: (String) -> Int) -> Ratio? {
        Ratio(count("reached"), of: decidedOutcomes.map(count).reduce(0, +))
    }

    /// (promoters 9–10 − detractors 0–6) / responses × 100, to one decimal.
    public var nps: Ratio? { Ratio((npsPromoters - npsDetractors) * 100, of: feedbackResponses) }
    public var feedbackBouncedRate: Ratio? { Ratio(feedbackBouncedYes, of: feedbackBouncedAnswered) }

    /// Nil under `staffAnonymityMinimum` answers, in every format and on every screen.
    public var moodMean: Ratio? {
        moodResponses < Self.staffAnonymityMinimum ? nil : Ratio(moodTotal, of: moodResponses)
    }
    public var enps: Ratio? {
        enpsResponses < Self.staffAnonymityMinimum ? nil : Ratio((enpsPromoters - enpsDetractors) * 100, of: enpsResponses)
    }
    /// Whether the staff figures are withheld for too few answers (rather than for none).
    public var moodWithheld: Bool { moodResponses > 0 && moodResponses < Self.staffAnonymityMinimum }
    public var enpsWithheld: Bool { enpsResponses > 0 && enpsResponses < Self.staffAnonymityMinimum }

    public var staffHours: Ratio { Ratio(staffHundredths, of: 100)! }
    /// Σ staff_hours × hourly_cost_eur: hundredths of hours times cents.
    public var costEur: Ratio { Ratio(costCentHundredths, of: 10_000)! }
    public var costPerContact: Ratio? { staffHundredths == 0 ? nil : Ratio(costCentHundredths, of: 10_000 * contacts) }
    public var costPerResolved: Ratio? { staffHundredths == 0 ? nil : Ratio(costCentHundredths, of: 10_000 * resolved) }
    public var contactsPerStaffHour: Ratio? { Ratio(contacts * 100, of: staffHundredths) }

    /// The promoters, passives and detractors of an NPS-type answer (0–10).
    public enum Recommender: String, Sendable, CaseIterable {
        case promoter, passive, detractor

        public init(_ answer: Int) {
            self = answer >= 9 ? .promoter : answer >= 7 ? .passive : .detractor
        }
    }

    public var npsPassives: Int { feedbackResponses - npsPromoters - npsDetractors }

    /// Adds a client's answer (`times: -1` takes it out).
    public mutating func count(_ a: FeedbackAnswer, times n: Int = 1) {
        feedbackResponses += n
        switch Recommender(a.nps) {
        case .promoter: npsPromoters += n
        case .detractor: npsDetractors += n
        case .passive: break
        }
        if let settled = a.settled { feedbackSettled[settled, default: 0] += n }
        if let bounced = a.bounced {
            feedbackBouncedAnswered += n
            if bounced { feedbackBouncedYes += n }
        }
    }

    /// Adds an advisor's answer.
    public mutating func count(_ a: MoodAnswer, times n: Int = 1) {
        if let mood = a.mood {
            moodResponses += n
            moodTotal += n * mood
        }
        if let enps = a.enps {
            enpsResponses += n
            switch Recommender(enps) {
            case .promoter: enpsPromoters += n
            case .detractor: enpsDetractors += n
            case .passive: break
            }
        }
    }

    /// Adds a day's staffing (`times: -1` takes out the one it replaces).
    public mutating func count(_ s: StaffingDay, times n: Int = 1) {
        staffHundredths += n * s.staffHundredths
        costCentHundredths += n * s.staffHundredths * s.hourlyCostCents
        staffedDays += n
    }

    /// Adds any of the three kinds.
    public mutating func count(_ record: EvaluationRecord, times n: Int = 1) {
        switch record {
        case .feedback(let r): count(r, times: n)
        case .mood(let r): count(r, times: n)
        case .staffing(let r): count(r, times: n)
        }
    }

    /// A referral's outcome changed from `old` to `new`.
    public mutating func countOutcomeChange(referral: String, from old: String, to new: String) {
        referralOutcomes[old, default: 0] -= 1
        referralOutcomes[new, default: 0] += 1
        referralOutcomesByReferral[Self.referralOutcomeCode(referral, old), default: 0] -= 1
        referralOutcomesByReferral[Self.referralOutcomeCode(referral, new), default: 0] += 1
    }

    /// Contacts with a consultation (each consults one line at most).
    public var consultedContacts: Int { consultations.values.reduce(0, +) }
    /// Resolved at once among the consulted contacts (CONTRACT §8).
    public var consultedResolvedRate: Ratio? { Ratio(consultedResolved, of: consultedContacts) }

    /// What one contact adds to the §7 and §8 figures (called by `count(_:hasRepeat:times:)`).
    mutating func countEvaluation(_ c: Contact, times n: Int) {
        if let line = c.consultation {
            consultations[line, default: 0] += n
            if c.resolved { consultedResolved += n }
        }
        for referral in c.referrals {
            let outcome = c.outcome(of: referral)
            referralOutcomes[outcome, default: 0] += n
            referralOutcomesByReferral[Self.referralOutcomeCode(referral, outcome), default: 0] += n
        }
        if !c.unmetNeeds.isEmpty {
            contactsWithUnmetNeed += n
            for need in c.unmetNeeds { unmetNeeds[need, default: 0] += n }
            for topic in c.topics { unmetNeedsByTopic[topic, default: 0] += n }
        }
    }

    /// The figure names of the three record kinds: a store that sums figures for contacts only leaves these out.
    public static let recordFigures = Set(storedFigureTable.filter(\.isRecord).map(\.name))
}
