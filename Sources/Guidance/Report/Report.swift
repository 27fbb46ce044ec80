/// The measures over a period (CONTRACT §5), as the store computes them: the one definition that
/// `neuvo report` prints and the supervisors' screens show.
public struct Report: Equatable, Sendable {
    public let from: CivilDate
    public let to: CivilDate
    public let point: String?

    public var contacts = 0
    public var byChannel: [String: Int] = [:]
    public var byReason: [String: Int] = [:]
    public var byTopic: [String: Int] = [:]
    public var byReferral: [String: Int] = [:]
    public var byAgeGroup: [String: Int] = [:]
    public var bySegment: [String: Int] = [:]
    public var byContactBy: [String: Int] = [:]
    public var byDay: [String: Int] = [:]
    /// Contacts by the hour of day as written (`"09"` for 9.00–9.59 local time): when the point is busy.
    public var byHour: [String: Int] = [:]
    /// Referrals (contact and destination pairs) by the destination's kind.
    public var referralsInternal = 0
    public var referralsExternal = 0
    public var resolved = 0
    /// Resolved and without a repeat contact, looking at all data held.
    public var verified = 0
    public var withClientRef = 0
    /// Contacts in the period that have a repeat.
    public var repeats = 0
    public var identified = 0
    public var durationMinTotal = 0
    public var satisfactionResponses = 0
    public var satisfactionTotal = 0

    // CONTRACT §7 (Report+Evaluation): referral outcomes and unmet needs, counted with the contacts …
    /// Outcome → referrals of the period's contacts with that outcome.
    public var referralOutcomes: [String: Int] = [:]
    /// `referral:outcome` → referrals to that destination with that outcome (the same referrals as `referralOutcomes`).
    public var referralOutcomesByReferral: [String: Int] = [:]
    public var unmetNeeds: [String: Int] = [:]
    public var contactsWithUnmetNeed = 0
    /// Topic → contacts with an unmet need and that topic.
    public var unmetNeedsByTopic: [String: Int] = [:]
    // … and the three anonymous kinds of record, as exact sums.
    public var feedbackResponses = 0
    public var npsPromoters = 0
    public var npsDetractors = 0
    public var feedbackSettled: [String: Int] = [:]
    public var feedbackBouncedYes = 0
    public var feedbackBouncedAnswered = 0
    public var moodResponses = 0
    public var moodTotal = 0
    public var enpsResponses = 0
    public var enpsPromoters = 0
    public var enpsDetractors = 0
    /// Σ staff_hours × 100.
    public var staffHundredths = 0
    /// Σ staff_hours × 100 × hourly_cost_eur × 100.
    public var costCentHundredths = 0
    /// Days at points with a staffing row.
    public var staffedDays = 0
    /// (day, point) pairs of the period with a contact but no staffing row: the store counts them.
    public var daysWithoutStaffing = 0
    // CONTRACT §8: consultations (Report+Evaluation).
    /// Consultation line → contacts that consulted it.
    public var consultations: [String: Int] = [:]
    /// Consulted contacts resolved at once.
    public var consultedResolved = 0
    // CONTRACT §9: the warm handoffs sent in the period from the point (HandoffFigures), none until the store's are counted.
    public var handoffs = HandoffFigures()

    public init(from: CivilDate, to: CivilDate, point: String?) {
        self.from = from
        self.to = to
        self.point = point
    }

    public var resolvedRate: Ratio? { Ratio(resolved, of: contacts) }
    public var verifiedRate: Ratio? { Ratio(verified, of: contacts) }
    public var repeatRate: Ratio? { Ratio(repeats, of: withClientRef) }
    public var identifiedRate: Ratio? { Ratio(identified, of: contacts) }
    public var satisfactionMean: Ratio? { Ratio(satisfactionTotal, of: satisfactionResponses) }
}

/// A quotient written rounded half away from zero to a number of decimals, in integer arithmetic.
public struct Ratio: Equatable, Sendable {
    public let numerator: Int
    public let denominator: Int

