/// The region's targets for the period's evaluation (`targets.json`, CONTRACT §7): each a report figure, a
/// comparison and a value — "NPS > 60", "why this point recorded for ≥ 90 % of contacts". `evaluate` sets a
/// report against them; the HTML report and the day browser show that one evaluation.
public struct Targets: Equatable, Sendable {
    public enum Comparison: String, CaseIterable, Sendable {
        case greater = ">"
        case atLeast = ">="
        case less = "<"
        case atMost = "<="

        /// `≥`: as a person reads it.
        public var symbol: String {
            switch self {
            case .greater: ">"
            case .atLeast: "≥"
            case .less: "<"
            case .atMost: "≤"
            }
        }

        /// Whether `figure comparison target` holds, both in ten-thousandths.
        func holds(_ figure: Int, _ target: Int) -> Bool {
            switch self {
            case .greater: figure > target
            case .atLeast: figure >= target
            case .less: figure < target
            case .atMost: figure <= target
            }
        }
    }

    public struct Target: Equatable, Sendable {
        /// A `report --format json` key whose value is a number: a rate, score, mean or quotient (`Targets.keys`).
        public let key: String
        public let comparison: Comparison
        /// In the report's own units (a rate as a fraction 0–1), exactly: at most four decimals.
        public let value: Ratio
        public let label: LocalizedText

        public init(key: String, comparison: Comparison, value: Ratio, label: LocalizedText) {
            self.key = key
            self.comparison = comparison
            self.value = value
            self.label = label
        }
    }

    /// One target against one report.
    public struct Evaluation: Equatable, Sendable {
        public let target: Target
        /// The figure as `report --format json` writes it (rounded there, never recomputed); nil when the figure is
        /// null there — no contacts, no answers, under 5 staff answers — or withheld by `--min-cell`.
        public let value: Ratio?
        /// Withheld because it is computed from a count that `--min-cell` masks.
        public let withheld: Bool
        /// Whether the figure as written meets the target; nil without a figure.
        public let met: Bool?
    }

    public let targets: [Target]

    public init(_ targets: [Target]) { self.targets = targets }

    public static let none = Targets([])

    /// The figures a target may name, with the values a target of each may take (in ten-thousandths): rates 0–1,
    /// the recommendation scores −100–100, the 1–5 means, hours (the handoffs' medians too) and euros from 0.
    public static let keys: [(key: String, range: ClosedRange<Int>)] = [
        ("resolved_rate", 0...10_000), ("verified_rate", 0...10_000), ("repeat_rate", 0...10_000),
        ("identified_rate", 0...10_000), ("satisfaction_mean", 10_000...50_000), ("referral_reached_rate", 0...10_000),
        ("nps", -1_000_000...1_000_000), ("feedback_bounced_rate", 0...10_000), ("mood_mean", 10_000...50_000),
        ("enps", -1_000_000...1_000_000), ("staff_hours", 0...10_000_000_000), ("cost_eur", 0...10_000_000_000),
        ("cost_per_contact", 0...10_000_000_000), ("cost_per_resolved", 0...10_000_000_000),
        ("contacts_per_staff_hour", 0...10_000_000_000), ("reason_recorded_rate", 0...10_000), ("segmented_rate", 0...10_000),
        // CONTRACT §9: the handoffs' reached rate and their medians in hours.
        ("handoff_reached_rate", 0...10_000), ("handoff_hours_to_take_median", 0...10_000_000_000),
        ("handoff_hours_to_close_median", 0...10_000_000_000),
    ]

    /// Each target against the report's figures as `format` writes them: rounded as in `--format json`, withheld as
    /// `--min-cell` withholds them.
    public func evaluate(_ report: Report, with format: ReportFormat) -> [Evaluation] {
        let figures = Dictionary(format.figures(report).map { ($0.key, $0.figure) }, uniquingKeysWith: { a, _ in a })
        return targets.map { target in
            guard case .ratio(let ratio, let decimals, let counts)? = figures[target.key] else {
                return Evaluation(target: target, value: nil, withheld: false, met: nil)
            }
            if format.withholds(counts) { return Evaluation(target: target, value: nil, withheld: true, met: nil) }
            guard let ratio else { return Evaluation(target: target, value: nil, withheld: false, met: nil) }
            let written = ratio.rounded(decimals: decimals)
            let met = target.comparison.holds(written.numerator * (10_000 / written.denominator), target.value.numerator)
            return Evaluation(target: target, value: written, withheld: false, met: met)
        }
    }

