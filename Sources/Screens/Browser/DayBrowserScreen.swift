import Guidance
import Store
import Terminal

/// The supervisors' day browser: one day (or week, or month) at one point or all, every measure of `neuvo report`
/// beside the same figure for the comparison period, trend lines of the last eight weeks, the contacts behind any
/// figure, and the period's report saved to a file.
public struct DayBrowserScreen: Screen {
    enum Action: Equatable, Sendable {
        case back, previous, next, previousBig, nextBig, today, nextPoint, previousPoint
        case length(BrowserPeriod.Length)
        case up, down, first, last, nextSection, previousSection, drill, export
        case exportAs(ReportFormat.Document), write, cancelExport
        case segmentTargets, staffing
    }

    /// The report being saved: its format is chosen first, then the file.
    enum Export: Equatable {
        case choosingFormat
        case naming(ReportFormat.Document, TextField)
    }

    public private(set) var period: BrowserPeriod
    /// nil: all points.
    public private(set) var point: String?
    /// The figures of the period and of the comparison period, once the store has answered.
    var page: BrowsedPeriod?
    var sections: [BrowserSection] = []
    /// The highlighted figure, counted through every section in order.
    var highlight = 0
    var export: Export?
    /// The region's targets for the shown period's report, by the report's key (`nps`, `enps`, `resolved_rate`…):
    /// written beside those figures. Nil: the catalog's `targets.json`, evaluated as the HTML report evaluates it.
    let targets: (@Sendable (Report) -> [String: TargetNote])?
    /// `targets` of the shown report.
    var targetNotes: [String: TargetNote] = [:]

    /// Opens on today at the advisor's point.
    public init(
        _ context: AppContext, period: BrowserPeriod? = nil, point: String?? = nil,
        targets: (@Sendable (Report) -> [String: TargetNote])? = nil
    ) {
        self.period = period ?? BrowserPeriod(.day, day: context.today)
        self.point = point ?? context.point.code
        self.targets = targets
    }

    /// The catalog's targets against `report`, by the report's key: one evaluation, the HTML report's.
    static func targetNotes(_ report: Report, _ context: AppContext) -> [String: TargetNote] {
        let format = context.reportFormat
        var notes: [String: TargetNote] = [:]
        for evaluation in format.evaluateTargets(report) {
            notes[evaluation.target.key] = TargetNote(text: format.goal(evaluation.target), met: evaluation.met)
        }
        return notes
    }

    // MARK: - Keys

