import Guidance
import Store
import Terminal

/// Which of a period's handoffs one handoff figure of the day browser counts (CONTRACT §9), as `HandoffFigures` counts
/// them: Enter lists those.
public enum HandoffFilter: Equatable, Hashable, Sendable, CustomStringConvertible {
    case all
    case urgent
    /// Sent to this receiving service.
    case service(String)
    /// Closed with this result, or `open` (`HandoffFigures.open`): not closed.
    case result(String)
    /// Taken (closed ones included): those the median time to take is computed over.
    case taken
    /// Closed: those the median time to close is computed over.
    case closed

    public func matches(_ h: HandoffRecord) -> Bool {
        switch self {
        case .all: true
        case .urgent: h.urgency == .urgent
        case .service(let code): h.service == code
        case .result(let code): h.closedAt == nil ? code == HandoffFigures.open : (h.result?.rawValue ?? HandoffFigures.open) == code
        case .taken: h.takenAt != nil
        case .closed: h.closedAt != nil
        }
    }

    public var description: String {
        switch self {
        case .all: "handoffs"
        case .urgent: "handoffs urgent"
        case .service(let code): "handoffs service \(code)"
        case .result(let code): "handoffs result \(code)"
        case .taken: "handoffs taken"
        case .closed: "handoffs closed"
        }
    }
}

extension BrowserSection {
    /// CONTRACT §9's figures of the period beside the comparison's, each read from `Report.handoffs` as `neuvo report`
    /// gives it: sent, urgent, each result (open included) with the reached rate, the medians of hours to take and to
    /// close (with the region's target), then the receiving services.
    static func handoffs(_ page: BrowsedPeriod, _ context: AppContext) -> [BrowserSection] {
        let r = page.report.handoffs, e = page.comparison.handoffs, s = context.strings, format = context.reportFormat
        func count(_ label: String, _ filter: HandoffFilter, _ value: (HandoffFigures) -> Int, rate: ((HandoffFigures) -> Ratio?)? = nil, key: String? = nil) -> BrowserFigure {
            var figure = BrowserFigure(label, nil, value: value(r), earlier: value(e), rate: rate.map { ($0(r), $0(e)) }, key: key)
            figure.handoffs = filter
            return figure
        }
        func median(_ label: String, _ filter: HandoffFilter, key: String, _ value: (HandoffFigures) -> Ratio?) -> BrowserFigure {
            var figure = BrowserFigure(
                label, written: .init(shown: format.decimal(value(r), ReportFormat.hoursDecimals), earlier: format.decimal(value(e), ReportFormat.hoursDecimals)),
                key: key)
            figure.handoffs = filter
            return figure
        }
        let results = HandoffFigures.resultCodes.map { code in
            count(
                format.handoffResultLabel(code), .result(code), { $0.byResult[code, default: 0] },
                rate: code == HandoffResult.reached.rawValue ? { $0.reachedRate } : nil,
                key: code == HandoffResult.reached.rawValue ? "handoff_reached_rate" : nil)
        }
        let summary = [
            count(s(.browserHandoffSent), .all, \.handoffs),
            count(s(.browserHandoffUrgent), .urgent, \.urgent),
        ] + results + [
            median(s(.browserHandoffTakeMedian), .taken, key: "handoff_hours_to_take_median") { $0.hoursToTakeMedian },
            median(s(.browserHandoffCloseMedian), .closed, key: "handoff_hours_to_close_median") { $0.hoursToCloseMedian },
        ]
        // The receiving services of either period, in the vocabulary's order (then any it no longer lists).
        let list = context.vocabulary.referral
        let counted = Set(r.byService.keys).union(e.byService.keys)
        let services = (list.codes.filter(counted.contains) + counted.subtracting(list.codes).sorted()).map { code in
            count(list.label(code, in: context.language), .service(code), { $0.byService[code, default: 0] })
        }
        return [
            BrowserSection(title: s(.browserHandoffSection), kind: .summary, figures: summary),
            BrowserSection(title: s(.browserHandoffByService), kind: .map, figures: services),
        ]
    }
}