    // MARK: - Reading

    /// `{"targets": [{"key", "comparison", "value", "label"}, …]}`: every key one of `keys`, its value in range with at
    /// most four decimals, the label in fi, sv and en. An empty list sets no targets.
    static func read(_ root: DataNode) -> Targets? {
        _ = root.member("example", required: false)?.bool
        _ = root.member("note", required: false)?.text
        guard let list = root.member("targets")?.elements else { return nil }
        var targets: [Target] = []
        for node in list {
            let key = node.member("key")?.text
            let range = key.flatMap { key in keys.first { $0.key == key }?.range }
            if let key, range == nil {
                node.member("key")?.report("'\(key)' is not a figure a target can name (one of \(keys.map(\.key).joined(separator: ", ")))")
            }
            let comparison = node.member("comparison")?.text.flatMap { text in
                Comparison(rawValue: text) ?? {
                    node.member("comparison")?.report("'\(text)' is not one of >, >=, <, <=")
                    return nil
                }()
            }
            let value = node.member("value").flatMap { valueNode in
                range.flatMap { valueNode.tenThousandths(in: $0) }
            }
            let label = node.member("label")?.localized
            guard let key, let comparison, let value, let label, range != nil else { continue }
            targets.append(Target(key: key, comparison: comparison, value: Ratio(value, of: 10_000)!, label: label))
        }
        guard targets.count == list.count else { return nil }
        return Targets(targets)
    }
}

extension DataNode {
    /// A number with at most four decimals as ten-thousandths within `range` (`0.9` → 9000).
    func tenThousandths(in range: ClosedRange<Int>) -> Int? {
        guard let n = number else { return nil }
        let scaled = (n * 10_000).rounded()
        let bounds = "from \(Ratio(range.lowerBound, of: 10_000)!.written(decimals: 4)) to \(Ratio(range.upperBound, of: 10_000)!.written(decimals: 4))"
        guard abs(n * 10_000 - scaled) < 1e-6 else {
            report("\(n) has more than four decimals")
            return nil
        }
        guard scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) else {
            report("\(n) is out of range: this figure goes \(bounds)")
            return nil
        }
        return Int(scaled)
    }
}

extension Ratio {
    /// The quotient as `written(decimals:)` writes it, as a ratio over 10^decimals: `5/12` to 4 decimals is 4167/10000.
    /// Read back from the written text, so that it is the very figure the report shows.
    public func rounded(decimals: Int) -> Ratio {
        let text = written(decimals: decimals, keepZeros: true)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        return Ratio(Int(text.replacingOccurrences(of: ".", with: ""))!, of: scale)!
    }
}

/// The two figures of the targets that the report's other keys do not give: why this point recorded, and
/// segmentation used.
extension Report {
    /// Contacts with a `reason` (why this point) recorded: Σ by_reason / contacts.
    public var reasonRecordedRate: Ratio? { Ratio(byReason.values.reduce(0, +), of: contacts) }

    /// Contacts segmented: Σ by_segment / contacts. (The report does not count segmented contacts among those not
    /// settled at once, so the share is over every contact; a region sets its target accordingly.)
    public var segmentedRate: Ratio? { Ratio(bySegment.values.reduce(0, +), of: contacts) }
}

extension ReportFormat {
    /// The region's targets against a report: the one evaluation the HTML page and the day browser show.
    public func evaluateTargets(_ report: Report) -> [Targets.Evaluation] { targets.evaluate(report, with: self) }

    /// `≥ 90 %`, `> 60`: a target as its figure is written (a rate as a percentage), in the user's language.
    public func goal(_ t: Targets.Target) -> String {
        let figure = figures(Report(from: CivilDate(year: 2000, month: 1, day: 1)!, to: CivilDate(year: 2000, month: 1, day: 1)!, point: nil))
            .first { $0.key == t.key }?.figure
        let isRate = HTMLPage.isRate(figure)
        let written = isRate ? Ratio(t.value.numerator, of: 100)!.written(decimals: 2) : t.value.written(decimals: 4)
        let text = t.comparison.symbol + " " + written + (isRate ? " %" : "")
        return strings.language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }
}
