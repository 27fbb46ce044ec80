import Guidance
import Store
import Terminal

/// The contacts behind one figure of the day browser — day, time, channel, topics, referrals, outcome; never a
/// pseudonym — as the store selects them for that figure. Esc goes back to the figures.
public struct FigureContactsScreen: Screen {
    enum Action: Equatable, Sendable { case back }

    /// `Kanava: Puhelin`: the section and the figure.
    let name: String
    let filter: ContactFilter
    let period: BrowserPeriod
    let point: String?
    /// nil until the store has answered.
    var contacts: [LoggedContact]?
    var navigator = ListNavigator()

    /// The list's height at 80 × 24: PgUp and PgDn move by it and by every row more the terminal has.
    static let pageHeight = 15

    init(section: String, figure: BrowserFigure, period: BrowserPeriod, point: String?) {
        name = section + ": " + figure.label.trimmingCharacters(in: .whitespaces)
        filter = figure.filter ?? .all
        self.period = period
        self.point = point
    }

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        KeyMap([.init([.escape, .character("q"), .backspace], .back, label: context.strings(.keyBack), inFooter: true)])
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] {
        keyMap(context).keyHelp + [KeyHelp(keys: "↑/↓", label: context.strings(.keyMoveInList), inFooter: false)]
    }

    public func title(_ context: AppContext) -> String { context.strings(.browserContactsTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.browserContactsGuide) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if keyMap(context).action(for: key) == .back { return [.pop(nil)] }
        _ = navigator.handle(key, count: contacts?.count ?? 0, height: context.pageRows(at80x24: Self.pageHeight))
        return []
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed where contacts == nil:
            return [.loadFigureContacts(from: period.from, to: period.to, point: point, filter: filter)]
        case .figureContacts(let list):
            contacts = list
            navigator.clamp(count: list.count, height: context.pageRows(at80x24: Self.pageHeight))
        default: break
        }
        return []
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        guard let contacts else { return }
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        canvas.put(name, x: x, y: y, style: .header, maxWidth: width)
        y += 1
        let place = context.pointName(point)
        var summary = s(.browserContactsSummary, ["period": period.title(context), "point": place, "count": String(contacts.count)])
        if case .referralKind(let kind) = filter {
            // The figure counts referrals of the kind; a contact may have several.
            let referrals = contacts.reduce(0) { sum, logged in
                sum + logged.contact.referrals.filter { context.vocabulary.referral[$0]?.kind == kind }.count
            }
            summary += s(.browserContactsReferrals, ["count": String(referrals)])
        }
        if case .referralOutcome(let outcome) = filter {
            // The figure counts referrals with the outcome; a contact may have several.
            let referrals = contacts.reduce(0) { sum, logged in
                sum + logged.contact.referrals.filter { logged.contact.outcome(of: $0) == outcome }.count
            }
            summary += s(.browserContactsReferrals, ["count": String(referrals)])
        }
        y += canvas.putWrapped(summary, x: x, y: y, width: width, style: .muted)
        y += 1
        guard !contacts.isEmpty else {
            canvas.put(s(.browserContactsEmpty), x: x, y: y, style: .muted, maxWidth: width)
            return
        }
        let table = ContactTable(width: width, context, showsDay: true, showsPoint: point == nil)
        table.header(into: &canvas, x: x, y: y)
        y += 1
        let height = area.bottom - y
        var nav = navigator
        nav.clamp(count: contacts.count, height: height)
        for (row, index) in nav.visible(count: contacts.count, height: height).enumerated() {
            table.row(contacts[index], into: &canvas, x: x, y: y + row, selected: index == nav.selected)
            canvas.mark(x: area.x, y: y + row, width: area.width, keys: nav.keys(clicking: index))
        }
    }
}
