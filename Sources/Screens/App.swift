import Foundation
import Guidance
import Store
import Terminal

/// The app: a stack of screens over the contact log. It reads a key, lets the top screen (or the global
/// keys) turn it into effects, runs those against the store, hands the outcomes back, and draws a frame.
public final class App {
    public private(set) var context: AppContext
    /// Remembers the advisor's point (the command writes the config file); nil in tests.
    let rememberPoint: ((AdvicePoint) throws -> Void)?
    /// The trainers' reset: fresh synthetic contacts in the demo database (nil outside the demo).
    let resetDemo: ((any ContactLog) throws -> Void)?
    let log: any ContactLog
    private(set) var stack: [any Screen] = []
    private var status: (text: String, style: Style)?
    /// Since when the database cannot be reached (nil while it can): shown in the status line until it can again.
    private var connectionLostSince: Timestamp?
    /// The trainers' guided tour while it runs.
    private(set) var tour: Tour?
    public private(set) var isRunning = true

    /// Keys that work on every screen, after the screen's own.
    enum GlobalAction: Sendable { case help, quit }

    var globalKeys: KeyMap<GlobalAction> {
        KeyMap([
            .init([.function(1)], .help, label: context.strings(.keyHelp), inFooter: true),
            .init([.control("c")], .quit, label: context.strings(.keyQuitAnywhere)),
        ])
    }

    public init(
        log: any ContactLog, context: AppContext, first: any Screen = TodayScreen(), rememberPoint: ((AdvicePoint) throws -> Void)? = nil,
        resetDemo: ((any ContactLog) throws -> Void)? = nil
    ) {
        self.log = log
        self.context = context
        self.rememberPoint = rememberPoint
        self.resetDemo = resetDemo
        push(first)
    }

    /// The screen on top.
    public var top: (any Screen)? { stack.last }

    // MARK: - The loop

    /// Runs until the user quits or the terminal's input ends (a closed window, a lost SSH session). Each second
    /// without a key it asks the store whether anyone else has saved, so that what others save shows without a key
    /// press (`refreshIfOthersSaved`).
    public func run(on terminal: any Terminal, checkingEvery seconds: Double = 1) {
        terminal.present(frame(size: terminal.size))
        while isRunning {
            guard let key = terminal.readKey(timeout: seconds) else {
                if terminal.inputEnded { return }
                if refreshIfOthersSaved() { terminal.present(frame(size: terminal.size)) }
                continue
            }
            if terminal.size.isBigEnough || key == .control("c") { press(key) }
            terminal.present(frame(size: terminal.size))
        }
    }

    /// When someone else has saved, the screen on top reads its data again (`Outcome.othersSaved`); while the
    /// database cannot be reached, a line says since when. True when the frame changed.
    @discardableResult
    public func refreshIfOthersSaved() -> Bool {
        do {
            let saved = try log.othersHaveSaved()
            let wasLost = connectionLostSince != nil
            connectionLostSince = nil
            if saved { deliver(.othersSaved) }
            return saved || wasLost
        } catch {
            guard connectionLostSince == nil else { return false }
            connectionLostSince = context.clock()
            return true
        }
    }

    /// One key, with everything it leads to.
    public func press(_ key: Key) {
        guard key != .resize, !stack.isEmpty else { return }
        status = nil
        if tour != nil, key == Tour.leaveKey { return leaveTour() }
        defer { advanceTour() }
        var screen = stack.removeLast()
        let effects = screen.handle(key, context)
        stack.append(screen)
        if effects.isEmpty, let global = globalKeys.action(for: key) {
            switch global {
            case .help: push(HelpScreen(for: screen, global: globalKeys.keyHelp, context))
            case .quit: isRunning = false
            }
            return
        }
        perform(effects)
    }

    // MARK: - Effects

    private func push(_ screen: any Screen) {
        stack.append(screen)
        deliver(.resumed)
    }

