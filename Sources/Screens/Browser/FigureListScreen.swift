import Guidance
import Store
import Terminal

/// What the day browser lists behind a figure: contacts (`LoggedContact`) or handoffs (`HandoffRecord`), each read for
/// the figure by its own effect a page at a time, drawn as one row of a table, and shown whole by Enter
/// (`RecordDetailScreen`).
protocol FigureRecord: Sendable {
    /// Which of the period's records the figure counts.
    associatedtype Filter: Equatable & Sendable
    /// A record's place in the list, for the page after or before it.
    associatedtype PageKey: Equatable & Sendable
    static var titleKey: StringKey { get }
    static var guideKey: StringKey { get }
    static var emptyKey: StringKey { get }
    /// Whether a moved handoff reads the list again.
    static var followsHandoffs: Bool { get }
    var pageKey: PageKey { get }
    /// Reads at most `limit` records from `page`, and how many the list has when `counted`.
    static func load(_ period: BrowserPeriod, point: String?, filter: Filter, page: PageStart<PageKey>, limit: Int, counted: Bool) -> Effect
    /// The page an outcome brings, if it is this list's.
    static func page(in outcome: Outcome) -> RecordPage<Self, PageKey>?
    /// The line under the figure's name: the period, the place and how many (`figure`: the figure's own number).
    static func summary(count: Int, figure: Int, filter: Filter, period: BrowserPeriod, point: String?, _ context: AppContext) -> String
    /// The table's columns at `width`, the point's among them when the list is of all points.
    static func table(width: Int, showsPoint: Bool, _ context: AppContext) -> RecordTable<Self>
    /// Every field of the record as stored, each with its label, for the detail view.
    func details(_ context: AppContext) -> [(label: String, value: String)]
}

/// The records behind one figure of the day browser, as the store selects them for that figure; Enter shows the
/// highlighted one whole, Esc goes back to the figures. One screen for contacts and handoffs alike.
///
/// The list is never read whole: the store counts it, then gives the rows on screen a page at a time ("after this
/// key, N rows"); moving past what was read (↓, PgDn, the wheel, End, back up, Home) reads the page it reaches. What
/// was read stays, one run of rows `loaded` from row `first` of the list.
struct FigureListScreen<Record: FigureRecord>: Screen {
    enum Action: Equatable, Sendable { case back, open, move }

    /// `Kanava: Puhelin`: the section and the figure.
    let name: String
    let filter: Record.Filter
    let period: BrowserPeriod
    let point: String?
    /// The figure's own number (for a figure of referrals, the referrals).
    let figure: Int
    /// The rows read, from row `first` of the list; nil until the store has answered.
    var loaded: [Record]?
    var first = 0
    /// How many rows the list has, as counted (or as found at its end).
    var total = 0
    /// The page asked for and not yet given.
    var waiting: PageStart<Record.PageKey>?
    var navigator = ListNavigator()

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static var pageHeight: Int { 15 }

    init(section: String, figure: BrowserFigure, filter: Record.Filter, period: BrowserPeriod, point: String?) {
        name = section + ": " + figure.label.trimmingCharacters(in: .whitespaces)
        self.filter = filter
        self.period = period
        self.point = point
        self.figure = figure.value
    }