    /// Nil over zero: a rate over no contacts is `null`.
    public init?(_ numerator: Int, of denominator: Int) {
        guard denominator != 0 else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    public var value: Double { Double(numerator) / Double(denominator) }

    /// `5/12` to 4 decimals is `0.4167`; trailing zeros are left out (`0.5`, `1`) unless `keepZeros`.
    public func written(decimals: Int, keepZeros: Bool = false) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let negative = (numerator < 0) != (denominator < 0)
        let n = abs(numerator) * scale, d = abs(denominator)
        let scaled = (2 * n + d) / (2 * d)
        var fraction = decimals == 0 ? "" : String(scaled % scale)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while !keepZeros && fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (negative && scaled != 0 ? "-" : "") + String(scaled / scale)
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}

// MARK: - What each contact adds (the one definition of the measures)

extension Report {
    /// Adds what one contact counts for in every figure (`times: -1` takes it away again). `hasRepeat` is
    /// whether a later contact repeats it (CONTRACT §4), which only the whole log can tell.
    public mutating func count(_ c: Contact, hasRepeat: Bool, times n: Int = 1) {
        contacts += n
        byChannel[c.channel, default: 0] += n
        if let reason = c.reason { byReason[reason, default: 0] += n }
        for topic in c.topics { byTopic[topic, default: 0] += n }
        for referral in c.referrals { byReferral[referral, default: 0] += n }
        byAgeGroup[c.ageGroup, default: 0] += n
        if let segment = c.segment { bySegment[segment.rawValue, default: 0] += n }
        byContactBy[c.contactBy, default: 0] += n
        byDay[c.occurredAt.date.description, default: 0] += n
        byHour[Self.hourCode(c.occurredAt.hour), default: 0] += n
        if c.resolved { resolved += n }
        if c.clientRef != nil { withClientRef += n }
        if c.identified { identified += n }
        durationMinTotal += n * (c.durationMinutes ?? 0)
        if let satisfaction = c.satisfaction {
            satisfactionResponses += n
            satisfactionTotal += n * satisfaction
        }
        countRepeat(resolved: c.resolved, clientRef: c.clientRef != nil, hasRepeat: hasRepeat, times: n)
        countEvaluation(c, times: n)
    }

    /// The figures that depend on the repeat flag: a contact with a repeat is a repeat (when it has a
    /// client_ref, as every one with a repeat does) and not verified.
    public mutating func countRepeat(resolved: Bool, clientRef: Bool, hasRepeat: Bool, times n: Int = 1) {
        if hasRepeat {
            if clientRef { repeats += n }
        } else if resolved {
            verified += n
        }
    }

    /// When a contact's repeat flag changes: its old contribution out, the new one in.
    public mutating func countRepeatChange(resolved: Bool, clientRef: Bool, hasRepeat: Bool) {
        countRepeat(resolved: resolved, clientRef: clientRef, hasRepeat: !hasRepeat, times: -1)
        countRepeat(resolved: resolved, clientRef: clientRef, hasRepeat: hasRepeat)
    }

    /// Every figure as stored: `(figure, code, value)` for each of `storedFigureTable`, maps by code, the others with
    /// code "", none of them zero. `by_day` and the referral kinds are left out: the store keeps figures per day, and
    /// kinds come from the data.
    public var storedFigures: [(figure: String, code: String, value: Int)] {
        var rows: [(figure: String, code: String, value: Int)] = []
        for stored in Self.storedFigureTable {
            switch stored.field {
            case .count(let field): rows.append((stored.name, "", self[keyPath: field]))
            case .map(let field), .referralOutcomes(let field): rows += self[keyPath: field].map { (stored.name, $0.key, $0.value) }
            }
        }
        return rows.filter { $0.value != 0 }
    }

    /// Adds a stored figure back (the inverse of `storedFigures`); a name not in `storedFigureTable` adds nothing.
    public mutating func add(figure: String, code: String, value: Int) {
        switch Self.storedFigureIndex[figure]?.field {
        case .count(let field): self[keyPath: field] += value
        case .map(let field): self[keyPath: field][code, default: 0] += value
        case .referralOutcomes(let field):
            self[keyPath: field][code, default: 0] += value
            let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
            byReferral[parts[0], default: 0] += value
            if parts.count == 2 { referralOutcomes[parts[1], default: 0] += value }
        case nil: break
        }
    }

    /// `09`: an hour as `by_hour` keys it, so that the keys sort in time order.
    public static func hourCode(_ hour: Int) -> String { hour < 10 ? "0\(hour)" : String(hour) }

    /// Internal and external referrals from `by_referral` and the vocabulary's kinds.
    public mutating func countReferralKinds(_ vocabulary: Vocabulary) {
        referralsInternal = 0
        referralsExternal = 0
        for (code, count) in byReferral {
            switch vocabulary.referral[code]?.kind {
            case .internal: referralsInternal += count
            case .external: referralsExternal += count
            case nil: break
            }
        }
    }
}
