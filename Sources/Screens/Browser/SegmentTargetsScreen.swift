import Guidance
import Store
import Terminal

/// The region's segment targets against the period's actual shares: for each service chain, each segment's contacts,
/// their share of the chain's segmented contacts and the target (`data/segment-targets.json`), a share farther from
/// its target than the tolerance marked ▲ or ▼. Opened from the day browser for its period and point.
public struct SegmentTargetsScreen: Screen {
    enum Action: Equatable, Sendable { case back, scrollUp, scrollDown }

    /// One line of the screen.
    enum Line: Equatable {
        case summary, blank, legend
        case heading(chain: String)
        case segment(chain: String, Segment)
    }

    let from: CivilDate
    let to: CivilDate
    /// nil: all points.
    let point: String?
    /// nil until the store has answered.
    var shares: SegmentShares?
    /// The first line shown, when the lines do not all fit.
    var offset = 0

    /// The body's height at 80 × 24, the smallest window: scrolling stops where the last line shows there.
    static let smallestHeight = 21

    public init(from: CivilDate, to: CivilDate, point: String?, _ context: AppContext) {
        self.from = from
        self.to = to
        self.point = point
    }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        return KeyMap([
            .init([.escape, .character("q"), .backspace], .back, label: s(.keyBack), footer: .kept),
            .init([.up], .scrollUp, label: s(.targetsKeyScrollUp)),
            .init([.down], .scrollDown, label: s(.targetsKeyScrollDown)),
        ])
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    public func title(_ context: AppContext) -> String { context.strings(.targetsTitle) }