    /// The rows read, while they are the whole list (the tests' small lists); nil before the store has answered.
    var records: [Record]? { loaded }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        let listed = total > 0
        return KeyMap([
            .init([.enter], .open, label: s(.figureListKeyOpen), footer: listed ? .kept : FooterPlace.helpOnly),
            .init([.escape, .character("q"), .backspace], .back, label: s(.keyBack), footer: .kept),
            .moving(.move, label: s(.keyMoveInList)),
        ])
    }

    func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }
    func title(_ context: AppContext) -> String { context.strings(Record.titleKey) }
    func guide(_ context: AppContext) -> String? { context.strings(Record.guideKey) }

    /// The rows a page holds: two screenfuls, so that PgDn reads at most one page, and at least 64, so that a terminal
    /// made taller after the page was read (a resize reaches no screen) still finds its rows read.
    static func pageSize(_ context: AppContext) -> Int { max(64, 2 * context.pageRows(at80x24: pageHeight)) }

    mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        switch keyMap(context).action(for: key) {
        case .back: return [.pop(nil)]
        case .open:
            guard let loaded, (first..<first + loaded.count).contains(navigator.selected) else { return [] }
            return [.push(RecordDetailScreen(
                title: context.strings(Record.titleKey), heading: name, index: navigator.selected - first, count: loaded.count,
                record: { loaded[$0].details(context) }))]
        case .move:
            _ = navigator.handle(key, count: total, height: context.pageRows(at80x24: Self.pageHeight))
            return pageToRead(context)
        case nil: break
        }
        return []
    }

    /// Reads the list anew: counted, from its first page.
    private mutating func reload(_ context: AppContext) -> [Effect] {
        waiting = .first
        return [Record.load(period, point: point, filter: filter, page: .first, limit: Self.pageSize(context), counted: true)]
    }

    /// The page that holds the rows around the selection not read yet, if any (one at a time).
    private mutating func pageToRead(_ context: AppContext) -> [Effect] {
        guard waiting == nil, let loaded, total > 0 else { return [] }
        let height = context.pageRows(at80x24: Self.pageHeight), size = Self.pageSize(context)
        // Every row a window of the list's height with the selection in it can show.
        let wanted = max(0, navigator.selected - height)..<min(total, navigator.selected + height + 1)
        let read = first..<first + loaded.count
        let start: PageStart<Record.PageKey>
        if wanted.upperBound > read.upperBound {
            if let last = loaded.last, wanted.lowerBound < read.upperBound + size { start = .after(last.pageKey) }
            else { start = total - wanted.lowerBound <= size ? .last : loaded.last.map { .after($0.pageKey) } ?? .first }
        } else if wanted.lowerBound < read.lowerBound {
            if let head = loaded.first, wanted.upperBound > read.lowerBound - size { start = .before(head.pageKey) }
            else { start = wanted.upperBound <= size ? .first : loaded.first.map { .before($0.pageKey) } ?? .first }
        } else {
            return []
        }
        waiting = start
        return [Record.load(period, point: point, filter: filter, page: start, limit: size, counted: false)]
    }

    mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        if case .resumed = outcome, loaded == nil { return reload(context) }
        if case .handoffsMoved = outcome, Record.followsHandoffs { return reload(context) }
        guard let page = Record.page(in: outcome), page.start == waiting else { return [] }
        waiting = nil
        let rows = page.records, size = Self.pageSize(context)
        if let counted = page.total { total = counted }
        switch page.start {
        case .first:
            (loaded, first) = (rows, 0)
            if rows.count < size { total = rows.count }
        case .last:
            loaded = rows
            if rows.count < size { total = rows.count }
            first = max(0, total - rows.count)
        case .after:
            loaded = (loaded ?? []) + rows
            // The list's end is where a page comes short.
            if rows.count < size { total = first + loaded!.count }
        case .before:
            loaded = rows + (loaded ?? [])
            first -= rows.count
            if rows.count < size || first < 0 {
                // The list's start: what the count said was before it is not there (or more is).
                total += -first
                first = 0
            }
        }
        total = max(total, first + (loaded?.count ?? 0))
        navigator.clamp(count: total, height: context.pageRows(at80x24: Self.pageHeight))
        return pageToRead(context)
    }

    func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard let loaded else { return }
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        canvas.put(TextWidth.truncated(name, to: width), x: x, y: y, style: .header)
        y += 1
        let summary = Record.summary(count: total, figure: figure, filter: filter, period: period, point: point, context)
        y += canvas.putWrapped(summary, x: x, y: y, width: width, style: .muted)
        y += 1
        guard total > 0 else {
            canvas.put(context.strings(Record.emptyKey), x: x, y: y, style: .muted, maxWidth: width)
            return
        }
        let table = Record.table(width: width, showsPoint: point == nil, context)
        table.header(into: &canvas, x: x, y: y)
        y += 1
        let window = navigator.window(count: total, height: area.bottom - y)
        for (row, index) in window.rows.enumerated() {
            // A row not read yet (its page is on its way) stays blank.
            if (first..<first + loaded.count).contains(index) {
                table.row(loaded[index - first], into: &canvas, x: x, y: y + row, selected: index == window.selected)
            }
            canvas.mark(x: area.x, y: y + row, width: area.width, keys: window.keys(clicking: index))
        }
        window.drawSign(into: &canvas, x: x, y: y + window.rows.count, width: width, count: total, context)
    }
}

