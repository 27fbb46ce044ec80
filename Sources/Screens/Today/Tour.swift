import Guidance
import Terminal

/// The trainers' guided tour (demo only): a walk through logging a contact, segmenting, referring, handing the
/// client's matter over to a receiving service (sent from the form, taken in the service's queue), following up and
/// browsing a day. Each step is a short hint naming the key to press, drawn in a box over whatever
/// screen is open; the app tells the tour what happened after every key (the screens now open, the outcomes
/// handed back), and a step is done when the app has reached its goal. `leaveKey`, which no screen uses,
/// leaves the tour at any step.
struct Tour {
    enum Step: CaseIterable, Sendable {
        case newContact, openSegmentation, segment, openDirectory, addReferral, handoff, save, openQueue, takeHandoff, followUps, dayBrowser

        /// The hint shown while this step is the current one.
        var hint: StringKey {
            switch self {
            case .newContact: .trainerTourNewContact
            case .openSegmentation: .trainerTourOpenSegmentation
            case .segment: .trainerTourSegment
            case .openDirectory: .trainerTourOpenDirectory
            case .addReferral: .trainerTourReferral
            case .handoff: .trainerTourHandoff
            case .save: .trainerTourSave
            case .openQueue: .trainerTourOpenQueue
            case .takeHandoff: .trainerTourTakeHandoff
            case .followUps: .trainerTourFollowUps
            case .dayBrowser: .trainerTourDayBrowser
            }
        }

        /// The steps taken in the contact form: without a form open, the hint first says how to open one.
        var needsForm: Bool {
            switch self {
            case .openSegmentation, .segment, .openDirectory, .addReferral, .handoff, .save: true
            case .newContact, .openQueue, .takeHandoff, .followUps, .dayBrowser: false
            }
        }

        /// Whether the app has reached the step's goal: `stack` the screens open now, `outcomes` what came back
        /// to the screens since the last key, `sentFrom` the contact the tour's save sent a handoff from (nil: none was).
        func isReached(stack: [any Screen], outcomes: [Outcome], sentFrom: Int64?) -> Bool {
            let top = stack.last
            switch self {
            case .newContact: return top is ContactForm
            case .openSegmentation: return top is SegmentationScreen
            case .segment:
                return outcomes.contains { if case .segmented(_?, _) = $0 { true } else { false } }
            case .openDirectory: return top is DirectoryScreen
            case .addReferral: return outcomes.contains { if case .referralChosen = $0 { true } else { false } }
            case .handoff:
                // The client's yes and every field as the save would send it, the panel closed.
                guard let form = top as? ContactForm, let handoff = form.handoff else { return false }
                return handoff.isComplete && !form.handoffOpen
            case .save: return outcomes.contains { if case .saved = $0 { true } else { false } }
            case .openQueue: return top is QueueScreen
            case .takeHandoff:
                // The handoff sent on the tour (any, when the tour's save sent none), taken.
                guard outcomes.contains(where: { if case .handoffMoved(_, .take, _) = $0 { true } else { false } }) else { return false }
                return sentFrom == nil || (top as? QueueScreen)?.opened?.contactID == sentFrom
            case .followUps: return top is FollowUpsScreen
            case .dayBrowser: return top is DayBrowserScreen
            }
        }
    }

    /// Leaves the tour at any step: a key no screen binds (F9 is the form's handoff).
    static let leaveKey = Key.function(12)
    /// Starts the tour on Today.
    static let startKey = Key.character("g")

    let steps: [Step]
    /// The current step, over `steps`; `steps.count` when the tour is done.
    private(set) var index = 0
    /// The outcomes handed back since the last key.
    private var outcomes: [Outcome] = []
    /// The contact whose save sent a handoff on the tour: the one the queue's step asks to take.
    private(set) var sentFrom: Int64?

    /// The day browser is only for those who see the supervisors' screens.
    init(_ context: AppContext) {
        steps = Step.allCases.filter { $0 != .dayBrowser || context.role.seesSupervisorScreens }
    }

    var step: Step? { steps.indices.contains(index) ? steps[index] : nil }
    var isDone: Bool { step == nil }

    /// Notes an outcome handed back to a screen.
    mutating func observe(_ outcome: Outcome) {
        outcomes.append(outcome)
        if case .saved(let id, let save) = outcome, save.handoff != nil { sentFrom = id }
    }

    /// After a key: moves past every step whose goal is reached.
    mutating func advance(stack: [any Screen]) {
        while let step, step.isReached(stack: stack, outcomes: outcomes, sentFrom: sentFrom) { index += 1 }
        outcomes = []
    }

    // MARK: - Drawing

    /// The current step's hint in a box whose bottom border is on row `bottom`, across the canvas — above the form's
    /// handoff panel while it is open, so that the field being filled stays in sight.
    func render(into canvas: inout Canvas, bottom: Int, stack: [any Screen], _ context: AppContext) {
        guard let step else { return }
        var bottom = bottom
        if let form = stack.last as? ContactForm, form.handoffOpen { bottom -= ContactForm.handoffPanelHeight }
        let s = context.strings
        let width = min(canvas.size.width - 2, 78)
        let x = canvas.size.width - width - 1
        var text: [String] = []
        if step.needsForm, !stack.contains(where: { $0 is ContactForm }) {
            text += TextWidth.wrapped(s(.trainerTourNeedsForm), to: width - 4)
        }
        // Taking the handoff with the queue closed: first how to open it.
        if step == .takeHandoff, !stack.contains(where: { $0 is QueueScreen }) {
            text += TextWidth.wrapped(s(.trainerTourOpenQueue), to: width - 4)
        }
        text += TextWidth.wrapped(s(step.hint), to: width - 4)
        let top = bottom - text.count - 1
        guard top >= 1 else { return }
        canvas.clear(x: x, y: top, width: width, height: text.count + 2)
        // The box hides what is under it from clicks too.
        canvas.cover(x: x, y: top, width: width, height: text.count + 2)
        let title = " " + s(.trainerTourTitle, ["step": String(index + 1), "steps": String(steps.count)]) + " "
        let leave = " " + s(.trainerTourLeave, ["key": Self.leaveKey.name]) + " "
        border(into: &canvas, x: x, y: top, width: width, left: "┌", right: "┐", label: title, style: .header)
        for (row, line) in text.enumerated() {
            canvas.put("│", x: x, y: top + 1 + row, style: .key)
            canvas.put(line, x: x + 2, y: top + 1 + row, maxWidth: width - 4)
            canvas.put("│", x: x + width - 1, y: top + 1 + row, style: .key)
        }
        border(into: &canvas, x: x, y: bottom, width: width, left: "└", right: "┘", label: leave, style: .muted)
        // A click on "F12 ends the tour" ends it, as F12 does (a key some terminals keep for themselves).
        canvas.mark(x: x + 2, y: bottom, width: min(TextWidth.of(leave), width - 4), keys: [Self.leaveKey])
    }

    /// A horizontal border with `label` after its first two columns.
    private func border(into canvas: inout Canvas, x: Int, y: Int, width: Int, left: String, right: String, label: String, style: Style) {
        canvas.put(left + String(repeating: "─", count: width - 2) + right, x: x, y: y, style: .key)
        canvas.put(label, x: x + 2, y: y, style: style, maxWidth: width - 4)
    }
}