    /// How the screen is read, then the rule that gives a contact its chain, from the data.
    public func guide(_ context: AppContext) -> String? {
        let targets = context.catalog.segmentTargets, vocabulary = context.vocabulary, language = context.language
        let rule = targets.chains.enumerated().map { index, chain in
            let by = vocabulary.topic.codes.filter(chain.topics.contains).map { vocabulary.topic.label($0, in: language) }
                + vocabulary.ageGroup.codes.filter(chain.ageGroups.contains).map { vocabulary.ageGroup.label($0, in: language) }
            let what = chain.otherwise ? context.strings(.targetsRuleOtherwise) : by.joined(separator: ", ")
            return "\(index + 1). " + vocabulary.serviceChain.label(chain.code, in: language) + ": " + what
        }
        let guide = context.strings(.targetsGuide, ["points": points(targets.tolerance, context), "minimum": String(targets.minimumContacts)])
        return ([guide] + rule).joined(separator: "\n")
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .back: return [.pop(nil)]
        case .scrollUp: offset = max(0, offset - 1)
        case .scrollDown: offset = min(max(0, lines(height: Self.smallestHeight, context).count - Self.smallestHeight), offset + 1)
        case nil: break
        }
        return []
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed where shares == nil:
            return [.loadSegmentShares(from: from, to: to, point: point)]
        case .segmentShares(let counted):
            shares = counted
        default: break
        }
        return []
    }

    // MARK: - Lines

    /// The chains in the vocabulary's order, then any other a saved segmentation names.
    func chains(_ context: AppContext) -> [String] {
        let known = context.vocabulary.serviceChain.codes
        return known + (shares?.counts.keys.filter { !known.contains($0) }.sorted() ?? [])
    }

    /// With a blank line after each chain and the legend where the height allows, else without the blanks, else
    /// without the legend too.
    func lines(height: Int, _ context: AppContext) -> [Line] {
        let chains = chains(context)
        let spaced: [Line] = [.summary, .blank]
            + chains.flatMap { chain in [Line.heading(chain: chain)] + Segment.allCases.map { Line.segment(chain: chain, $0) } + [.blank] }
            + [.legend]
        if spaced.count <= height { return spaced }
        let compact = spaced.filter { $0 != .blank }
        return compact.count <= height ? compact : compact.filter { $0 != .legend }
    }

    // MARK: - Drawing

    /// The columns of a chain's lines, from the widest label and count that will be drawn.
    struct Columns {
        /// The chain's name, or the indented segment's, up to the count.
        let label: Int
        let count: Int
        let share: Int
        let difference: Int
        let bar: Int

        init(width: Int, shares: SegmentShares, chains: [String], _ context: AppContext) {
            let s = context.strings
            let labels = Segment.allCases.map { 2 + TextWidth.of(context.vocabulary.segment.label($0.rawValue, in: context.language)) }
                + chains.map { TextWidth.of(context.vocabulary.serviceChain.label($0, in: context.language)) }
            let counts = chains.flatMap { chain in [shares.total(chain: chain)] + Segment.allCases.map { shares.count(chain: chain, segment: $0) } }
            count = String(counts.max() ?? 0).count
            share = max(7, TextWidth.of(s(.targetsColumnActual)), TextWidth.of(s(.targetsColumnTarget)))
            difference = max(6, TextWidth.of(s(.targetsColumnDifference)))
            // Count, two shares, the difference and the marker, each after a space.
            let numbers = 1 + count + 1 + share + 1 + share + 1 + difference + 2
            label = min(labels.max() ?? 0, max(10, width - numbers))
            let room = width - label - numbers - 1
            bar = room >= 10 ? min(room, 40) : 0
        }
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard let shares else { return }
        let x = area.x + 2, width = area.width - 4
        let lines = lines(height: area.height, context)
        let columns = Columns(width: width, shares: shares, chains: chains(context), context)
        let first = min(offset, max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
            draw(line, shares, columns, into: &canvas, x: x, y: area.y + row, width: width, context)
        }
        // Arrows in the right margin where lines are out of sight.
        if first > 0 { canvas.put("↑", x: area.x + area.width - 2, y: area.y, style: .muted) }
        if first + area.height < lines.count { canvas.put("↓", x: area.x + area.width - 2, y: area.bottom - 1, style: .muted) }
    }

    private func draw(_ line: Line, _ shares: SegmentShares, _ c: Columns, into canvas: inout Canvas, x: Int, y: Int, width: Int, _ context: AppContext) {
        let s = context.strings, targets = context.catalog.segmentTargets, format = context.reportFormat
        // Right edges of the count, the two shares and the difference; the marker and the bar follow.
        let countEnd = x + c.label + 1 + c.count
        let actualEnd = countEnd + 1 + c.share, targetEnd = actualEnd + 1 + c.share, differenceEnd = targetEnd + 1 + c.difference
        func right(_ text: String, _ end: Int, _ style: Style) {
            canvas.put(text, x: end - TextWidth.of(text), y: y, style: style)
        }
        switch line {
        case .blank: break
        case .summary:
            let period = from == to ? from.written : from.written + "–" + to.written
            let used = canvas.putCut(period + " · " + context.pointName(point), x: x, y: y, style: .header, maxWidth: width)
            let count = shares.total == 0 ? s(.targetsNone) : s(.targetsSummary, ["count": String(shares.total)])
            canvas.putCut(" · " + count, x: x + used, y: y, style: .muted, maxWidth: width - used)
        case .legend:
            canvas.putCut(s(.targetsLegend, ["points": points(targets.tolerance, context)]), x: x, y: y, style: .muted, maxWidth: width)
        case .heading(let chain):
            canvas.putCut(context.vocabulary.serviceChain.label(chain, in: context.language), x: x, y: y, style: .header, maxWidth: c.label)
            right(String(shares.total(chain: chain)), countEnd, .header)
            right(s(.targetsColumnActual), actualEnd, .muted)
            right(s(.targetsColumnTarget), targetEnd, .muted)
            right(s(.targetsColumnDifference), differenceEnd, .muted)
            // Under the minimum the shares are shown, but not set against their targets: say so where the bars go.
            let total = shares.total(chain: chain)
            if total > 0, total < targets.minimumContacts {
                let note = s(.targetsTooFew, ["minimum": String(targets.minimumContacts)])
                let room = x + width - differenceEnd - 3
                canvas.put(TextWidth.of(note) <= room ? note : "<\(targets.minimumContacts)", x: differenceEnd + 3, y: y, style: .muted)
            }
        case .segment(let chain, let segment):
            canvas.putCut(context.vocabulary.segment.label(segment.rawValue, in: context.language), x: x + 2, y: y, maxWidth: c.label - 2)
            let count = shares.count(chain: chain, segment: segment), total = shares.total(chain: chain)
            right(String(count), countEnd, .normal)
            let target = targets[chain: chain]?.targets[segment]
            let standing = target.flatMap { targets.standing(count, of: total, target: $0) }
            let style: Style = standing == nil || standing == .onTarget ? .normal : .warning
            right(total == 0 ? "–" : format.percent(Ratio(count, of: total)), actualEnd, style)
            right(target.map { format.percent(Ratio($0, of: 1000)) } ?? "–", targetEnd, .muted)
            if let target, total >= targets.minimumContacts { right(difference(count, of: total, target: target, context), differenceEnd, style) }
            if standing == .above { canvas.put("▲", x: differenceEnd + 1, y: y, style: .warning) }
            if standing == .below { canvas.put("▼", x: differenceEnd + 1, y: y, style: .warning) }
            guard c.bar > 0, total > 0 else { return }
            let barX = differenceEnd + 3
            canvas.put(ReportFormat.bar(count, of: total, width: c.bar), x: barX, y: y, style: style == .warning ? .warning : .normal)
            if let target { canvas.put("│", x: barX + min(c.bar - 1, (target * c.bar + 500) / 1000), y: y, style: .muted) }
        }
    }

    /// `+12,3` or `−4,7`: the actual share less the target, in percentage points to one decimal.
    func difference(_ count: Int, of total: Int, target: Int, _ context: AppContext) -> String {
        // In tenths of a point (thousandths of the whole), rounded half away from zero.
        let tenths = Ratio(count * 1000 - target * total, of: total)!.written(decimals: 0)
        guard let value = Int(tenths), value != 0 else { return Tenths.written(0, in: context.language) }
        return (value > 0 ? "+" : "−") + Tenths.written(abs(value), in: context.language)
    }

    /// The tolerance as percentage points: `5` or `2,5`.
    func points(_ thousandths: Int, _ context: AppContext) -> String {
        let text = Tenths.written(thousandths, in: context.language)
        return text.hasSuffix(".0") || text.hasSuffix(",0") ? String(text.dropLast(2)) : text
    }
}

extension AppContext {
    /// The point's name in the user's language, or "all points" for nil.
    func pointName(_ code: String?) -> String {
        code.map { code in catalog.points.first { $0.code == code }?.name[language] ?? code } ?? strings(.reportAllPoints)
    }
}
