import Guidance
import Store
import Terminal

/// The receiving service's queue (CONTRACT §9): open handoffs to the login's services, urgent first, then oldest, each
/// with its age. Enter opens one — its details shown, the store writing an audit row naming the login and the handoff —
/// where it is taken, each try recorded (reached or no answer), and it is closed with a result or returned with a
/// reason, each in a key or two. A screen of the app's one loop: a new handoff shows within the app's tick of its
/// commit (`Outcome.handoffsMoved`), no key pressed.
public struct QueueScreen: Screen {
    enum Action: Sendable {
        case open, back, take, attempt(reached: Bool), close, result(HandoffResult), giveBack, confirmReturn, cancelStep, move
    }

    /// The services shown (nil: every service the login receives for).
    let services: [String]?
    /// nil until the store has answered.
    var queue: [Handoff]?
    var navigator = ListNavigator()
    /// The handoff opened, with its details.
    var opened: Handoff?
    /// Choosing the result it closes with.
    var closing = false
    /// The reason it is returned with, while it is typed.
    var reason: TextField?
    var reasonProblem: String?

    static let pageHeight = 14

    public init(services: [String]?) {
        self.services = services
    }

    // MARK: - Keys

    func keyMap(_ context: AppContext) -> KeyMap<Action> {
        let s = context.strings
        if reason != nil {
            return KeyMap([
                .init([.enter], .confirmReturn, label: s(.screenHandoffKeyConfirm), inFooter: true),
                .init([.escape], .cancelStep, label: s(.screenHandoffKeyCancelStep), inFooter: true),
            ])
        }
        if closing {
            return KeyMap([
                .init([.character("1")], .result(.reached), label: s(.reportHandoffResultReached), inFooter: true),
                .init([.character("2")], .result(.notReached), label: s(.reportHandoffResultNotReached), inFooter: true),
                .init([.character("3")], .result(.declined), label: s(.reportHandoffResultDeclined), inFooter: true),
                .init([.escape], .cancelStep, label: s(.screenHandoffKeyCancelStep), inFooter: true),
            ])
        }
        if let opened {
            let taken = opened.state == .taken
            return KeyMap([
                .init([.character("o")], .take, label: s(.screenHandoffKeyTake), inFooter: opened.state == .sent),
                .init([.character("v")], .attempt(reached: true), label: s(.screenHandoffKeyReached), inFooter: taken),
                .init([.character("e")], .attempt(reached: false), label: s(.screenHandoffKeyNoAnswer), inFooter: taken),
                .init([.character("s")], .close, label: s(.screenHandoffKeyClose), inFooter: taken),
                .init([.character("p")], .giveBack, label: s(.screenHandoffKeyReturn), inFooter: opened.state != .closed),
                .init([.escape, .character("q")], .back, label: s(.keyBack), footer: .kept),
            ])
        }
        let listed = !(queue?.isEmpty ?? true)
        return KeyMap([
            .init([.enter], .open, label: s(.screenHandoffKeyOpen), footer: listed ? .kept : FooterPlace.helpOnly),
            .init([.escape, .character("q")], .back, label: s(.keyQuit), footer: .kept),
            .moving(.move, label: s(.keyMoveInList)),
        ])
    }

    public func keyHelp(_ context: AppContext) -> [KeyHelp] { keyMap(context).keyHelp }

    public func title(_ context: AppContext) -> String { context.strings(.screenHandoffQueueTitle) }
    public func guide(_ context: AppContext) -> String? { context.strings(.screenHandoffQueueGuide) }

    public mutating func paste(_ text: String, _ context: AppContext) -> [Effect] {
        _ = reason?.paste(text)
        return []
    }

