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
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while !keepZeros && fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = (negative && scaled != 0 ? "-" : "") + String(scaled / scale)
        return fraction.isEmpty ? whole : whole + "." + fraction
    }
}
