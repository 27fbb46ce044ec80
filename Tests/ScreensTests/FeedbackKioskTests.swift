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

    static func kiosk(log: any ContactLog, pending: [EvaluationRecord] = []) -> FeedbackKiosk {
        FeedbackKiosk(
            log: log, strings: Fixtures.catalog.strings, point: Fixtures.catalog.points[0], actor: Actor(user: "kiosk", command: "feedback"),
            language: .fi, today: { FeedbackKioskTests.day }, pending: pending)
    }

    /// The app's one loop with `screen` (the kiosk, the board, the mood question) its only screen, as the commands run it.
    static func app(_ screen: any Screen, log: any ContactLog, language: Language = .fi) -> App {
        App(log: log, context: .ofItsOwn(catalog: Fixtures.catalog, strings: Fixtures.catalog.strings.inLanguage(language), user: "kiosk",
                                         clock: { Fixtures.at(AppHarness.now) }), first: screen)
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

    /// The numbers of the boxes drawn highlighted (a double border, `║ 10 ║`) on `canvas`, read off the screen.
    static func highlighted(_ canvas: Canvas) -> [Int] {
        canvas.lines.flatMap { line in
            line.split(separator: "║", omittingEmptySubsequences: false).dropFirst().compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
    }

    func stored() throws -> [Int] {
        try feedback().compactMap { if case .feedback(let answer) = $0 { answer.nps } else { nil } }.sorted()
    }

    @Test func everyScoreTypedByItsDigitsIsShownAndStored() throws {
        for score in FeedbackAnswer.npsRange {
            type("1")
            type(String(score))
            #expect(kiosk.selected == score)
            #expect(Self.highlighted(kiosk.frame(size: .minimum)) == [score], "after typing \(score):\n\(screen)")
            type("<enter>43")
            #expect(kiosk.step == .thanks)
            type("x")
        }
        #expect(try stored() == Array(FeedbackAnswer.npsRange))
    }

    @Test func oneThenZeroIsTenHoweverSlowlyAndOneThenEnterIsOne() throws {
        type("1")
        type("1")
        #expect(kiosk.selected == 1)
        // A client thinking for half a minute between the digits still gets 10 (the loop's timeouts change nothing).
        kiosk.timePassed(idle: 30)
        type("0")
        #expect(kiosk.selected == 10)
        #expect(screen.contains("10: paina 1 ja 0"))
        type("<enter>43x")
        // `1` and Enter at once: 1, as shown.
        type("11")
        #expect(Self.highlighted(kiosk.frame(size: .minimum)) == [1])
        type("<enter>43x")
        #expect(try stored() == [1, 10])
    }

    @Test func onlyDigitsTypedOneAfterAnotherMakeOneNumber() throws {
        let cases: [(String, Int)] = [
            ("10", 10), ("100", 0), ("11", 1), ("101", 1), ("19", 9), ("01", 1), ("010", 10), ("91", 1), ("910", 10),
            // An arrow (or any other key) between: the digit after it is a number of its own.
            ("<home><right>0", 0), ("1<right>0", 0), ("1<left>0", 0), ("1<end>1", 1), ("1<resize>0", 10),
        ]
        for (keys, expected) in cases {
            kiosk.restart()
            type("1")
            type(keys)
            #expect(kiosk.selected == expected, "\(keys)")
            #expect(Self.highlighted(kiosk.frame(size: .minimum)) == [expected], "\(keys)")
        }
        // Back from the next question: the answer is highlighted again, and a `0` is 0, not 10.
        kiosk.restart()
        type("11<enter><bs>")
        #expect(kiosk.step == .nps && kiosk.selected == 1)
        type("0<enter><bs>")
        #expect(kiosk.selected == 0)
    }

    /// Every sequence of these keys on the 0–10 row: what Enter takes on is the number highlighted when it was pressed.
    @Test func noKeySequenceStoresANumberOtherThanTheOneHighlighted() throws {
        let alphabet = Key.sequence("10<left><right><enter><bs>")
        var sequences: [[Key]] = [[]]
        for _ in 1...4 { sequences = sequences.flatMap { keys in alphabet.map { keys + [$0] } } }
        var checked = 0
        for keys in sequences {
            var saved: [EvaluationRecord] = []
            let kiosk = FeedbackKiosk(save: { saved += $0 }, strings: Fixtures.catalog.strings, point: Fixtures.catalog.points[0],
                                      today: { FeedbackKioskTests.day })
            kiosk.press(.character("1"))
            var shownAtEnter: Int?
            for key in keys {
                // On the next question only the keys that come back (a digit there would answer it).
                if kiosk.step == .settled, TypedNumber.digit(key) != nil || key == .enter { continue }
                guard kiosk.step == .nps || kiosk.step == .settled else { break }
                if key == .enter, kiosk.step == .nps { shownAtEnter = Self.highlighted(kiosk.frame(size: .minimum)).first }
                kiosk.press(key)
            }
            guard kiosk.step == .settled else { continue }
            for key in Key.sequence("43") { kiosk.press(key) }
            guard case .feedback(let answer) = try #require(saved.first) else { continue }
            #expect(answer.nps == shownAtEnter, "\(keys)")
            checked += 1
        }
        #expect(checked > 100)
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
        let kiosk = Self.kiosk(log: log)
        let app = Self.app(kiosk, log: log)
        app.run(on: terminal, uptime: { terminal.clock })
        #expect(!kiosk.isRunning && !app.isRunning)
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

    /// The advisor leaves Today with `q` at `now`: the question due, if any, takes the app's last screen and `script` answers it.
    func ask(_ script: String, at now: String, asked: MoodAsked = MoodAsked()) -> (asked: MoodAsked, terminal: ScriptedTerminal) {
        let terminal = ScriptedTerminal(script: script)
        let strings = Fixtures.catalog.strings.inLanguage(.en)
        let app = App(log: log, context: AppHarness.context(language: .en, now: now, log: log))
        var question: MoodQuestion?
        app.whenLeaving = {
            question = MoodQuestion.due(at: Fixtures.at(now), asked: asked, strings: strings)
            return question
        }
        app.press(.character("q"))
        if app.isRunning { app.run(on: terminal) }
        let audited = (try? log.audit(from: nil, to: nil).count) ?? -1
        let result = MoodQuestion.record(
            question, log: log, point: Self.point, actor: Actor(user: "anna", command: "screen contact"), now: Fixtures.at(now), asked: asked)
        #expect(result.failure == nil)
        #expect((try? log.audit(from: nil, to: nil).count) == audited, "an answer leaves no audit row")
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
        let (asked, terminal) = ask("4<enter>", at: "2026-11-23T15:30:00+02:00")
        let first = try #require(terminal.frames.first).text
        #expect(first.contains("How was your working day?"))
        #expect(!first.contains("15.30") && !first.contains("anna"), "no time, no name")
        #expect(terminal.frames.last!.text.contains("How likely would you recommend your workplace to a friend?"))
        #expect(asked == MoodAsked(moodDay: "2026-11-23"), "eNPS not answered: the input ended")
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: 4))])
    }

    @Test func bothAnsweredOnceADayAndOnceAMonth() throws {
        var (asked, _) = ask("2<enter><right><right><enter>", at: "2026-11-23T14:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: 2, enps: 1))])
        // Later the same day: nothing.
        var terminal: ScriptedTerminal
        (asked, terminal) = ask("5<enter>", at: "2026-11-23T17:00:00+02:00", asked: asked)
        #expect(terminal.frames.isEmpty)
        // The next day: the mood only.
        (asked, terminal) = ask("5<enter>", at: "2026-11-24T16:00:00+02:00", asked: asked)
        #expect(!terminal.frames.isEmpty && !terminal.frames.contains { $0.text.contains("recommend your workplace") })
        #expect(asked == MoodAsked(moodDay: "2026-11-24", enpsMonth: "2026-11"))
        // The next month: both again.
        (asked, terminal) = ask("3<enter>10<enter>", at: "2026-12-01T14:10:00+02:00", asked: asked)
        #expect(asked == MoodAsked(moodDay: "2026-12-01", enpsMonth: "2026-12"))
        #expect(try moods().count == 3)
        #expect(try moods().last == .mood(MoodAnswer(day: CivilDate(iso: "2026-12-01")!, point: Self.point, mood: 3, enps: 10)))
    }

    @Test func escSkipsAndCountsAsAsked() throws {
        let (asked, _) = ask("<esc><esc>", at: "2026-11-23T16:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods().isEmpty)
        let (again, terminal) = ask("4<enter>", at: "2026-11-23T18:00:00+02:00", asked: asked)
        #expect(terminal.frames.isEmpty && again == asked)
    }

    @Test func escOnTheMoodStillAsksENPS() throws {
        let (asked, _) = ask("<esc>9<enter>", at: "2026-11-23T16:00:00+02:00")
        #expect(asked == MoodAsked(moodDay: "2026-11-23", enpsMonth: "2026-11"))
        #expect(try moods() == [.mood(MoodAnswer(day: CivilDate(iso: "2026-11-23")!, point: Self.point, mood: nil, enps: 9))])
    }

    /// The mood's 1–5 and eNPS's 0–10 take the number keys alike, and as the kiosk does: a digit highlights, Enter answers.
    @Test func aDigitHighlightsOnBothRowsAndEnterAnswers() throws {
        let question = MoodQuestion(strings: Fixtures.catalog.strings.inLanguage(.en), mood: true, enps: true)
        for key in Key.sequence("4") { question.press(key) }
        #expect(question.step == .mood && question.selected == 4, "a digit only highlights, as on eNPS")
        #expect(FeedbackKioskTests.highlighted(question.frame(size: .minimum)) == [4])
        #expect(question.frame(size: .minimum).text.contains("Choose with a number or the arrows, then press Enter."))
        // Digits on no box change nothing; `1` `0` on 1–5 leaves the 1.
        for key in Key.sequence("0791") { question.press(key) }
        #expect(question.selected == 1)
        for key in Key.sequence("0") { question.press(key) }
        #expect(question.selected == 1)
        for key in Key.sequence("<enter>") { question.press(key) }
        #expect(question.mood == 1 && question.step == .enps && question.selected == nil)
        #expect(question.frame(size: .minimum).text.contains("(10: press 1, then 0)"))
        for key in Key.sequence("10") { question.press(key) }
        #expect(question.selected == 10)
        #expect(FeedbackKioskTests.highlighted(question.frame(size: .minimum)) == [10])
        for key in Key.sequence("<enter>") { question.press(key) }
        #expect(question.enps == 10 && question.isDone)
    }

    @Test func everyENPSScoreTypedByItsDigitsIsStoredAsShown() throws {
        for score in FeedbackAnswer.npsRange {
            let question = MoodQuestion(strings: Fixtures.catalog.strings, mood: false, enps: true)
            for key in Key.sequence(String(score)) { question.press(key) }
            #expect(FeedbackKioskTests.highlighted(question.frame(size: .minimum)) == [score])
            question.press(.enter)
            #expect(question.enps == score)
        }
        // `1` then Enter answers 1; an arrow between `1` and `0` makes the 0 a number of its own.
        let question = MoodQuestion(strings: Fixtures.catalog.strings, mood: false, enps: true)
        for key in Key.sequence("1<right><left>0") { question.press(key) }
        #expect(question.selected == 0)
        for key in Key.sequence("1<enter>") { question.press(key) }
        #expect(question.enps == 1)
    }
}