    public mutating func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        if case .move? = keyMap(context).action(for: key) {
            _ = navigator.handle(key, count: queue?.count ?? 0, height: context.pageRows(at80x24: Self.pageHeight))
            return []
        }
        if let action = keyMap(context).action(for: key) { return update(action, context) }
        if var field = reason {
            _ = field.handle(key)
            reason = field
            reasonProblem = HandoffDetails.checkText(field.text, .reason, limit: HandoffDetails.reasonLimit)
                .flatMap { $0.key == .handoffFieldMissing ? nil : $0.message(context.strings) }
        }
        return []
    }

    mutating func update(_ action: Action, _ context: AppContext) -> [Effect] {
        switch action {
        case .open:
            guard let queue, queue.indices.contains(navigator.selected) else { return [] }
            return [.openHandoff(queue[navigator.selected].id)]
        case .back:
            if opened != nil {
                opened = nil
                return [.loadQueue(services: services)]
            }
            return [.pop(nil)]
        case .take:
            guard let opened else { return [] }
            return [.moveHandoff(id: opened.id, .take)]
        case .attempt(let reached):
            guard let opened else { return [] }
            return [.moveHandoff(id: opened.id, .attempt(reached: reached))]
        case .close:
            closing = true
        case .result(let result):
            guard let opened else { return [] }
            closing = false
            return [.moveHandoff(id: opened.id, .close(result))]
        case .giveBack:
            reason = TextField(maxLength: HandoffDetails.reasonLimit)
            reasonProblem = nil
        case .confirmReturn:
            guard let opened, let text = reason?.text else { return [] }
            if let problem = HandoffDetails.checkText(text, .reason, limit: HandoffDetails.reasonLimit, required: true) {
                reasonProblem = problem.message(context.strings)
                return []
            }
            return [.moveHandoff(id: opened.id, .giveBack(reason: text.trimmingCharacters(in: .whitespaces)))]
        case .move: break
        case .cancelStep:
            closing = false
            reason = nil
            reasonProblem = nil
        }
        return []
    }

    public mutating func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] {
        let s = context.strings
        switch outcome {
        case .resumed, .handoffsMoved:
            return [.loadQueue(services: services)]
        case .handoffQueue(let list):
            queue = list
            navigator.clamp(count: list.count, height: context.pageRows(at80x24: Self.pageHeight))
        case .handoffOpened(let handoff):
            opened = handoff
        case .handoffMoved(let id, let move, _):
            let id = String(id)
            switch move {
            case .take:
                return [.openHandoff(Int64(id)!), .status(s(.screenHandoffTaken, ["id": id]), .success)]
            case .attempt:
                return [.openHandoff(Int64(id)!), .status(s(.screenHandoffTrySaved, ["id": id]), .success)]
            case .close(let result):
                opened = nil
                return [.loadQueue(services: services), .status(s(.screenHandoffClosed, ["id": id, "result": Self.resultLabel(result, context)]), .success)]
            case .giveBack:
                opened = nil
                reason = nil
                return [.loadQueue(services: services), .status(s(.screenHandoffReturned, ["id": id]), .success)]
            case .resend: break
            }
        default: break
        }
        return []
    }

    // MARK: - Drawing

    static func resultLabel(_ result: HandoffResult, _ context: AppContext) -> String {
        let s = context.strings
        switch result {
        case .reached: return s(.reportHandoffResultReached)
        case .notReached: return s(.reportHandoffResultNotReached)
        case .declined: return s(.reportHandoffResultDeclined)
        case .returned: return s(.reportHandoffResultReturned)
        }
    }

    /// `12 min`, `5 h`, `3 pv`: how long a handoff has waited.
    static func age(_ handoff: Handoff, _ context: AppContext) -> String {
        let minutes = handoff.ageMinutes(at: context.clock())
        if minutes < 60 { return context.strings(.screenHandoffAgeMinutes, ["n": String(minutes)]) }
        if minutes < 48 * 60 { return context.strings(.screenHandoffAgeHours, ["n": String(minutes / 60)]) }
        return context.strings(.screenHandoffAgeDays, ["n": String(minutes / 1440)])
    }

    static func stateLabel(_ state: HandoffState, _ context: AppContext) -> String {
        switch state {
        case .sent: context.strings(.screenHandoffStateSent)
        case .taken: context.strings(.screenHandoffStateTaken)
        case .closed: context.strings(.screenHandoffStateClosed)
        }
    }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) {
        if let opened { return renderOpened(opened, into: &canvas, area: area, context) }
        let s = context.strings
        guard let queue else { return }
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        let shown = (services ?? Array(Set(queue.map(\.record.service))).sorted())
            .map { context.vocabulary.referral.label($0, in: context.language) }.joined(separator: ", ")
        canvas.putCut(s(.screenHandoffQueueServices, ["services": shown, "count": String(queue.count)]), x: x, y: y, style: .muted, maxWidth: width)
        y += 2
        guard !queue.isEmpty else {
            canvas.putWrapped(s(.screenHandoffQueueEmpty), x: x, y: y, width: width, style: .muted)
            return
        }
        let titles = s(.screenHandoffColumns).split(separator: "|").map(String.init)
        let widths = [8, 13, max(10, width - 8 - 13 - 9 - 10 - 12), 9, 10, 12]
        func row(_ cells: [String], y: Int, style: Style) {
            var cx = x
            for (index, cell) in cells.enumerated() where index < widths.count {
                canvas.put(TextWidth.truncated(cell, to: widths[index] - 1), x: cx, y: y, style: style)
                cx += widths[index]
            }
        }
        row(titles, y: y, style: .header)
        y += 1
        let height = area.bottom - y
        let nav = navigator.window(count: queue.count, height: height)
        nav.drawSign(into: &canvas, x: x, y: y + nav.rows.count, width: width, count: queue.count, context)
        for (line, index) in nav.rows.enumerated() {
            let handoff = queue[index]
            let urgent = handoff.record.urgency == .urgent
            let urgency = s(.screenHandoffUrgencies).split(separator: "|").map(String.init)[urgent ? 1 : 0]
            let selected = index == nav.selected
            if selected { canvas.clear(x: x, y: y + line, width: width, height: 1, style: .selection) }
            row([
                Self.age(handoff, context), urgency, context.vocabulary.referral.label(handoff.record.service, in: context.language),
                Self.stateLabel(handoff.state, context), String(handoff.record.tries), handoff.record.point,
            ], y: y + line, style: selected ? .selection : urgent ? .warning : .normal)
            canvas.mark(x: area.x, y: y + line, width: area.width, keys: nav.keys(clicking: index))
        }
    }

    private func renderOpened(_ handoff: Handoff, into canvas: inout Canvas, area: Area, _ context: AppContext) {
        let s = context.strings
        let x = area.x + 2, width = area.width - 4
        var y = area.y + 1
        let sent = handoff.record.sentAt
        canvas.putCut(s(.screenHandoffDetailsOf, [
            "id": String(handoff.id), "sent": "\(sent.date.dayAndMonth) \(sent.clockTime) (\(Self.age(handoff, context)))",
            "service": context.vocabulary.referral.label(handoff.record.service, in: context.language),
        ]), x: x, y: y, style: .header, maxWidth: width)
        y += 1
        let urgencies = s(.screenHandoffUrgencies).split(separator: "|").map(String.init)
        canvas.putCut(
            "\(s(.screenHandoffUrgency)): \(urgencies[handoff.record.urgency == .urgent ? 1 : 0]) · \(Self.stateLabel(handoff.state, context))",
            x: x, y: y, style: handoff.record.urgency == .urgent ? .warning : .normal, maxWidth: width)
        y += 2
        let labelWidth = 17
        func line(_ label: StringKey, _ value: String?) {
            guard y < area.bottom else { return }
            canvas.putCut(s(label), x: x, y: y, style: .muted, maxWidth: labelWidth - 1)
            y += max(1, canvas.putWrapped(value ?? "–", x: x + labelWidth, y: y, width: width - labelWidth, maxLines: 4))
        }
        if let details = handoff.details {
            let languages = s(.screenHandoffLanguages).split(separator: "|").map(String.init)
            line(.screenHandoffName, details.name)
            line(.screenHandoffPhone, details.phone)
            line(.screenHandoffLanguage, details.language.flatMap { HandoffLanguage.allCases.firstIndex(of: $0) }.map { languages[$0] })
            line(.screenHandoffWhen, details.when)
            line(.screenHandoffNote, details.note)
        } else {
            canvas.putCut(s(.screenHandoffDetailsErased), x: x, y: y, style: .muted, maxWidth: width)
            y += 1
        }
        y += 1
        let tries = handoff.tries.map { "\($0.at.clockTime) " + s($0.reached ? .screenHandoffTryReached : .screenHandoffTryNoAnswer) }
        canvas.putCut(s(.screenHandoffTries, ["tries": tries.isEmpty ? "–" : tries.joined(separator: ", ")]), x: x, y: y, maxWidth: width)
        y += 2
        if closing, y < area.bottom {
            canvas.putCut(s(.screenHandoffCloseChoices), x: x, y: y, style: .warning, maxWidth: width)
        } else if let reason, y < area.bottom {
            let label = s(.screenHandoffReturnReason) + ": "
            let used = canvas.put(label, x: x, y: y, maxWidth: width)
            reason.render(into: &canvas, x: x + used, y: y, width: width - used, focused: true, style: reasonProblem == nil ? .normal : .warning)
            if let reasonProblem, y + 1 < area.bottom { canvas.putCut("! " + reasonProblem, x: x, y: y + 1, style: .error, maxWidth: width) }
        }
    }
}
