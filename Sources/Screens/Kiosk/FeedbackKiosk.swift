import Foundation
import Guidance
import Store
import Terminal

/// The feedback kiosk (`neuvo feedback`, CONTRACT §7): a client's anonymous answer, on a screen of its own. The client
/// chooses a language, answers how likely they would recommend the service (0–10, required: digits or arrows highlight
/// a box, `1` `0` being 10 as written, and Enter stores the highlighted one), whether the matter was
/// settled and whether they were sent from one place to another (both skippable), sees a thank-you and the kiosk is
/// back at the start. Nothing on the screen shows a time, a contact or an earlier answer; a minute without a key goes
/// back to the start and keeps nothing half-answered. Only staff's key combination (`staffExit`) leaves.
///
/// A screen of the app's one loop (`App.run`) with the terminal to itself: its keys, taps and ticks come from there.
///
/// An answer is saved only when complete, without an audit row (`details: nil`: an audit row's time would tie it to a
/// time of day). An answer the database does not take waits in memory (and through `keepLocally` on this machine) and
/// is saved with the next one, or on the next retry; the client sees the same thank-you either way.
public final class FeedbackKiosk {
    public enum Step: Equatable, Sendable { case language, nps, settled, bounced, thanks }

    /// Staff leave with Ctrl-X and then q: two keys no client presses by accident (Esc and q alone do nothing).
    public static let staffExit: [Key] = [.control("x"), .character("q")]
    /// How `--help` and the README write `staffExit`.
    public static var staffExitName: String { staffExit.map(\.name).joined(separator: " ") }
    /// Without a key this long, a half-answered form is dropped and the kiosk is back at the start.
    public static let defaultIdleSeconds: Double = 60
    /// How long the thank-you stays.
    public static let defaultThanksSeconds: Double = 6
    /// How often answers waiting for the database are tried again.
    public static let retrySeconds: Double = 5

    /// Saves answers in one transaction (`ContactLog.saveRecords` without an audit row).
    let save: ([EvaluationRecord]) throws -> Void
    let strings: Strings
    public let point: AdvicePoint
    let today: @Sendable () -> CivilDate
    public let idleSeconds: Double
    public let thanksSeconds: Double
    /// Writes the answers not yet in the database to a private file on this machine (nil in tests).
    let keepLocally: (([EvaluationRecord]) throws -> Void)?

    public private(set) var step: Step = .language
    /// The client's language; the kiosk starts in `startLanguage` each time.
    public private(set) var language: Language
    let startLanguage: Language
    /// The highlighted box of the step.
    public private(set) var selected: Int?
    private var nps: Int?
    private var settled: String?
    private var bounced: Bool?
    /// Complete answers the database has not taken yet, oldest first.
    public private(set) var pending: [EvaluationRecord] = []
    public private(set) var isRunning = true
    /// The first key of `staffExit` was pressed: the next decides.
    private var staffKeyPressed = false
    /// The number being typed on the 0–10 row: `1` `0` is 10.
    private var typed = TypedNumber(range: FeedbackAnswer.npsRange)

    /// A kiosk saving into `log` as `actor`, never audited (`details: nil`).
    public convenience init(
        log: any ContactLog, strings: Strings, point: AdvicePoint, actor: Actor, language: Language = .fi,
        today: @escaping @Sendable () -> CivilDate = { RegionClock.helsinki().today }, idleSeconds: Double = FeedbackKiosk.defaultIdleSeconds,
        thanksSeconds: Double = FeedbackKiosk.defaultThanksSeconds, pending: [EvaluationRecord] = [],
        keepLocally: (([EvaluationRecord]) throws -> Void)? = nil
    ) {
        self.init(
            save: { try log.saveRecords($0, details: nil, by: actor) }, strings: strings, point: point, language: language, today: today,
            idleSeconds: idleSeconds, thanksSeconds: thanksSeconds, pending: pending, keepLocally: keepLocally)
    }

    public init(
        save: @escaping ([EvaluationRecord]) throws -> Void, strings: Strings, point: AdvicePoint, language: Language = .fi,
        today: @escaping @Sendable () -> CivilDate = { RegionClock.helsinki().today }, idleSeconds: Double = FeedbackKiosk.defaultIdleSeconds,
        thanksSeconds: Double = FeedbackKiosk.defaultThanksSeconds, pending: [EvaluationRecord] = [],
        keepLocally: (([EvaluationRecord]) throws -> Void)? = nil
    ) {
        self.save = save
        self.strings = strings
        self.point = point
        self.language = language
        startLanguage = language
        self.today = today
        self.idleSeconds = idleSeconds
        self.thanksSeconds = thanksSeconds
        self.pending = pending
        self.keepLocally = keepLocally
        selected = Language.allCases.firstIndex(of: language)
    }

    private var text: Strings { strings.inLanguage(language) }

    // MARK: - Time

