/// CONTRACT §9's seven report keys in every format: `figures(_:)` gives them to JSON, CSV, the HTML page (a section
/// of its own, `HTMLPage.sections`) and the workbook; the text report has a block of its own after the evaluation.
/// Under `--min-cell` the counts are masked as every count is, and the rate and medians withheld with the counts they
/// are computed from (a median of a few handoffs tells the times of those few).
extension ReportFormat {
    /// The medians' hours: `3.5`.
    public static let hoursDecimals = 1

    /// The keys in the contract's order.
    public static let handoffKeys = [
        "handoffs", "handoffs_urgent", "handoffs_by_service", "handoffs_by_result", "handoff_reached_rate",
        "handoff_hours_to_take_median", "handoff_hours_to_close_median",
    ]

    func handoffFigures(_ r: Report) -> [(key: String, figure: Figure)] {
        let h = r.handoffs
        return [
            ("handoffs", .count(h.handoffs)),
            ("handoffs_urgent", .count(h.urgent)),
            ("handoffs_by_service", .map(ordered(h.byService, vocabulary.referral))),
            ("handoffs_by_result", .map(handoffResults(r))),
            ("handoff_reached_rate", .ratio(h.reachedRate, decimals: Self.rateDecimals, from: HandoffFigures.decidedResults.map { h.count($0) })),
            ("handoff_hours_to_take_median", .ratio(h.hoursToTakeMedian, decimals: Self.hoursDecimals, from: [h.taken])),
            ("handoff_hours_to_close_median", .ratio(h.hoursToCloseMedian, decimals: Self.hoursDecimals, from: [h.closed])),
        ]
    }

    /// `handoffs_by_result` in the contract's order (`reached`, `not-reached`, `declined`, `returned`, `open`), without zeros.
    func handoffResults(_ r: Report) -> [(code: String, count: Int)] {
        HandoffFigures.resultCodes.map { ($0, r.handoffs.byResult[$0, default: 0]) }.filter { $0.1 != 0 }
    }

    /// The text report's handoff block: each figure with what it is computed from.
    func handoffHeadline(_ r: Report) -> [(String, String, String)] {
        let h = r.handoffs
        let decided = HandoffFigures.decidedResults.map { h.count($0) }
        return [
            (strings(.reportHandoffSent), cell(h.handoffs), strings(.reportHandoffUrgentNote, ["count": cell(h.urgent)])),
            (strings(.reportHandoffReached), percent(h.reachedRate, from: decided),
             strings(.reportHandoffReachedNote, ["count": withholds(decided) ? Self.withheld : String(decided.reduce(0, +))])),
            (strings(.reportHandoffTakeMedian), decimal(h.hoursToTakeMedian, Self.hoursDecimals, from: [h.taken]),
             strings(.reportHandoffTakenNote, ["count": cell(h.taken)])),
            (strings(.reportHandoffCloseMedian), decimal(h.hoursToCloseMedian, Self.hoursDecimals, from: [h.closed]),
             strings(.reportHandoffClosedNote, ["count": cell(h.closed)])),
        ]
    }

    /// `Palautettu`: a `handoffs_by_result` code in the user's language.
    public func handoffResultLabel(_ code: String) -> String {
        switch code {
        case HandoffResult.reached.rawValue: strings(.reportHandoffResultReached)
        case HandoffResult.notReached.rawValue: strings(.reportHandoffResultNotReached)
        case HandoffResult.declined.rawValue: strings(.reportHandoffResultDeclined)
        case HandoffResult.returned.rawValue: strings(.reportHandoffResultReturned)
        case HandoffFigures.open: strings(.reportHandoffResultOpen)
        default: code
        }
    }
}
