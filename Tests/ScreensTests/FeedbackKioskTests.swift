import Foundation
import Guidance
import Store
import Terminal
import TestSupport
import Testing
@testable import Screens

/// A terminal whose script may say that no key came in time (`nil`): a fake clock moves on by the time asked.
final class TimedTerminal: Terminal {
    let size = Size.minimum
    private var script: [Key?]
    var clock: Double = 0
    private(set) var frames: [Canvas] = []

    init(_ script: [Key?]) { self.script = script }

    func readKey(timeout: Double?) -> Key? {
        guard !script.isEmpty else { return nil }
        guard let key = script.removeFirst() else {
            clock += timeout ?? 0
            return nil
        }
        clock += 0.5
        return key
    }

    var inputEnded: Bool { script.isEmpty }
    func present(_ canvas: Canvas) { frames.append(canvas) }
}

/// The feedback kiosk in process: the client's way through it, key by key, read off the virtual screen.
struct FeedbackKioskTests {
    static let day = CivilDate(iso: "2026-11-23")!
    let log: any ContactLog
    let kiosk: FeedbackKiosk

    init() throws {
        log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
        kiosk = Self.kiosk(log: log)
    }

    static func kiosk(
        log: any ContactLog, pending: [EvaluationRecord] = [], seconds: @escaping () -> Double = { 0 }
    ) -> FeedbackKiosk {
        FeedbackKiosk(
            log: log, strings: Fixtures.catalog.strings, point: Fixtures.catalog.points[0], actor: Actor(user: "kiosk", command: "feedback"),
            language: .fi, today: { FeedbackKioskTests.day }, pending: pending, seconds: seconds)
    }

    func type(_ script: String) {
        for key in Key.sequence(script) { kiosk.press(key) }
    }

    var screen: String { kiosk.frame(size: .minimum).text }

    func feedback() throws -> [EvaluationRecord] {
        try log.records(.feedback, from: nil, to: nil, point: nil, audited: false, by: Actor(user: "test", command: "test"))
    }

    @Test func theStartOffersTheThreeLanguagesSideBySide() throws {
        let screen = self.screen
        #expect(screen.contains("Kerro meille, miten onnistuimme"))
        #expect(screen.contains("Berätta för oss hur vi lyckades"))
        #expect(screen.contains("Tell us how we did"))
        let row = try #require(screen.split(separator: "\n").first { $0.contains("1  suomi") })
        #expect(row.contains("2  svenska") && row.contains("3  English"), "\(screen)")
        // Nothing that tells a time, a date or who works here.
        #expect(!screen.contains("2026") && !screen.contains("23.11") && !screen.contains("anna"))
    }

    @Test func aWholeAnswerInSwedishIsSavedOnceWithoutAnAuditRow() throws {
        type("2")
        #expect(kiosk.step == .nps && kiosk.language == .sv)
        #expect(screen.contains("Hur sannolikt är det att du skulle rekommendera"))
        #expect(screen.contains("Fråga 1/3"))
        type("8")
        #expect(kiosk.step == .nps, "a digit chooses, Enter confirms")
        type("<enter>")
        #expect(screen.contains("Fick du ditt ärende ordnat?"))
        #expect(screen.contains("4  Hoppa över"))
        #expect(try feedback().isEmpty, "nothing is saved before the last question")
        type("2")
        #expect(screen.contains("Blev du skickad från ställe till ställe?"))
        type("1")
        #expect(kiosk.step == .thanks)
        #expect(screen.contains("Tack för din respons!"))
        #expect(try feedback() == [.feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 8, settled: "partly", bounced: true))])
        #expect(try log.audit(from: nil, to: nil).allSatisfy { !$0.details.contains("feedback") })
        type("x")
        #expect(kiosk.step == .language && kiosk.language == .fi, "any key: the next client begins")
    }

    @Test func tenIsReachedByArrowAndBothOptionalAnswersCanBeSkipped() throws {
        type("1")
        type("9<right><right><enter>")
        #expect(screen.contains("Saitko asiasi hoidettua?"))
        // The skip box is one of the row, reached with the arrows.
        type("<right><right><right><right><enter>")
        #expect(screen.contains("Ohjattiinko sinua paikasta toiseen?"))
        type("3")
        #expect(try feedback() == [.feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 10, settled: nil, bounced: nil))])
    }