    /// How long the app's loop waits for a key (`Screen.tickDue`), `idle` seconds after the last: until the idle time
    /// (or the thank-you's) is up; while answers wait for the database, at most `retrySeconds`. The start waits as long
    /// as it takes.
    public func tickDue(idle: Double, _ context: AppContext) -> Double? {
        var timeout: Double?
        switch step {
        case .language: timeout = nil
        case .thanks: timeout = thanksSeconds - idle
        case .nps, .settled, .bounced: timeout = idleSeconds - idle
        }
        if !pending.isEmpty { timeout = min(timeout ?? Self.retrySeconds, Self.retrySeconds) }
        return timeout.map { max(0.05, $0) }
    }

    public func tick(idle: Double, _ context: AppContext) -> [Effect] {
        timePassed(idle: idle)
        return []
    }

    /// No key for `idle` seconds: waiting answers are tried again; the thank-you gives way to the start after
    /// `thanksSeconds`, a half-answered form after `idleSeconds` (nothing of it is kept).
    public func timePassed(idle: Double) {
        savePending()
        switch step {
        case .language: break
        case .thanks: if idle >= thanksSeconds { restart() }
        case .nps, .settled, .bounced: if idle >= idleSeconds { restart() }
        }
    }

    /// Back at the start: the language choice, nothing answered.
    public func restart() {
        step = .language
        language = startLanguage
        selected = Language.allCases.firstIndex(of: language)
        nps = nil
        settled = nil
        bounced = nil
        staffKeyPressed = false
        typed.reset()
    }

    // MARK: - Keys

    /// The choices of the step, as many as there are boxes.
    var choiceCount: Int {
        switch step {
        case .language: Language.allCases.count
        case .nps: FeedbackAnswer.npsRange.count
        case .settled: FeedbackAnswer.settledAnswers.count + 1
        case .bounced: 3
        case .thanks: 0
        }
    }

