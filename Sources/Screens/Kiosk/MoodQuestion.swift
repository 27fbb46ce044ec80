import Foundation
import Guidance
import Store
import Terminal

/// When this advisor was last asked the mood question (its day) and eNPS (its month). Kept on the advisor's own
/// machine, per OS user (`$XDG_STATE_HOME/neuvo/`), never in the database, which keeps the answers by point and day
/// only: nothing there says who answered, or who did not.
public struct MoodAsked: Codable, Equatable, Sendable {
    /// `2026-11-23`: the day the mood question was last asked (answered or skipped).
    public var moodDay: String?
    /// `2026-11`: the month eNPS was last asked.
    public var enpsMonth: String?

    public init(moodDay: String? = nil, enpsMonth: String? = nil) {
        self.moodDay = moodDay
        self.enpsMonth = enpsMonth
    }

    /// The questions are asked when leaving the screens from this hour of the local day on.
    public static let fromHour = 14

    static func month(_ day: CivilDate) -> String { String(day.description.prefix(7)) }

    /// What leaving at `now` asks: the mood at most once a day, eNPS at most once a month, both only from 14.00 on.
    public func due(at now: Timestamp) -> (mood: Bool, enps: Bool) {
        guard now.hour >= Self.fromHour else { return (false, false) }
        return (moodDay != now.date.description, enpsMonth != Self.month(now.date))
    }

    /// Notes the questions asked (answered or skipped) at `now`.
    public mutating func note(mood: Bool, enps: Bool, at now: Timestamp) {
        if mood { moodDay = now.date.description }
        if enps { enpsMonth = Self.month(now.date) }
    }
}

/// The advisor's question when leaving the screens (CONTRACT §7): how the working day was (1–5, five big boxes),
/// then — once a month — how likely they would recommend the workplace (0–10). On both, as at the feedback kiosk, the
/// digits or the arrows highlight a box (`1` `0` is 10) and Enter answers with it. Esc skips a question (it counts as
/// asked: no nagging), Ctrl-C skips what is left. A screen of the app's one loop with the terminal to itself: the app
/// shows it when the advisor leaves (`App.whenLeaving`) and ends when it is done.
public final class MoodQuestion {
    public enum Step: Equatable, Sendable { case mood, enps }

    let strings: Strings
    /// In the demo (`neuvo demo`): the whole top row is the DEMO mark, as on every screen of the demo.
    let isDemo: Bool
    public private(set) var steps: [Step]
    public private(set) var selected: Int?
    public private(set) var mood: Int?
    public private(set) var enps: Int?
    /// The questions answered or skipped.
    public private(set) var asked: Set<Step> = []
    /// The number being typed on the question's row.
    private var typed = TypedNumber(range: MoodAnswer.moodRange)

    public init(strings: Strings, mood: Bool, enps: Bool, isDemo: Bool = false) {
        self.strings = strings
        self.isDemo = isDemo
        steps = (mood ? [.mood] : []) + (enps ? [.enps] : [])
        typed = TypedNumber(range: choices)
    }

    public var step: Step? { steps.first { !asked.contains($0) } }
    public var isDone: Bool { step == nil }

    private var choices: ClosedRange<Int> { step == .enps ? FeedbackAnswer.npsRange : MoodAnswer.moodRange }

    /// A key; a click comes as the keys marked where it lands (`App.click`).
    public func press(_ key: Key) {
        guard step != nil, !key.isPaste else { return }
        let range = choices
        if TypedNumber.digit(key) == nil, key != .resize { typed.reset() }
        switch key {
        case .escape:
            skip()
        case .control("c"):
            while !isDone { skip() }
        case .character(let c) where c.isASCII && c.isNumber:
            // A digit highlights (`1` `0` is 10), Enter answers: the same on both rows and at the kiosk.
            if let number = typed.type(Int(String(c))!) { selected = number }
        case .left, .up: selected = max(range.lowerBound, (selected ?? range.upperBound + 1) - 1)
        case .right, .down: selected = min(range.upperBound, (selected ?? range.lowerBound - 1) + 1)
        case .home: selected = range.lowerBound
        case .end: selected = range.upperBound
        case .enter: if let selected { answer(selected) }
        default: break
        }
    }

    private func answer(_ value: Int) {
        guard let step else { return }
        if step == .mood { mood = value } else { enps = value }
        next(after: step)
    }

    private func skip() {
        guard let step else { return }
        next(after: step)
    }

    /// `step` counts as asked; the next row begins with nothing highlighted and nothing typed.
    private func next(after step: Step) {
        asked.insert(step)
        selected = nil
        typed = TypedNumber(range: choices)
    }