    private func deliver(_ outcome: Outcome) {
        guard !stack.isEmpty else { return }
        tour?.observe(outcome)
        var screen = stack.removeLast()
        let effects = screen.receive(outcome, context)
        stack.append(screen)
        perform(effects)
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .push(let screen): push(screen)
            case .pop(let outcome):
                stack.removeLast()
                if stack.isEmpty {
                    isRunning = false
                    return
                }
                if let outcome { deliver(outcome) }
                deliver(.resumed)
            case .quit: isRunning = false
            case .choosePoint(let point):
                do {
                    try rememberPoint?(point)
                } catch {
                    status = ("\(error)", .error)
                }
                context = context.at(point)
                stack = []
                push(TodayScreen())
                status = (context.strings(.pointChosen, ["point": point.name[context.language]]), .success)
            case .status(let text, let style): status = (text, style)
            case .deliverBelow(let outcome):
                guard stack.count >= 2 else { break }
                let top = stack.removeLast()
                deliver(outcome)
                stack.append(top)
            case .startTour: tour = Tour(context)
            default:
                if let outcome = run(effect) {
                    if case .failed(let message) = outcome { status = (message, .error) }
                    deliver(outcome)
                }
            }
        }
    }

    /// Runs one store effect; its outcome goes back to the screen that asked.
    private func run(_ effect: Effect) -> Outcome? {
        let point = context.point.code
        do {
            switch effect {
            case .loadDay(let day):
                return .day(try log.overview(of: day, point: point, followUpsSince: try followUpsSince(day), by: context.actor("today")))
            case .loadFollowUps:
                return .followUps(try log.followUps(point: point, since: try followUpsSince(context.today), by: context.actor("follow-ups")))
            case .loadContact(let id):
                guard let (contact, assessment) = try log.contact(id: id, by: context.actor("contact")) else { return nil }
                return .contactLoaded(contact, assessment)
            case .loadEarlier(let clientRef, let before):
                return .earlier(clientRef: clientRef, try log.earlierContacts(clientRef: clientRef, before: before, by: context.actor("contact")))
            case .saveContact(let save):
                let actor = context.actor("contact")
                let id: Int64
                if let editing = save.editing {
                    try log.update(
                        id: editing, to: save.contact, assessment: save.assessment, chain: save.chain, replacingDraft: save.draft, by: actor)
                    id = editing
                } else {
                    id = try log.log(
                        save.contact, assessment: save.assessment, chain: save.chain, closing: save.closing, replacingDraft: save.draft,
                        by: actor)
                }
                return .saved(id: id, save)
            case .saveDraft(let id, let form):
                return .draftSaved(try log.saveDraft(id: id, form: form, point: point, by: context.actor("contact")))
            case .deleteDraft(let id):
                try log.deleteDraft(id: id, by: context.actor("contact"))
                return nil
            case .markFollowUpDone(let id, let note):
                try log.markFollowUpDone(contactID: id, note: note, by: context.actor("follow-ups"))
                return .followUpDone(id)
            case .browse(let period, let point):
                return try period.load(from: log, point: point, context)
            case .loadFigureContacts(let from, let to, let point, let filter):
                return .figureContacts(try log.contacts(from: from, to: to, point: point, matching: filter, by: context.actor("browser")))
            case .exportReport(let export):
                return try export.write(from: log, context)
            case .loadSegmentShares(let from, let to, let point):
                return .segmentShares(
                    try log.segmentShares(from: from, to: to, point: point, targets: context.catalog.segmentTargets, by: context.actor("segment targets")))
            case .resetDemo:
                guard context.isDemo, let resetDemo else { return nil }
                try resetDemo(log)
                return .demoReset
            case .push, .pop, .quit, .status, .choosePoint, .startTour, .deliverBelow:
                return nil
            }
        } catch let error as StoreError {
            return .failed(context.strings.message(for: error))
        } catch {
            return .failed(context.strings(.storeFailed, ["reason": "\(error)"]))
        }
    }

    /// After each key: the tour moves past the steps whose goals the app has reached, and says when it is done.
    private func advanceTour() {
        tour?.advance(stack: stack)
        guard tour?.isDone == true else { return }
        tour = nil
        status = (context.strings(.trainerTourDone), .success)
    }

    private func leaveTour() {
        tour = nil
        status = (context.strings(.trainerTourLeft, ["key": Tour.startKey.name]), .muted)
    }

    /// Follow-ups older than the follow-up window are out of the queue: by then the matter has lapsed, and a
    /// return after that is not a repeat either (CONTRACT §4).
    private func followUpsSince(_ day: CivilDate) throws -> CivilDate {
        let hours = try log.followUpWindowHours()
        return day.adding(days: -(hours + 23) / 24)
    }

    // MARK: - Drawing

    /// The whole screen: header, the top screen's body, a status line and the footer of main keys.
    public func frame(size: Size) -> Canvas {
        context.rows = size.height
        var canvas = Canvas(size: size)
        guard size.isBigEnough else {
            Chrome.tooSmall(into: &canvas, context)
            return canvas
        }
        guard let screen = top else { return canvas }
        // Before a point is chosen there is none to name.
        Chrome.header(into: &canvas, title: screen.title(context), showPoint: !(screen is PointChoiceScreen), context)
        screen.render(into: &canvas, area: Area(x: 0, y: 1, width: size.width, height: size.height - 3), context)
        let lost = connectionLostSince.map { (context.strings(.connectionLost, ["time": $0.clockTime]), Style.warning) }
        if let status = status ?? lost {
            canvas.clear(y: size.height - 2, height: 1)
            canvas.put(" " + status.0, x: 0, y: size.height - 2, style: status.1)
        }
        tour?.render(into: &canvas, bottom: size.height - 3, stack: stack, context)
        Chrome.footer(into: &canvas, keys: screen.keyHelp(context).filter(\.inFooter) + globalKeys.keyHelp.filter(\.inFooter), context)
        return canvas
    }
}