    /// A key of the client's (or of staff's). A tap comes as the keys marked where it lands (`App.click`).
    public func press(_ key: Key) {
        // A paste is no answer (the kiosk has no text to type).
        if key.isPaste { return }
        // Only digits one after another make one number; a resize is no key of the client's.
        if TypedNumber.digit(key) == nil, key != .resize { typed.reset() }
        if staffKeyPressed {
            staffKeyPressed = false
            if key == Self.staffExit[1] {
                isRunning = false
                return
            }
        }
        if key == Self.staffExit[0] {
            staffKeyPressed = true
            return
        }
        switch step {
        case .thanks:
            // Any key: the next client begins (a key is no answer, so nothing can be given twice).
            if key != .resize { restart() }
        case .language:
            switch key {
            case .character(let c) where ("1"..."3").contains(c):
                choose(Int(String(c))! - 1)
            default: move(key)
            }
        case .nps:
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                // The number as written: `1` `0` highlights 10, and Enter stores what is highlighted.
                if let number = typed.type(Int(String(c))!) { selected = number }
            case .escape, .backspace:
                step = .language
                selected = Language.allCases.firstIndex(of: language)
            default: move(key)
            }
        case .settled, .bounced:
            switch key {
            case .character(let c) where c.isASCII && c.isNumber:
                let n = Int(String(c))!
                if (1...choiceCount).contains(n) { choose(n - 1) }
            case .escape, .backspace:
                if step == .bounced {
                    step = .settled
                    selected = settled.flatMap { FeedbackAnswer.settledAnswers.firstIndex(of: $0) }
                } else {
                    step = .nps
                    selected = nps
                }
            default: move(key)
            }
        }
    }

    /// Arrows move along the boxes (the first arrow from none at either end), Home and End go to the ends, Enter
    /// chooses the highlighted box.
    private func move(_ key: Key) {
        let last = choiceCount - 1
        switch key {
        case .left, .up: selected = max(0, (selected ?? last + 1) - 1)
        case .right, .down: selected = min(last, (selected ?? -1) + 1)
        case .home: selected = 0
        case .end: selected = last
        case .enter: if let selected { choose(selected) }
        default: break
        }
    }

    /// The client's choice at the step: the next step, or the saved answer and the thank-you.
    private func choose(_ index: Int) {
        switch step {
        case .language:
            language = Language.allCases[index]
            step = .nps
            selected = nil
        case .nps:
            nps = index
            step = .settled
            selected = nil
        case .settled:
            settled = index < FeedbackAnswer.settledAnswers.count ? FeedbackAnswer.settledAnswers[index] : nil
            step = .bounced
            selected = nil
        case .bounced:
            bounced = index == 0 ? true : index == 1 ? false : nil
            finish()
        case .thanks:
            break
        }
    }

    /// The complete answer is saved (or waits, with any before it, for the database) and the client is thanked.
    private func finish() {
        if let nps {
            pending.append(.feedback(FeedbackAnswer(day: today(), point: point.code, nps: nps, settled: settled, bounced: bounced)))
            keep()
            savePending()
        }
        let language = self.language
        restart()
        self.language = language
        step = .thanks
    }

    /// Writes the waiting answers in one transaction; what the database does not take stays for the next try.
    public func savePending() {
        guard !pending.isEmpty else { return }
        do {
            try save(pending)
            pending = []
        } catch {
            return
        }
        keep()
    }

    private func keep() {
        try? keepLocally?(pending)
    }

    // MARK: - Drawing

    /// The whole screen: no header, no footer, no clock — only the question and its big boxes.
    public func frame(size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        guard size.isBigEnough else {
            canvas.putWrapped(text(.terminalTooSmall, ["size": "\(size.width) × \(size.height)"]), x: 0, y: 0, width: size.width, style: .warning)
            canvas.focusByDefault()
            return canvas
        }
        let width = size.width, height = size.height
        let boxesY = max(8, height / 2 - 4)
        switch step {
        case .language:
            var y = boxesY - 5
            for language in Language.allCases {
                y += canvas.putCentred(strings.inLanguage(language)(.kioskWelcome), y: y, width: width - 8, style: .header)
            }
            let labels = Language.allCases.enumerated().map { "\($0.offset + 1)  " + strings.inLanguage($0.element)(.kioskLanguageName) }
            BigChoices(labels: labels, selected: selected).render(into: &canvas, y: boxesY, width: width) { [.character(Character(String($0 + 1)))] }
            y = boxesY + BigChoices.height + 2
            for language in Language.allCases {
                y += canvas.putCentred(strings.inLanguage(language)(.kioskChooseLanguage), y: y, width: width - 8, style: .muted)
            }
        case .nps, .settled, .bounced:
            let number = step == .nps ? 1 : step == .settled ? 2 : 3
            canvas.putCentred(text(.kioskProgress, ["n": String(number)]), y: 1, width: width, style: .muted)
            let question: StringKey = step == .nps ? .kioskNpsQuestion : step == .settled ? .kioskSettledQuestion : .kioskBouncedQuestion
            canvas.putCentred(text(question), y: boxesY - 5, width: min(width - 8, 64), style: .header, maxLines: 3)
            let boxes = BigChoices(labels: labels(), selected: selected)
            // A tap answers: 0–10 as the arrows and Enter would (a digit only highlights), the others by their number.
            boxes.render(into: &canvas, y: boxesY, width: width) { [step] n in step == .nps ? keysChoosing(box: n) : [.character(Character(String(n + 1)))] }
            var y = boxesY + BigChoices.height
            if step == .nps {
                let lefts = boxes.lefts(x: 0, width: width)
                let low = text(.kioskNpsLow), high = text(.kioskNpsHigh)
                let right = (lefts.last ?? 0) + boxes.layout(width: width).box
                canvas.put(low, x: lefts.first ?? 0, y: y, style: .muted)
                let highX = max(0, right - TextWidth.of(high))
                canvas.put(high, x: highX, y: (lefts.first ?? 0) + TextWidth.of(low) + 2 <= highX ? y : y + 1, style: .muted)
                y += 3
            } else {
                y += 1
            }
            y += 1 + canvas.putCentred(text(step == .nps ? .kioskNumberHint : .kioskChoiceHint), y: y + 1, width: width - 8)
            let back = canvas.putCentred(text(.kioskBackHint), y: y + 1, width: width - 8, style: .muted)
            // A tap on the hint goes back, as Esc does.
            canvas.mark(x: 0, y: y + 1, width: width, height: back, keys: [.escape])
        case .thanks:
            let y = height / 2 - 2
            canvas.putCentred(text(.kioskThanks), y: y, width: width - 8, style: .header)
            canvas.putCentred(text(.kioskAnonymous), y: y + 2, width: width - 8)
            // A tap anywhere begins the next client, as any key does.
            canvas.mark(x: 0, y: 0, width: width, height: height, keys: [.enter])
        }
        canvas.focusByDefault()
        return canvas
    }

    /// The boxes of a question: 0–10, or the numbered answers and the skip.
    private func labels() -> [String] {
        switch step {
        case .nps: return FeedbackAnswer.npsRange.map(String.init)
        case .settled: return ["1  " + text(.kioskYes), "2  " + text(.kioskPartly), "3  " + text(.kioskNo), "4  " + text(.kioskSkip)]
        case .bounced: return ["1  " + text(.kioskYes), "2  " + text(.kioskNo), "3  " + text(.kioskSkip)]
        case .language, .thanks: return []
        }
    }
}

/// The kiosk in the app's one loop: the whole terminal, no header or footer, no key of the app's (F1 and Ctrl-C are no
/// exit for a client), its own timeouts, and nothing of the log to watch.
extension FeedbackKiosk: Screen {
    public func title(_ context: AppContext) -> String { strings(.kioskWelcome) }
    /// No key is listed: the client reads the question's own hints, and staff's exit is never shown.
    public func keyHelp(_ context: AppContext) -> [KeyHelp] { [] }

    public func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        press(key)
        return isRunning ? [] : [.quit]
    }

    public func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) { canvas = frame(size: canvas.size) }

    public var ownsTerminal: Bool { true }
    public var watchesSaves: Bool { false }
}