/// The contacts behind a figure.
typealias FigureContactsScreen = FigureListScreen<LoggedContact>
/// The handoffs behind a handoff figure, without personal details (CONTRACT §9).
typealias FigureHandoffsScreen = FigureListScreen<HandoffRecord>

extension FigureListScreen where Record == LoggedContact {
    init(section: String, figure: BrowserFigure, period: BrowserPeriod, point: String?) {
        self.init(section: section, figure: figure, filter: figure.filter ?? .all, period: period, point: point)
    }

    var contacts: [LoggedContact]? { records }
}

extension FigureListScreen where Record == HandoffRecord {
    var handoffs: [HandoffRecord]? { records }
}

/// A table of records: column titles, then one row per record, cut values ending in "…".
struct RecordTable<Record> {
    struct Column {
        let title: String
        /// The text's width; one space follows.
        let width: Int
        let value: (Record) -> (String, Style)
    }

    let columns: [Column]
    let width: Int

    func header(into canvas: inout Canvas, x: Int, y: Int) {
        var column = x
        for c in columns {
            canvas.put(TextWidth.truncated(c.title, to: c.width), x: column, y: y, style: .header)
            column += c.width + 1
        }
    }

    func row(_ record: Record, into canvas: inout Canvas, x: Int, y: Int, selected: Bool) {
        var column = x
        for c in columns {
            let (text, style) = c.value(record)
            canvas.put(TextWidth.truncated(text, to: c.width), x: column, y: y, style: style)
            column += c.width + 1
        }
        if selected {
            canvas.paint(x: x - 1, y: y, width: width + 2, style: .selection)
            canvas.focus(x: x, y: y)
        }
    }
}

// MARK: - Contacts

extension LoggedContact: FigureRecord {
    static var titleKey: StringKey { .browserContactsTitle }
    static var guideKey: StringKey { .browserContactsGuide }
    static var emptyKey: StringKey { .browserContactsEmpty }
    static var followsHandoffs: Bool { false }

    var pageKey: ContactKey { ContactKey(self) }

    static func load(_ period: BrowserPeriod, point: String?, filter: ContactFilter, page: PageStart<ContactKey>, limit: Int, counted: Bool) -> Effect {
        .loadFigureContacts(from: period.from, to: period.to, point: point, filter: filter, page: page, limit: limit, counted: counted)
    }

    static func page(in outcome: Outcome) -> ContactPage? {
        if case .figureContacts(let page) = outcome { return page }
        return nil
    }

    static func summary(count: Int, figure: Int, filter: ContactFilter, period: BrowserPeriod, point: String?, _ context: AppContext) -> String {
        let s = context.strings
        var summary = s(.browserContactsSummary, ["period": period.title(context), "point": context.pointName(point), "count": String(count)])
        switch filter {
        case .referralKind, .referralOutcome:
            // The figure counts referrals (of the kind, or with the outcome); a contact may have several.
            summary += s(.browserContactsReferrals, ["count": String(figure)])
        default: break
        }
        return summary
    }

    /// Day, time, [point,] channel, topics, referrals, outcome: `ContactTable`'s, as Today and follow-ups show them.
    static func table(width: Int, showsPoint: Bool, _ context: AppContext) -> RecordTable<LoggedContact> {
        let contacts = ContactTable(width: width, context, showsDay: true, showsPoint: showsPoint)
        return RecordTable(columns: contacts.columns.map { .init(title: $0.title, width: $0.width, value: $0.value) }, width: width)
    }

