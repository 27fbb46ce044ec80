import Guidance

/// Which contacts of a period one figure of the report counts: the contacts behind a number on the supervisors'
/// day browser. Each case selects exactly what `Report.count` adds to that figure.
public enum ContactFilter: Equatable, Sendable, CustomStringConvertible {
    case all
    case channel(String)
    case reason(String)
    case topic(String)
    case referral(String)
    /// Contacts with at least one referral of this kind (the figure counts the referrals, not the contacts).
    case referralKind(ReferralKind)
    case ageGroup(String)
    case contactBy(String)
    case segment(String)
    /// `"09"`: the hour of day as written, as `by_hour` keys it.
    case hour(String)
    case resolved
    /// With a pseudonym: the contacts a repeat can be recognised for.
    case withClientRef
    /// Resolved and without a repeat.
    case verified
    /// With a repeat (and a client_ref, as every contact with a repeat has).
    case repeats
    case identified
    /// Contacts with a referral that had this outcome (the figure counts the referrals, not the contacts).
    case referralOutcome(String)
    /// Contacts with at least one unmet need.
    case withUnmetNeed
    case unmetNeed(String)
    /// Contacts with an unmet need and this topic, as `unmet_needs_by_topic` counts them.
    case unmetNeedTopic(String)
    /// Contacts with a consultation (CONTRACT §8), as `consulted_contacts` counts them.
    case consulted
    /// Consulted contacts resolved at once: the numerator of `consulted_resolved_rate`.
    case consultedResolved
    /// Contacts that consulted this line, as `consultations` counts them.
    case consultation(String)

    /// As the audit log names it: `channel phone`, `resolved`.
    public var description: String {
        switch self {
        case .all: "all"
        case .channel(let code): "channel \(code)"
        case .reason(let code): "reason \(code)"
        case .topic(let code): "topic \(code)"
        case .referral(let code): "referral \(code)"
        case .referralKind(let kind): "\(kind.rawValue) referrals"
        case .ageGroup(let code): "age group \(code)"
        case .contactBy(let code): "contact by \(code)"
        case .segment(let code): "segment \(code)"
        case .hour(let code): "hour \(code)"
        case .resolved: "resolved"
        case .withClientRef: "with client_ref"
        case .verified: "verified"
        case .repeats: "repeats"
        case .identified: "identified"
        case .referralOutcome(let outcome): "referral outcome \(outcome)"
        case .withUnmetNeed: "with an unmet need"
        case .unmetNeed(let code): "unmet need \(code)"
        case .unmetNeedTopic(let code): "unmet need, topic \(code)"
        case .consulted: "consulted"
        case .consultedResolved: "consulted and resolved"
        case .consultation(let code): "consultation \(code)"
        }
    }
}

extension ContactFilter {
    /// Whether the report has a rate of this figure (`Report.rate(of:)`).
    public var hasRate: Bool {
        switch self {
        case .resolved, .verified, .repeats, .identified, .consultedResolved: true
        default: false
        }
    }
}
