/// The warm handoff's figures (CONTRACT §9): the seven report keys over the handoffs a report is given — those sent
/// in the period (by `sent_at`'s day as written) from the point chosen (`--point` narrows by the sending point). The
/// store picks the handoffs; this counts them, exactly: times as whole seconds between instants (offsets included), each
/// median rounded once, in its getter, from the exact middle value or the exact mean of the two middle values.
public struct HandoffFigures: Equatable, Sendable {
    /// Handoffs sent.
    public private(set) var handoffs = 0
    /// Of them urgent.
    public private(set) var urgent = 0
    /// Receiving service → handoffs sent to it.
    public private(set) var byService: [String: Int] = [:]
    /// `reached`, `not-reached`, `declined`, `returned` or `open` (not closed) → handoffs.
    public private(set) var byResult: [String: Int] = [:]
    /// taken_at − sent_at of each taken handoff, in seconds, in the order counted (sorted when a median is asked).
    public private(set) var secondsToTake: [Int64] = []
    /// closed_at − sent_at of each closed handoff, in seconds.
    public private(set) var secondsToClose: [Int64] = []

    /// `open`: the result code of a handoff not closed yet.
    public static let open = "open"
    /// The result codes in the contract's order: every closed result, then `open`.
    public static let resultCodes = HandoffResult.allCases.map(\.rawValue) + [open]

    public init() {}

    /// The figures of these handoffs, every one counted.
    public init(_ records: some Sequence<HandoffRecord>) {
        for record in records { count(record) }
    }

    /// Adds one handoff.
    public mutating func count(_ h: HandoffRecord) {
        handoffs += 1
        if h.urgency == .urgent { urgent += 1 }
        byService[h.service, default: 0] += 1
        if let closedAt = h.closedAt {
            byResult[h.result?.rawValue ?? Self.open, default: 0] += 1
            secondsToClose.append(closedAt.instant - h.sentAt.instant)
        } else {
            byResult[Self.open, default: 0] += 1
        }
        if let takenAt = h.takenAt { secondsToTake.append(takenAt.instant - h.sentAt.instant) }
    }

    /// Handoffs closed with `result`.
    public func count(_ result: HandoffResult) -> Int { byResult[result.rawValue, default: 0] }

    /// Handoffs not closed.
    public var open: Int { byResult[Self.open, default: 0] }

    /// The closed results a reached rate is computed over: returned ones were never the client's answer.
    public static let decidedResults: [HandoffResult] = [.reached, .notReached, .declined]

    /// reached / (reached + not-reached + declined); nil over none.
    public var reachedRate: Ratio? {
        Ratio(count(.reached), of: Self.decidedResults.map { count($0) }.reduce(0, +))
    }

    /// The median of (taken_at − sent_at) in hours over the taken handoffs; nil over none.
    public var hoursToTakeMedian: Ratio? { Self.medianHours(secondsToTake) }

    /// The median of (closed_at − sent_at) in hours over the closed handoffs; nil over none.
    public var hoursToCloseMedian: Ratio? { Self.medianHours(secondsToClose) }

    /// Handoffs taken (closed ones included: a handoff is taken before it closes).
    public var taken: Int { secondsToTake.count }
    /// Handoffs closed.
    public var closed: Int { secondsToClose.count }

    /// The median of whole seconds as exact hours: the middle value over 3600, or the sum of the two middle values over
    /// 7200 for an even count — a mean never rounded before the one rounding the report does.
    static func medianHours(_ seconds: [Int64]) -> Ratio? {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return Ratio(Int(sorted[middle]), of: 3600) }
        return Ratio(Int(sorted[middle - 1] + sorted[middle]), of: 7200)
    }
}

extension Report {
    /// Counts the handoffs of this report's period and point: sent on a day from `from` to `to` as written, from
    /// `point` when the report is for one. Whatever else the store hands over is left out, so that the one line that
    /// wires the store in cannot count a handoff twice or outside the period.
    public mutating func countHandoffs(_ records: some Sequence<HandoffRecord>) {
        for record in records where record.sentAt.date >= from && record.sentAt.date <= to && (point == nil || record.point == point) {
            handoffs.count(record)
        }
    }
}
