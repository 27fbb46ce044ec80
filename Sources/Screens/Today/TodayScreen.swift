import Guidance
import Store
import Terminal

/// The home screen: today's contacts at the advisor's point, the day's counters, and the main keys.
public struct TodayScreen: Screen {
    enum Action: Sendable { case new, open, followUps, directory, resumeDraft, changePoint, quit, tour, resetDemo, browser, queue, move }

    var overview: DayOverview?
    var navigator = ListNavigator()
    /// Drafts are offered once, at the first load after the start.
    var draftsOffered = false

    /// The contact list's height at 80 × 24.
    static let listHeight = 17

    public init() {}

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        // A supervisor on a shared database writes no contact: no new contact is offered, nor a draft to go on with.
        var bindings: [KeyMap<Action>.Binding] = context.writesContacts
            ? [.init([.character("n"), .function(2)], .new, label: s(.keyNewContact), footer: .kept)] : []
        bindings += [
            .init([.enter, .character("e")], .open, label: s(.keyOpenContact), inFooter: !(overview?.contacts.isEmpty ?? true)),
            .init([.character("f")], .followUps, label: s(.keyFollowUps), inFooter: true),
            .init([.character("p"), .function(4)], .directory, label: s(.keyDirectory), inFooter: true),
        ]
        if context.writesContacts, !(overview?.drafts.isEmpty ?? true) {
            bindings.append(.init([.character("r")], .resumeDraft, label: s(.keyResumeDraft), inFooter: true))
        }
        bindings.append(.init([.character("c")], .changePoint, label: s(.keyChangePoint)))
        if context.role.seesSupervisorScreens {
            // A supervisor's: right after the new contact, so that the footer shows it at 80 columns too. A trainer's
            // footer keeps the advisor's keys there (the tour names b when it comes to the browser).
            let browser = KeyMap<Action>.Binding([.character("b")], .browser, label: s(.browserKeyOpen), footer: .kept)
            if context.isDemo { bindings.append(browser) } else { bindings.insert(browser, at: context.writesContacts ? 1 : 0) }
        }
        if context.isDemo {
            // The tour right after the new contact, so that the footer shows it at 80 columns too.
            bindings.insert(
                .init([Tour.startKey], .tour, label: s(.trainerKeyTour), footer: .kept, footerEntry: (Tour.startKey.name, s(.trainerKeyTourShort))),
                at: context.writesContacts ? 1 : 0)
            bindings.append(.init([.character("R")], .resetDemo, label: s(.trainerKeyReset)))
            // The trainer plays the receiving service here too (as in a second terminal with `neuvo queue`).
            bindings.append(.init([.character("j")], .queue, label: s(.trainerKeyQueue)))
        }
        bindings.append(.init([.character("q"), .function(10)], .quit, label: s(.keyQuit), footer: .kept))
        bindings.append(.moving(.move, label: s(.keyMoveInList)))
        return KeyMap(bindings)
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    public func title(_ context: AppContext) -> String { context.strings(.todayTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.todayGuide) }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        let contacts = overview?.contacts ?? []
        if let action = keyMap(context).action(for: key) {
            switch action {
            case .new: return [.push(ContactForm(context))]
            case .open:
                guard navigator.selected < contacts.count else { return [] }
                return [.loadContact(contacts[navigator.selected].id)]
            case .followUps: return [.push(FollowUpsScreen(context))]
            case .directory: return [.push(DirectoryScreen(choosing: false, context))]
            case .resumeDraft:
                guard let draft = overview?.drafts.first else { return [] }
                return resume(draft, context)
            case .changePoint:
                return [.push(PointChoiceScreen(context.points, language: context.language, current: context.point.code))]
            case .quit: return [.quit]
            case .tour: return [.startTour]
            case .browser: return [.push(DayBrowserScreen(context))]
            case .queue: return [.push(QueueScreen(services: nil))]
            case .move:
                _ = navigator.handle(key, count: contacts.count, height: context.pageRows(at80x24: Self.listHeight))
                return []
            case .resetDemo:
                let s = context.strings
                return [.push(ConfirmScreen(
                    title: s(.trainerResetTitle), question: s(.trainerResetQuestion), choices: s(.trainerResetChoices), onYes: [.resetDemo]))]
            }
        }
        return []
    }

    func resume(_ draft: Draft, _ context: AppContext) -> [Effect] {
        guard let form = ContactForm(draft: draft, context) else {
            return [.deleteDraft(draft.id), .status(context.strings(.draftUnreadable), .warning), .loadDay(context.today)]
        }
        return [.push(form)]
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        switch outcome {
        case .resumed, .othersSaved:
            return [.loadDay(context.today)]
        case .day(let day):
            overview = day
            navigator.clamp(count: day.contacts.count, height: context.pageRows(at80x24: Self.listHeight))
            if !draftsOffered, context.writesContacts, let draft = day.drafts.first {
                draftsOffered = true
                return [.push(DraftOfferScreen(draft: draft, context))]
            }
            draftsOffered = true
        case .contactLoaded(let contact, let assessment):
            return [.push(ContactForm(editing: contact, assessment: assessment, context))]
        case .resumeDraft(let draft):
            return resume(draft, context)
        case .demoReset:
            return [.loadDay(context.today), .status(context.strings(.trainerResetDone), .success)]
        default: break
        }
        return []
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        guard let overview else { return }
        let report = overview.report
        var y = area.y + 1
        var x = area.x + 2
        let counters: [(String, String, Style)] = [
            (s(.todayContacts), String(report.contacts), .normal),
            (s(.todayResolvedShare), report.contacts == 0 ? "–" : Self.percent(report.resolved, of: report.contacts), .normal),
            (s(.todayOpenFollowUps), String(overview.openFollowUps), overview.openFollowUps > 0 ? .warning : .normal),
        ]
        for (label, value, style) in counters {
            x += canvas.put(label + " ", x: x, y: y, style: .muted)
            x += canvas.put(value, x: x, y: y, style: style) + 4
        }
        y += 1
        if context.writesContacts, let draft = overview.drafts.first {
            let time = FormDraft.read(draft.form).flatMap { try? Timestamp(iso: $0.openedAt) }?.clockTime ?? ""
            canvas.putCut(s(.todayDraftWaiting, ["count": String(overview.drafts.count), "time": time]), x: area.x + 2, y: y, style: .warning, maxWidth: area.width - 4)
        }
        y += 1
        let table = ContactTable(width: area.width - 4, context)
        table.header(into: &canvas, x: area.x + 2, y: y)
        y += 1
        guard !overview.contacts.isEmpty else {
            canvas.putWrapped(s(.todayEmpty), x: area.x + 2, y: y + 1, width: area.width - 4, style: .muted)
            return
        }
        let window = navigator.window(count: overview.contacts.count, height: area.bottom - y)
        for (row, index) in window.rows.enumerated() {
            table.row(overview.contacts[index], into: &canvas, x: area.x + 2, y: y + row, selected: index == window.selected)
            canvas.mark(x: area.x, y: y + row, width: area.width, keys: window.keys(clicking: index))
        }
        window.drawSign(into: &canvas, x: area.x + 2, y: y + window.rows.count, width: area.width - 4, count: overview.contacts.count, context)
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        "\((part * 100 + whole / 2) / whole) %"
    }
}