    @Test func theChosenNumberIsHighlightedAndEnterWithoutOneDoesNothing() throws {
        type("3<enter>")
        #expect(kiosk.step == .nps && kiosk.selected == nil)
        type("0")
        #expect(kiosk.selected == 0)
        let canvas = kiosk.frame(size: .minimum)
        let y = try #require(canvas.lines.firstIndex { $0.contains("║ 0") || $0.contains("║  0") })
        let x = try #require(canvas.lines[y].firstIndex(of: "0")).utf16Offset(in: canvas.lines[y])
        #expect(canvas[x, y].style == .selection)
        type("<end>")
        #expect(kiosk.selected == 10)
        #expect(screen.contains("0 = not at all likely") && screen.contains("10 = extremely likely"))
    }

    @Test func backspaceGoesBackAQuestionAndKeepsTheAnswerChosen() throws {
        type("1")
        type("7<enter>")
        #expect(kiosk.step == .settled)
        type("<bs>")
        #expect(kiosk.step == .nps && kiosk.selected == 7)
        type("<esc><esc>")
        #expect(kiosk.step == .language && kiosk.isRunning)
    }

    @Test func escQAndCtrlCNeverLeaveOnlyTheStaffCombinationDoes() throws {
        for step in ["", "1", "15<enter>", "15<enter>1"] {
            kiosk.restart()
            type(step)
            type("<esc>q<ctrl-c>Q<f10><f10>")
            #expect(kiosk.isRunning, "after \(step)")
        }
        // Ctrl-X followed by anything else is no exit, and that key does what it does.
        kiosk.restart()
        type("<ctrl-x>2")
        #expect(kiosk.isRunning && kiosk.step == .nps && kiosk.language == .sv)
        type("<ctrl-x>q")
        #expect(!kiosk.isRunning)
        #expect(!screen.contains("Ctrl-X"), "the combination is never on the client's screen")
        #expect(try feedback().isEmpty)
    }

    @Test func aMinuteWithoutAKeyGoesBackToTheStartAndKeepsNothing() throws {
        type("2")
        type("9<enter>1")
        #expect(kiosk.step == .bounced)
        kiosk.timePassed(idle: 59)
        #expect(kiosk.step == .bounced)
        kiosk.timePassed(idle: 60)
        #expect(kiosk.step == .language && kiosk.language == .fi)
        #expect(screen.contains("Tell us how we did"))
        // The answer half given is gone: the next client's begins afresh.
        type("1")
        #expect(kiosk.selected == nil)
        type("<enter>")
        #expect(kiosk.step == .nps)
        #expect(try feedback().isEmpty)
    }

    @Test func theLoopWaitsTheIdleTimeAndTheThankYouGivesWay() throws {
        let terminal = TimedTerminal([.character("1"), .character("5"), nil, .character("1"), .character("5"), .enter, .character("1"),
                                      .character("2"), nil, .control("x"), .character("q")])
        let kiosk = Self.kiosk(log: log, seconds: { terminal.clock })
        kiosk.run(on: terminal)
        #expect(!kiosk.isRunning)
        let texts = terminal.frames.map(\.text)
        // After the first timeout, the start again; after the thank-you's, the start again.
        #expect(texts[3].contains("Tell us how we did"), "\(texts[3])")
        #expect(texts[8].contains("Kiitos palautteestasi!"))
        #expect(texts[9].contains("Tell us how we did"))
        #expect(try feedback() == [.feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 5, settled: "yes", bounced: false))])
    }

    @Test func anAnswerTheDatabaseRefusesWaitsAndIsSavedWithTheNext() throws {
        final class Flaky: @unchecked Sendable {
            var failing = true
            var saved: [[EvaluationRecord]] = []
            var kept: [[EvaluationRecord]] = []
        }
        let flaky = Flaky()
        let kiosk = FeedbackKiosk(
            save: { records in
                if flaky.failing { throw StoreError.connectionLost(reason: "test") }
                flaky.saved.append(records)
            },
            strings: Fixtures.catalog.strings, point: Fixtures.catalog.points[0], today: { FeedbackKioskTests.day },
            keepLocally: { flaky.kept.append($0) })
        for key in Key.sequence("14<enter>33") { kiosk.press(key) }
        #expect(kiosk.step == .thanks, "the client is thanked all the same")
        #expect(kiosk.pending.count == 1)
        #expect(flaky.kept.last?.count == 1, "kept on this machine too")
        kiosk.timePassed(idle: 5)
        #expect(kiosk.pending.count == 1)
        for key in Key.sequence("x16<enter>12") { kiosk.press(key) }
        #expect(kiosk.pending.count == 2)
        flaky.failing = false
        kiosk.timePassed(idle: 5)
        #expect(kiosk.pending.isEmpty)
        #expect(flaky.saved == [[
            .feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 4, settled: "no", bounced: nil)),
            .feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 6, settled: "yes", bounced: false)),
        ]])
        #expect(flaky.kept.last == [])
    }

    @Test func answersKeptFromAnEarlierRunAreSaved() throws {
        let earlier = EvaluationRecord.feedback(FeedbackAnswer(day: Self.day, point: "jarvenpaa-library", nps: 3))
        let kiosk = Self.kiosk(log: log, pending: [earlier])
        kiosk.savePending()
        #expect(kiosk.pending.isEmpty)
        #expect(try feedback() == [earlier])
    }

    @Test(arguments: [Size.minimum, Size(width: 120, height: 40)])
    func everyStepFitsAndShowsTheWholeRowOfNumbers(size: Size) throws {
        var texts: [String] = [kiosk.frame(size: size).text]
        for key in Key.sequence("15<enter>11") {
            kiosk.press(key)
            texts.append(kiosk.frame(size: size).text)
        }
        let nps = texts[1]
        for n in 0...10 { #expect(nps.contains("│ \(n) ") || nps.contains("│  \(n) ") || nps.contains(" \(n)  "), "\(n) in\n\(nps)") }
        #expect(texts.last!.contains("Kiitos"))
    }
}