    /// The export's keys while it asks, else the browser's own.
    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        switch export {
        case .choosingFormat:
            return KeyMap([
                .init([.character("1"), .character("c")], .exportAs(.csv), label: s(.browserExportCSV), inFooter: true),
                .init([.character("2"), .character("j")], .exportAs(.json), label: s(.browserExportJSON), inFooter: true),
                .init([.character("3"), .character("h")], .exportAs(.html), label: s(.browserExportHtml), inFooter: true),
                .init([.character("4"), .character("x")], .exportAs(.xlsx), label: s(.browserExportXlsx), inFooter: true),
                .init([.escape], .cancelExport, label: s(.browserKeyCancel), footer: .kept),
            ])
        case .naming:
            return KeyMap([
                .init([.enter, .function(2)], .write, label: s(.keySave), inFooter: true),
                .init([.escape], .cancelExport, label: s(.browserKeyCancel), footer: .kept),
            ])
        case nil: return browsingKeys(context)
        }
    }

    func browsingKeys(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        let step = s(Self.step[period.length]!), bigStep = s(Self.bigStep[period.length]!)
        var bindings: [KeyMap<Action>.Binding] = [
            // Both arrows in one footer entry, kept at 80 columns: the way through the days.
            .init([.left], .previous, label: s(.browserKeyBack, ["step": step]), footer: .kept,
                  footerEntry: ("←/→", s(.browserKeySteps, ["step": step]))),
            .init([.right], .next, label: s(.browserKeyForward, ["step": step])),
            .init([.pageUp], .previousBig, label: s(.browserKeyBack, ["step": bigStep])),
            .init([.pageDown], .nextBig, label: s(.browserKeyForward, ["step": bigStep])),
            .init([.character("t")], .today, label: s(.browserKeyToday)),
            .init([.character("c")], .nextPoint, label: s(.browserKeyPoint), inFooter: true),
            .init([.character("C")], .previousPoint, label: s(.browserKeyPreviousPoint)),
            .init([.character("d")], .length(.day), label: s(.browserDay)),
            .init([.character("w"), .character("v")], .length(.week), label: s(.browserWeek)),
            .init([.character("m"), .character("k")], .length(.month), label: s(.browserMonth)),
            .init([.enter], .drill, label: s(.browserKeyDrill), footer: .kept),
            .init([.up], .up, label: s(.browserKeyUp)),
            .init([.down], .down, label: s(.browserKeyDown)),
            .init([.home], .first, label: s(.browserKeyFirst)),
            .init([.end], .last, label: s(.browserKeyLast)),
            .init([.tab], .nextSection, label: s(.browserKeyNextSection)),
            .init([.backTab], .previousSection, label: s(.browserKeyPreviousSection)),
            .init([.character("x")], .export, label: s(.browserKeyExport), inFooter: true),
            .init([.character("s")], .segmentTargets, label: s(.targetsKeyOpen)),
        ]
        if context.keepsStaffing {
            bindings.append(.init([.character("h")], .staffing, label: s(.staffingKeyOpen)))
        }
        bindings.append(.init([.escape, .character("q")], .back, label: s(.keyBack), footer: .kept))
        return KeyMap(bindings)
    }

    static let step: [BrowserPeriod.Length: StringKey] = [.day: .browserStepDay, .week: .browserStepWeek, .month: .browserStepMonth]
    static let bigStep: [BrowserPeriod.Length: StringKey] = [.day: .browserStepWeek, .week: .browserStepFourWeeks, .month: .browserStepYear]

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    public func title(_ context: AppContext) -> String { context.strings(.browserTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.browserGuide) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if let action = keyMap(context).action(for: key) { return update(action, context) }
        if case .naming(let document, var field) = export {
            _ = field.handle(key)
            export = .naming(document, field)
        }
        return []
    }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        if case .naming(let document, var field) = export {
            field.paste(text)
            export = .naming(document, field)
        }
        return []
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        let today = context.today
        switch action {
        case .back: return [.pop(nil)]
        case .previous: return show(period.moved(by: -1, today: today))
        case .next: return show(period.moved(by: 1, today: today))
        case .previousBig: return show(period.moved(by: -BrowserPeriod.bigSteps(period.length), today: today))
        case .nextBig: return show(period.moved(by: BrowserPeriod.bigSteps(period.length), today: today))
        case .today: return show(BrowserPeriod(period.length, day: today))
        case .length(let length): return show(BrowserPeriod(length, day: period.day))
        case .nextPoint, .previousPoint:
            // Every point in the data's order, then all points.
            let codes: [String?] = context.catalog.points.map(\.code) + [nil]
            let at = codes.firstIndex { $0 == point } ?? 0
            point = codes[(at + (action == .nextPoint ? 1 : codes.count - 1)) % codes.count]
            return [.browse(period, point: point)]
        case .up: highlight = max(0, highlight - 1)
        case .down: highlight = min(max(0, figureCount - 1), highlight + 1)
        case .first: highlight = 0
        case .last: highlight = max(0, figureCount - 1)
        case .nextSection, .previousSection:
            let starts = sectionStarts
            let current = starts.lastIndex { $0 <= highlight } ?? 0
            let target = action == .nextSection ? min(current + 1, starts.count - 1) : (highlight > starts[current] ? current : max(0, current - 1))
            if starts.indices.contains(target) { highlight = starts[target] }
        case .drill:
            guard let (section, figure) = highlighted else { return [] }
            if let handoffs = figure.handoffs {
                return [.push(FigureHandoffsScreen(section: section.title, figure: figure, filter: handoffs, period: period, point: point))]
            }
            guard figure.filter != nil else { return [.status(context.strings(.browserNoContactsBehind), .warning)] }
            return [.push(FigureContactsScreen(section: section.title, figure: figure, period: period, point: point))]
        case .export:
            export = .choosingFormat
        case .exportAs(let document):
            export = .naming(document, TextField(text: period.fileName(point: point, document, isDemo: context.isDemo), maxLength: 400))
        case .write:
            guard case .naming(let document, let field) = export else { return [] }
            let path = field.text.trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return [] }
            return [.exportReport(ReportExport(period: period, point: point, document: document, path: path, isDemo: context.isDemo))]
        case .cancelExport:
            export = nil
        case .segmentTargets:
            return [.push(SegmentTargetsScreen(from: period.from, to: period.to, point: point, context))]
        case .staffing:
            guard context.keepsStaffing else { return [] }
            return [.push(StaffingScreen(context, period: period, point: point ?? context.point.code))]
        }
        return []
    }

    private mutating func show(_ moved: BrowserPeriod) -> [Effect] {
        guard moved != period else { return [] }
        period = moved
        return [.browse(period, point: point)]
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed, .othersSaved, .handoffsMoved:
            return [.browse(period, point: point)]
        case .browsed(let browsed):
            // The same figure stays highlighted where it is still shown.
            let before = highlightedIdentity
            page = browsed
            targetNotes = targets?(browsed.report) ?? Self.targetNotes(browsed.report, context)
            sections = BrowserSection.all(browsed, context)
            let count = figureCount
            highlight = before.flatMap { identity in (0..<count).first { self.identity(of: $0) == identity } }
                ?? min(highlight, max(0, count - 1))
        case .reportExported(let path):
            export = nil
            return [.status(context.strings(.browserExported, ["path": path]), .success)]
        default: break
        }
        return []
    }

    // MARK: - The figures

    var figureCount: Int { sections.reduce(0) { $0 + $1.figures.count } }

    /// The index of each section's first figure (sections without figures are passed over).
    var sectionStarts: [Int] {
        var starts: [Int] = [], at = 0
        for section in sections {
            if !section.figures.isEmpty { starts.append(at) }
            at += section.figures.count
        }
        return starts
    }

    /// What stays highlighted from one period to the next: the contacts a figure selects, or, for a figure without
    /// contacts, its place in its section.
    func identity(of index: Int) -> String? {
        var at = index
        for section in sections {
            if at < section.figures.count {
                let figure = section.figures[at]
                return figure.filter.map { "\($0)" } ?? figure.handoffs.map { "\($0)" } ?? "\(section.title)#\(at)"
            }
            at -= section.figures.count
        }
        return nil
    }

    var highlightedIdentity: String? { identity(of: highlight) }

    /// The highlighted figure and its section.
    var highlighted: (section: BrowserSection, figure: BrowserFigure)? {
        var at = highlight
        for section in sections {
            if at < section.figures.count { return (section, section.figures[at]) }
            at -= section.figures.count
        }
        return nil
    }
}

/// A period's report to write to a file, as `neuvo report --format` prints it.
public struct ReportExport: Equatable, Sendable {
    public let period: BrowserPeriod
    public let point: String?
    public let document: ReportFormat.Document
    /// As typed: relative to the current directory unless it starts with `/`; `~` is `$HOME`.
    public let path: String
    /// Written by the demo: the file's name begins with `DEMO-` whatever was typed (`absolutePath`).
    public var isDemo = false

    /// What begins the name of every file the demo writes: at the front, so that it is seen where a long name is cut
    /// (a mail's attachment, a file list), in capitals as the screens' DEMO mark.
    public static let demoPrefix = "DEMO-"
}