    /// Every field of the contact as stored but the client's pseudonym (whether there is one is said), in the order of
    /// the contact's CSV row, then what the log knows of it: whether it waits for a follow-up, and whether the client
    /// came again.
    func details(_ context: AppContext) -> [(label: String, value: String)] {
        let s = context.strings, v = context.vocabulary, language = context.language, c = contact
        let none = "–"
        func list(_ codes: [String], _ field: CodeList) -> String {
            codes.isEmpty ? none : codes.map { field.label($0, in: language) }.joined(separator: ", ")
        }
        let yes = s(.yes), no = s(.no)
        let referrals = c.referrals.isEmpty ? none : c.referrals.map { code in
            v.referral.label(code, in: language) + " (" + v.referralOutcome.label(c.outcome(of: code), in: language) + ")"
        }.joined(separator: ", ")
        let followUp: String = switch followUp {
        case .settled: s(.outcomeResolved)
        case .open: s(.outcomeFollowUp)
        case .done(let note, _): s(.outcomeFollowUpDone) + (note.isEmpty ? "" : ": " + note)
        }
        return [
            (s(.detailWhen), c.occurredAt.date.written + " " + c.occurredAt.clockTime),
            (s(.browserColumnPoint), context.pointName(c.point)),
            (s(.fieldChannel), v.channel.label(c.channel, in: language)),
            (s(.fieldContactBy), v.contactBy.label(c.contactBy, in: language)),
            (s(.fieldReason), c.reason.map { v.reason.label($0, in: language) } ?? none),
            (s(.fieldTopics), list(c.topics, v.topic)),
            (s(.fieldReferrals), referrals),
            (s(.fieldUnmetNeeds), list(c.unmetNeeds, v.unmetNeed)),
            (s(.fieldConsultation), c.consultation.map { v.consultation.label($0, in: language) } ?? none),
            (s(.fieldResolved), c.resolved ? yes : no),
            (s(.fieldIdentified), c.identified ? yes : no),
            (s(.fieldAgeGroup), v.ageGroup.label(c.ageGroup, in: language)),
            (s(.detailServiceArea), c.serviceArea.map { v.serviceArea.label($0, in: language) } ?? none),
            (s(.fieldDuration), c.durationMinutes.map { s(.detailMinutes, ["minutes": String($0)]) } ?? none),
            (s(.detailSegment), c.segment.map { v.segment.label($0.rawValue, in: language) } ?? none),
            (s(.fieldSatisfaction), c.satisfaction.map(String.init) ?? none),
            (s(.detailClientRef), c.clientRef == nil ? no : s(.detailClientRefKept)),
            (s(.detailAdvisor), c.advisor ?? none),
            (s(.columnOutcome), followUp),
            (s(.detailRepeat), hasRepeat ? yes : no),
        ]
    }
}

// MARK: - Handoffs

extension HandoffRecord: FigureRecord {
    static var titleKey: StringKey { .browserHandoffListTitle }
    static var guideKey: StringKey { .browserHandoffListGuide }
    static var emptyKey: StringKey { .browserHandoffListEmpty }
    static var followsHandoffs: Bool { true }

    /// The handoffs come whole, one page: the handoff store reads a period's handoffs at once (a few hundred a month),
    /// and the list filters them (`HandoffFilter.matches`).
    var pageKey: Timestamp { sentAt }

    static func load(_ period: BrowserPeriod, point: String?, filter: HandoffFilter, page: PageStart<Timestamp>, limit: Int, counted: Bool) -> Effect {
        .loadFigureHandoffs(from: period.from, to: period.to, point: point, filter: filter)
    }

    static func page(in outcome: Outcome) -> RecordPage<HandoffRecord, Timestamp>? {
        if case .figureHandoffs(let list) = outcome { return RecordPage(start: .first, records: list, total: list.count) }
        return nil
    }