/// The advisor's mood question when leaving the screens.
struct MoodQuestionTests {
    static let point = "jarvenpaa-library"
    let log: any ContactLog

    init() throws {
        log = try SQLiteLog.inMemory(catalog: Fixtures.catalog)
    }

    func ask(_ script: String, at now: String, asked: MoodAsked = MoodAsked()) -> (asked: MoodAsked, terminal: ScriptedTerminal) {
        let terminal = ScriptedTerminal(script: script)
        let result = MoodQuestion.askWhenLeaving(
            on: terminal, log: log, point: Self.point, strings: Fixtures.catalog.strings.inLanguage(.en),
            actor: Actor(user: "anna", command: "screen contact"), now: Fixtures.at(now), asked: asked)
        #expect(result.failure == nil)
        return (result.asked, terminal)
    }

    func moods() throws -> [EvaluationRecord] {
        try log.records(.mood, from: nil, to: nil, point: nil, audited: false, by: Actor(user: "test", command: "test"))
    }

    @Test func beforeTwoOClockNothingIsAsked() throws {
        let (asked, terminal) = ask("4", at: "2026-11-23T13:59:00+02:00")
        #expect(terminal.frames.isEmpty)
        #expect(asked == MoodAsked())
        #expect(try moods().isEmpty)
    }

    @Test func theMoodThenENPSOnTheFirstLeavingOfTheMonth() throws {
        let (asked, terminal) = ask("4", at: "2026-11-23T15:30:00+02:00")
        let first = try #require(terminal.frames.first).text
        #expect(first.contains("How was your working day?"))
        #expect(!first.contains("15.30") && !first.contains("anna"), "no time, no name")
        #expect(terminal.frames.last!.text.contains("How likely would you recommend your workplace to a friend?"))
        #expect(asked == MoodAsked(moodDay: "2026-11-23"), "eNPS not answered: the input ended")
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: 4))])
    }

    @Test func bothAnsweredOnceADayAndOnceAMonth() throws {
        var (asked, _) = ask("2<right><right><enter>", at: "2026-11-23T14:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: 2, enps: 1))])
        // Later the same day: nothing.
        var terminal: ScriptedTerminal
        (asked, terminal) = ask("5", at: "2026-11-23T17:00:00+02:00", asked: asked)
        #expect(terminal.frames.isEmpty)
        // The next day: the mood only.
        (asked, terminal) = ask("5", at: "2026-11-24T16:00:00+02:00", asked: asked)
        #expect(terminal.frames.count == 1)
        #expect(asked == MoodAsked(moodDay: "2026-11-24", enpsMonth: "2026-11"))
        // The next month: both again.
        (asked, terminal) = ask("3<end><enter>", at: "2026-12-01T14:10:00+02:00", asked: asked)
        #expect(asked == MoodAsked(moodDay: "2026-12-01", enpsMonth: "2026-12"))
        #expect(try moods().count == 3)
        #expect(try moods().last == .mood(MoodAnswer(day: CivilDate(iso: "2026-12-01")!, point: Self.point, mood: 3, enps: 10)))
        #expect(try log.audit(from: nil, to: nil).isEmpty, "an answer leaves no audit row")
    }

    @Test func escSkipsAndCountsAsAsked() throws {
        let (asked, _) = ask("<esc><esc>", at: "2026-11-23T16:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods().isEmpty)
        let (again, terminal) = ask("4", at: "2026-11-23T18:00:00+02:00", asked: asked)
        #expect(terminal.frames.isEmpty && again == asked)
    }

    @Test func escOnTheMoodStillAsksENPS() throws {
        let (asked, _) = ask("<esc>9<enter>", at: "2026-11-23T16:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: nil, enps: 9))])
    }
}
