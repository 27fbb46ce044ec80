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

/// The handoffs behind one handoff figure of the day browser — sent, receiving service, urgency, state or result, hours
/// to take and to close, tries — as the store's figures give them (`HandoffStore.handoffRecords`): never a name, phone,
/// when or note, nor the contact. Esc goes back to the figures.
struct FigureHandoffsScreen: Screen {
    enum Action: Equatable, Sendable { case back }

    /// `Yhteydenottopyynnöt: Avoin`: the section and the figure.
    let name: String
    let filter: HandoffFilter
    let period: BrowserPeriod
    let point: String?
    /// nil until the store has answered.
    var handoffs: [HandoffRecord]?
    var navigator = ListNavigator()

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static let pageHeight = 15

    init(section: String, figure: BrowserFigure, filter: HandoffFilter, period: BrowserPeriod, point: String?) {
        name = section + ": " + figure.label.trimmingCharacters(in: .whitespaces)
        self.filter = filter
        self.period = period
        self.point = point
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        KeyMap([.init([.escape, .character("q"), .backspace], .back, label: context.strings(.keyBack), inFooter: true)])
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] {
        keyMap(context).keyHelp + [KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false)]
    }

    func title(_ context: AppContext) -> String { context.strings(.browserHandoffListTitle) }
    func guide(_ context: AppContext) -> String? { context.strings(.browserHandoffListGuide) }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if keyMap(context).action(for: key) == .back { return [.pop(nil)] }
        _ = navigator.handle(key, count: handoffs?.count ?? 0, height: context.pageRows(at80x24: Self.pageHeight))
        return []
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed where handoffs == nil, .handoffsMoved:
            return [.loadFigureHandoffs(from: period.from, to: period.to, point: point, filter: filter)]
        case .figureHandoffs(let list):
            handoffs = list
            navigator.clamp(count: list.count, height: context.pageRows(at80x24: Self.pageHeight))
        default: break
        }
        return []
    }

    /// A column of the list: its title, width and each handoff's text.
    struct Column {
        let title: String
        let width: Int
        let value: (HandoffRecord) -> (String, Style)
    }

    /// Sent, [point,] service, urgency, state or result, hours to take, hours to close, tries; the point and the service
    /// share what the fixed columns leave.
    static func columns(width: Int, showsPoint: Bool, _ context: AppContext) -> [Column] {
        let s = context.strings, format = context.reportFormat, language = context.language
        let titles = s(.browserHandoffColumns).split(separator: "|").map(String.init)
        func title(_ n: Int) -> String { titles.indices.contains(n) ? titles[n] : "" }
        func hours(_ from: Timestamp, _ to: Timestamp?) -> String {
            to.map { format.decimal(Ratio(Int($0.instant - from.instant), of: 3600), ReportFormat.hoursDecimals) } ?? "–"
        }
        let sent = Column(title: title(0), width: 12) { ($0.sentAt.date.dayAndMonth + " " + $0.sentAt.clockTime, .normal) }
        let urgency = Column(title: title(3), width: 7) { ($0.urgency == .urgent ? s(.browserHandoffUrgentMark) : "", .warning) }
        let state = Column(title: title(4), width: width >= 100 ? 24 : 18) { h in
            if h.closedAt != nil { return (format.handoffResultLabel(h.result?.rawValue ?? HandoffFigures.open), h.result == .reached ? .success : .normal) }
            return (s(h.takenAt == nil ? .screenHandoffStateSent : .screenHandoffStateTaken), .warning)
        }
        let take = Column(title: title(5), width: 7) { (Self.right(hours($0.sentAt, $0.takenAt), 7), .normal) }
        let close = Column(title: title(6), width: 7) { (Self.right(hours($0.sentAt, $0.closedAt), 7), .normal) }
        let tries = Column(title: title(7), width: 5) { (Self.right(String($0.tries), 5), .normal) }
        let fixed = [sent, urgency, state, take, close, tries]
        let rest = max(12, width - fixed.reduce(0) { $0 + $1.width + 1 })
        let list = context.vocabulary.referral
        let service = Column(title: title(2), width: showsPoint ? rest - rest / 2 : rest) { (list.label($0.service, in: language), .normal) }
        guard showsPoint else { return [sent, service, urgency, state, take, close, tries] }
        let names = Dictionary(context.catalog.points.map { ($0.code, $0.name[language]) }, uniquingKeysWith: { first, _ in first })
        let point = Column(title: title(1), width: rest / 2 - 1) { (names[$0.point] ?? $0.point, .normal) }
        return [sent, point, service, urgency, state, take, close, tries]
    }

    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard let handoffs else { return }
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        canvas.put(name, x: x, y: y, style: .header, maxWidth: width)
        y += 1
        let summary = s(.browserHandoffListSummary, ["period": period.title(context), "point": context.pointName(point), "count": String(handoffs.count)])
        y += canvas.putWrapped(summary, x: x, y: y, width: width, style: .muted)
        y += 1
        guard !handoffs.isEmpty else {
            canvas.put(s(.browserHandoffListEmpty), x: x, y: y, style: .muted, maxWidth: width)
            return
        }
        let columns = Self.columns(width: width, showsPoint: point == nil, context)
        var column = x
        for c in columns {
            canvas.put(c.title, x: column, y: y, style: .header, maxWidth: c.width)
            column += c.width + 1
        }
        y += 1
        let height = area.bottom - y
        var nav = navigator
        nav.clamp(count: handoffs.count, height: height)
        for (row, index) in nav.visible(count: handoffs.count, height: height).enumerated() {
            var column = x
            for c in columns {
                let (text, style) = c.value(handoffs[index])
                canvas.put(TextWidth.truncated(text, to: c.width), x: column, y: y + row, style: style)
                column += c.width + 1
            }
            if index == nav.selected {
                canvas.paint(x: x - 1, y: y + row, width: width + 2, style: .selection)
                canvas.focus(x: x, y: y + row)
            }
            canvas.mark(x: area.x, y: y + row, width: area.width, keys: nav.keys(clicking: index))
        }
    }
}