    public func frame(size: Size) -> Canvas {
        var canvas = Canvas(size: size)
        let text = strings
        // Done: nothing more to show (the app ends).
        guard let step else { return canvas }
        guard size.isBigEnough else {
            canvas.putWrapped(text(.terminalTooSmall, ["size": "\(size.width) × \(size.height)"]), x: 0, y: 0, width: size.width, style: .warning)
            return canvas
        }
        let width = size.width, height = size.height
        let boxesY = max(8, height / 2 - 4)
        if isDemo {
            canvas.clear(y: 0, height: 1, style: .demo)
            canvas.put(text(.demoMark), x: 0, y: 0, style: .demo, maxWidth: width)
        }
        canvas.putCentred(text(.moodTitle), y: 1, width: width, style: .muted)
        canvas.putCentred(text(step == .mood ? .moodQuestion : .moodEnpsQuestion), y: boxesY - 5, width: min(64, width - 8), style: .header, maxLines: 3)
        let range = choices
        let boxes = BigChoices(labels: range.map(String.init), selected: selected.map { $0 - range.lowerBound })
        boxes.render(into: &canvas, y: boxesY, width: width, keys: keysChoosing(box:))
        let lefts = boxes.lefts(x: 0, width: width)
        let low = text(step == .mood ? .moodLow : .kioskNpsLow), high = text(step == .mood ? .moodHigh : .kioskNpsHigh)
        let right = (lefts.last ?? 0) + boxes.layout(width: width).box
        let y = boxesY + BigChoices.height
        canvas.put(low, x: lefts.first ?? 0, y: y, style: .muted)
        let highX = max(0, right - TextWidth.of(high))
        canvas.put(high, x: highX, y: (lefts.first ?? 0) + TextWidth.of(low) + 2 <= highX ? y : y + 1, style: .muted)
        let hint = canvas.putCentred(text(step == .mood ? .moodHint : .moodEnpsHint), y: y + 3, width: width - 8)
        canvas.putCentred(text(.moodAnonymous), y: y + 4 + hint, width: width - 8, style: .muted, maxLines: 2)
        canvas.focusByDefault()
        return canvas
    }

    /// The question due when an advisor leaves at `now`, given when they were last asked; nil: none is due.
    /// `isDemo`: the question carries the DEMO mark (what is remembered as asked is the caller's: in the demo, one
    /// record for every demo).
    public static func due(at now: Timestamp, asked: MoodAsked, strings: Strings, isDemo: Bool = false) -> MoodQuestion? {
        let due = asked.due(at: now)
        guard due.mood || due.enps else { return nil }
        return MoodQuestion(strings: strings, mood: due.mood, enps: due.enps, isDemo: isDemo)
    }

    /// Saves what `question` was answered (nil: none was asked) by point and day only, without an audit row
    /// (`details: nil`). Returns what to remember as asked, and the save's failure if the database refused (an answer
    /// not saved is not noted as asked, so it is asked again on the next leaving).
    public static func record(
        _ question: MoodQuestion?, log: any ContactLog, point: String, actor: Actor, now: Timestamp, asked: MoodAsked
    ) -> (asked: MoodAsked, failure: (any Error)?) {
        guard let question else { return (asked, nil) }
        var result = asked
        var failure: (any Error)?
        if question.mood != nil || question.enps != nil {
            do {
                try log.saveRecords([.mood(MoodAnswer(day: now.date, point: point, mood: question.mood, enps: question.enps))], details: nil, by: actor)
            } catch {
                failure = error
            }
        }
        if failure == nil {
            result.note(mood: question.asked.contains(.mood), enps: question.asked.contains(.enps), at: now)
        } else {
            // Only what was skipped counts as asked.
            result.note(mood: question.asked.contains(.mood) && question.mood == nil, enps: question.asked.contains(.enps) && question.enps == nil, at: now)
        }
        return (result, failure)
    }
}

/// The mood question in the app's one loop: the whole terminal, its own keys (Esc skips, Ctrl-C skips the rest), no
/// tick; done, the app ends.
extension MoodQuestion: Screen {
    public func title(_ context: AppContext) -> String { strings(.moodTitle) }
    public func keyHelp(_ context: AppContext) -> [KeyHelp] { [] }

    public func handle(_ key: Key, _ context: AppContext) -> [Effect] {
        press(key)
        return isDone ? [.quit] : []
    }

    public func receive(_ outcome: Outcome, _ context: AppContext) -> [Effect] { [] }

    public func render(into canvas: inout Canvas, area: Area, _ context: AppContext) { canvas = frame(size: canvas.size) }

    public var ownsTerminal: Bool { true }
    public var watchesSaves: Bool { false }
}
