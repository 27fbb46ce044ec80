import Guidance

extension Report {
    /// The figure of this report that counts the contacts `filter` selects (for `.referralKind`, the referrals of
    /// that kind): the number the day browser shows beside the filter.
    public func value(of filter: ContactFilter) -> Int {
        switch filter {
        case .all: contacts
        case .channel(let code): byChannel[code] ?? 0
        case .reason(let code): byReason[code] ?? 0
        case .topic(let code): byTopic[code] ?? 0
        case .referral(let code): byReferral[code] ?? 0
        case .referralKind(.internal): referralsInternal
        case .referralKind(.external): referralsExternal
        case .ageGroup(let code): byAgeGroup[code] ?? 0
        case .contactBy(let code): byContactBy[code] ?? 0
        case .segment(let code): bySegment[code] ?? 0
        case .hour(let code): byHour[code] ?? 0
        case .resolved: resolved
        case .withClientRef: withClientRef
        case .verified: verified
        case .repeats: repeats
        case .identified: identified
        case .referralOutcome(let outcome): referralOutcomes[outcome] ?? 0
        case .withUnmetNeed: contactsWithUnmetNeed
        case .unmetNeed(let code): unmetNeeds[code] ?? 0
        case .unmetNeedTopic(let code): unmetNeedsByTopic[code] ?? 0
        case .consulted: consultedContacts
        case .consultedResolved: consultedResolved
        case .consultation(let code): consultations[code] ?? 0
        }
    }

    /// The report's rate of that figure (resolved, verified and identified of the contacts, repeats of those with a
    /// pseudonym, resolved of the consulted ones); nil for a figure without one (see `ContactFilter.hasRate`), or a rate over nothing.
    public func rate(of filter: ContactFilter) -> Ratio? {
        switch filter {
        case .resolved: resolvedRate
        case .verified: verifiedRate
        case .repeats: repeatRate
        case .identified: identifiedRate
        case .consultedResolved: consultedResolvedRate
        default: nil
        }
    }
}