    static func summary(count: Int, figure: Int, filter: HandoffFilter, period: BrowserPeriod, point: String?, _ context: AppContext) -> String {
        context.strings(.browserHandoffListSummary, ["period": period.title(context), "point": context.pointName(point), "count": String(count)])
    }

    /// `1,5` hours from one instant to the other, or `–`.
    static func hours(_ from: Timestamp, _ to: Timestamp?, _ context: AppContext) -> String {
        to.map { context.reportFormat.decimal(Ratio(Int($0.instant - from.instant), of: 3600), ReportFormat.hoursDecimals) } ?? "–"
    }

    /// Where the handoff stands: its result once closed, else sent or taken.
    func stateText(_ context: AppContext) -> (String, Style) {
        if closedAt != nil { return (context.reportFormat.handoffResultLabel(result?.rawValue ?? HandoffFigures.open), result == .reached ? .success : .normal) }
        return (context.strings(takenAt == nil ? .screenHandoffStateSent : .screenHandoffStateTaken), .warning)
    }

    /// Sent, [point,] service, urgency, state or result, hours to take, hours to close, tries; the point and the service
    /// share what the fixed columns leave.
    static func table(width: Int, showsPoint: Bool, _ context: AppContext) -> RecordTable<HandoffRecord> {
        typealias Column = RecordTable<HandoffRecord>.Column
        let s = context.strings, language = context.language
        let titles = s(.browserHandoffColumns).split(separator: "|").map(String.init)
        func title(_ n: Int) -> String { titles.indices.contains(n) ? titles[n] : "" }
        func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text }
        let sent = Column(title: title(0), width: 12) { ($0.sentAt.date.dayAndMonth + " " + $0.sentAt.clockTime, .normal) }
        let urgency = Column(title: title(3), width: 7) { ($0.urgency == .urgent ? s(.browserHandoffUrgentMark) : "", .warning) }
        let state = Column(title: title(4), width: width >= 100 ? 24 : 18) { $0.stateText(context) }
        let take = Column(title: title(5), width: 7) { (right(hours($0.sentAt, $0.takenAt, context), 7), .normal) }
        let close = Column(title: title(6), width: 7) { (right(hours($0.sentAt, $0.closedAt, context), 7), .normal) }
        let tries = Column(title: title(7), width: 5) { (right(String($0.tries), 5), .normal) }
        let fixed = [sent, urgency, state, take, close, tries]
        let rest = max(12, width - fixed.reduce(0) { $0 + $1.width + 1 })
        let list = context.vocabulary.referral
        let service = Column(title: title(2), width: showsPoint ? rest - rest / 2 : rest) { (list.label($0.service, in: language), .normal) }
        guard showsPoint else { return RecordTable(columns: [sent, service, urgency, state, take, close, tries], width: width) }
        let point = Column(title: title(1), width: rest / 2 - 1) { (context.pointName($0.point), .normal) }
        return RecordTable(columns: [sent, point, service, urgency, state, take, close, tries], width: width)
    }

    /// Every figure the handoff keeps (the CSV kind `handoffs`' columns): never a name, phone, time to call or note.
    func details(_ context: AppContext) -> [(label: String, value: String)] {
        let s = context.strings
        let titles = s(.browserHandoffColumns).split(separator: "|").map(String.init)
        func title(_ n: Int) -> String { titles.indices.contains(n) ? titles[n] : "" }
        func when(_ t: Timestamp?) -> String { t.map { $0.date.written + " " + $0.clockTime } ?? "–" }
        return [
            (title(0), when(sentAt)),
            (title(1), context.pointName(point)),
            (title(2), context.vocabulary.referral.label(service, in: context.language)),
            (title(3), urgency == .urgent ? s(.browserHandoffUrgentMark) : "–"),
            (title(4), stateText(context).0),
            (s(.detailTaken), when(takenAt)),
            (s(.detailClosed), when(closedAt)),
            (s(.detailHoursToTake), Self.hours(sentAt, takenAt, context)),
            (s(.detailHoursToClose), Self.hours(sentAt, closedAt, context)),
            (s(.detailTries), String(tries)),
        ]
    }
}
