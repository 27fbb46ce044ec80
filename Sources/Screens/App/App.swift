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
    /// The warm handoffs' store (both backends keep them; nil for a log that keeps none).
    let handoffs: (any HandoffStore)?
    private(set) var stack: [any Screen] = []
    private var status: (text: String, style: Style)?
    /// Since when the database has been busy or out of reach, and which (nil while all is well): a line says so until
    /// the database answers again.
    private var unavailable: (since: Timestamp, error: StoreError)?
    /// Saves the database could not take yet, oldest first (`keep`).
    public private(set) var pendingSaves: [ContactToSave] = []
    /// The form whose draft the database could not take, until it can.
    private var formKeptLocally: String?
    /// Writes the forms not yet in the database to a private file on this machine (nil in tests): what a crash while
    /// the database is busy or out of reach would otherwise lose.
    let keepFormsLocally: (([String]) throws -> Void)?
    /// The trainers' guided tour while it runs.
    private(set) var tour: Tour?
    public private(set) var isRunning = true
    /// The idle cover (CONTRACT §11, `privacy.idle_minutes`): this many seconds after the last key, the screens cover
    /// everything but their header until a key is pressed; nil (or 0): never.
    public var idleCoverAfter: Double?
    /// The cover is up: the next key (click, paste) only takes it away.
    public private(set) var isCovered = false

    /// Keys that work on every screen, after the screen's own.
    enum GlobalAction: Sendable { case help, quit }

    var globalKeys: KeyMap<GlobalAction> { Self.globalKeys(context) }

    /// The keys of every screen, for handling, help and the manual alike.
    static func globalKeys(_ context: AppContext) -> KeyMap<GlobalAction> {
        KeyMap([
            .init([.function(1)], .help, label: context.strings(.keyHelp), footer: .kept),
            .init([.control("c")], .quit, label: context.strings(.keyQuitAnywhere)),
        ])
    }

    public init(
        log: any ContactLog, context: AppContext, first: any Screen = TodayScreen(), rememberPoint: ((AdvicePoint) throws -> Void)? = nil,
        resetDemo: ((any ContactLog) throws -> Void)? = nil, keepFormsLocally: (([String]) throws -> Void)? = nil
    ) {
        self.log = log
        self.handoffs = log as? any HandoffStore
        self.context = context
        self.rememberPoint = rememberPoint
        self.resetDemo = resetDemo
        self.keepFormsLocally = keepFormsLocally
        // The store's first answer is always yes: taken here, so that the tick says only what moved since the start.
        _ = try? handoffs?.handoffsChanged()
        push(first)
    }

    /// The screen on top.
    public var top: (any Screen)? { stack.last }

    // MARK: - The loop

    /// Runs until the user quits or the terminal's input ends (a closed window, a lost SSH session): the one loop of
    /// every screen, the kiosk, the board and the mood question too. Each key, click, paste and resize goes to the
    /// screen on top (`press`); when none comes in time the screen on top ticks (`tick`): each `seconds` for a screen
    /// that watches others' saves (`refreshIfOthersSaved`, so that what others save shows without a key press), and
    /// when the screen's own timeouts are due (`Screen.tickDue`: the kiosk's, the board's second). `uptime` is a
    /// monotonic clock in seconds (injected in tests).
    public func run(
        on terminal: any Terminal, checkingEvery seconds: Double = 1, uptime: () -> Double = { ProcessInfo.processInfo.systemUptime }
    ) {
        terminal.present(frame(size: terminal.size))
        var lastKey = uptime()
        while isRunning {
            let idle = uptime() - lastKey
            var wait = top?.tickDue(idle: idle, context)
            if top?.watchesSaves ?? true { wait = min(wait ?? seconds, seconds) }
            if let cover = coverDue, !isCovered { wait = min(wait ?? cover - idle, cover - idle) }
            guard let key = terminal.readKey(timeout: wait.map { max(0.01, $0) }) else {
                if terminal.inputEnded { return }
                let idle = uptime() - lastKey
                let covers = !isCovered && coverDue.map { idle >= $0 } == true
                if covers { isCovered = true }
                if tick(idle: idle) || covers { terminal.present(frame(size: terminal.size)) }
                continue
            }
            if key == .resize, isCovered {
                // A new size is no key of the user's: the cover is drawn again at it, and stays.
                terminal.present(frame(size: terminal.size))
                continue
            }
            lastKey = uptime()
            if isCovered {
                // The key that takes the cover away does nothing else: not typed, not saved, not acted on.
                isCovered = false
                terminal.present(frame(size: terminal.size))
                continue
            }
            if terminal.size.isBigEnough || key == .control("c") || top?.ownsTerminal == true { press(key) }
            terminal.present(frame(size: terminal.size))
        }
    }

    /// When the idle cover is due, in seconds after the last key: never on a screen with the terminal to itself (the
    /// client's kiosk, the wall's board, the mood question), which shows no client's data and is meant to be seen while
    /// no one types.
    private var coverDue: Double? {
        guard let after = idleCoverAfter, after > 0, top?.ownsTerminal != true else { return nil }
        return after
    }

    /// No key came in time, `idle` seconds after the last: the screen on top ticks, and a screen that watches saves
    /// reads what others saved. True when the frame should be drawn again (a screen with the terminal to itself is
    /// drawn afresh on each of its ticks: the board's clock, the kiosk's timeouts).
    @discardableResult
    public func tick(idle: Double) -> Bool {
        guard var screen = stack.popLast() else { return false }
        let effects = screen.tick(idle: idle, context)
        stack.append(screen)
        perform(effects)
        var changed = !effects.isEmpty || screen.ownsTerminal
        if screen.watchesSaves { changed = refreshIfOthersSaved() || changed }
        return changed
    }

    /// What the app asks when the user leaves with a key (the advisor's mood question, `MoodQuestion`): the screen
    /// returned, if any, takes the terminal, and the app ends when it is done. Asked once; nil: none.
    public var whenLeaving: (() -> (any Screen)?)?

    /// The user leaves: the question asked on leaving, if any, else the end of the loop.
    private func leave() {
        if let question = whenLeaving?() {
            whenLeaving = nil
            stack = [question]
            tour = nil
            status = nil
            deliver(.resumed)
            return
        }
        isRunning = false
    }

    /// When someone else has saved, the screen on top reads its data again (`Outcome.othersSaved`); the saves that
    /// waited for the database are written; while the database cannot be reached, a line says since when. True when
    /// the frame changed.
    @discardableResult
    public func refreshIfOthersSaved() -> Bool {
        do {
            let saved = try log.othersHaveSaved()
            // A lost connection is over once the server answers; a busy or full database, only once a write goes through.
            let wasLost = unavailable.map { ![StoreError.busy, .diskFull].contains($0.error) } ?? false
            if wasLost { unavailable = nil }
            let written = writePendingSaves()
            if (saved || wasLost) && !written { deliver(.othersSaved) }
            // A handoff sent, moved or erased (by anyone): the queue and follow-ups read theirs again.
            let moved = try handoffs?.handoffsChanged() ?? false
            if moved { deliver(.handoffsMoved) }
            return saved || wasLost || written || moved
        } catch {
            let before = unavailable?.error
            noteUnavailable(error)
            // Drawn again when the database went away, or its reason changed (lost, then refused for its limit).
            return before == nil || before != unavailable?.error
        }
    }

    /// One key, with everything it leads to.
    public func press(_ key: Key) {
        guard key != .resize, !stack.isEmpty else { return }
        status = nil
        if tour != nil, key == Tour.leaveKey { return leaveTour() }
        defer { advanceTour() }
        if case .pointer(let pointer) = key { return click(pointer) }
        var screen = stack.removeLast()
        if case .paste(let text) = key {
            let effects = screen.paste(text, context)
            stack.append(screen)
            return perform(effects)
        }
        let effects = screen.handle(key, context)
        stack.append(screen)
        if effects.isEmpty, !screen.ownsTerminal, let global = globalKeys.action(for: key) {
            switch global {
            case .help:
                let minutes = idleCoverAfter.map { Int(($0 / 60).rounded()) }
                push(HelpScreen(for: screen, global: globalKeys.keyHelp, idleCoverMinutes: minutes, context))
            case .quit: leave()
            }
            return
        }
        perform(effects)
    }

    /// The frame last drawn, for what a click presses (`Canvas.Region`).
    private var drawn: Canvas?

    /// A click or tap presses the keys marked where it lands on the frame last drawn (nothing where none are); the
    /// wheel moves as ↑ and ↓ do.
    private func click(_ pointer: Pointer) {
        for key in drawn?.keys(for: pointer) ?? [] where isRunning { press(key) }
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
                if stack.isEmpty { return leave() }
                if let outcome { deliver(outcome) }
                deliver(.resumed)
            case .quit: leave()
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
                    // A busy or unreachable database's failure is the standing note's to say.
                    if case .failed(let message) = outcome, unavailable == nil { status = (message, .error) }
                    deliver(outcome)
                }
            }
        }
    }

    /// Runs one store effect; its outcome goes back to the screen that asked (a failure as `.failed`). A busy or
    /// unreachable database is noted (`unavailable`) until it answers again.
    private func run(_ effect: Effect) -> Outcome? {
        do {
            let outcome = try runOnStore(effect)
            // The database answered (a save it could not take is the one answer that says otherwise).
            if case .savePending = outcome {} else { unavailable = nil }
            return outcome
        } catch {
            noteUnavailable(error)
            return .failed(context.strings.message(forStoreFailure: error))
        }
    }

    /// The line that stands while the database is away: since when it has been busy or out of reach, and how many
    /// saves wait on this machine.
    private var standingNote: (String, Style)? {
        guard let (since, error) = unavailable else { return nil }
        let waiting = pendingSaves.isEmpty ? "" : context.strings(.appSavePending, ["count": String(pendingSaves.count)])
        return (context.strings.standingNote(for: error, since: since.clockTime, waiting: waiting), .warning)
    }

    /// Notes a busy or unreachable database, since the first failure; the note says the latest reason (a connection
    /// lost, then refused for the server's connection limit when neuvo connects again).
    private func noteUnavailable(_ error: any Error) {
        guard let temporary = StoreError.temporary(error) else { return }
        unavailable = (unavailable?.since ?? context.clock(), temporary)
    }

    private func runOnStore(_ effect: Effect) throws -> Outcome? {
        let point = context.point.code
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
            do {
                let id = try write(save)
                forgetKeptForm(of: save)
                return .saved(id: id, save)
            } catch where StoreError.temporary(error) != nil {
                noteUnavailable(error)
                keep(save)
                return .savePending(save)
            }
        case .saveDraft(let id, let form):
            do {
                let saved = try log.saveDraft(id: id, form: form, point: point, by: context.actor("contact"))
                if formKeptLocally != nil {
                    formKeptLocally = nil
                    keepLocally()
                }
                return .draftSaved(saved)
            } catch where StoreError.temporary(error) != nil {
                // Everything typed stays: on this machine until the database takes the draft again.
                formKeptLocally = form
                keepLocally()
                throw error
            }
        case .deleteDraft(let id):
            try log.deleteDraft(id: id, by: context.actor("contact"))
            return nil
        case .markFollowUpDone(let id, let note):
            try log.markFollowUpDone(contactID: id, note: note, by: context.actor("follow-ups"))
            return .followUpDone(id)
        case .setReferralOutcome(let id, let referral, let outcome, let clientRef):
            try log.setReferralOutcome(
                contactID: id, referral: referral, outcome: outcome, clientRef: clientRef,
                by: context.actor(clientRef == nil ? "follow-ups" : "contact"))
            return .referralOutcomeSet(contactID: id, referral: referral, outcome: outcome)
        case .browse(let period, let point):
            return try period.load(from: log, point: point, context)
        case .loadFigureContacts(let from, let to, let point, let filter, let page, let limit, let counted):
            let actor = context.actor("browser")
            let total = counted ? try log.countContacts(from: from, to: to, point: point, matching: filter, by: actor) : nil
            return .figureContacts(ContactPage(
                start: page, records: try log.contacts(from: from, to: to, point: point, matching: filter, page: page, limit: limit, by: actor),
                total: total))
        case .loadFigureHandoffs(let from, let to, let point, let filter):
            return .figureHandoffs(
                try handoffStore().handoffRecords(from: from, to: to, point: point, by: context.actor("browser")).filter(filter.matches))
        case .exportReport(let export):
            return try export.write(from: log, context)
        case .loadSegmentShares(let from, let to, let point):
            return .segmentShares(
                try log.segmentShares(from: from, to: to, point: point, targets: context.catalog.segmentTargets, by: context.actor("segment targets")))
        case .loadStaffing(let from, let to, let point):
            return .staffing(try staffing(from: from, to: to, point: point))
        case .saveStaffing(let rows, let period):
            try log.saveRecords(rows.map(EvaluationRecord.staffing), details: nil, by: context.actor("staffing"))
            return .staffingSaved(rows, held: try staffing(from: period.from, to: period.to, point: rows.first?.point ?? context.point.code))
        case .resetDemo:
            guard context.isDemo, let resetDemo else { return nil }
            try resetDemo(log)
            return .demoReset
        case .loadQueue(let services):
            return .handoffQueue(try handoffStore().handoffQueue(services: services, by: context.actor("queue")))
        case .openHandoff(let id):
            return .handoffOpened(try handoffStore().openHandoff(id: id, by: context.actor("queue")))
        case .moveHandoff(let id, let move):
            let store = try handoffStore()
            var newID: Int64?
            switch move {
            case .take: try store.takeHandoff(id: id, by: context.actor("queue"))
            case .attempt(let reached): try store.recordHandoffTry(id: id, reached: reached, by: context.actor("queue"))
            case .close(let result): try store.closeHandoff(id: id, result: result, by: context.actor("queue"))
            case .giveBack(let reason): try store.returnHandoff(id: id, reason: reason, by: context.actor("queue"))
            case .resend(let service): newID = try store.resendHandoff(id: id, to: service, by: context.actor("follow-ups"))
            }
            return .handoffMoved(id: id, move, newID: newID)
        case .loadSentHandoffs:
            return .sentHandoffs(
                try handoffStore().sentHandoffs(points: [point], since: try followUpsSince(context.today), by: context.actor("follow-ups")))
        case .push, .pop, .quit, .status, .choosePoint, .startTour, .deliverBelow:
            return nil
        }
    }

    private func handoffStore() throws -> any HandoffStore {
        guard let handoffs else { throw HandoffError.refused(reason: context.strings(.screenHandoffQueueEmpty)) }
        return handoffs
    }

    /// A point's staffing rows over a period, by day.
    private func staffing(from: CivilDate, to: CivilDate, point: String) throws -> [StaffingDay] {
        try log.records(.staffing, from: from, to: to, point: point, audited: false, by: context.actor("staffing")).compactMap {
            if case .staffing(let day) = $0 { day } else { nil }
        }
    }

    // MARK: - Saves the database could not take yet

    /// Saves a contact, new or edited, as the form asked.
    private func write(_ save: ContactToSave) throws -> Int64 {
        let actor = context.actor("contact")
        let id: Int64
        if let editing = save.editing {
            try log.update(id: editing, to: save.contact, assessment: save.assessment, chain: save.chain, replacingDraft: save.draft, by: actor)
            id = editing
        } else {
            id = try log.log(
                save.contact, assessment: save.assessment, chain: save.chain, closing: save.closing, replacingDraft: save.draft,
                token: save.token, by: actor)
        }
        // The handoff goes with the saved contact; tried again (a lost connection), the store gives back the open one.
        if let request = save.handoff { _ = try handoffStore().sendHandoff(request, fromContact: id, by: actor) }
        return id
    }

    /// A save the database could not take (busy with another process's import, out of reach, its disk full) waits in memory and on
    /// this machine; the advisor goes on, and `writePendingSaves` writes it as soon as the database takes it.
    private func keep(_ save: ContactToSave) {
        pendingSaves.append(save)
        // The waiting save holds the form: a draft of it kept earlier would come back beside it at the next start.
        if formKeptLocally.map({ Self.token(of: $0) == save.token }) == true { formKeptLocally = nil }
        keepLocally()
    }

    /// Once `save` is written, the draft of its form that the database could not take (kept on this machine) goes:
    /// the next start must not offer a saved contact back as unsaved.
    private func forgetKeptForm(of save: ContactToSave) {
        guard let kept = formKeptLocally, Self.token(of: kept) == save.token else { return }
        formKeptLocally = nil
        keepLocally()
    }

    /// The save's token a kept form carries (`FormDraft.saveToken`).
    public static func token(of form: String) -> String? { FormDraft.read(form)?.saveToken }

    /// Writes the waiting saves in the order they were made, each with its own token, so that none is done twice;
    /// stops at the first the database cannot take yet. True when any was written.
    private func writePendingSaves() -> Bool {
        var written = 0
        while let save = pendingSaves.first {
            do {
                _ = try write(save)
            } catch where StoreError.temporary(error) != nil {
                break
            } catch {
                // Refused for good (the server's rules changed meanwhile): said, and kept on this machine.
                status = (context.strings.message(forStoreFailure: error), .error)
                break
            }
            pendingSaves.removeFirst()
            forgetKeptForm(of: save)
            written += 1
        }
        guard written > 0 else { return false }
        keepLocally()
        status = (context.strings(.appSavesWritten, ["count": String(written)]), .success)
        deliver(.othersSaved)
        return true
    }

    /// The forms of the waiting saves and of a draft the database did not take, on this machine (`keepFormsLocally`).
    private func keepLocally() {
        try? keepFormsLocally?(pendingSaves.compactMap(\.form) + (formKeptLocally.map { [$0] } ?? []))
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
        if let screen = top, screen.ownsTerminal {
            // The whole terminal is the screen's, at any size (it says itself when the terminal is too small).
            screen.render(into: &canvas, area: Area(x: 0, y: 0, width: size.width, height: size.height), context)
            drawn = canvas
            return canvas
        }
        guard size.isBigEnough else {
            Chrome.tooSmall(into: &canvas, context)
            canvas.focus(x: 0, y: 0)
            return canvas
        }
        guard let screen = top else { return canvas }
        // Before a point is chosen there is none to name.
        Chrome.header(into: &canvas, title: screen.title(context), showPoint: !(screen is PointChoiceScreen), context)
        if isCovered {
            // Nothing of the screen's below the header: no form, no list, no status line, no footer, no tour.
            let minutes = String(Int(((idleCoverAfter ?? 0) / 60).rounded()))
            canvas.putWrapped(
                context.strings(.privacyCover, ["minutes": minutes]), x: 2, y: size.height / 2 - 1, width: size.width - 4, style: .muted)
            canvas.focus(x: 0, y: 0)
            drawn = canvas
            return canvas
        }
        let body = Area(x: 0, y: 1, width: size.width, height: size.height - 3)
        screen.render(into: &canvas, area: body, context)
        canvas.focusByDefault(x: body.x, y: body.y, width: body.width, height: body.height)
        if let status = status ?? standingNote {
            canvas.clear(y: size.height - 2, height: 1)
            canvas.put(" " + status.0, x: 0, y: size.height - 2, style: status.1)
        }
        tour?.render(into: &canvas, bottom: size.height - 3, stack: stack, context)
        Chrome.footer(into: &canvas, keys: screen.keyHelp(context).filter(\.inFooter) + globalKeys.keyHelp.filter(\.inFooter), context)
        drawn = canvas
        return canvas
    }
}

extension Strings {
    /// Why the handoffs' store refused, naming the handoff or the field.
    func message(forHandoff error: HandoffError) -> String {
        switch error {
        case .notFound(let id): self(.handoffNotFound, ["id": String(id)])
        case .wrongState(let id, let reason): self(.handoffWrongState, ["id": String(id), "reason": reason])
        case .invalid(let problem): problem.message(self)
        case .refused(let reason): reason
        }
    }

    /// What a screen says when the store failed: a `StoreError`'s message, a busy or unreachable database's (whichever
    /// backend said so), else the failure as it came.
    func message(forStoreFailure error: any Error) -> String {
        if let error = error as? HandoffError { return message(forHandoff: error) }
        if let error = error as? StoreError ?? StoreError.temporary(error) { return message(for: error) }
        return self(.storeFailed, ["reason": "\(error)"])
    }
}
